"""The private kinds of peer reviews for the canary test (tests/canary.py):
the full record of a review (scores' evidence and findings, strengths,
recommendations and their follow-up, a summary not yet agreed to), and the
same record behind a summary that was agreed to and published."""

from peer_reviews import actions
from peer_reviews.status import FollowUpStatus, Priority
from peer_reviews.tests.factories import coordinator, published, review, reviewer_of, scored
from tests.canary import ROLES, Planted, planter


def plant_record(built, canary, label):
    """Private text in every part of ``built``'s record; what was planted."""
    parts = ["finding", "strengths", "recommendation", "follow-up note", "follow-up evidence"]
    hidden = [canary(f"{label}: {part}") for part in parts]
    finding, strengths, text, note, evidence = hidden
    scored(built, text=finding)
    built.strengths = strengths
    built.save(update_fields=["strengths"])
    recommendation = actions.AddRecommendation(
        built, by=reviewer_of(built), text=text, priority=Priority.HIGH
    ).execute()
    actions.RecordFollowUp(
        recommendation,
        by=coordinator(),
        status=FollowUpStatus.IN_PROGRESS,
        note=note,
        evidence=evidence,
    ).execute()
    return Planted(objects={built, recommendation}, hidden_from=dict.fromkeys(hidden, ROLES))


@planter
def plant_peer_reviews(home_page, canary):
    private = review()
    planted = plant_record(private, canary, "private peer review")
    private.summary = canary("peer-review summary not agreed to")
    private.save(update_fields=["summary"])
    planted.hidden_from[private.summary] = ROLES

    public = review()
    planted.merge(plant_record(public, canary, "peer review behind a published summary"))
    published(public, summary="The service meets the network standards.")
    return planted
