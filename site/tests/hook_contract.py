"""The tests every feature app owes the hooks contract (``iris_site.hooks``),
written once. An app's ``test_hooks.py`` subclasses ``HookContract`` as
``TestHookContract`` and gives its declarations; its ``index`` fixture
publishes its index page under the English home page."""

import re

import pytest
from django.core.management import call_command

from iris_site import hooks
from iris_site.tests.html import section


@pytest.mark.django_db
class HookContract:
    searchable = {}  # {page model: the label search shows for it}
    navigation = None  # (the index's path in English, the navigation label)
    home_panel = None  # the id of the heading that labels the app's home panel

    def test_contributions_pass_the_system_checks(self):
        call_command("check")

    def test_its_pages_are_offered_to_site_search_under_their_labels(self):
        offered = {
            content.model: str(content.label) for content in hooks.contributions(hooks.SEARCHABLE)
        }

        assert {model: offered.get(model) for model in self.searchable} == self.searchable

    def test_navigation_leads_to_its_index_in_the_readers_language(self, client, index):
        path, label = self.navigation
        html = client.get("/en/").content.decode()

        assert re.search(rf'<a href="{re.escape(path)}"[^>]*>{re.escape(label)}</a>', html)

    def test_home_leaves_its_panel_out_without_an_index(self, client, home_page):
        assert section(client.get("/en/"), self.home_panel) is None

    def test_home_shows_its_panel_once_the_index_is_published(self, client, index):
        assert section(client.get("/en/"), self.home_panel) is not None
