"""A library file whose text cannot be read within the upload limits is
reported with the limit it passed, and not read again on every publication
until the file is replaced."""

import pytest
from django.core.files.base import ContentFile

from policy_library.files import pdf_file
from policy_library.models import LibraryDocumentFile
from policy_library.tasks import read_file_text
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryFileFactory

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/unreadable-library-files/"


@pytest.fixture
def slow_to_read(settings):
    """Reading any file now passes the time limit."""
    settings.UPLOAD_LIMITS = {**settings.UPLOAD_LIMITS, "EXTRACTION_SECONDS": 0.01}
    return settings


@pytest.fixture
def published(index, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = LibraryDocumentPageFactory(
            parent=index,
            files=[LibraryFileFactory(file=ContentFile(pdf_file("Brief", ["Return."]), "b.pdf"))],
        )
    return page


def test_file_past_the_time_limit_is_reported_with_the_limit(slow_to_read, published, admin_client):
    file = LibraryDocumentFile.objects.get(page=published)

    html = admin_client.get(REPORT).content.decode()

    assert file.text == ""
    assert file.problem.startswith(
        "Reading the text took longer than 0.01 seconds, the most allowed, and was stopped"
    )
    assert "took longer than 0.01 seconds" in html


def test_file_past_a_limit_is_not_read_again_until_it_is_replaced(
    slow_to_read, published, settings
):
    settings.UPLOAD_LIMITS = {**settings.UPLOAD_LIMITS, "EXTRACTION_SECONDS": 30}

    read_file_text.enqueue(published.pk)
    unchanged = LibraryDocumentFile.objects.get(page=published)
    document = unchanged.document
    document.file.save("b.pdf", ContentFile(pdf_file("Brief", ["Readmission."])))
    document.file_hash = ""
    document.save()
    read_file_text.enqueue(published.pk)
    replaced = LibraryDocumentFile.objects.get(page=published)

    assert "took longer than" in unchanged.problem
    assert (replaced.problem, "Readmission." in replaced.text) == ("", True)
