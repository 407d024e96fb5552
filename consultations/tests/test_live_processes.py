"""Two uvicorn processes on the same Redis and database, as a larger
deployment runs them: a comment posted over HTTP through one reaches a live
reader of the other, and each process counts the other's readers."""

import asyncio
import json
import re
import urllib.parse
import urllib.request

import pytest
import websockets
from django.conf import settings
from django.test import Client

from accounts.tests.factories import UserFactory
from consultations.tests.factories import ConsultationPageFactory
from tests.browser.live_site import serve

pytestmark = [
    pytest.mark.services("redis"),
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("page_tree_root"),
]


class Browser:
    """A signed-in person's cookies and the form posts they make, over HTTP."""

    def __init__(self, user):
        client = Client()
        client.force_login(user)
        self.cookies = {
            settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value
        }
        self.opener = urllib.request.build_opener(NoRedirect)

    def request(self, url, data=None):
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(url, data=body, headers={"Cookie": cookie, "Referer": url})
        with self.opener.open(request, timeout=30) as response:
            for header in response.headers.get_all("Set-Cookie") or []:
                name, value = header.split(";", 1)[0].split("=", 1)
                self.cookies[name] = value
            return response.status, response.read().decode()

    def post_comment(self, page_url, text):
        """Fill in and send the comment form of the page, as the browser would."""
        form_url = f"{page_url}comment/"
        _status, html = self.request(form_url)
        fields = dict(
            re.findall(r'name="(csrfmiddlewaretoken|submission_key)" value="([^"]+)"', html)
        )
        status, _body = self.request(form_url, {**fields, "kind": "general", "text": text})
        return status


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def http_error_302(self, request, response, code, message, headers):
        return response


def socket_address(site, page):
    return f"{site.replace('http', 'ws', 1)}/ws/consultations/{page.pk}/?after=0"


async def frames_until(socket, predicate):
    while True:
        frame = json.loads(await asyncio.wait_for(socket.recv(), timeout=20))
        if predicate(frame):
            return frame


def test_comment_posted_through_one_process_reaches_a_reader_of_the_other(index, tmp_path):
    consultation = ConsultationPageFactory(parent=index)
    person = Browser(UserFactory())
    path = consultation.url

    with serve(tmp_path / "a.log") as site_a, serve(tmp_path / "b.log") as site_b:

        async def scenario():
            async with (
                websockets.connect(socket_address(site_b, consultation), origin=site_b) as on_b,
                websockets.connect(socket_address(site_a, consultation), origin=site_a),
            ):
                await frames_until(on_b, lambda frame: frame["type"] == "ready")
                counted = await frames_until(
                    on_b, lambda frame: frame["type"] == "readers" and frame["count"] == 2
                )
                status = await asyncio.to_thread(
                    person.post_comment, site_a + path, "Posted through process A."
                )
                event = await frames_until(on_b, lambda frame: frame["type"] == "event")
                return counted, status, event

        counted, status, event = asyncio.run(scenario())

    assert counted["label"] == "2 people are reading this consultation now"
    assert status == 302
    assert event["sequence"] == 1
    assert "Posted through process A." in event["html"]
