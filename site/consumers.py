"""The rules every live socket keeps, whatever its stream is about (a
consultation's threads, a hearing's board): read-only, numbered events.

``ws/<...>/<page id>/?after=<n>`` (or, once open, ``{"type": "resume",
"after": n}``) sends every event after number ``n`` from the database, in
order, then the live ones: a reader never misses one and never gets one
twice. Writes go over HTTP through the feature's actions; the socket accepts
nothing but ``resume`` and ``ping``.

A socket that breaks the rules is closed with a code the page's script reads
(``CloseCode``); the server goes on serving the others. A feature subclasses
``LiveConsumer`` and says which page a socket reads, which streams the person
may have, and how the missed events are rendered."""

import json
import time
from collections import deque
from enum import IntEnum
from urllib.parse import parse_qs

from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from iris_site import live


class CloseCode(IntEnum):
    TOO_BIG = 1009  # the WebSocket standard's "message too big"
    BAD_REQUEST = 4400
    NOT_FOUND = 4404  # no such page, or not one the person may read live
    TOO_DEEP = 4422  # JSON nested deeper than MAX_FRAME_DEPTH
    TOO_MANY = 4429


# The frames the socket accepts are flat objects; a few levels spare. Checked
# before json.loads, which recurses once per level and would hit Python's
# recursion limit on a 4 KiB frame of brackets.
MAX_FRAME_DEPTH = 4

LARGEST_SEQUENCE = 2**63 - 1

ERRORS = {
    "malformed": lambda: gettext("The message is not a JSON object."),
    "unknown_type": lambda: gettext("The socket accepts only resume and ping messages."),
    "bad_sequence": lambda: gettext("A sequence number must be a whole number, zero or more."),
    "unknown_sequence": lambda: gettext(
        "There is no event with that number yet: continuing from the latest."
    ),
    "too_big": lambda: gettext("The message is too large."),
    "too_deep": lambda: gettext("The message is nested too deeply."),
    "rate_limited": lambda: gettext("Too many messages: the connection is closed."),
}


class SocketRuleError(Exception):
    def __init__(self, code, close=None):
        super().__init__(code)
        self.code = code
        self.close = close


def parse_sequence(value):
    """A sequence number from the client; SocketRuleError if it is none."""
    if isinstance(value, str) and value.isdecimal() and len(value) < 19:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= LARGEST_SEQUENCE:
        raise SocketRuleError("bad_sequence", close=CloseCode.BAD_REQUEST)
    return value


def nesting_depth(text):
    """How deeply the arrays and objects of the JSON ``text`` nest, counted
    without parsing it (brackets inside strings do not count)."""
    depth = deepest = 0
    in_string = escaped = False
    for character in text:
        if in_string:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
        elif character in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "]}":
            depth -= 1
    return deepest


