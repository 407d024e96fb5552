"""The library index's filters, on the shell's ``FacetFilterForm``. They read
no model: the index page, which imports them, hands them its documents."""

from django import forms
from django.db.models import Case, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from iris_site.facets import FacetFilterForm, facet_choices
from iris_site.geography import Country
from policy_library.document_types import DocumentType

REGIONAL = "regional"


def coverage_label(code, _name):
    return gettext("Regional") if code == REGIONAL else Country(code).label


class LibraryFilterForm(FacetFilterForm):
    """Browses the library index by type, country, year and policy area. A
    document without countries is regional."""

    q = forms.CharField(
        label=_("Words in the document"),
        required=False,
        max_length=200,
        widget=forms.SearchInput,
    )
    document_type = forms.ChoiceField(label=_("Type of document"), required=False)
    year = forms.ChoiceField(label=_("Year of publication"), required=False)

    field_order = ["q", "document_type", "country", "year", "policy_area"]
    lookups = {
        **FacetFilterForm.lookups,
        "document_type": "document_type",
        "country": "countries__country",
        "year": "publication_year",
    }

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, items=items, **kwargs)
        self.fields["document_type"].choices = facet_choices(
            gettext("All types"),
            items,
            "document_type",
            "document_type",
            label=lambda value, _name: DocumentType(value).label,
        )
        self.fields["year"].choices = facet_choices(
            gettext("All years"),
            items,
            "publication_year",
            "publication_year",
            label=lambda year, _name: str(year),
            order_by=["-publication_year"],
        )

    def country_choices(self, items):
        # A document without countries is counted once, as regional, first.
        return facet_choices(
            gettext("All countries"),
            items.annotate(coverage=Coalesce("countries__country", Value(REGIONAL))),
            "coverage",
            "coverage",
            label=coverage_label,
            order_by=[Case(When(coverage=REGIONAL, then=0), default=1), "coverage"],
        )

    def filter_by(self, items, name, value):
        if name == "q":
            # Wagtail's search reads titles, summaries and bodies in either
            # script; its results narrow the listing, facets and all.
            return items.filter(pk__in=[document.pk for document in items.search(value)])
        if name == "country" and value == REGIONAL:
            return items.filter(countries=None)
        return super().filter_by(items, name, value)
