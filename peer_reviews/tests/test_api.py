"""Peer reviews in the read API: published summaries, never the record."""

import pytest

from peer_reviews.tests.factories import published, review, scored

pytestmark = pytest.mark.django_db


def test_lists_published_summaries_only(client):
    public = published(review(), summary="Meets most standards.")
    private = scored(review(), text="Evidence only the team reads.")

    response = client.get("/api/v1/peer-reviews/")

    assert [item["id"] for item in response.json()["items"]] == [public.pk]
    assert response.json()["items"][0]["summary"] == "Meets most standards."
    assert "Evidence only the team reads." not in response.content.decode()
    assert client.get(f"/api/v1/peer-reviews/{private.pk}").status_code == 404
    assert client.get(f"/api/v1/peer-reviews/{public.pk}").json()["cycle"] == 1


def test_filters_by_the_reviewed_organisation(client):
    public = published(review())

    def ids(query):
        return [item["id"] for item in client.get("/api/v1/peer-reviews/", query).json()["items"]]

    assert ids({"organisation": public.organisation.slug}) == [public.pk]
    assert ids({"country": "AL"}) == []
