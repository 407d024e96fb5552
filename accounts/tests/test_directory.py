import re

import pytest
from django.core.exceptions import ValidationError

from accounts.models import OrganisationKind
from accounts.tests.factories import (
    InstitutionFactory,
    MembershipFactory,
    OrganisationFactory,
    member_of,
    organisation_directory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(home_page):
    return organisation_directory(home_page)


def listed_names(response):
    return re.findall(
        r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


def test_directory_lists_organisations_with_kind_and_country(client, directory):
    OrganisationFactory(name="Initiative ARSIS", country="AL", verified=True)
    InstitutionFactory(name="Ministry of Security", country="BA", verified=False)

    response = client.get(directory.url)

    assert response.status_code == 200
    assert listed_names(response) == ["Initiative ARSIS", "Ministry of Security"]
    html = response.content.decode()
    assert "Civil-society organisation · Albania" in html
    assert "Ministry or public institution · Bosnia and Herzegovina" in html
    assert "2 organisations" in html


def test_directory_filters_by_country(client, directory):
    OrganisationFactory(name="Initiative ARSIS", country="AL")
    OrganisationFactory(name="LIR CD", country="BA")
    InstitutionFactory(name="Ministry of Security", country="BA")

    response = client.get(directory.url, {"country": "BA"})

    assert listed_names(response) == ["LIR CD", "Ministry of Security"]


def test_directory_filters_by_kind(client, directory):
    OrganisationFactory(name="LIR CD", country="BA")
    InstitutionFactory(name="Ministry of Security", country="BA")
    OrganisationFactory(name="BIRN", kind=OrganisationKind.MEDIA)

    response = client.get(directory.url, {"kind": "public"})

    assert listed_names(response) == ["Ministry of Security"]


def test_directory_filters_by_country_and_kind_together(client, directory):
    OrganisationFactory(name="Initiative ARSIS", country="AL")
    OrganisationFactory(name="LIR CD", country="BA")
    InstitutionFactory(name="Ministry of Security", country="BA")

    response = client.get(directory.url, {"country": "BA", "kind": "cso"})

    assert listed_names(response) == ["LIR CD"]


def test_directory_filters_verified_organisations(client, directory):
    OrganisationFactory(name="Initiative ARSIS", verified=True)
    OrganisationFactory(name="BIRN", verified=False)

    response = client.get(directory.url, {"verified": "on"})

    assert listed_names(response) == ["Initiative ARSIS"]


def test_directory_says_when_no_organisation_matches(client, directory):
    OrganisationFactory(country="AL")

    response = client.get(directory.url, {"country": "ME"})

    assert "No organisation matches these filters." in response.content.decode()


def test_directory_with_an_unknown_filter_value_explains_it(client, directory):
    response = client.get(directory.url, {"country": "XX"})

    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()


def test_directory_is_paginated_and_keeps_the_filters(client, directory):
    OrganisationFactory.create_batch(25, country="RS")
    OrganisationFactory(country="AL")

    first = client.get(directory.url, {"country": "RS"})
    second = client.get(directory.url, {"country": "RS", "page": 2})

    assert len(listed_names(first)) == 24
    assert len(listed_names(second)) == 1
    html = first.content.decode()
    assert "Page 1 of 2" in html
    assert 'href="?country=RS&amp;page=2" rel="next"' in html


def test_directory_queries_do_not_grow_with_organisations(
    client, directory, django_assert_num_queries
):
    OrganisationFactory.create_batch(2)
    client.get(directory.url)  # warm the site and locale caches
    with django_assert_num_queries(8):
        client.get(directory.url)

    OrganisationFactory.create_batch(20)
    with django_assert_num_queries(8):
        client.get(directory.url)


def test_organisation_page_shows_its_facts_and_confirmed_members_only(client, directory):
    organisation = OrganisationFactory(
        name="Local Initiatives for Development",
        short_name="LIR CD",
        country="BA",
        website="https://lir.ba",
        verified=True,
    )
    member_of(organisation, first_name="Amra", last_name="Hodžić")
    MembershipFactory(
        organisation=organisation,
        user__first_name="Luka",
        user__last_name="Jovanović",
        confirmed_at=None,
    )

    response = client.get(f"{directory.url}{organisation.slug}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Local Initiatives for Development (LIR CD)</h1>" in html
    assert "Bosnia and Herzegovina" in html
    assert '<a href="https://lir.ba" rel="external">' in html
    assert "Amra Hodžić" in html
    assert "Luka Jovanović" not in html


def test_organisation_page_without_confirmed_members_says_so(client, directory):
    organisation = MembershipFactory(confirmed_at=None).organisation

    response = client.get(f"{directory.url}{organisation.slug}/")

    assert "No one speaks for this organisation on the platform yet." in response.content.decode()


def test_unknown_organisation_is_not_found(client, directory):
    response = client.get(f"{directory.url}no-such-organisation/")

    assert response.status_code == 404


def test_organisation_page_queries_do_not_grow_with_members(
    client, directory, django_assert_max_num_queries, django_assert_num_queries
):
    organisation = OrganisationFactory()
    member_of(organisation)
    url = f"{directory.url}{organisation.slug}/"
    client.get(url)  # warm the site and locale caches
    # Feature apps add their sections (an organisation's events): count them once.
    # One of them reads the description in every language.
    with django_assert_max_num_queries(13) as one_member:
        client.get(url)

    for _member in range(10):
        member_of(organisation)
    with django_assert_num_queries(len(one_member.captured_queries)):
        client.get(url)


@pytest.mark.parametrize(
    ("language_code", "name"),
    [
        ("en", "Ministry of the Interior"),
        ("de", "Innenministerium"),
        ("sr", "Министарство унутрашњих послова"),
        ("sq", "Ministarstvo unutrašnjih poslova"),  # as registered
    ],
)
def test_organisation_is_named_in_the_readers_language(
    client, translated_home, language_code, name
):
    organisation_directory(translated_home["en"])
    organisation = InstitutionFactory(
        name="Ministarstvo unutrašnjih poslova",
        translated_names={
            "en": "Ministry of the Interior",
            "de": "Innenministerium",
            "sr": "Министарство унутрашњих послова",
        },
    )

    listed = client.get(f"/{language_code}/organisations/")
    page = client.get(f"/{language_code}/organisations/{organisation.slug}/")

    assert listed_names(listed) == [name]
    assert f"<h1>{name}</h1>" in page.content.decode()


@pytest.mark.parametrize(
    "translated_names",
    [{"xx": "Ministry"}, {"de": ""}, {"de": "M" * 201}, {"de": ["Ministerium"]}, ["Ministry"]],
)
def test_a_name_in_no_language_of_the_site_is_refused(translated_names):
    organisation = InstitutionFactory.build(translated_names=translated_names)

    with pytest.raises(ValidationError) as refused:
        organisation.full_clean()

    assert "translated_names" in refused.value.message_dict
