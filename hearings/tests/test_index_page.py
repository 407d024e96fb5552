import re
from datetime import UTC, datetime

import pytest
from django.conf import settings

from hearings.tests.factories import (
    HearingIndexPageFactory,
    HearingPageFactory,
    NetworkEventPageFactory,
    ParliamentEventPageFactory,
    days_from_now,
)
from iris_site.models import PolicyArea

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

    assert section_titles(response, "upcoming-events") == ["Tomorrow", "In a month"]
    assert section_titles(response, "past-events") == ["Last week", "Last year"]


def test_index_lists_only_the_hearings_of_its_language(client, index, translated_home):
    serbian_index = HearingIndexPageFactory(parent=translated_home["sr"])
    HearingPageFactory(parent=serbian_index, title="Јавно слушање", slug="slusanje")
    HearingPageFactory(parent=index, title="Public hearing")

    assert section_titles(client.get(serbian_index.url), "upcoming-events") == ["Јавно слушање"]
    assert section_titles(client.get(index.url), "upcoming-events") == ["Public hearing"]


def test_index_says_so_when_no_hearing_is_announced(client, index):
    html = client.get(index.url).content.decode()

    assert "No event has been announced yet." in html
    assert 'aria-labelledby="past-events"' not in html


def test_past_hearings_are_paginated(client, index):
    for days in range(1, index.per_page + 2):
        HearingPageFactory(parent=index, title=f"{days} days ago", starts_at=days_from_now(-days))

    first = client.get(index.url)
    second = client.get(index.url, {"page": 2})

    assert len(section_titles(first, "past-events")) == index.per_page
    assert section_titles(second, "past-events") == [f"{index.per_page + 1} days ago"]


def test_events_to_come_then_past_ones_are_paged_as_one_list(client, index):
    for days in range(1, index.per_page):
        HearingPageFactory(parent=index, title=f"In {days} days", starts_at=days_from_now(days))
    HearingPageFactory(parent=index, title="Yesterday", starts_at=days_from_now(-1))
    HearingPageFactory(parent=index, title="Two days ago", starts_at=days_from_now(-2))

    first = client.get(index.url)
    second = client.get(index.url, {"page": 2})

    assert section_titles(first, "upcoming-events") == [
        f"In {days} days" for days in range(1, index.per_page)
    ]
    assert section_titles(first, "past-events") == ["Yesterday"]
    assert section_titles(second, "upcoming-events") is None
    assert section_titles(second, "past-events") == ["Two days ago"]
    assert "Page 2 of 2" in second.content.decode()


@pytest.mark.parametrize("page", ["-1", "0", "999999999999999999999", "two"])
def test_index_answers_any_page_number(client, index, page):
    HearingPageFactory(parent=index, past=True)

    response = client.get(index.url, {"page": page})

    assert response.status_code == 200
    assert len(section_titles(response, "past-events")) == 1


@pytest.mark.parametrize("hearings", [1, 12])
def test_index_query_count_does_not_grow_with_hearings(
    client, index, django_assert_num_queries, hearings
):
    for days in range(1, hearings + 1):
        HearingPageFactory(parent=index, starts_at=days_from_now(days))
        HearingPageFactory(parent=index, starts_at=days_from_now(-days))
    client.get(index.url)  # warms the site and content-type caches

    with django_assert_num_queries(9):
        response = client.get(index.url)

    assert len(section_titles(response, "upcoming-events")) == min(hearings, index.per_page)


def test_index_filters_events_by_kind_country_and_language(client, index):
    HearingPageFactory(parent=index, title="Hearing in Belgrade", languages=["sr"])
    NetworkEventPageFactory(
        parent=index, title="Academy in Skopje", country="MK", languages=["mk", "en"]
    )
    ParliamentEventPageFactory(parent=index, title="Briefing in Brussels", languages=["en"])

    def titles(**query):
        return section_titles(client.get(index.url, query), "upcoming-events")

    assert titles(kind="social-academy") == ["Academy in Skopje"]
    assert titles(country="BE") == ["Briefing in Brussels"]
    assert sorted(titles(language="en")) == ["Academy in Skopje", "Briefing in Brussels"]


def test_filters_count_what_was_published_and_name_areas_as_renamed(client, index):
    area = PolicyArea.objects.create(name="Asylum", slug="asylum", locale=index.locale)
    hearing = HearingPageFactory(parent=index)
    hearing.policy_areas.set([area])
    hearing.save()
    before = client.get(index.url).content.decode()

    event = NetworkEventPageFactory(parent=index, country="MK", publish=False)
    event.save_revision().publish()
    area.name = "Asylum and migration"
    area.save()
    after = client.get(index.url).content.decode()

    assert "North Macedonia (1)" not in before
    assert "Asylum (1)" in before
    assert "North Macedonia (1)" in after
    assert "Asylum and migration (1)" in after


def test_month_view_puts_each_event_on_its_days_without_script(client, index):
    HearingPageFactory(
        parent=index,
        title="Two-day hearing",
        starts_at=datetime(2030, 5, 30, 7, 0, tzinfo=UTC),
        ends_at=datetime(2030, 5, 31, 15, 0, tzinfo=UTC),
    )
    HearingPageFactory(
        parent=index, title="June hearing", starts_at=datetime(2030, 6, 3, 8, 0, tzinfo=UTC)
    )

    html = client.get(index.url, {"month": "2030-05"}).content.decode()

    days = re.findall(
        r'<time datetime="(2030-0[56]-\d\d)">\d+</time></span>\s*<ul><li><a href="[^"]+">([^<]+)',
        html,
    )
    assert days == [("2030-05-30", "Two-day hearing"), ("2030-05-31", "Two-day hearing")]
    assert "<script" not in html.split('class="month"')[1].split("</section>")[0]
    assert 'href="?month=2030-06"' in html and 'href="?month=2030-04"' in html


@pytest.mark.parametrize("month", ["2030-13", "May", "0000-01", "9999-99"])
def test_a_month_that_is_not_one_is_refused_politely(client, index, month):
    HearingPageFactory(parent=index, title="Hearing")

    response = client.get(index.url, {"month": month})

    assert response.status_code == 200
    assert section_titles(response, "upcoming-events") == ["Hearing"]


@pytest.mark.parametrize("language_code", [code for code, _name in settings.LANGUAGES])
def test_every_language_lists_the_hearings_it_has_no_translation_of(
    client, translated_home, language_code
):
    index = HearingIndexPageFactory(parent=translated_home["en"])
    HearingPageFactory(parent=index, title="Hearing on asylum", starts_at=days_from_now(3))

    for address in [f"/{language_code}/{index.slug}/", f"/{language_code}/"]:
        response = client.get(address)

        assert response.status_code == 200
        assert "Hearing on asylum" in response.text
        noted = 'class="language-note"' in response.text
        assert noted == (language_code != "en"), address
