"""Answering comments: one at a time or several at once (groups of
near-identical ones: test_grouping.py), by officials of the responsible
institution and editors, between the close and the report."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

from accounts.tests.factories import OrganisationFactory, editor, official_of
from consultations.actions.answers import AnswerComments, AnswerPermissionError
from consultations.models import Answer, CommentState, Outcome
from consultations.tests.factories import (
    AnswerFactory,
    CommentFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
    comment_on_part,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(closed_consultation):
    return closed_consultation


def answering_url(consultation):
    return f"/admin/answers/{consultation.pk}/"


def answer(client, consultation, comments, outcome="accepted", reasoning="Adopted."):
    return client.post(
        f"/admin/answers/{consultation.pk}/answer/",
        {"comments": [c.pk for c in comments], "outcome": outcome, "reasoning": reasoning},
    )


def test_official_answers_a_comment_and_the_answer_is_logged(client, consultation):
    comment = CommentFactory(consultation=consultation)
    official = official_of(consultation.institution)
    client.force_login(official)

    response = answer(client, consultation, [comment], "partly_accepted", "Article 5 changes.")

    assert response.status_code == 302
    saved = Answer.objects.get(comment=comment)
    assert (saved.outcome, saved.reasoning, saved.answered_by) == (
        Outcome.PARTLY_ACCEPTED,
        "Article 5 changes.",
        official,
    )
    entry = ModelLogEntry.objects.get(action="consultations.answer.create")
    assert entry.user == official
    assert entry.object_id == str(saved.pk)
    page = client.get(response.url)
    assert "1 comment answered." in page.content.decode()


def test_editor_answers_several_identical_comments_at_once(client, consultation):
    identical = [
        CommentFactory(consultation=consultation, text="Keep Article 5.") for _ in range(3)
    ]
    other = CommentFactory(consultation=consultation, text="Something else.")
    client.force_login(editor())

    response = answer(client, consultation, identical, "not_accepted", "Article 5 goes.")

    assert response.status_code == 302
    assert Answer.objects.filter(comment__in=identical, outcome="not_accepted").count() == 3
    assert not Answer.objects.filter(comment=other).exists()
    assert ModelLogEntry.objects.filter(action="consultations.answer.create").count() == 3
    assert "3 comments answered." in client.get(response.url).content.decode()


def test_answering_again_changes_the_answer(client, consultation):
    comment = CommentFactory(consultation=consultation)
    AnswerFactory(comment=comment, outcome=Outcome.NOTED, reasoning="Noted.")
    client.force_login(official_of(consultation.institution))

    answer(client, consultation, [comment], "accepted", "On reflection, adopted.")

    assert Answer.objects.get(comment=comment).outcome == Outcome.ACCEPTED
    assert ModelLogEntry.objects.filter(action="consultations.answer.edit").count() == 1


def test_official_of_another_institution_is_refused_with_a_clear_message(client, consultation):
    comment = CommentFactory(consultation=consultation)
    client.force_login(official_of(OrganisationFactory(kind="public", name="Ministry of Finance")))

    screen = client.get(answering_url(consultation))
    posted = answer(client, consultation, [comment])

    for response in (screen, posted):
        assert response.status_code == 403
        assert (
            f"Only officials of {consultation.institution.name} and the network&#x27;s editors "
            "answer the comments on this consultation."
        ) in response.content.decode()
    assert not Answer.objects.exists()


def test_action_refuses_an_official_of_another_institution(consultation):
    comment = CommentFactory(consultation=consultation)
    stranger = official_of(OrganisationFactory(kind="public"))

    with pytest.raises(AnswerPermissionError, match="Only officials of"):
        AnswerComments(consultation, [comment], stranger, Outcome.NOTED, "Noted.").execute()


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        ({}, "Comments are answered once the consultation has closed."),
        ({"upcoming": True}, "Comments are answered once the consultation has closed."),
    ],
    ids=["open", "upcoming"],
)
def test_comments_are_not_answered_before_the_close(client, index, dates, message):
    consultation = ConsultationPageFactory(parent=index, **dates)
    comment = CommentFactory(consultation=consultation)
    client.force_login(official_of(consultation.institution))

    response = answer(client, consultation, [comment])

    assert response.status_code == 302
    assert message in client.get(response.url).content.decode()
    assert not Answer.objects.exists()


def test_answers_no_longer_change_once_the_report_is_published(client, consultation):
    comment = CommentFactory(consultation=consultation)
    AnswerFactory(comment=comment, outcome=Outcome.NOTED, reasoning="Noted.")
    ConsultationReportFactory(consultation=consultation)
    client.force_login(official_of(consultation.institution))

    response = answer(client, consultation, [comment], "accepted", "Changed.")

    html = client.get(response.url).content.decode()
    assert "The report is published: its answers can no longer change." in html
    assert Answer.objects.get(comment=comment).outcome == Outcome.NOTED


def test_a_comment_of_another_consultation_is_refused(client, index, consultation):
    elsewhere = CommentFactory(consultation=ConsultationPageFactory(parent=index, closed=True))
    client.force_login(official_of(consultation.institution))

    response = answer(client, consultation, [elsewhere])

    assert response.status_code == 400
    assert f"Comment {elsewhere.pk} cannot be answered on this consultation." in (
        response.content.decode()
    )
    assert not Answer.objects.exists()


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"outcome": "accepted", "reasoning": ""}, "This field is required."),
        ({"outcome": "maybe", "reasoning": "Hm."}, "Select a valid choice."),
        ({"outcome": "accepted", "reasoning": "x" * 10_001}, "at most 10000 characters"),
    ],
    ids=["no reasoning", "unknown outcome", "reasoning too long"],
)
def test_bad_answers_get_a_clear_error_and_keep_earlier_answers(
    client, consultation, form, message
):
    comment = CommentFactory(consultation=consultation)
    AnswerFactory(comment=comment, outcome=Outcome.NOTED, reasoning="Noted.")
    client.force_login(official_of(consultation.institution))

    response = client.post(
        f"/admin/answers/{consultation.pk}/answer/", {"comments": [comment.pk], **form}
    )

    assert response.status_code == 400
    assert message in response.content.decode()
    assert Answer.objects.get(comment=comment).reasoning == "Noted."


def test_replies_and_withdrawn_or_hidden_comments_are_not_answered(consultation):
    parent = CommentFactory(consultation=consultation)
    unanswerable = [
        CommentFactory(consultation=consultation, parent=parent),
        CommentFactory(consultation=consultation, withdrawn_at=consultation.closes_at),
        CommentFactory(consultation=consultation, state=CommentState.HIDDEN),
    ]
    by = editor()

    for comment in unanswerable:
        with pytest.raises(ValidationError, match="Only published comments"):
            AnswerComments(consultation, [comment], by, Outcome.NOTED, "Noted.").execute()
    assert not Answer.objects.exists()


def test_screen_lists_comments_by_part_with_filters(client, consultation):
    first, second = consultation.parts()[:2]
    organisation = OrganisationFactory(name="Group 484", kind="cso")
    on_first = comment_on_part(consultation, first, text="On the first article.", kind="question")
    on_second = comment_on_part(
        consultation, second, text="On the second article.", organisation=organisation
    )
    AnswerFactory(comment=on_second)
    client.force_login(official_of(consultation.institution))

    everything = client.get(answering_url(consultation)).content.decode()
    unanswered = client.get(answering_url(consultation), {"unanswered": "on"}).content.decode()
    questions = client.get(answering_url(consultation), {"kind": "question"}).content.decode()
    csos = client.get(answering_url(consultation), {"organisation_type": "cso"}).content.decode()

    assert everything.index("Article 1") < everything.index(on_first.text)
    assert everything.index("Article 2") < everything.index(on_second.text)
    assert everything.index(on_first.text) < everything.index("Article 2")
    assert on_first.text in unanswered and on_second.text not in unanswered
    assert on_first.text in questions and on_second.text not in questions
    assert on_second.text in csos and on_first.text not in csos


def test_translation_answers_the_comments_of_the_original(client, consultation, locales):
    from wagtail.models import Locale

    comment = CommentFactory(consultation=consultation)
    translation = consultation.copy_for_translation(
        Locale.objects.get(language_code="de"), copy_parents=True
    )
    client.force_login(official_of(consultation.institution))

    response = answer(client, translation, [comment])

    assert response.status_code == 302
    assert Answer.objects.filter(comment=comment).exists()


def test_answering_screen_queries_do_not_grow_with_comments(
    client, consultation, django_assert_max_num_queries, django_assert_num_queries
):
    official = official_of(consultation.institution)
    client.force_login(official)
    for part in consultation.parts():
        comment_on_part(consultation, part)
    client.get(answering_url(consultation))

    with django_assert_max_num_queries(30) as few:
        client.get(answering_url(consultation))
    for part in consultation.parts():
        for _ in range(10):
            AnswerFactory(comment=comment_on_part(consultation, part))
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(answering_url(consultation))
    assert response.content.decode().count('class="answering-comment"') == 33


def test_officials_find_their_institutions_consultations_in_the_admin_menu(client, index):
    mine = ConsultationPageFactory(parent=index, closed=True, title="Draft Law on Asylum")
    ConsultationPageFactory(parent=index, closed=True, title="Draft Law on Customs")
    client.force_login(official_of(mine.institution))

    home = client.get("/admin/").content.decode()
    listing = client.get("/admin/answers/").content.decode()

    assert "Answer comments" in home
    assert "Draft Law on Asylum" in listing
    assert "Draft Law on Customs" not in listing


def test_moderators_are_not_offered_the_answering_screen(client):
    from accounts.tests.factories import moderator

    client.force_login(moderator())

    assert "/admin/answers/" not in client.get("/admin/").content.decode()
    assert client.get("/admin/answers/").status_code == 403


def test_editors_find_the_answering_screen_from_the_page_explorer(client, closed_consultation):
    client.force_login(editor())

    html = client.get(f"/admin/pages/{closed_consultation.get_parent().pk}/").content.decode()

    assert f'href="/admin/answers/{closed_consultation.pk}/"' in html
