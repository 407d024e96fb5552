"""The text of an uploaded draft, read by what the file contains.

Each reader returns lines as the source has them: a Word file's paragraphs, a PDF's
printed lines, a text file's lines; ``split_draft`` joins wrapped lines itself.
"""

import codecs
import io
import re
import zipfile
import zlib

import docx
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from lxml.etree import XMLSyntaxError
from pypdf import PdfReader
from pypdf.errors import DependencyError, PyPdfError

from consultations.draft_import.errors import DraftImportError
from iris_site.uploads import validate_upload

# Windows code pages that Word and Notepad used for the region's Latin and Cyrillic
# texts before UTF-8; tried in this order when a file is not UTF-8.
LEGACY_ENCODINGS = ("cp1250", "cp1251")
LATIN_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzčćđšžëçäöüßABCDEFGHIJKLMNOPQRSTUVWXYZČĆĐŠŽËÇÄÖÜ"
)
CYRILLIC_LETTERS = frozenset(map(chr, range(0x0400, 0x0460)))
WORD = re.compile(r"[^\W\d_]+")
# A line that holds nothing but a page number: "7", "- 7 -", "7/40".
PAGE_NUMBER = re.compile(r"[-–]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–]?")
# What python-docx, pypdf and the zip and zlib modules under them raise on a
# damaged file, as found by corrupting real files byte by byte.
DAMAGED_FILE_ERRORS = (
    PackageNotFoundError,
    PyPdfError,
    XMLSyntaxError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    NotImplementedError,
    TypeError,
    ValueError,
)


def read_text(uploaded_file):
    """The text of an uploaded .docx, .pdf or .txt draft, one paragraph or printed
    line per line.

    The file must hold what its name says (checked as every upload is); raises
    DraftImportError with a message for the official when it cannot be read.
    """
    extension = uploaded_file.name.rpartition(".")[2].lower()
    reader = READERS.get(extension)
    if reader is None:
        raise DraftImportError(
            _(
                "Upload the draft as a Word document (.docx), a PDF or a plain-text file (.txt). "
                "Save an older Word document (.doc) as .docx first."
            ),
            code="unsupported",
        )
    try:
        validate_upload(uploaded_file)
    except ValidationError as error:
        raise DraftImportError(error.message, code=error.code, params=error.params) from error
    uploaded_file.seek(0)
    return reader(uploaded_file.read())


def _unreadable():
    return DraftImportError(
        _(
            "The file could not be read: it may be damaged or incomplete. "
            "Open it on your computer, save it again and upload the new copy."
        ),
        code="unreadable",
    )


def _read_docx(data):
    try:
        document = docx.Document(io.BytesIO(data))
    except DAMAGED_FILE_ERRORS as error:
        raise _unreadable() from error
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_rows(block))
        else:
            lines.append(block.text)
    return "\n".join(lines)


def _table_rows(table):
    """Each row of a Word table as one line, its cells separated by " | "; a merged
    cell, which Word repeats across the row, counts once."""
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if not cells or cell is not cells[-1]:
                cells.append(cell)
        yield " | ".join(cell.text.replace("\n", " ") for cell in cells)


def _read_pdf(data):
    try:
        reader = PdfReader(io.BytesIO(data))
        # Many PDFs are encrypted only to restrict printing or copying, with an
        # empty password for reading; only a real password stops the import.
        locked = reader.is_encrypted and not reader.decrypt("")
        pages = [] if locked else [page.extract_text() for page in reader.pages]
    except DependencyError:
        locked = True
    except DAMAGED_FILE_ERRORS as error:
        raise _unreadable() from error
    if locked:
        raise DraftImportError(
            _(
                "This PDF is protected by a password. Upload the Word file, or a copy of the PDF "
                "without the protection."
            ),
            code="encrypted",
        )
    if not pages:
        raise _unreadable()
    lines = [
        line
        for page in pages
        for line in page.splitlines()
        if not PAGE_NUMBER.fullmatch(line.strip())
    ]
    if not any(line.strip() for line in lines):
        raise DraftImportError(
            _(
                "This PDF has no text, only images of pages (it may have been scanned); "
                "upload the Word file or paste the text."
            ),
            code="no_text",
        )
    return "\n".join(lines)


def _read_txt(data):
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    decoded = []
    for encoding in LEGACY_ENCODINGS:
        try:
            decoded.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise _unreadable()
    return max(decoded, key=_words_in_one_alphabet)


def _words_in_one_alphabet(text):
    """How many words are wholly Latin or wholly Cyrillic: a text read with the wrong
    code page mixes the two inside words ("Иlan") or shows letters the region's
    languages do not use ("×ëŕí")."""
    return sum(
        1
        for word in WORD.findall(text)
        if set(word) <= LATIN_LETTERS or set(word) <= CYRILLIC_LETTERS
    )


READERS = {"docx": _read_docx, "pdf": _read_pdf, "txt": _read_txt}
