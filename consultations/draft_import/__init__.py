"""Turn an official's uploaded draft into the parts shown in the import preview.

``read_text(uploaded_file)`` reads a .docx, .pdf or .txt upload into a DraftText
(its text and warnings); ``split_draft(text)`` divides the text (read or pasted)
into a DraftOutline of ParsedParts: chapters, articles and numbered paragraphs. Both raise DraftImportError with a message for
the official.
"""

from consultations.draft_import.errors import DraftImportError
from consultations.draft_import.parts import DraftOutline, ParsedPart, PartKind
from consultations.draft_import.readers import read_text
from consultations.draft_import.splitter import split_draft

__all__ = [
    "DraftImportError",
    "DraftOutline",
    "ParsedPart",
    "PartKind",
    "read_text",
    "split_draft",
]
