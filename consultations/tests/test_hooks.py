import re

import pytest
from django.core.management import call_command

from accounts.tests.factories import InstitutionFactory
from consultations.models import ConsultationIndexPage, ConsultationPage, ConsultationStatus
from consultations.seeds import CONSULTATIONS, load_consultations
from iris_site import hooks
from iris_site.seeds import DemoSite, load_shell

pytestmark = pytest.mark.django_db


def test_contributions_pass_the_system_checks():
    call_command("check")


def test_consultations_are_offered_to_site_search():
    searchable = {
        content.model: str(content.label) for content in hooks.contributions(hooks.SEARCHABLE)
    }

    assert searchable[ConsultationPage] == "Consultation"


def test_navigation_leads_to_the_consultations_of_the_readers_language(client, index):
    html = client.get("/en/").content.decode()

    assert re.search(r'<a href="/en/consultations/"[^>]*>Consultations</a>', html)


def test_demo_consultations_load_once_however_often_they_run():
    demo = DemoSite(password="demo password")
    load_shell(demo)
    for consultation in CONSULTATIONS.values():
        InstitutionFactory(slug=consultation["institution"])

    load_consultations(demo)
    load_consultations(demo)

    english = ConsultationPage.objects.filter(locale__language_code="en")
    assert english.count() == 4
    assert {page.status for page in english} == set(ConsultationStatus) - {
        ConsultationStatus.REPORT_PUBLISHED
    }
    assert ConsultationIndexPage.objects.live().count() == 8
    law = ConsultationPage.objects.get(
        slug="law-on-asylum-and-temporary-protection", locale__language_code="sr"
    )
    assert law.live
    assert law.title.startswith("Нацрт закона")
    assert law.institution.slug == "crm-serbia"
    assert law.status == ConsultationStatus.OPEN
