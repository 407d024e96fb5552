"""The main navigation: contributed entries, in order, that lead somewhere."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail import hooks as wagtail_hooks

from iris_site import hooks, page_cache
from iris_site.models import HomePage
from iris_site.navigation import navigation_items

pytestmark = pytest.mark.django_db


def main_navigation(response):
    """(label, address, aria-current) of each main-navigation link."""
    nav = BeautifulSoup(response.content, "html.parser").find("nav", class_="main-nav")
    if nav is None:
        return []
    return [(a.get_text(strip=True), a["href"], a.get("aria-current")) for a in nav.find_all("a")]


def account_links():
    return [
        hooks.NavigationItem(label="Create an account", url_name="account_signup", order=90),
        hooks.NavigationItem(label="Sign in here", url_name="account_login", order=10),
    ]


def test_entries_appear_in_their_order(client, directory_page):
    with wagtail_hooks.register_temporarily(hooks.NAVIGATION, account_links):
        links = main_navigation(client.get("/en/"))

    ours = ["Sign in here", "Organisations", "Create an account"]
    assert [(label, url) for label, url, _current in links if label in ours] == [
        ("Sign in here", "/en/accounts/login/"),
        ("Organisations", "/en/organisations/"),
        ("Create an account", "/en/accounts/signup/"),
    ]


def test_entry_for_the_page_being_read_is_marked_current(client, directory_page):
    with wagtail_hooks.register_temporarily(hooks.NAVIGATION, account_links):
        links = main_navigation(client.get("/en/organisations/"))

    current = [label for label, _url, aria_current in links if aria_current == "page"]
    assert current == ["Organisations"]


def test_page_entry_is_left_out_where_no_page_is_live_in_the_readers_language(
    client, directory_page, locales
):
    draft = directory_page.copy_for_translation(locales["de"])
    assert not draft.live

    german = [label for label, _url, _current in main_navigation(client.get("/de/"))]
    english = [label for label, _url, _current in main_navigation(client.get("/en/"))]

    assert "Organisations" not in german
    assert "Organisations" in english


def test_navigation_takes_the_same_queries_however_many_entries(directory_page):
    def more_entries():
        return [
            *account_links(),
            hooks.NavigationItem(label="Home", page_model=HomePage),
        ]

    def queries_for_navigation():
        request = RequestFactory().get("/en/organisations/")
        with translation.override("en"), CaptureQueriesContext(connection) as queries:
            navigation_items(request)
        return len(queries)

    queries_for_navigation()  # the site's root paths are cached from the first request on
    page_cache.invalidate(page_cache.SITE)  # as a change to the page tree does
    few = queries_for_navigation()
    page_cache.invalidate(page_cache.SITE)
    with wagtail_hooks.register_temporarily(hooks.NAVIGATION, more_entries):
        many = queries_for_navigation()
        again = queries_for_navigation()

    assert few == many == 4
    assert again == 0  # worked out once until the page tree changes
