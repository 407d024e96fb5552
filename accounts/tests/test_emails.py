import pytest
from django.core import mail

from accounts.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_password_reset_e_mail_is_written_in_the_recipients_language(client):
    UserFactory(email="katrin@example.org", preferred_language="de")

    client.post("/en/accounts/password/reset/", {"email": "katrin@example.org"})

    [message] = mail.outbox
    assert message.subject == "[IRIS Dialogue] E-Mail zum Zurücksetzen des Passworts"
    assert message.body.startswith("Hallo von IRIS Dialogue!")
    assert "://testserver/de/accounts/password/reset/key/" in message.body


def test_e_mail_follows_the_recipient_not_the_page_they_asked_from(client):
    UserFactory(email="amra@example.org", preferred_language="en")

    client.post("/de/accounts/password/reset/", {"email": "amra@example.org"})

    [message] = mail.outbox
    assert message.subject == "[IRIS Dialogue] Password Reset Email"
    assert message.body.startswith("Hello from IRIS Dialogue!")
    assert "/en/accounts/password/reset/key/" in message.body


def test_confirmation_e_mail_is_written_in_the_language_of_the_signup(client):
    client.post(
        "/de/accounts/signup/",
        {
            "email": "katrin@example.org",
            "first_name": "Katrin",
            "last_name": "Becker",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )

    [message] = mail.outbox
    assert "E-Mail-Adresse" in message.subject
    assert "/de/accounts/confirm-email/" in message.body