class LiveConsumer(AsyncWebsocketConsumer):
    """One reader's socket on one page's live stream(s). A subclass sets
    ``event_model`` (an ``iris_site.models.NumberedEvent``), ``group_prefix``,
    ``stream_keys`` (``{audience: query parameter}``) and ``not_found`` (the
    words for a page it does not serve), and implements ``readable_page`` and
    ``frames_after``; ``joined``/``leaving`` let it count who is there."""

    event_model = None
    group_prefix = None
    stream_keys = {"public": "after"}
    not_found = None  # a callable returning the words

    # What the subclass says, run in the database thread

    def readable_page(self, user, page_id):
        """The page ``page_id`` (the text of the address) with the streams
        ``user`` may read, or (None, []) when there is nothing to read."""
        raise NotImplementedError

    def frames_after(self, stream, after, limit):
        """``[(sequence, frame)]`` of the ``stream`` events after ``after``
        for this socket's page, or None when more than ``limit`` were missed."""
        raise NotImplementedError

    async def joined(self):
        """The socket is ready (its reader told so): a subclass counts its reader here."""

    async def leaving(self):
        """The socket closes: a subclass stops counting its reader here."""

    # The socket

    async def dispatch(self, message):
        # channels closes stale database connections before every message, a
        # hop to the database thread per reader per event; this consumer only
        # reaches the database through database_sync_to_async, which does it.
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def connect(self):
        self.config = settings.LIVE_THREADS
        self.page = None
        self.joined_groups = []
        self.last = {}
        self.received = deque()
        self.closing = False
        await self.accept()
        self.page, streams = await database_sync_to_async(self.readable_page)(
            self.scope["user"], self.scope["url_route"]["kwargs"]["page_id"]
        )
        if self.page is None:
            await self.refuse("not_found", CloseCode.NOT_FOUND)
            return
        self.language = self.page.locale.language_code
        self.subject_id = self.event_model.kept_on(self.page).pk
        query = parse_qs(self.scope.get("query_string", b"").decode("latin-1"))
        try:
            after = {
                stream: parse_sequence(query[self.stream_keys[stream]][-1])
                for stream in streams
                if self.stream_keys[stream] in query
            }
        except SocketRuleError as error:
            await self.refuse(error.code, error.close)
            return
        # Join first, then read the database: an event committed in between
        # comes both ways, and the second copy is dropped by its number.
        for group in [*map(self.event_group, streams), *self.extra_groups()]:
            await self.channel_layer.group_add(group, self.channel_name)
            self.joined_groups.append(group)
        for stream in streams:
            await self.resume(stream, after.get(stream))
        await self.send_json({"type": "ready", "sequences": self.last})
        await self.joined()

    def event_group(self, stream):
        return live.event_group(self.group_prefix, self.subject_id, self.language, stream)

    def extra_groups(self):
        """Groups besides the event streams (the readers' count, say)."""
        return []

    async def disconnect(self, code):
        for group in self.joined_groups:
            await self.channel_layer.group_discard(group, self.channel_name)
        if self.page is not None and self.joined_groups:
            await self.leaving()

    # From the browser

    async def receive(self, text_data=None, bytes_data=None):
        if self.closing:
            return
        try:
            await self.handle(text_data, bytes_data)
        except SocketRuleError as error:
            if error.close:
                await self.refuse(error.code, error.close)
            else:
                await self.send_error(error.code)

    async def handle(self, text_data, bytes_data):
        self.count_frame()
        size = len(bytes_data) if text_data is None else len(text_data.encode())
        if size > self.config["MAX_FRAME_BYTES"]:
            raise SocketRuleError("too_big", close=CloseCode.TOO_BIG)
        if text_data is not None and nesting_depth(text_data) > MAX_FRAME_DEPTH:
            raise SocketRuleError("too_deep", close=CloseCode.TOO_DEEP)
        try:
            message = json.loads(text_data) if text_data is not None else None
        except ValueError:
            message = None
        if not isinstance(message, dict):
            raise SocketRuleError("malformed")
        if message.get("type") == "ping":
            await self.send_json({"type": "pong"})
        elif message.get("type") == "resume":
            for stream in self.last:
                if self.stream_keys[stream] in message:
                    await self.resume(stream, parse_sequence(message[self.stream_keys[stream]]))
        else:
            raise SocketRuleError("unknown_type")

    def count_frame(self):
        """At most FRAMES_PER_MINUTE frames in any minute."""
        now = time.monotonic()
        while self.received and self.received[0] <= now - 60:
            self.received.popleft()
        self.received.append(now)
        if len(self.received) > self.config["FRAMES_PER_MINUTE"]:
            raise SocketRuleError("rate_limited", close=CloseCode.TOO_MANY)

    # Events

    def latest_sequence(self, stream):
        return self.event_model.objects.latest_sequence(self.page, stream)

    async def resume(self, stream, after):
        """Continue ``stream`` after number ``after`` (None: from now on)."""
        latest = await database_sync_to_async(self.latest_sequence)(stream)
        if after is None:
            self.last[stream] = latest
        elif after > latest:
            self.last[stream] = latest
            await self.send_error("unknown_sequence", stream=stream, sequence=latest)
        else:
            await self.catch_up(stream, after)

    async def catch_up(self, stream, after):
        frames = await database_sync_to_async(self.frames_after)(
            stream, after, self.config["CATCH_UP_LIMIT"]
        )
        if frames is None:
            self.last[stream] = await database_sync_to_async(self.latest_sequence)(stream)
            await self.send_json({"type": "stale", "stream": stream})
            return
        self.last[stream] = after
        for sequence, frame in frames:
            self.last[stream] = sequence
            await self.send(text_data=frame)

    async def live_event(self, message):
        """An event from the channel layer, already rendered for the browser."""
        stream, sequence = message["stream"], message["sequence"]
        last = self.last.get(stream)
        if last is None or sequence <= last:
            return
        if sequence == last + 1:
            self.last[stream] = sequence
            await self.send(text_data=message["frame"])
        else:
            # A gap: a message dropped, or events of two processes arriving
            # out of order. Everything up to this one is in the database.
            await self.catch_up(stream, last)

    # Answers

    async def send_json(self, content):
        await self.send(text_data=json.dumps(content))

    async def send_error(self, code, **details):
        with translation.override(getattr(self, "language", None)):
            text = self.not_found() if code == "not_found" else ERRORS[code]()
        await self.send_json({"type": "error", "code": code, "message": text, **details})

    async def refuse(self, code, close_code):
        self.closing = True
        await self.send_error(code)
        await self.close(code=close_code)
