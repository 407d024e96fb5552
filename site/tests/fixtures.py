"""Fixtures of the shell's tests, loaded as a pytest plugin by the root conftest.py
(a conftest.py in this folder would be imported as site.tests.conftest)."""

from pathlib import Path

import pytest


@pytest.fixture
def tests_templates(settings):
    """Templates that exist only for the shell's tests (a home panel, say)."""
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [Path(__file__).resolve().parent / "templates"]}
    ]


@pytest.fixture
def directory_page(translated_home):
    """The organisation directory, live in English, as a page to navigate to."""
    from accounts.models import OrganisationIndexPage

    page = OrganisationIndexPage(title="Organisations", slug="organisations")
    translated_home["en"].add_child(instance=page)
    page.save_revision().publish()
    return page
