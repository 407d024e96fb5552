"""Library documents in the read API."""

import pytest

from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryIndexPageFactory

pytestmark = pytest.mark.django_db


def test_lists_documents_by_country_and_year(client, home_page):
    index = LibraryIndexPageFactory(parent=home_page)
    serbian = LibraryDocumentPageFactory(
        parent=index, countries=["RS", "ME"], publication_year=2021
    )
    LibraryDocumentPageFactory(parent=index, countries=["AL"], publication_year=2019)
    LibraryDocumentPageFactory(parent=index, publish=False, countries=["RS"])

    def ids(query):
        response = client.get("/api/v1/library-documents/", query)
        assert response.status_code == 200
        return [item["id"] for item in response.json()["items"]]

    assert ids({"country": "RS"}) == [serbian.pk]
    assert ids({"year_from": 2020}) == [serbian.pk]
    detail = client.get(f"/api/v1/library-documents/{serbian.pk}").json()
    assert detail["countries"] == ["RS", "ME"]
