"""Anonymous readers get public pages from the cache; signed-in readers,
forms and CSRF tokens never come from it; a change to the page tree shows at
the next read."""

import pytest
from django.utils.cache import has_vary_header

from accounts.tests.factories import UserFactory, organisation_directory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The test profile turns the page cache off; these tests run it as production does."""
    settings.IRIS_PAGE_CACHE = {**settings.IRIS_PAGE_CACHE, "TIMEOUT": 10}


def test_second_anonymous_reader_gets_the_page_from_the_cache(client, home_page):
    first = client.get("/en/")
    second = client.get("/en/")

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert set(second["Cache-Control"].split(", ")) == {"public", "max-age=0", "must-revalidate"}
    assert has_vary_header(second, "Cookie")
    assert second["Content-Language"] == "en"
    assert "Content-Security-Policy" in second


def test_each_language_is_cached_apart(client, translated_home):
    client.get("/en/")

    german = client.get("/de/")

    assert german["X-Page-Cache"] == "miss"
    assert german["Content-Language"] == "de"
    assert '<html lang="de">' in german.content.decode()


def test_reader_whose_copy_is_current_gets_304(client, home_page):
    etag = client.get("/en/")["ETag"]

    response = client.get("/en/", headers={"If-None-Match": etag})

    assert response.status_code == 304
    assert response.content == b""


def test_signed_in_reader_is_neither_served_from_nor_stored_in_the_cache(client, home_page):
    client.get("/en/")
    client.force_login(UserFactory(first_name="Ana", last_name="Petrović"))

    signed_in = client.get("/en/")
    client.logout()
    anonymous = client.get("/en/")

    assert "X-Page-Cache" not in signed_in
    assert "Ana Petrović" in signed_in.content.decode()
    assert "private" in signed_in["Cache-Control"]
    assert "no-store" in signed_in["Cache-Control"]
    assert "Ana Petrović" not in anonymous.content.decode()


def test_page_with_a_csrf_token_is_not_cached(client, home_page):
    client.get("/en/accounts/login/")

    again = client.get("/en/accounts/login/")

    assert "X-Page-Cache" not in again
    assert "csrfmiddlewaretoken" in again.content.decode()
    assert "private" in again["Cache-Control"]


def test_publishing_a_page_shows_at_the_next_read(
    client, home_page, django_capture_on_commit_callbacks
):
    client.get("/en/")
    home_page.title = "Dialogue on migration policy"
    with django_capture_on_commit_callbacks(execute=True):
        home_page.save_revision().publish()

    response = client.get("/en/")

    assert response["X-Page-Cache"] == "miss"
    assert "Dialogue on migration policy" in response.content.decode()


def test_unpublishing_a_page_shows_at_the_next_read(
    client, home_page, django_capture_on_commit_callbacks
):
    directory = organisation_directory(home_page)
    assert client.get(directory.url)["X-Page-Cache"] == "miss"
    with django_capture_on_commit_callbacks(execute=True):
        directory.unpublish()

    assert client.get(directory.url).status_code == 404


def test_health_check_and_static_files_are_never_cached(client, home_page):
    client.get("/healthz")

    assert "X-Page-Cache" not in client.get("/healthz")


def test_page_given_a_new_address_answers_there_and_the_old_one_redirects(
    client, home_page, django_capture_on_commit_callbacks
):
    directory = organisation_directory(home_page)
    old_address = directory.url
    # A signed-in reader is never served a stored page: this is routing alone,
    # which remembers where each address leads until the page tree changes.
    client.force_login(UserFactory())
    assert client.get(old_address).status_code == 200
    directory.slug = "who-is-who"
    with django_capture_on_commit_callbacks(execute=True):
        directory.save_revision().publish()

    moved = client.get(old_address)

    assert moved.status_code == 301
    assert moved["Location"] == "/en/who-is-who/" != old_address
    assert client.get("/en/who-is-who/").status_code == 200
