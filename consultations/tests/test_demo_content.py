"""The demo's consultations in other languages carry a draft in that
language, and its core pages exist in every language of the site."""

from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command

from consultations.models import ConsultationPage
from consultations.reports import report_comments, similar_groups
from hearings.models import HearingPage
from iris_site.models import HomePage
from iris_site.transliteration import to_cyrillic
from policy_library.models import LibraryDocumentPage

pytestmark = pytest.mark.django_db


def test_every_translated_demo_consultation_is_read_in_its_own_language():
    call_command("load_demo", password="demo password 1", stdout=StringIO())

    untranslated = [
        f"{page.locale.language_code}: {page.title}"
        for page in ConsultationPage.objects.select_related("locale")
        if page != page.original
        and [part["value"]["text"] for part in page.draft.raw_data]
        == [part["value"]["text"] for part in page.original.draft.raw_data]
    ]
    translations = ConsultationPage.objects.exclude(
        locale__language_code__in=["en", "sr-latn"]
    ).values_list("locale__language_code", flat=True)
    assert {"cnr", "mk", "sq", "sr"} <= set(translations)
    assert untranslated == []


CORE_PAGES = [
    (HomePage, "home"),
    (ConsultationPage, "law-on-asylum-and-temporary-protection"),
    (HearingPage, "belgrade-hearing-on-the-law-on-asylum"),
    (LibraryDocumentPage, "gap-assessment-social-services-for-migrants"),
    (LibraryDocumentPage, "referral-system-guide"),
    (LibraryDocumentPage, "policy-brief-asylum-seekers-social-protection-serbia"),
    (LibraryDocumentPage, "policy-brief-unaccompanied-children-una-sana"),
    (LibraryDocumentPage, "balkan-briefing-quality-standards"),
]


def test_the_demos_core_pages_are_written_in_every_language():
    call_command("load_demo", password="demo password 1", stdout=StringIO())
    languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}

    for model, slug in CORE_PAGES:
        source = model.objects.filter(slug=slug).first()
        versions = {
            page.locale.language_code: page
            for page in model.objects.filter(translation_key=source.translation_key)
            .live()
            .select_related("locale")
        }
        assert set(versions) == languages, slug
        titles = {page.title for page in versions.values()}
        # Real translations: only Bosnian and Montenegrin may share a title
        # with another language.
        assert len(titles) >= len(languages) - 3, slug
        # Serbian Cyrillic is the script converter's output, exactly.
        assert versions["sr"].title == to_cyrillic(versions["sr-latn"].title), slug

    law = ConsultationPage.objects.get(
        slug="law-on-asylum-and-temporary-protection", locale__language_code="sr-latn"
    )
    versions = {page.locale.language_code: page for page in law.get_translations(inclusive=True)}
    original_ids = [block.id for block in law.draft]
    for code, page in versions.items():
        # A comment on Article 5 is on the same Article 5 in every language.
        assert [block.id for block in page.draft] == original_ids, code
    latin, cyrillic = versions["sr-latn"].draft.raw_data, versions["sr"].draft.raw_data
    assert [part["value"]["text"] for part in cyrillic] == [
        to_cyrillic(part["value"]["text"]) for part in latin
    ]
    assert versions["de"].draft[2].value["title"] == "Gegenstand des Gesetzes"
    assert versions["sq"].draft[2].value["label"] == "Neni 1"


def test_the_demo_campaign_is_one_group_of_forty_answered_once():
    call_command("load_demo", password="demo password 1", stdout=StringIO())
    rulebook = (
        ConsultationPage.objects.filter(slug="rulebook-on-accommodation-of-unaccompanied-children")
        .first()
        .original
    )

    groups = similar_groups(report_comments(rulebook))

    campaign = max(groups, key=len)
    assert len(campaign) == 40 and len(campaign.variants) == 8
    assert len({comment.author_id for comment in campaign.comments}) == 40
    assert len(campaign.answers) == 1 and campaign.answers[0][1] == 40
    assert all(rulebook.opens_at < c.created_at < rulebook.closes_at for c in campaign.comments)
    assert sorted(len(group) for group in groups) == [1, 1, 40]
