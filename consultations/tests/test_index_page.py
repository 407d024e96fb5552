import re
from datetime import timedelta

import pytest
from django.conf import settings

from consultations.tests.factories import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    days_from_now,
)

pytestmark = pytest.mark.django_db


def listed_titles(response):
    return re.findall(
        r'<h2 class="card__title"><a href="[^"]+"[^>]*>([^<]+)</a>', response.content.decode()
    )


def test_index_lists_every_consultation_in_the_readers_language_newest_first(
    client, index, translated_home, locales
):
    ConsultationPageFactory(
        parent=index, title="Strategy", opens_at=days_from_now(-60), closed=True
    )
    ConsultationPageFactory(parent=index, title="Law on Asylum", opens_at=days_from_now(-2))
    ConsultationPageFactory(parent=index, title="Action plan", upcoming=True)
    ConsultationPageFactory(parent=index, title="Unpublished bylaw", publish=False)
    serbian_index = ConsultationIndexPageFactory(parent=translated_home["sr"])
    ConsultationPageFactory(
        parent=serbian_index,
        title="Закон о азилу",
        slug="zakon-o-azilu",
        opens_at=days_from_now(-30),
    )

    response = client.get(index.url)

    assert listed_titles(response) == ["Action plan", "Law on Asylum", "Закон о азилу", "Strategy"]
    assert "4 consultations" in response.content.decode()
    assert response.content.decode().count('class="language-note"') == 1
    assert listed_titles(client.get(serbian_index.url)) == [
        "Action plan",
        "Law on Asylum",
        "Закон о азилу",
        "Strategy",
    ]


@pytest.mark.parametrize(
    ("status", "titles"),
    [
        ("open", ["Rulebook", "Law on Asylum"]),
        ("upcoming", ["Action plan"]),
        ("closed", ["Strategy"]),
        ("", ["Action plan", "Rulebook", "Law on Asylum", "Strategy"]),
    ],
)
def test_index_filters_by_status(client, index, status, titles):
    ConsultationPageFactory(parent=index, title="Strategy", closed=True)
    ConsultationPageFactory(parent=index, title="Law on Asylum", opens_at=days_from_now(-9))
    ConsultationPageFactory(parent=index, title="Rulebook", opens_at=days_from_now(-1))
    ConsultationPageFactory(parent=index, title="Action plan", upcoming=True)

    response = client.get(index.url, {"status": status})

    assert listed_titles(response) == titles


def test_status_filter_shows_how_many_consultations_each_status_holds(client, index):
    ConsultationPageFactory(parent=index, closed=True)
    ConsultationPageFactory.create_batch(2, parent=index)

    html = client.get(index.url, {"status": "closed"}).content.decode()

    for label in ["All (3)", "Upcoming (0)", "Open (2)", "Closed (1)"]:
        assert label in html
    assert re.search(r'value="closed"[^>]*checked', html)


def test_unknown_status_shows_every_consultation_and_says_why(client, index):
    ConsultationPageFactory(parent=index, closed=True)
    ConsultationPageFactory(parent=index)

    response = client.get(index.url, {"status": "archived"})

    assert response.status_code == 200
    assert len(listed_titles(response)) == 2
    assert "Select a valid choice." in response.content.decode()


def test_index_is_paginated(client, index):
    for day in range(index.per_page + 1):
        ConsultationPageFactory(parent=index, title=f"Draft {day}", opens_at=days_from_now(-day))

    first = client.get(index.url)
    second = client.get(index.url, {"page": 2})

    assert len(listed_titles(first)) == index.per_page
    assert listed_titles(second) == [f"Draft {index.per_page}"]
    assert 'rel="next"' in first.content.decode()
    assert "Page 2 of 2" in second.content.decode()


@pytest.mark.parametrize("page", ["-1", "0", "999999999999999999999", "two", ""])
def test_index_answers_any_page_number(client, index, page):
    ConsultationPageFactory(parent=index)

    response = client.get(index.url, {"page": page})

    assert response.status_code == 200
    assert len(listed_titles(response)) == 1


@pytest.mark.parametrize("consultations", [1, 12])
def test_index_query_count_does_not_grow_with_consultations(
    client, index, django_assert_num_queries, consultations
):
    for day in range(consultations):
        ConsultationPageFactory(
            parent=index, opens_at=days_from_now(-day), closes_at=days_from_now(30) + timedelta(day)
        )
    client.get(index.url)  # warms the site and content-type caches

    # The status counts and each of the three other facets' counts: one query each.
    with django_assert_num_queries(13):
        response = client.get(index.url, {"status": "open"})

    assert len(listed_titles(response)) == min(consultations, index.per_page)


@pytest.mark.parametrize(
    ("filters", "titles"),
    [
        ({"country": "MK"}, ["Law on Asylum"]),
        ({"country": "RS"}, ["Housing strategy", "Rulebook"]),
        ({"institution": "msp"}, ["Law on Asylum"]),
        ({"policy_area": "asylum"}, ["Law on Asylum", "Housing strategy"]),
        ({"policy_area": "asylum", "country": "RS"}, ["Housing strategy"]),
        ({"status": "closed", "country": "RS"}, ["Rulebook"]),
    ],
)
def test_index_filters_by_country_institution_and_policy_area(
    client, index, regional_consultations, filters, titles
):
    response = client.get(index.url, filters)

    assert listed_titles(response) == titles


def test_each_filter_choice_says_how_many_consultations_it_holds(
    client, index, regional_consultations
):
    html = client.get(index.url).content.decode()

    for choice in [
        "North Macedonia (1)",
        "Serbia (2)",
        "Ministry of Social Policy (1)",
        "Asylum (2)",
        "Housing (1)",
    ]:
        assert choice in html


def test_unknown_filter_value_is_reported_and_the_other_filters_still_apply(
    client, index, regional_consultations
):
    response = client.get(index.url, {"institution": "no-such-ministry", "country": "MK"})

    assert response.status_code == 200
    assert listed_titles(response) == ["Law on Asylum"]
    assert "Select a valid choice." in response.content.decode()


@pytest.mark.parametrize("language_code", [code for code, _name in settings.LANGUAGES])
def test_every_language_lists_the_consultations_it_has_no_translation_of(
    client, translated_home, language_code
):
    index = ConsultationIndexPageFactory(parent=translated_home["en"])
    ConsultationPageFactory(parent=index, title="Law on Asylum")

    for address in [f"/{language_code}/consultations/", f"/{language_code}/"]:
        response = client.get(address)

        assert response.status_code == 200
        assert "Law on Asylum" in response.text
        noted = 'class="language-note"' in response.text
        assert noted == (language_code != "en"), address
