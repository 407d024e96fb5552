"""Bad input to peer reviews is refused with a reason the person can act on,
never with a server error, and changes nothing."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from accounts.tests.factories import OrganisationFactory, member_of
from peer_reviews import actions
from peer_reviews.models import CriterionScore, FollowUp, PeerReview
from peer_reviews.permissions import ReviewPermissionError
from peer_reviews.status import FollowUpStatus, Priority, Service
from peer_reviews.tests.factories import (
    coordinator,
    framework,
    review,
    reviewer_of,
    scored,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(home_page):
    return review()


def test_a_score_outside_the_scale_is_refused_on_the_sheet(client, record):
    row = record.scores.first()
    client.force_login(reviewer_of(record))

    response = client.post(
        f"/en/peer-reviews/{record.pk}/scores/", {f"criterion-{row.criterion_id}-score": "7"}
    )

    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert CriterionScore.objects.filter(review=record).exclude(score=None).count() == 0


def test_a_score_outside_the_scale_is_refused_by_the_action(record):
    row = record.scores.first()

    with pytest.raises(ValidationError, match="7 is not on the scale"):
        actions.RecordScores(record, {row.criterion_id: (7, "", "")}, by=coordinator()).execute()


def test_a_criterion_of_another_framework_version_is_refused(client, record):
    other = framework(version=2).standards.first().criteria.first()
    client.force_login(reviewer_of(record))

    response = client.post(
        f"/en/peer-reviews/{record.pk}/scores/",
        {f"criterion-{other.pk}-score": "2", f"criterion-{other.pk}-finding": "Fine."},
    )

    assert response.status_code == 400
    assert "not in this review&#x27;s framework version" in response.content.decode()
    assert not CriterionScore.objects.filter(criterion=other).exists()
    with pytest.raises(ValidationError, match="not in this review's framework version"):
        actions.RecordScores(record, {other.pk: (2, "", "")}, by=coordinator()).execute()


def test_a_scored_review_keeps_its_framework_version(record):
    scored(record)
    record.framework = framework(version=2)

    with pytest.raises(ValidationError, match="another framework version"):
        actions.GenerateScoreSheet(record).execute()


def test_a_follow_up_note_on_someone_elses_review_is_refused(client, record):
    recommendation = actions.AddRecommendation(
        record, by=reviewer_of(record), text="Keep a register.", priority=Priority.LOW
    ).execute()
    url = f"/en/peer-reviews/recommendations/{recommendation.pk}/follow-up/"
    note = {"status": FollowUpStatus.DONE, "noted_on": "2026-12-01", "note": "Done, we say."}

    client.force_login(member_of(OrganisationFactory()))
    assert client.post(url, note).status_code == 404

    client.force_login(reviewer_of(record))
    refused = client.post(url, note)
    assert refused.status_code == 403
    assert "Only the person responsible" in refused.content.decode()
    assert not FollowUp.objects.exists()

    client.force_login(member_of(record.organisation))
    assert client.post(url, note).status_code == 302
    assert FollowUp.objects.get().note == "Done, we say."


def test_a_reviewer_never_reviews_their_own_organisation(record):
    with pytest.raises(ValidationError, match="cannot be on the team that reviews it"):
        actions.check_team(record, [record.organisation], [])
    with pytest.raises(ValidationError, match="speaks for"):
        actions.check_team(record, [], [member_of(record.organisation)])


def admin_review_form(record, team, people=()):
    return nested_form_data(
        {
            "organisation": record.organisation.pk,
            "service": Service.PSYCHOSOCIAL_SUPPORT,
            "cycle": 1,
            "framework": record.framework.pk,
            "reviewed_documents": "on",
            "team_organisations": inline_formset([{"organisation": o.pk} for o in team]),
            "team_members": inline_formset([{"person": p.pk, "role": ""} for p in people]),
            "strengths": "",
            "recommendations": inline_formset([]),
            "summary": "",
        }
    )


def test_the_admin_refuses_a_team_with_the_reviewed_organisation_or_its_people(client, record):
    client.force_login(coordinator())
    add = "/admin/snippets/peer_reviews/peerreview/add/"

    own_organisation = client.post(add, admin_review_form(record, [record.organisation]))
    own_person = client.post(
        add,
        admin_review_form(record, [OrganisationFactory()], [member_of(record.organisation)]),
    )

    assert own_organisation.status_code == 200
    assert "cannot be on the team that reviews it" in own_organisation.content.decode()
    assert own_person.status_code == 200
    assert "cannot review it" in own_person.content.decode()
    assert PeerReview.objects.count() == 1


def test_the_admin_makes_the_score_sheet_of_a_new_review(client, record):
    client.force_login(coordinator())

    response = client.post(
        "/admin/snippets/peer_reviews/peerreview/add/",
        admin_review_form(record, [OrganisationFactory()]),
    )

    assert response.status_code == 302
    added = PeerReview.objects.get(service=Service.PSYCHOSOCIAL_SUPPORT)
    assert added.scores.count() == record.framework.standards.count() * 2


def test_the_admin_refuses_to_change_the_version_of_a_scored_review(client, record):
    scored(record)
    form = admin_review_form(record, [record.team_organisations.get().organisation])
    form["framework"] = framework(version=2).pk
    client.force_login(coordinator())

    response = client.post(f"/admin/snippets/peer_reviews/peerreview/edit/{record.pk}/", form)

    assert response.status_code == 200
    assert "scores against another framework version" in response.content.decode()
    record.refresh_from_db()
    assert record.scores.exclude(score=None).count() == 4


def test_a_summary_without_the_organisations_consent_is_not_published(client, record):
    scored(record)
    actions.CompleteReview(record, by=reviewer_of(record)).execute()
    client.force_login(reviewer_of(record))

    response = client.post(f"/en/peer-reviews/{record.pk}/publish/", {"summary": "All good."})

    assert response.status_code == 400
    page = response.content.decode()
    assert "has not agreed to publish the summary" in page
    assert "All good." in page  # what was typed is kept in the form
    assert not PeerReview.objects.summary_published().exists()


def test_only_the_reviewed_organisation_gives_its_consent(client, record):
    client.force_login(reviewer_of(record))

    response = client.post(f"/en/peer-reviews/{record.pk}/consent/")

    assert response.status_code == 403
    assert "Only the reviewed organisation" in response.content.decode()
    assert not record.consents.exists()
    with pytest.raises(ReviewPermissionError):
        actions.GiveConsent(record, by=reviewer_of(record)).execute()


@pytest.mark.parametrize(
    "path",
    [
        "/en/peer-reviews/{missing}/",
        "/en/peer-reviews/{missing}/score-sheet.xlsx",
        "/en/peer-reviews/{missing}/scores/",
        "/en/peer-reviews/recommendations/{missing}/follow-up/",
    ],
)
def test_a_guessed_id_is_not_found_whether_or_not_it_exists(client, record, path):
    """A review that exists but is private answers as one that does not."""
    client.force_login(member_of(OrganisationFactory()))
    existing = client.get(path.format(missing=record.pk))
    missing = client.get(path.format(missing=record.pk + 1000))

    assert existing.status_code == missing.status_code == 404
