"""The consultation report: published by the institution, public from then
on, with its figures and every comment with its answer, grouped by part."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts.tests.factories import OrganisationFactory, UserFactory, editor, official_of
from consultations import signals
from consultations.actions.answers import AnswerPermissionError, PublishReport
from consultations.models import CommentState, ConsultationReport, ConsultationStatus, Outcome
from consultations.reports import report_figures
from consultations.tests.factories import (
    AnswerFactory,
    CommentFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
    answered_comment_on_part,
    comment_on_part,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(closed_consultation):
    return closed_consultation


def report_url(consultation):
    return f"{consultation.url}report/"


@pytest.fixture
def known_data_set(consultation):
    """Five answerable comments (three answered) and three that do not count."""
    first, second, _third = consultation.parts()
    cso = OrganisationFactory(kind="cso", country="RS", name="Group 484")
    media = OrganisationFactory(kind="media", country="MK", name="Radio Free")
    answered = [
        comment_on_part(consultation, first, kind="amendment", organisation=cso),
        comment_on_part(consultation, first, kind="objection", organisation=cso),
        comment_on_part(consultation, second, kind="amendment", organisation=media),
    ]
    for comment, outcome in zip(
        answered, [Outcome.ACCEPTED, Outcome.NOT_ACCEPTED, Outcome.ACCEPTED], strict=True
    ):
        AnswerFactory(comment=comment, outcome=outcome, reasoning=f"Reasoning {comment.pk}.")
    CommentFactory(consultation=consultation, kind="question")
    CommentFactory(consultation=consultation, kind="question")
    CommentFactory(consultation=consultation, parent=answered[0])  # a reply
    CommentFactory(consultation=consultation, state=CommentState.REJECTED)
    CommentFactory(consultation=consultation, withdrawn_at=timezone.now())
    return answered


def test_official_publishes_the_report_and_it_is_logged_and_signalled(client, consultation):
    official = official_of(consultation.institution)
    heard = []

    def receiver(**kwargs):
        heard.append(kwargs["consultation"])

    signals.answers_published.connect(receiver)
    client.force_login(official)

    response = client.post(
        f"/admin/answers/{consultation.pk}/report/", {"introduction": "Thank you all."}
    )

    assert response.status_code == 302
    report = ConsultationReport.objects.get(consultation=consultation)
    assert report.introduction == "Thank you all."
    assert report.published_by == official
    assert consultation.__class__.objects.get(pk=consultation.pk).status == (
        ConsultationStatus.REPORT_PUBLISHED
    )
    assert ModelLogEntry.objects.filter(action="consultations.report.publish").count() == 1
    signals.answers_published.disconnect(receiver)
    assert heard == [consultation]
    assert "The report is published." in client.get(response.url).content.decode()


def test_report_is_not_published_before_the_close(index):
    consultation = ConsultationPageFactory(parent=index)

    with pytest.raises(AnswerPermissionError, match="once the consultation has closed"):
        PublishReport(consultation, editor(), "Too early.").execute()
    assert not ConsultationReport.objects.exists()


def test_report_figures_on_a_known_data_set(consultation, known_data_set):
    report = ConsultationReportFactory(
        consultation=consultation, published_at=consultation.closes_at + timedelta(days=12)
    )

    figures = report_figures(consultation, report)

    table = {
        name: [(row.label, row.count) for row in getattr(figures, name)]
        for name in ["by_part", "by_kind", "by_organisation_type", "by_country", "by_outcome"]
    }
    assert (figures.total, figures.answered, figures.share_answered) == (5, 3, 60)
    assert figures.days_to_report == 12
    assert table["by_part"] == [
        ("The draft as a whole", 2),
        ("Article 1", 2),
        ("Article 2", 1),
    ]
    assert table["by_kind"] == [("Amendment", 2), ("Question", 2), ("Objection", 1)]
    assert table["by_organisation_type"] == [
        ("Civil-society organisation", 2),
        ("Individuals", 2),
        ("Media", 1),
    ]
    assert table["by_country"] == [("Individuals", 2), ("Serbia", 2), ("North Macedonia", 1)]
    assert table["by_outcome"] == [("Accepted", 2), ("Not answered", 2), ("Not accepted", 1)]


def test_published_report_shows_every_comment_with_its_answer_by_part(
    client, consultation, known_data_set
):
    ConsultationReportFactory(consultation=consultation, introduction="We listened.")

    response = client.get(report_url(consultation))

    html = response.content.decode()
    assert response.status_code == 200
    assert "We listened." in html
    for comment in known_data_set:
        assert comment.text in html
        assert f"Reasoning {comment.pk}." in html
    assert html.index('<h3 id="part-2">Article 1</h3>') < html.index(known_data_set[0].text)
    assert html.index(known_data_set[1].text) < html.index('<h3 id="part-3">Article 2</h3>')
    assert "Preview" not in html
    assert 'href="/static/iris/css/print.css" media="print"' in html


@pytest.mark.parametrize("state", ["open", "closed"])
def test_answers_are_not_public_before_the_report(client, index, state):
    consultation = ConsultationPageFactory(parent=index, closed=state == "closed")
    comment = CommentFactory(consultation=consultation)
    AnswerFactory(comment=comment, reasoning="A secret until the report.")

    for user in [None, UserFactory(), comment.author]:
        if user:
            client.force_login(user)
        response = client.get(report_url(consultation))
        assert response.status_code == 404
        assert "A secret until the report." not in client.get(consultation.url).content.decode()


def test_consultation_page_shows_each_answer_once_the_report_is_published(client, consultation):
    comment = CommentFactory(consultation=consultation)
    AnswerFactory(comment=comment, outcome=Outcome.PARTLY_ACCEPTED, reasoning="Kept in part.")

    before = client.get(consultation.url).content.decode()
    ConsultationReportFactory(consultation=consultation)
    after = client.get(consultation.url).content.decode()

    assert "Kept in part." not in before
    assert "Kept in part." in after
    assert '<span class="badge">Partly accepted</span>' in after


def test_official_previews_the_report_before_publishing(client, consultation):
    comment = CommentFactory(consultation=consultation)
    AnswerFactory(comment=comment, reasoning="Draft reasoning.")
    client.force_login(official_of(consultation.institution))

    html = client.get(report_url(consultation)).content.decode()

    assert "Preview: this report and its answers are not public" in html
    assert "Draft reasoning." in html


def test_report_page_queries_do_not_grow_with_comments(
    client, consultation, django_assert_max_num_queries, django_assert_num_queries
):
    ConsultationReportFactory(consultation=consultation)
    for part in consultation.parts():
        answered_comment_on_part(consultation, part)
    client.get(report_url(consultation))

    with django_assert_max_num_queries(30) as few:
        client.get(report_url(consultation))
    for part in consultation.parts():
        for _ in range(10):
            answered_comment_on_part(consultation, part)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(report_url(consultation))
    assert response.content.decode().count('class="card report-comment"') == 33
