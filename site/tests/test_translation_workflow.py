"""Editors translate the shared snippets with wagtail-localize's own
"Translate" action, and readers see them in their language."""

import pytest
from django.urls import reverse

from accounts.tests.factories import editor
from iris_site.models import PolicyArea
from iris_site.tests.localize import submit_for_translation, translate_strings
from peer_reviews.models import Standard
from peer_reviews.tests.factories import framework
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryIndexPageFactory

pytestmark = pytest.mark.django_db


def translate_action(snippet):
    meta = snippet._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, snippet.pk],
    )


def test_a_policy_area_translated_with_wagtail_localize_is_read_in_that_language(
    client, translated_home, locales
):
    client.force_login(editor())
    area = PolicyArea.objects.create(name="Asylum", slug="asylum", locale=locales["en"])
    index = LibraryIndexPageFactory(parent=translated_home["en"], slug="library")
    document = LibraryDocumentPageFactory(parent=index, slug="brief")
    document.policy_areas.add(area)
    document.save_revision().publish()
    listing = client.get(reverse("wagtailsnippets_iris_site_policyarea:list")).content.decode()
    assert translate_action(area) in listing

    translation = submit_for_translation(client, area, locales["sq"])
    translate_strings(client, translation, {"Asylum": "Azil", "asylum": "azil"})

    assert "Azil" in client.get("/sq/library/brief/").content.decode()
    assert "Asylum" in client.get("/de/library/brief/").content.decode()


def test_a_framework_is_translated_with_its_standards_and_criteria(client, locales):
    client.force_login(editor())
    built = framework(standards=1, criteria=1, name="Quality standards")
    listing = client.get(reverse("wagtailsnippets_peer_reviews_framework:list")).content.decode()
    assert translate_action(built) in listing

    translation = submit_for_translation(client, built, locales["de"])
    translate_strings(
        client,
        translation,
        {
            "Quality standards": "Qualitätsstandards",
            "Standard 1": "Standard 1 (Zugang)",
            "Criterion 1.1": "Kriterium 1.1",
            "What reviewers look for.": "Worauf die Prüfer achten.",
        },
    )

    german = built.get_translation(locales["de"])
    assert german.name == "Qualitätsstandards"
    assert Standard.objects.get(framework=german).title == "Standard 1 (Zugang)"
