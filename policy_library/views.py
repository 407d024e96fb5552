from wagtail.rich_text import get_text_for_indexing

from iris_site import hooks
from iris_site.languages import readers_versions
from policy_library.models import LibraryDocumentPage, LibraryIndexPage

HOME_PANEL_SIZE = 4


def recent_documents(request):
    """The home panel: the documents last added to the library in the reader's
    language. Left out where no library index is published."""
    index = LibraryIndexPage.in_readers_language()
    if index is None:
        return None
    documents = (
        readers_versions(LibraryDocumentPage.objects.live().public())
        .with_listing_details()
        .order_by("-first_published_at", "-pk")[:HOME_PANEL_SIZE]
    )
    return {"index": index, "documents": documents}


def search_document(page):
    """What site search knows of a library document: its text, the text of
    each of its files, and the facets it is counted under."""
    return hooks.SearchDocument(
        title=page.title,
        summary=page.summary,
        # Authors who publish their own work are named once, not "IRIS network
        # IRIS network"; each part keeps a space from the next.
        body="\n".join(
            dict.fromkeys(
                part
                for part in (get_text_for_indexing(page.body), page.authors, page.publishers)
                if part
            )
        ),
        files="\n".join(file.text for file in page.files.all() if file.text),
        type=page.document_type,
        countries=[country.country for country in page.countries.all()],
        year=page.publication_year,
        policy_areas=[area.slug for area in page.policy_areas.all()],
    )
