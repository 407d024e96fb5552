"""Error pages never echo control characters from the request: a terminal
escape or a NUL in the address, a CR LF in a header, reach no answer
(issue 10, part 5)."""

import re

import pytest
from django.test import Client
from django.utils import timezone

from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# C0 controls and DEL, but the whitespace a page may hold (tab, line feeds).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
HOSTILE = ["%00", "%1b[31mred", "%0d%0aSet-Cookie:%20x=1", "%7f", "\x1b[31m"]


def echoed_controls(response):
    text = b"".join(response) if response.streaming else response.content
    headers = "".join(f"{name}: {value}\n" for name, value in response.items())
    return CONTROL.findall(text.decode("utf-8", "replace") + headers)


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize(
    "address",
    [
        "/en/no-such-page/{}/",
        "/en/?q={}",
        "/en/search/?q={}&page={}",
        "/admin/pages/{}/",
        "/documents/1/{}",
        "/en/accounts/profile/memberships/{}/end/",
        "/en/accounts/password/reset/key/{}-{}/",
    ],
)
def test_error_pages_do_not_echo_control_characters(client, home_page, address, hostile):
    client.raise_request_exception = False
    client.force_login(UserFactory())
    path = address.replace("{}", hostile)

    for response in [client.get(path), client.post(path)]:
        assert response.status_code < 500
        assert echoed_controls(response) == []


@pytest.mark.parametrize("hostile", ["\x1b[31mevil", "https://evil.example\r\nX: 1", "\x00"])
def test_csrf_failure_does_not_echo_the_origin_or_referer(home_page, hostile):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)

    response = client.post(
        "/en/accounts/login/",
        {"login": "a@example.org", "password": "x"},
        headers={"Origin": hostile, "Referer": hostile},
        secure=True,
    )

    assert response.status_code == 403
    assert echoed_controls(response) == []


def test_bad_request_page_does_not_echo_the_bad_id(client, home_page):
    client.force_login(UserFactory(is_staff=True))

    response = client.get("/admin/documents/chooser/chosen-multiple/?id=%1b[31m")

    assert response.status_code == 400
    assert echoed_controls(response) == []


def test_security_txt_names_the_contact_and_an_expiry_ahead(client, settings):
    settings.IRIS_SECURITY_CONTACT = "security@dialogue.example.org"

    response = client.get("/.well-known/security.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Contact"] == "mailto:security@dialogue.example.org"
    assert fields["Expires"] > timezone.now().strftime("%Y-%m-%dT%H:%M:%SZ")
