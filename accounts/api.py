"""Organisations in the read API (``/api/v1/organisations/``): their public
profile as the directory shows it, and nothing of their members."""

from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from accounts.models import Organisation, OrganisationKind
from iris_site.api import ERRORS, Id, Listing, ListQuery, paginate
from iris_site.geography import Country

router = Router(tags=["organisations"])


class OrganisationOut(Schema):
    id: int
    slug: str
    name: str = Field(..., description="In the language asked for (`Accept-Language`).")
    registered_name: str
    short_name: str
    names: dict[str, str] = Field(..., description="The name in other languages, by code.")
    kind: OrganisationKind
    country: Country
    website: str
    verified: bool
    description: str

    @staticmethod
    def resolve_name(organisation):
        return organisation.localized_name

    @staticmethod
    def resolve_registered_name(organisation):
        return organisation.name

    @staticmethod
    def resolve_names(organisation):
        names = organisation.translated_names
        return (
            {code: name for code, name in names.items() if name} if isinstance(names, dict) else {}
        )


class OrganisationFilters(ListQuery):
    country: Country | None = None
    kind: OrganisationKind | None = None
    verified: bool | None = None


def _organisations():
    return Organisation.objects.with_descriptions()


@router.get("", response={200: Listing[OrganisationOut], **ERRORS})
def list_organisations(request, filters: Query[OrganisationFilters]):
    """Organisations and institutions, in the order they registered."""
    organisations = _organisations()
    for name in ("country", "kind", "verified"):
        if getattr(filters, name) is not None:
            organisations = organisations.filter(**{name: getattr(filters, name)})
    return paginate(organisations, filters, ("pk",))


@router.get("{organisation_id}", response={200: OrganisationOut, **ERRORS})
def get_organisation(request, organisation_id: Id):
    return get_object_or_404(_organisations(), pk=organisation_id)
