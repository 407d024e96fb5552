"""A newcomer switches through the site's eight languages with the language
switcher on the home page, the draft law and a library document, and reads
the content itself in each (its title, its text), not only the interface
(issue 16), and narrows the law's comments to those in their language.
Screenshots of each page in Albanian and Macedonian at laptop and phone
widths."""

from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from playwright.sync_api import expect

from consultations.models import ConsultationPage
from iris_site.models import HomePage
from policy_library.models import LibraryDocumentPage

pytestmark = pytest.mark.browser

LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
SCREENSHOT_LANGUAGES = ["sq", "mk"]
WIDTHS = [1366, 390]


def versions(model, **lookup):
    """``{language code: page}`` of one demo page in every language it has."""
    source = model.objects.filter(**lookup).first()
    return {
        page.locale.language_code: page
        for page in model.objects.filter(translation_key=source.translation_key)
        .live()
        .select_related("locale")
    }


@pytest.fixture
def demo(live_site):
    call_command("load_demo", password="demo password 1", stdout=StringIO())
    return {
        "home": (versions(HomePage), lambda page: page.intro),
        "consultation": (
            versions(ConsultationPage, slug="law-on-asylum-and-temporary-protection"),
            # The first article's heading, in the draft of that language.
            lambda page: page.draft[2].value["title"],
        ),
        "library-document": (
            versions(LibraryDocumentPage, slug="policy-brief-unaccompanied-children-una-sana"),
            lambda page: page.summary,
        ),
    }


def test_switching_language_shows_the_content_in_that_language(demo, visitor):
    page = visitor.page
    for kind, (pages, text_of) in demo.items():
        assert set(pages) == set(LANGUAGES), kind
        visitor.visit(pages["en"].url)
        for code in LANGUAGES:
            switcher = page.locator(".language-switcher")
            visitor.click(switcher.locator(f'a[hreflang="{code}"]'))
            expect(page.locator("html")).to_have_attribute("lang", code)
            expect(page.locator("h1")).to_contain_text(pages[code].title)
            expect(page.locator("main")).to_contain_text(text_of(pages[code]))
            # The page is the translation, not the original with a note.
            expect(page.locator("main > .container > .notice .language-note")).to_have_count(0)
            if code in SCREENSHOT_LANGUAGES:
                for width in WIDTHS:
                    page.set_viewport_size({"width": width, "height": 900})
                    visitor.screenshot(f"{kind}-{code}")
                page.set_viewport_size({"width": 1366, "height": 900})


def test_reader_narrows_the_laws_comments_to_their_language(demo, visitor):
    pages, _text_of = demo["consultation"]
    page = visitor.page
    visitor.visit(pages["sq"].url)
    expect(page.locator('.comment__text[lang="de"]')).to_have_count(1)

    visitor.click(page.locator('.comment-languages a[href="?language=sq"]'))

    expect(page.locator('.comment__text[lang="sq"]')).to_have_count(1)
    expect(page.locator('.comment__text[lang="de"]')).to_have_count(0)
    comment = page.locator('.comment:has(.comment__text[lang="sq"])')
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        comment.scroll_into_view_if_needed()
        visitor.screenshot("consultation-comments-in-one-language")
