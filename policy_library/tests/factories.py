"""Builders for library pages and their files, shared by every test of the app."""

import factory
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model

from accounts.tests.factories import PageFactory, pdf_bytes
from policy_library.models import (
    DocumentType,
    LibraryDocumentCountry,
    LibraryDocumentFile,
    LibraryDocumentPage,
    LibraryDocumentRelatedPage,
    LibraryIndexPage,
)


class LibraryIndexPageFactory(PageFactory):
    class Meta:
        model = LibraryIndexPage

    title = "Policy library"
    slug = "library"


class LibraryFileFactory(DjangoModelFactory):
    """A real PDF in Wagtail's document library."""

    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"Report {n}")
    file = factory.LazyAttribute(lambda document: ContentFile(pdf_bytes(), name="report.pdf"))
    file_size = factory.LazyAttribute(lambda document: document.file.size)


class LibraryDocumentPageFactory(PageFactory):
    """A regional policy brief published this decade, without a file.
    ``countries`` takes country codes, ``files`` Wagtail documents and
    ``related_pages`` pages, as an editor picks them."""

    class Meta:
        model = LibraryDocumentPage

    title = factory.Sequence(lambda n: f"Policy brief {n}")
    summary = "Access of asylum seekers to social protection."
    document_type = DocumentType.POLICY_BRIEF
    publication_year = 2020

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        rows = {
            "countries": lambda code: LibraryDocumentCountry(country=code),
            "files": lambda document: LibraryDocumentFile(document=document),
            "related_pages": lambda page: LibraryDocumentRelatedPage(related_page=page),
        }
        for name, row in rows.items():
            if name in kwargs:
                kwargs[name] = [row(value) for value in kwargs[name]]
        return kwargs
