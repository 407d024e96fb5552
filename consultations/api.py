"""Consultations in the read API (``/api/v1/consultations/``): the
consultations, the parts of each draft, the comments of its public thread and,
once the report is published, the institution's answers. What a reader of the
page sees and nothing more: the text of a comment only where
``permissions.can_see`` shows it to anyone, never an e-mail address."""

from datetime import date, datetime
from typing import Literal

from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from ninja import Field, Query, Router, Schema

from consultations import permissions, queries, reports
from consultations.models import CommentKind, ConsultationStatus, DraftKind, Outcome
from iris_site.api import (
    ERRORS,
    Id,
    Listing,
    ListQuery,
    OrganisationRef,
    PageFilters,
    PageOut,
    filter_pages,
    paginate,
    slug_or_id,
)
from iris_site.geography import Country

router = Router(tags=["consultations"])

# The API answers alike for everyone: it asks the policy about an anonymous reader.
READER = AnonymousUser()


class ConsultationOut(PageOut):
    summary: str
    kind: DraftKind
    country: Country
    institution: OrganisationRef
    policy_areas: list[str]
    opens_at: datetime
    closes_at: datetime
    status: ConsultationStatus

    @staticmethod
    def resolve_status(page):
        return page.status_value

    @staticmethod
    def resolve_policy_areas(page):
        return [area.slug for area in page.policy_areas.all()]


class PartOut(Schema):
    id: str
    kind: str
    label: str
    title: str
    text: str


class ConsultationDetailOut(ConsultationOut):
    parts: list[PartOut]

    @staticmethod
    def resolve_parts(page):
        return [{"id": item["id"], **item["value"]} for item in page.draft.raw_data]


class ConsultationFilters(PageFilters):
    institution: str | None = Field(
        None, max_length=200, description="The institution's slug or id."
    )
    status: ConsultationStatus | None = None
    opens_from: date | None = None
    opens_until: date | None = None
    closes_from: date | None = None
    closes_until: date | None = None


class CommentOut(Schema):
    id: int
    parent_id: int | None
    part_id: str = Field(..., description="The part's id; empty for the draft as a whole.")
    part_label: str
    kind: CommentKind
    language: str
    state: Literal["published", "hidden", "withdrawn"]
    text: str | None = Field(None, description="Null where the thread does not show it.")
    proposed_text: str | None = None
    author_name: str | None = None
    organisation: OrganisationRef | None = None
    cosigned_by: list[OrganisationRef]
    created_at: datetime
    edited_at: datetime | None
    withdrawn_at: datetime | None


class CommentFilters(ListQuery):
    part: str | None = Field(
        None, max_length=64, description="A part's id; empty: the whole draft."
    )
    language: str | None = Field(None, max_length=16, description="Threads begun in this language.")


class AnswerOut(Schema):
    comment_id: int
    outcome: Outcome
    reasoning: str
    answered_at: datetime


def _consultation_or_404(consultation_id):
    consultation = queries.public_consultations().filter(pk=consultation_id).first()
    if consultation is None:
        raise Http404
    return consultation


def _comment(consultation, comment):
    """What the public thread shows of ``comment``."""
    if comment.is_withdrawn:
        state = "withdrawn"
    elif comment.is_hidden:
        state = "hidden"
    else:
        state = "published"
    shown = permissions.can_see(READER, consultation, comment)
    return {
        "id": comment.pk,
        "parent_id": comment.parent_id,
        "part_id": comment.part_id,
        "part_label": comment.part_label,
        "kind": comment.kind,
        "language": comment.language,
        "state": state,
        "text": comment.text if shown else None,
        "proposed_text": comment.proposed_text if shown else None,
        "author_name": (comment.author.get_full_name() or None) if shown else None,
        "organisation": comment.organisation if shown else None,
        "cosigned_by": [c.organisation for c in comment.cosignatures.all()] if shown else [],
        "created_at": comment.created_at,
        "edited_at": comment.edited_at if shown else None,
        "withdrawn_at": comment.withdrawn_at,
    }


@router.get("", response={200: Listing[ConsultationOut], **ERRORS})
def list_consultations(request, filters: Query[ConsultationFilters]):
    """Consultations, newest first, in every language (one item per translation)."""
    consultations = filter_pages(queries.public_consultations(), filters)
    if filters.institution:
        consultations = consultations.filter(slug_or_id("institution", filters.institution))
    if filters.status:
        consultations = consultations.filter(status_value=filters.status)
    for name, lookup in [
        ("opens_from", "opens_at__date__gte"),
        ("opens_until", "opens_at__date__lte"),
        ("closes_from", "closes_at__date__gte"),
        ("closes_until", "closes_at__date__lte"),
    ]:
        if getattr(filters, name):
            consultations = consultations.filter(**{lookup: getattr(filters, name)})
    return paginate(consultations, filters, ("-opens_at", "-pk"))


@router.get("{consultation_id}", response={200: ConsultationDetailOut, **ERRORS})
def get_consultation(request, consultation_id: Id):
    """One consultation with the parts of its draft in document order."""
    return _consultation_or_404(consultation_id)


@router.get("{consultation_id}/comments", response={200: Listing[CommentOut], **ERRORS})
def list_comments(request, consultation_id: Id, filters: Query[CommentFilters]):
    """The public thread, oldest first: published comments in full; hidden and
    withdrawn ones as their place in the thread, without their text."""
    consultation = _consultation_or_404(consultation_id)
    comments = queries.thread_comments(consultation).in_language(filters.language or "")
    if filters.part is not None:
        comments = comments.on_part(filters.part)
    page = paginate(comments, filters, ("created_at", "pk"))
    page["items"] = [_comment(consultation, comment) for comment in page["items"]]
    return page


@router.get("{consultation_id}/answers", response={200: Listing[AnswerOut], **ERRORS})
def list_answers(request, consultation_id: Id, filters: Query[ListQuery]):
    """The institution's answers, public once its report is: before, 404."""
    consultation = _consultation_or_404(consultation_id)
    if not permissions.can_see_answers(READER, consultation):
        raise Http404
    return paginate(reports.published_answers(consultation), filters, ("pk",))
