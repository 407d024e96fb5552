"""An editor's dashboard names the library files whose text could not be
read in the background, so that the file is replaced."""

import pytest
from django.core.files.base import ContentFile
from django.utils.html import escape

from accounts.tests.factories import editor, moderator
from iris_site.tests.html import section
from policy_library.models import LibraryDocumentFile
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryFileFactory

pytestmark = pytest.mark.django_db


def unreadable_panel(client):
    return section(client.get("/admin/"), "library-unreadable-files-title")


def test_an_editor_sees_the_documents_whose_files_could_not_be_read(
    client, index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        LibraryDocumentPageFactory(
            parent=index,
            title="Annual report 2024",
            files=[LibraryFileFactory(file=ContentFile(b"not a PDF at all", "report.pdf"))],
        )
    LibraryDocumentPageFactory(parent=index, title="Readable study")
    problem = LibraryDocumentFile.objects.get().problem
    client.force_login(editor())

    panel = unreadable_panel(client)

    assert problem
    assert f"Annual report 2024</a>: {escape(problem)}" in panel
    assert "Readable study" not in panel
    assert "/admin/reports/unreadable-library-files/" in panel


def test_an_editor_is_told_when_every_file_could_be_read(client, index):
    client.force_login(editor())

    assert "Every file of the library could be read: none to replace." in unreadable_panel(client)


def test_a_moderator_is_not_shown_unreadable_files(client, index):
    client.force_login(moderator())

    assert unreadable_panel(client) is None
