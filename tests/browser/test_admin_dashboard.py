"""An official signs in and opens the administration: the dashboard shows
their institution's consultations, with no broken image (the avatar
included) and nothing axe finds serious."""

import pytest
from playwright.sync_api import expect

from accounts.tests.factories import PASSWORD, InstitutionFactory, official_of
from consultations.tests.factories import (
    CommentFactory,
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
)
from tests.browser.test_consultation_journeys import admin_click

pytestmark = pytest.mark.browser


def test_an_official_sees_what_to_answer_on_the_dashboard(new_visitor, home_page):
    ministry = InstitutionFactory(name="Ministry of the Interior")
    index = ConsultationIndexPageFactory(parent=home_page)
    consultation = ConsultationPageFactory(
        parent=index, institution=ministry, title="Draft Law on Asylum"
    )
    CommentFactory.create_batch(2, consultation=consultation)
    official = official_of(ministry)
    visitor = new_visitor(viewport={"width": 1366, "height": 768})
    page = visitor.page

    visitor.visit("/accounts/login/?next=/admin/")
    page.get_by_label("Email").fill(official.email)
    page.get_by_label("Password").fill(PASSWORD)
    # The admin's "signed in" message fades in: checked once it is shown.
    admin_click(visitor, page.get_by_role("button", name="Sign in"))

    panel = page.get_by_role("region", name="Your institution's consultations")
    expect(panel.get_by_role("row", name="Draft Law on Asylum")).to_contain_text("2")
    avatar = page.locator("img.avatar, .avatar img").first
    page.wait_for_load_state("networkidle")
    assert avatar.evaluate("image => image.complete && image.naturalWidth > 0")
    visitor.screenshot("admin-dashboard")
    visitor.check()
