"""Documents of the one-country, one-file library keep their country, their
file, its text and its problem as the first rows of the new ones."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from wagtail.models import Collection

from policy_library.models import LibraryDocumentPage
from policy_library.tests.factories import (
    LibraryDocumentPageFactory,
    LibraryFileFactory,
    LibraryIndexPageFactory,
)

BEFORE = ("policy_library", "0002_librarydocumentpage_authors_and_more")


def latest():
    """The newest migration: the tests read the rows with today's models."""
    return MigrationLoader(connection).graph.leaf_nodes("policy_library")[0]


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


@pytest.fixture
def library(page_tree_root, home_page):
    """The library index, in a database that migrations can change (they
    commit): the tests here run outside a test transaction, and the files need
    the root collection that another such test's flush may have removed."""
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return LibraryIndexPageFactory(parent=home_page)


def test_the_country_and_file_of_each_document_become_its_first_rows(library):
    report = LibraryFileFactory()
    serbian = LibraryDocumentPageFactory(parent=library, title="Serbian brief")
    regional = LibraryDocumentPageFactory(parent=library, title="Regional guide")
    old_apps = migrate(BEFORE)
    OldPage = old_apps.get_model("policy_library", "LibraryDocumentPage")
    OldPage.objects.filter(pk=serbian.pk).update(
        country="RS", file_id=report.pk, file_text="Asylum seekers.", file_problem=""
    )
    OldPage.objects.filter(pk=regional.pk).update(
        file_id=report.pk, file_text="", file_problem="The PDF is protected by a password."
    )

    migrate(latest())

    serbian = LibraryDocumentPage.objects.get(pk=serbian.pk)
    assert [row.country for row in serbian.countries.all()] == ["RS"]
    assert [(row.document, row.text) for row in serbian.files.all()] == [
        (report, "Asylum seekers.")
    ]
    regional = LibraryDocumentPage.objects.get(pk=regional.pk)
    assert regional.coverage == "Regional"
    assert [row.problem for row in regional.files.all()] == ["The PDF is protected by a password."]


def test_going_back_keeps_the_first_country_and_file(library):
    report, annex = LibraryFileFactory(), LibraryFileFactory()
    document = LibraryDocumentPageFactory(
        parent=library, countries=["BA", "RS"], files=[report, annex]
    )

    old_apps = migrate(BEFORE)

    old = old_apps.get_model("policy_library", "LibraryDocumentPage").objects.get(pk=document.pk)
    assert (old.country, old.file_id) == ("BA", report.pk)
    migrate(latest())
