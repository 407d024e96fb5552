from django import forms
from django.db.models import Case, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from iris_site.facets import facet_choices
from iris_site.geography import Country
from policy_library.models import DocumentType

REGIONAL = "regional"


def coverage_label(code, _name):
    return gettext("Regional") if code == REGIONAL else Country(code).label


class LibraryFilterForm(forms.Form):
    """Browses the library index by type, country, year and policy area; each
    choice says how many documents of the index it holds. A value that is not
    offered is reported and left out, and the other filters still apply."""

    document_type = forms.ChoiceField(label=_("Type of document"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    year = forms.ChoiceField(label=_("Year of publication"), required=False)
    policy_area = forms.ChoiceField(label=_("Policy area"), required=False)

    def __init__(self, *args, documents, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document_type"].choices = facet_choices(
            gettext("All types"),
            documents,
            "document_type",
            "document_type",
            label=lambda value, _name: DocumentType(value).label,
        )
        # A document without countries is counted once, as regional, first.
        self.fields["country"].choices = facet_choices(
            gettext("All countries"),
            documents.annotate(coverage=Coalesce("countries__country", Value(REGIONAL))),
            "coverage",
            "coverage",
            label=coverage_label,
            order_by=[Case(When(coverage=REGIONAL, then=0), default=1), "coverage"],
        )
        self.fields["year"].choices = facet_choices(
            gettext("All years"),
            documents,
            "publication_year",
            "publication_year",
            label=lambda year, _name: str(year),
            order_by=["-publication_year"],
        )
        self.fields["policy_area"].choices = facet_choices(
            gettext("All policy areas"),
            documents.exclude(policy_areas=None),
            "policy_areas__slug",
            "policy_areas__name",
        )

    def filter(self, documents):
        """``documents`` narrowed by every filter given with a valid value."""
        data = self.cleaned_data if self.is_bound else {}
        if data.get("document_type"):
            documents = documents.filter(document_type=data["document_type"])
        if data.get("country") == REGIONAL:
            documents = documents.filter(countries=None)
        elif data.get("country"):
            documents = documents.filter(countries__country=data["country"])
        if data.get("year"):
            documents = documents.filter(publication_year=data["year"])
        if data.get("policy_area"):
            documents = documents.filter(policy_areas__slug=data["policy_area"])
        return documents.distinct()
