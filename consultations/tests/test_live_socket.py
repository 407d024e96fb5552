"""The live socket of a consultation page: each change reaches the readers
once it is committed, in order, with the fragment the page renders; a reader
who was away catches up; moderators alone see the moderation queue.

The consumer closes stale database connections as it works, which a test
transaction would not survive: these tests commit."""

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from django.db import transaction

from accounts.tests.factories import UserFactory, moderator
from consultations import signals
from consultations.actions import (
    EditComment,
    HideComment,
    PostComment,
    RestoreComment,
    WithdrawComment,
)
from consultations.models import CommentState, ConsultationEvent, EventAudience, EventKind
from consultations.tests.factories import (
    AnswerFactory,
    CommentFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
)
from consultations.tests.sockets import (
    achange,
    apost,
    open_reader,
    post,
    session_cookie,
)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("page_tree_root")]


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(parent=index)


def test_reader_receives_a_new_comment_with_its_fragment_and_counts(consultation):
    part = consultation.parts()[1]
    action = PostComment(
        UserFactory(), consultation, text="Article 2 needs a deadline.", part_id=part.id
    )

    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation)
        comment = await sync_to_async(action.execute)()
        [event] = await socket.events(1)
        await socket.disconnect()
        return comment, event

    comment, event = scenario()

    assert event["kind"] == EventKind.COMMENT_POSTED
    assert event["sequence"] == 1
    assert event["comment"] == comment.pk
    assert event["part"] == part.id
    assert f'id="comment-{comment.pk}"' in event["html"]
    assert "Article 2 needs a deadline." in event["html"]
    assert event["announce"] == "New comment on Article 2."
    assert event["counts"] == {
        "part": part.id,
        "comments": 1,
        "label": "1 comment",
        "total": 1,
        "total_label": "1 comment",
    }


def test_reply_is_announced_as_a_reply(consultation):
    parent = CommentFactory(consultation=consultation)

    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation)
        await apost(consultation, parent=parent)
        [event] = await socket.events(1)
        await socket.disconnect()
        return event

    event = scenario()

    assert event["kind"] == EventKind.REPLY_POSTED
    assert event["parent"] == parent.pk
    assert event["announce"] == "New reply on the draft."


@pytest.mark.parametrize(
    ("act", "kind", "shown"),
    [
        (
            lambda author, mod, c: EditComment(author, c, text="Better wording.").execute(),
            EventKind.COMMENT_EDITED,
            "Better wording.",
        ),
        (
            lambda author, mod, c: WithdrawComment(author, c).execute(),
            EventKind.COMMENT_WITHDRAWN,
            "Withdrawn by its author",
        ),
        (
            lambda author, mod, c: HideComment(mod, c, reason="Personal attack.").execute(),
            EventKind.COMMENT_HIDDEN,
            "Hidden by a moderator: Personal attack.",
        ),
    ],
    ids=["edited", "withdrawn", "hidden"],
)
def test_each_change_to_a_comment_reaches_the_reader(consultation, act, kind, shown):
    comment = CommentFactory(consultation=consultation, text="Text")
    author, moderating = comment.author, moderator()

    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation)
        await sync_to_async(act)(author, moderating, comment)
        [event] = await socket.events(1)
        await socket.disconnect()
        return event

    event = scenario()

    assert event["kind"] == kind
    assert event["comment"] == comment.pk
    assert shown in event["html"]


def test_restored_comment_shows_its_text_again(consultation):
    comment = CommentFactory(
        consultation=consultation, text="Text", state=CommentState.HIDDEN, moderation_reason="No."
    )
    restore = RestoreComment(moderator(), comment)

    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation)
        await sync_to_async(restore.execute)()
        [event] = await socket.events(1)
        await socket.disconnect()
        return event

    event = scenario()

    assert event["kind"] == EventKind.COMMENT_RESTORED
    assert "Text" in event["html"]
    assert "No." not in event["html"]


def test_cosignature_reaches_the_reader(consultation):
    comment = CommentFactory(consultation=consultation)

    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation)
        await achange(signals.cosignature_added, comment)
        [event] = await socket.events(1)
        await socket.disconnect()
        return event

    assert scenario()["kind"] == EventKind.COMMENT_COSIGNED


def test_answers_reach_readers_once_the_report_is_published(index):
    consultation = ConsultationPageFactory(parent=index, closed=True)
    answered = CommentFactory(consultation=consultation)
    AnswerFactory(comment=answered, reasoning="Adopted in Article 5 of the final text.")
    CommentFactory(consultation=consultation)

    def publish_report():
        with transaction.atomic():
            ConsultationReportFactory(consultation=consultation)
            signals.answers_published.send(sender=publish_report, consultation=consultation)

    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation)
        before = await socket.no_events()
        await sync_to_async(publish_report)()
        events = await socket.events(1)
        after = await socket.no_events()
        await socket.disconnect()
        return before, events, after

    nothing_before, [event], nothing_after = scenario()

    assert nothing_before
    assert event["kind"] == EventKind.ANSWER_PUBLISHED
    assert event["comment"] == answered.pk
    assert event["announce"] == "The institution answered a comment on the draft."
    assert "Adopted in Article 5 of the final text." in event["html"]
    assert nothing_after


