"""The read side of answers and reports: the comments an institution answers,
the figures of a consultation report and an institution's record. Every
figure is an aggregate query, so the number of queries does not grow with
the number of comments."""

from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import OrganisationKind
from accounts.permissions import has_role, is_editor, speakable_organisations
from accounts.roles import PUBLIC_OFFICIALS
from consultations.models import (
    Comment,
    CommentKind,
    CommentState,
    ConsultationPage,
    ConsultationReport,
    ConsultationStatus,
    MinimumPeriod,
    Outcome,
    status_conditions,
)
from iris_site.geography import Country

INDIVIDUAL = "individual"
ORGANISATION_TYPES = [
    *OrganisationKind.choices,
    (INDIVIDUAL, _("Individuals")),
]
WHOLE_DRAFT = _("The draft as a whole")
REMOVED_PART = _("A part removed from the draft since")


def originals(consultations):
    """``consultations`` in their original language only (see
    ``ConsultationPage.original``): each counted once."""
    return consultations.exclude(
        Exists(
            ConsultationPage.objects.filter(
                translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk")
            )
        )
    )


def answerable_comments(consultation):
    """The comments the institution answers: published, not withdrawn, not
    replies, on the consultation in any of its languages."""
    return Comment.objects.for_consultation(consultation).filter(
        parent__isnull=True, state=CommentState.PUBLISHED, withdrawn_at__isnull=True
    )


def answering_comments(consultation, unanswered=False, kind="", organisation_type=""):
    """The answering screen's list, filtered, with what each row shows."""
    comments = answerable_comments(consultation).select_related("organisation", "author", "answer")
    if unanswered:
        comments = comments.filter(answer__isnull=True)
    if kind:
        comments = comments.filter(kind=kind)
    if organisation_type == INDIVIDUAL:
        comments = comments.filter(organisation__isnull=True)
    elif organisation_type:
        comments = comments.filter(organisation__kind=organisation_type)
    return comments.order_by("created_at", "pk")


@dataclass
class PartGroup:
    """The comments on one part of the draft, in document order."""

    part_id: str
    label: str
    comments: list = field(default_factory=list)


def part_labels(consultation):
    """Each part's label ("Article 5 Registration"), keyed by block id in
    document order, the whole draft first."""
    labels = {"": str(WHOLE_DRAFT)}
    for block in consultation.parts():
        labels[block.id] = " ".join(filter(None, [block.value["label"], block.value["title"]]))
    return labels


def group_by_part(consultation, comments):
    """``comments`` grouped under the parts of the draft in document order:
    the whole draft first, then each part; parts removed from the draft since
    keep the label they had when commented on, at the end."""
    groups = {
        part_id: PartGroup(part_id, label) for part_id, label in part_labels(consultation).items()
    }
    for comment in comments:
        group = groups.get(comment.part_id)
        if group is None:
            group = groups[comment.part_id] = PartGroup(comment.part_id, comment.part_label)
        group.comments.append(comment)
    return [group for group in groups.values() if group.comments]


def mark_identical(comments):
    """Set ``identical_count`` on each of ``comments``: how many of them share
    its wording, ignoring case and spacing. The answering screen offers to
    answer those together."""

    def wording(comment):
        return " ".join(comment.text.lower().split())

    counts = {}
    for comment in comments:
        counts[wording(comment)] = counts.get(wording(comment), 0) + 1
    for comment in comments:
        # Removed comments have no wording left to share.
        comment.identical_count = counts[wording(comment)] if comment.text else 1
    return comments


def report_comments(consultation):
    """Every answerable comment with its answer, for the report and exports."""
    return (
        answerable_comments(consultation)
        .select_related("organisation", "answer")
        .prefetch_related("cosignatures__organisation")
        .order_by("created_at", "pk")
    )


@dataclass
class Figure:
    """One row of a figures table: what is counted and how many."""

    label: str
    count: int


def _rows(counts, choices):
    """Figures, most first, ties in the order of their labels."""
    labels = dict(choices)
    figures = [Figure(str(labels.get(key, key)), count) for key, count in counts if count]
    return sorted(figures, key=lambda figure: (-figure.count, figure.label))


def share(part, whole):
    """``part`` of ``whole`` as a whole percentage, None when there is nothing to count."""
    return round(100 * part / whole) if whole else None


def days_between(start, end):
    if start is None or end is None:
        return None
    return (end - start).days


@dataclass
class ReportFigures:
    total: int
    answered: int
    from_hearings: int
    by_part: list
    by_kind: list
    by_organisation_type: list
    by_country: list
    by_outcome: list
    days_to_report: int | None

    @property
    def share_answered(self):
        return share(self.answered, self.total)


def report_figures(consultation, report=None):
    """The figures of the report, each an aggregate query."""
    comments = answerable_comments(consultation)
    totals = comments.aggregate(
        total=Count("pk"),
        answered=Count("answer"),
        from_hearings=Count("pk", filter=Q(kind=CommentKind.HEARING)),
    )
    labels = part_labels(consultation)
    order = list(labels)
    counts = dict(comments.values_list("part_id").annotate(count=Count("pk")))
    by_part = [
        Figure(labels.get(part_id, str(REMOVED_PART)), counts[part_id])
        for part_id in sorted(
            counts, key=lambda part_id: order.index(part_id) if part_id in order else len(order)
        )
    ]
    return ReportFigures(
        total=totals["total"],
        answered=totals["answered"],
        from_hearings=totals["from_hearings"],
        by_part=by_part,
        by_kind=_rows(_grouped(comments, "kind"), CommentKind.choices),
        by_organisation_type=_rows(
            _grouped(comments, "organisation__kind", INDIVIDUAL), ORGANISATION_TYPES
        ),
        by_country=_rows(
            _grouped(comments, "organisation__country", INDIVIDUAL),
            [*Country.choices, (INDIVIDUAL, _("Individuals"))],
        ),
        by_outcome=_rows(
            _grouped(comments, "answer__outcome", ""),
            [*Outcome.choices, ("", _("Not answered"))],
        ),
        days_to_report=days_between(
            consultation.closes_at, report.published_at if report else None
        ),
    )


