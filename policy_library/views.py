from wagtail.models import Locale

from policy_library.models import LibraryDocumentPage, LibraryIndexPage

HOME_PANEL_SIZE = 4


def recent_documents(request):
    """The home panel: the documents last added to the library in the reader's
    language. Left out where no library index is published."""
    locale = Locale.get_active()
    index = LibraryIndexPage.objects.live().public().filter(locale=locale).first()
    if index is None:
        return None
    documents = (
        LibraryDocumentPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("file")
        .order_by("-first_published_at", "-pk")[:HOME_PANEL_SIZE]
    )
    return {"index": index, "documents": documents}
