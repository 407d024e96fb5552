"""An Akoma Ntoso bill or act read as the parts of a draft, for the draft
import: its preamble, chapters, articles and paragraphs in document order,
each with its heading (``num``), title (``heading``) and text (one line a
block).

The file is parsed without a DTD, entities or network access, within
libxml2's default limits (no ``huge_tree``): a document that declares a
document type or entities (the "billion laughs", external entities) is
refused without its entities ever being expanded, and so is one that is not
well-formed. Raises DraftImportError with a message for the official."""

import re

from django.utils.translation import gettext_lazy as _
from lxml import etree

from consultations.draft_import.errors import DraftImportError
from consultations.draft_import.headings import heading_number
from consultations.draft_import.parts import DraftOutline, ParsedPart, PartKind
from consultations.legaldocml import NAMESPACE

DOCUMENTS = ("bill", "act")
# Akoma Ntoso's hierarchical elements by the kind of part they become; the
# rest (points, items, indents...) become paragraphs.
CHAPTERS = {"book", "tome", "part", "subpart", "title", "subtitle", "chapter", "subchapter"}
ARTICLES = {"article", "section", "rule"}
HIERARCHY = (
    CHAPTERS
    | ARTICLES
    | {
        "paragraph",
        "subparagraph",
        "subsection",
        "clause",
        "subclause",
        "point",
        "alinea",
        "indent",
        "list",
        "level",
        "division",
        "subdivision",
        "proviso",
        "subrule",
        "sublist",
        "transitional",
        "hcontainer",
    }
)
# Elements whose text is one line of a part; anything else holding blocks is
# read block by block.
TEXT_BLOCKS = {"p", "listIntroduction", "listWrapUp", "heading", "subheading", "num"}
DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _local(element):
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _entities_refused():
    return DraftImportError(
        _(
            "The file declares a document type or entities (<!DOCTYPE …>), which are not "
            "accepted: they can make a small file expand without limit. Export the "
            "document again without them."
        ),
        code="entities",
    )


def _parse(data):
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        # libxml2 stops some entity bombs itself: the official hears why.
        if DECLARATION.search(data):
            raise _entities_refused() from error
        raise DraftImportError(
            _(
                "The file is not well-formed XML: it is damaged or incomplete near line "
                "%(line)s. Export the document again from the program it was written in and "
                "upload the new file."
            ),
            code="not_well_formed",
            params={"line": error.lineno or 1},
        ) from error
    # Entities were left unexpanded; a file that declares any is refused all the same.
    if root.getroottree().docinfo.internalDTD is not None:
        raise _entities_refused()
    return root


def _document(root):
    """The bill or act inside ``root``, or a DraftImportError."""
    if etree.QName(root).namespace == NAMESPACE and _local(root) == "akomaNtoso":
        for child in root:
            if _local(child) in DOCUMENTS:
                return child
    raise DraftImportError(
        _(
            "This XML file is not an Akoma Ntoso 3.0 bill or act: its root must be "
            "<akomaNtoso> holding a <bill> or an <act>."
        ),
        code="not_akoma_ntoso",
    )


def _line(element):
    return " ".join("".join(element.itertext()).split())


def _lines(element):
    """The text of the blocks inside ``element``, one a line, in document
    order; its own text if it holds no blocks."""
    if not any(isinstance(child.tag, str) for child in element):
        return [_line(element)] if _line(element) else []
    return [line for child in element for line in _block_lines(child)]


def _block_lines(element):
    if _local(element) in TEXT_BLOCKS or not any(isinstance(c.tag, str) for c in element):
        return [_line(element)]
    return _lines(element)


def _child_text(element, name):
    child = element.find(f"{{{NAMESPACE}}}{name}")
    return "" if child is None else _line(child)


def _part(kind, element, text_lines):
    label = _child_text(element, "num")
    return ParsedPart(
        kind,
        number=heading_number(label),
        label=label,
        title=_child_text(element, "heading"),
        text="\n".join(text_lines),
    )


def _kind(element):
    name = _local(element)
    if name in CHAPTERS:
        return PartKind.CHAPTER
    if name in ARTICLES:
        return PartKind.ARTICLE
    if name == "hcontainer" and element.get("name") == "preamble":
        return PartKind.PREAMBLE
    return PartKind.PARAGRAPH


def _hierarchy(element, parts):
    """``element`` and the parts inside it, flat, in document order."""
    text, wrap_up, children = [], [], []
    for child in element:
        name = _local(child)
        if name in ("intro", "content"):
            text.extend(_lines(child))
        elif name == "wrapUp":
            wrap_up.extend(_lines(child))
        elif name in HIERARCHY:
            children.append(child)
    parts.append(_part(_kind(element), element, text + wrap_up))
    for child in children:
        _hierarchy(child, parts)


def _preamble(element):
    parts, loose = [], []
    for child in element:
        if _local(child) in ("blockContainer", "container"):
            blocks = [c for c in child if _local(c) not in ("num", "heading", "subheading")]
            lines = [line for block in blocks for line in _block_lines(block)]
            parts.append(_part(PartKind.PREAMBLE, child, lines))
        else:
            loose.extend(_block_lines(child))
    if loose:
        parts.insert(0, ParsedPart(PartKind.PREAMBLE, text="\n".join(loose)))
    return parts


def read_akoma_ntoso(data):
    """The DraftOutline of an Akoma Ntoso 3.0 bill or act (``data``: the
    file's bytes): every part in document order at the top level."""
    document = _document(_parse(data))
    parts = []
    for child in document:
        name = _local(child)
        if name == "preamble":
            parts.extend(_preamble(child))
        elif name == "body":
            for element in child:
                if _local(element) in HIERARCHY:
                    _hierarchy(element, parts)
    if not parts:
        raise DraftImportError(
            _("The document is empty: there is no text to divide into parts."), code="empty"
        )
    return DraftOutline(parts)
