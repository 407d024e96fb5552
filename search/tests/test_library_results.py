"""The search page over library documents: facets, snippets and filters.
Collected only where the policy library is installed (conftest.py)."""

import re

import pytest

from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryIndexPageFactory
from search.tests.factories import result_titles, search

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page, committed):
    with committed():
        return LibraryIndexPageFactory(parent=home_page)


def test_facets_are_listed_with_counts_and_narrow_the_results(
    engine, committed, client, home_page, index
):
    with committed():
        LibraryDocumentPageFactory(parent=index, title="Asylum in Serbia", countries=["RS"])
        LibraryDocumentPageFactory(parent=index, title="Asylum in Albania", countries=["AL"])

    everything = search(client, "asylum").content.decode()
    narrowed = search(client, "asylum", country="AL")

    assert re.search(
        r'name="country" value="RS"> Serbia <span class="facet__count">\(1\)', everything
    )
    assert '<legend class="field__label">Country</legend>' in everything
    assert result_titles(narrowed) == ["Asylum in Albania"]
    assert 'name="country" value="AL" checked' in narrowed.content.decode()


def test_snippet_marks_the_word_in_the_body(engine, committed, client, home_page, index):
    with committed():
        LibraryDocumentPageFactory(
            parent=index, title="Guide", body="<p>Legal aid for asylum seekers & others.</p>"
        )

    html = search(client, "asylum").content.decode()

    assert '<p class="snippet">Legal aid for <mark>asylum</mark> seekers &amp; others.</p>' in html


@pytest.mark.parametrize("value", ["XX", "<script>", "1e9"])
def test_unknown_facet_values_are_left_out_with_a_message(
    committed, client, home_page, index, value
):
    with committed():
        LibraryDocumentPageFactory(parent=index, title="Asylum in Serbia", countries=["RS"])

    response = search(client, "asylum", country=value, year=value)

    assert response.status_code == 200
    assert result_titles(response) == ["Asylum in Serbia"]
    assert "Some filters were not understood and were left out" in response.content.decode()
