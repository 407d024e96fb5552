"""A peer review from score sheet to public summary: the team scores every
criterion and records a recommendation, the reviewed organisation agrees to
publish, the team publishes the summary, and an anonymous reader finds it on
the organisation's profile while the findings stay private."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from accounts.tests.factories import OrganisationFactory, member_of, organisation_directory
from peer_reviews.tests.factories import review, reviewer_of
from tests.browser.test_consultation_journeys import sign_in

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
FINDING = "Two of ten case files lacked a signed referral."
RECOMMENDATION = "Keep a signed referral in every case file."
SUMMARY = "The legal aid service meets the network's standards on most criteria."


def test_a_review_is_scored_recommended_agreed_and_its_summary_published(new_visitor, home_page):
    directory = organisation_directory(home_page)
    organisation = OrganisationFactory(name="Legal Centre Sarajevo", country="BA")
    record = review(organisation, team=[OrganisationFactory(name="Centre for Rights, Podgorica")])
    reviewer = reviewer_of(record)
    spokesperson = member_of(organisation)

    team = new_visitor()
    page = team.page
    sign_in(team, reviewer)
    team.visit(f"/en/peer-reviews/{record.pk}/")
    team.click(page.get_by_role("link", name="Fill the score sheet"))
    for row in record.scores.all():
        page.locator(f'[name="criterion-{row.criterion_id}-score"]').select_option("2")
        page.locator(f'[name="criterion-{row.criterion_id}-evidence"]').fill("Ten case files.")
        page.locator(f'[name="criterion-{row.criterion_id}-finding"]').fill(FINDING)
    team.click(page.get_by_role("button", name="Save the score sheet"))
    expect(page.locator(".messages")).to_contain_text("rows of the score sheet saved")

    team.click(page.get_by_role("link", name="Add a recommendation"))
    page.get_by_label("Recommendation").fill(RECOMMENDATION)
    page.get_by_label("Priority").select_option("high")
    page.get_by_label("Responsible person").select_option(str(spokesperson.pk))
    page.get_by_label("Due date").fill("2027-03-31")
    team.click(page.get_by_role("button", name="Record the recommendation"))
    expect(page.locator(".recommendations")).to_contain_text(RECOMMENDATION)
    team.click(page.get_by_role("button", name="Complete the review"))
    expect(page.locator(".facts")).to_contain_text("Completed")

    for width, height in [(1366, 900), (390, 844)]:
        page.set_viewport_size({"width": width, "height": height})
        team.check()
        page.screenshot(path=SCREENSHOTS / f"peer-review-{width}.png", full_page=True)

    reviewed = new_visitor()
    sign_in(reviewed, spokesperson)
    reviewed.visit(f"/en/peer-reviews/{record.pk}/")
    expect(reviewed.page.get_by_text(FINDING).first).to_be_visible()
    reviewed.click(reviewed.page.get_by_role("button", name="Agree to publish the summary"))
    expect(reviewed.page.locator(".messages")).to_contain_text("agrees to publish")

    team.visit(f"/en/peer-reviews/{record.pk}/")
    team.click(page.get_by_role("link", name="Publish the summary"))
    page.get_by_label("Public summary").fill(SUMMARY)
    team.click(page.get_by_role("button", name="Publish the summary"))
    expect(page.locator(".messages")).to_contain_text("The summary is published.")

    reader = new_visitor()
    reader.visit(f"{directory.url}{organisation.slug}/")
    panel = reader.page.get_by_role("region", name="Peer reviews")
    expect(panel).to_contain_text("Published summary")
    reader.click(panel.get_by_role("link", name="Legal aid, cycle 1"))
    expect(reader.page.locator("main")).to_contain_text(SUMMARY)
    expect(reader.page.locator("main")).not_to_contain_text(FINDING)
    expect(reader.page.locator("main")).not_to_contain_text(RECOMMENDATION)
