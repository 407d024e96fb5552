"""What the full record shows: the previous cycle beside the new one, the
score chart with its table, the spreadsheets, and the dashboard."""

import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from accounts.tests.factories import OrganisationFactory
from peer_reviews import actions
from peer_reviews.status import FollowUpStatus, Priority
from peer_reviews.tests.factories import coordinator, review, reviewer_of, scored

pytestmark = pytest.mark.django_db


@pytest.fixture
def cycles(home_page):
    """Two cycles of one service: partly met (1) everywhere, then met (2)."""
    first = scored(review(), score=1)
    actions.AddRecommendation(
        first,
        by=reviewer_of(first),
        text="Keep a register of referrals.",
        priority=Priority.HIGH,
        due_on=datetime.date(2020, 1, 1),
    ).execute()
    second = review(
        first.organisation,
        used=first.framework,
        cycle=2,
        team=[first.team_organisations.get().organisation],
        people=[reviewer_of(first)],
    )
    scored(second, score=2)
    return first, second


def sheet_rows(response):
    return list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))


def test_the_next_cycle_shows_the_previous_scores_and_recommendations_beside_the_new(
    client, cycles
):
    _first, second = cycles
    client.force_login(coordinator())

    page = client.get(f"/en/peer-reviews/{second.pk}/").content.decode()

    assert "with cycle 1 beside it" in page
    assert '<th scope="row">1.1 Criterion 1.1</th>\n            <td>1</td>' in page
    assert "Recommendations of cycle 1" in page
    assert "Keep a register of referrals." in page
    assert "recommendation--overdue" not in page.split("Recommendations of cycle 1")[0]


def test_the_score_chart_is_drawn_on_the_server_with_a_table_of_the_same_figures(client, cycles):
    _first, second = cycles
    client.force_login(coordinator())

    page = client.get(f"/en/peer-reviews/{second.pk}/").content.decode()
    chart = page[page.index("<svg") : page.index("</svg>")]

    assert 'role="img"' in chart and "<title" in chart
    assert chart.count("<rect") == 4 * 2  # four criteria, two cycles
    assert "1.1, cycle 1: 1" in chart and "1.1, cycle 2: 2" in chart
    assert "<script" not in page[page.index("score-chart") :]
    table = page[page.index('id="score-table-caption"') :]
    assert '<th scope="row">2.2</th><td class="numeric">1</td><td class="numeric">2</td>' in table


def test_an_overdue_recommendation_stands_out(client, cycles):
    first, _second = cycles
    client.force_login(coordinator())

    page = client.get(f"/en/peer-reviews/{first.pk}/").content.decode()

    assert "recommendation--overdue" in page and "Overdue" in page


def test_the_score_sheet_downloads_as_a_spreadsheet(client, cycles):
    first, _second = cycles
    client.force_login(reviewer_of(first))

    rows = sheet_rows(client.get(f"/en/peer-reviews/{first.pk}/score-sheet.xlsx"))

    assert rows[0] == ("Criterion", "Standard", "Text", "Score", "Evidence", "Finding")
    assert [row[0] for row in rows[1:]] == ["1.1", "1.2", "2.1", "2.2"]
    assert rows[1][3] == "Partly met"


def test_the_dashboard_counts_recommendations_by_state_organisation_and_service(client, cycles):
    first, second = cycles
    recommendation = actions.AddRecommendation(
        second, by=reviewer_of(second), text="Train interpreters.", priority=Priority.LOW
    ).execute()
    actions.RecordFollowUp(
        recommendation, by=coordinator(), status=FollowUpStatus.DONE, note="Trained."
    ).execute()
    client.force_login(coordinator())

    page = client.get("/en/peer-reviews/dashboard/").content.decode()
    rows = sheet_rows(client.get("/en/peer-reviews/dashboard/recommendations.xlsx"))

    assert "dashboard__overdue" in page
    assert rows[0] == (
        "Organisation", "Country", "Service", "Open", "In progress", "Done", "Dropped",
        "Overdue", "Total",
    )  # fmt: skip
    assert rows[1] == (first.organisation.name, "BA", "Legal aid", 1, 0, 1, 0, 1, 2)


def test_the_dashboard_answers_in_the_same_number_of_queries_however_many_reviews(client):
    client.force_login(coordinator())
    counts = []
    for _more in range(2):
        for _organisation in range(3):
            built = review(OrganisationFactory())
            actions.AddRecommendation(
                built, by=reviewer_of(built), text="Do better.", priority=Priority.LOW
            ).execute()
        client.get("/en/peer-reviews/dashboard/")
        with CaptureQueriesContext(connection) as queries:
            client.get("/en/peer-reviews/dashboard/")
        counts.append(len(queries))

    assert counts[0] == counts[1]
