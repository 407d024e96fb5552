"""Three people at a hearing in progress: a question one participant sends to
the live board appears on another participant's screen without a reload, the
chair's answer follows it there, and once the hearing is over the question
and its answer are in the minutes."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.tests.factories import InstitutionFactory, UserFactory, official_of
from hearings.tests.factories import HearingIndexPageFactory, HearingPageFactory
from tests.browser.visitor import sign_in

pytestmark = pytest.mark.browser

QUESTION = "Who appoints the guardian of an unaccompanied child?"
ANSWER = "The centre for social work, within 24 hours."


def test_a_live_question_appears_on_another_screen_and_in_the_minutes(
    new_visitor, live_site, home_page
):
    hearing = HearingPageFactory(
        parent=HearingIndexPageFactory(parent=home_page),
        title="Hearing on the Law on Asylum",
        in_progress=True,
    )
    ministry = InstitutionFactory(name="Ministry of Interior")
    hearing.organisers.set([ministry])
    hearing.save()
    asker, reader, chair = new_visitor(), new_visitor(), new_visitor()
    sign_in(asker, UserFactory(first_name="Amra", last_name="Hodžić"), live_site)
    sign_in(reader, UserFactory(), live_site)
    sign_in(chair, official_of(ministry), live_site)
    board = reader.page.locator("#board-posts")
    live = reader.page.locator("[data-live-path]")

    reader.visit(hearing.url)
    expect(live).to_have_attribute("data-live-state", "open")
    reader.page.evaluate("window.loadedOnce = true")

    asker.visit(hearing.url)
    asker.page.get_by_label("Your question or comment").fill(QUESTION)
    asker.click(asker.page.get_by_role("button", name="Send to the board"))
    expect(asker.page.locator("#board-posts")).to_contain_text(QUESTION)

    expect(board).to_contain_text(QUESTION)
    expect(board).to_contain_text("Amra Hodžić")
    expect(reader.page.locator("[data-live-announcer]")).to_have_text("New question on the board.")
    reader.screenshot("hearing-board")

    chair.visit(hearing.url)
    chair.page.get_by_label("Answer (in short)").fill(ANSWER)
    chair.click(chair.page.get_by_role("button", name="Mark as answered"))

    expect(board).to_contain_text(ANSWER)
    assert reader.page.evaluate("window.loadedOnce") is True  # no reload on the way
    reader.check()

    hearing.ends_at = timezone.now() - timedelta(minutes=1)
    hearing.starts_at = hearing.ends_at - timedelta(hours=3)
    hearing.save_revision().publish()
    reader.visit(hearing.url)
    minutes = reader.page.locator(".event__outcome")
    expect(minutes).to_contain_text("Questions asked at the hearing")
    expect(minutes).to_contain_text(QUESTION)
    expect(minutes).to_contain_text(ANSWER)
