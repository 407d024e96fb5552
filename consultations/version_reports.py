"""The read side of the draft's versions: the version a new one follows, the
versions a reader may compare, and what changed between two of them with the
comments behind each change."""

from dataclasses import dataclass

from django.db.models import Prefetch, Q

from consultations.blocks import part_rows
from consultations.matching import compare
from consultations.models import DraftVersion, PartChange
from consultations.reports import answerable_comments


def draft_rows(consultation):
    """``(id, kind, label, title, text)`` of each part of the page's draft."""
    return part_rows(consultation.draft)


def latest_version_rows(consultation):
    """The number and parts of the version a new one follows: the latest
    version, or the consulted draft (number 1) before any was made."""
    latest = DraftVersion.objects.filter(consultation=consultation).order_by("-number").first()
    if latest is not None:
        return latest.number, latest.rows()
    return 1, draft_rows(consultation)


def previous_version(version):
    return DraftVersion.objects.get(consultation=version.consultation, number=version.number - 1)


def versions_of(consultation):
    """Every version of ``consultation``, for the admin."""
    return list(DraftVersion.objects.filter(consultation=consultation.original))


def has_public_versions(consultation):
    """Whether a version after the consulted one is published."""
    return DraftVersion.objects.filter(
        consultation=consultation.original, number__gt=1, published_at__isnull=False
    ).exists()


def public_versions(consultation):
    """The versions readers may compare: the consulted one and every
    published one, once at least one revision is published."""
    versions = list(
        DraftVersion.objects.filter(consultation=consultation.original).filter(
            Q(published_at__isnull=False) | Q(number=1)
        )
    )
    return versions if len(versions) > 1 else []


def changes_between(earlier, later, with_answers):
    """Each part compared from version ``earlier`` to ``later``, each change
    with the published comments linked to it in the versions between (their
    answers with them when ``with_answers``)."""
    diffs = compare(earlier.rows(), later.rows())
    comments = answerable_comments(earlier.consultation).select_related("organisation")
    if with_answers:
        comments = comments.select_related("answer")
    links = PartChange.objects.filter(
        version__consultation=earlier.consultation,
        version__number__gt=earlier.number,
        version__number__lte=later.number,
    ).prefetch_related(Prefetch("comments", queryset=comments.order_by("created_at", "pk")))
    linked = {}
    for change in links:
        for comment in change.comments.all():
            linked.setdefault(change.part_id, {})[comment.pk] = comment
    for diff in diffs:
        if diff.is_change:
            diff.comments = list(linked.get(diff.part_id, {}).values())
    return diffs


@dataclass
class ChangeLink:
    """A change a comment is linked to: the version and the part's label."""

    number: int
    label: str


def changes_by_comment(consultation):
    """For each comment linked to a change of the draft, the changes it led
    to, in version order: what the answering screen offers to cite."""
    links = (
        PartChange.comments.through.objects.filter(
            partchange__version__consultation=consultation.original
        )
        .select_related("partchange__version")
        .order_by("partchange__version__number", "pk")
    )
    labels = {}
    changes = {}
    for link in links:
        version = link.partchange.version
        if version.pk not in labels:
            labels[version.pk] = {
                diff.part_id: diff.label
                for diff in compare(previous_version(version).rows(), version.rows())
            }
        label = labels[version.pk].get(link.partchange.part_id, "")
        changes.setdefault(link.comment_id, []).append(ChangeLink(version.number, label))
    return changes
