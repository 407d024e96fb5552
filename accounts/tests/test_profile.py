import re

import pytest
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
    member_of,
)

pytestmark = pytest.mark.django_db


def profile_data(user, **overrides):
    return {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "speaking_for": "",
        **overrides,
    }


def speaking_for_choices(html):
    select = re.search(r'<select name="speaking_for".*?</select>', html, re.S).group(0)
    return re.findall(r"<option[^>]*>([^<]*)</option>", select)


def test_profile_asks_anonymous_visitors_to_sign_in(client):
    response = client.get(reverse("accounts:profile"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_person_edits_their_name_and_language(client):
    user = UserFactory()
    client.force_login(user)

    response = client.post(
        reverse("accounts:profile"),
        profile_data(user, first_name="Amra", last_name="Hodžić", preferred_language="bs"),
        follow=True,
    )

    assert "Your profile has been saved." in response.content.decode()
    user.refresh_from_db()
    assert (user.first_name, user.last_name, user.preferred_language) == ("Amra", "Hodžić", "bs")


def test_profile_requires_a_name(client):
    user = UserFactory(first_name="Amra")
    client.force_login(user)

    response = client.post(reverse("accounts:profile"), profile_data(user, first_name=""))

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    user.refresh_from_db()
    assert user.first_name == "Amra"


def test_speaking_for_an_organisation_that_has_not_confirmed_is_refused(client):
    membership = MembershipFactory(confirmed_at=None)
    user = membership.user
    client.force_login(user)

    response = client.post(
        reverse("accounts:profile"),
        profile_data(user, first_name="Changed", speaking_for=membership.organisation.pk),
    )

    assert response.status_code == 200
    assert (
        "You can speak for an organisation only once it has confirmed your membership."
        in response.content.decode()
    )
    user.refresh_from_db()
    assert user.speaking_for is None
    assert user.first_name != "Changed"


def test_speaking_for_an_organisation_one_does_not_belong_to_is_refused(client):
    user = UserFactory()
    stranger_organisation = OrganisationFactory()
    client.force_login(user)

    response = client.post(
        reverse("accounts:profile"), profile_data(user, speaking_for=stranger_organisation.pk)
    )

    assert response.status_code == 200
    assert (
        "You can speak for an organisation only once it has confirmed your membership."
        in response.content.decode()
    )
    assert User.objects.get(pk=user.pk).speaking_for is None


def test_speaking_for_an_organisation_that_confirmed_is_accepted(client):
    organisation = OrganisationFactory(name="Open Gate – La Strada")
    user = member_of(organisation)
    client.force_login(user)

    html = client.get(reverse("accounts:profile")).content.decode()
    assert speaking_for_choices(html) == ["Myself only", "Open Gate – La Strada"]
    client.post(reverse("accounts:profile"), profile_data(user, speaking_for=organisation.pk))

    assert User.objects.get(pk=user.pk).speaking_for == organisation


def test_profile_offers_only_confirmed_organisations_to_speak_for(client):
    confirmed = OrganisationFactory(name="Initiative ARSIS")
    pending = MembershipFactory(
        user=member_of(confirmed), organisation__name="City of Bihać", confirmed_at=None
    )
    client.force_login(pending.user)

    html = client.get(reverse("accounts:profile")).content.decode()

    assert speaking_for_choices(html) == ["Myself only", "Initiative ARSIS"]
    assert "awaiting confirmation" in html
