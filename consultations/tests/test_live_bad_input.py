"""Bad input on the live socket: each refused cleanly with an error frame or
a close code the page's script understands, nothing logged as an unhandled
exception, and the other readers served on."""

import logging

import pytest
from asgiref.sync import async_to_sync

from consultations.tests.factories import ConsultationPageFactory
from consultations.tests.sockets import LiveSocket, apost, live_path, open_reader
from iris_site.consumers import CloseCode

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("page_tree_root")]


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(parent=index)


@pytest.fixture(autouse=True)
def no_errors_logged(caplog):
    caplog.set_level(logging.WARNING)
    yield
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        ("{not json", "malformed"),
        ('["a list"]', "malformed"),
        (b"\x00\x01binary", "malformed"),
        ({"type": "post_comment", "text": "Through the socket"}, "unknown_type"),
        ({"no": "type"}, "unknown_type"),
    ],
)
def test_frame_the_socket_does_not_understand_is_answered_with_an_error(consultation, frame, code):
    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation)
        await socket.receive()  # the readers count
        await socket.send(frame)
        error = await socket.receive()
        await socket.send({"type": "ping"})
        still_open = await socket.receive()
        await socket.disconnect()
        return error, still_open

    error, still_open = scenario()

    assert error["type"] == "error"
    assert error["code"] == code
    assert error["message"]
    assert still_open == {"type": "pong"}


@pytest.mark.parametrize("sequence", ["-1", "abc", "1e3", "99999999999999999999"])
def test_forged_sequence_in_the_address_closes_the_socket(consultation, sequence):
    @async_to_sync
    async def scenario():
        socket = LiveSocket(live_path(consultation), query=f"after={sequence}")
        await socket.connect()
        error = await socket.receive()
        return error, await socket.closed()

    error, code = scenario()

    assert error["code"] == "bad_sequence"
    assert code == CloseCode.BAD_REQUEST


@pytest.mark.parametrize("sequence", [-1, "x", None, 1.5, True])
def test_forged_sequence_in_a_resume_closes_the_socket(consultation, sequence):
    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation)
        await socket.send({"type": "resume", "after": sequence})
        return await socket.closed()

    assert scenario() == CloseCode.BAD_REQUEST


def test_sequence_beyond_the_latest_continues_from_the_latest(consultation):
    @async_to_sync
    async def scenario():
        socket, frames = await open_reader(consultation, query="after=500")
        comment = await apost(consultation)
        [event] = await socket.events(1)
        await socket.disconnect()
        return frames, comment, event

    frames, comment, event = scenario()

    assert frames[0]["code"] == "unknown_sequence"
    assert frames[0]["sequence"] == 0
    assert (event["sequence"], event["comment"]) == (1, comment.pk)


def test_oversized_frame_closes_the_socket(consultation):
    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation)
        await socket.send({"type": "ping", "padding": "x" * 5000})
        return await socket.closed()

    assert scenario() == CloseCode.TOO_BIG


@pytest.mark.parametrize(
    "frame",
    [
        "[" * 4000,
        '{"type": "ping", "a": ' + "[" * 2000 + "]" * 2000 + "}",
        '{"type": "resume", "after": {"a": {"b": {"c": {"d": 1}}}}}',
    ],
)
def test_frame_nested_too_deeply_closes_the_socket(consultation, frame):
    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation)
        await socket.receive()  # the readers count
        await socket.send(frame)
        error = await socket.receive()
        return error, await socket.closed()

    error, code = scenario()

    assert error["code"] == "too_deep"
    assert code == CloseCode.TOO_DEEP


def test_brackets_inside_a_string_are_not_nesting(consultation):
    @async_to_sync
    async def scenario():
        socket, _frames = await open_reader(consultation)
        await socket.receive()  # the readers count
        await socket.send({"type": "ping", "note": '[[[[[[{{{{{{ \\" [[[['})
        answer = await socket.receive()
        await socket.disconnect()
        return answer

    assert scenario() == {"type": "pong"}


def test_flood_of_frames_closes_the_socket_and_others_are_served_on(consultation):
    @async_to_sync
    async def scenario():
        flooding, _frames = await open_reader(consultation)
        reading, _frames = await open_reader(consultation)
        for _ in range(40):
            await flooding.send({"type": "ping"})
        code = await flooding.closed()
        comment = await apost(consultation)
        [event] = await reading.events(1)
        await reading.disconnect()
        return code, comment, event

    code, comment, event = scenario()

    assert code == CloseCode.TOO_MANY
    assert event["comment"] == comment.pk


def test_socket_for_a_consultation_that_does_not_exist_is_closed(consultation):
    @async_to_sync
    async def scenario():
        socket = LiveSocket(f"/ws/consultations/{consultation.pk + 1000}/")
        await socket.connect()
        return await socket.receive(), await socket.closed()

    error, code = scenario()

    assert error["code"] == "not_found"
    assert code == CloseCode.NOT_FOUND


@pytest.mark.parametrize("page_id", ["0", "-1", str(2**63), str(10**30), "abc", "%00", "9" * 400])
def test_socket_for_a_hostile_page_id_is_closed_as_not_found(consultation, page_id):
    @async_to_sync
    async def scenario():
        socket = LiveSocket(f"/ws/consultations/{page_id}/")
        await socket.connect()
        return await socket.receive(), await socket.closed()

    error, code = scenario()

    assert error["code"] == "not_found"
    assert code == CloseCode.NOT_FOUND


def test_socket_for_an_unpublished_consultation_is_closed(index):
    draft = ConsultationPageFactory(parent=index, publish=False)

    @async_to_sync
    async def scenario():
        socket = LiveSocket(live_path(draft))
        await socket.connect()
        return await socket.closed()

    assert scenario() == CloseCode.NOT_FOUND


def test_socket_for_another_kind_of_page_is_closed(index):
    @async_to_sync
    async def scenario():
        socket = LiveSocket(f"/ws/consultations/{index.pk}/")
        await socket.connect()
        return await socket.closed()

    assert scenario() == CloseCode.NOT_FOUND


def test_socket_from_a_foreign_origin_is_refused(consultation):
    @async_to_sync
    async def scenario():
        socket = LiveSocket(live_path(consultation), origin="https://attacker.example")
        return await socket.connect()

    assert scenario() == "websocket.close"
