"""Who reads a review in full, on every path: the public pages, the exports,
the dashboard, the organisation's profile, the admin and site search. The
private text (a finding, a recommendation, a follow-up note) never reaches
anyone else; the agreed summary reaches everyone."""

import pytest

from accounts.tests.factories import (
    InstitutionFactory,
    OrganisationFactory,
    editor,
    member_of,
    moderator,
    official_of,
    organisation_directory,
)
from peer_reviews import actions
from peer_reviews.status import FollowUpStatus, Priority
from peer_reviews.tests.factories import coordinator, published, review, reviewer_of, scored

pytestmark = pytest.mark.django_db

# Each private text: a word to search for, and the rest that must not follow it.
FINDING = "Quokkafinding: referrals wait six weeks"
RECOMMENDATION = "Quokkarecommendation: appoint a second lawyer"
FOLLOW_UP = "Quokkafollowup: three candidates interviewed"
SUMMARY = "The legal aid service meets the agreed standards."

FULL_READERS = [
    "reviewed organisation",
    "team organisation",
    "team person",
    "coordinator",
    "editor",
]
OUTSIDERS = ["anonymous", "other CSO member", "official", "moderator"]


@pytest.fixture
def record(home_page):
    built = scored(review(), text=FINDING)
    recommendation = actions.AddRecommendation(
        built, by=reviewer_of(built), text=RECOMMENDATION, priority=Priority.HIGH
    ).execute()
    actions.RecordFollowUp(
        recommendation,
        by=coordinator(),
        status=FollowUpStatus.IN_PROGRESS,
        note=FOLLOW_UP,
    ).execute()
    return built


def visitor(role, record):
    return {
        "anonymous": lambda: None,
        "other CSO member": lambda: member_of(OrganisationFactory()),
        "official": lambda: official_of(InstitutionFactory()),
        "moderator": moderator,
        "reviewed organisation": lambda: member_of(record.organisation),
        "team organisation": lambda: member_of(record.team_organisations.first().organisation),
        "team person": lambda: reviewer_of(record),
        "coordinator": coordinator,
        "editor": editor,
    }[role]()


def signed_in(client, role, record):
    user = visitor(role, record)
    if user is not None:
        client.force_login(user)
    client.raise_request_exception = False
    return client


def text_of(response):
    return b"".join(response).decode() if response.streaming else response.content.decode()


def private_paths(record):
    return [
        f"/en/peer-reviews/{record.pk}/",
        f"/en/peer-reviews/{record.pk}/score-sheet.xlsx",
        f"/en/peer-reviews/{record.pk}/scores/",
        f"/en/peer-reviews/{record.pk}/recommendations/",
        f"/en/peer-reviews/recommendations/{record.recommendations.get().pk}/follow-up/",
    ]


@pytest.mark.parametrize("role", OUTSIDERS)
def test_an_outsider_finds_no_private_review_at_any_of_its_addresses(client, record, role):
    signed_in(client, role, record)

    for path in private_paths(record):
        response = client.get(path)
        assert response.status_code in (302, 404), path
        assert FINDING not in text_of(response)


