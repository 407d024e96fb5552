"""The text of a library file, for search: PDF through pypdf, DOCX through
python-docx. A file that cannot be read raises UnreadableFile with a reason an
editor can act on, never a crash."""

import io
import zipfile

from django.utils.translation import gettext as _

MAX_CHARACTERS = 1_000_000


class UnreadableFile(Exception):
    pass


def pdf_text(data):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableFile(_("The PDF is protected by a password."))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise UnreadableFile(
            _("The PDF could not be read: %(error)s") % {"error": error}
        ) from error


def docx_text(data):
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UnreadableFile(
            _("The Word file could not be read: %(error)s") % {"error": error}
        ) from error
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(part for part in parts if part)


def extract(name, data):
    extension = name.rsplit(".", 1)[-1].lower()
    if extension == "pdf":
        text = pdf_text(data)
    elif extension == "docx":
        text = docx_text(data)
    elif extension in {"txt", "csv"}:
        text = data.decode("utf-8", errors="replace")
    else:
        raise UnreadableFile(_("Text is read only from PDF and DOCX files."))
    return " ".join(text.split())[:MAX_CHARACTERS]
