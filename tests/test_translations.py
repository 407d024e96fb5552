"""The interface is translated into every language the site offers."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def catalogue(language_code, suffix):
    return LOCALE_DIR / to_locale(language_code) / "LC_MESSAGES" / f"django.{suffix}"


@pytest.mark.parametrize("language_code", TRANSLATED)
def test_every_message_is_translated(language_code):
    po = polib.pofile(str(catalogue(language_code, "po")))
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert len(po) > 100
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("language_code", TRANSLATED)
def test_compiled_catalogue_matches_its_source(language_code):
    po = polib.pofile(str(catalogue(language_code, "po")))
    mo = polib.mofile(str(catalogue(language_code, "mo")))
    compiled = {(entry.msgctxt, entry.msgid): entry for entry in mo}
    for entry in po.translated_entries():
        assert compiled[(entry.msgctxt, entry.msgid)].msgstr == entry.msgstr, entry.msgid


@pytest.mark.parametrize(
    ("language_code", "sign_in"),
    [("sr", "Пријавите се"), ("mk", "Најава"), ("sq", "Hyr"), ("de", "Anmelden")],
)
@pytest.mark.django_db
def test_header_speaks_the_readers_language(client, translated_home, language_code, sign_in):
    response = client.get(f"/{language_code}/")
    assert response.status_code == 200
    assert f'lang="{language_code}"' in response.text
    assert sign_in in response.text