def test_reader_who_was_away_receives_what_was_missed_in_order(consultation):
    comments = [post(consultation) for _ in range(4)]

    @async_to_sync
    async def scenario():
        socket, frames = await open_reader(consultation, query="after=1")
        live = await apost(consultation)
        [event] = await socket.events(1)
        await socket.disconnect()
        return frames, live, event

    frames, live, event = scenario()

    missed = [frame for frame in frames if frame["type"] == "event"]
    assert [frame["sequence"] for frame in missed] == [2, 3, 4]
    assert [frame["comment"] for frame in missed] == [c.pk for c in comments[1:]]
    assert frames[-1] == {"type": "ready", "sequences": {"public": 4}}
    assert (event["sequence"], event["comment"]) == (5, live.pk)


def test_resume_message_sends_the_missed_range_again(consultation):
    post(consultation)
    post(consultation)

    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation)
        await socket.send({"type": "resume", "after": 0})
        events = await socket.events(2)
        await socket.disconnect()
        return events

    assert [event["sequence"] for event in scenario()] == [1, 2]


def test_event_the_channel_layer_lost_is_filled_in_from_the_database(consultation):
    """A message dropped on the way (over capacity, a restarted process) shows
    as a gap in the numbers at the next event: the reader gets both."""
    lost = CommentFactory(consultation=consultation)

    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation)
        await sync_to_async(ConsultationEvent.objects.create)(
            consultation=consultation,
            audience=EventAudience.PUBLIC,
            sequence=1,
            kind=EventKind.COMMENT_POSTED,
            comment=lost,
        )
        delivered = await apost(consultation)
        events = await socket.events(2)
        await socket.disconnect()
        return delivered, events

    delivered, events = scenario()

    assert [(e["sequence"], e["comment"]) for e in events] == [(1, lost.pk), (2, delivered.pk)]


def test_reader_far_behind_is_asked_to_reload(consultation, settings):
    settings.LIVE_THREADS = {**settings.LIVE_THREADS, "CATCH_UP_LIMIT": 2}
    for _ in range(3):
        post(consultation)

    @async_to_sync
    async def scenario():
        socket, frames = await open_reader(consultation, query="after=0")
        await socket.disconnect()
        return frames

    frames = scenario()

    assert {"type": "stale", "stream": "public"} in frames
    assert frames[-1] == {"type": "ready", "sequences": {"public": 3}}


def test_moderators_alone_see_comments_awaiting_moderation(consultation):
    cookie = session_cookie(moderator())
    reader_cookie = session_cookie(UserFactory())

    @async_to_sync
    async def scenario():
        moderating, frames = await open_reader(consultation, query="after=0", cookie=cookie)
        reading, _frames = await open_reader(consultation, cookie=reader_cookie)
        await apost(consultation, state=CommentState.PENDING)
        moderated = await moderating.receive_until("event")
        reader_saw_nothing = await reading.no_events()
        await moderating.disconnect()
        await reading.disconnect()
        return frames, moderated[-1], reader_saw_nothing

    frames, event, reader_saw_nothing = scenario()

    assert frames[-1] == {"type": "ready", "sequences": {"public": 0, "moderators": 0}}
    assert event["stream"] == "moderators"
    assert event["kind"] == EventKind.COMMENT_AWAITING
    assert event["awaiting"] == 1
    assert reader_saw_nothing


def test_approved_comment_joins_the_public_thread_and_leaves_the_queue(consultation):
    pending = CommentFactory(consultation=consultation, state=CommentState.PENDING)
    cookie = session_cookie(moderator())

    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation, cookie=cookie)
        await achange(signals.comment_published, pending, state=CommentState.PUBLISHED)
        events = await socket.events(2)
        await socket.disconnect()
        return events

    events = {event["stream"]: event for event in scenario()}

    assert events["public"]["kind"] == EventKind.COMMENT_POSTED
    assert events["moderators"]["kind"] == EventKind.COMMENT_MODERATED
    assert events["moderators"]["awaiting"] == 0


def test_readers_are_told_how_many_read_the_consultation(consultation):
    @async_to_sync
    async def scenario():
        first, _frames = await open_reader(consultation)
        alone = await first.receive()
        second, _frames = await open_reader(consultation)
        joined = await first.receive()
        await second.disconnect()
        left = await first.receive()
        await first.disconnect()
        return alone, joined, left

    alone, joined, left = scenario()

    assert alone == {
        "type": "readers",
        "count": 1,
        "label": "1 person is reading this consultation now",
    }
    assert joined["label"] == "2 people are reading this consultation now"
    assert left["count"] == 1


def test_reader_of_a_translation_gets_the_event_in_its_language(consultation, locales):
    german = consultation.copy_for_translation(locales["de"], copy_parents=True)
    german.save_revision().publish()
    action = PostComment(UserFactory(), consultation, text="Ein Kommentar.")

    @async_to_sync
    async def scenario():
        english, _frames = await open_reader(consultation)
        reader, _frames = await open_reader(german)
        await sync_to_async(action.execute)()
        [in_english] = await english.events(1)
        [in_german] = await reader.events(1)
        await english.disconnect()
        await reader.disconnect()
        return in_english, in_german

    in_english, in_german = scenario()

    assert in_english["sequence"] == in_german["sequence"] == 1
    assert in_english["announce"] == "New comment on the draft."
    assert in_german["announce"] == "Neuer Kommentar (Entwurf als Ganzes)."
    assert in_german["counts"]["label"] == "1 Kommentar"
