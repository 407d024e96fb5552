"""A reader searches on a wide screen and on a phone: the first result is in
the first screenful, the facets stand beside the results on the wide screen
and wait behind a "Filter" disclosure on the phone."""

import pytest
from playwright.sync_api import expect

from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryIndexPageFactory

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def library_about_asylum(home_page, empty_search_index):
    library = LibraryIndexPageFactory(parent=home_page)
    for number, country in enumerate(["RS", "BA", "ME", "MK", "AL", "RS"] * 2):
        LibraryDocumentPageFactory(
            parent=library,
            title=f"Asylum seekers' access to justice, study {number + 1}",
            slug=f"asylum-{number + 1}",
            countries=[country],
        )
    return library


def search_for_asylum(visitor):
    page = visitor.page
    visitor.visit("/en/search/")
    page.locator("#id_q").fill("asylum")
    visitor.click(page.get_by_role("search").get_by_role("button", name="Search"))
    expect(page.locator(".result-count")).to_contain_text("12 results")
    return page


def test_on_a_wide_screen_the_results_come_first_with_the_facets_beside_them(
    new_visitor, library_about_asylum
):
    visitor = new_visitor(viewport=DESKTOP)
    page = search_for_asylum(visitor)

    first = page.locator(".search-results .card").first.bounding_box()
    results = page.locator(".search-results").bounding_box()
    facets = page.locator(".search-facets").bounding_box()
    assert first["y"] + first["height"] <= DESKTOP["height"]
    assert facets["x"] >= results["x"] + results["width"]
    assert facets["y"] < DESKTOP["height"]
    expect(page.get_by_text("Filter", exact=True)).to_be_hidden()
    expect(page.get_by_role("checkbox", name="Serbia")).to_be_visible()
    visitor.screenshot("search")


def test_on_a_phone_the_facets_wait_behind_a_filter_disclosure(new_visitor, library_about_asylum):
    visitor = new_visitor(viewport=PHONE, is_mobile=True, has_touch=True)
    page = search_for_asylum(visitor)

    # The first result's title, at least, is in the first screenful.
    title = page.locator(".search-results .card__title").first.bounding_box()
    assert title["y"] + title["height"] <= PHONE["height"]
    serbia = page.get_by_role("checkbox", name="Serbia")
    expect(serbia).to_be_hidden()
    visitor.screenshot("search")

    page.locator(".search-facets__summary").click()
    expect(serbia).to_be_visible()
    serbia.check()
    visitor.click(page.get_by_role("button", name="Apply filters"))
    expect(page.locator(".result-count")).to_contain_text("4 results")
    visitor.check()
