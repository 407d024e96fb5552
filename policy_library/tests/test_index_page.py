import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.base import ContentFile

from iris_site.models import PolicyArea
from policy_library.files import docx_file
from policy_library.tests.factories import (
    LibraryDocumentPageFactory,
    LibraryFileFactory,
    LibraryIndexPageFactory,
)

pytestmark = pytest.mark.django_db


def listed_titles(response):
    return re.findall(
        r'<h2 class="card__title"><a href="[^"]+"[^>]*>([^<]+)</a>', response.content.decode()
    )


def test_index_lists_every_document_in_the_readers_language_latest_first(
    client, index, translated_home
):
    LibraryDocumentPageFactory(parent=index, title="Shadow report 2019", publication_year=2019)
    LibraryDocumentPageFactory(parent=index, title="Shadow report 2020", publication_year=2020)
    LibraryDocumentPageFactory(parent=index, title="Gap assessment", publication_year=2018)
    LibraryDocumentPageFactory(parent=index, title="Unpublished brief", publish=False)
    serbian_index = LibraryIndexPageFactory(parent=translated_home["sr-latn"])
    LibraryDocumentPageFactory(parent=serbian_index, title="Zakon o azilu", publication_year=2017)

    response = client.get(index.url)

    assert listed_titles(response) == [
        "Shadow report 2020",
        "Shadow report 2019",
        "Gap assessment",
        "Zakon o azilu",
    ]
    assert "4 documents" in response.content.decode()
    assert listed_titles(client.get(serbian_index.url)) == listed_titles(response)


def test_documents_of_the_same_year_are_listed_latest_published_first(client, index):
    LibraryDocumentPageFactory(parent=index, title="Published first", publication_year=2020)
    LibraryDocumentPageFactory(parent=index, title="Published next", publication_year=2020)
    LibraryDocumentPageFactory(parent=index, title="Older", publication_year=2019)

    assert listed_titles(client.get(index.url)) == ["Published next", "Published first", "Older"]


@pytest.fixture
def browsable_library(index, locales):
    asylum = PolicyArea.objects.create(name="Asylum", slug="asylum", locale=locales["en"])
    housing = PolicyArea.objects.create(name="Housing", slug="housing", locale=locales["en"])
    LibraryDocumentPageFactory(
        parent=index,
        title="Shadow report",
        document_type="shadow_report",
        publication_year=2019,
        policy_areas=[housing],
    )
    LibraryDocumentPageFactory(
        parent=index,
        title="Balkan brief",
        countries=["RS", "BA", "MK"],
        publication_year=2021,
        policy_areas=[asylum, housing],
    )
    LibraryDocumentPageFactory(
        parent=index, title="Serbian brief", countries=["RS"], policy_areas=[asylum]
    )


@pytest.mark.parametrize(
    ("filters", "titles"),
    [
        ({"document_type": "shadow_report"}, ["Shadow report"]),
        ({"country": "RS"}, ["Balkan brief", "Serbian brief"]),
        ({"country": "MK"}, ["Balkan brief"]),
        ({"country": "regional"}, ["Shadow report"]),
        ({"year": "2020"}, ["Serbian brief"]),
        ({"policy_area": "housing"}, ["Balkan brief", "Shadow report"]),
        ({"document_type": "policy_brief", "country": "RS", "year": "2021"}, ["Balkan brief"]),
        ({}, ["Balkan brief", "Serbian brief", "Shadow report"]),
    ],
    ids=["type", "country", "one of several", "regional", "year", "topic", "combined", "none"],
)
def test_index_browses_by_type_country_year_and_topic(
    client, index, browsable_library, filters, titles
):
    assert listed_titles(client.get(index.url, filters)) == titles


def test_each_choice_says_how_many_documents_it_holds(client, index, browsable_library):
    html = client.get(index.url).content.decode()

    for choice in [
        "All types",
        "Policy brief (2)",
        "(Re)integration shadow report (1)",
        "Regional (1)",
        "Serbia (2)",
        "Bosnia and Herzegovina (1)",
        "North Macedonia (1)",
        "2021 (1)",
        "2020 (1)",
        "2019 (1)",
        "Asylum (2)",
        "Housing (2)",
    ]:
        assert f">{choice}</option>" in html
    assert html.index("Regional (1)") < html.index("Bosnia and Herzegovina (1)")
    assert html.index("2021 (1)") < html.index("2019 (1)")


@pytest.mark.parametrize(
    "filters",
    [{"country": "XX"}, {"year": "twenty"}, {"year": "1850"}, {"document_type": "novel"}],
    ids=["country", "year not a number", "year without documents", "type"],
)
def test_unknown_filter_value_is_reported_and_the_other_filters_still_apply(
    client, index, browsable_library, filters
):
    response = client.get(index.url, {**filters, "policy_area": "asylum"})

    assert response.status_code == 200
    assert listed_titles(response) == ["Balkan brief", "Serbian brief"]
    assert "Select a valid choice." in response.content.decode()


def test_filters_that_match_nothing_say_so(client, index, browsable_library):
    html = client.get(index.url, {"document_type": "shadow_report", "country": "RS"}).content

    assert "No document matches these filters." in html.decode()


def test_an_empty_library_says_so(client, index):
    html = client.get(index.url).content.decode()

    assert "0 documents" in html
    assert "No document has been added to the library yet." in html


