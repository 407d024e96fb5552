"""The registration form of a hearing: the seats and interpretation it offers,
and the consent the organisers ask for, in the hearing's own words."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hearings.models import HearingRegistration
from hearings.status import SpokenLanguage


class RegistrationForm(forms.ModelForm):
    consent = forms.BooleanField(required=True)

    class Meta:
        model = HearingRegistration
        fields = ["name", "email", "organisation", "seat", "accessibility_needs", "interpretation"]
        widgets = {
            "seat": forms.RadioSelect,
            "accessibility_needs": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, hearing, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seat"].choices = [
            (seat.value, seat.label) for seat, limit in hearing.seat_limits().items() if limit != 0
        ]
        if len(self.fields["seat"].choices) == 1:
            self.fields["seat"].initial = self.fields["seat"].choices[0][0]
        if hearing.interpretation:
            self.fields["interpretation"].choices = [
                ("", _("None")),
                *[(code, SpokenLanguage(code).label) for code in hearing.interpretation],
            ]
        else:
            del self.fields["interpretation"]
        self.fields["consent"].label = hearing.consent_text
        self.fields["consent"].error_messages["required"] = _(
            "Registration needs your consent to keep these details."
        )

    def action_fields(self):
        """What ``RegisterForHearing`` takes from the form."""
        data = dict(self.cleaned_data)
        data.pop("consent")
        data.setdefault("interpretation", "")
        return data
