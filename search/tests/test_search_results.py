import re

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from accounts.tests.factories import OrganisationFactory
from search.forms import QUERY_MAX_LENGTH
from search.tests.factories import WebPageFactory, result_titles, search

pytestmark = pytest.mark.django_db


def test_search_finds_live_pages_in_the_readers_language_with_their_label_and_summary(
    committed, client, translated_home, web_pages_searchable
):
    with committed():
        WebPageFactory(
            parent=translated_home["en"],
            title="Asylum procedure",
            search_description="How to apply for asylum in Serbia.",
        )
        WebPageFactory(parent=translated_home["en"], title="Asylum draft", publish=False)
        WebPageFactory(parent=translated_home["sr"], title="Азил", slug="azil")

    english = search(client, "asylum")
    serbian = search(client, "азил", language="sr")

    assert result_titles(english) == ["Asylum procedure"]
    html = english.content.decode()
    assert '<p class="card__meta">Web page</p>' in html
    assert "How to apply for asylum in Serbia." in html
    assert "1 result for “asylum”" in html
    assert result_titles(serbian) == ["Азил"]


def test_search_covers_only_what_apps_offer_through_the_hook(committed, client, home_page):
    with committed():
        WebPageFactory(parent=home_page, title="Asylum procedure")

    response = search(client, "asylum")

    assert result_titles(response) == []
    assert "Nothing matches all of these words." in response.content.decode()


def test_search_needs_every_word(committed, client, home_page, web_pages_searchable):
    with committed():
        WebPageFactory(parent=home_page, title="Asylum procedure")
        WebPageFactory(parent=home_page, title="Asylum statistics")

    assert result_titles(search(client, "asylum procedure")) == ["Asylum procedure"]


@pytest.mark.parametrize("query", [None, "", "   "], ids=["no query", "empty", "blank"])
def test_empty_query_invites_a_search(committed, client, home_page, web_pages_searchable, query):
    with committed():
        WebPageFactory(parent=home_page, title="Asylum procedure")

    response = search(client, query)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Type a word or two to search" in html
    assert result_titles(response) == []
    assert 'role="search"' in html
    assert '<label for="id_q" class="field__label">Search for</label>' in html


@pytest.mark.parametrize(
    "query",
    ['"', "*", "(", ":", "\\", '"*(:\\', "title:", "NEAR(", "%", "'; DROP TABLE", "AND", "-"],
)
def test_search_syntax_typed_as_text_answers_without_error(
    committed, client, home_page, web_pages_searchable, query
):
    with committed():
        WebPageFactory(parent=home_page, title="Asylum procedure")

    response = search(client, query)

    assert response.status_code == 200


@pytest.mark.parametrize("query", ['"asylum', "asylum*", "(asylum)", "asylum:", "\\asylum"])
def test_words_wrapped_in_search_syntax_are_still_found(
    committed, client, home_page, web_pages_searchable, query
):
    with committed():
        WebPageFactory(parent=home_page, title="Asylum procedure")

    assert result_titles(search(client, query)) == ["Asylum procedure"]


def test_very_long_query_is_cut_to_the_limit_and_searched_with_a_note(
    committed, client, home_page, web_pages_searchable
):
    with committed():
        WebPageFactory(parent=home_page, title="Asylum procedure")

    response = search(client, ("asylum " * 715)[:5000])

    html = response.content.decode()
    assert response.status_code == 200
    assert f"Your search was longer than {QUERY_MAX_LENGTH} characters" in html
    assert result_titles(response) == ["Asylum procedure"]
    assert 'value="asylum asylum' in html
    assert "Ensure this value has at most" not in html


def test_a_query_cut_at_the_limit_keeps_whole_words(client):
    html = search(client, "asylum " * 40).content.decode()

    shown = re.search(r'name="q" value="([^"]*)"', html).group(1)
    assert len(shown) <= QUERY_MAX_LENGTH
    assert set(shown.split()) == {"asylum"}


@pytest.mark.parametrize("query", ["a", "i", "5", "a i"])
def test_a_one_letter_query_says_it_is_too_short_and_finds_nothing(
    committed, client, home_page, web_pages_searchable, query
):
    with committed():
        WebPageFactory(parent=home_page, title="A guide", search_description="a i 5")
        WebPageFactory(parent=home_page, title="Another guide", search_description="a i 5")

    response = search(client, query)

    html = response.content.decode()
    assert result_titles(response) == []
    assert "Type words of at least 2 letters" in html
    assert "Type a word or two" not in html


def test_a_one_letter_word_beside_a_longer_one_is_left_out(
    committed, client, home_page, web_pages_searchable
):
    with committed():
        WebPageFactory(parent=home_page, title="Asylum procedure")

    assert result_titles(search(client, "asylum a")) == ["Asylum procedure"]


def test_the_empty_search_names_the_kinds_of_content_searched(client, web_pages_searchable):
    html = search(client, "").content.decode()

    assert "titles, summaries, text and attached files" in html
    assert "<li>Web page</li>" in html


def test_results_come_before_the_facets_which_wait_behind_a_filter_disclosure(
    committed, client, home_page, web_pages_searchable
):
    with committed():
        WebPageFactory(parent=home_page, title="Asylum procedure")

    html = search(client, "asylum").content.decode()

    assert html.index('<details class="search-facets__disclosure">') < html.index("card__title")
    assert '<summary class="search-facets__summary">Filter</summary>' in html
    assert '<input type="checkbox" form="search-form" name="language" value="en">' in html
    assert '<button type="submit" form="search-form" class="button">Apply filters</button>' in html


