from peer_reviews.models.frameworks import Criterion, Framework, Standard
from peer_reviews.models.reviews import (
    CriterionScore,
    FollowUp,
    PeerReview,
    Recommendation,
    SummaryConsent,
    TeamMember,
    TeamOrganisation,
)

__all__ = [
    "Criterion",
    "CriterionScore",
    "FollowUp",
    "Framework",
    "PeerReview",
    "Recommendation",
    "Standard",
    "SummaryConsent",
    "TeamMember",
    "TeamOrganisation",
]
