"""A person downloads what the site holds about them and deletes their
account: the account's part (the feature apps' parts are tested where they
are, and the whole in tests/test_personal_data.py)."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from accounts.actions import AccountAlreadyDeleted, ConfirmMembership, DeleteAccount
from accounts.models import Membership, User
from accounts.tests.factories import (
    PASSWORD,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
    editor,
    manager_of,
)

pytestmark = pytest.mark.django_db

DELETE_URL = reverse("accounts:delete_account")
DATA_URL = reverse("accounts:download_data")


@pytest.fixture
def person():
    return UserFactory(first_name="Vesna", last_name="Draganić", email="vesna@example.org")


def delete(client, password=PASSWORD, **fields):
    return client.post(DELETE_URL, {"password": password, **fields}, follow=True)


@pytest.mark.parametrize("url", [DATA_URL, DELETE_URL])
def test_anonymous_visitors_are_asked_to_sign_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_profile_offers_the_download_and_the_deletion(client, person):
    client.force_login(person)

    html = client.get(reverse("accounts:profile")).content.decode()

    assert '<h2 id="profile-data">Your data</h2>' in html
    assert f'href="{DATA_URL}"' in html
    assert f'href="{DELETE_URL}"' in html


def test_download_holds_the_account_and_memberships_and_no_one_else(client, person):
    organisation = OrganisationFactory(name="Women's Rights Centre")
    manager = manager_of(organisation)
    membership = MembershipFactory(
        user=person, organisation=organisation, position="Lawyer", confirmed_at=None
    )
    ConfirmMembership(membership, by=manager).execute()
    client.force_login(person)

    response = client.get(DATA_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "vesna@example.org"
    assert data["account"]["first_name"] == "Vesna"
    assert data["account"]["email_addresses"] == [
        {"email": "vesna@example.org", "verified": True, "primary": True}
    ]
    assert data["memberships"][0]["organisation"] == "Women's Rights Centre"
    assert data["memberships"][0]["position"] == "Lawyer"
    assert data["memberships"][0]["confirmed_at"]
    text = response.content.decode()
    assert manager.email not in text
    assert manager.last_name not in text


def test_get_of_the_delete_page_shows_the_form_and_deletes_nothing(client, person):
    client.force_login(person)

    response = client.get(DELETE_URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Delete your account</h1>" in html
    assert 'type="password" name="password"' in html
    assert 'autocomplete="current-password"' in html
    assert "Also remove the text of my published comments" in html
    assert "What stays" in html and "What goes" in html
    person.refresh_from_db()
    assert person.is_active and person.erased_at is None


def test_wrong_password_is_refused_and_deletes_nothing(client, person):
    client.force_login(person)

    response = delete(client, password="not my password")

    assert response.status_code == 400
    assert "This is not your password. Your account has not been deleted." in (
        response.content.decode()
    )
    person.refresh_from_db()
    assert person.email == "vesna@example.org" and person.erased_at is None
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_empty_password_is_asked_for(client, person):
    client.force_login(person)

    response = client.post(DELETE_URL, {})

    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_deleted_account_keeps_no_name_no_address_and_cannot_sign_in(client, person, home_page):
    organisation = OrganisationFactory()
    MembershipFactory(user=person, organisation=organisation, is_manager=True)
    person.speaking_for = organisation
    person.save()
    client.force_login(person)

    response = delete(client)

    assert response.redirect_chain[-1][0] == "/en/"
    assert "Your account has been deleted." in response.content.decode()
    assert client.get(reverse("accounts:profile")).status_code == 302
    person = User.objects.get(pk=person.pk)
    assert person.email == f"former-{person.pk}@invalid"
    assert (person.first_name, person.last_name) == ("", "")
    assert person.get_full_name() == str(person) == "Former participant"
    assert person.is_erased and not person.is_active
    assert not person.has_usable_password()
    assert person.speaking_for is None
    assert not Membership.objects.filter(user=person).exists()
    assert not EmailAddress.objects.filter(user=person).exists()
    assert not EmailAddress.objects.filter(email="vesna@example.org").exists()
    signing_in = client.post(
        reverse("account_login"), {"login": "vesna@example.org", "password": PASSWORD}
    )
    assert signing_in.status_code == 200
    assert client.get(reverse("accounts:profile")).status_code == 302


def test_the_address_is_free_to_sign_up_again(client, person):
    DeleteAccount(person).execute()

    newcomer = UserFactory(email="vesna@example.org")

    assert newcomer.pk != person.pk


def test_a_second_deletion_is_refused_clearly(client, person):
    client.force_login(person)
    delete(client)

    again = client.post(DELETE_URL, {"password": PASSWORD})
    with pytest.raises(AccountAlreadyDeleted, match="already been deleted"):
        DeleteAccount(User.objects.get(pk=person.pk)).execute()

    assert again.status_code == 302
    assert again["Location"].startswith(reverse("account_login"))


def test_audit_keeps_the_action_not_the_name(client, person):
    organisation = OrganisationFactory(name="Roma Education Fund")
    membership = MembershipFactory(user=person, organisation=organisation, confirmed_at=None)
    ConfirmMembership(membership, by=manager_of(organisation)).execute()
    by_editor = editor()
    log(
        instance=person,
        action="wagtail.edit",
        user=by_editor,
        data={"note": "Vesna Draganić <vesna@example.org> asked for a new address"},
    )

    DeleteAccount(person).execute()

    confirmed = ModelLogEntry.objects.get(action="accounts.membership.confirm")
    assert confirmed.label == "Former participant – Roma Education Fund"
    edited = ModelLogEntry.objects.get(action="wagtail.edit")
    assert edited.user_id == by_editor.pk
    assert edited.data == {
        "note": f"Former participant <former-{person.pk}@invalid> asked for a new address"
    }
    assert ModelLogEntry.objects.filter(
        action="accounts.account.delete", object_id=str(person.pk)
    ).exists()
