"""The language switcher leads to the same content in the other language, or
as near to it as exists."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

pytestmark = pytest.mark.django_db


def language_links(response):
    """Language code -> (address, aria-current) of each switcher link."""
    switcher = BeautifulSoup(response.content, "html.parser").find(
        "nav", class_="language-switcher"
    )
    return {a["hreflang"]: (a["href"], a.get("aria-current")) for a in switcher.find_all("a")}


def test_page_links_to_its_translation_or_else_to_itself_under_that_languages_prefix(
    client, directory_page, locales
):
    serbian = directory_page.copy_for_translation(locales["sr"])
    serbian.title = "Организације"
    serbian.slug = "organizacije"
    serbian.save_revision().publish()

    links = language_links(client.get("/en/organisations/"))

    assert links["en"] == ("/en/organisations/", "true")
    assert links["sr"] == ("/sr/organizacije/", None)
    # Serbian Latin readers read Cyrillic; German and Albanian ones get English.
    assert links["sr-latn"] == ("/sr-latn/organizacije/", None)
    assert links["de"] == ("/de/organisations/", None)
    assert links["sq"] == ("/sq/organisations/", None)
    assert list(links) == [code for code, _name in settings.LANGUAGES]


def test_switching_to_a_language_without_a_translation_shows_the_page_with_a_note(
    client, directory_page
):
    response = client.get("/de/organisations/")

    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == "de"
    assert page.find("h1").get_text(strip=True) == "Organisations"
    note = page.find(class_="language-note").get_text(" ", strip=True)
    assert "Englisch" in note  # the page's language and the reader's, named in German
    assert "Deutsch" in note
    assert language_links(response)["de"] == ("/de/organisations/", "true")


def test_view_outside_the_page_tree_links_to_itself_under_each_prefix(client, home_page):
    links = language_links(client.get("/sr-latn/accounts/login/"))

    assert links == {
        code: (f"/{code}/accounts/login/", "true" if code == "sr-latn" else None)
        for code, _name in settings.LANGUAGES
    }


@pytest.mark.parametrize("address", ["/fr/", "/xx-yy/organisations/", "/sr-cyrl/"])
def test_an_unknown_language_prefix_is_a_page_not_found(client, directory_page, address):
    # Django may first send the reader under a known prefix: /en/fr/.
    response = client.get(address, follow=True)

    assert response.status_code == 404
    assert BeautifulSoup(response.content, "html.parser").html["lang"] in dict(settings.LANGUAGES)


@pytest.mark.parametrize("cookie", ["klingon", "<script>", "de" * 400, "sr-latn\x00"])
def test_a_garbled_language_cookie_is_ignored(client, directory_page, cookie):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie

    root = client.get("/")
    page = client.get("/en/organisations/")

    assert root.status_code == 302
    assert root["Location"].split("/")[1] in dict(settings.LANGUAGES)
    assert page.status_code == 200
    assert BeautifulSoup(page.content, "html.parser").html["lang"] == "en"
