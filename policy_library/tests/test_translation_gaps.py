"""Per page and on the dashboard, an editor sees which languages a page
lacks and which translations are out of date; officials see only the pages
they may change; a translation whose source is gone breaks nothing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_localize.models import Translation

from accounts.models import User
from accounts.tests.factories import editor, moderator
from iris_site.dashboard import TranslationGapsPanel
from iris_site.queries import translatable_snippet_models
from iris_site.tests.html import section
from iris_site.tests.localize import publish_translation, submit_for_translation
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryIndexPageFactory

pytestmark = pytest.mark.django_db


def gaps_panel(client):
    return section(client.get("/admin/"), "translation-gaps-title")


@pytest.fixture
def about(translated_home):
    """An English page under the home page, in no other language yet."""
    return LibraryIndexPageFactory(
        parent=translated_home["en"], title="About the network", slug="about"
    )


def publish_german(client, page, locales):
    translation = submit_for_translation(client, page, locales["de"])
    publish_translation(client, translation)
    return translation


def test_an_editor_sees_the_languages_a_new_page_lacks(client, about):
    client.force_login(editor())

    panel = gaps_panel(client)

    assert "About the network" in panel
    assert panel.count(reverse("iris_translation_status", args=[about.pk])) == 7
    assert "out of date" not in panel


def test_a_translation_synced_after_the_source_was_published_again_stops_being_listed(
    client, about, locales
):
    client.force_login(editor())
    translation = publish_german(client, about, locales)
    status_url = reverse("iris_translation_status", args=[about.pk])
    assert "Deutsch" not in gaps_panel(client)

    about.title = "About the IRIS network"
    about.save_revision().publish()
    panel = gaps_panel(client)
    status = client.get(status_url).content.decode()

    assert f'Deutsch</td>\n            <td><a href="{status_url}">out of date' in panel
    assert "out of date" in status
    sync = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert sync in status

    response = client.post(sync, {"publish_translations": "on"})

    assert response.status_code == 302
    assert "out of date" not in gaps_panel(client)
    assert "out of date" not in client.get(status_url).content.decode()


def test_the_panel_counts_the_gaps_beyond_its_first_rows(client, about):
    client.force_login(editor())
    for _number in range(3):
        LibraryDocumentPageFactory(parent=about)

    panel = gaps_panel(client)

    assert "And 18 more page translations." in panel


def test_the_panel_takes_the_same_queries_however_many_gaps_there_are(about):
    user = editor()

    def queries():
        # A fresh user each time: Django keeps a user's permissions once read.
        fresh = User.objects.get(pk=user.pk)
        with CaptureQueriesContext(connection) as captured:
            TranslationGapsPanel(fresh).get_context_data()
        return len(captured)

    few = queries()
    for _number in range(12):
        LibraryDocumentPageFactory(parent=about)

    # Locales, page permissions, the gaps, their count, model permissions
    # (two) and one count per translatable snippet model of the installed apps.
    assert queries() == few == 6 + len(translatable_snippet_models(user))


def test_a_moderator_is_not_shown_translation_gaps(client, about):
    client.force_login(moderator())

    assert gaps_panel(client) is None


def test_the_translation_status_of_a_page_is_refused_to_whoever_may_not_edit_it(client, about):
    client.force_login(moderator())

    response = client.get(reverse("iris_translation_status", args=[about.pk]), follow=True)

    assert "Sorry, you do not have permission to access this area." in response.content.decode()
    assert "About the network" not in response.content.decode()


def test_a_translation_whose_source_was_deleted_still_opens_everywhere(client, about, locales):
    client.force_login(editor())
    publish_german(client, about, locales)
    german = about.get_translation(locales["de"])

    about.delete()

    assert client.get(reverse("wagtailadmin_pages:edit", args=[german.pk])).status_code == 200
    assert client.get(reverse("iris_translation_status", args=[german.pk])).status_code == 200
    assert client.get("/admin/").status_code == 200
    assert client.get("/de/about/").status_code == 200
    assert not Translation.objects.filter(enabled=True).exists()


def test_an_editor_is_told_when_every_page_is_translated(client, translated_home):
    client.force_login(editor())

    assert "has an up-to-date version in every language" in gaps_panel(client)
