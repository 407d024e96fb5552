"""The read side of the library that its admin screens and the read API use;
what the pages list is read through ``LibraryDocumentPage.objects``."""

from django.db.models import Exists, OuterRef, Prefetch

from policy_library.models import LibraryDocumentFile, LibraryDocumentPage


def public_documents():
    """Live library documents anyone may read, in every language, with their
    countries, files and policy areas: what the read API lists."""
    return (
        LibraryDocumentPage.objects.live()
        .public()
        .with_listing_details()
        .select_related("locale")
        .prefetch_related("policy_areas")
    )


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
