"""Uploads are limited in size and checked by what they contain, not by the name
they were given: an executable renamed report.pdf is refused."""

import filetype
from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

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
TEXT_EXTENSIONS = {"txt", "csv"}


def validate_upload(upload, max_bytes=None):
    """Raise ValidationError unless ``upload`` is small enough and its content
    matches its extension."""
    max_bytes = max_bytes or settings.IRIS_MAX_UPLOAD_BYTES
    if upload.size > max_bytes:
        raise forms.ValidationError(
            _("The file is %(size)s; the largest accepted is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
            code="too_large",
        )
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(position)
    kind = filetype.guess(head)
    if extension in TEXT_EXTENSIONS:
        acceptable = kind is None and b"\x00" not in head
    else:
        acceptable = kind is not None and kind.mime in SIGNATURES.get(extension, set())
    if not acceptable:
        raise forms.ValidationError(
            _(
                "The file's content does not match its name (.%(extension)s). Upload the original document."
            )
            % {"extension": extension or "?"},
            code="content_mismatch",
        )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE) with the checks above."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "size") and self.files.get("file"):
            validate_upload(upload)
        return upload
