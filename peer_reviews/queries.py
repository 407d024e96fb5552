"""The read side of peer reviews that pages, exports and the dashboard share;
each asks ``permissions`` which records the reader may see in full."""

from django.db.models import Count, Prefetch, Q, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from iris_site.languages import readers_versions
from peer_reviews import permissions
from peer_reviews.models import (
    Criterion,
    CriterionScore,
    FollowUp,
    Framework,
    PeerReview,
    Recommendation,
    Standard,
    SummaryConsent,
    TeamMember,
)
from peer_reviews.status import FollowUpStatus


def framework_with_criteria(framework_id):
    """A framework version with its standards and their criteria, in the
    reader's language where it is translated (else the nearest language's
    or the original): public, as the network published them. The
    translations share the translation key and carry their own standards
    and criteria, so one query finds the version and two read its content."""
    translations = Framework.objects.filter(
        translation_key=Subquery(
            Framework.objects.filter(pk=framework_id).values("translation_key")
        )
    )
    return get_object_or_404(
        readers_versions(translations)
        .select_related("discussed_in")
        .prefetch_related(
            Prefetch(
                "standards",
                queryset=Standard.objects.prefetch_related(
                    Prefetch("criteria", queryset=Criterion.objects.order_by("number"))
                ).order_by("number"),
            )
        )
    )


def frameworks_discussed_in(page):
    return list(Framework.objects.filter(discussed_in=page).order_by("name", "-version"))


def published_summaries():
    return PeerReview.objects.summary_published().select_related("organisation", "framework")


def review_for(user, peerreview_id):
    """``(review, full)``: the record in full for those who may read it, its
    published summary for anyone else, and 404 for a review neither (so a
    guessed id tells nothing of what exists)."""
    review = (
        PeerReview.objects.select_related("organisation", "framework")
        .prefetch_related("consents")
        .filter(pk=peerreview_id)
        .first()
    )
    if review is None:
        raise Http404
    if permissions.can_read_record(user, review):
        return review, True
    if published_summaries().filter(pk=review.pk).exists():
        return review, False
    raise Http404


def readable_review_or_404(user, peerreview_id):
    review, full = review_for(user, peerreview_id)
    if not full:
        raise Http404
    return review


def score_sheet(review):
    return list(CriterionScore.objects.filter(review=review).select_related("criterion__standard"))


def recommendations(reviews):
    """The recommendations of ``reviews`` with their state and follow-up log."""
    return (
        Recommendation.objects.with_status()
        .filter(review__in=reviews)
        .select_related("responsible", "review")
        .prefetch_related(
            Prefetch("follow_ups", queryset=FollowUp.objects.select_related("author"))
        )
    )


def cycles_of(review, user):
    """Every cycle of the same organisation's service that ``user`` may read
    in full, oldest first (the review itself among them)."""
    return permissions.readable_reviews(
        user,
        PeerReview.objects.filter(organisation=review.organisation_id, service=review.service),
    ).order_by("cycle")


def previous_cycle(review, user):
    return cycles_of(review, user).filter(cycle__lt=review.cycle).order_by("-cycle").first()


def scores_by_code(reviews):
    """``{review id: {criterion code: score}}``: versions of a framework keep
    the standards' and criteria's numbers, so cycles compare by code."""
    found = {}
    rows = CriterionScore.objects.filter(review__in=reviews).values_list(
        "review_id", "criterion__standard__number", "criterion__number", "score"
    )
    for review_id, standard, criterion, score in rows:
        found.setdefault(review_id, {})[f"{standard}.{criterion}"] = score
    return found


def reviews_of_organisation(user, organisation):
    """The organisation's reviews a reader may open: in full, or by summary."""
    readable = permissions.readable_reviews(user, organisation.peer_reviews.all())
    return (
        PeerReview.objects.filter(
            Q(pk__in=readable.values("pk")) | Q(pk__in=published_summaries().values("pk")),
            organisation=organisation,
        )
        .select_related("framework")
        .order_by("service", "-cycle")
    )


def dashboard(user, today=None):
    """Recommendations by state, overdue ones among them, per organisation
    and service, over the reviews the reader may read: one grouped query."""
    today = today or timezone.localdate()
    closed = FollowUpStatus.closed()
    counts = {
        status.value.replace("-", "_"): Count("pk", filter=Q(current_status=status))
        for status in FollowUpStatus
    }
    return (
        Recommendation.objects.with_status()
        .filter(review__in=permissions.readable_reviews(user).values("pk"))
        .values(
            "review__organisation__name",
            "review__organisation__country",
            "review__service",
        )
        .annotate(
            **counts,
            total=Count("pk"),
            overdue=Count("pk", filter=Q(due_on__lt=today) & ~Q(current_status__in=closed)),
        )
        .order_by("review__organisation__name", "review__service")
    )


def overdue_by_owner(today=None):
    """``{person: [recommendation, ...]}`` of open recommendations past due."""
    owners = {}
    for recommendation in (
        Recommendation.objects.overdue(today)
        .exclude(responsible=None)
        .select_related("responsible", "review__organisation")
        .order_by("responsible", "due_on")
    ):
        owners.setdefault(recommendation.responsible, []).append(recommendation)
    return owners


def personal_data(user):
    """What peer reviews hold about ``user``, for the download of their data
    (the PERSONAL_DATA hook): the reviews they sat on, the recommendations in
    their charge, the follow-up notes they wrote and the consents they gave
    or withdrew."""
    return {
        "review_teams": [
            {"review": str(member.review), "role": member.role}
            for member in TeamMember.objects.filter(person=user).select_related(
                "review__organisation"
            )
        ],
        "recommendations_in_charge": [
            {"review": str(recommendation.review), "text": recommendation.text}
            for recommendation in Recommendation.objects.filter(responsible=user).select_related(
                "review__organisation"
            )
        ],
        "follow_up_notes": [
            {"noted_on": note.noted_on, "status": note.status, "note": note.note}
            for note in FollowUp.objects.filter(author=user)
        ],
        "summary_consents": [
            {
                "review": str(consent.review),
                "given": consent.given_by_id == user.pk,
                "given_at": consent.given_at,
                "withdrawn": consent.withdrawn_by_id == user.pk,
                "withdrawn_at": consent.withdrawn_at,
            }
            for consent in SummaryConsent.objects.filter(
                Q(given_by=user) | Q(withdrawn_by=user)
            ).select_related("review__organisation")
        ],
    }
