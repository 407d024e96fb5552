"""The admin dashboard shows each role its own work: an official their
institution's consultations, a moderator the queue."""

import pytest
from django.urls import reverse

from accounts.tests.factories import InstitutionFactory, editor, moderator, official_of
from consultations.models import CommentState
from consultations.tests.factories import (
    AnswerFactory,
    CommentFactory,
    ConsultationPageFactory,
    days_from_now,
)
from iris_site.tests.html import section

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/"


def institution_panel(client):
    return section(client.get(DASHBOARD), "institution-consultations-title")


def moderation_panel(client):
    return section(client.get(DASHBOARD), "moderation-queue-title")


def test_an_official_sees_their_consultations_with_days_left_and_comments_to_answer(client, index):
    ministry = InstitutionFactory(name="Ministry of the Interior")
    ConsultationPageFactory(
        parent=index, institution=ministry, title="Later law", closes_at=days_from_now(20)
    )
    sooner = ConsultationPageFactory(
        parent=index, institution=ministry, title="Sooner law", closes_at=days_from_now(3)
    )
    CommentFactory.create_batch(2, consultation=sooner)
    AnswerFactory(comment=CommentFactory(consultation=sooner))
    CommentFactory(consultation=sooner, state=CommentState.PENDING)
    client.force_login(official_of(ministry))

    panel = institution_panel(client)

    assert panel.index("Sooner law") < panel.index("Later law")
    rows = panel.split("<tr>")
    sooner_row = next(row for row in rows if "Sooner law" in row)
    assert "3 days" in sooner_row
    answering = reverse("consultations_answering", args=[sooner.pk])
    assert f'<a href="{answering}">2</a>' in sooner_row
    assert "20 days" in next(row for row in rows if "Later law" in row)


def test_an_official_sees_closed_consultations_waiting_for_answers_but_not_others(client, index):
    ministry = InstitutionFactory()
    ConsultationPageFactory(parent=index, institution=ministry, title="Closed law", closed=True)
    ConsultationPageFactory(parent=index, institution=ministry, title="Future law", upcoming=True)
    ConsultationPageFactory(parent=index, title="Another ministry's law")
    client.force_login(official_of(ministry))

    panel = institution_panel(client)

    assert "Closed law" in panel
    assert "Closed</td>" in panel
    assert "Future law" not in panel
    assert "Another ministry" not in panel


def test_an_official_with_nothing_to_do_is_told_so(client, index):
    client.force_login(official_of(InstitutionFactory()))

    panel = institution_panel(client)

    assert "No consultation of your institution is open or waiting for answers." in panel


def test_a_moderator_sees_the_queue_oldest_first(client, index):
    consultation = ConsultationPageFactory(parent=index, title="Draft Law on Asylum")
    CommentFactory(consultation=consultation, text="First waiting", state=CommentState.PENDING)
    CommentFactory(
        consultation=consultation, text="Flagged away", state=CommentState.HIDDEN_BY_FLAGS
    )
    CommentFactory(consultation=consultation, text="Already published")
    client.force_login(moderator())

    panel = moderation_panel(client)

    assert "2 comments wait for a decision." in panel
    assert panel.index("First waiting") < panel.index("Flagged away")
    assert "Already published" not in panel


def test_a_moderator_with_an_empty_queue_is_told_so(client, index):
    client.force_login(moderator())

    assert "No comment is waiting for a moderator." in moderation_panel(client)


def test_only_officials_see_an_institutions_consultations_and_officials_no_queue(client, index):
    ConsultationPageFactory(parent=index)
    client.force_login(editor())
    editor_html = client.get(DASHBOARD).content.decode()
    client.force_login(moderator())
    moderator_html = client.get(DASHBOARD).content.decode()
    client.force_login(official_of(InstitutionFactory()))
    official_html = client.get(DASHBOARD).content.decode()

    assert 'id="institution-consultations-title"' not in editor_html + moderator_html
    assert 'id="moderation-queue-title"' not in official_html


def test_an_official_is_shown_the_translations_their_institutions_pages_wait_for_and_no_other(
    client, index
):
    ours, theirs = InstitutionFactory(name="Ministry A"), InstitutionFactory(name="Ministry B")
    ConsultationPageFactory(parent=index, institution=ours, title="Law on Asylum")
    ConsultationPageFactory(parent=index, institution=theirs, title="Law on Foreigners")
    client.force_login(official_of(ours))

    panel = section(client.get(DASHBOARD), "translation-gaps-title")

    assert "Law on Asylum" in panel
    assert "Law on Foreigners" not in panel
    assert "Ministry B" not in panel
