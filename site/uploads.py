"""The checks every upload passes before anything opens it: draft import,
comment attachments, library files and other Wagtail documents, Wagtail images.

A file is judged by what it holds, not by the name it was given: an executable
renamed report.pdf is refused, and so is a PDF that is also a ZIP archive. A
Word, Excel or OpenDocument file is a ZIP archive; its table of contents (the
central directory) is read, never its content, and the archive is refused
when it would unpack past ``settings.UPLOAD_LIMITS`` (size, number of files,
compression ratio, archives inside it), so a zip bomb is stopped before
python-docx or anyone else inflates it. Each refusal names the limit it passed.
SVG files are refused everywhere (no extension list holds them): they carry
scripts, and no sanitiser is maintained here. A file's name is kept readable
but loses control characters and is shortened to ``MAX_NAME_CHARACTERS``.
"""

import io
import os
import struct
import unicodedata
import zipfile

import filetype
from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

# What a file's first bytes must say for each accepted extension. Plain-text
# formats have no signature; they are refused if they hold a binary one.
SIGNATURES = {
    "pdf": {"application/pdf"},
    "docx": {
        "application/zip",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    },
    "xlsx": {
        "application/zip",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    },
    "odt": {"application/zip", "application/vnd.oasis.opendocument.text"},
    "doc": {"application/msword", "application/x-ole-storage", "application/vnd.ms-excel"},
    "jpg": {"image/jpeg"},
    "jpeg": {"image/jpeg"},
    "png": {"image/png"},
    "webp": {"image/webp"},
}
TEXT_EXTENSIONS = {"txt", "csv", "xml"}
# The formats that are ZIP archives, each with the entry it cannot lack: a
# plain archive renamed report.docx has no word/document.xml.
ARCHIVES = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "odt": "content.xml"}
LOCAL_HEADER = b"PK\x03\x04"
END_OF_DIRECTORY = b"PK\x05\x06"
END_OF_DIRECTORY_FORMAT = "<4s4H2LH"
# Archives smaller than this unpacked are not judged by their ratio: they cannot hurt.
RATIO_FLOOR_BYTES = 1024 * 1024


def limit(name):
    return settings.UPLOAD_LIMITS[name]


