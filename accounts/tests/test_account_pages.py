"""The allauth pages read as pages of the site: inside its layout, with a
heading, every field labelled, and nothing the content-security policy blocks."""

from html.parser import HTMLParser

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.urls import reverse

from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


class PageOutline(HTMLParser):
    """What the tests look at: headings, labelled inputs, inline styles and scripts."""

    def __init__(self, html):
        super().__init__()
        self.h1 = 0
        self.skip_link = False
        self.inputs = []
        self.labelled = set()
        self.inline_styles = 0
        self.inline_scripts = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.h1 += tag == "h1"
        self.skip_link |= "skip-link" in (attrs.get("class") or "")
        self.inline_styles += "style" in attrs or tag == "style"
        self.inline_scripts += tag == "script" and "src" not in attrs
        if tag in {"input", "select", "textarea"} and attrs.get("type") not in {
            "hidden",
            "submit",
        }:
            self.inputs.append(attrs.get("id"))
        if tag == "label" and attrs.get("for"):
            self.labelled.add(attrs["for"])


def unconfirmed_address_key():
    user = UserFactory(verified_email=False)
    address = EmailAddress.objects.create(user=user, email=user.email, primary=True)
    return EmailConfirmationHMAC(address).key


ANONYMOUS_PAGES = {
    "sign in": lambda: reverse("account_login"),
    "sign up": lambda: reverse("account_signup"),
    "e-mail sent": lambda: reverse("account_email_verification_sent"),
    "confirm e-mail": lambda: reverse("account_confirm_email", args=[unconfirmed_address_key()]),
    "expired confirmation": lambda: reverse("account_confirm_email", args=["not-a-key"]),
    "password reset": lambda: reverse("account_reset_password"),
    "password reset sent": lambda: reverse("account_reset_password_done"),
    "password reset link used": lambda: reverse(
        "account_reset_password_from_key", kwargs={"uidb36": "0", "key": "used-key"}
    ),
    "password reset done": lambda: reverse("account_reset_password_from_key_done"),
    "inactive account": lambda: reverse("account_inactive"),
}
SIGNED_IN_PAGES = {
    "profile": lambda: reverse("accounts:profile"),
    "password change": lambda: reverse("account_change_password"),
    "e-mail addresses": lambda: reverse("account_email"),
    "sign out": lambda: reverse("account_logout"),
}


def assert_reads_as_a_site_page(response):
    assert response.status_code == 200
    page = PageOutline(response.content.decode())
    assert page.skip_link, "the page is not inside base.html"
    assert page.h1 == 1
    assert [id for id in page.inputs if id not in page.labelled] == []
    assert (page.inline_styles, page.inline_scripts) == (0, 0)


@pytest.mark.parametrize("page", ANONYMOUS_PAGES)
def test_account_page_reads_as_a_site_page(client, page):
    assert_reads_as_a_site_page(client.get(ANONYMOUS_PAGES[page]()))


@pytest.mark.parametrize("page", SIGNED_IN_PAGES)
def test_signed_in_account_page_reads_as_a_site_page(client, page):
    client.force_login(UserFactory())

    assert_reads_as_a_site_page(client.get(SIGNED_IN_PAGES[page]()))


def test_throttled_page_reads_as_a_site_page(client):
    user = UserFactory()
    for _attempt in range(6):
        response = client.post(
            reverse("account_login"), {"login": user.email, "password": "wrong password"}
        )

    assert response.status_code == 429
    response.status_code = 200
    assert_reads_as_a_site_page(response)
