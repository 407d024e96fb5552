"""Organisations in the read API: the public profile, nothing of the members."""

import pytest

from accounts.tests.factories import OrganisationFactory, member_of

pytestmark = pytest.mark.django_db


def test_lists_public_profiles_without_members(client):
    organisation = OrganisationFactory(country="MK", verified=True)
    member = member_of(organisation)

    response = client.get("/api/v1/organisations/", {"country": "MK", "verified": "true"})

    [item] = response.json()["items"]
    assert item["id"] == organisation.pk
    assert item["slug"] == organisation.slug
    assert member.email not in response.content.decode()
    assert client.get(f"/api/v1/organisations/{organisation.pk}").json()["name"]


def test_name_in_the_language_asked_for(client):
    organisation = OrganisationFactory(
        name="Legal Aid Centre", translated_names={"de": "Rechtshilfezentrum"}
    )

    answer = client.get(
        f"/api/v1/organisations/{organisation.pk}", headers={"Accept-Language": "de"}
    )

    assert answer.json()["name"] == "Rechtshilfezentrum"
    assert answer.json()["registered_name"] == "Legal Aid Centre"
