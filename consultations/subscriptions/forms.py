from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from iris_site.geography import Country
from iris_site.models import PolicyArea


class SubscriptionForm(forms.Form):
    """What a person follows: new consultations in some countries and policy
    areas; leaving a list empty means every one."""

    countries = forms.MultipleChoiceField(
        label=_("Countries"),
        choices=[(country.value, country.label) for country in Country.western_balkans()],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave empty to hear of consultations in every country."),
    )
    policy_areas = forms.ModelMultipleChoiceField(
        label=_("Policy areas"),
        queryset=PolicyArea.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave empty to hear of consultations in every policy area."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["policy_areas"].queryset = PolicyArea.objects.filter(
            locale=Locale.get_active()
        ).order_by("name")

    @classmethod
    def for_subscription(cls, subscription, data=None):
        """The form showing ``subscription`` (or nothing chosen when None), with
        the chosen policy areas in the reader's language."""
        if subscription is None:
            return cls(data)
        keys = [area.translation_key for area in subscription.policy_areas.all()]
        return cls(
            data,
            initial={
                "countries": subscription.countries,
                "policy_areas": PolicyArea.objects.filter(
                    translation_key__in=keys, locale=Locale.get_active()
                ),
            },
        )
