"""Events in the read API (``/api/v1/events/``): public hearings, EU
Parliament events and the network's events, as their pages show them.
Registrations, and who registered, are never part of it."""

from datetime import date, datetime

from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router

from hearings import queries
from hearings.status import EventKind
from iris_site.api import (
    ERRORS,
    Id,
    Listing,
    OrganisationRef,
    PageFilters,
    PageOut,
    filter_pages,
    paginate,
    slug_or_id,
)

router = Router(tags=["events"])


class EventOut(PageOut):
    kind: EventKind
    summary: str
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    cancelled: bool
    country: str = Field(..., description="Empty for an event held only online.")
    venue: str
    room: str
    online_url: str
    recording_url: str
    languages: list[str]
    interpretation: list[str]
    organisers: list[OrganisationRef]
    co_organisers: list[OrganisationRef]
    policy_areas: list[str]
    consultation_ids: list[int] = Field(..., description="The consultations it is about.")

    @staticmethod
    def resolve_languages(page):
        return list(page.languages or [])

    @staticmethod
    def resolve_interpretation(page):
        return list(page.interpretation or [])

    @staticmethod
    def resolve_organisers(page):
        return list(page.organisers.all())

    @staticmethod
    def resolve_co_organisers(page):
        return list(page.co_organisers.all())

    @staticmethod
    def resolve_policy_areas(page):
        return [area.slug for area in page.policy_areas.all()]

    @staticmethod
    def resolve_consultation_ids(page):
        return [consultation.pk for consultation in page.consultations.all() if consultation.live]


class EventFilters(PageFilters):
    kind: EventKind | None = None
    organiser: str | None = Field(
        None,
        max_length=200,
        description="An organising or co-organising organisation's slug or id.",
    )
    starts_from: date | None = None
    starts_until: date | None = None


@router.get("", response={200: Listing[EventOut], **ERRORS})
def list_events(request, filters: Query[EventFilters]):
    """Events, latest first, in every language (one item per translation)."""
    events = filter_pages(queries.public_events(), filters)
    if filters.kind:
        events = events.filter(kind=filters.kind)
    if filters.organiser:
        organised = slug_or_id("organisers", filters.organiser) | slug_or_id(
            "co_organisers", filters.organiser
        )
        events = events.filter(pk__in=queries.public_events().filter(organised).values("pk"))
    if filters.starts_from:
        events = events.filter(starts_at__date__gte=filters.starts_from)
    if filters.starts_until:
        events = events.filter(starts_at__date__lte=filters.starts_until)
    return paginate(events, filters, ("-starts_at", "-pk"))


@router.get("{event_id}", response={200: EventOut, **ERRORS})
def get_event(request, event_id: Id):
    return get_object_or_404(queries.public_events(), pk=event_id)
