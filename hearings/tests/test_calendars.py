"""The .ics files of an event and of a filtered list, read back with the
``icalendar`` library as a calendar program reads them."""

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from hearings.tests.factories import (
    HearingPageFactory,
    NetworkEventPageFactory,
    ParliamentEventPageFactory,
)

pytestmark = pytest.mark.django_db


def read(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content).walk("VEVENT")


def feed_of(client, page, **query):
    return read(client.get(page.url + page.reverse_subpage("event_calendar"), query))


def index_feed(client, index, **query):
    return read(client.get(index.url + index.reverse_subpage("index_calendar"), query))


def local(value, zone):
    return value.dt.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def test_times_stay_local_on_both_sides_of_a_daylight_saving_change(client, index):
    # 10:00 in Belgrade is 09:00 UTC in winter and 08:00 UTC in summer.
    winter = HearingPageFactory(
        parent=index,
        title="Winter hearing",
        starts_at=datetime(2030, 3, 29, 9, 0, tzinfo=UTC),
        ends_at=datetime(2030, 3, 29, 12, 0, tzinfo=UTC),
    )
    summer = HearingPageFactory(
        parent=index,
        title="Summer hearing",
        starts_at=datetime(2030, 4, 1, 8, 0, tzinfo=UTC),
        ends_at=datetime(2030, 4, 1, 11, 0, tzinfo=UTC),
    )
    # From 23:00 on the night the clocks go forward until 05:00: six hours on
    # the wall clock, five in fact.
    overnight = NetworkEventPageFactory(
        parent=index,
        title="Night of the media caravan",
        starts_at=datetime(2030, 3, 30, 22, 0, tzinfo=UTC),
        ends_at=datetime(2030, 3, 31, 3, 0, tzinfo=UTC),
    )

    events = {str(event["summary"]): event for event in index_feed(client, index)}

    belgrade = winter.zone
    assert local(events["Winter hearing"]["dtstart"], belgrade) == "2030-03-29 10:00"
    assert local(events["Summer hearing"]["dtstart"], belgrade) == "2030-04-01 10:00"
    night = events["Night of the media caravan"]
    assert local(night["dtstart"], belgrade) == "2030-03-30 23:00"
    assert local(night["dtend"], belgrade) == "2030-03-31 05:00"
    # Five hours in fact: the clocks went forward during the night.
    assert night["dtend"].dt.astimezone(UTC) - night["dtstart"].dt.astimezone(UTC) == (
        overnight.ends_at - overnight.starts_at
    )
    for event, page in ((events["Summer hearing"], summer), (night, overnight)):
        assert event["dtstart"].dt == page.starts_at
        assert event["dtstart"].params["TZID"] == "Europe/Belgrade"
    calendar = Calendar.from_ical(
        client.get(index.url + index.reverse_subpage("index_calendar")).content
    )
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Belgrade"]


def in_utc_by_the_files_own_zone(calendar, entry, name):
    """The instant ``entry[name]`` stands for, read as a calendar program
    without the time-zone database reads it: the wall-clock time as written,
    in the zone the file itself describes (its VTIMEZONE)."""
    (zone,) = [
        zone
        for zone in calendar.walk("VTIMEZONE")
        if str(zone["tzid"]) == entry[name].params["TZID"]
    ]
    wall_clock = entry[name].dt.replace(tzinfo=None)
    return wall_clock.replace(tzinfo=zone.to_tz(lookup_tzid=False)).astimezone(UTC)


@pytest.mark.parametrize(
    ("starts_at", "wall_clock"),
    [
        (datetime(2030, 3, 29, 9, 0, tzinfo=UTC), "2030-03-29 10:00"),
        (datetime(2030, 4, 1, 8, 0, tzinfo=UTC), "2030-04-01 10:00"),
        (datetime(2030, 10, 25, 8, 0, tzinfo=UTC), "2030-10-25 10:00"),
        (datetime(2030, 10, 28, 9, 0, tzinfo=UTC), "2030-10-28 10:00"),
    ],
    ids=["before spring", "after spring", "before autumn", "after autumn"],
)
def test_an_events_own_file_gives_its_local_time_by_the_zone_it_describes(
    client, index, starts_at, wall_clock
):
    hearing = HearingPageFactory(
        parent=index, starts_at=starts_at, ends_at=starts_at + timedelta(hours=3)
    )

    response = client.get(hearing.url + hearing.reverse_subpage("event_calendar"))
    calendar = Calendar.from_ical(response.content)
    (entry,) = calendar.walk("VEVENT")

    assert entry["dtstart"].params["TZID"] == "Europe/Belgrade"
    assert entry["dtstart"].dt.strftime("%Y-%m-%d %H:%M") == wall_clock
    assert in_utc_by_the_files_own_zone(calendar, entry, "dtstart") == starts_at
    assert in_utc_by_the_files_own_zone(calendar, entry, "dtend") == hearing.ends_at


