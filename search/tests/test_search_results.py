import re

import pytest
from django.urls import reverse
from django.utils import translation

from search.forms import QUERY_MAX_LENGTH
from search.tests.factories import WebPageFactory

pytestmark = pytest.mark.django_db


def search(client, query=None, language="en", **params):
    with translation.override(language):
        url = reverse("search_results")
    if query is not None:
        params["q"] = query
    return client.get(url, params)


def result_titles(response):
    return re.findall(
        r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


def test_search_finds_live_pages_in_the_readers_language_with_their_label_and_summary(
    client, translated_home, web_pages_searchable
):
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


def test_search_covers_only_what_apps_offer_through_the_hook(client, home_page):
    WebPageFactory(parent=home_page, title="Asylum procedure")

    response = search(client, "asylum")

    assert result_titles(response) == []
    assert "Nothing matches all of these words." in response.content.decode()


def test_search_needs_every_word(client, home_page, web_pages_searchable):
    WebPageFactory(parent=home_page, title="Asylum procedure")
    WebPageFactory(parent=home_page, title="Asylum statistics")

    assert result_titles(search(client, "asylum procedure")) == ["Asylum procedure"]


@pytest.mark.parametrize("query", [None, "", "   "], ids=["no query", "empty", "blank"])
def test_empty_query_invites_a_search(client, home_page, web_pages_searchable, query):
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
    client, home_page, web_pages_searchable, query
):
    WebPageFactory(parent=home_page, title="Asylum procedure")

    response = search(client, query)

    assert response.status_code == 200


@pytest.mark.parametrize("query", ['"asylum', "asylum*", "(asylum)", "asylum:", "\\asylum"])
def test_words_wrapped_in_search_syntax_are_still_found(
    client, home_page, web_pages_searchable, query
):
    WebPageFactory(parent=home_page, title="Asylum procedure")

    assert result_titles(search(client, query)) == ["Asylum procedure"]


def test_very_long_query_is_refused_with_a_message(client, home_page, web_pages_searchable):
    WebPageFactory(parent=home_page, title="Asylum procedure")

    response = search(client, ("asylum " * 715)[:5000])

    html = response.content.decode()
    assert response.status_code == 200
    assert f"Ensure this value has at most {QUERY_MAX_LENGTH} characters (it has 5000)." in html
    assert result_titles(response) == []


def test_results_are_paginated(client, home_page, web_pages_searchable):
    WebPageFactory.create_batch(11, parent=home_page, title="Asylum report")

    first = search(client, "asylum")
    second = search(client, "asylum", page=2)

    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 1
    assert "11 results for “asylum”" in second.content.decode()
    assert "Page 2 of 2" in second.content.decode()


@pytest.mark.parametrize("page", ["-1", "0", "999999999999999999999", "1e9", "two", ""])
def test_search_answers_any_page_number(client, home_page, web_pages_searchable, page):
    WebPageFactory(parent=home_page, title="Asylum procedure")

    response = search(client, "asylum", page=page)

    assert response.status_code == 200
    assert result_titles(response) == ["Asylum procedure"]


@pytest.mark.parametrize("pages", [1, 12])
def test_search_query_count_does_not_grow_with_results(
    client, home_page, web_pages_searchable, django_assert_num_queries, pages
):
    WebPageFactory.create_batch(pages, parent=home_page, title="Asylum report")
    search(client, "asylum")  # warms the site and content-type caches

    with django_assert_num_queries(9):
        response = search(client, "asylum")

    assert len(result_titles(response)) == min(pages, 10)
