"""Comments made at a hearing carried into the consultation it is about
(through the HEARING_INPUT hook that consultations implements): attributed,
of kind "said at the hearing", once only, by the chair alone."""

import pytest

from accounts.tests.factories import OrganisationFactory, UserFactory, moderator
from consultations.models import Comment, CommentKind, CommentState
from consultations.reports import report_figures
from consultations.tests.factories import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
)
from hearings.models import BoardPostKind, BoardPostState
from hearings.tests.factories import BoardPostFactory, HearingPageFactory

pytestmark = pytest.mark.django_db

SAID = "Interpreters at the border must be certified, not volunteers."


@pytest.fixture
def consultation(home_page, live_hearing):
    consultation = ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page), title="Draft Law on Asylum"
    )
    live_hearing.consultations.set([consultation])
    live_hearing.save()
    return consultation


@pytest.fixture
def said(live_hearing):
    return BoardPostFactory(
        hearing=live_hearing,
        kind=BoardPostKind.COMMENT,
        text=SAID,
        organisation=OrganisationFactory(name="Legal Aid Centre"),
    )


def carry(client, hearing, post, consultation):
    url = hearing.url + hearing.reverse_subpage("board_carry", args=[post.pk])
    return client.post(url, {"consultation": consultation.pk})


def test_the_chair_carries_a_comment_into_the_consultation_attributed(
    client, live_hearing, chair, consultation, said
):
    client.force_login(chair)

    response = carry(client, live_hearing, said, consultation)

    assert response.status_code == 302
    comment = Comment.objects.get()
    assert (comment.consultation, comment.author, comment.organisation) == (
        consultation,
        said.author,
        said.organisation,
    )
    assert (comment.kind, comment.state, comment.text) == (
        CommentKind.HEARING,
        CommentState.PUBLISHED,
        SAID,
    )
    assert "Said at the hearing" in client.get(consultation.url).content.decode()
    assert "Carried into the consultation “Draft Law on Asylum”" in (
        client.get(live_hearing.url).content.decode()
    )


def test_a_comment_is_carried_once_only(client, live_hearing, chair, consultation, said):
    client.force_login(chair)

    carry(client, live_hearing, said, consultation)
    again = carry(client, live_hearing, said, consultation)

    assert again.status_code == 409
    assert "already been carried" in again.content.decode()
    assert Comment.objects.count() == 1


@pytest.mark.parametrize("who", ["participant", "author", "moderator"])
def test_only_the_chair_carries_comments(client, live_hearing, consultation, said, who):
    person = {"participant": UserFactory, "author": lambda: said.author, "moderator": moderator}
    client.force_login(person[who]())

    response = carry(client, live_hearing, said, consultation)

    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_questions_and_hidden_comments_are_not_carried(
    client, live_hearing, chair, consultation, said
):
    question = BoardPostFactory(hearing=live_hearing)
    said.state = BoardPostState.HIDDEN
    said.save()
    client.force_login(chair)

    responses = [carry(client, live_hearing, post, consultation) for post in (question, said)]

    assert [response.status_code for response in responses] == [403, 403]
    assert not Comment.objects.exists()


def test_a_consultation_the_hearing_is_not_about_is_refused(
    client, home_page, live_hearing, chair, consultation, said
):
    other = ConsultationPageFactory(parent=ConsultationIndexPageFactory(parent=home_page, slug="x"))
    client.force_login(chair)

    forged = carry(client, live_hearing, said, other)
    missing = client.post(
        live_hearing.url + live_hearing.reverse_subpage("board_carry", args=[said.pk]), {}
    )

    assert (forged.status_code, missing.status_code) == (400, 400)
    assert not Comment.objects.exists()


def test_nothing_is_carried_once_the_report_is_published(
    client, home_page, index, chair, live_hearing
):
    consultation = ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page), closed=True
    )
    ConsultationReportFactory(consultation=consultation)
    live_hearing.consultations.set([consultation])
    live_hearing.save()
    said = BoardPostFactory(hearing=live_hearing, kind=BoardPostKind.COMMENT)
    client.force_login(chair)

    response = carry(client, live_hearing, said, consultation)

    said.refresh_from_db()
    assert response.status_code == 409
    assert "report on this consultation is already published" in response.content.decode()
    assert said.carried_at is None


def test_the_chair_is_offered_to_carry_only_where_the_hearing_has_a_consultation(
    client, index, chair, live_hearing, consultation, said
):
    unlinked = HearingPageFactory(parent=index, in_progress=True)
    unlinked.organisers.set(live_hearing.organisers.all())
    unlinked.save()
    BoardPostFactory(hearing=unlinked, kind=BoardPostKind.COMMENT)
    client.force_login(chair)

    assert "Carry into the consultation" in client.get(live_hearing.url).content.decode()
    assert "Carry into the consultation" not in client.get(unlinked.url).content.decode()
    client.force_login(UserFactory())
    assert "Carry into the consultation" not in client.get(live_hearing.url).content.decode()


def test_the_report_counts_comments_made_at_hearings_separately(
    client, live_hearing, chair, consultation, said
):
    client.force_login(chair)
    carry(client, live_hearing, said, consultation)

    figures = report_figures(consultation)

    assert (figures.total, figures.from_hearings) == (1, 1)
