"""An editor's dashboard counts, per language, the published pages that
have no version in it yet."""

import pytest

from accounts.tests.factories import editor, moderator
from iris_site.tests.html import section

pytestmark = pytest.mark.django_db


def gaps_panel(client):
    return section(client.get("/admin/"), "translation-gaps-title")


def test_an_editor_sees_how_many_pages_each_language_lacks(client, home_page, locales):
    serbian = home_page.copy_for_translation(locales["sr-latn"])
    serbian.save_revision().publish()
    client.force_login(editor())

    panel = gaps_panel(client)

    assert "<tr><td>Deutsch</td><td>1</td></tr>" in panel
    assert "Srpski (latinica)" not in panel
    assert "English" not in panel


def test_an_editor_is_told_when_every_page_is_translated(client, translated_home):
    client.force_login(editor())

    assert "Every published page has a version in every language." in gaps_panel(client)


def test_a_moderator_is_not_shown_translation_gaps(client, home_page):
    client.force_login(moderator())

    assert gaps_panel(client) is None
