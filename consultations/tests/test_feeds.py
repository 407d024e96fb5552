"""The consultations' RSS and Atom feeds, read back as a feed reader would:
new consultations, filtered like the index, and a consultation's answers
once its report is public."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from consultations.tests.factories import (
    AnswerFactory,
    CommentFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
)
from iris_site.tests.feeds import read_feed

pytestmark = pytest.mark.django_db

FEED = "/en/feeds/consultations/"


def titles(feed):
    return sorted(entry.title for entry in feed.entries)


@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_feed_lists_new_consultations_with_absolute_links(
    client, index, regional_consultations, feed_format
):
    response = client.get(f"{FEED}{feed_format}/")

    assert response.status_code == 200
    feed = read_feed(response)
    assert feed.title == "New consultations"
    assert feed.language == "en"
    assert titles(feed) == ["Housing strategy", "Law on Asylum", "Rulebook"]
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/en/consultations/")
    assert "Changes to the registration of asylum seekers." in feed.entries[0].description


@pytest.mark.parametrize(
    ("filters", "expected_title", "expected"),
    [
        ({"country": "MK"}, "New consultations: North Macedonia", ["Law on Asylum"]),
        (
            {"institution": "msp"},
            "New consultations: Ministry of Social Policy",
            ["Law on Asylum"],
        ),
        (
            {"policy_area": "asylum", "country": "RS"},
            "New consultations: Serbia, Asylum",
            ["Housing strategy"],
        ),
    ],
)
def test_feed_filters_by_country_institution_and_policy_area(
    client, index, regional_consultations, filters, expected_title, expected
):
    feed = read_feed(client.get(f"{FEED}rss/", filters))

    assert feed.title == expected_title
    assert titles(feed) == expected


@pytest.mark.parametrize(
    "filters", [{"country": "XX"}, {"institution": "no-such-ministry"}, {"policy_area": "%00"}]
)
def test_unknown_filter_gives_an_empty_feed_that_says_so(
    client, index, regional_consultations, filters
):
    response = client.get(f"{FEED}rss/", filters)

    assert response.status_code == 200
    feed = read_feed(response)
    assert feed.title == "New consultations: no consultation matches this filter"
    assert feed.entries == []


def test_unpublished_and_private_consultations_stay_out(client, index, regional_consultations):
    draft = ConsultationPageFactory(parent=index, title="Secret draft")
    draft.unpublish()
    private = ConsultationPageFactory(parent=index, title="Private consultation")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    feed = read_feed(client.get(f"{FEED}rss/"))

    assert "Secret draft" not in titles(feed)
    assert "Private consultation" not in titles(feed)


def test_index_page_announces_its_feeds_with_its_filters(client, index, regional_consultations):
    html = client.get(index.url, {"country": "RS"}).content.decode()

    assert f'<link rel="alternate" type="application/rss+xml" href="{FEED}rss/?country=RS"' in html
    assert (
        f'<link rel="alternate" type="application/atom+xml" href="{FEED}atom/?country=RS"' in html
    )
    assert f'<a href="{FEED}rss/?country=RS" type="application/rss+xml">RSS</a>' in html


@pytest.fixture
def reported(index):
    """A consultation whose report is public: one answered comment, one
    unanswered, and one answered but hidden since."""
    consultation = ConsultationPageFactory(parent=index, closed=True)
    answered = CommentFactory(consultation=consultation)
    AnswerFactory(comment=answered, outcome="accepted", reasoning="The deadline is extended.")
    CommentFactory(consultation=consultation)
    hidden = CommentFactory(consultation=consultation, state="hidden", text="Hidden words")
    AnswerFactory(comment=hidden, reasoning="Answer to hidden words")
    ConsultationReportFactory(consultation=consultation)
    return consultation, answered


@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_answers_feed_lists_the_published_answers(client, reported, feed_format):
    consultation, answered = reported

    response = client.get(f"{FEED}{consultation.pk}/answers/{feed_format}/")

    assert response.status_code == 200
    feed = read_feed(response)
    assert feed.title == f"Answers to the comments on {consultation.title}"
    assert [entry.title for entry in feed.entries] == [f"Accepted: comment {answered.pk}"]
    entry = feed.entries[0]
    assert entry.link == f"http://testserver{consultation.url}report/#comment-{answered.pk}"
    assert entry.description == "The deadline is extended."
    assert "hidden" not in response.content.decode().lower()


def test_answers_feed_waits_for_the_report(client, index):
    consultation = ConsultationPageFactory(parent=index, closed=True)
    AnswerFactory(comment=CommentFactory(consultation=consultation), reasoning="Not yet public")
    ConsultationReportFactory(consultation=consultation, published_at=None)

    response = client.get(f"{FEED}{consultation.pk}/answers/rss/")

    assert response.status_code == 404
    assert b"Not yet public" not in response.content


def test_answers_feed_of_an_unpublished_consultation_is_not_found(client, reported):
    consultation, _answered = reported
    consultation.unpublish()

    assert client.get(f"{FEED}{consultation.pk}/answers/rss/").status_code == 404


def test_report_page_announces_its_answers_feed(client, reported):
    consultation, _answered = reported

    html = client.get(f"{consultation.url}report/").content.decode()

    assert f'href="{FEED}{consultation.pk}/answers/rss/"' in html
    assert f'href="{FEED}{consultation.pk}/answers/atom/"' in html


@pytest.mark.parametrize("feed", ["rss/", "rss/?country=RS&policy_area=asylum"])
def test_feed_queries_do_not_grow_with_consultations(
    client, index, regional_consultations, feed, django_assert_num_queries
):
    client.get(f"{FEED}{feed}")
    client.get(f"{FEED}{feed}")  # warm caches
    with CaptureQueriesContext(connection) as baseline:
        client.get(f"{FEED}{feed}")
    for _ in range(4):
        ConsultationPageFactory(parent=index, country="RS")

    with django_assert_num_queries(len(baseline.captured_queries)):
        response = client.get(f"{FEED}{feed}")
    assert response.status_code == 200


def test_answers_feed_queries_do_not_grow_with_answers(client, reported, django_assert_num_queries):
    consultation, _answered = reported
    url = f"{FEED}{consultation.pk}/answers/rss/"
    client.get(url)
    with CaptureQueriesContext(connection) as baseline:
        client.get(url)
    for _ in range(4):
        AnswerFactory(comment=CommentFactory(consultation=consultation))

    with django_assert_num_queries(len(baseline.captured_queries)):
        assert len(read_feed(client.get(url)).entries) == 5
