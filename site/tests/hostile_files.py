"""A corpus of hostile files, built in memory for the tests of every upload
path: zip bombs, archives in archives, an archive of 100,000 files, a PDF that
is also a ZIP archive, an SVG with a script, XML entity bombs and external
entities, programs renamed .pdf and .docx,
cut and bit-flipped PDFs, and file names no person types.

Each builder returns bytes; ``CORPUS`` names the ones every path must refuse,
with the words of the refusal that name the limit or the reason.
"""

import io
import zipfile
from dataclasses import dataclass
from functools import cache

GIB = 1024**3
MIB = 1024**2


def docx_bytes(paragraphs=("Član 1. Ovaj zakon uređuje pravo na azil.",)):
    """A real Word document."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(pages=("Član 1. Ovaj zakon uređuje pravo na azil.",)):
    """A real PDF with one page of text for each of ``pages``."""
    from fpdf import FPDF

    document = FPDF()
    document.set_font("helvetica", size=12)
    for text in pages:
        document.add_page()
        document.multi_cell(0, 8, text.encode("latin-1", "replace").decode("latin-1"))
    return bytes(document.output())


def _with_entries(archive_bytes, write):
    """``archive_bytes`` (a .docx) with the entries ``write(archive)`` adds."""
    buffer = io.BytesIO(archive_bytes)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        write(archive)
    return buffer.getvalue()


@cache
def zip_bomb_docx(unpacked=GIB):
    """A Word document with a "picture" of ``unpacked`` zero bytes, deflated to
    about a thousandth of that: the upload is small, the content is not."""

    def write(archive):
        chunk = bytes(MIB)
        name = "word/media/image1.png"
        with archive.open(name, "w", force_zip64=unpacked >= 2 * GIB) as entry:
            for _chunk in range(unpacked // MIB):
                entry.write(chunk)

    return _with_entries(docx_bytes(), write)


def _zip_of(name, data):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


def nested_archive_docx(depth=3):
    """A Word document holding an archive that holds an archive... ``depth`` deep."""
    inner = b"The innermost file."
    for level in range(depth):
        inner = _zip_of(f"level-{level}.zip", inner)
    return _with_entries(
        docx_bytes(), lambda archive: archive.writestr("word/embeddings/oleObject1.bin", inner)
    )


def chart_docx():
    """A Word document with an Excel chart, which Word keeps as an archive
    inside the archive: one level, accepted."""
    workbook = _zip_of("xl/workbook.xml", b"<workbook/>")
    return _with_entries(
        docx_bytes(),
        lambda archive: archive.writestr("word/embeddings/Microsoft_Excel_Sheet1.xlsx", workbook),
    )


@cache
def many_entries_docx(count=100_000):
    """A Word document with ``count`` empty files beside its own."""

    def write(archive):
        for number in range(count):
            archive.writestr(f"word/parts/part{number}.xml", b"")

    return _with_entries(docx_bytes(), write)


def plain_zip_named_docx():
    """An archive without a Word document in it."""
    return _zip_of("readme.txt", b"Not a document.")


def polyglot_pdf_zip():
    """A PDF with a ZIP archive appended: readers open it as a PDF, unzip
    tools as an archive holding a script."""
    return pdf_bytes() + _zip_of("run.js", b"alert(document.cookie)")


def svg_with_script():
    return (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        b"<script>alert(document.cookie)</script></svg>"
    )


def billion_laughs_xml(levels=10):
    """An XML file of a few hundred bytes whose entities, each ten times the
    one before, would expand to gigabytes."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, levels)
    ]
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [{"".join(entities)}]>\n'
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><bill name="law">'
        f"<body><article><content><p>&lol{levels - 1};</p></content></article></body>"
        "</bill></akomaNtoso>"
    ).encode()


def external_entity_xml():
    """An XML file whose entity would read a file of the server."""
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><bill name="law">'
        b"<body><article><content><p>&secret;</p></content></article></body></bill></akomaNtoso>"
    )


def executable():
    """The start of a Windows program (an MS-DOS stub)."""
    stub = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    return stub.ljust(64, b"\x00") + b"This program cannot be run in DOS mode.\r\r\n$"


def truncated_pdf():
    """A PDF cut in half, as a failed download leaves it."""
    data = pdf_bytes(["Article 1. First page.", "Article 2. Second page."])
    return data[: len(data) // 2]


def bit_flipped_pdf():
    """A three-page PDF whose second page's text stream has bits flipped:
    the first and third pages can still be read."""
    data = bytearray(
        pdf_bytes(
            [
                "Article 1. Asylum seekers have the right to accommodation.",
                "Article 2. This page is damaged.",
                "Article 3. Decisions are given in writing.",
            ]
        )
    )
    second = data.index(b"stream", data.index(b"6 0 obj")) + len(b"stream\n") + 2
    for position in range(second, second + 20):
        data[position] ^= 0xFF
    return bytes(data)


LONG_NAME = "Nacrt zakona o azilu i privremenoj zaštiti " * 24 + ".pdf"
CONTROL_NAME = "nacrt\x07\x1b[31m\u202efdp.exe\t.pdf"


@dataclass(frozen=True)
class Hostile:
    """A file an upload path must refuse, and the words that say why."""

    name: str
    build: object
    refusal: str


def corpus():
    """The files every upload path refuses, by what the tests call them."""
    return {
        "zip-bomb": Hostile("nacrt.docx", zip_bomb_docx, "would unpack to more than 50"),
        "small-zip-bomb": Hostile(
            "nacrt.docx", lambda: zip_bomb_docx(20 * MIB), "documents unpack to at most 100 times"
        ),
        "nested-archive": Hostile(
            "nacrt.docx", nested_archive_docx, "archives inside archives, more than 1 level"
        ),
        "100k-entries": Hostile("nacrt.docx", many_entries_docx, "more than 5,000 files inside"),
        "zip-named-docx": Hostile("nacrt.docx", plain_zip_named_docx, "does not match its name"),
        "polyglot-pdf-zip": Hostile("nacrt.pdf", polyglot_pdf_zip, "does not match its name"),
        # Refused by extension: each path names the formats it accepts instead.
        "svg-with-script": Hostile("nacrt.svg", svg_with_script, None),
        "svg-named-png": Hostile("nacrt.png", svg_with_script, "does not match its name"),
        "exe-named-pdf": Hostile("nacrt.pdf", executable, "does not match its name"),
        "exe-named-docx": Hostile("nacrt.docx", executable, "does not match its name"),
        "billion-laughs": Hostile(
            "nacrt.xml", billion_laughs_xml, "declares a document type or entities"
        ),
        "external-entity": Hostile(
            "nacrt.xml", external_entity_xml, "declares a document type or entities"
        ),
    }
