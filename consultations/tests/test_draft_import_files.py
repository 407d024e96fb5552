"""The files of the draft import: hostile ones cannot take the server's
memory or time, a damaged PDF read in part says so, and the file kept for the
preview is private, only its uploader's, and forgotten after a day."""

import os
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from accounts.tests.factories import editor
from consultations.draft_import import DraftImportError, read_text
from consultations.draft_import.tasks import forget_unsaved_imports
from consultations.tests.factories import ConsultationPageFactory
from iris_site.tests import hostile_files

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(parent=index)


def upload(client, consultation, name, data):
    return client.post(
        f"/admin/consultations/{consultation.pk}/import-draft/",
        {"file": SimpleUploadedFile(name, data)},
    )


def kept_files(settings):
    return [path for path in settings.PRIVATE_MEDIA_ROOT.rglob("*") if path.is_file()]


def peak_memory():
    """The process's largest resident size so far (VmHWM), in bytes."""
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    return int(line.split()[1]) * 1024


def test_zip_bomb_import_leaves_the_server_under_300_mb_more(client, consultation):
    bomb = hostile_files.zip_bomb_docx()
    client.force_login(editor())
    before = peak_memory()

    response = upload(client, consultation, "nacrt.docx", bomb)

    grown = peak_memory() - before
    print(f"zip bomb import: peak memory grew by {grown / MB:.1f} MB")
    assert response.status_code == 400
    assert "would unpack to more than 50.0\xa0MB" in response.content.decode()
    assert grown < 300 * MB


def test_damaged_pdf_read_in_part_says_so_in_the_preview(client, consultation):
    client.force_login(editor())

    response = upload(client, consultation, "nacrt.pdf", hostile_files.bit_flipped_pdf())

    page = response.content.decode()
    assert response.status_code == 200
    assert "The PDF is damaged: only part of its text could be read." in page
    assert "Asylum seekers have the right to accommodation." in page
    assert "Decisions are given in writing." in page


def test_pdf_cut_in_half_is_refused_as_unreadable(client, consultation):
    client.force_login(editor())

    response = upload(client, consultation, "nacrt.pdf", hostile_files.truncated_pdf())

    assert response.status_code == 400
    assert "The file could not be read: it may be damaged or incomplete." in (
        response.content.decode()
    )


def test_reading_past_the_time_limit_is_stopped_and_the_limit_named(settings):
    settings.UPLOAD_LIMITS = {**settings.UPLOAD_LIMITS, "EXTRACTION_SECONDS": 0.01}

    with pytest.raises(DraftImportError) as refused:
        read_text(SimpleUploadedFile("nacrt.pdf", hostile_files.pdf_bytes()))

    assert refused.value.code == "over_limit"
    assert "took longer than 0.01 seconds, the most allowed" in refused.value.message


def test_reading_past_the_memory_limit_is_stopped_and_the_limit_named(settings):
    settings.UPLOAD_LIMITS = {**settings.UPLOAD_LIMITS, "EXTRACTION_MEMORY_BYTES": 20 * MB}

    with pytest.raises(DraftImportError) as refused:
        read_text(SimpleUploadedFile("nacrt.docx", hostile_files.docx_bytes()))

    assert refused.value.code == "over_limit"
    assert "needed more than 20.0\xa0MB of memory" in refused.value.message


def test_previewed_file_is_kept_privately_not_in_public_media(
    client, consultation, settings, media_root
):
    client.force_login(editor())

    upload(client, consultation, "nacrt.txt", "Član 1.\nTekst.".encode())

    assert [path.name for path in kept_files(settings)] == ["nacrt.txt"]
    assert not [path for path in media_root.rglob("*") if path.is_file()]


def test_preview_of_another_person_is_not_found(client, consultation):
    client.force_login(editor())
    preview = upload(client, consultation, "nacrt.txt", "Član 1.\nTekst.".encode())
    reference = preview.context["kept"]["upload"].value()

    client.force_login(editor())
    response = client.post(
        f"/admin/consultations/{consultation.pk}/import-draft/preview/",
        {"upload": reference, "form-TOTAL_FORMS": "0", "form-INITIAL_FORMS": "0"},
        follow=True,
    )

    assert response.status_code == 404


def age(path, hours):
    moment = time.time() - hours * 60 * 60
    os.utime(path, (moment, moment))


def test_preview_nobody_saved_is_deleted_after_a_day_and_a_newer_one_kept(
    client, consultation, settings
):
    client.force_login(editor())
    upload(client, consultation, "old.txt", "Član 1.\nTekst.".encode())
    upload(client, consultation, "new.txt", "Član 1.\nTekst.".encode())
    (old,) = [path for path in kept_files(settings) if path.name == "old.txt"]
    age(old, hours=25)

    result = forget_unsaved_imports.enqueue()

    assert result.return_value == 1
    assert [path.name for path in kept_files(settings)] == ["new.txt"]
    assert not old.parent.exists()


def test_daily_command_enqueues_the_deletion(client, consultation, settings):
    client.force_login(editor())
    upload(client, consultation, "old.txt", "Član 1.\nTekst.".encode())
    (old,) = kept_files(settings)
    age(old, hours=25)

    call_command("forget_draft_imports")

    assert kept_files(settings) == []
