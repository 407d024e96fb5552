"""Reading the text of an uploaded PDF or Word file in a child process that
cannot take the server's memory or time.

A hostile file (a PDF whose streams inflate to gigabytes, a Word file built to
exhaust the XML parser) would otherwise grow the web process until the machine
swaps. ``extract(kind, data)`` runs ``python -m iris_site.extraction KIND`` with
the file on its standard input; the child caps its own address space
(``RLIMIT_AS``) and processor time before it imports a reader, the parent
kills it after ``UPLOAD_LIMITS["EXTRACTION_SECONDS"]``. A file that passes a cap
raises ``ExtractionLimitError`` naming the limit: callers report it to the
file's owner and do not try again.

The child answers in JSON: ``{"lines": [...], "pages": n, "damaged": bool}``,
or ``{"error": "damaged" | "encrypted" | "memory"}``; it imports nothing of
Django, so it starts in a fraction of a second.
"""

import io
import json
import logging
import math
import re
import resource
import subprocess
import sys
from dataclasses import dataclass

MEMORY_EXIT = 3
OBJECT_NUMBER = re.compile(rb"(\d{1,10})\s+\d{1,5}\s+obj\b")


class ExtractionError(Exception):
    """The file could not be read: ``reason`` is ``damaged`` or ``encrypted``."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class ExtractionLimitError(Exception):
    """Reading the file passed a cap: ``limit`` is ``memory`` or ``time``."""

    def __init__(self, limit):
        super().__init__(limit)
        self.limit = limit


@dataclass(frozen=True)
class Extraction:
    """The file's lines (a Word file's paragraphs and table rows, a PDF's
    printed lines) and whether the reader had to
    repair the file, so some text may be missing."""

    lines: list
    damaged: bool = False


def extract(kind, data):
    """The text of ``data``, a file of ``kind`` (``docx`` or ``pdf``), read in
    a child process within ``UPLOAD_LIMITS``."""
    from django.conf import settings

    limits = settings.UPLOAD_LIMITS
    seconds = limits["EXTRACTION_SECONDS"]
    command = [
        sys.executable,
        "-m",
        "iris_site.extraction",
        kind,
        str(limits["EXTRACTION_MEMORY_BYTES"]),
        str(seconds),
    ]
    try:
        child = subprocess.run(command, input=data, capture_output=True, timeout=seconds)
    except subprocess.TimeoutExpired as error:
        raise ExtractionLimitError("time") from error
    if child.returncode == MEMORY_EXIT:
        raise ExtractionLimitError("memory")
    if child.returncode < 0:
        # Killed by the kernel: SIGXCPU past the processor limit, SIGKILL or
        # SIGSEGV when an allocation in C code failed under RLIMIT_AS.
        raise ExtractionLimitError("time" if -child.returncode == 24 else "memory")
    try:
        answer = json.loads(child.stdout)
    except ValueError as error:
        raise ExtractionError("damaged") from error
    if "error" in answer:
        if answer["error"] == "memory":
            raise ExtractionLimitError("memory")
        raise ExtractionError(answer["error"])
    return Extraction(lines=answer["lines"], damaged=answer["damaged"])


# The child ----------------------------------------------------------------------


class RepairCounter(logging.Handler):
    """Counts pypdf's warnings: it warns whenever it repairs a damaged file."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += 1


def read_docx(data):
    import docx
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_rows(block))
        else:
            lines.append(block.text)
    return {"lines": lines, "damaged": False}


def _table_rows(table):
    """Each row of a Word table as one line, its cells separated by " | "; a merged
    cell, which Word repeats across the row, counts once."""
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if not cells or cell is not cells[-1]:
                cells.append(cell)
        yield " | ".join(cell.text.replace("\n", " ") for cell in cells)


def completed_pdf(data):
    """A PDF cut short (a failed download, a full disk) ends without ``%%EOF``
    and the table of its objects: give it a trailer that makes pypdf rebuild
    the table and search for the catalog, so the pages that arrived are read."""
    if b"%%EOF" in data[-1024:]:
        return data
    numbers = [int(number) for number in OBJECT_NUMBER.findall(data)]
    size = max(numbers, default=0) + 1
    return data + b"\ntrailer\n<< /Size %d >>\nstartxref\n0\n%%%%EOF\n" % size


def read_pdf(data):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    repairs = RepairCounter()
    logging.getLogger("pypdf").addHandler(repairs)
    completed = completed_pdf(data)
    try:
        reader = PdfReader(io.BytesIO(completed))
        # Many PDFs are encrypted only to restrict printing or copying, with an
        # empty password for reading; only a real password stops the reading.
        if reader.is_encrypted and not reader.decrypt(""):
            return {"error": "encrypted"}
        pages = list(reader.pages)
    except DependencyError:
        return {"error": "encrypted"}
    lines, unread = [], 0
    for page in pages:
        try:
            lines.extend((page.extract_text() or "").splitlines())
        except (PyPdfError, *DAMAGED_FILE_ERRORS):
            unread += 1
    if not pages:
        return {"error": "damaged"}
    damaged = bool(unread or repairs.count or completed is not data)
    return {"lines": lines, "damaged": damaged}


# What python-docx, pypdf and the zip, zlib and XML modules under them raise on
# a damaged file, as found by corrupting real files byte by byte.
DAMAGED_FILE_ERRORS = (
    EOFError,
    KeyError,
    NotImplementedError,
    TypeError,
    ValueError,
    AttributeError,
    IndexError,
    AssertionError,
    RecursionError,
    OSError,
)
READERS = {"docx": read_docx, "pdf": read_pdf}


def main(kind, memory_bytes, seconds):
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    cpu_seconds = math.ceil(seconds)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    data = sys.stdin.buffer.read()
    try:
        answer = READERS[kind](data)
    except (MemoryError, ImportError):
        # The readers are installed: an import fails here only when the
        # address-space limit leaves no room to load a library.
        sys.exit(MEMORY_EXIT)
    except Exception:  # Every other failure means a damaged file.
        answer = {"error": "damaged"}
    sys.stdout.write(json.dumps(answer))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]))
