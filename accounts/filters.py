from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.organisation_kinds import OrganisationKind
from iris_site.geography import Country


class OrganisationFilterForm(forms.Form):
    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=[("", _("All countries")), *Country.choices]
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *OrganisationKind.choices]
    )
    verified = forms.BooleanField(label=_("Verified organisations only"), required=False)

    def filter(self, organisations):
        data = self.cleaned_data
        if data.get("country"):
            organisations = organisations.filter(country=data["country"])
        if data.get("kind"):
            organisations = organisations.filter(kind=data["kind"])
        if data.get("verified"):
            organisations = organisations.verified()
        return organisations
