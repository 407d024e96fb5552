import pytest
from django.apps import apps
from django.test import Client

from hearings.models import (
    BoardPost,
    BoardPostKind,
    EventPage,
    EventStatus,
    HearingIndexPage,
    HearingPage,
)
from hearings.seeds import load_events
from iris_site import hooks
from iris_site.management.commands.load_demo import ADMIN_EMAIL
from iris_site.seeds import DemoSite, load_shell
from iris_site.tests.hook_contract import HookContract

pytestmark = pytest.mark.django_db


class TestHookContract(HookContract):
    searchable = {EventPage: "Event"}
    navigation = ("/en/hearings/", "Events")
    home_panel = "upcoming-events"


def test_demo_events_load_once_however_often_they_run(mailoutbox):
    demo = DemoSite(password="demo password")
    # As ``manage.py load_demo`` does: the directory's memberships are confirmed by the admin.
    demo.ensure_user(ADMIN_EMAIL, "Ana", "Admin", is_staff=True, is_superuser=True)
    load_shell(demo)
    for loader in hooks.ordered(hooks.DEMO_CONTENT):
        if loader.order < 120:  # the apps events link to (organisations, consultations)
            loader.load(demo)

    load_events(demo)
    load_events(demo)

    assert mailoutbox == []  # the demo's people are made up
    english = EventPage.objects.filter(locale__language_code="en").specific()
    by_slug = {page.slug: page for page in english}
    assert {page.kind for page in english} >= {
        "hearing",
        "parliament",
        "social-academy",
        "partnership-meeting",
    }
    held = by_slug["belgrade-hearing-on-the-law-on-asylum"]
    assert held.status == EventStatus.MINUTES_PUBLISHED
    assert held.conclusions
    questions = BoardPost.objects.of(held).filter(kind=BoardPostKind.QUESTION)
    comments = BoardPost.objects.of(held).filter(kind=BoardPostKind.COMMENT)
    assert (questions.count(), comments.count()) == (2, 2)
    assert all(question.is_answered for question in questions)
    minutes = Client().get(held.url).content.decode()
    assert "Questions asked at the hearing" in minutes
    assert "The centre for social work, within 24 hours of registration" in minutes
    if apps.is_installed("consultations"):
        assert held.consultations.get().slug == "law-on-asylum-and-temporary-protection"
        assert all(comment.carried_at for comment in comments)
        assert "Carried into the consultation" in minutes
    else:
        assert not any(comment.carried_at for comment in comments)
    open_hearing = by_slug["podgorica-hearing-on-accommodation-of-unaccompanied-children"]
    assert open_hearing.status == EventStatus.REGISTRATION_OPEN
    assert 0 < open_hearing.seats_left()["in-person"] <= 3
    parliament = by_slug["brussels-quality-standards-of-services-for-migrants"]
    assert parliament.get_parliament_venue_display() == "Brussels"
    assert parliament.hosts.count() == 2
    assert not by_slug["online-partnership-meeting"].venue
    assert HearingIndexPage.objects.live().count() == 8
    belgrade = HearingPage.objects.get(
        slug="belgrade-hearing-on-the-law-on-asylum", locale__language_code="sr-latn"
    )
    assert belgrade.live and belgrade.venue.startswith("Skupština grada Beograda")
