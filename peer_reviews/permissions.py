"""Who may read and change a peer review: one policy that the public pages,
the admin, the exports, the dashboard and the actions all ask.

The full record (scores, evidence, findings, recommendations, follow-up) is
read by the reviewed organisation's confirmed members, the peer team (its
people and the members of its organisations), network coordinators and
editors. Everyone else reads only a summary the reviewed organisation agreed
to publish."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from accounts.permissions import speakable_organisations
from peer_reviews.models import PeerReview


class ReviewPermissionError(PermissionDenied):
    """Raised by an action the person may not take; the message says why."""


def is_coordinator(user):
    """Network coordinators and editors (the role holds the permission)."""
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.has_perm("peer_reviews.view_every_peer_review")
    )


def readable_reviews(user, reviews=None):
    """The reviews whose full record ``user`` may read."""
    reviews = PeerReview.objects.all() if reviews is None else reviews
    if is_coordinator(user):
        return reviews
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return reviews.none()
    speaks_for = speakable_organisations(user).values("pk")
    return reviews.filter(
        Q(organisation__in=speaks_for)
        | Q(team_organisations__organisation__in=speaks_for)
        | Q(team_members__person=user)
    ).distinct()


def can_read_record(user, review):
    if is_coordinator(user):
        return True
    return readable_reviews(user, PeerReview.objects.filter(pk=review.pk)).exists()


def is_on_the_team(user, review):
    return bool(
        getattr(user, "is_authenticated", False)
        and review.team_members.filter(person=user).exists()
    )


def can_score(user, review):
    """The peer team's people and coordinators fill the score sheet and write
    recommendations, until the review is completed."""
    return review.completed_at is None and (is_coordinator(user) or is_on_the_team(user, review))


def speaks_for_reviewed(user, review):
    return speakable_organisations(user).filter(pk=review.organisation_id).exists()


def can_follow_up(user, recommendation):
    """The person responsible, the reviewed organisation's members and
    coordinators record what was done about a recommendation."""
    if not getattr(user, "is_authenticated", False):
        return False
    return (
        recommendation.responsible_id == user.pk
        or is_coordinator(user)
        or speaks_for_reviewed(user, recommendation.review)
    )


def can_consent(user, review):
    """Only the reviewed organisation gives, or withdraws, its consent."""
    return speaks_for_reviewed(user, review)


def can_publish_summary(user, review):
    return is_coordinator(user) or is_on_the_team(user, review)


class PeerReviewPermissionPolicy(ModelPermissionPolicy):
    """The admin's rule for reviews: Django's model permissions (held by
    coordinators and editors), and never a record the person may not read."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and can_read_record(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return PeerReview.objects.none()
        return readable_reviews(user)