def test_the_list_file_gives_local_times_across_the_change_by_the_zone_it_describes(client, index):
    # The night the clocks go forward in Belgrade: 23:00 to 05:00 on the wall, five hours.
    night = NetworkEventPageFactory(
        parent=index,
        starts_at=datetime(2030, 3, 30, 22, 0, tzinfo=UTC),
        ends_at=datetime(2030, 3, 31, 3, 0, tzinfo=UTC),
    )

    response = client.get(index.url + index.reverse_subpage("index_calendar"))
    calendar = Calendar.from_ical(response.content)
    (entry,) = calendar.walk("VEVENT")

    assert in_utc_by_the_files_own_zone(calendar, entry, "dtstart") == night.starts_at
    assert in_utc_by_the_files_own_zone(calendar, entry, "dtend") == night.ends_at


def test_an_event_in_brussels_is_written_in_brussels_time(client, index):
    event = ParliamentEventPageFactory(
        parent=index,
        starts_at=datetime(2030, 11, 5, 14, 0, tzinfo=UTC),
        ends_at=datetime(2030, 11, 5, 16, 0, tzinfo=UTC),
    )

    (entry,) = feed_of(client, event)

    assert entry["dtstart"].params["TZID"] == "Europe/Brussels"
    assert local(entry["dtstart"], event.zone) == "2030-11-05 15:00"


def test_uid_stays_and_sequence_grows_when_the_time_or_place_changes(client, index):
    hearing = HearingPageFactory(parent=index)
    (first,) = feed_of(client, hearing)

    hearing.title = "Public hearing on the draft, renamed"
    hearing.save_revision().publish()
    (renamed,) = feed_of(client, hearing)
    hearing.refresh_from_db()
    hearing.venue = "Palace of Serbia, Bulevar Mihajla Pupina 2"
    hearing.save_revision().publish()
    (moved,) = feed_of(client, hearing)

    assert first["uid"] == renamed["uid"] == moved["uid"]
    assert (first["sequence"], renamed["sequence"], moved["sequence"]) == (0, 0, 1)
    assert str(moved["location"]) == "Palace of Serbia, Bulevar Mihajla Pupina 2"


def test_every_language_of_an_event_is_the_same_calendar_entry(client, index, translated_home):
    hearing = HearingPageFactory(parent=index)
    serbian = hearing.copy_for_translation(translated_home["sr"].locale, copy_parents=True)
    serbian.save_revision().publish()

    assert feed_of(client, hearing)[0]["uid"] == feed_of(client, serbian.specific)[0]["uid"]


def test_a_cancelled_event_is_cancelled_in_calendars(client, index):
    hearing = HearingPageFactory(parent=index)
    (before,) = feed_of(client, hearing)
    hearing.cancelled = True
    hearing.save_revision().publish()

    (after,) = feed_of(client, hearing)

    assert (str(before["status"]), str(after["status"])) == ("CONFIRMED", "CANCELLED")
    assert after["sequence"] > before["sequence"]


def test_the_list_feed_has_what_the_filtered_list_shows(client, index):
    HearingPageFactory(parent=index, title="Hearing in Belgrade")
    NetworkEventPageFactory(parent=index, title="Academy in Skopje", country="MK")

    titles = [str(event["summary"]) for event in index_feed(client, index, country="MK")]

    assert titles == ["Academy in Skopje"]


def test_index_links_to_the_feed_of_its_filters(client, index):
    NetworkEventPageFactory(parent=index, country="MK")

    html = client.get(index.url, {"country": "MK"}).content.decode()

    assert f'href="{index.url}{index.reverse_subpage("index_calendar")}?country=MK"' in html
