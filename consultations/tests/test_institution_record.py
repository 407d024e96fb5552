"""An institution's public record: its consultations, how long each was
open against the legal minimum, how many comments it answered and accepted,
and how long it took."""

import csv
import io
import json
from datetime import timedelta

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from accounts.tests.factories import InstitutionFactory, OrganisationFactory
from consultations.exports import RECORD_KEYS
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


# The record as open data -------------------------------------------------------------


def read_dataset(response, export_format):
    """The dataset's rows as dicts keyed by the JSON names, however it was downloaded."""
    if export_format == "json":
        return json.loads(response.content)["consultations"]
    if export_format == "csv":
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))[1:]
    else:
        sheet = load_workbook(io.BytesIO(response.content))["Consultations"]
        rows = list(sheet.iter_rows(values_only=True))[1:]
    return [dict(zip(RECORD_KEYS, row, strict=True)) for row in rows]


def as_text(value):
    """A cell as the CSV writes it."""
    return "" if value is None else str(value)


@pytest.mark.parametrize("export_format", ["csv", "xlsx", "json"])
def test_dataset_holds_the_figures_of_the_record_page(
    client, ministry, two_consultations, export_format
):
    page = client.get(record_url(ministry))

    response = client.get(f"{record_url(ministry)}data/{export_format}/")

    assert response.status_code == 200
    assert response["Link"] == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
    rows = read_dataset(response, export_format)
    shown = page.context["record"].records
    assert [row["consultation"] for row in rows] == [r.consultation.title for r in shown]
    convert = as_text if export_format == "csv" else (lambda value: value)
    for row, record in zip(rows, shown, strict=True):
        for key in ["days_open", "comments", "answered", "share_answered", "share_accepted"]:
            assert row[key] == convert(getattr(record, key)), key
        assert row["legal_minimum_met"] == convert(record.minimum_met)
        assert row["days_to_answer"] == convert(record.days_to_answer)
    long_row = next(row for row in rows if row["comments"] == convert(4))
    assert (long_row["share_answered"], long_row["share_accepted"]) == (convert(75), convert(67))


def test_json_dataset_has_the_totals_of_the_record_page(client, ministry, two_consultations):
    record = client.get(record_url(ministry)).context["record"]

    data = json.loads(client.get(f"{record_url(ministry)}data/json/").content)

    assert data["meta"]["licence"]["name"] == "CC BY 4.0"
    assert data["meta"]["title"] == "Consultation record of Ministry of Interior"
    assert data["totals"] == {
        "consultations": 2,
        "legal_minimum_met": record.minimum_met,
        "legal_minimum_measured": record.measured,
        "comments": 4,
        "answered": 3,
        "share_answered": 75,
        "accepted": 2,
        "share_accepted": 67,
        "average_days_to_answer": 10,
    }


def test_xlsx_dataset_states_its_licence_and_totals(client, ministry, two_consultations):
    response = client.get(f"{record_url(ministry)}data/xlsx/")

    about = dict(load_workbook(io.BytesIO(response.content))["About this data"].values)
    assert about["Licence"] == "CC BY 4.0"
    assert (about["Consultations"], about["Comments"], about["Answered"]) == (2, 4, 3)


def test_record_page_links_to_its_dataset(client, ministry, two_consultations):
    html = client.get(record_url(ministry)).content.decode()

    for export_format in ["csv", "xlsx", "json"]:
        assert f'href="{record_url(ministry)}data/{export_format}/"' in html
    assert 'rel="license"' in html


def test_country_dataset_holds_the_countrys_consultations_only(
    client, index, ministry, two_consultations
):
    long, _short = two_consultations

    rows = json.loads(client.get("/en/consultations/countries/RS/data/json/").content)

    assert [row["consultation"] for row in rows["consultations"]] == [long.title]
    assert rows["consultations"][0]["comments"] == 4
    assert rows["totals"]["answered"] == 3


def test_consultation_index_filtered_by_country_links_to_its_dataset(
    client, index, two_consultations
):
    filtered = client.get(f"{index.url}?country=RS").content.decode()
    unfiltered = client.get(index.url).content.decode()

    assert 'href="/en/consultations/countries/RS/data/csv/"' in filtered
    assert "/data/csv/" not in unfiltered


@pytest.mark.parametrize(
    "path",
    [
        "/en/consultations/countries/XX/data/json/",
        "/en/consultations/countries/RS/data/pdf/",
        "/en/consultations/institutions/nobody/data/csv/",
    ],
)
def test_unknown_country_institution_or_format_is_not_found(client, path):
    assert client.get(path).status_code == 404
