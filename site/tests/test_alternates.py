"""Search engines learn each page's versions in the other languages, from the
page's head and from /sitemap.xml, so that they send readers to their own."""

import xml.etree.ElementTree as ElementTree

import pytest
from bs4 import BeautifulSoup

from accounts.tests.factories import organisation_directory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def head_alternates(response):
    head = BeautifulSoup(response.content, "html.parser").head
    return {link["hreflang"]: link["href"] for link in head.find_all("link", rel="alternate")}


@pytest.fixture
def directory_in_serbian(directory_page, locales):
    serbian = directory_page.copy_for_translation(locales["sr"])
    serbian.title = "Организације"
    serbian.slug = "organizacije"
    serbian.save_revision().publish()
    return serbian


def test_a_translated_page_names_each_version_and_the_default_in_its_head(
    client, directory_in_serbian
):
    alternates = head_alternates(client.get("/sr/organizacije/"))

    assert alternates == {
        "en": "http://localhost/en/organisations/",
        "sr": "http://localhost/sr/organizacije/",
        "x-default": "http://localhost/en/organisations/",
    }


def test_a_page_in_one_language_and_a_view_outside_the_tree_name_no_alternates(
    client, directory_page
):
    assert head_alternates(client.get("/en/organisations/")) == {}
    assert head_alternates(client.get("/de/organisations/")) == {}
    assert head_alternates(client.get("/en/accounts/login/")) == {}


def test_the_sitemap_lists_every_languages_public_pages_with_their_versions(
    client, translated_home, directory_in_serbian, locales
):
    draft = organisation_directory(translated_home["de"], title="Entwurf", slug="entwurf")
    draft.unpublish()

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    urls = {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
        }
        for url in ElementTree.fromstring(response.content).iter(f"{SITEMAP}url")
    }
    assert "http://localhost/de/entwurf/" not in urls
    assert urls["http://localhost/sr/organizacije/"] == {
        "en": "http://localhost/en/organisations/",
        "sr": "http://localhost/sr/organizacije/",
        "x-default": "http://localhost/en/organisations/",
    }
    # Every language's home page is there, each naming all eight.
    homes = [url for url in urls if url.count("/") == 4]
    assert len(homes) == 8
    assert all(len(urls[home]) == 9 for home in homes)
