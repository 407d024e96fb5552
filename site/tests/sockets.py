"""A reader's live socket on the ASGI application, as uvicorn would hand it
over, for the tests of every live stream (consultations' threads, hearings' board).

asgiref's ApplicationCommunicator stands in for channels' WebsocketCommunicator,
which imports daphne, a server this project does not run."""

import json

from asgiref.testing import ApplicationCommunicator
from django.conf import settings
from django.test import Client

from iris_site.asgi import build_application

TIMEOUT = 5


def session_cookie(user):
    """The Cookie header of a browser signed in as ``user``."""
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


class LiveSocket:
    """Open with ``await socket.connect()``; then ``receive()`` the decoded
    frames, ``send()`` frames, and learn the close code with ``closed()``."""

    def __init__(self, path, query="", cookie="", origin="http://testserver", application=None):
        headers = [(b"host", b"testserver"), (b"origin", origin.encode())]
        if cookie:
            headers.append((b"cookie", cookie.encode()))
        self.communicator = ApplicationCommunicator(
            application or build_application(),
            {
                "type": "websocket",
                "path": path,
                "query_string": query.encode(),
                "headers": headers,
                "subprotocols": [],
            },
        )

    async def connect(self):
        """The application's answer to the handshake: accept or close."""
        await self.communicator.send_input({"type": "websocket.connect"})
        return (await self.communicator.receive_output(TIMEOUT))["type"]

    async def receive(self):
        """The next frame, decoded; AssertionError if the socket closed instead."""
        output = await self.communicator.receive_output(TIMEOUT)
        assert output["type"] == "websocket.send", f"expected a frame, got {output}"
        return json.loads(output["text"])

    async def receive_until(self, frame_type):
        """Frames up to and including the first of ``frame_type``."""
        frames = [await self.receive()]
        while frames[-1]["type"] != frame_type:
            frames.append(await self.receive())
        return frames

    async def events(self, count):
        """The next ``count`` event frames, passing over reader counts."""
        events = []
        while len(events) < count:
            frame = await self.receive()
            if frame["type"] == "event":
                events.append(frame)
            elif frame["type"] != "readers":
                raise AssertionError(f"expected an event, got {frame}")
        return events

    async def send(self, frame):
        if isinstance(frame, bytes):
            await self.communicator.send_input({"type": "websocket.receive", "bytes": frame})
        else:
            text = frame if isinstance(frame, str) else json.dumps(frame)
            await self.communicator.send_input({"type": "websocket.receive", "text": text})

    async def closed(self):
        """The close code the application closed with, after any frames before it."""
        while True:
            output = await self.communicator.receive_output(TIMEOUT)
            if output["type"] == "websocket.close":
                return output.get("code")

    async def no_events(self):
        """True when no event is waiting (reader counts are passed over)."""
        while not await self.communicator.receive_nothing(timeout=0.2):
            if (await self.receive())["type"] != "readers":
                return False
        return True

    async def disconnect(self):
        await self.communicator.send_input({"type": "websocket.disconnect", "code": 1000})
        await self.communicator.wait(TIMEOUT)
