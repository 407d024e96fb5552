import re

import pytest

from iris_site.tests.html import section
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryIndexPageFactory

pytestmark = pytest.mark.django_db


def recent_documents_panel(response):
    """The home page's panel of new library documents, or None when it is left out."""
    return section(response, "recent-library-documents")


def listed(panel):
    return re.findall(
        r'<a href="[^"]+"[^>]*>([^<]+)</a>\s*(?:<p class="language-note">[^<]*</p>\s*)?<p class="meta">',
        panel,
    )


def test_panel_lists_the_documents_added_last(client, index):
    for number in range(1, 6):
        LibraryDocumentPageFactory(parent=index, title=f"Added {number}", publication_year=2018)

    panel = recent_documents_panel(client.get("/en/"))

    assert listed(panel) == ["Added 5", "Added 4", "Added 3", "Added 2"]
    assert f'href="{index.url}"' in panel


def test_panel_says_so_when_the_library_is_empty(client, index):
    LibraryDocumentPageFactory(parent=index, publish=False)

    panel = recent_documents_panel(client.get("/en/"))

    assert listed(panel) == []
    assert "No document has been added to the library yet." in panel


def test_panel_shows_documents_in_the_readers_language_or_else_with_a_note(
    client, index, translated_home
):
    serbian_index = LibraryIndexPageFactory(parent=translated_home["sr"])
    LibraryDocumentPageFactory(parent=serbian_index, title="Водич за упућивање", slug="vodic")

    assert listed(recent_documents_panel(client.get("/sr/"))) == ["Водич за упућивање"]
    english = recent_documents_panel(client.get("/en/"))
    assert listed(english) == ["Водич за упућивање"]  # no English translation: shown with a note
    assert 'class="language-note"' in english
