"""The three consultation journeys of issue 3 in Chromium: an official publishes
a draft from an uploaded Word file; a CSO member comments on an article with an
amendment and sees its word diff; the period closes, the official answers,
publishes the report and downloads the CSV. Every page visited passes axe."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.tests.factories import PASSWORD, InstitutionFactory, OrganisationFactory, member_of
from consultations.actions.comments import PostComment
from consultations.models import CommentKind, ConsultationPage
from consultations.tests.factories import (
    DEMO_DRAFT,
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    draft_docx,
    section_of,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def index(home_page):
    return ConsultationIndexPageFactory(parent=home_page)


@pytest.fixture
def ministry():
    return InstitutionFactory(name="Commissariat for Refugees and Migration", slug="kirs")


def sign_in(visitor, person):
    page = visitor.page
    visitor.visit("/en/accounts/login/")
    page.get_by_label("Email").fill(person.email)
    page.get_by_label("Password").fill(PASSWORD)
    visitor.click(page.get_by_role("button", name="Sign in"))


MESSAGES_SHOWN = """() => {
    const messages = document.querySelector(".messages > ul");
    return !messages || getComputedStyle(messages).opacity === "1";
}"""


def admin_click(visitor, locator):
    """``visitor.click`` for the admin, whose messages fade in: axe checks the
    page once they are fully shown, as a person reads them."""
    with visitor.page.expect_event("load"):
        locator.click()
    visitor.page.wait_for_function(MESSAGES_SHOWN)
    visitor.check()


def test_official_publishes_a_draft_from_a_word_file(visitor, index, ministry, tmp_path):
    official = member_of(ministry, first_name="Dragan", last_name="Nikolić")
    section = section_of(ministry, index)
    word_file = tmp_path / "nacrt-zakona-o-azilu.docx"
    word_file.write_bytes(draft_docx(DEMO_DRAFT.read_text(encoding="utf-8")))
    page = visitor.page
    sign_in(visitor, official)

    visitor.visit(f"/admin/pages/add/consultations/consultationpage/{section.pk}/")
    page.locator("#id_title").fill("Nacrt zakona o azilu i privremenoj zaštiti")
    page.locator("#id_summary").fill("Nov zakon o azilu, član po član.")
    page.locator("#id_kind").select_option("law")
    page.locator("#id_country").select_option("RS")
    opens = timezone.localtime() - timedelta(days=1)
    page.locator("#id_opens_at").fill(opens.strftime("%Y-%m-%d %H:%M"))
    page.locator("#id_closes_at").fill((opens + timedelta(days=30)).strftime("%Y-%m-%d %H:%M"))
    admin_click(visitor, page.get_by_role("button", name="Save draft"))
    consultation = ConsultationPage.objects.get()

    page.get_by_role("navigation", name="Actions", exact=True).get_by_role("button").click()
    visitor.click(page.get_by_role("link", name="Import draft text"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Import draft text")
    page.get_by_label("Draft file").set_input_files(word_file)
    visitor.click(page.get_by_role("button", name="Read the draft"))

    expect(page.get_by_text("90 parts were found")).to_be_visible()
    article = page.get_by_role("group", name="Part 31: Član 12a", exact=True)
    article.get_by_label("Heading").fill("Član 12a.")
    admin_click(visitor, page.get_by_role("button", name="Save as draft text"))

    # Saving 90 parts as a revision takes seconds on a busy two-core machine.
    expect(page.get_by_text("The draft text now has 90 parts")).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="More actions").click()
    admin_click(visitor, page.get_by_role("button", name="Publish"))

    consultation.refresh_from_db()
    assert consultation.live
    assert [part.value["label"] for part in consultation.parts()][30] == "Član 12a."
    visitor.visit(consultation.url)
    expect(page.get_by_role("heading", name="Član 12a.")).to_be_visible()
    expect(page.get_by_role("heading", name="Član 40. Stupanje na snagu")).to_be_visible()


def test_cso_member_proposes_an_amendment_and_sees_its_word_diff(visitor, index, ministry):
    consultation = ConsultationPageFactory(parent=index, institution=ministry)
    member = member_of(OrganisationFactory(name="Initiative for Development and Cooperation"))
    page = visitor.page
    sign_in(visitor, member)

    visitor.visit(consultation.url)
    visitor.click(page.get_by_role("link", name="Comment on Article 2"))
    page.get_by_role("radio", name="Amendment").check()
    page.get_by_label("Your comment").fill("Article 2 should name the deadline.")
    page.get_by_label("Proposed wording (amendments)").fill(
        "The text of article 2, within eight days."
    )
    visitor.click(page.get_by_role("button", name="Post the comment"))

    diff = page.locator(".amendment-diff").first
    expect(diff.locator("ins")).to_contain_text("within eight days")
    expect(page.get_by_text("Article 2 should name the deadline.")).to_be_visible()


def test_official_answers_after_the_close_publishes_the_report_and_downloads_the_csv(
    visitor, index, ministry
):
    consultation = ConsultationPageFactory(parent=index, institution=ministry)
    author = member_of(OrganisationFactory(name="Open Gate – La Strada"))
    part = consultation.parts()[0]
    PostComment(
        author,
        consultation,
        text="The deadline is too short for victims of trafficking.",
        kind=CommentKind.OBJECTION,
        part_id=part.id,
    ).execute()
    # The period closes.
    ConsultationPage.objects.filter(pk=consultation.pk).update(
        opens_at=timezone.now() - timedelta(days=40), closes_at=timezone.now() - timedelta(days=1)
    )
    official = member_of(ministry)
    page = visitor.page
    sign_in(visitor, official)

    visitor.visit(f"/admin/answers/{consultation.pk}/")
    answer = page.get_by_role("form", name=re.compile(r"Answer comment \d+"))
    answer.get_by_label("Partly accepted").check()
    answer.get_by_label("Reasoning").fill("Victims of trafficking get thirty days.")
    admin_click(visitor, answer.get_by_role("button", name="Answer"))
    page.get_by_label("Introduction").fill("The Commissariat thanks the organisations.")
    admin_click(visitor, page.get_by_role("button", name="Publish the report"))

    visitor.visit(f"{consultation.url}report/")
    expect(page.get_by_text("Victims of trafficking get thirty days.")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download as CSV").click()
    csv = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert "The deadline is too short for victims of trafficking." in csv
    assert "Victims of trafficking get thirty days." in csv
