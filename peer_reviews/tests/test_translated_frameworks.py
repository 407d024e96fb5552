"""The network's quality standards are translated with wagtail-localize's own
"Translate" action, a framework with its standards and criteria."""

import pytest
from django.urls import reverse

from accounts.tests.factories import editor
from iris_site.tests.localize import submit_for_translation, translate_action, translate_strings
from peer_reviews.models import Standard
from peer_reviews.tests.factories import framework

pytestmark = pytest.mark.django_db


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
