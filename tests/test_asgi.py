"""The ASGI application as uvicorn serves it: static files in production and
the WebSocket routes that feature apps contribute.

The exchanges go through asgiref's ApplicationCommunicator: channels' own
communicators import daphne, a server this project does not run."""

import re

import pytest
from asgiref.sync import async_to_sync
from asgiref.testing import ApplicationCommunicator
from bs4 import BeautifulSoup
from channels.generic.websocket import AsyncWebsocketConsumer
from django.core.management import call_command
from django.urls import path
from wagtail import hooks as wagtail_hooks

from iris_site import hooks
from iris_site.asgi import build_application


class EchoConsumer(AsyncWebsocketConsumer):
    async def receive(self, text_data=None, bytes_data=None):
        await self.send(text_data=f"echo: {text_data}")


def echo_route():
    return hooks.WebsocketUrls(urlpatterns=[path("ws/echo/", EchoConsumer.as_asgi())])


@async_to_sync
async def http_get(application, path):
    """Status, headers and body of a GET, exchanged as uvicorn exchanges them."""
    communicator = ApplicationCommunicator(
        application,
        {
            "type": "http",
            "http_version": "1.1",
            "method": "GET",
            "path": path,
            "query_string": b"",
            "headers": [(b"host", b"testserver")],
        },
    )
    await communicator.send_input({"type": "http.request", "body": b""})
    start = await communicator.receive_output(timeout=5)
    body = b""
    more_body = True
    while more_body:
        message = await communicator.receive_output(timeout=5)
        body += message.get("body", b"")
        more_body = message.get("more_body", False)
    return start["status"], {name.lower(): value for name, value in start["headers"]}, body


async def open_socket(application, origin):
    """A WebSocket handshake to the echo route; returns the communicator and
    the application's answer (accept or close)."""
    communicator = ApplicationCommunicator(
        application,
        {
            "type": "websocket",
            "path": "/ws/echo/",
            "query_string": b"",
            "headers": [(b"host", b"testserver"), (b"origin", origin)],
            "subprotocols": [],
        },
    )
    await communicator.send_input({"type": "websocket.connect"})
    return communicator, (await communicator.receive_output(timeout=5))["type"]


@pytest.fixture
def production_static(settings, tmp_path):
    """collectstatic as production runs it: hashed and compressed names, served
    by WhiteNoise from STATIC_ROOT alone."""
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    call_command("collectstatic", interactive=False, verbosity=0)


def main_stylesheet(client):
    page = BeautifulSoup(client.get("/en/").content, "html.parser")
    return page.find("link", rel="stylesheet")["href"]


@pytest.mark.django_db
def test_production_pages_link_the_stylesheet_by_its_hashed_name(
    production_static, client, home_page
):
    assert re.fullmatch(r"/static/iris/css/iris\.[0-9a-f]{12}\.css", main_stylesheet(client))


@pytest.mark.django_db
def test_production_serves_the_hashed_stylesheet_to_be_cached_for_a_year(
    production_static, client, home_page
):
    status, headers, body = http_get(build_application(), main_stylesheet(client))

    assert status == 200
    assert headers[b"content-type"].startswith(b"text/css")
    assert b"max-age=315360000" in headers[b"cache-control"]
    assert b"immutable" in headers[b"cache-control"]
    assert b".site-header" in body


# A consumer closes stale database connections as it starts, which a test
# transaction would not survive.
@pytest.mark.django_db(transaction=True)
def test_contributed_websocket_route_is_served():
    with wagtail_hooks.register_temporarily(hooks.WEBSOCKET_URLS, echo_route):
        application = build_application()

    @async_to_sync
    async def talk():
        communicator, answer = await open_socket(application, b"http://testserver")
        await communicator.send_input({"type": "websocket.receive", "text": "hello"})
        reply = await communicator.receive_output(timeout=5)
        await communicator.send_input({"type": "websocket.disconnect", "code": 1000})
        await communicator.wait(timeout=5)
        return answer, reply

    answer, reply = talk()

    assert answer == "websocket.accept"
    assert reply == {"type": "websocket.send", "text": "echo: hello"}


@pytest.mark.django_db(transaction=True)
def test_socket_from_a_foreign_origin_is_refused():
    with wagtail_hooks.register_temporarily(hooks.WEBSOCKET_URLS, echo_route):
        application = build_application()

    @async_to_sync
    async def handshake():
        communicator, answer = await open_socket(application, b"https://attacker.example")
        await communicator.wait(timeout=5)
        return answer

    assert handshake() == "websocket.close"
