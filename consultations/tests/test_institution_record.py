"""An institution's public record: its consultations, how long each was
open against the legal minimum, how many comments it answered and accepted,
and how long it took."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.tests.factories import InstitutionFactory, OrganisationFactory
from consultations.models import MinimumPeriod, Outcome
from consultations.reports import institution_record
from consultations.tests.factories import (
    AnswerFactory,
    CommentFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
    answered_comment_on_part,
)

pytestmark = pytest.mark.django_db


def record_url(institution):
    return f"/en/consultations/institutions/{institution.slug}/"


@pytest.fixture
def ministry():
    return InstitutionFactory(name="Ministry of Interior", slug="ministry-of-interior")


def open_between(index, institution, country, days_ago):
    """A consultation in ``country`` that opened and closed ``days_ago`` days ago."""
    opened, closed = (timezone.now() - timedelta(days=days) for days in days_ago)
    return ConsultationPageFactory(
        parent=index, institution=institution, country=country, opens_at=opened, closes_at=closed
    )


@pytest.fixture
def two_consultations(index, ministry):
    """A 30-day consultation in Serbia, reported 10 days after it closed, with
    four comments (three answered, two of them accepted at least in part), and
    a 15-day one in North Macedonia with no comments and no report."""
    long = open_between(index, ministry, "RS", days_ago=(50, 20))
    for outcome in [Outcome.ACCEPTED, Outcome.PARTLY_ACCEPTED, Outcome.NOT_ACCEPTED]:
        AnswerFactory(comment=CommentFactory(consultation=long), outcome=outcome)
    CommentFactory(consultation=long)
    ConsultationReportFactory(consultation=long, published_at=long.closes_at + timedelta(days=10))
    short = open_between(index, ministry, "MK", days_ago=(16, 1))
    return long, short


def test_minimum_periods_come_with_defaults_for_the_region():
    periods = dict(MinimumPeriod.objects.values_list("country", "days"))

    assert periods == {"AL": 28, "BA": 30, "ME": 20, "MK": 20, "RS": 20}


def test_record_counts_the_institutions_consultations(ministry, two_consultations):
    long, short = two_consultations

    record = institution_record(ministry)

    rows = {row.consultation: row for row in record.records}
    assert record.count == 2
    assert (rows[long].days_open, rows[long].minimum_days, rows[long].minimum_met) == (30, 20, True)
    assert (rows[short].days_open, rows[short].minimum_days, rows[short].minimum_met) == (
        15,
        20,
        False,
    )
    assert (rows[long].comments, rows[long].answered, rows[long].accepted) == (4, 3, 2)
    assert (rows[long].share_answered, rows[long].share_accepted) == (75, 67)
    assert rows[long].days_to_answer == 10
    assert rows[short].days_to_answer is None
    assert (record.minimum_met, record.measured) == (1, 2)
    assert (record.share_answered, record.share_accepted) == (75, 67)
    assert record.average_days_to_answer == 10


def test_record_page_shows_the_record(client, ministry, two_consultations):
    long, short = two_consultations

    response = client.get(record_url(ministry))

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Consultation record of Ministry of Interior</h1>" in html
    assert "2 consultations on this platform." in html
    assert "Yes (minimum 20 days)" in html
    assert "<strong>No (minimum 20 days)</strong>" in html
    assert "3 of 4 (75%)" in html
    assert f'href="{long.url}report/"' in html
    assert f'href="{short.url}report/"' not in html


def test_an_edited_minimum_period_changes_the_record(ministry, two_consultations):
    _long, short = two_consultations
    MinimumPeriod.objects.filter(country="MK").update(days=15)

    rows = {row.consultation: row for row in institution_record(ministry).records}

    assert rows[short].minimum_met is True


def test_a_country_without_a_minimum_is_not_measured(index, ministry):
    ConsultationPageFactory(parent=index, institution=ministry, country="DE", closed=True)

    record = institution_record(ministry)

    assert record.records[0].minimum_met is None
    assert record.measured == 0


def test_translations_are_counted_once(index, ministry, locales):
    from wagtail.models import Locale

    consultation = ConsultationPageFactory(parent=index, institution=ministry, closed=True)
    translation = consultation.copy_for_translation(
        Locale.objects.get(language_code="de"), copy_parents=True
    )
    translation.save_revision().publish()

    assert institution_record(ministry).count == 1


def test_unknown_or_non_governmental_slug_is_not_found(client):
    cso = OrganisationFactory(kind="cso")

    assert client.get(record_url(cso)).status_code == 404
    assert client.get("/en/consultations/institutions/nobody/").status_code == 404


def test_record_page_queries_do_not_grow_with_consultations(
    client, index, ministry, django_assert_max_num_queries, django_assert_num_queries
):
    def consultation_with_report():
        consultation = ConsultationPageFactory(parent=index, institution=ministry, closed=True)
        for part in consultation.parts():
            answered_comment_on_part(consultation, part)
        ConsultationReportFactory(consultation=consultation)

    consultation_with_report()
    client.get(record_url(ministry))
    with django_assert_max_num_queries(30) as few:
        client.get(record_url(ministry))
    expected = len(few.captured_queries)
    for _ in range(5):
        consultation_with_report()
    client.get(record_url(ministry))  # navigation, worked out again after the publications

    with django_assert_num_queries(expected):
        response = client.get(record_url(ministry))
    assert "6 consultations on this platform." in response.content.decode()


def test_consultation_page_links_to_its_institutions_record(client, index, ministry):
    consultation = ConsultationPageFactory(parent=index, institution=ministry)

    html = client.get(consultation.url).content.decode()

    assert f'<a href="{record_url(ministry)}">Ministry of Interior</a>' in html
