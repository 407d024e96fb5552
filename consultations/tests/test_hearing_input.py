"""Comments made at a public hearing, taken into the consultation through the
HEARING_INPUT hook: published as "said at the hearing", answered like the
rest, counted apart in the report; nobody picks that kind in the form."""

import pytest
from django.core.exceptions import ValidationError

from accounts.tests.factories import OrganisationFactory, UserFactory
from consultations.actions import PostComment, TakeHearingComment
from consultations.models import Comment, CommentKind, CommentState
from consultations.tests.factories import (
    CommentFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
)
from iris_site import hooks

pytestmark = pytest.mark.django_db


def take(consultation, text="Interpreters must be certified.", **fields):
    return TakeHearingComment(
        consultation,
        author=fields.get("author") or UserFactory(),
        organisation=fields.get("organisation"),
        text=text,
        hearing=consultation,  # any page: only its id is logged
    ).execute()


def test_a_comment_said_at_a_hearing_is_published_in_the_comment_list(client, index):
    consultation = ConsultationPageFactory(parent=index)
    organisation = OrganisationFactory(name="Legal Aid Centre")

    comment = take(consultation, organisation=organisation)

    assert (comment.kind, comment.state, comment.organisation) == (
        CommentKind.HEARING,
        CommentState.PUBLISHED,
        organisation,
    )
    page = client.get(consultation.url).content.decode()
    assert "Interpreters must be certified." in page
    assert "Said at the hearing" in page


def test_the_hook_takes_consultations_and_nothing_else(index, home_page):
    consultation = ConsultationPageFactory(parent=index)
    intake = hooks.hearing_input()

    assert intake.accepts(consultation)
    assert not intake.accepts(home_page)


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_comment_is_not_taken(index, text):
    with pytest.raises(ValidationError):
        take(ConsultationPageFactory(parent=index), text=text)

    assert not Comment.objects.exists()


def test_nothing_is_taken_once_the_report_is_published(index):
    consultation = ConsultationPageFactory(parent=index, closed=True)
    ConsultationReportFactory(consultation=consultation)

    with pytest.raises(ValidationError, match="already published"):
        take(consultation)


def test_a_closed_consultation_still_takes_what_its_hearing_heard(index):
    consultation = ConsultationPageFactory(parent=index, closed=True)

    assert take(consultation).kind == CommentKind.HEARING


def test_nobody_chooses_said_at_the_hearing_in_the_comment_form(client, index):
    consultation = ConsultationPageFactory(parent=index)
    client.force_login(UserFactory())

    form = client.get(consultation.url + "comment/").content.decode()

    assert "Said at the hearing" not in form
    with pytest.raises(ValidationError):
        PostComment(
            UserFactory(), consultation, text="I was not there.", kind=CommentKind.HEARING
        ).execute()


def test_the_report_says_how_many_comments_were_made_at_public_hearings(client, index):
    consultation = ConsultationPageFactory(parent=index, closed=True)
    for _ in range(2):
        take(consultation)
    CommentFactory(consultation=consultation)
    ConsultationReportFactory(consultation=consultation)

    report = client.get(f"{consultation.url}report/").content.decode()

    assert "2 comments made at public hearings" in report
