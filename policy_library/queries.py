"""The read side of the library that the index, the home panel and the
document page share."""

from typing import NamedTuple

from django.db.models import Exists, OuterRef, Prefetch
from wagtail.models import Locale, Page

from policy_library.models import LibraryDocumentFile, LibraryDocumentPage


def with_listing_details(documents):
    """``documents`` with what a listing shows of each (countries covered, file
    formats) fetched in a fixed number of queries."""
    return documents.prefetch_related(
        "countries",
        Prefetch("files", queryset=LibraryDocumentFile.objects.select_related("document")),
    )


class RelatedPage(NamedTuple):
    page: Page
    kind: str  # what the page is: "Consultation", "Public hearing"


def related_pages(document):
    """The live consultations and events ``document`` belongs with, each in the
    reader's language where it is translated, in the editor's order. Read from
    the page's own rows, so that a preview shows what the editor picked."""
    pages = [
        link.related_page
        for link in document.related_pages.select_related("related_page")
        if link.related_page.live
    ]
    translations = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=[page.translation_key for page in pages],
            locale=Locale.get_active(),
        )
    }
    return [
        RelatedPage(page, page.specific_class._meta.verbose_name)
        for page in (translations.get(page.translation_key, page) for page in pages)
    ]


def documents_with_unreadable_files():
    """Every library document with a file that could not be read, those files
    (and why) in ``unreadable_files``."""
    unreadable = LibraryDocumentFile.objects.exclude(problem="")
    return (
        LibraryDocumentPage.objects.filter(Exists(unreadable.filter(page=OuterRef("pk"))))
        .select_related("locale")
        .prefetch_related(
            Prefetch(
                "files",
                queryset=unreadable.select_related("document"),
                to_attr="unreadable_files",
            )
        )
        .order_by("title", "pk")
    )
