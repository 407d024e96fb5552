"""The live socket of a consultation page: read-only, numbered events.

``ws/consultations/<page id>/?after=<n>&moderators_after=<m>`` (or, once open,
``{"type": "resume", "after": n}``) sends every event after number ``n`` from
the database, in order, then the live ones: a reader never misses one and never
gets one twice. Comments are posted, edited and moderated over HTTP through the
actions; the socket accepts nothing but ``resume`` and ``ping``.

A socket that breaks the rules is closed with a code the page's script reads
(``CloseCode``); the server goes on serving the others."""

import asyncio
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

from consultations import live, presence
from consultations.models import ConsultationEvent, ConsultationPage, EventAudience
from consultations.permissions import can_moderate, can_view
from iris_site.converters import parse_id


class CloseCode(IntEnum):
    TOO_BIG = 1009  # the WebSocket standard's "message too big"
    BAD_REQUEST = 4400
    NOT_FOUND = 4404  # no such consultation, or not published
    TOO_DEEP = 4422  # JSON nested deeper than MAX_FRAME_DEPTH
    TOO_MANY = 4429


# The frames the socket accepts are flat objects; a few levels spare. Checked
# before json.loads, which recurses once per level and would hit Python's
# recursion limit on a 4 KiB frame of brackets.
MAX_FRAME_DEPTH = 4


# The query parameter and "resume" key that carry the last number seen per stream.
STREAM_KEYS = {EventAudience.PUBLIC: "after", EventAudience.MODERATORS: "moderators_after"}
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
    "not_found": lambda: gettext("There is no published consultation at this address."),
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


def readable_page(user, page_id):
    """The published consultation ``page_id`` (the text of the address) with
    the streams ``user`` may read, or (None, []) when there is nothing the
    user may read there."""
    page_id = parse_id(page_id)
    if page_id is None:
        return None, []
    page = (
        ConsultationPage.objects.live().public().filter(pk=page_id).select_related("locale").first()
    )
    if page is None or not can_view(user, page):
        return None, []
    page.original  # noqa: B018 - looked up here, in the database thread
    streams = [EventAudience.PUBLIC]
    if can_moderate(user, page):
        streams.append(EventAudience.MODERATORS)
    return page, streams


class ConsultationConsumer(AsyncWebsocketConsumer):
    """One reader's socket on one consultation page."""

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
        self.joined = []
        self.last = {}
        self.received = deque()
        self.heartbeat = None
        self.closing = False
        await self.accept()
        self.page, streams = await database_sync_to_async(readable_page)(
            self.scope["user"], self.scope["url_route"]["kwargs"]["page_id"]
        )
        if self.page is None:
            await self.refuse("not_found", CloseCode.NOT_FOUND)
            return
        self.language = self.page.locale.language_code
        self.consultation_id = self.page.original.pk
        query = parse_qs(self.scope.get("query_string", b"").decode("latin-1"))
        try:
            after = {
                stream: parse_sequence(query[STREAM_KEYS[stream]][-1])
                for stream in streams
                if STREAM_KEYS[stream] in query
            }
        except SocketRuleError as error:
            await self.refuse(error.code, error.close)
            return
        # Join first, then read the database: an event committed in between
        # comes both ways, and the second copy is dropped by its number.
        groups = [live.event_group(self.consultation_id, self.language, s) for s in streams]
        for group in [*groups, live.readers_group(self.consultation_id)]:
            await self.channel_layer.group_add(group, self.channel_name)
            self.joined.append(group)
        for stream in streams:
            await self.resume(stream, after.get(stream))
        readers = presence.readers()
        await readers.join(self.consultation_id, self.channel_name)
        if readers.refresh_every:
            self.heartbeat = asyncio.create_task(self.keep_counted(readers))
        await self.send_json({"type": "ready", "sequences": self.last})
        await presence.announcer.changed(
            self.consultation_id, live.readers_group(self.consultation_id)
        )

    async def disconnect(self, code):
        if self.heartbeat is not None:
            self.heartbeat.cancel()
        for group in self.joined:
            await self.channel_layer.group_discard(group, self.channel_name)
        if self.page is not None and self.joined:
            await presence.readers().leave(self.consultation_id, self.channel_name)
            await presence.announcer.changed(
                self.consultation_id, live.readers_group(self.consultation_id)
            )

    async def keep_counted(self, readers):
        while True:
            await asyncio.sleep(readers.refresh_every)
            await readers.refresh(self.consultation_id, self.channel_name)

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
                if STREAM_KEYS[stream] in message:
                    await self.resume(stream, parse_sequence(message[STREAM_KEYS[stream]]))
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

    async def resume(self, stream, after):
        """Continue ``stream`` after number ``after`` (None: from now on)."""
        latest = await database_sync_to_async(ConsultationEvent.objects.latest_sequence)(
            self.page, stream
        )
        if after is None:
            self.last[stream] = latest
        elif after > latest:
            self.last[stream] = latest
            await self.send_error("unknown_sequence", stream=stream, sequence=latest)
        else:
            await self.catch_up(stream, after)

    async def catch_up(self, stream, after):
        frames = await database_sync_to_async(live.catch_up)(
            self.page, stream, after, self.config["CATCH_UP_LIMIT"]
        )
        if frames is None:
            self.last[stream] = await database_sync_to_async(
                ConsultationEvent.objects.latest_sequence
            )(self.page, stream)
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

    async def live_readers(self, message):
        await self.send(text_data=live.readers_frame(message["count"], self.language))

    # Answers

    async def send_json(self, content):
        await self.send(text_data=json.dumps(content))

    async def send_error(self, code, **details):
        with translation.override(getattr(self, "language", None)):
            text = ERRORS[code]()
        await self.send_json({"type": "error", "code": code, "message": text, **details})

    async def refuse(self, code, close_code):
        self.closing = True
        await self.send_error(code)
        await self.close(code=close_code)
