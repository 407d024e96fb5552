import re

import pytest
from django.conf import settings

from hearings.tests.factories import HearingIndexPageFactory, HearingPageFactory, days_from_now

pytestmark = pytest.mark.django_db


def section_titles(response, section_id):
    html = response.content.decode()
    found = re.search(rf'aria-labelledby="{section_id}">(.*?)</section>', html, re.DOTALL)
    if found is None:
        return None
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', found.group(1))


def test_index_lists_hearings_to_come_soonest_first_then_past_ones_latest_first(client, index):
    HearingPageFactory(parent=index, title="In a month", starts_at=days_from_now(30))
    HearingPageFactory(parent=index, title="Tomorrow", starts_at=days_from_now(1))
    HearingPageFactory(parent=index, title="Last year", starts_at=days_from_now(-365))
    HearingPageFactory(parent=index, title="Last week", starts_at=days_from_now(-7))
    HearingPageFactory(parent=index, title="Unpublished", publish=False)

    response = client.get(index.url)

    assert section_titles(response, "upcoming-hearings") == ["Tomorrow", "In a month"]
    assert section_titles(response, "past-hearings") == ["Last week", "Last year"]


def test_index_lists_only_the_hearings_of_its_language(client, index, translated_home):
    serbian_index = HearingIndexPageFactory(parent=translated_home["sr"])
    HearingPageFactory(parent=serbian_index, title="Јавно слушање", slug="slusanje")
    HearingPageFactory(parent=index, title="Public hearing")

    assert section_titles(client.get(serbian_index.url), "upcoming-hearings") == ["Јавно слушање"]
    assert section_titles(client.get(index.url), "upcoming-hearings") == ["Public hearing"]


def test_index_says_so_when_no_hearing_is_announced(client, index):
    html = client.get(index.url).content.decode()

    assert "No hearing has been announced yet." in html
    assert 'aria-labelledby="past-hearings"' not in html


def test_past_hearings_are_paginated(client, index):
    for days in range(1, index.per_page + 2):
        HearingPageFactory(parent=index, title=f"{days} days ago", starts_at=days_from_now(-days))

    first = client.get(index.url)
    second = client.get(index.url, {"page": 2})

    assert len(section_titles(first, "past-hearings")) == index.per_page
    assert section_titles(second, "past-hearings") == [f"{index.per_page + 1} days ago"]


@pytest.mark.parametrize("page", ["-1", "0", "999999999999999999999", "two"])
def test_index_answers_any_page_number(client, index, page):
    HearingPageFactory(parent=index, past=True)

    response = client.get(index.url, {"page": page})

    assert response.status_code == 200
    assert len(section_titles(response, "past-hearings")) == 1


@pytest.mark.parametrize("hearings", [1, 12])
def test_index_query_count_does_not_grow_with_hearings(
    client, index, django_assert_num_queries, hearings
):
    for days in range(1, hearings + 1):
        HearingPageFactory(parent=index, starts_at=days_from_now(days))
        HearingPageFactory(parent=index, starts_at=days_from_now(-days))
    client.get(index.url)  # warms the site and content-type caches

    with django_assert_num_queries(11):
        response = client.get(index.url)

    assert len(section_titles(response, "upcoming-hearings")) == hearings


@pytest.mark.parametrize("language_code", [code for code, _name in settings.LANGUAGES])
def test_every_language_lists_the_hearings_it_has_no_translation_of(
    client, translated_home, language_code
):
    index = HearingIndexPageFactory(parent=translated_home["en"])
    HearingPageFactory(parent=index, title="Hearing on asylum", starts_at=days_from_now(3))

    for address in [f"/{language_code}/hearings/", f"/{language_code}/"]:
        response = client.get(address)

        assert response.status_code == 200
        assert "Hearing on asylum" in response.text
        noted = 'class="language-note"' in response.text
        assert noted == (language_code != "en"), address
