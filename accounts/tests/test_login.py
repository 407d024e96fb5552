import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a new and longer passphrase"


def link_in(message):
    return re.search(r"https?://testserver(/\S+)", message.body).group(1)


def test_person_signs_in_with_their_address_and_lands_on_their_profile(client):
    UserFactory(email="amra@example.org", first_name="Amra", last_name="Hodžić")

    response = client.post(
        reverse("account_login"), {"login": "amra@example.org", "password": PASSWORD}, follow=True
    )

    assert response.redirect_chain[-1][0] == reverse("accounts:profile")
    assert "Amra Hodžić" in response.content.decode()


def test_wrong_password_is_refused_with_a_message(client):
    UserFactory(email="amra@example.org")

    response = client.post(
        reverse("account_login"), {"login": "amra@example.org", "password": "not it"}
    )

    assert response.status_code == 200
    assert "The email address and/or password you specified are not correct." in (
        response.content.decode()
    )
    assert client.get(reverse("accounts:profile")).status_code == 302


def test_sign_out_ends_the_session(client):
    client.force_login(UserFactory())

    client.post(reverse("account_logout"))

    assert client.get(reverse("accounts:profile")).status_code == 302


def test_password_reset_by_e_mail_link_end_to_end(client):
    UserFactory(email="amra@example.org")

    response = client.post(reverse("account_reset_password"), {"email": "amra@example.org"})
    assert response["Location"] == reverse("account_reset_password_done")
    [message] = mail.outbox
    assert message.to == ["amra@example.org"]

    # The link leads, without the key in the address, to the form for the new password.
    form_page = client.get(link_in(message), follow=True)
    assert form_page.status_code == 200
    assert 'name="password1"' in form_page.content.decode()
    response = client.post(
        form_page.redirect_chain[-1][0], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response["Location"] == reverse("account_reset_password_from_key_done")

    assert (
        client.post(
            reverse("account_login"), {"login": "amra@example.org", "password": PASSWORD}
        ).status_code
        == 200
    )
    assert (
        client.post(
            reverse("account_login"), {"login": "amra@example.org", "password": NEW_PASSWORD}
        ).status_code
        == 302
    )


def test_password_reset_link_works_only_once(client):
    UserFactory(email="amra@example.org")
    client.post(reverse("account_reset_password"), {"email": "amra@example.org"})
    link = link_in(mail.outbox[0])
    form_page = client.get(link, follow=True)
    client.post(
        form_page.redirect_chain[-1][0], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )

    response = client.get(link, follow=True)

    assert "The password reset link was invalid" in response.content.decode()


def test_password_reset_for_an_unknown_address_says_so(client):
    response = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})

    assert response.status_code == 200
    assert "The email address is not assigned to any user account." in response.content.decode()
    assert not mail.outbox


def test_password_change_keeps_the_person_signed_in(client):
    user = UserFactory()
    client.force_login(user)

    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_the_sign_in_link_returns_the_person_to_the_page_they_were_on(client, home_page):
    UserFactory(email="amra@example.org")
    html = client.get("/en/search/?q=asylum").content.decode()
    link = re.search(r'<a href="([^"]+)">Sign in</a>', html).group(1)

    assert link == reverse("account_login") + "?next=/en/search/%3Fq%3Dasylum"
    response = client.post(link, {"login": "amra@example.org", "password": PASSWORD})
    assert response.url == "/en/search/?q=asylum"


@pytest.mark.parametrize("elsewhere", ["https://evil.example/", "//evil.example/", "javascript:x"])
def test_sign_in_never_sends_the_person_to_another_site(client, elsewhere):
    UserFactory(email="amra@example.org")

    response = client.post(
        reverse("account_login") + f"?next={elsewhere}",
        {"login": "amra@example.org", "password": PASSWORD},
    )

    assert response.url == reverse("accounts:profile")


def test_the_sign_in_page_does_not_send_the_person_back_to_itself(client):
    html = client.get(reverse("account_login")).content.decode()

    assert f'<a href="{reverse("account_login")}">Sign in</a>' in html


def test_forgotten_passwords_have_one_wording(client):
    user = UserFactory(email="amra@example.org")
    sign_in = client.get(reverse("account_login")).content.decode()
    client.force_login(user)
    change = client.get(reverse("account_change_password")).content.decode()

    assert sign_in.count("Forgot your password?") == 1
    assert "Forgot your password?" in change
    assert "Forgotten" not in sign_in + change
