import pytest

from hearings.models import HearingIndexPage, HearingPage, HearingStatus
from hearings.seeds import load_hearings
from iris_site.seeds import DemoSite, load_shell
from iris_site.tests.hook_contract import HookContract

pytestmark = pytest.mark.django_db


class TestHookContract(HookContract):
    searchable = {HearingPage: "Public hearing"}
    navigation = ("/en/hearings/", "Public hearings")
    home_panel = "upcoming-hearings"


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
