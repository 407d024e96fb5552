import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from accounts.models import Membership, User
from accounts.tests.factories import PASSWORD, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def signup_data(**overrides):
    return {
        "email": "vesna@example.org",
        "first_name": "Vesna",
        "last_name": "Ilić",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "organisation": "",
        "website": "",
        **overrides,
    }


def link_in(message):
    return re.search(r"https?://testserver(/\S+)", message.body).group(1)


def nothing_was_created():
    return (
        not User.objects.exists()
        and not EmailAddress.objects.exists()
        and not Membership.objects.exists()
        and not mail.outbox
    )


def test_signup_sends_a_confirmation_link_that_signs_the_person_in(client):
    response = client.post(reverse("account_signup"), signup_data())

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "Vesna" not in client.get(reverse("accounts:profile"), follow=True).content.decode()
    [message] = mail.outbox
    assert message.to == ["vesna@example.org"]
    confirm_url = link_in(message)

    confirm_page = client.get(confirm_url)
    assert confirm_page.status_code == 200
    assert 'method="post"' in confirm_page.content.decode()
    response = client.post(confirm_url)

    assert response.status_code == 302
    profile = client.get(reverse("accounts:profile"))
    assert profile.status_code == 200
    assert "Vesna Ilić" in profile.content.decode()
    assert EmailAddress.objects.get(email="vesna@example.org").verified


def test_account_cannot_sign_in_before_its_address_is_confirmed(client):
    client.post(reverse("account_signup"), signup_data())
    client.logout()

    response = client.post(
        reverse("account_login"), {"login": "vesna@example.org", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert client.get(reverse("accounts:profile"))["Location"].startswith(reverse("account_login"))


def test_signup_with_an_organisation_asks_it_to_confirm_the_person(client):
    organisation = OrganisationFactory(name="Initiative ARSIS")

    client.post(reverse("account_signup"), signup_data(organisation=organisation.pk))

    membership = Membership.objects.get(user__email="vesna@example.org")
    assert membership.organisation == organisation
    assert not membership.is_confirmed
    assert ModelLogEntry.objects.filter(action="accounts.membership.request").count() == 1


def test_signup_remembers_the_language_it_was_made_in(client):
    client.post("/de/accounts/signup/", signup_data())

    assert User.objects.get(email="vesna@example.org").preferred_language == "de"


def test_signup_with_an_existing_address_is_refused_with_a_message(client):
    UserFactory(email="vesna@example.org")

    response = client.post(reverse("account_signup"), signup_data(email="Vesna@example.org"))

    assert response.status_code == 200
    assert "An account with this e-mail address already exists." in response.content.decode()
    assert User.objects.count() == 1
    assert EmailAddress.objects.count() == 1
    assert not mail.outbox


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short1", "This password is too short."),
        ("password123", "This password is too common."),
        ("4815162342", "This password is entirely numeric."),
        ("vesna.ilic.example", "The password is too similar to the"),
    ],
)
def test_signup_with_a_weak_password_is_refused_with_a_message(client, password, message):
    response = client.post(
        reverse("account_signup"),
        signup_data(email="vesna.ilic@example.org", password1=password, password2=password),
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert nothing_was_created()


def test_signup_with_a_forged_organisation_is_refused_with_a_message(client):
    response = client.post(reverse("account_signup"), signup_data(organisation="999999"))

    assert response.status_code == 200
    assert "Choose an organisation from the list." in response.content.decode()
    assert nothing_was_created()


def test_signup_with_the_honeypot_filled_creates_no_account(client):
    response = client.post(reverse("account_signup"), signup_data(website="http://spam.example"))

    # The bot is told what a person would be told, and nothing happens.
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert nothing_was_created()


def test_signup_form_labels_every_field_and_hides_the_honeypot_without_inline_style(client):
    html = client.get(reverse("account_signup")).content.decode()

    for field in ("email", "first_name", "last_name", "password1", "password2", "organisation"):
        assert f'<label for="id_{field}"' in html
    assert 'class="field honeypot"' in html
    assert "style=" not in html
