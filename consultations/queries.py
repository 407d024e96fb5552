"""The read side of comments, shared by the consultation page, the live
events and the report: every list comes with what its template needs already
fetched, so a page's queries do not grow with its comments."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber
from django.http import Http404
from django.utils import timezone
from wagtail.models import Page
from wagtail.permissions import policy_registry

from consultations.blocks import PART_KIND_CHOICES
from consultations.models import (
    Comment,
    CommentKind,
    CommentState,
    ConsultationPage,
    ConsultationReport,
    ConsultationSubscription,
    CoSignature,
    Flag,
    status_conditions,
)
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


def public_consultations():
    """Live consultations that anyone may read, in every language, each with
    its status as ``status_value`` (one query for the lot, not one a page),
    its institution, locale and policy areas: what the read API lists."""
    conditions = status_conditions(timezone.now())
    return (
        ConsultationPage.objects.live()
        .public()
        .annotate(
            status_value=Case(
                *[
                    When(condition, then=Value(status.value))
                    for status, condition in conditions.items()
                ],
                output_field=CharField(),
            )
        )
        .select_related("institution", "locale")
        .prefetch_related("policy_areas")
    )


def thread_comments(consultation):
    """Every comment of the public thread of ``consultation`` (hidden and
    withdrawn ones too, which readers see as the reason or a tombstone), with
    its details and its parent, for ``permissions.can_see`` to decide on the text."""
    return with_details(visible_comments(consultation)).select_related("parent")


def visible_comments(consultation):
    return Comment.objects.for_consultation(consultation).visible()


def public_amendments(consultation):
    """The amendments whose wording readers see: published and not withdrawn
    (a hidden one shows only the moderator's reason) nor removed by an author
    who left (``Comment.is_removed``), first in their thread, oldest first,
    each with its organisation."""
    return (
        visible_comments(consultation)
        .top_level()
        .filter(kind=CommentKind.AMENDMENT, state=CommentState.PUBLISHED, withdrawn_at=None)
        .exclude(text="")
        .select_related("organisation")
    )


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


def usual_organisation(user, organisations):
    """The one of ``organisations`` that ``user`` usually speaks for, to
    preselect: the one of their latest comment, else the one their profile
    names, else their only one; None when nothing says (they then choose)."""
    latest = (
        Comment.objects.filter(author=user, organisation__in=organisations)
        .order_by("-created_at", "-pk")
        .values_list("organisation", flat=True)
        .first()
    )
    if latest is not None:
        return latest
    if user.speaking_for_id and organisations.filter(pk=user.speaking_for_id).exists():
        return user.speaking_for_id
    only = list(organisations.values_list("pk", flat=True)[:2])
    return only[0] if len(only) == 1 else None


def part_threads(consultation, part_id, language=""):
    """Every thread on one part (``""``: the draft as a whole) begun in
    ``language`` (any: ``""``), oldest first, for paging."""
    comments = visible_comments(consultation).on_part(part_id).in_language(language)
    return threads(comments).order_by("created_at", "pk")


@dataclass
class PartComments:
    """What a reader sees of one part's comments on the consultation page."""

    part_id: str
    count: int = 0  # comments and replies
    thread_count: int = 0
    # The threads shown, in reading order: the newest, and the most co-signed
    # one, which a newer comment must not push out of view.
    latest: list = field(default_factory=list)

    @property
    def has_more(self):
        return self.thread_count > len(self.latest)

    @property
    def folded(self):
        """How many comments, replies included, the part does not show."""
        return self.count - sum(1 + len(thread.visible_replies) for thread in self.latest)

    @property
    def shows_supported(self):
        """Whether a thread is shown for its co-signatures rather than its date."""
        return any(thread.support for thread in self.latest)


def part_counts(consultation, language=""):
    """``{part_id: PartComments}`` with the counts of every part that has
    comments (``""``: the draft as a whole) in ``language`` (any: ``""``), in one query."""
    return {
        row["part_id"]: PartComments(row["part_id"], row["count"], row["threads"])
        for row in visible_comments(consultation)
        .in_language(language)
        .values("part_id")
        .annotate(count=Count("pk"), threads=Count("pk", filter=Q(parent__isnull=True)))
        .order_by()
    }


def comments_by_part(consultation, per_part, whole_draft=None, language=""):
    """``{part_id: PartComments}`` for every part with comments: counts in one
    query, the ``per_part`` newest threads of each part (``whole_draft`` of the
    draft as a whole, ``per_part`` unless given) and its most co-signed one in
    one more, and their details in a fixed number, however many comments there
    are. With a ``language``, only the threads begun in it."""
    whole_draft = per_part if whole_draft is None else whole_draft
    summary = part_counts(consultation, language)
    support = Coalesce(
        Subquery(
            CoSignature.objects.filter(comment=OuterRef("pk"))
            .order_by()
            .values("comment")
            .annotate(count=Count("pk"))
            .values("count")
        ),
        0,
    )
    newest_first = [F("created_at").desc(), F("pk").desc()]
    shown = (
        visible_comments(consultation)
        .in_language(language)
        .top_level()
        .annotate(
            support=support,
            rank=Window(RowNumber(), partition_by=[F("part_id")], order_by=newest_first),
            support_rank=Window(
                RowNumber(),
                partition_by=[F("part_id")],
                order_by=[F("support").desc(), *newest_first],
            ),
        )
        .filter(
            Q(part_id=WHOLE_DRAFT, rank__lte=whole_draft)
            | (~Q(part_id=WHOLE_DRAFT) & Q(rank__lte=per_part))
            | Q(support_rank=1, support__gt=0)
        )
    )
    for comment in threads(shown).order_by("created_at", "pk"):
        summary[comment.part_id].latest.append(comment)
    return summary


MOST_COMMENTED = 5
PART_KINDS = dict(PART_KIND_CHOICES)


@dataclass
class ContentsEntry:
    """A chapter, article or preamble in the draft's table of contents, with
    the comments on it (an article's include those on its paragraphs) and,
    for a chapter, its articles."""

    part_id: str
    kind: str
    label: str
    title: str
    count: int = 0
    entries: list = field(default_factory=list)

    @property
    def kind_label(self):
        """What to call a part that has neither heading nor title (a preamble)."""
        return PART_KINDS.get(self.kind, "")


@dataclass
class DraftContents:
    entries: list  # in document order, articles inside their chapter
    whole_draft: int  # comments on the draft as a whole
    most_commented: list  # the entries with most comments, most first
    languages: dict  # {language code: comments in the threads begun in it}
    language: str = ""  # the language the comments are filtered by, if any

    @property
    def language_choices(self):
        """``(code, count)`` of each language with comments, in the site's order."""
        return [
            (code, self.languages[code])
            for code, _name in settings.LANGUAGES
            if code in self.languages
        ]

    @property
    def comment_count(self):
        return sum(self.languages.values())


def draft_contents(page, by_part, language=""):
    """The table of contents of ``page``'s draft in its language, with the
    comment counts of every part (``by_part``: ``part_counts`` or
    ``comments_by_part``, of the threads begun in ``language`` if given) from
    the stored stream, and of every language from one query."""
    counts = {part_id: part.count for part_id, part in by_part.items()}
    languages = {
        row["thread_language"]: row["count"]
        for row in visible_comments(page)
        .values(thread_language=Coalesce("parent__language", "language"))
        .annotate(count=Count("pk"))
        .order_by()
    }
    entries, listed = [], []
    chapter = article = None
    for item in page.draft.raw_data:
        value, count = item["value"], counts.get(item["id"], 0)
        kind = value.get("kind", "article")
        owner = article or chapter
        if kind == "paragraph" and owner is not None:
            # Listed with the article (or chapter) it is in, and counted there.
            owner.count += count
            continue
        entry = ContentsEntry(
            item["id"], kind, value.get("label", ""), value.get("title", ""), count
        )
        listed.append(entry)
        if kind == "chapter":
            chapter, article = entry, None
            entries.append(entry)
        elif kind == "article":
            article = entry
            (chapter.entries if chapter else entries).append(entry)
        else:
            entries.append(entry)
    most_commented = sorted(
        (entry for entry in listed if entry.count), key=lambda entry: -entry.count
    )[:MOST_COMMENTED]
    return DraftContents(entries, counts.get(WHOLE_DRAFT, 0), most_commented, languages, language)


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


def personal_data(user):
    """What consultations hold about ``user``, for the download of their data
    (the PERSONAL_DATA hook): their comments with every wording and, once the
    report is public, the answer; their co-signatures, flags and subscription.
    Other people appear only as organisations."""
    comments = (
        Comment.objects.filter(author=user)
        .select_related("consultation", "organisation", "answer")
        .prefetch_related("revisions", "cosignatures__organisation")
        .order_by("created_at", "pk")
    )
    public_reports = set(
        ConsultationReport.objects.filter(
            consultation__in={comment.consultation_id for comment in comments},
            published_at__lte=timezone.now(),
        ).values_list("consultation_id", flat=True)
    )
    subscription = ConsultationSubscription.objects.filter(user=user).first()
    return {
        "comments": [_comment_data(comment, public_reports) for comment in comments],
        "cosignatures": [
            {
                "comment": cosignature.comment_id,
                "consultation": cosignature.comment.consultation.title,
                "organisation": cosignature.organisation.name,
                "signed_at": cosignature.signed_at,
            }
            for cosignature in CoSignature.objects.filter(signed_by=user)
            .select_related("comment__consultation", "organisation")
            .order_by("signed_at", "pk")
        ],
        "flags": [
            {"comment": flag.comment_id, "reason": flag.reason, "flagged_at": flag.flagged_at}
            for flag in Flag.objects.filter(flagged_by=user).order_by("flagged_at", "pk")
        ],
        "subscription": {
            "countries": subscription.countries,
            "policy_areas": [area.name for area in subscription.policy_areas.all()],
            "subscribed_at": subscription.created_at,
        }
        if subscription is not None
        else None,
    }


def _comment_data(comment, public_reports):
    answer = getattr(comment, "answer", None)
    return {
        "id": comment.pk,
        "consultation": comment.consultation.title,
        "reply_to": comment.parent_id,
        "kind": comment.kind,
        "state": comment.state,
        "part": comment.part_label,
        "language": comment.language,
        "organisation": comment.organisation.name if comment.organisation_id else None,
        "text": comment.text,
        "proposed_text": comment.proposed_text,
        "attachment": comment.attachment.name.rsplit("/", 1)[-1] if comment.attachment else None,
        "moderation_reason": comment.moderation_reason,
        "posted_at": comment.created_at,
        "edited_at": comment.edited_at,
        "withdrawn_at": comment.withdrawn_at,
        "earlier_wordings": [
            {
                "text": revision.text,
                "proposed_text": revision.proposed_text,
                "replaced_at": revision.replaced_at,
            }
            for revision in comment.revisions.all()
        ],
        "cosigned_by": [
            cosignature.organisation.name for cosignature in comment.cosignatures.all()
        ],
        "answer": {"outcome": answer.outcome, "reasoning": answer.reasoning}
        if answer is not None and comment.consultation_id in public_reports
        else None,
    }
