"""The library's RSS and Atom feed, read back as a feed reader would: live,
public documents in the reader's language, newest first."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from iris_site.tests.feeds import read_feed
from policy_library.tests.factories import LibraryDocumentPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_feed_lists_the_documents_newest_first(client, index, feed_format):
    LibraryDocumentPageFactory(parent=index, title="Older brief")
    LibraryDocumentPageFactory(parent=index, title="Newer brief")

    response = client.get(f"/en/feeds/library/{feed_format}/")

    assert response.status_code == 200
    feed = read_feed(response)
    assert feed.title == "New in the policy library"
    assert feed.link == f"http://testserver{index.url}"
    assert [entry.title for entry in feed.entries] == ["Newer brief", "Older brief"]
    assert feed.entries[0].link.startswith(f"http://testserver{index.url}")
    assert feed.entries[0].description == "Access of asylum seekers to social protection."


def test_unpublished_and_private_documents_stay_out(client, index):
    LibraryDocumentPageFactory(parent=index, title="Public brief")
    LibraryDocumentPageFactory(parent=index, title="Draft brief").unpublish()
    private = LibraryDocumentPageFactory(parent=index, title="Members' brief")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    feed = read_feed(client.get("/en/feeds/library/rss/"))

    assert [entry.title for entry in feed.entries] == ["Public brief"]


def test_reader_gets_their_translation_and_the_original_where_none(client, index, locales):
    translated = LibraryDocumentPageFactory(parent=index, title="Asylum brief")
    german = translated.copy_for_translation(locales["de"], copy_parents=True)
    german.title = "Asylbericht"
    german.save_revision().publish()
    LibraryDocumentPageFactory(parent=index, title="Untranslated brief")

    feed = read_feed(client.get("/de/feeds/library/rss/"))

    assert feed.language == "de"
    assert sorted(entry.title for entry in feed.entries) == ["Asylbericht", "Untranslated brief"]
    assert all(entry.link.startswith("http://testserver/de/") for entry in feed.entries)


def test_index_page_announces_the_feed(client, index):
    html = client.get(index.url).content.decode()

    assert '<link rel="alternate" type="application/rss+xml" href="/en/feeds/library/rss/"' in html
    assert '<a href="/en/feeds/library/atom/" type="application/atom+xml">Atom</a>' in html


def test_feed_queries_do_not_grow_with_documents(client, index, django_assert_num_queries):
    LibraryDocumentPageFactory(parent=index)
    client.get("/en/feeds/library/rss/")  # warms the site and content-type caches
    with CaptureQueriesContext(connection) as baseline:
        client.get("/en/feeds/library/rss/")
    for _ in range(4):
        LibraryDocumentPageFactory(parent=index)

    with django_assert_num_queries(len(baseline.captured_queries)):
        assert len(read_feed(client.get("/en/feeds/library/rss/")).entries) == 5
