"""A hearing published before events existed keeps its address, its dates and
its text once it becomes a kind of event."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone
from wagtail.models import Page

from hearings.models import EventStatus, HearingPage
from hearings.tests.factories import HearingIndexPageFactory

BEFORE = ("hearings", "0001_initial")


def latest():
    return MigrationLoader(connection).graph.leaf_nodes("hearings")[0]


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


@pytest.fixture
def index(page_tree_root, home_page):
    """The index, in a database that migrations can change (they commit)."""
    return HearingIndexPageFactory(parent=home_page)


def test_a_hearing_from_before_events_keeps_its_page_dates_and_text(index, client):
    # The page row stays as it is; only the hearing's own row is written the old way.
    page = index.add_child(instance=Page(title="Hearing on the Law on Asylum", slug="asylum"))
    page.save_revision().publish()
    starts_at = timezone.now() + datetime.timedelta(days=10)
    old_apps = migrate(BEFORE)
    OldHearing = old_apps.get_model("hearings", "HearingPage")
    OldHearing(
        page_ptr_id=page.pk,
        summary="Article by article.",
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=3),
        venue="Belgrade City Hall",
        online_url="",
        body="<p>Programme</p>",
    ).save_base(raw=True)
    Page.objects.filter(pk=page.pk).update(
        content_type=ContentType.objects.get_by_natural_key("hearings", "hearingpage")
    )

    migrate(latest())

    hearing = HearingPage.objects.get(pk=page.pk)
    assert (hearing.kind, hearing.summary, hearing.venue) == (
        "hearing",
        "Article by article.",
        "Belgrade City Hall",
    )
    assert hearing.starts_at == starts_at
    assert hearing.status == EventStatus.UPCOMING
    html = client.get(hearing.url).content.decode()
    assert "Hearing on the Law on Asylum" in html and "Belgrade City Hall" in html
