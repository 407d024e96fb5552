"""The home page, the health check and the page-not-found page."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import hooks as wagtail_hooks

from iris_site import hooks

pytestmark = pytest.mark.django_db


def panels():
    return [
        hooks.HomePanel("tests/panel.html", lambda request: {"heading": "Hearings"}, order=30),
        hooks.HomePanel("tests/panel.html", lambda request: None, order=20),
        hooks.HomePanel("tests/panel.html", lambda request: {"heading": "Drafts"}, order=10),
    ]


def test_home_page_shows_panels_in_order_leaving_out_those_with_nothing_to_show(
    client, home_page, tests_templates
):
    with wagtail_hooks.register_temporarily(hooks.HOME_PANELS, panels):
        response = client.get("/en/")

    page = BeautifulSoup(response.content, "html.parser")
    assert [h2.get_text() for h2 in page.select(".test-panel h2")] == ["Drafts", "Hearings"]
    assert "Nothing has been published yet." not in response.content.decode()


def test_home_page_without_panels_says_nothing_is_published(client, home_page):
    response = client.get("/en/")

    assert response.status_code == 200
    assert "Nothing has been published yet." in response.content.decode()


@pytest.mark.parametrize("language_code", [code for code, _name in settings.LANGUAGES])
def test_home_page_answers_in_every_language(client, translated_home, language_code):
    response = client.get(f"/{language_code}/")

    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == language_code
    assert page.h1.get_text() == translated_home[language_code].title


def test_health_check_answers_when_the_database_does(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_missing_page_is_a_404_in_the_site_layout(client, home_page):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "Page not found"
    assert page.find("a", class_="skip-link") is not None
    assert page.find("nav", class_="language-switcher") is not None


@pytest.mark.parametrize("address", ["/en/no-such-page/", "/no-such-page/", "/documents/x/"])
def test_missing_page_is_the_sites_404_page_in_development_too(
    client, home_page, settings, address
):
    settings.DEBUG = True

    response = client.get(address, follow=True)  # an address without a language gets one

    assert response.status_code == 404
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "Page not found"
    assert "URLconf" not in response.text  # Django's debug page lists every pattern


def test_home_page_queries_do_not_grow_with_its_translations(client, home_page, locales):
    client.get("/en/")  # warms the site and content-type caches
    with CaptureQueriesContext(connection) as english_only:
        assert client.get("/en/").status_code == 200
    for code, locale in locales.items():
        if code != "en":
            home_page.copy_for_translation(locale).save_revision().publish()
    client.get("/en/")  # navigation and language links, worked out again

    with CaptureQueriesContext(connection) as translated:
        assert client.get("/en/").status_code == 200

    assert len(translated) == len(english_only)


def test_site_name_follows_the_readers_language_in_the_header_and_the_title(
    client, translated_home
):
    german = translated_home["de"]
    german.title = "IRIS-Dialog"
    german.save_revision().publish()

    for language_code, name in [("de", "IRIS-Dialog"), ("en", "IRIS Dialogue")]:
        for address in [f"/{language_code}/", f"/{language_code}/accounts/login/"]:
            page = BeautifulSoup(client.get(address).content, "html.parser")

            assert page.find(class_="site-header__name").get_text() == name
            assert page.title.get_text().endswith(name)
