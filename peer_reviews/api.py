"""Peer reviews in the read API (``/api/v1/peer-reviews/``): the summaries
published with the reviewed organisation's standing consent, exactly as
``queries.published_summaries`` selects them. Scores, findings, evidence,
recommendations and the team's notes stay with those who may read the record."""

from datetime import date, datetime

from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from iris_site.api import ERRORS, Id, Listing, ListQuery, OrganisationRef, paginate, slug_or_id
from iris_site.geography import Country
from peer_reviews import queries
from peer_reviews.status import Service

router = Router(tags=["peer reviews"])


class FrameworkRef(Schema):
    id: int
    name: str
    version: int


class PeerReviewSummaryOut(Schema):
    id: int
    organisation: OrganisationRef
    service: Service
    cycle: int
    framework: FrameworkRef
    visit_starts_on: date | None
    visit_ends_on: date | None
    summary: str
    summary_published_at: datetime


class PeerReviewFilters(ListQuery):
    country: Country | None = Field(None, description="The reviewed organisation's country.")
    organisation: str | None = Field(
        None, max_length=200, description="The reviewed organisation's slug or id."
    )
    service: Service | None = None


@router.get("", response={200: Listing[PeerReviewSummaryOut], **ERRORS})
def list_peer_reviews(request, filters: Query[PeerReviewFilters]):
    """Published summaries, the latest published first."""
    reviews = queries.published_summaries()
    if filters.country:
        reviews = reviews.filter(organisation__country=filters.country)
    if filters.organisation:
        reviews = reviews.filter(slug_or_id("organisation", filters.organisation))
    if filters.service:
        reviews = reviews.filter(service=filters.service)
    return paginate(reviews, filters, ("-summary_published_at", "-pk"))


@router.get("{peerreview_id}", response={200: PeerReviewSummaryOut, **ERRORS})
def get_peer_review(request, peerreview_id: Id):
    return get_object_or_404(queries.published_summaries(), pk=peerreview_id)
