from django import forms
from django.utils.translation import gettext_lazy as _

from iris_site.geography import Country
from policy_library.models import DocumentType

REGIONAL = "regional"


class LibraryFilterForm(forms.Form):
    document_type = forms.ChoiceField(
        label=_("Type of document"),
        required=False,
        choices=[("", _("All types")), *DocumentType.choices],
    )
    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        choices=[("", _("All countries")), (REGIONAL, _("Regional")), *Country.choices],
    )

    def filter(self, documents):
        data = self.cleaned_data
        if data["document_type"]:
            documents = documents.filter(document_type=data["document_type"])
        if data["country"]:
            documents = documents.filter(
                country="" if data["country"] == REGIONAL else data["country"]
            )
        return documents
