"""The consultations of the read API: what a reader of the pages sees, as
JSON, and nothing of what the thread keeps from them."""

import pytest
from django.utils import timezone

from consultations.models import CommentState
from consultations.tests.factories import (
    AnswerFactory,
    CommentFactory,
    ConsultationPageFactory,
    consultation_in,
)

pytestmark = pytest.mark.django_db


def test_lists_live_consultations_with_their_status(client, index):
    open_one = consultation_in("open", index, title="Law on asylum")
    reported = consultation_in("report published", index)
    ConsultationPageFactory(parent=index, publish=False, title="A draft nobody sees")

    response = client.get("/api/v1/consultations/")

    assert response.status_code == 200
    items = {item["id"]: item for item in response.json()["items"]}
    assert set(items) == {open_one.pk, reported.pk}
    assert items[open_one.pk]["status"] == "open"
    assert items[open_one.pk]["title"] == "Law on asylum"
    assert items[reported.pk]["status"] == "report_published"
    assert "contact_email" not in items[open_one.pk]


def test_filters_by_status_country_and_institution(client, index):
    open_one = consultation_in("open", index, country="RS")
    consultation_in("closed", index, country="MK")

    def ids(query):
        return [item["id"] for item in client.get("/api/v1/consultations/", query).json()["items"]]

    assert ids({"status": "open"}) == [open_one.pk]
    assert ids({"country": "RS"}) == [open_one.pk]
    assert ids({"institution": open_one.institution.slug}) == [open_one.pk]
    assert ids({"institution": str(open_one.institution_id)}) == [open_one.pk]
    assert ids({"language": "de"}) == []


def test_pages_with_an_opaque_cursor(client, index):
    consultations = [consultation_in("open", index) for _ in range(5)]

    first = client.get("/api/v1/consultations/", {"limit": 2}).json()
    second = client.get("/api/v1/consultations/", {"limit": 2, "cursor": first["next"]}).json()
    third = client.get("/api/v1/consultations/", {"limit": 2, "cursor": second["next"]}).json()

    seen = [item["id"] for page in (first, second, third) for item in page["items"]]
    assert sorted(seen) == sorted(c.pk for c in consultations)
    assert third["next"] is None


@pytest.mark.parametrize(
    "query",
    [
        {"limit": 101},
        {"limit": 0},
        {"limit": "many"},
        {"cursor": "not-a-cursor"},
        {"status": "finished"},
        {"opens_from": "yesterday"},
        {"sort": "title"},
    ],
)
def test_bad_query_is_a_clear_4xx(client, index, query):
    response = client.get("/api/v1/consultations/", query)

    assert response.status_code in (400, 422)
    assert response.json()["detail"]


def test_detail_has_the_parts_of_the_draft(client, index):
    consultation = consultation_in("open", index)

    response = client.get(f"/api/v1/consultations/{consultation.pk}")

    assert response.status_code == 200
    parts = response.json()["parts"]
    assert [part["id"] for part in parts] == consultation.part_ids()


def test_unpublished_consultation_is_not_found(client, index):
    draft = ConsultationPageFactory(parent=index, publish=False)

    assert client.get(f"/api/v1/consultations/{draft.pk}").status_code == 404
    assert client.get(f"/api/v1/consultations/{draft.pk}/comments").status_code == 404


def test_comments_show_only_what_the_thread_shows(client, index):
    consultation = consultation_in("open", index)
    published = CommentFactory(consultation=consultation, text="Published words")
    hidden = CommentFactory(
        consultation=consultation, state=CommentState.HIDDEN, text="Hidden words"
    )
    withdrawn = CommentFactory(
        consultation=consultation, text="Withdrawn words", withdrawn_at=timezone.now()
    )
    for state in (CommentState.PENDING, CommentState.REJECTED):
        CommentFactory(consultation=consultation, state=state, text=f"{state} words")

    response = client.get(f"/api/v1/consultations/{consultation.pk}/comments")

    items = {item["id"]: item for item in response.json()["items"]}
    assert set(items) == {published.pk, hidden.pk, withdrawn.pk}
    assert items[published.pk]["text"] == "Published words"
    assert items[hidden.pk] | {"text": None} == items[hidden.pk]
    assert items[hidden.pk]["state"] == "hidden"
    assert items[withdrawn.pk]["state"] == "withdrawn"
    assert items[withdrawn.pk]["text"] is None
    assert items[withdrawn.pk]["author_name"] is None
    body = response.content.decode()
    for private in ("Hidden words", "Withdrawn words", "pending words", "rejected words", "@"):
        assert private not in body


def test_answers_are_public_with_the_report_only(client, index):
    closed = consultation_in("closed", index)
    reported = consultation_in("report published", index)
    AnswerFactory(comment=CommentFactory(consultation=closed))
    answer = AnswerFactory(comment=CommentFactory(consultation=reported))

    assert client.get(f"/api/v1/consultations/{closed.pk}/answers").status_code == 404
    response = client.get(f"/api/v1/consultations/{reported.pk}/answers")
    assert response.status_code == 200
    assert [item["comment_id"] for item in response.json()["items"]] == [answer.comment_id]
    assert response.json()["items"][0]["reasoning"] == answer.reasoning
