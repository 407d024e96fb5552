from dataclasses import dataclass, field
from enum import StrEnum


class PartKind(StrEnum):
    """The kinds of part a draft is divided into, outermost first."""

    PREAMBLE = "preamble"
    CHAPTER = "chapter"
    ARTICLE = "article"
    PARAGRAPH = "paragraph"


@dataclass
class ParsedPart:
    """One part of a draft as the official sees it in the preview.

    ``number`` is written as in the draft ("5", "5a", "12 bis", "II"); ``label`` is
    the whole heading as written ("Član 5.", "Glava II", "(1)"). ``text`` holds one
    paragraph per line: for an article, the text before its numbered paragraphs,
    which are its ``children``; a chapter's children are its articles.
    """

    kind: PartKind
    number: str = ""
    label: str = ""
    title: str = ""
    text: str = ""
    children: list["ParsedPart"] = field(default_factory=list)


@dataclass
class DraftOutline:
    """The parts found in a draft, in document order, and what the official should check.

    Articles sit at the top level when the draft has no chapters; text before the
    first heading is a ``PREAMBLE`` part.
    """

    parts: list[ParsedPart]
    warnings: list[str] = field(default_factory=list)

    def rows(self):
        """Every part in document order as ``(kind, label, title, text)``, each
        chapter followed by its articles and each article by its paragraphs: the
        rows of the import preview and of ``draft_stream``."""
        return [
            (part.kind.value, part.label, part.title, part.text)
            for part in _in_document_order(self.parts)
        ]


def _in_document_order(parts):
    for part in parts:
        yield part
        yield from _in_document_order(part.children)
