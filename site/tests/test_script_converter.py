"""Editors make the Serbian Cyrillic version of a page from the Latin one with
wagtail-localize's "Translate with" button, and settle the words it cannot."""

import pytest
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from accounts.tests.factories import editor
from iris_site.models import ScriptSpelling

pytestmark = pytest.mark.django_db


@pytest.fixture
def latin_home(translated_home):
    home = translated_home["sr-latn"]
    home.intro = "Javna rasprava o nacrtu zakona: ljudska prava, džep i odžak."
    home.body = '<p>Pišite na <a href="https://azil.gov.rs">azil.gov.rs</a> do 1. jula.</p>'
    home.save_revision().publish()
    return home


def translate_with_the_converter(client, page, target_locale):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=target_locale)
    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": "/admin/"},
    )
    return translation, response


def translated_strings(translation):
    return set(
        StringTranslation.objects.filter(locale=translation.target_locale).values_list(
            "data", flat=True
        )
    )


def test_the_cyrillic_version_is_written_by_the_converter_keeping_links(
    client, latin_home, locales
):
    client.force_login(editor())

    translation, response = translate_with_the_converter(client, latin_home, locales["sr"])

    assert response.status_code == 302
    strings = translated_strings(translation)
    assert "Јавна расправа о нацрту закона: људска права, џеп и оџак." in strings
    assert 'Пишите на <a id="a1">azil.gov.rs</a> до 1. јула.' in strings
    translation.save_target(user=None, publish=True)
    latin_home.refresh_from_db()
    cyrillic = latin_home.get_translation(locales["sr"])
    assert cyrillic.intro == "Јавна расправа о нацрту закона: људска права, џеп и оџак."
    assert 'href="https://azil.gov.rs"' in cyrillic.body


def test_words_the_converter_cannot_settle_wait_for_an_editor_who_settles_them(
    client, latin_home, locales
):
    client.force_login(editor())
    translate_with_the_converter(client, latin_home, locales["sr"])

    waiting = ScriptSpelling.objects.get(latin="odžak")
    assert (waiting.cyrillic, waiting.reviewed) == ("оџак", False)
    listing = client.get(reverse("wagtailsnippets_iris_site_scriptspelling:list"))
    assert "odžak" in listing.content.decode()

    response = client.post(
        reverse("wagtailsnippets_iris_site_scriptspelling:edit", args=[waiting.pk]),
        {"latin": "Odžak", "cyrillic": "оџак", "whole_word": "on", "reviewed": "on"},
    )

    assert response.status_code == 302
    waiting.refresh_from_db()
    assert (waiting.latin, waiting.reviewed) == ("odžak", True)
    converter = ScriptSpelling.objects.transliterator()
    assert converter.to_cyrillic("odžak").ambiguous == set()


@pytest.mark.parametrize(
    ("latin", "cyrillic", "field"),
    [
        ("two words", "", "latin"),
        ("zakon2", "", "latin"),
        ("tanjug", "tanjug", "cyrillic"),
    ],
)
def test_a_spelling_that_is_not_one_word_in_each_script_is_refused(
    client, db, latin, cyrillic, field
):
    client.force_login(editor())

    response = client.post(
        reverse("wagtailsnippets_iris_site_scriptspelling:add"),
        {"latin": latin, "cyrillic": cyrillic, "whole_word": "on", "reviewed": "on"},
    )

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not ScriptSpelling.objects.exists()


def test_languages_the_converter_does_not_convert_are_not_offered(client, latin_home, locales):
    client.force_login(editor())
    english = latin_home.get_translation(locales["en"])

    translation, response = translate_with_the_converter(client, english, locales["de"])

    assert client.get(response.url).status_code == 404
    assert translated_strings(translation) == set()
