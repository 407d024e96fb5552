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
from consultations import similarity
from consultations.models import (
    Answer,
    Comment,
    CommentKind,
    CommentState,
    ConsultationPage,
    ConsultationReport,
    ConsultationStatus,
    MinimumPeriod,
    Outcome,
    PartChange,
    status_conditions,
)
from consultations.wording import wording_diff
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


def published_answers(consultation):
    """The answers that the consultation's report made public (ask
    ``permissions.can_see_answers`` first), with the comment each answers."""
    return Answer.objects.filter(comment__in=answerable_comments(consultation))


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
    """``comments`` (or groups of them, ``SimilarGroup``) grouped under the
    parts of the draft in document order: the whole draft first, then each part; parts removed from the draft since
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


@dataclass
class Variant:
    """One wording in a group of near-identical comments: its word changes
    against the group's common wording (none for that wording itself) and the
    comments that say it (ignoring case, spacing and punctuation)."""

    changes: list
    comments: list

    @property
    def count(self):
        return len(self.comments)


class SimilarGroup:
    """Comments on the same part with near-identical text (a campaign or a
    template with small edits), in the order they were posted; a comment
    like no other is a group of one. The group's text is its most common
    wording, the earliest on a tie."""

    def __init__(self, comments):
        self.comments = comments
        self.number = None  # numbered by ``number_groups`` where a list shows it
        by_wording = {}
        for comment in comments:
            by_wording.setdefault(similarity.normalise(comment.text), []).append(comment)
        ranked = sorted(by_wording.items(), key=lambda item: len(item[1]), reverse=True)
        common, self.representative = ranked[0][0], ranked[0][1][0]
        # Each variant's words against the common wording, case, spacing and
        # punctuation aside (as they are when grouping).
        self.variants = [
            Variant(wording_diff(common, wording) if wording != common else [], same)
            for wording, same in ranked
        ]

    def __len__(self):
        return len(self.comments)

    @property
    def edited_variants(self):
        """The wordings other than the common one, each with its changes."""
        return self.variants[1:]

    @property
    def size(self):
        return len(self.comments)

    @property
    def part_id(self):
        return self.representative.part_id

    @property
    def part_label(self):
        return self.representative.part_label

    @property
    def member_ids(self):
        return ",".join(str(pk) for pk in sorted(comment.pk for comment in self.comments))

    @property
    def answered(self):
        """The members that already have an answer."""
        return [comment for comment in self.comments if _answer(comment) is not None]

    @property
    def organisations(self):
        """The organisations its members spoke for, each once, in order."""
        return list(
            dict.fromkeys(c.organisation for c in self.comments if c.organisation is not None)
        )

    @property
    def individuals(self):
        """How many members individuals sent (the report names no one)."""
        return sum(1 for comment in self.comments if comment.organisation is None)

    @property
    def unanswered(self):
        return [comment for comment in self.comments if _answer(comment) is None]

    @property
    def answers(self):
        """The different answers its members have, each once with how many
        members have it, most first."""
        counts = {}
        for comment in self.answered:
            key = (comment.answer.outcome, comment.answer.reasoning)
            counts.setdefault(key, []).append(comment)
        return sorted(
            ((members[0].answer, len(members)) for members in counts.values()),
            key=lambda pair: -pair[1],
        )


def _answer(comment):
    return getattr(comment, "answer", None)


def similar_groups(comments):
    """``comments`` in groups of near-identical text, only comments on the
    same part together (the whole draft's with the whole draft's), the groups
    in the order of their first comment. Each comment knows its group as
    ``similar_group``."""
    comments = list(comments)
    by_part = {}
    for comment in comments:
        if comment.is_removed:
            # A comment removed at its author's request has no wording left
            # to share: it stands alone.
            continue
        by_part.setdefault(comment.part_id, []).append(comment)
    groups = [SimilarGroup([comment]) for comment in comments if comment.is_removed]
    for on_part in by_part.values():
        for indexes in similarity.group_texts(comment.text for comment in on_part):
            groups.append(SimilarGroup([on_part[index] for index in indexes]))
    for group in groups:
        for comment in group.comments:
            comment.similar_group = group
    order = {comment.pk: position for position, comment in enumerate(comments)}
    return sorted(groups, key=lambda group: order[group.comments[0].pk])


def number_groups(groups):
    """Number the groups of more than one comment 1, 2, … in the order given,
    as the report and its exports name them."""
    several = [group for group in groups if len(group) > 1]
    for number, group in enumerate(several, start=1):
        group.number = number
    return groups


def similar_group_of(consultation, comment_ids):
    """The group of near-identical comments that the answerable ones among
    ``comment_ids`` belong to now (the one holding most of them), or None
    when none of them can be answered any more."""
    still = list(answerable_comments(consultation).filter(pk__in=comment_ids))
    if not still:
        return None
    part_ids = {comment.part_id for comment in still}
    on_parts = answerable_comments(consultation).filter(part_id__in=part_ids)
    groups = similar_groups(on_parts.select_related("answer").order_by("created_at", "pk"))
    wanted = set(comment_ids)
    return max(groups, key=lambda group: len(wanted & {c.pk for c in group.comments}))


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
    accepted: int = 0
    accepted_changed: int = 0
    similar: "SimilarFigures | None" = None

    @property
    def share_answered(self):
        return share(self.answered, self.total)

    @property
    def accepted_unchanged(self):
        """Comments accepted that no published version of the draft shows a change for."""
        return self.accepted - self.accepted_changed


@dataclass
class SimilarFigures:
    """How many comments came in groups of near-identical text, and in how
    many groups: a campaign counts as its members and as one group."""

    groups: int
    members: int
    largest: int


def similar_figures(groups):
    several = [len(group) for group in groups if len(group) > 1]
    return SimilarFigures(len(several), sum(several), max(several, default=0))


def report_figures(consultation, report=None, groups=None):
    """The figures of the report, each an aggregate query; with the report's
    ``similar_groups`` also how many comments came in groups."""
    comments = answerable_comments(consultation)
    totals = comments.annotate(changed=LED_TO_CHANGE).aggregate(
        total=Count("pk"),
        answered=Count("answer"),
        from_hearings=Count("pk", filter=Q(kind=CommentKind.HEARING)),
        accepted=Count("pk", filter=Q(answer__outcome__in=ACCEPTED)),
        accepted_changed=Count("pk", filter=Q(answer__outcome__in=ACCEPTED, changed=True)),
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
        accepted=totals["accepted"],
        accepted_changed=totals["accepted_changed"],
        similar=similar_figures(groups) if groups is not None else None,
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
    accepted_changed: int = 0

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
    def accepted_changed(self):
        return sum(record.accepted_changed for record in self.records)

    @property
    def accepted_unchanged(self):
        return self.accepted - self.accepted_changed

    @property
    def average_days_to_answer(self):
        days = [r.days_to_answer for r in self.records if r.days_to_answer is not None]
        return round(sum(days) / len(days)) if days else None


ACCEPTED = [Outcome.ACCEPTED, Outcome.PARTLY_ACCEPTED]
# A comment that a published version of the draft names as a reason for a change.
LED_TO_CHANGE = Exists(
    PartChange.comments.through.objects.filter(
        comment_id=OuterRef("pk"), partchange__version__published_at__isnull=False
    )
)
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
    return consultations_record(institution=institution)


def country_record(country):
    """The same record of every live consultation in ``country``."""
    return consultations_record(country=country)


def consultations_record(**conditions):
    """The record of the live, public consultations that meet ``conditions``."""
    consultations = (
        originals(ConsultationPage.objects.live().public().filter(**conditions))
        .select_related("institution")
        .annotate(
            comment_count=Count("comments", filter=ANSWERABLE),
            answered_count=Count("comments", filter=ANSWERABLE & Q(comments__answer__isnull=False)),
            accepted_count=Count(
                "comments", filter=ANSWERABLE & Q(comments__answer__outcome__in=ACCEPTED)
            ),
            accepted_changed_count=Count(
                "comments",
                filter=ANSWERABLE
                & Q(comments__answer__outcome__in=ACCEPTED)
                & Q(comments__in=Comment.objects.filter(LED_TO_CHANGE)),
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
                accepted_changed=consultation.accepted_changed_count,
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
