"""Live comment threads: each change the actions signal becomes a numbered
event, written in the action's transaction and sent to the consultation's
readers once that transaction commits.

An event is rendered once per language the consultation is published in and
sent as one group message that already holds the frame the browser receives,
so each reader's socket only compares a number and forwards text. A reader
that misses events (a dropped connection, a message the channel layer dropped,
events of two processes arriving out of order) fills the gap from the
database by sequence number: ``catch_up``."""

import functools
import json

from django.db.models import Count, Q
from django.utils import translation
from django.utils.translation import gettext, ngettext

from consultations import queries, signals
from consultations.comment_fragments import render_fragments
from consultations.models import (
    THREAD_STATES,
    Comment,
    CommentState,
    ConsultationEvent,
    ConsultationPage,
    EventAudience,
    EventKind,
)
from consultations.routes import ANY_CONSULTATION, page_cache_tag
from iris_site import live

PUBLIC = EventAudience.PUBLIC
MODERATORS = EventAudience.MODERATORS
QUEUE_STATES = {CommentState.PENDING, CommentState.HIDDEN_BY_FLAGS}
ANNOUNCED = {EventKind.COMMENT_POSTED, EventKind.REPLY_POSTED, EventKind.ANSWER_PUBLISHED}


def event_group(consultation_id, language, audience):
    return live.event_group("consultation", consultation_id, language, audience)


def readers_group(consultation_id):
    return f"consultation-{consultation_id}-readers"


def published_languages(consultation):
    """``{language code: page}``: the live translations of the consultation."""
    pages = ConsultationPage.objects.live().filter(translation_key=consultation.translation_key)
    return {page.locale.language_code: page for page in pages.select_related("locale")}


# Writing events, in the action's transaction


def record(consultation, changes):
    """Number and write the events ``changes`` (``(audience, kind, comment)``
    triples) in the current transaction; they are sent once it commits
    (``iris_site.live.record`` locks the consultation's row for the numbers)."""
    return live.record(
        ConsultationEvent,
        consultation,
        [(audience, kind, {"comment": comment}) for audience, kind, comment in changes],
        page_cache_tags=(page_cache_tag(consultation.original), ANY_CONSULTATION),
        sent=broadcast,
    )


def comment_changes(comment, public_kind, moderators_kind=None):
    """The events of one change to ``comment``: the public one while the
    comment stands in the thread (``Comment.in_thread``: not while pending or
    rejected, nor a reply in a thread taken out), the moderators' one where
    given."""
    changes = []
    if public_kind and comment.in_thread:
        changes.append((PUBLIC, public_kind, comment))
    if moderators_kind:
        changes.append((MODERATORS, moderators_kind, comment))
    return changes


def posted_kind(comment):
    return EventKind.REPLY_POSTED if comment.parent_id else EventKind.COMMENT_POSTED


def on_comment_posted(comment, **kwargs):
    awaiting = EventKind.COMMENT_AWAITING if comment.state == CommentState.PENDING else None
    record_comment(comment, posted_kind(comment), awaiting)


def on_comment_published(comment, **kwargs):
    record_comment(comment, posted_kind(comment), EventKind.COMMENT_MODERATED)


def on_comment_rejected(comment, **kwargs):
    record_comment(comment, None, EventKind.COMMENT_MODERATED)


def on_comment_edited(comment, **kwargs):
    awaiting = EventKind.COMMENT_EDITED if comment.state == CommentState.PENDING else None
    record_comment(comment, EventKind.COMMENT_EDITED, awaiting)


def on_comment_withdrawn(comment, **kwargs):
    withdrawn = EventKind.COMMENT_WITHDRAWN if comment.state in QUEUE_STATES else None
    record_comment(comment, EventKind.COMMENT_WITHDRAWN, withdrawn)


def on_comment_hidden(comment, **kwargs):
    flagged = EventKind.COMMENT_AWAITING if comment.state == CommentState.HIDDEN_BY_FLAGS else None
    record_comment(comment, EventKind.COMMENT_HIDDEN, flagged)


def on_comment_restored(comment, **kwargs):
    record_comment(comment, EventKind.COMMENT_RESTORED, EventKind.COMMENT_MODERATED)


def on_cosignature_added(comment, **kwargs):
    record_comment(comment, EventKind.COMMENT_COSIGNED)


def record_comment(comment, public_kind, moderators_kind=None):
    changes = comment_changes(comment, public_kind, moderators_kind)
    if changes:
        record(comment.consultation, changes)


def on_answers_published(consultation, **kwargs):
    """The report went public: each answered comment in the thread shows its answer."""
    answered = (
        Comment.objects.for_consultation(consultation)
        .filter(answer__isnull=False, state__in=THREAD_STATES)
        .order_by("created_at", "pk")
    )
    changes = [(PUBLIC, EventKind.ANSWER_PUBLISHED, comment) for comment in answered]
    if changes:
        record(consultation, changes)


RECEIVERS = {
    signals.comment_posted: on_comment_posted,
    signals.comment_published: on_comment_published,
    signals.comment_rejected: on_comment_rejected,
    signals.comment_edited: on_comment_edited,
    signals.comment_withdrawn: on_comment_withdrawn,
    signals.comment_hidden: on_comment_hidden,
    signals.comment_restored: on_comment_restored,
    signals.cosignature_added: on_cosignature_added,
    signals.answers_published: on_answers_published,
}


def connect_receivers():
    for signal, receiver in RECEIVERS.items():
        signal.connect(receiver, dispatch_uid=f"consultations.live.{receiver.__name__}")


# Rendering events into frames


