"""The read side of comments, shared by the consultation page, the live
events and the report: every list comes with what its template needs already
fetched, so a page's queries do not grow with its comments."""

from dataclasses import dataclass, field

from django.db.models import Count, F, Prefetch, Q, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from wagtail.models import Page
from wagtail.permissions import policy_registry

from consultations.models import Comment, CommentState, CoSignature, Flag
from consultations.permissions import can_see

WHOLE_DRAFT = ""


def with_details(comments):
    """Comments with their author, organisation, co-signers and answer."""
    return comments.select_related("author", "organisation", "answer").prefetch_related(
        Prefetch("cosignatures", queryset=CoSignature.objects.select_related("organisation"))
    )


def threads(comments):
    """Top-level comments with the visible replies of each, oldest first, as
    the list ``visible_replies`` (a list, not a related manager: Django
    would clone a queryset for each of hundreds of threads)."""
    return with_details(comments.top_level()).prefetch_related(
        Prefetch(
            "replies", queryset=with_details(Comment.objects.visible()), to_attr="visible_replies"
        )
    )


def pages_shown_in_admin(user, pages):
    """``pages`` that are live, or not yet published but ``user`` may act on
    (officials in their institution's section, editors everywhere): lists of
    the admin that are not Wagtail's explorer show no one else's drafts."""
    user_pages = policy_registry.get_by_type(Page).instances_user_has_any_permission_for(
        user, {"add", "change", "publish"}
    )
    return pages.filter(Q(live=True) | Q(pk__in=user_pages.values("pk")))


def visible_comments(consultation):
    return Comment.objects.for_consultation(consultation).visible()


def visible_comment_or_404(user, consultation, comment_id):
    """The comment ``comment_id`` of this consultation (in any of its
    languages) if ``user`` may see it (``permissions.can_see``), else Http404.
    Every page about one comment loads it here, so a comment its reader may
    not see is not found, exactly as one that does not exist or belongs to
    another consultation (a 403 would confirm that it exists)."""
    comment = (
        with_details(Comment.objects.for_consultation(consultation))
        .select_related("parent")
        .filter(pk=comment_id)
        .first()
    )
    if comment is None or not can_see(user, consultation.original, comment):
        raise Http404
    return comment


def flags_of(comment):
    """The readers' flags on ``comment``, oldest first, with who flagged: for
    the moderators' pages only (the reasons and names are theirs alone)."""
    return (
        Flag.objects.filter(comment=comment)
        .select_related("flagged_by")
        .order_by("flagged_at", "pk")
    )


def part_threads(consultation, part_id):
    """Every thread on one part (``""``: the draft as a whole), oldest first, for paging."""
    return threads(visible_comments(consultation).on_part(part_id)).order_by("created_at", "pk")


@dataclass
class PartComments:
    """What a reader sees of one part's comments on the consultation page."""

    part_id: str
    count: int = 0  # comments and replies
    thread_count: int = 0
    latest: list = field(default_factory=list)  # the newest threads, in reading order

    @property
    def has_more(self):
        return self.thread_count > len(self.latest)


def comments_by_part(consultation, per_part, whole_draft=None):
    """``{part_id: PartComments}`` for every part with comments: counts in one
    query, the ``per_part`` newest threads of each part (``whole_draft`` of the
    draft as a whole, ``per_part`` unless given) in one more, and their details
    in a fixed number, however many comments there are."""
    whole_draft = per_part if whole_draft is None else whole_draft
    summary = {
        row["part_id"]: PartComments(row["part_id"], row["count"], row["threads"])
        for row in visible_comments(consultation)
        .values("part_id")
        .annotate(count=Count("pk"), threads=Count("pk", filter=Q(parent__isnull=True)))
        .order_by()
    }
    newest = (
        visible_comments(consultation)
        .top_level()
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("part_id")],
                order_by=[F("created_at").desc(), F("pk").desc()],
            )
        )
        .filter(
            Q(part_id=WHOLE_DRAFT, rank__lte=whole_draft)
            | (~Q(part_id=WHOLE_DRAFT) & Q(rank__lte=per_part))
        )
    )
    for comment in threads(newest).order_by("created_at", "pk"):
        summary[comment.part_id].latest.append(comment)
    return summary


def moderation_queue():
    """Comments waiting for a moderator, oldest first: pending ones, and
    those readers' flags have hidden until a moderator decides."""
    return (
        Comment.objects.filter(
            state__in=[CommentState.PENDING, CommentState.HIDDEN_BY_FLAGS],
            withdrawn_at__isnull=True,
        )
        .select_related("consultation")
        .order_by("created_at", "pk")
    )
