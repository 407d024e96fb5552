"""Reading the demo's draft Law on Asylum (90 parts) in Chromium, on a laptop
and on a phone: its table of contents, links to a part and to a comment that
survive a reload and a change of language, folded threads that say why, and
an amendment that starts from the part's wording. Screenshots of both widths
go to var/screenshots/ (kept by CI as artifacts)."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from accounts.tests.factories import OrganisationFactory, UserFactory, member_of
from consultations.blocks import draft_stream
from consultations.draft_import import split_draft
from consultations.models import CommentKind
from consultations.tests.factories import (
    DEMO_DRAFT,
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    comment_on_part,
)
from tests.browser.test_consultation_journeys import sign_in

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
ENGLISH_DRAFT = DEMO_DRAFT.with_name("draft-law-on-asylum.en.txt")
LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}


def rows_of(path):
    return split_draft(path.read_text(encoding="utf-8")).rows()


@pytest.fixture
def law(home_page):
    """The demo's draft law in English, with its Serbian (Latin) translation
    sharing each part's block id, and comments on a few of its articles."""
    index = ConsultationIndexPageFactory(parent=home_page)
    english = ConsultationPageFactory(
        parent=index, title="Draft Law on Asylum", draft=draft_stream(rows_of(ENGLISH_DRAFT))
    )
    serbian = english.copy_for_translation(
        Locale.objects.get(language_code="sr-latn"), copy_parents=True
    )
    serbian.title = "Nacrt zakona o azilu"
    serbian.draft = [
        {
            "type": "part",
            "id": block["id"],
            "value": dict(zip(("kind", "label", "title", "text"), row, strict=True)),
        }
        for block, row in zip(english.draft.raw_data, rows_of(DEMO_DRAFT), strict=True)
    ]
    serbian.save_revision().publish()
    return english


def article(consultation, label):
    return next(part for part in consultation.parts() if part.value["label"] == label)


def screenshot(visitor, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    visitor.page.screenshot(path=SCREENSHOTS / name)


def entry(contents, part):
    return contents.locator(f'a[href="#part-{part.id}"]')


def test_contents_stays_beside_the_draft_on_a_laptop(visitor, law):
    most_commented = article(law, "Article 12")
    for _ in range(3):
        comment_on_part(law, most_commented)
    comment_on_part(law, article(law, "Article 3"))
    page = visitor.page
    page.set_viewport_size(LAPTOP)

    visitor.visit(law.url)
    contents = page.get_by_role("navigation", name="Contents of the draft")
    expect(contents.locator("details")).to_have_attribute("open", "")
    screenshot(visitor, "consultation-1366.png")
    most = contents.get_by_role("list", name="Most commented")
    expect(most.get_by_role("link").first).to_contain_text("Article 12")
    expect(most.get_by_role("link").first).to_contain_text("3 comments")
    entry(most, most_commented).click()

    expect(page).to_have_url(re.compile(f"{law.url}#part-{most_commented.id}$"))
    expect(page.locator(f"#part-{most_commented.id}")).to_be_in_viewport()
    expect(contents).to_be_in_viewport()
    screenshot(visitor, "consultation-1366-article.png")
    # Halfway down the draft, and down the contents' own list: its heading stays in view.
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 2)")
    expect(contents.get_by_text("Contents of the draft")).to_be_in_viewport()
    contents.evaluate("nav => { nav.scrollTop = nav.scrollHeight; }")
    expect(contents.get_by_text("Contents of the draft")).to_be_in_viewport()


def test_contents_is_a_disclosure_above_the_draft_on_a_phone(visitor, law):
    part = article(law, "Article 20")
    comment_on_part(law, part)
    page = visitor.page
    page.set_viewport_size(PHONE)

    visitor.visit(law.url)
    contents = page.get_by_role("navigation", name="Contents of the draft")
    link = entry(contents, part).last
    expect(link).to_be_hidden()
    screenshot(visitor, "consultation-390.png")
    contents.get_by_text("Contents of the draft").click()
    expect(link).to_be_visible()
    visitor.check()
    screenshot(visitor, "consultation-390-contents.png")
    link.click()

    expect(page.locator(f"#part-{part.id}")).to_be_in_viewport()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_link_to_a_comment_survives_a_reload_and_a_change_of_language(visitor, law):
    comment = comment_on_part(
        law, article(law, "Article 25"), text="Thirty days for victims of trafficking."
    )
    page = visitor.page
    page.set_viewport_size(LAPTOP)

    visitor.visit(law.url)
    shown = page.locator(f"#comment-{comment.pk}")
    # The comment's time is its link, to copy and share.
    shown.locator("a.comment__link").click()
    expect(page).to_have_url(re.compile(f"{law.url}#comment-{comment.pk}$"))
    expect(shown).to_be_in_viewport()
    page.reload()
    visitor.check()
    expect(shown).to_be_in_viewport()

    switcher = page.get_by_role("navigation", name="Language")
    visitor.click(switcher.get_by_role("link", name="Srpski (latinica)"))

    assert "/sr-latn/" in page.url
    assert page.url.endswith(f"#comment-{comment.pk}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nacrt zakona o azilu")
    expect(shown).to_be_in_viewport()
    expect(shown).to_contain_text("Thirty days for victims of trafficking.")


def test_folded_threads_keep_the_cosigned_amendment_and_say_why(visitor, law):
    part = article(law, "Article 8")
    amendment = comment_on_part(
        law,
        part,
        kind=CommentKind.AMENDMENT,
        text="Legal aid from the first day.",
        proposed_text="Free legal aid from the first day.",
    )
    amendment.cosignatures.create(organisation=OrganisationFactory(), signed_by=UserFactory())
    for number in range(3):
        comment_on_part(law, part, text=f"A later remark, number {number}.")
    page = visitor.page

    visitor.visit(f"{law.url}#part-{part.id}")

    comments = page.locator(f"#comments-{part.id}")
    expect(comments.get_by_text("Legal aid from the first day.")).to_be_visible()
    expect(comments.get_by_text("A later remark, number 2.")).to_be_visible()
    expect(comments.get_by_text("A later remark, number 0.")).to_have_count(0)
    expect(comments).to_contain_text(
        "2 more comments, folded: showing the most co-signed and the newest."
    )
    visitor.click(comments.get_by_role("link", name="All 4 comments on Article 8"))
    expect(page.get_by_text("A later remark, number 0.")).to_be_visible()


def test_amendment_starts_from_the_wording_of_the_part(visitor, law):
    page = visitor.page
    sign_in(visitor, member_of(OrganisationFactory(name="Atina")))

    visitor.visit(law.url)
    visitor.click(page.get_by_role("link", name="Comment on Article 5"))

    wording = article(law, "Article 5").value["text"]
    expect(page.get_by_label("Proposed wording (amendments)")).to_have_value(wording)
    expect(page.get_by_label("Comment for").locator("option:checked")).to_have_text("Atina")
