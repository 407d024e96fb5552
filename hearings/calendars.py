"""Events as iCalendar files (RFC 5545), made with the ``icalendar`` library.

Times are written in the event's own time zone with its VTIMEZONE, so a
calendar shows 10:00 in Belgrade on either side of a daylight-saving change.
The UID is the event's translation key: every language and every edit of an
event is the same calendar entry, and SEQUENCE tells clients it changed."""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

CONTENT_TYPE = "text/calendar; charset=utf-8"


def uid(event):
    return f"{event.translation_key}@{urlsplit(settings.IRIS_BASE_URL).hostname}"


def entry(event):
    component = Event()
    component.add("uid", uid(event))
    component.add("sequence", event.sequence)
    component.add("dtstamp", timezone.now())
    component.add("dtstart", event.starts_at.astimezone(event.zone))
    component.add("dtend", event.ends_at.astimezone(event.zone))
    component.add("summary", event.title)
    component.add("description", event.summary)
    location = ", ".join(part for part in (event.room, event.venue) if part)
    if location or event.online_url:
        component.add("location", location or event.online_url)
    component.add("url", settings.IRIS_BASE_URL + event.get_url_parts()[2])
    component.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    return component


def calendar(events, name):
    """The iCalendar file of ``events``, as bytes."""
    document = Calendar()
    document.add("prodid", "-//IRIS Dialogue//Events//EN")
    document.add("version", "2.0")
    document.add("x-wr-calname", name)
    for event in events:
        document.add_component(entry(event))
    document.add_missing_timezones()
    return document.to_ical()
