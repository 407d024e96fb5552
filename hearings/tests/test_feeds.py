"""The events' RSS and Atom feed, read back as a feed reader would: live,
public events with what their page shows, never who registered."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from hearings.tests.factories import (
    HearingPageFactory,
    HearingRegistrationFactory,
    NetworkEventPageFactory,
)
from iris_site.tests.feeds import read_feed

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_feed_lists_every_kind_of_event(client, index, feed_format):
    hearing = HearingPageFactory(parent=index, title="Hearing on asylum")
    NetworkEventPageFactory(parent=index, title="Social academy")
    HearingRegistrationFactory(hearing=hearing, name="Registered Person", email="p@example.org")

    response = client.get(f"/en/feeds/events/{feed_format}/")

    assert response.status_code == 200
    feed = read_feed(response)
    assert feed.title == "Events and public hearings"
    assert [entry.title.split(" (")[0] for entry in feed.entries] == [
        "Social academy",
        "Hearing on asylum",
    ]
    assert feed.entries[1].link == f"http://testserver{hearing.url}"
    content = response.content.decode()
    assert "Registered Person" not in content
    assert "p@example.org" not in content


def test_cancelled_event_says_so(client, index):
    HearingPageFactory(parent=index, title="Hearing on asylum", cancelled=True)

    feed = read_feed(client.get("/en/feeds/events/rss/"))

    assert feed.entries[0].title.startswith("Cancelled: Hearing on asylum (")


def test_unpublished_and_private_events_stay_out(client, index):
    HearingPageFactory(parent=index, title="Public hearing")
    HearingPageFactory(parent=index, title="Draft hearing").unpublish()
    private = HearingPageFactory(parent=index, title="Closed meeting")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    feed = read_feed(client.get("/en/feeds/events/rss/"))

    assert [entry.title.split(" (")[0] for entry in feed.entries] == ["Public hearing"]


def test_index_page_announces_the_feed(client, index):
    html = client.get(index.url).content.decode()

    assert '<link rel="alternate" type="application/atom+xml" href="/en/feeds/events/atom/"' in html
    assert '<a href="/en/feeds/events/rss/" type="application/rss+xml">RSS</a>' in html


def test_feed_queries_do_not_grow_with_events(client, index, django_assert_num_queries):
    HearingPageFactory(parent=index)
    client.get("/en/feeds/events/rss/")  # warms the site and content-type caches
    with CaptureQueriesContext(connection) as baseline:
        client.get("/en/feeds/events/rss/")
    for _ in range(2):
        HearingPageFactory(parent=index)
        NetworkEventPageFactory(parent=index)

    with django_assert_num_queries(len(baseline.captured_queries)):
        assert len(read_feed(client.get("/en/feeds/events/rss/")).entries) == 5
