import re

import pytest

from policy_library.tests.factories import (
    LibraryDocumentPageFactory,
    LibraryFileFactory,
    LibraryIndexPageFactory,
)

pytestmark = pytest.mark.django_db


def listed_titles(response):
    return re.findall(
        r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


def test_index_lists_the_documents_of_its_language_latest_first(client, index, translated_home):
    LibraryDocumentPageFactory(parent=index, title="Shadow report 2019", publication_year=2019)
    LibraryDocumentPageFactory(parent=index, title="Shadow report 2020", publication_year=2020)
    LibraryDocumentPageFactory(parent=index, title="Gap assessment", publication_year=2018)
    LibraryDocumentPageFactory(parent=index, title="Unpublished brief", publish=False)
    serbian_index = LibraryIndexPageFactory(parent=translated_home["sr-latn"])
    LibraryDocumentPageFactory(parent=serbian_index, title="Zakon o azilu")

    response = client.get(index.url)

    assert listed_titles(response) == ["Shadow report 2020", "Shadow report 2019", "Gap assessment"]
    assert "3 documents" in response.content.decode()
    assert listed_titles(client.get(serbian_index.url)) == ["Zakon o azilu"]


@pytest.mark.parametrize(
    ("filters", "titles"),
    [
        ({"document_type": "shadow_report"}, ["Shadow report"]),
        ({"country": "RS"}, ["Serbian brief"]),
        ({"country": "regional"}, ["Regional brief", "Shadow report"]),
        ({"document_type": "policy_brief", "country": "regional"}, ["Regional brief"]),
        ({}, ["Regional brief", "Serbian brief", "Shadow report"]),
    ],
    ids=["type", "country", "regional", "type and country", "none"],
)
def test_index_filters_by_type_and_country(client, index, filters, titles):
    LibraryDocumentPageFactory(
        parent=index, title="Shadow report", document_type="shadow_report", country=""
    )
    LibraryDocumentPageFactory(parent=index, title="Serbian brief", country="RS")
    LibraryDocumentPageFactory(parent=index, title="Regional brief", country="")

    assert listed_titles(client.get(index.url, filters)) == titles


def test_index_shows_type_country_year_and_file_format(client, index):
    LibraryDocumentPageFactory(
        parent=index, country="MK", publication_year=2019, file=LibraryFileFactory()
    )

    html = client.get(index.url).content.decode()

    assert "Policy brief · North Macedonia · 2019 · PDF" in html


def test_index_is_paginated(client, index):
    LibraryDocumentPageFactory.create_batch(index.per_page + 1, parent=index)

    first = client.get(index.url)
    second = client.get(index.url, {"page": 2})

    assert len(listed_titles(first)) == index.per_page
    assert len(listed_titles(second)) == 1


@pytest.mark.parametrize("page", ["-1", "0", "999999999999999999999", "two"])
def test_index_answers_any_page_number(client, index, page):
    LibraryDocumentPageFactory(parent=index)

    response = client.get(index.url, {"page": page})

    assert response.status_code == 200
    assert len(listed_titles(response)) == 1


@pytest.mark.parametrize("documents", [1, 12])
def test_index_query_count_does_not_grow_with_documents(
    client, index, django_assert_num_queries, documents
):
    for _document in range(documents):
        LibraryDocumentPageFactory(parent=index, file=LibraryFileFactory())
    client.get(index.url)  # warms the site and content-type caches

    with django_assert_num_queries(15):
        response = client.get(index.url, {"country": "regional"})

    assert len(listed_titles(response)) == documents