@pytest.mark.parametrize("role", FULL_READERS)
def test_the_review_team_organisation_and_coordinators_read_the_full_record(client, record, role):
    signed_in(client, role, record)

    page = client.get(f"/en/peer-reviews/{record.pk}/").content.decode()
    sheet = client.get(f"/en/peer-reviews/{record.pk}/score-sheet.xlsx")

    assert FINDING in page and RECOMMENDATION in page and FOLLOW_UP in page
    assert sheet.status_code == 200
    assert sheet["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.mark.parametrize("role", OUTSIDERS)
def test_an_outsider_reads_only_the_agreed_summary(client, record, role):
    published(record, summary=SUMMARY)
    signed_in(client, role, record)

    page = client.get(f"/en/peer-reviews/{record.pk}/").content.decode()
    listing = client.get("/en/peer-reviews/").content.decode()

    assert SUMMARY in page and f"/en/peer-reviews/{record.pk}/" in listing
    for private in (FINDING, RECOMMENDATION, FOLLOW_UP):
        assert private not in page and private not in listing
    assert client.get(f"/en/peer-reviews/{record.pk}/score-sheet.xlsx").status_code in (302, 404)


def test_a_withdrawn_consent_takes_the_summary_off_the_site_at_once(client, record):
    published(record, summary=SUMMARY)
    actions.WithdrawConsent(record, by=member_of(record.organisation)).execute()

    assert client.get(f"/en/peer-reviews/{record.pk}/").status_code == 404
    assert f"/en/peer-reviews/{record.pk}/" not in client.get("/en/peer-reviews/").content.decode()


@pytest.mark.parametrize(
    ("role", "sees_findings"),
    [("anonymous", False), ("other CSO member", False), ("reviewed organisation", True)],
)
def test_the_organisation_profile_lists_its_reviews_as_the_reader_may_read_them(
    client, home_page, record, role, sees_findings
):
    directory = organisation_directory(home_page)
    published(record, summary=SUMMARY)
    unpublished = scored(review(record.organisation, cycle=2, used=record.framework), text=FINDING)
    signed_in(client, role, record)

    profile = client.get(f"{directory.url}{record.organisation.slug}/").content.decode()

    assert f"/en/peer-reviews/{record.pk}/" in profile
    assert (f"/en/peer-reviews/{unpublished.pk}/" in profile) is sees_findings
    assert FINDING not in profile


@pytest.mark.parametrize(("role", "counted"), [("other CSO member", False), ("coordinator", True)])
def test_the_dashboard_and_its_spreadsheet_count_only_reviews_the_reader_may_read(
    client, record, role, counted
):
    signed_in(client, role, record)

    page = client.get("/en/peer-reviews/dashboard/").content.decode()
    sheet = client.get("/en/peer-reviews/dashboard/recommendations.xlsx")

    assert (record.organisation.name in page) is counted
    assert sheet.status_code == 200


def test_the_dashboard_asks_a_visitor_to_sign_in(client, record):
    assert client.get("/en/peer-reviews/dashboard/").status_code == 302
    assert client.get("/en/peer-reviews/dashboard/recommendations.xlsx").status_code == 302


@pytest.mark.parametrize("role", ["moderator", "other CSO member"])
def test_the_admin_shows_no_review_to_those_who_may_not_read_it(client, record, role):
    signed_in(client, role, record)
    base = "/admin/snippets/peer_reviews/peerreview/"

    for path in [base, f"{base}edit/{record.pk}/", f"{base}history/{record.pk}/"]:
        response = client.get(path)
        assert response.status_code in (302, 403, 404), path
        assert FINDING not in text_of(response)
        assert record.organisation.name not in text_of(response)


@pytest.mark.parametrize("role", ["coordinator", "editor"])
def test_coordinators_and_editors_manage_reviews_in_the_admin(client, record, role):
    signed_in(client, role, record)
    base = "/admin/snippets/peer_reviews/peerreview/"

    assert record.organisation.name in client.get(base).content.decode()
    assert client.get(f"{base}edit/{record.pk}/").status_code == 200
    history = client.get(f"{base}history/{record.pk}/").content.decode()
    assert "Score changed" in history


@pytest.mark.parametrize("role", OUTSIDERS)
def test_site_search_and_its_suggestions_never_show_review_text(client, record, role):
    """Reviews are offered to no search: a word of the private text finds
    nothing, and the rest of the text is in no result, snippet or suggestion."""
    published(record, summary=SUMMARY)
    signed_in(client, role, record)

    for path in ["/en/search/", "/en/search/suggestions/"]:
        for private in (FINDING, RECOMMENDATION, FOLLOW_UP):
            word, rest = private.split(": ")
            response = client.get(path, {"q": word})
            assert response.status_code == 200
            assert rest not in response.content.decode()
