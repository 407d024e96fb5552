"""Library documents in the read API (``/api/v1/library-documents/``): what
each document's page shows, with the address of each of its files."""

from datetime import datetime

from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from iris_site.api import ERRORS, Id, Listing, PageFilters, PageOut, filter_pages, paginate
from policy_library import queries
from policy_library.document_types import DocumentType

router = Router(tags=["library documents"])


class FileOut(Schema):
    label: str
    title: str
    url: str

    @staticmethod
    def resolve_title(file):
        return file.document.title

    @staticmethod
    def resolve_url(file):
        return file.document.url


class LibraryDocumentOut(PageOut):
    document_type: DocumentType
    summary: str
    publication_year: int
    authors: str
    publishers: str
    countries: list[str]
    policy_areas: list[str]
    files: list[FileOut]
    first_published_at: datetime | None

    @staticmethod
    def resolve_countries(page):
        return [country.country for country in page.countries.all()]

    @staticmethod
    def resolve_policy_areas(page):
        return [area.slug for area in page.policy_areas.all()]

    @staticmethod
    def resolve_files(page):
        return list(page.files.all())


class LibraryFilters(PageFilters):
    document_type: DocumentType | None = None
    year_from: int | None = Field(None, ge=0, le=9999)
    year_until: int | None = Field(None, ge=0, le=9999)


@router.get("", response={200: Listing[LibraryDocumentOut], **ERRORS})
def list_documents(request, filters: Query[LibraryFilters]):
    """Library documents, newest first, in every language (one item per translation)."""
    documents = filter_pages(queries.public_documents(), filters, country="countries__country")
    if filters.document_type:
        documents = documents.filter(document_type=filters.document_type)
    if filters.year_from is not None:
        documents = documents.filter(publication_year__gte=filters.year_from)
    if filters.year_until is not None:
        documents = documents.filter(publication_year__lte=filters.year_until)
    return paginate(documents, filters, ("-pk",))


@router.get("{library_document_id}", response={200: LibraryDocumentOut, **ERRORS})
def get_document(request, library_document_id: Id):
    return get_object_or_404(queries.public_documents(), pk=library_document_id)