def test_index_shows_type_countries_year_and_file_formats(client, index):
    LibraryDocumentPageFactory(
        parent=index,
        countries=["MK", "AL"],
        publication_year=2019,
        files=[
            LibraryFileFactory(),
            LibraryFileFactory(file=ContentFile(docx_file("Annex", []), name="annex.docx")),
            LibraryFileFactory(),
        ],
    )

    html = client.get(index.url).content.decode()

    assert "Policy brief · North Macedonia, Albania · 2019 · PDF, DOCX" in html


def test_index_is_paginated_and_keeps_the_filters(client, index):
    LibraryDocumentPageFactory.create_batch(index.per_page + 1, parent=index, countries=["AL"])
    LibraryDocumentPageFactory(parent=index, title="Regional brief")

    first = client.get(index.url, {"country": "AL"})
    second = client.get(index.url, {"country": "AL", "page": 2})

    assert len(listed_titles(first)) == index.per_page
    assert 'href="?country=AL&amp;page=2" rel="next"' in first.content.decode()
    assert len(listed_titles(second)) == 1
    assert "Page 2 of 2" in second.content.decode()


def test_a_page_beyond_the_end_shows_the_last_page(client, index):
    LibraryDocumentPageFactory.create_batch(index.per_page + 1, parent=index)

    response = client.get(index.url, {"page": 99})

    assert response.status_code == 200
    assert len(listed_titles(response)) == 1
    assert "Page 2 of 2" in response.content.decode()


@pytest.mark.parametrize("page", ["-1", "0", "999999999999999999999", "two"])
def test_index_answers_any_page_number(client, index, page):
    LibraryDocumentPageFactory(parent=index)

    response = client.get(index.url, {"page": page})

    assert response.status_code == 200
    assert len(listed_titles(response)) == 1


@pytest.mark.parametrize("documents", [1, 12])
def test_index_query_count_does_not_grow_with_documents(
    client, index, locales, django_assert_num_queries, documents
):
    asylum = PolicyArea.objects.create(name="Asylum", slug="asylum", locale=locales["en"])
    for number in range(documents):
        LibraryDocumentPageFactory(
            parent=index,
            countries=["RS", "BA"],
            publication_year=2000 + number,
            policy_areas=[asylum],
            files=[LibraryFileFactory(), LibraryFileFactory()],
        )
    client.get(index.url)  # warms the site and content-type caches

    # Each of the four facets' counts (the policy areas' names in the reader's
    # language apart), the documents, their countries and files.
    with django_assert_num_queries(16):
        response = client.get(index.url, {"country": "RS", "policy_area": "asylum"})

    assert len(listed_titles(response)) == documents


def test_the_index_has_a_text_box_that_narrows_the_documents(client, index):
    LibraryDocumentPageFactory(
        parent=index, title="Shadow report", summary="Reception of asylum seekers."
    )
    LibraryDocumentPageFactory(parent=index, title="Child protection", summary="Guardianship.")
    LibraryDocumentPageFactory(
        parent=index, title="Тражиоци азила", slug="trazioci", summary="Смештај и правна помоћ."
    )

    html = client.get(index.url).content.decode()
    found = client.get(index.url, {"q": "asylum"})
    cyrillic = client.get(index.url, {"q": "азила"})

    assert '<input type="search" name="q"' in html
    assert listed_titles(found) == ["Shadow report"]
    assert "1 document" in found.content.decode()
    assert listed_titles(cyrillic) == ["Тражиоци азила"]


@pytest.mark.parametrize("language_code", [code for code, _name in settings.LANGUAGES])
def test_every_language_lists_the_documents_it_has_no_translation_of(
    client, translated_home, language_code
):
    index = LibraryIndexPageFactory(parent=translated_home["en"])
    LibraryDocumentPageFactory(parent=index, title="Shadow report 2020")

    for address in [f"/{language_code}/library/", f"/{language_code}/"]:
        response = client.get(address)

        assert response.status_code == 200
        assert "Shadow report 2020" in response.text
        noted = 'class="language-note"' in response.text
        assert noted == (language_code != "en"), address


def test_policy_area_filter_is_labelled_and_filters_in_the_readers_language(
    client, translated_home, locales
):
    index = LibraryIndexPageFactory(parent=translated_home["en"])
    azil = PolicyArea.objects.create(name="Azil", slug="azil", locale=locales["sr-latn"])
    asylum = azil.copy_for_translation(locales["en"])
    asylum.name, asylum.slug = "Asylum", "asylum"
    asylum.save()
    LibraryDocumentPageFactory(parent=index, title="Shadow report", policy_areas=[azil])
    LibraryDocumentPageFactory(parent=index, title="Gap assessment")

    def policy_area_options(address, **filters):
        response = client.get(address, filters)
        select = BeautifulSoup(response.content, "html.parser").find("select", id="id_policy_area")
        options = [option.get_text() for option in select.find_all("option")]
        return options, sorted(listed_titles(response))

    assert policy_area_options("/en/library/") == (
        ["All policy areas", "Asylum (1)"],
        ["Gap assessment", "Shadow report"],
    )
    assert policy_area_options("/en/library/", policy_area="asylum")[1] == ["Shadow report"]
    assert policy_area_options("/sr-latn/library/", policy_area="azil")[0][1] == "Azil (1)"
