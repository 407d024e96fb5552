"""Two people read the same consultation: a comment posted by one appears on
the other's page without a reload; while the reader is offline a comment is
posted, and it appears when the reader is back online."""

import pytest
from playwright.sync_api import expect

from accounts.tests.factories import UserFactory
from consultations.tests.factories import ConsultationIndexPageFactory, ConsultationPageFactory
from tests.browser.visitor import sign_in

pytestmark = pytest.mark.browser


def post_comment(visitor, text):
    page = visitor.page
    visitor.click(page.get_by_role("link", name="Comment on the draft as a whole"))
    page.get_by_label("Your comment").fill(text)
    visitor.click(page.get_by_role("button", name="Post the comment"))
    expect(page.locator("#comments-draft")).to_contain_text(text)


def test_comment_appears_live_and_after_being_offline(new_visitor, live_site, home_page):
    index = ConsultationIndexPageFactory(parent=home_page)
    consultation = ConsultationPageFactory(parent=index, title="Draft Law on Asylum")
    author, reader = new_visitor(), new_visitor()
    sign_in(author, UserFactory(), live_site)
    thread = reader.page.locator("#comments-draft")
    live = reader.page.locator("[data-live-path]")

    reader.visit(consultation.url)
    expect(live).to_have_attribute("data-live-state", "open")
    expect(live).to_contain_text("1 person is reading this consultation now")
    reader.page.evaluate("window.loadedOnce = true")

    author.visit(consultation.url)
    expect(live).to_contain_text("2 people are reading this consultation now")
    post_comment(author, "Article 3 should name the authority that decides.")

    expect(thread).to_contain_text("Article 3 should name the authority that decides.")
    expect(thread.locator(".part-comments__count")).to_have_text("1 comment")
    expect(reader.page.locator("[data-live-announcer]")).to_have_text("New comment on the draft.")

    reader.page.context.set_offline(True)
    expect(live).to_have_attribute("data-live-state", "offline")
    post_comment(author, "The deadline of eight days is too short.")
    expect(thread).not_to_contain_text("The deadline of eight days is too short.")

    reader.page.context.set_offline(False)
    expect(thread).to_contain_text("The deadline of eight days is too short.")
    expect(thread.locator(".part-comments__count")).to_have_text("2 comments")
    assert reader.page.evaluate("window.loadedOnce") is True  # no reload on the way
    reader.check()
