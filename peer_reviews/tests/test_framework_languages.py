"""The framework page in the reader's language: a translated framework shows
its German standards and criteria to a German reader, an untranslated one
its original words, in as many queries however large it is."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from peer_reviews import actions
from peer_reviews.tests.factories import framework

pytestmark = pytest.mark.django_db


def in_german(original, locales):
    return actions.TranslateFramework(
        original,
        locales["de"],
        name=f"Qualitätsstandards für soziale Dienste ({original.pk})",
        standards={1: "Zugang zum Dienst"},
        criteria={(1, 1): "Informationen liegen in den Sprachen der Betreuten vor."},
    ).execute()


def test_a_german_reader_sees_the_german_standards_and_the_original_where_untranslated(
    client, home_page, locales
):
    original = framework(standards=2, criteria=2)
    in_german(original, locales)

    page = client.get(f"/de/peer-reviews/frameworks/{original.pk}/").content.decode()

    assert "Qualitätsstandards für soziale Dienste" in page
    assert "1. Zugang zum Dienst" in page
    assert "1.1 Informationen liegen in den Sprachen der Betreuten vor." in page
    # What the translator left alone stays in the original's words.
    assert "2. Standard 2" in page and "1.2 Criterion 1.2" in page


def test_an_english_reader_of_the_german_address_sees_the_english_version(
    client, home_page, locales
):
    german = in_german(framework(), locales)

    page = client.get(f"/en/peer-reviews/frameworks/{german.pk}/").content.decode()

    assert "Zugang zum Dienst" not in page and "1. Standard 1" in page


def test_a_framework_without_a_german_translation_is_shown_in_english(client, home_page):
    original = framework()

    page = client.get(f"/de/peer-reviews/frameworks/{original.pk}/").content.decode()

    assert "1. Standard 1" in page and "1.1 Criterion 1.1" in page


def test_a_framework_is_translated_into_a_language_once(locales):
    original = framework()
    in_german(original, locales)

    with pytest.raises(ValidationError):
        in_german(original, locales)


def test_the_translated_framework_page_takes_the_same_queries_however_large(
    client, home_page, locales
):
    def queries_for(standards, criteria):
        original = framework(standards=standards, criteria=criteria)
        in_german(original, locales)
        with CaptureQueriesContext(connection) as captured:
            client.get(f"/de/peer-reviews/frameworks/{original.pk}/")
        return len(captured)

    queries_for(1, 1)  # the site, the navigation: read once, then cached

    assert queries_for(1, 1) == queries_for(4, 3)
