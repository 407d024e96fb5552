from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
from django.core.exceptions import ValidationError

from hearings.models import EventStatus, HearingPage
from hearings.tests.factories import HearingPageFactory, days_from_now

pytestmark = pytest.mark.django_db


def test_hearing_to_come_is_upcoming(index):
    hearing = HearingPageFactory(parent=index)

    assert hearing.status == EventStatus.UPCOMING
    assert list(HearingPage.objects.upcoming()) == [hearing]


def test_hearing_under_way_is_in_progress_and_still_listed_as_upcoming(index):
    hearing = HearingPageFactory(parent=index, starts_at=days_from_now(0, hours=-1))

    assert hearing.status == EventStatus.IN_PROGRESS
    assert list(HearingPage.objects.upcoming()) == [hearing]


def test_hearing_is_held_once_it_has_ended(index):
    hearing = HearingPageFactory(parent=index)

    with mock.patch("django.utils.timezone.now", return_value=hearing.ends_at):
        assert hearing.status == EventStatus.HELD
        assert list(HearingPage.objects.past()) == [hearing]
        assert list(HearingPage.objects.upcoming()) == []


@pytest.mark.parametrize("hours_after_start", [0, -1], ids=["same moment", "earlier"])
def test_ending_before_starting_is_refused_with_a_clear_message(index, hours_after_start):
    hearing = HearingPageFactory(parent=index)
    hearing.ends_at = hearing.starts_at + timedelta(hours=hours_after_start)

    with pytest.raises(ValidationError) as refused:
        hearing.full_clean()

    assert refused.value.message_dict["ends_at"] == ["The event must end after it starts."]


def test_hearing_needs_a_venue_or_an_online_link(index):
    hearing = HearingPageFactory(parent=index)
    hearing.venue = ""

    with pytest.raises(ValidationError) as refused:
        hearing.full_clean()

    assert refused.value.message_dict["venue"] == ["Give a venue, an online link, or both."]
    hearing.online_url = "https://meet.example.org/asylum-law"
    hearing.full_clean()


def test_page_shows_when_in_belgrade_time_and_where(client, index):
    hearing = HearingPageFactory(
        parent=index,
        starts_at=datetime(2030, 6, 3, 8, 0, tzinfo=UTC),
        ends_at=datetime(2030, 6, 3, 11, 30, tzinfo=UTC),
        online_url="https://meet.example.org/asylum-law",
    )

    html = client.get(hearing.url).content.decode()

    assert '<time datetime="2030-06-03T10:00:00+02:00">3 June 2030, 10:00</time>' in html
    assert '<time datetime="2030-06-03T13:30:00+02:00">13:30</time>' in html
    assert "<dd>Belgrade City Hall, Dragoslava Jovanovića 2, Belgrade</dd>" in html
    assert '<a href="https://meet.example.org/asylum-law" rel="external">' in html
    assert '<span class="status status--upcoming">Upcoming</span>' in html
