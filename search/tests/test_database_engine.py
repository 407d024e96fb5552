"""What only the database engine does: estimate facet counts when a search
matches too many documents to count them all quickly."""

import pytest

from search.tests.factories import WebPageFactory, search

pytestmark = pytest.mark.django_db


@pytest.fixture
def counting_up_to_twenty(settings):
    settings.SEARCH_BACKEND = {
        "CLASS": "search.backends.database.DatabaseBackend",
        "OPTIONS": {"exact_facets": 20},
    }


def test_facet_counts_of_a_large_result_are_estimated_and_say_so(
    counting_up_to_twenty, committed, client, home_page, web_pages_searchable
):
    with committed():
        WebPageFactory.create_batch(60, parent=home_page, title="Asylum report")

    page = search(client, "asylum").content.decode()

    assert "60 results" in page
    assert "the counts below are estimates; the total is exact" in page
    # Every page is in English: the estimate of that share is the whole.
    assert 'English <span class="facet__count">(about 60)</span>' in page


def test_facet_counts_of_a_small_result_are_exact(
    counting_up_to_twenty, committed, client, home_page, web_pages_searchable
):
    with committed():
        WebPageFactory.create_batch(12, parent=home_page, title="Asylum report")

    page = search(client, "asylum").content.decode()

    assert "estimates" not in page
    assert 'English <span class="facet__count">(12)</span>' in page


def test_a_chosen_facet_is_estimated_among_its_own_population(
    counting_up_to_twenty, committed, client, home_page, web_pages_searchable
):
    with committed():
        WebPageFactory.create_batch(60, parent=home_page, title="Asylum report")

    page = search(client, "asylum", type="wagtailcore.page").content.decode()

    assert "60 results" in page
    assert "the counts below are estimates; the total is exact" in page
    # The chosen type is counted without its own choice: still the whole, and
    # never more than the sixty pages there are.
    assert (
        'value="wagtailcore.page" checked> Web page <span class="facet__count">(about 60)</span>'
        in page
    )
