"""The forms of a hearing: registration (the seats and interpretation it
offers, the consent the organisers ask for, in the hearing's own words) and
the live board's (a post, an answer, a reason for hiding, a carry)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Organisation
from accounts.permissions import speakable_organisations
from hearings.models import (
    MAX_ANSWER_CHARACTERS,
    MAX_POST_CHARACTERS,
    MAX_REASON_CHARACTERS,
    BoardPostKind,
    HearingRegistration,
)
from hearings.status import SpokenLanguage
from iris_site.forms import OriginalTextAdminForm


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


class BoardPostForm(forms.Form):
    """A question or a comment for the live board. The text's limit is the
    action's: the form says so before the action refuses it."""

    kind = forms.ChoiceField(
        label=_("Send"), choices=BoardPostKind.choices, initial=BoardPostKind.QUESTION
    )
    text = forms.CharField(
        label=_("Your question or comment"),
        max_length=MAX_POST_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    organisation = forms.ModelChoiceField(
        label=_("Speaking for"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("Myself only"),
        error_messages={
            "invalid_choice": _("You can speak only for an organisation that confirmed you.")
        },
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = speakable_organisations(user).order_by("name")


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Answer"),
        max_length=MAX_ANSWER_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class HideForm(forms.Form):
    reason = forms.CharField(label=_("Reason for hiding"), max_length=MAX_REASON_CHARACTERS)


class CarryForm(forms.Form):
    """The consultation to carry a comment into, among those the hearing is about."""

    consultation = forms.TypedChoiceField(label=_("Into the consultation"), coerce=int)

    def __init__(self, *args, targets, **kwargs):
        super().__init__(*args, **kwargs)
        self.targets = {page.pk: page for page in targets}
        self.fields["consultation"].choices = [(page.pk, page.title) for page in targets]
        if len(targets) == 1:
            self.fields["consultation"].widget = forms.HiddenInput()
            self.fields["consultation"].initial = targets[0].pk

    def target(self):
        return self.targets.get(self.cleaned_data["consultation"])


class PersonAdminForm(OriginalTextAdminForm):
    """The position is written here as before; it is kept in ``PersonRole``,
    which wagtail-localize translates."""

    versions = "roles"
    text_field = "position"
    position = forms.CharField(label=_("position"), required=False, max_length=200)
