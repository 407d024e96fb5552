"""A German reader of a consultation that has no German translation finds it
in the list and on its page in English, with a note, and the language
switcher keeps the page rather than going home (issue 13). Screenshots of
both page kinds at desktop and phone widths."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from consultations.tests.factories import ConsultationIndexPageFactory, ConsultationPageFactory

pytestmark = pytest.mark.browser

SCREENSHOTS = Path("var/screenshots")


def screenshots(page, kind):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in [1366, 390]:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=SCREENSHOTS / f"{kind}-{width}.png", full_page=True)


def test_german_reader_finds_an_english_consultation_with_a_note(
    visitor, live_site, translated_home
):
    index = ConsultationIndexPageFactory(parent=translated_home["en"])
    ConsultationPageFactory(parent=index, title="Law on Asylum", slug="law-on-asylum")
    page = visitor.page

    visitor.visit("/de/consultations/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    card = page.locator(".card", has_text="Law on Asylum")
    expect(card.locator(".language-note")).to_contain_text("Englisch")
    screenshots(page, "language-fallback-index")

    visitor.click(card.get_by_role("link", name="Law on Asylum"))
    assert page.url.startswith(f"{live_site}/de/consultations/")
    expect(page.locator("main .notice .language-note")).to_contain_text("Deutsch")
    german_url = page.url
    screenshots(page, "language-fallback-page")

    visitor.click(page.get_by_role("link", name="English"))
    assert page.url == german_url.replace("/de/", "/en/")
    expect(page.locator(".language-note")).to_have_count(0)
