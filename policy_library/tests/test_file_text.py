"""The text of every attached file is read in the background and made
searchable; a file that cannot be read is reported to the editor with its
reason, not a crash."""

import pytest
from django.core.files.base import ContentFile

from policy_library.files import docx_file, pdf_file
from policy_library.models import LibraryDocumentFile, LibraryDocumentPage
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryFileFactory

pytestmark = pytest.mark.django_db

BROKEN_DOCX = b"PK\x03\x04 not really a Word file"


@pytest.fixture
def publish_with_files(index, django_capture_on_commit_callbacks):
    """Publishes a document with files made of ``(name, data)``, running the
    background reading as the publication commits; returns its file rows."""

    def publish(*files):
        with django_capture_on_commit_callbacks(execute=True):
            page = LibraryDocumentPageFactory(
                parent=index,
                title="Shadow report",
                files=[
                    LibraryFileFactory(file=ContentFile(data, name=name)) for name, data in files
                ],
            )
        return list(LibraryDocumentFile.objects.filter(page=page).select_related("document"))

    return publish


def test_text_of_each_file_is_read_when_the_page_is_published(publish_with_files):
    report, annex = publish_with_files(
        ("report.pdf", pdf_file("Извештај из сенке", ["Тражиоци азила у прихватним центрима."])),
        ("annex.docx", docx_file("Annex", ["Đorđe i Ćirić.", "Una-Sana Canton."])),
    )

    assert "Тражиоци азила у прихватним центрима." in report.text
    assert "Đorđe i Ćirić." in annex.text
    assert "Una-Sana Canton." in annex.text
    assert (report.problem, annex.problem) == ("", "")


def test_an_unreadable_file_is_recorded_with_its_reason_and_the_others_are_read(
    publish_with_files,
):
    broken, readable = publish_with_files(
        ("broken.docx", BROKEN_DOCX), ("brief.pdf", pdf_file("Brief", ["Readmission."]))
    )

    assert broken.text == ""
    assert broken.problem.startswith("The Word file could not be read:")
    assert "Readmission." in readable.text


def test_an_unreadable_file_is_shown_with_its_reason_in_the_page_editor(
    publish_with_files, admin_client
):
    broken, _readable = publish_with_files(
        ("broken.docx", BROKEN_DOCX), ("brief.pdf", pdf_file("Brief", ["Readmission."]))
    )

    edit = admin_client.get(f"/admin/pages/{broken.page_id}/edit/").content.decode()

    assert edit.count("The Word file could not be read") == 1


def test_translations_share_the_text_of_their_files(publish_with_files, locales):
    (file,) = publish_with_files(("brief.pdf", pdf_file("Brief", ["Readmission agreements."])))
    english = LibraryDocumentPage.objects.get(pk=file.page_id)

    translation = english.copy_for_translation(locales["sr-latn"], copy_parents=True)

    (copied,) = translation.files.all()
    assert copied.document_id == file.document_id
    assert "Readmission agreements." in copied.text


REPORT = "/admin/reports/unreadable-library-files/"


def test_the_admin_report_lists_each_document_with_an_unreadable_file_and_why(
    publish_with_files, admin_client
):
    publish_with_files(("brief.pdf", pdf_file("Brief", ["Readmission."])))
    broken, _readable = publish_with_files(
        ("broken.docx", BROKEN_DOCX), ("annex.pdf", pdf_file("Annex", ["Tables."]))
    )

    html = admin_client.get(REPORT).content.decode()

    assert html.count("The Word file could not be read") == 1
    assert f"/admin/pages/{broken.page_id}/edit/" in html
    assert "broken.docx" in html
    assert "annex.pdf" not in html


def test_the_admin_report_says_when_every_file_could_be_read(publish_with_files, admin_client):
    publish_with_files(("brief.pdf", pdf_file("Brief", ["Readmission."])))

    html = admin_client.get(REPORT).content.decode()

    assert "Every file of the library could be read: none to replace." in html


def test_the_admin_report_is_listed_under_reports_for_editors_only(
    admin_client, client, django_user_model
):
    assert REPORT in admin_client.get("/admin/").content.decode()
    client.force_login(django_user_model.objects.create_user(email="reader@example.org"))

    assert client.get(REPORT).status_code in {302, 403}


def test_the_admin_report_downloads_as_a_spreadsheet(publish_with_files, admin_client):
    publish_with_files(("broken.docx", BROKEN_DOCX))

    response = admin_client.get(REPORT, {"export": "csv"})

    assert response.status_code == 200
    assert "Shadow report" in response.getvalue().decode()
