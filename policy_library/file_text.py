"""The text of a library file, for search: PDF and DOCX read in a child process
within the upload limits (``iris_site.extraction``). A file that cannot be read
raises UnreadableFile with a reason an editor can act on, never a crash."""

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from iris_site.extraction import ExtractionError, ExtractionLimitError
from iris_site.extraction import extract as extract_in_child
from iris_site.uploads import limit

MAX_CHARACTERS = 1_000_000


class UnreadableFile(Exception):
    pass


def _over_limit(which):
    if which == "time":
        return _(
            "Reading the text took longer than %(limit)s seconds, the most allowed, and was "
            "stopped; it is not tried again until the file is replaced."
        ) % {"limit": limit("EXTRACTION_SECONDS")}
    return _(
        "Reading the text needed more than %(limit)s of memory, the most allowed, and was "
        "stopped; it is not tried again until the file is replaced."
    ) % {"limit": filesizeformat(limit("EXTRACTION_MEMORY_BYTES"))}


def _unreadable(extension, reason):
    if reason == "encrypted":
        return _("The PDF is protected by a password.")
    if extension == "pdf":
        return _("The PDF could not be read: it is damaged or not a PDF.")
    return _("The Word file could not be read: it is damaged or not a Word file.")


def extract(name, data):
    extension = name.rsplit(".", 1)[-1].lower()
    if extension in {"pdf", "docx"}:
        try:
            text = "\n".join(extract_in_child(extension, data).lines)
        except ExtractionLimitError as error:
            raise UnreadableFile(_over_limit(error.limit)) from error
        except ExtractionError as error:
            raise UnreadableFile(_unreadable(extension, error.reason)) from error
    elif extension in {"txt", "csv"}:
        text = data.decode("utf-8", errors="replace")
    else:
        raise UnreadableFile(_("Text is read only from PDF and DOCX files."))
    return " ".join(text.split())[:MAX_CHARACTERS]