def _grouped(comments, field_name, empty=None):
    """(value, count) pairs of ``comments`` grouped by ``field_name``."""
    rows = comments.values(field_name).annotate(count=Count("pk")).order_by()
    return [
        (row[field_name] if row[field_name] is not None else empty, row["count"]) for row in rows
    ]


class AnswerShares:
    """Shares of ``comments`` answered and of those ``accepted``, in percent."""

    @property
    def share_answered(self):
        return share(self.answered, self.comments)

    @property
    def share_accepted(self):
        return share(self.accepted, self.answered)


@dataclass
class ConsultationRecord(AnswerShares):
    """How one consultation of an institution went, for its public record."""

    consultation: ConsultationPage
    minimum_days: int | None
    report_published_at: object
    comments: int
    answered: int
    accepted: int

    @property
    def days_open(self):
        return days_between(self.consultation.opens_at, self.consultation.closes_at)

    @property
    def minimum_met(self):
        """True or False against the country's legal minimum; None where none is set."""
        if self.minimum_days is None:
            return None
        return self.days_open >= self.minimum_days

    @property
    def days_to_answer(self):
        return days_between(self.consultation.closes_at, self.report_published_at)


@dataclass
class InstitutionRecord(AnswerShares):
    records: list

    @property
    def count(self):
        return len(self.records)

    @property
    def minimum_met(self):
        return sum(1 for record in self.records if record.minimum_met)

    @property
    def measured(self):
        return sum(1 for record in self.records if record.minimum_met is not None)

    @property
    def comments(self):
        return sum(record.comments for record in self.records)

    @property
    def answered(self):
        return sum(record.answered for record in self.records)

    @property
    def accepted(self):
        return sum(record.accepted for record in self.records)

    @property
    def average_days_to_answer(self):
        days = [r.days_to_answer for r in self.records if r.days_to_answer is not None]
        return round(sum(days) / len(days)) if days else None


ACCEPTED = [Outcome.ACCEPTED, Outcome.PARTLY_ACCEPTED]
# A consultation's comments that its institution answers, as a condition on
# the consultation (``answerable_comments`` is the same list for one).
ANSWERABLE = Q(
    comments__parent__isnull=True,
    comments__state=CommentState.PUBLISHED,
    comments__withdrawn_at__isnull=True,
)


def institution_record(institution):
    """The public record of ``institution``: each of its live consultations
    (in their original language) with its figures, in four queries."""
    consultations = (
        originals(ConsultationPage.objects.live().public().filter(institution=institution))
        .annotate(
            comment_count=Count("comments", filter=ANSWERABLE),
            answered_count=Count("comments", filter=ANSWERABLE & Q(comments__answer__isnull=False)),
            accepted_count=Count(
                "comments", filter=ANSWERABLE & Q(comments__answer__outcome__in=ACCEPTED)
            ),
        )
        .order_by("-opens_at", "pk")
    )
    consultations = list(consultations)
    reports = {
        report.consultation_id: report
        for report in ConsultationReport.objects.filter(
            consultation__in=consultations, published_at__lte=timezone.now()
        )
    }
    minimum = dict(MinimumPeriod.objects.values_list("country", "days"))
    for consultation in consultations:
        # The page's status reads its report: give it the one fetched here.
        consultation.published_report = reports.get(consultation.pk)
    return InstitutionRecord(
        [
            ConsultationRecord(
                consultation=consultation,
                minimum_days=minimum.get(consultation.country),
                report_published_at=getattr(consultation.published_report, "published_at", None),
                comments=consultation.comment_count,
                answered=consultation.answered_count,
                accepted=consultation.accepted_count,
            )
            for consultation in consultations
        ]
    )


def consultations_to_answer(user):
    """The consultations whose answering screen ``user`` opens: every one for
    editors, their institution's for officials; originals only, newest
    closing first."""
    consultations = originals(ConsultationPage.objects.all())
    if not is_editor(user):
        consultations = consultations.filter(
            institution__in=speakable_organisations(user).filter(
                kind__in=OrganisationKind.governmental()
            )
        )
    return consultations.select_related("institution").order_by("-closes_at", "pk")


def official_institutions(user):
    """The institutions ``user`` acts for as a public official."""
    institutions = speakable_organisations(user).filter(kind__in=OrganisationKind.governmental())
    return institutions if has_role(user, PUBLIC_OFFICIALS) else institutions.none()


def is_official(user):
    return official_institutions(user).exists()


def institution_dashboard(user):
    """What an official has to do, for their admin dashboard: their
    institution's consultations still open or waiting for answers, closing
    first, each with its comments not yet answered. Only the institutions
    they are an official of, never another's (editors included: their
    dashboard shows other work)."""
    conditions = status_conditions(timezone.now())
    return (
        originals(ConsultationPage.objects.filter(institution__in=official_institutions(user)))
        .filter(conditions[ConsultationStatus.OPEN] | conditions[ConsultationStatus.CLOSED])
        .annotate(
            unanswered=Count("comments", filter=ANSWERABLE & Q(comments__answer__isnull=True))
        )
        .select_related("institution")
        .order_by("closes_at", "pk")
    )
