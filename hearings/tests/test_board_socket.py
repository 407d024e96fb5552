"""The live socket of a hearing's board, on the shell's live layer: each
change reaches the readers once committed, numbered, with the fragment the
page renders; a reader who was away catches up from ``?after=``; a hidden
post's text is never sent, not even to one who catches up.

The consumer closes stale database connections as it works, which a test
transaction would not survive: these tests commit."""

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from wagtail.models import Locale

from accounts.tests.factories import UserFactory, moderator
from hearings.actions import AnswerQuestion, HideBoardPost, PostToBoard, VoteForQuestion
from hearings.live import board_path
from hearings.models import BoardEventKind, HearingEvent
from iris_site.consumers import CloseCode
from iris_site.tests.sockets import LiveSocket

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("page_tree_root")]


async def open_board(hearing, query=""):
    socket = LiveSocket(board_path(hearing), query=query)
    assert await socket.connect() == "websocket.accept"
    frames = await socket.receive_until("ready")
    return socket, frames


def ask(hearing, text="Who decides on an asylum claim at the border?", user=None):
    return PostToBoard(user or UserFactory(), hearing, text=text).execute()


def test_a_question_reaches_every_reader_with_its_fragment(live_hearing):
    @async_to_sync
    async def scenario():
        socket, _frames = await open_board(live_hearing)
        post = await sync_to_async(ask)(live_hearing)
        [event] = await socket.events(1)
        await socket.disconnect()
        return post, event

    post, event = scenario()

    assert (event["kind"], event["sequence"], event["post"]) == (BoardEventKind.POSTED, 1, post.pk)
    assert f'id="board-post-{post.pk}"' in event["html"]
    assert "Who decides on an asylum claim at the border?" in event["html"]
    assert event["announce"] == "New question on the board."


def test_a_reader_who_was_away_catches_up_in_order_and_then_gets_live_ones(live_hearing, chair):
    first = ask(live_hearing, "First question")
    VoteForQuestion(UserFactory(), first).execute()
    AnswerQuestion(chair, first, "Answered in the room.").execute()

    @async_to_sync
    async def scenario():
        socket, frames = await open_board(live_hearing, query="after=1")
        await sync_to_async(ask)(live_hearing, "Second question")
        [live] = await socket.events(1)
        await socket.disconnect()
        return frames, live

    frames, live = scenario()

    caught_up = [frame for frame in frames if frame["type"] == "event"]
    assert [(frame["sequence"], frame["kind"]) for frame in caught_up] == [
        (2, BoardEventKind.VOTED),
        (3, BoardEventKind.ANSWERED),
    ]
    assert "1 vote" in caught_up[0]["html"]
    assert "Answered in the room." in caught_up[1]["html"]
    assert frames[-1] == {"type": "ready", "sequences": {"public": 3}}
    assert (live["sequence"], live["kind"]) == (4, BoardEventKind.POSTED)
    assert "Second question" in live["html"]
    assert list(HearingEvent.objects.values_list("sequence", flat=True)) == [1, 2, 3, 4]


def test_a_hidden_post_is_never_replayed(live_hearing):
    post = ask(live_hearing, "Words nobody may read again")
    HideBoardPost(moderator(), post, "Insulting a person").execute()

    @async_to_sync
    async def scenario():
        socket, frames = await open_board(live_hearing, query="after=0")
        await socket.disconnect()
        return frames

    frames = scenario()

    events = [frame for frame in frames if frame["type"] == "event"]
    assert [event["kind"] for event in events] == [BoardEventKind.POSTED, BoardEventKind.HIDDEN]
    assert all("Words nobody may read again" not in event["html"] for event in events)
    assert "Hidden by the chair: Insulting a person" in events[0]["html"]


def test_a_translation_shares_the_board_of_its_original(live_hearing):
    german = Locale.objects.get_or_create(language_code="de")[0]
    translation = live_hearing.copy_for_translation(german, copy_parents=True)
    translation.save_revision().publish()
    ask(live_hearing, "On the original")

    @async_to_sync
    async def scenario():
        socket, frames = await open_board(translation.specific, query="after=0")
        await socket.disconnect()
        return frames

    [event] = [frame for frame in scenario() if frame["type"] == "event"]
    assert "On the original" in event["html"]


@pytest.mark.parametrize("address", ["nothing", "0", "999999999", "1e3"])
def test_an_address_that_names_no_hearing_closes_with_4404(address):
    @async_to_sync
    async def scenario():
        socket = LiveSocket(f"/ws/hearings/{address}/board/")
        await socket.connect()
        return await socket.closed()

    assert scenario() == CloseCode.NOT_FOUND


def test_a_forged_sequence_number_closes_with_4400(live_hearing):
    @async_to_sync
    async def scenario():
        socket = LiveSocket(board_path(live_hearing), query="after=-1")
        await socket.connect()
        return await socket.closed()

    assert scenario() == CloseCode.BAD_REQUEST


def test_the_board_socket_takes_only_resume_and_ping(live_hearing):
    @async_to_sync
    async def scenario():
        socket, _frames = await open_board(live_hearing)
        await socket.send({"type": "post", "text": "A question over the socket"})
        answer = await socket.receive()
        await socket.send({"type": "ping"})
        pong = await socket.receive()
        await socket.disconnect()
        return answer, pong

    answer, pong = scenario()

    assert answer["code"] == "unknown_type"
    assert pong == {"type": "pong"}
