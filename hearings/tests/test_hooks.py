import re

import pytest
from django.core.management import call_command

from hearings.models import HearingIndexPage, HearingPage, HearingStatus
from hearings.seeds import load_hearings
from iris_site import hooks
from iris_site.seeds import DemoSite, load_shell

pytestmark = pytest.mark.django_db


def test_contributions_pass_the_system_checks():
    call_command("check")


def test_hearings_are_offered_to_site_search():
    searchable = {
        content.model: str(content.label) for content in hooks.contributions(hooks.SEARCHABLE)
    }

    assert searchable[HearingPage] == "Public hearing"


def test_navigation_leads_to_the_hearings_of_the_readers_language(client, index):
    html = client.get("/en/").content.decode()

    assert re.search(r'<a href="/en/hearings/"[^>]*>Public hearings</a>', html)


def test_demo_hearings_load_once_however_often_they_run():
    demo = DemoSite(password="demo password")
    load_shell(demo)

    load_hearings(demo)
    load_hearings(demo)

    english = HearingPage.objects.filter(locale__language_code="en")
    assert english.count() == 3
    assert {page.status for page in english} == set(HearingStatus)
    assert {bool(page.venue) for page in english.upcoming()} == {True, False}
    assert HearingIndexPage.objects.live().count() == 8
    belgrade = HearingPage.objects.get(
        slug="belgrade-hearing-on-the-law-on-asylum", locale__language_code="sr"
    )
    assert belgrade.live
    assert belgrade.venue.startswith("Скупштина града Београда")
