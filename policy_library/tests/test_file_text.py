"""The text of attached files is read in the background and made searchable;
a file that cannot be read is reported to the editor, not a crash."""

import pytest
from django.core.files.base import ContentFile

from policy_library.files import docx_file, pdf_file
from policy_library.models import LibraryDocumentPage
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryFileFactory

pytestmark = pytest.mark.django_db


def attached(index, committed, name, data):
    with committed():
        file = LibraryFileFactory(file=ContentFile(data, name=name))
        page = LibraryDocumentPageFactory(parent=index, title="Shadow report", file=file)
    return LibraryDocumentPage.objects.get(pk=page.pk)


@pytest.mark.parametrize(
    ("name", "make"), [("report.pdf", pdf_file), ("report.docx", docx_file)], ids=["PDF", "DOCX"]
)
def test_text_of_the_file_is_read_when_the_page_is_published(
    index, django_capture_on_commit_callbacks, name, make
):
    data = make("Извештај из сенке", ["Тражиоци азила у прихватним центрима.", "Đorđe i Ćirić."])

    page = attached(index, lambda: django_capture_on_commit_callbacks(execute=True), name, data)

    assert "Тражиоци азила у прихватним центрима." in page.file_text
    assert "Đorđe i Ćirić." in page.file_text
    assert page.file_problem == ""


def test_a_file_that_cannot_be_read_is_reported_to_the_editor(
    index, django_capture_on_commit_callbacks, admin_client
):
    page = attached(
        index,
        lambda: django_capture_on_commit_callbacks(execute=True),
        "broken.docx",
        b"PK\x03\x04 not really a Word file",
    )

    assert page.file_text == ""
    assert "The Word file could not be read" in page.file_problem
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "The Word file could not be read" in edit