def test_results_are_paginated(committed, client, home_page, web_pages_searchable):
    with committed():
        WebPageFactory.create_batch(11, parent=home_page, title="Asylum report")

    first = search(client, "asylum")
    second = search(client, "asylum", page=2)

    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 1
    assert "11 results for “asylum”" in second.content.decode()
    assert "Page 2 of 2" in second.content.decode()


@pytest.mark.parametrize("page", ["-1", "0", "999999999999999999999", "1e9", "two", ""])
def test_search_answers_any_page_number(committed, client, home_page, web_pages_searchable, page):
    with committed():
        WebPageFactory(parent=home_page, title="Asylum procedure")

    response = search(client, "asylum", page=page)

    assert response.status_code == 200
    assert result_titles(response) == ["Asylum procedure"]


# Database queries of one search page (navigation and language links come from
# the cache): the session and site lookups, the policy
# area names of the facets, and on the database engine its count, page and facets.
# PostgreSQL reads the three in a savepoint of their own, with a planner setting.
QUERIES = {"database": 4, "opensearch": 1}
POSTGRESQL_READING = 3


@pytest.mark.parametrize("pages", [1, 12])
def test_search_query_count_does_not_grow_with_results(
    engine, committed, client, home_page, web_pages_searchable, django_assert_num_queries, pages
):
    with committed():
        WebPageFactory.create_batch(pages, parent=home_page, title="Asylum report")
    search(client, "asylum")  # warms the site and content-type caches

    expected = QUERIES[engine.name]
    if engine.name == "database" and connection.vendor == "postgresql":
        expected += POSTGRESQL_READING
    with django_assert_num_queries(expected):
        response = search(client, "asylum")

    assert len(result_titles(response)) == min(pages, 10)


def test_page_beyond_the_end_shows_the_last_page(
    committed, client, home_page, web_pages_searchable
):
    with committed():
        WebPageFactory.create_batch(11, parent=home_page, title="Asylum report")

    response = search(client, "asylum", page=40)

    assert len(result_titles(response)) == 1
    assert "There are not that many pages of results" in response.content.decode()


def test_a_misspelt_word_is_answered_with_did_you_mean(
    committed, client, home_page, web_pages_searchable
):
    with committed():
        WebPageFactory(parent=home_page, title="Reintegration of returnees")

    html = search(client, "reintegraton").content.decode()

    assert 'Did you mean: <a href="?q=reintegration">reintegration</a>' in html


def did_you_mean(response):
    found = re.search(r"Did you mean: <a [^>]+>([^<]+)</a>", response.content.decode())
    return found.group(1) if found else None


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("petrović reintegraton", "petrovac reintegration"),
        ("Petrović reintegraton", "petrovic reintegration"),
        ("Петровић reintegraton", "petrovic reintegration"),
        ("Petrović", None),
        ("udruženje zora reintegraton", "udruzenje zora reintegration"),
    ],
)
def test_did_you_mean_never_turns_a_name_into_another_word(
    engine, committed, client, home_page, web_pages_searchable, typed, suggested
):
    OrganisationFactory(name="Udruženje Zora")
    with committed():
        WebPageFactory(parent=home_page, title="Reintegration of returnees")
        WebPageFactory(parent=home_page, title="Petrovac reception centre")
        WebPageFactory(parent=home_page, title="Zona of protection")

    # Lower case and unknown, a surname is corrected like any word (the first
    # case); typed as a name, or the name of an organisation, it is kept.
    assert did_you_mean(search(client, typed)) == suggested


def test_suggestions_complete_titles_as_json(committed, client, home_page, web_pages_searchable):
    with committed():
        WebPageFactory(parent=home_page, title="Asylum procedure")

    with translation.override("en"):
        url = reverse("search_suggestions")

    assert client.get(url, {"q": "asyl"}).json() == {"suggestions": ["Asylum procedure"]}
    assert client.get(url, {"q": '"*('}).json() == {"suggestions": []}


def test_search_answers_titles_only_with_a_message_when_the_engine_is_down(
    committed, client, home_page, web_pages_searchable, settings
):
    with committed():
        WebPageFactory(parent=home_page, title="Asylum procedure")
    settings.SEARCH_BACKEND = {
        "CLASS": "search.backends.opensearch.OpenSearchBackend",
        "OPTIONS": {"hosts": ["http://127.0.0.1:9"], "index": "iris-down", "timeout": 1},
    }

    response = search(client, "asylum", country="RS")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Search is not fully available right now" in html
    assert result_titles(response) == ["Asylum procedure"]
    assert "127.0.0.1:9" not in html


def test_the_admin_sees_that_the_engine_is_down(
    committed, client, home_page, web_pages_searchable, settings, admin_client
):
    settings.SEARCH_BACKEND = {
        "CLASS": "search.backends.opensearch.OpenSearchBackend",
        "OPTIONS": {"hosts": ["http://127.0.0.1:9"], "index": "iris-down", "timeout": 1},
    }
    search(client, "asylum")

    html = admin_client.get("/admin/").content.decode()

    assert "The search engine does not answer" in html
    assert "Last indexing failure" in html
