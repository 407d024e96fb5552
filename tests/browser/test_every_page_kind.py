"""Every kind of public page of the demo, in Chromium on a laptop and on a
phone, with and without JavaScript, in English and German: each passes axe and
the site's Content Security Policy with nothing missing, no page is wider than
the screen, and a screenshot of each is kept in var/screenshots/ (CI keeps it as
an artifact) for a reviewer to look at."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from accounts.models import Organisation, OrganisationIndexPage
from consultations.models import ConsultationIndexPage, ConsultationPage
from hearings.models import EventPage, HearingIndexPage
from iris_site.models import HomePage
from policy_library.models import LibraryDocumentPage, LibraryIndexPage

pytestmark = pytest.mark.browser

SCREENS = {"laptop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}


def english(model):
    return model.objects.live().filter(locale__language_code="en").order_by("pk").first()


@pytest.fixture
def page_kinds(live_site):
    """``{kind: address}`` of one page of each kind in the demo."""
    call_command("load_demo", password="demo password 1", stdout=StringIO())
    reported = ConsultationPage.objects.live().filter(report__published_at__isnull=False).first()
    directory = english(OrganisationIndexPage)
    organisation = Organisation.objects.order_by("pk").first()
    with translation.override("en"):
        search = reverse("search_results") + "?q=asylum"
        reviews = reverse("peer_reviews:index")
    return {
        "home": english(HomePage).url,
        "home-de": HomePage.objects.live().get(locale__language_code="de").url,
        "consultations": english(ConsultationIndexPage).url,
        "consultation-page": english(ConsultationPage).url,
        "report": f"{reported.url}report/",
        "library": english(LibraryIndexPage).url,
        "library-document": english(LibraryDocumentPage).url,
        "events": english(HearingIndexPage).url,
        "event": english(EventPage).url,
        "organisations": directory.url,
        "organisation": f"{directory.url}{organisation.slug}/",
        "search-results": search,
        "peer-reviews": reviews,
    }


@pytest.mark.parametrize("script", [True, False], ids=["javascript", "no-javascript"])
@pytest.mark.parametrize("screen", SCREENS)
def test_every_page_kind_reads_well_on_each_screen(new_visitor, page_kinds, screen, script):
    visitor = new_visitor(viewport=SCREENS[screen])
    if not script:
        # The site's scripts are all files (its policy refuses inline ones):
        # refused, the pages work as without JavaScript, and axe still runs.
        visitor.page.route("**/*.js", lambda route: route.abort())

    for kind, address in page_kinds.items():
        visitor.visit(address)
        overflow = visitor.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{kind} ({address}) is {overflow} px wider than a {screen}"
        visitor.screenshot(kind if script else f"{kind}-no-javascript")