def safe_name(name):
    """``name`` without folders, control or invisible formatting characters (a
    right-to-left override makes "fdp.exe" read "exe.pdf"), with its spaces
    collapsed, shortened to ``MAX_NAME_CHARACTERS`` with its extension kept."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(
        " " if unicodedata.category(char).startswith("Z") else char
        for char in name
        if not unicodedata.category(char).startswith("C")
    )
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    extension = extension.strip()[:16]
    stem = " ".join(stem.split()).strip(" .") or "file"
    room = limit("MAX_NAME_CHARACTERS") - len(extension) - 1
    stem = stem[:room].rstrip(" .") or "file"
    return f"{stem}.{extension}" if extension else stem


def _refusal(message, code, **params):
    return forms.ValidationError(message % params, code=code)


def validate_upload(upload, max_bytes=None):
    """Raise ValidationError unless ``upload`` is small enough, its content
    matches its extension and, if it is an archive, it stays within the
    limits unpacked. Gives the upload a safe name (``safe_name``)."""
    max_bytes = max_bytes or limit("MAX_BYTES")
    if upload.size > max_bytes:
        raise _refusal(
            _("The file is %(size)s; the largest accepted is %(limit)s."),
            "too_large",
            size=filesizeformat(upload.size),
            limit=filesizeformat(max_bytes),
        )
    upload.name = safe_name(upload.name)
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    upload.seek(0)
    head = upload.read(8192)
    kind = filetype.guess(head)
    if extension in TEXT_EXTENSIONS:
        acceptable = kind is None and b"\x00" not in head
    else:
        acceptable = kind is not None and kind.mime in SIGNATURES.get(extension, set())
    if acceptable and extension in ARCHIVES:
        check_archive(upload, ARCHIVES[extension])
    elif acceptable:
        # A PDF or an image that is also a ZIP archive (a polyglot) is two
        # files in one; the one a browser or a reader picks is not ours to guess.
        upload.seek(0)
        acceptable = not zipfile.is_zipfile(upload)
    upload.seek(0)
    if not acceptable:
        raise _refusal(
            _(
                "The file's content does not match its name (.%(extension)s). "
                "Upload the original document."
            ),
            "content_mismatch",
            extension=extension or "?",
        )


def _damaged():
    return _refusal(
        _(
            "The file could not be read: it may be damaged or incomplete. "
            "Open it on your computer, save it again and upload the new copy."
        ),
        "unreadable",
    )


def declared_entries(archive_file):
    """How many files the archive says it holds, from its last record alone:
    an archive of 100,000 files is refused without reading their names. None
    when there is no such record (not an archive)."""
    archive_file.seek(0, os.SEEK_END)
    size = archive_file.tell()
    tail_size = min(size, 22 + 65535)
    archive_file.seek(size - tail_size)
    tail = archive_file.read(tail_size)
    start = tail.rfind(END_OF_DIRECTORY)
    if start < 0 or len(tail) - start < 22:
        return None
    record = struct.unpack(END_OF_DIRECTORY_FORMAT, tail[start : start + 22])
    # 0xFFFF means "see the ZIP64 record": at least that many.
    return record[4]


class ArchiveTally:
    """The files and unpacked bytes of an archive and the archives inside it."""

    def __init__(self):
        self.entries = 0
        self.unpacked = 0
        self.packed = 0

    def add(self, archive_file, depth=0):
        count = declared_entries(archive_file)
        if count is None:
            raise _damaged()
        self._count(count)
        try:
            archive = zipfile.ZipFile(archive_file)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
            raise _damaged() from error
        with archive:
            infos = archive.infolist()
            self._count(len(infos) - count)
            for info in infos:
                self.unpacked += info.file_size
                self.packed += info.compress_size
                if self.unpacked > limit("MAX_UNPACKED_BYTES"):
                    raise _refusal(
                        _(
                            "This file would unpack to more than %(limit)s, the most accepted. "
                            "Save it again without embedded files or split it, then upload it."
                        ),
                        "unpacked_too_large",
                        limit=filesizeformat(limit("MAX_UNPACKED_BYTES")),
                    )
            # Before any entry is read: a small bomb is refused by its ratio.
            self.check_ratio()
            for info in infos:
                self._nested(archive, info, depth)
        return archive

    def _count(self, more):
        self.entries += more
        if self.entries > limit("MAX_ENTRIES"):
            raise _refusal(
                _(
                    "This file holds more than %(limit)s files inside it, the most accepted "
                    "(a Word document holds a few dozen). Upload the original document."
                ),
                "too_many_entries",
                limit=f"{limit('MAX_ENTRIES'):,}",
            )

    def _nested(self, archive, info, depth):
        try:
            with archive.open(info) as entry:
                if entry.read(len(LOCAL_HEADER)) != LOCAL_HEADER:
                    return
                if depth >= limit("MAX_NESTING"):
                    raise _refusal(
                        _(
                            "This file holds archives inside archives, more than %(limit)s "
                            "level deep. Upload the original document."
                        ),
                        "nested_archive",
                        limit=limit("MAX_NESTING"),
                    )
                # Bounded: its declared size is counted within MAX_UNPACKED_BYTES.
                inner = io.BytesIO(LOCAL_HEADER + entry.read())
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError) as error:
            raise _damaged() from error
        self.add(inner, depth + 1)

    def check_ratio(self):
        ratio = self.unpacked / max(self.packed, 1)
        if self.unpacked > RATIO_FLOOR_BYTES and ratio > limit("MAX_RATIO"):
            raise _refusal(
                _(
                    "This file would unpack to %(ratio)s times its size; documents unpack to at "
                    "most %(limit)s times. Save it again on your computer and upload the new copy."
                ),
                "compression_ratio",
                ratio=f"{int(ratio):,}",
                limit=limit("MAX_RATIO"),
            )


def check_archive(upload, required_entry):
    """Refuse the archive ``upload`` if it passes a limit of ``UPLOAD_LIMITS``
    or lacks ``required_entry``; reads only tables of contents (and the first
    bytes of each entry, to find archives inside it)."""
    tally = ArchiveTally()
    archive = tally.add(upload)
    if required_entry not in archive.namelist():
        extension = upload.name.rsplit(".", 1)[-1].lower()
        raise _refusal(
            _(
                "The file's content does not match its name (.%(extension)s). "
                "Upload the original document."
            ),
            "content_mismatch",
            extension=extension,
        )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE) with the checks above."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "size") and self.files.get("file"):
            validate_upload(upload)
        return upload


class ImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE) with the checks above;
    Wagtail's own field has already checked the size in pixels."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "size") and self.files.get("file"):
            validate_upload(upload, max_bytes=settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
        return upload
