"""A visitor reads the home page in Serbian Cyrillic, comes back to English,
signs in, and returns to the page they signed in from."""

import pytest
from playwright.sync_api import expect

from accounts.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.browser


def test_visitor_switches_language_and_signs_in(visitor, live_site, translated_home):
    person = UserFactory(first_name="Milica", last_name="Jovanović")
    page = visitor.page

    visitor.visit("/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    visitor.click(page.get_by_role("link", name="Српски (ћирилица)"))
    expect(page.locator("html")).to_have_attribute("lang", "sr")
    assert page.url == f"{live_site}/sr/"

    visitor.click(page.get_by_role("link", name="English"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert page.url == f"{live_site}/en/"

    visitor.click(page.get_by_role("link", name="Sign in"))
    page.get_by_label("Email").fill(person.email)
    page.get_by_label("Password").fill(PASSWORD)
    visitor.click(page.get_by_role("button", name="Sign in"))

    assert page.url == f"{live_site}/en/"
    expect(page.get_by_role("navigation", name="Your account")).to_contain_text("Milica Jovanović")
