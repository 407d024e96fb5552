"""Events in the read API: what their pages show, never who registered."""

import pytest

from hearings.tests.factories import HearingPageFactory, HearingRegistrationFactory

pytestmark = pytest.mark.django_db


def test_lists_live_events_without_registrations(client, live_hearing, index):
    HearingRegistrationFactory(hearing=live_hearing, name="Ana Registered", email="ana@example.org")
    draft = HearingPageFactory(parent=index, publish=False)

    response = client.get("/api/v1/events/")

    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["id"] == live_hearing.pk
    assert item["kind"] == "hearing"
    assert [organiser["name"] for organiser in item["organisers"]] == ["Ministry of Interior"]
    assert "Ana Registered" not in response.content.decode()
    assert "ana@example.org" not in response.content.decode()
    assert client.get(f"/api/v1/events/{draft.pk}").status_code == 404


def test_filters_by_organiser_and_start(client, live_hearing, index):
    later = HearingPageFactory(parent=index)
    organiser = live_hearing.organisers.get()

    def ids(query):
        return [item["id"] for item in client.get("/api/v1/events/", query).json()["items"]]

    assert ids({"organiser": organiser.slug}) == [live_hearing.pk]
    assert ids({"organiser": str(organiser.pk)}) == [live_hearing.pk]
    assert ids({"starts_from": later.starts_at.date().isoformat()}) == [later.pk]
    assert client.get("/api/v1/events/", {"starts_from": "soon"}).status_code == 422


def test_a_nul_character_in_a_filter_is_refused_in_json(client, live_hearing):
    """PostgreSQL refuses to compare a string holding NUL: the API says so
    itself, in JSON, before any query."""
    response = client.get("/api/v1/events/", {"organiser": "a\x00b"})

    assert response.status_code == 400
    assert response.json() == {"detail": "Query parameters cannot contain NUL characters."}
