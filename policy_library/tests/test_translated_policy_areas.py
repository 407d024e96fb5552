"""Editors translate policy areas with wagtail-localize's own
"Translate" action, and readers see them in their language."""

import pytest
from django.urls import reverse

from accounts.tests.factories import editor
from iris_site.models import PolicyArea
from iris_site.tests.localize import submit_for_translation, translate_action, translate_strings
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryIndexPageFactory

pytestmark = pytest.mark.django_db


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
