"""The report downloaded as CSV, XLSX and JSON: the same rows as the page, read
back as a spreadsheet program would, each naming its licence and when it was
generated."""

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from accounts.tests.factories import OrganisationFactory, UserFactory
from consultations.tests.factories import (
    AnswerFactory,
    CommentFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
    answered_comment_on_part,
    comment_on_part,
)

pytestmark = pytest.mark.django_db

HEADER = [
    "Comment",
    "Part",
    "Kind",
    "On behalf of",
    "Organisation type",
    "Country",
    "Co-signed by",
    "Text",
    "Proposed wording",
    "Posted at",
    "Outcome",
    "Reasoning",
    "Language",
    "Group of near-identical comments",
]


@pytest.fixture
def reported(index):
    """A published report with one answered amendment on Article 2 (by a CSO,
    co-signed), one unanswered remark by an individual, and a formula."""
    consultation = ConsultationPageFactory(parent=index, closed=True, slug="zakon-o-azilu")
    cso = OrganisationFactory(name="Grupa 484", kind="cso", country="RS")
    amendment = comment_on_part(
        consultation,
        consultation.parts()[1],
        kind="amendment",
        organisation=cso,
        text="Рок од 8 дана је прекратак.",
        proposed_text="Rok od 15 dana.",
        language="sr",
    )
    amendment.cosignatures.create(
        organisation=OrganisationFactory(name="A11 Initiative"), signed_by=UserFactory()
    )
    AnswerFactory(comment=amendment, outcome="partly_accepted", reasoning="Rok je 10 dana.")
    remark = CommentFactory(consultation=consultation, text='=HYPERLINK("http://x.example")')
    ConsultationReportFactory(consultation=consultation)
    return consultation, amendment, remark


def test_csv_holds_every_comment_with_its_answer(client, reported):
    consultation, amendment, remark = reported

    response = client.get(f"{consultation.url}report/csv/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    assert 'filename="zakon-o-azilu-report.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == HEADER
    assert rows[1][:3] == [str(remark.pk), "The draft as a whole", "General remark"]
    assert rows[1][3] == "Individual"
    assert rows[1][7] == '\'=HYPERLINK("http://x.example")'
    assert rows[1][10:] == ["Not answered", "", "", ""]
    assert rows[2][:9] == [
        str(amendment.pk),
        "Article 2",
        "Amendment",
        "Grupa 484",
        "Civil-society organisation",
        "Serbia",
        "A11 Initiative",
        "Рок од 8 дана је прекратак.",
        "Rok od 15 dana.",
    ]
    assert rows[2][10:] == [
        "Partly accepted",
        "Rok je 10 dana.",
        "Serbian (Cyrillic script)",
        "",
    ]
    assert len(rows) == 3


def test_xlsx_holds_the_same_rows(client, reported):
    consultation, amendment, remark = reported

    response = client.get(f"{consultation.url}report/xlsx/")

    assert response.status_code == 200
    assert 'filename="zakon-o-azilu-report.xlsx"' in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == HEADER
    assert rows[1][0] == remark.pk
    assert rows[1][7] == '\'=HYPERLINK("http://x.example")'
    assert rows[2][:4] == [amendment.pk, "Article 2", "Amendment", "Grupa 484"]
    assert rows[2][7] == "Рок од 8 дана је прекратак."
    assert rows[2][10:] == [
        "Partly accepted",
        "Rok je 10 dana.",
        "Serbian (Cyrillic script)",
        None,
    ]
    assert len(rows) == 3


@pytest.mark.parametrize("extension", ["csv", "xlsx", "json"])
def test_exports_are_not_public_before_the_report(client, index, extension):
    consultation = ConsultationPageFactory(parent=index, closed=True)
    AnswerFactory(comment=CommentFactory(consultation=consultation))

    response = client.get(f"{consultation.url}report/{extension}/")

    assert response.status_code == 404


@pytest.mark.parametrize("extension", ["csv", "xlsx", "json"])
def test_export_queries_do_not_grow_with_comments(
    client, reported, extension, django_assert_max_num_queries, django_assert_num_queries
):
    consultation, _amendment, _remark = reported
    url = f"{consultation.url}report/{extension}/"
    client.get(url)
    with django_assert_max_num_queries(30) as baseline:
        client.get(url)
    for part in consultation.parts():
        for _ in range(5):
            answered_comment_on_part(consultation, part)

    with django_assert_num_queries(len(baseline.captured_queries)):
        response = client.get(url)
    assert response.status_code == 200


LICENCE = "https://creativecommons.org/licenses/by/4.0/"


def test_json_holds_the_rows_and_figures_of_the_report_page(client, reported):
    consultation, amendment, remark = reported
    page = client.get(f"{consultation.url}report/")

    response = client.get(f"{consultation.url}report/json/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["meta"]["licence"] == {"name": "CC BY 4.0", "url": LICENCE}
    assert data["meta"]["source"] == f"{consultation.full_url}report/"
    assert data["meta"]["generated_at"]
    assert data["consultation"]["title"] == consultation.title
    assert data["consultation"]["report_published_at"]
    figures = page.context["figures"]
    assert (data["figures"]["total"], data["figures"]["answered"]) == (2, 1)
    assert (data["figures"]["total"], data["figures"]["answered"]) == (
        figures.total,
        figures.answered,
    )
    assert data["figures"]["share_answered"] == figures.share_answered == 50
    assert data["figures"]["by_outcome"] == [
        {"label": figure.label, "count": figure.count} for figure in figures.by_outcome
    ]
    assert [row["comment"] for row in data["comments"]] == [remark.pk, amendment.pk]
    assert data["comments"][1]["text"] == "Рок од 8 дана је прекратак."
    assert data["comments"][1]["outcome"] == "Partly accepted"
    assert data["comments"][1]["reasoning"] == "Rok je 10 dana."
    assert data["comments"][0]["outcome"] == "Not answered"


def test_xlsx_says_what_the_data_is_and_its_licence(client, reported):
    consultation, _amendment, _remark = reported

    response = client.get(f"{consultation.url}report/xlsx/")

    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Report", "About this data"]
    about = dict(workbook["About this data"].iter_rows(values_only=True))
    assert about["Title"] == f"Report on the consultation: {consultation.title}"
    assert about["Licence"] == "CC BY 4.0"
    assert about["Licence text"] == LICENCE
    assert about["Generated at"]
    assert (about["Comments"], about["Answered"]) == (2, 1)


def test_csv_names_its_licence_and_generation_time_in_its_headers(client, reported):
    consultation, _amendment, _remark = reported

    response = client.get(f"{consultation.url}report/csv/")

    assert response["Link"] == f'<{LICENCE}>; rel="license"'
    assert response["Last-Modified"].endswith("GMT")


def test_report_page_offers_every_format_and_names_the_licence(client, reported):
    consultation, _amendment, _remark = reported

    page = client.get(f"{consultation.url}report/").content.decode()

    for extension in ["csv", "xlsx", "json"]:
        assert f'href="{consultation.url}report/{extension}/"' in page
    assert f'href="{LICENCE}" rel="license"' in page
