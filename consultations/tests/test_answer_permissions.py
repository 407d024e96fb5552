"""Who may answer, publish the report and export it, over HTTP: every role
in every state, allowed and denied. Denials never 500 and change nothing."""

import pytest

from consultations.models import Answer, ConsultationReport
from consultations.tests.factories import (
    ROLES,
    STATES,
    AnswerFactory,
    CommentFactory,
    consultation_in,
    person_as,
)

pytestmark = pytest.mark.django_db

PREPARERS = {"official of the institution", "editor"}
ANSWER_ALLOWED = {(role, "closed") for role in PREPARERS}
PUBLISH_ALLOWED = ANSWER_ALLOWED
EXPORT_ALLOWED = ANSWER_ALLOWED | {(role, "report published") for role in ROLES}
CELLS = [(role, state) for role in ROLES for state in STATES]


@pytest.fixture
def cell(index):
    """The consultation, a comment on it (with an answer once reported) and
    the person in the role, signed in."""

    def build(role, state, client):
        consultation = consultation_in(state, index)
        comment = CommentFactory(consultation=consultation)
        if state == "report published":
            AnswerFactory(comment=comment, reasoning="Published reasoning.")
        user = person_as(role, consultation, comment)
        if user.is_authenticated:
            client.force_login(user)
        return consultation, comment

    return build


@pytest.mark.parametrize(("role", "state"), CELLS)
def test_answer(client, cell, role, state):
    consultation, comment = cell(role, state, client)

    response = client.post(
        f"/admin/answers/{consultation.pk}/answer/",
        {"comments": [comment.pk], "outcome": "noted", "reasoning": "Answered now."},
    )

    answered = Answer.objects.filter(comment=comment, reasoning="Answered now.").exists()
    assert answered == ((role, state) in ANSWER_ALLOWED)
    assert response.status_code in (302, 403)


@pytest.mark.parametrize(("role", "state"), CELLS)
def test_publish_report(client, cell, role, state):
    consultation, _comment = cell(role, state, client)

    response = client.post(
        f"/admin/answers/{consultation.pk}/report/", {"introduction": "Published now."}
    )

    published = ConsultationReport.objects.filter(introduction="Published now.").exists()
    assert published == ((role, state) in PUBLISH_ALLOWED)
    assert response.status_code in (302, 403)


@pytest.mark.parametrize(("role", "state"), CELLS)
@pytest.mark.parametrize("route", ["report/", "report/csv/", "report/xlsx/"])
def test_see_and_export_the_report(client, cell, role, state, route):
    consultation, _comment = cell(role, state, client)

    response = client.get(f"{consultation.url}{route}")

    allowed = (role, state) in EXPORT_ALLOWED
    assert response.status_code == (200 if allowed else 404)


@pytest.mark.parametrize(
    ("role", "status"),
    [("moderator", 403), ("official of another institution", 403), ("signed-in user", 302)],
)
def test_answering_screen_is_closed_to_others(client, cell, role, status):
    consultation, comment = cell(role, "closed", client)

    response = client.get(f"/admin/answers/{consultation.pk}/")

    assert response.status_code == status
    assert comment.text not in response.content.decode()
