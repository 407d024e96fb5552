"""Translations of a library document share its countries and its files, also
when wagtail-localize synchronises them after the original changes."""

import pytest
from wagtail_localize.models import TranslationSource

from policy_library.models import LibraryDocumentCountry
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryFileFactory

pytestmark = pytest.mark.django_db


def test_translation_sync_carries_the_countries_and_files_over(index, translated_home, locales):
    report = LibraryFileFactory()
    english = LibraryDocumentPageFactory(parent=index, countries=["RS"], files=[report])
    source, _created = TranslationSource.get_or_create_from_instance(english)
    source.create_or_update_translation(locales["sq"], copy_parent_pages=True, fallback=True)

    english.countries.add(LibraryDocumentCountry(country="AL"))
    english.save_revision().publish()
    source.update_from_db()
    albanian, _created = source.create_or_update_translation(locales["sq"], fallback=True)

    assert [row.country for row in albanian.countries.all()] == ["RS", "AL"]
    assert [row.document for row in albanian.files.all()] == [report]
    assert albanian.coverage == "Serbia, Albania"
