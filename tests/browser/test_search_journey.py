"""A journalist searches the library in Cyrillic, finds a document written in
Latin script, narrows the results by country and opens the highlighted hit."""

import pytest
from playwright.sync_api import expect

from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryIndexPageFactory

pytestmark = pytest.mark.browser


def test_cyrillic_search_finds_a_latin_document_and_narrows_by_country(
    visitor, live_site, translated_home, locales, empty_search_index
):
    english = LibraryIndexPageFactory(parent=translated_home["en"])
    library = english.copy_for_translation(locales["sr-latn"])
    library.save_revision().publish()
    LibraryDocumentPageFactory(
        parent=library,
        title="Zakon o azilu i privremenoj zaštiti",
        slug="zakon-o-azilu",
        summary="Položaj tražilaca azila u Srbiji.",
        body="<p>Tražilac azila ima pravo na smeštaj i pravnu pomoć.</p>",
        countries=["RS"],
    )
    LibraryDocumentPageFactory(
        parent=library,
        title="Zakon o azilu Bosne i Hercegovine",
        slug="zakon-bih",
        summary="Postupak za sticanje azila.",
        countries=["BA"],
    )
    page = visitor.page

    visitor.visit("/sr/search/")
    page.locator("#id_q").fill("азил")
    visitor.click(page.get_by_role("search").get_by_role("button").first)
    expect(page.locator(".result-count")).to_contain_text("2")

    page.locator("input[name=country][value=RS]").check()
    visitor.click(page.locator(".search-facets button"))
    expect(page.locator(".result-count")).to_contain_text("1")
    hit = page.locator(".card").first
    expect(hit.locator("mark").first).to_have_text("azila")

    visitor.click(hit.get_by_role("link", name="Zakon o azilu i privremenoj zaštiti"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Zakon o azilu i privremenoj zaštiti")
