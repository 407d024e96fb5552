"""The text of an uploaded draft, read by what the file contains.

Each reader returns lines as the source has them: a Word file's paragraphs, a PDF's
printed lines, a text file's lines; ``split_draft`` joins wrapped lines itself.
"""

import codecs
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from consultations.draft_import.akoma_ntoso import read_akoma_ntoso
from consultations.draft_import.errors import DraftImportError
from consultations.draft_import.parts import DraftOutline
from iris_site.extraction import ExtractionError, ExtractionLimitError, extract
from iris_site.uploads import limit, safe_name, validate_upload

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


@dataclass(frozen=True)
class DraftText:
    """The text read from a file, and what the official should know of it
    (a damaged PDF of which only part could be read). A file that is already
    divided into parts (Akoma Ntoso) comes with its ``outline``, which the
    splitter need not guess."""

    text: str
    warnings: tuple = ()
    outline: DraftOutline | None = None


def read_text(uploaded_file):
    """The DraftText of an uploaded .docx, .pdf, .txt or Akoma Ntoso .xml
    draft, one paragraph or printed line per line.

    The file must hold what its name says (checked as every upload is, before
    any reader opens it), and is read in a child process within the upload
    limits; raises DraftImportError with a message for the official when it
    cannot be read.
    """
    extension = safe_name(uploaded_file.name).rpartition(".")[2].lower()
    reader = READERS.get(extension)
    if reader is None:
        raise DraftImportError(
            _(
                "Upload the draft as a Word document (.docx), a PDF, a plain-text file (.txt) "
                "or an Akoma Ntoso file (.xml). Save an older Word document (.doc) as .docx "
                "first."
            ),
            code="unsupported",
        )
    try:
        validate_upload(uploaded_file)
    except ValidationError as error:
        raise DraftImportError(error.message, code=error.code, params=error.params) from error
    uploaded_file.seek(0)
    data = uploaded_file.read()
    uploaded_file.seek(0)
    return reader(data)


def _unreadable():
    return DraftImportError(
        _(
            "The file could not be read: it may be damaged or incomplete. "
            "Open it on your computer, save it again and upload the new copy."
        ),
        code="unreadable",
    )


def _extracted(kind, data):
    try:
        return extract(kind, data)
    except ExtractionLimitError as error:
        raise _over_limit(error.limit) from error
    except ExtractionError as error:
        if error.reason == "encrypted":
            raise DraftImportError(
                _(
                    "This PDF is protected by a password. Upload the Word file, or a copy of the "
                    "PDF without the protection."
                ),
                code="encrypted",
            ) from error
        raise _unreadable() from error


def _over_limit(which):
    if which == "time":
        message = _(
            "Reading this file took longer than %(limit)s seconds, the most allowed, and was "
            "stopped. Save it again on your computer, or paste its text instead."
        )
        value = limit("EXTRACTION_SECONDS")
    else:
        message = _(
            "Reading this file needed more than %(limit)s of memory, the most allowed, and was "
            "stopped. Save it again on your computer, or paste its text instead."
        )
        value = filesizeformat(limit("EXTRACTION_MEMORY_BYTES"))
    return DraftImportError(message % {"limit": value}, code="over_limit")


def _read_docx(data):
    return DraftText("\n".join(_extracted("docx", data).lines))


def _read_pdf(data):
    extraction = _extracted("pdf", data)
    lines = [line for line in extraction.lines if not PAGE_NUMBER.fullmatch(line.strip())]
    if not any(line.strip() for line in lines):
        if extraction.damaged:
            raise _unreadable()
        raise DraftImportError(
            _(
                "This PDF has no text, only images of pages (it may have been scanned); "
                "upload the Word file or paste the text."
            ),
            code="no_text",
        )
    warnings = ()
    if extraction.damaged:
        warnings = (
            _(
                "The PDF is damaged: only part of its text could be read. Compare the parts "
                "below with the original, or upload the Word file."
            ),
        )
    return DraftText("\n".join(lines), warnings)


def _read_txt(data):
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return DraftText(data.decode("utf-8"))
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
    return DraftText(max(decoded, key=_words_in_one_alphabet))


def _words_in_one_alphabet(text):
    """How many words are wholly Latin or wholly Cyrillic: a text read with the wrong
    code page mixes the two inside words ("Иlan") or shows letters the region's
    languages do not use ("×ëŕí")."""
    return sum(
        1
        for word in WORD.findall(text)
        if set(word) <= LATIN_LETTERS or set(word) <= CYRILLIC_LETTERS
    )


def _read_akoma_ntoso(data):
    outline = read_akoma_ntoso(data)
    return DraftText("\n".join(text for *_head, text in outline.rows()), outline=outline)


READERS = {"docx": _read_docx, "pdf": _read_pdf, "txt": _read_txt, "xml": _read_akoma_ntoso}