class EventFacts:
    """What the frames of some events show alike in every language, read
    once for all of them: the events' comments, whether answers are public,
    and the counts of the parts and of the moderation queue."""

    def __init__(self, original, events):
        self.original = original
        self.comments = comments_of(events)
        self.answers_public = original.published_report is not None
        self.counts = {}
        self.awaiting = None

    def part_count(self, part_id):
        """``(comments on the whole consultation, comments on the part)``,
        replies included, as the thread shows them, in one query."""
        if part_id not in self.counts:
            self.counts[part_id] = tuple(
                queries.visible_comments(self.original)
                .aggregate(total=Count("pk"), on_part=Count("pk", filter=Q(part_id=part_id)))
                .values()
            )
        return self.counts[part_id]

    def awaiting_count(self):
        if self.awaiting is None:
            self.awaiting = (
                Comment.objects.for_consultation(self.original)
                .filter(state__in=QUEUE_STATES)
                .count()
            )
        return self.awaiting


class FrameRenderer:
    """Frames of events for readers of ``page`` in the active language; each
    comment's fragment is made once per renderer, from the stored names of
    the page's parts (no part is built)."""

    def __init__(self, page, facts):
        self.facts = facts
        self.part_names = page.part_names()
        self.comments = facts.comments
        self.fragments = {
            comment.pk: comment.fragment
            for comment in render_fragments(
                list(self.comments.values()),
                answers_public=facts.answers_public,
                part_names=self.part_names,
            )
        }

    def frame(self, event):
        """The event as the JSON text sent to the browser."""
        payload = {
            "type": "event",
            "stream": event.audience,
            "sequence": event.sequence,
            "kind": event.kind,
        }
        comment = self.comments.get(event.comment_id)
        if comment is not None:
            payload.update(comment=comment.pk, parent=comment.parent_id, part=comment.part_id)
            if event.audience == PUBLIC and not comment.in_thread:
                # Taken out of the thread since (rejected after all, or a
                # reply in a thread rejected since): nothing to show.
                payload["kind"] = "comment_removed"
            else:
                payload["html"] = self.fragments[comment.pk]
                payload["announce"] = self.announcement(event)
        if event.audience == PUBLIC:
            payload["counts"] = self.part_count(comment.part_id if comment else None)
        else:
            payload["awaiting"] = awaiting = self.facts.awaiting_count()
            payload["awaiting_label"] = ngettext(
                "%(count)s comment awaits moderation",
                "%(count)s comments await moderation",
                awaiting,
            ) % {"count": awaiting}
        return json.dumps(payload, separators=(",", ":"))

    def part_name(self, part_id):
        return (part_id and self.part_names.get(part_id)) or gettext("the draft")

    def announcement(self, event):
        if event.kind not in ANNOUNCED:
            return ""
        part = self.part_name(self.comments[event.comment_id].part_id)
        if event.kind == EventKind.ANSWER_PUBLISHED:
            return gettext("The institution answered a comment on %(part)s.") % {"part": part}
        if event.kind == EventKind.REPLY_POSTED:
            return gettext("New reply on %(part)s.") % {"part": part}
        return gettext("New comment on %(part)s.") % {"part": part}

    def part_count(self, part_id):
        """How many comments (replies included) the thread shows on the part
        and on the whole consultation, as numbers and as words."""
        total, on_part = self.facts.part_count(part_id)
        counts = {"total": total, "total_label": comments_label(total)}
        if part_id is not None:
            counts.update(part=part_id, comments=on_part, label=comments_label(on_part))
        return counts


def comments_label(count):
    """As the page words a part's count (consultations/includes/part_comments.html)."""
    return ngettext("%(counter)s comment", "%(counter)s comments", count) % {"counter": count}


def comments_of(events):
    """``{pk: comment}`` of the events' comments, with what the fragment shows."""
    ids = {event.comment_id for event in events if event.comment_id}
    comments = queries.with_details(Comment.objects.filter(pk__in=ids)).select_related("parent")
    return {comment.pk: comment for comment in comments}


@functools.lru_cache(maxsize=1024)
def readers_frame(count, language):
    with translation.override(language):
        label = ngettext(
            "%(count)s person is reading this consultation now",
            "%(count)s people are reading this consultation now",
            count,
        ) % {"count": count}
    return json.dumps({"type": "readers", "count": count, "label": label})


def broadcast(event_ids):
    """Send committed events to every reader: rendered once per published
    language, one group message per language and stream."""
    events = list(
        ConsultationEvent.objects.filter(pk__in=event_ids)
        .select_related("consultation")
        .order_by("audience", "sequence")
    )
    if not events:
        return
    consultation = events[0].consultation
    # The events belong to the original (``ConsultationEvent.kept_on``).
    consultation.original = consultation
    facts = EventFacts(consultation, events)
    messages = []
    for language, page in published_languages(consultation).items():
        with translation.override(language):
            renderer = FrameRenderer(page, facts)
            messages.extend(
                (
                    event_group(consultation.pk, language, event.audience),
                    live.event_message(event, renderer.frame(event)),
                )
                for event in events
            )
    live.send(messages)


def catch_up(page, audience, after, limit):
    """The frames of the ``audience`` events after number ``after``, in
    order, for a reader of ``page``; None when more than ``limit`` were
    missed (the reader is better served by reloading the page)."""
    events = live.events_after(ConsultationEvent, page, audience, after, limit)
    if events is None:
        return None
    with translation.override(page.locale.language_code):
        renderer = FrameRenderer(page, EventFacts(page.original, events))
        return [(event.sequence, renderer.frame(event)) for event in events]
