"""A document page lists the consultations and events it belongs with: live
ones only, in the reader's language where they are translated."""

import re

import pytest

from consultations.tests.factories import ConsultationIndexPageFactory, ConsultationPageFactory
from hearings.tests.factories import HearingIndexPageFactory, HearingPageFactory
from iris_site.tests.html import section
from policy_library.tests.factories import LibraryDocumentPageFactory

pytestmark = pytest.mark.django_db


def related_section(response):
    return section(response, "related-pages")


@pytest.fixture
def consultation(home_page):
    index = ConsultationIndexPageFactory(parent=home_page)
    return ConsultationPageFactory(parent=index, title="Draft Law on Asylum", slug="law")


@pytest.fixture
def hearing(home_page):
    index = HearingIndexPageFactory(parent=home_page)
    return HearingPageFactory(parent=index, title="Hearing in Belgrade", slug="belgrade")


def test_related_consultations_and_events_are_listed_in_the_editors_order(
    client, index, consultation, hearing
):
    document = LibraryDocumentPageFactory(parent=index, related_pages=[hearing, consultation])

    section = related_section(client.get(document.url))

    assert '<h2 id="related-pages">Related consultations and events</h2>' in section
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', section) == [
        (hearing.url, "Hearing in Belgrade"),
        (consultation.url, "Draft Law on Asylum"),
    ]
    assert "(Consultation)" in section


def test_a_related_page_that_is_not_live_is_left_out(client, index, consultation, hearing):
    document = LibraryDocumentPageFactory(parent=index, related_pages=[consultation, hearing])
    hearing.unpublish()

    section = related_section(client.get(document.url))

    assert "Draft Law on Asylum" in section
    assert "Hearing in Belgrade" not in section


def test_without_related_pages_the_section_is_left_out(client, index, consultation):
    document = LibraryDocumentPageFactory(parent=index)
    only_draft = LibraryDocumentPageFactory(parent=index, related_pages=[consultation])
    consultation.unpublish()

    assert related_section(client.get(document.url)) is None
    assert related_section(client.get(only_draft.url)) is None


def test_related_pages_are_shown_in_the_readers_language(
    client, index, consultation, translated_home, locales
):
    serbian_consultation = consultation.copy_for_translation(locales["sr"], copy_parents=True)
    serbian_consultation.title = "Нацрт закона о азилу"
    serbian_consultation.save_revision().publish()
    english = LibraryDocumentPageFactory(parent=index, related_pages=[consultation])
    serbian = english.copy_for_translation(locales["sr"], copy_parents=True)
    serbian.save_revision().publish()
    albanian = english.copy_for_translation(locales["sq"], copy_parents=True)
    albanian.save_revision().publish()

    assert "Нацрт закона о азилу" in related_section(client.get(serbian.url))
    assert "Draft Law on Asylum" in related_section(client.get(albanian.url))
