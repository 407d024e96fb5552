from django.utils.html import strip_tags
from wagtail.models import Locale

from iris_site import hooks
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


def search_document(page):
    """What site search knows of a library document: its text, its file's
    text, and the facets it is counted under."""
    return hooks.SearchDocument(
        title=page.title,
        summary=page.summary,
        body=" ".join(
            part for part in (strip_tags(page.body), page.authors, page.publishers) if part
        ),
        files=page.file_text,
        type=page.document_type,
        countries=[page.country] if page.country else [],
        year=page.publication_year,
        policy_areas=[area.slug for area in page.policy_areas.all()],
    )
