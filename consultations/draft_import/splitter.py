from itertools import pairwise

from django.utils.translation import gettext_lazy as _

from consultations.draft_import.errors import DraftImportError
from consultations.draft_import.headings import (
    PARAGRAPH_STYLES,
    is_title,
    match_heading,
    match_marker,
)
from consultations.draft_import.parts import DraftOutline, ParsedPart, PartKind
from consultations.draft_import.reflow import reflow


def split_draft(text):
    """Divide a draft's text into chapters, articles and numbered paragraphs.

    Raises DraftImportError when there is no text; a draft without recognisable
    headings comes back as one part with a warning, for the official to divide
    in the preview.
    """
    lines = reflow(text)
    if not lines:
        raise DraftImportError(
            _("The document is empty: there is no text to divide into parts."), code="empty"
        )
    preamble = ParsedPart(PartKind.PREAMBLE)
    bodies = [(preamble, [])]
    parts = []
    chapter = None
    position = 0
    while position < len(lines):
        line = lines[position]
        position += 1
        heading = match_heading(line)
        body = bodies[-1][1]
        if heading is None:
            body.append(line)
            continue
        part = ParsedPart(heading.kind, heading.number, heading.label, heading.title)
        title_above = body and is_title(body[-1], before_heading=True)
        if part.kind == PartKind.ARTICLE and not part.title and title_above:
            part.title = body.pop()
        if not part.title and position < len(lines) and is_title(lines[position]):
            part.title = lines[position]
            position += 1
        if part.kind == PartKind.CHAPTER:
            chapter = part
            parts.append(part)
        else:
            (chapter.children if chapter else parts).append(part)
        bodies.append((part, []))

    for part, body in bodies:
        if part.kind == PartKind.ARTICLE:
            _fill_article(part, body)
        else:
            part.text = "\n".join(body)
    if preamble.text:
        parts.insert(0, preamble)
    if len(bodies) == 1:
        return DraftOutline(
            parts,
            [
                _(
                    "No chapter or article headings were recognised, so the whole text is one part. "
                    "Divide it in the preview, or check that the headings in the file read like "
                    "“Article 5” or “Član 5.”, each on a line of its own."
                )
            ],
        )
    return DraftOutline(parts, _numbering_warnings(parts))


def _fill_article(article, body):
    """Put the article's numbered paragraphs, (1) (2) … or 1. 2. …, in its children;
    list items inside a paragraph, such as 1) or a), stay in the paragraph's text."""
    intro = []
    paragraph_lines = []
    style = None
    for line in body:
        marker = match_marker(line)
        if (
            marker
            and marker.style in PARAGRAPH_STYLES
            and style in (None, marker.style)
            and marker.number == str(len(article.children) + 1)
        ):
            style = marker.style
            paragraph = ParsedPart(PartKind.PARAGRAPH, marker.number, marker.label)
            article.children.append(paragraph)
            paragraph_lines.append([marker.text])
        elif paragraph_lines:
            paragraph_lines[-1].append(line)
        else:
            intro.append(line)
    article.text = "\n".join(intro)
    for paragraph, lines in zip(article.children, paragraph_lines, strict=True):
        paragraph.text = "\n".join(lines)


def _numbering_warnings(parts):
    """Point at article numbers that skip or repeat, the sign of a missed or
    misread heading; inserted articles such as "5a" are left alone."""
    articles = [
        part
        for top in parts
        for part in (top.children if top.kind == PartKind.CHAPTER else [top])
        if part.kind == PartKind.ARTICLE and part.number.isdigit()
    ]
    return [
        _("“%(current)s” follows “%(previous)s”: check the article numbering in the preview.")
        % {"previous": previous.label, "current": current.label}
        for previous, current in pairwise(articles)
        if int(current.number) != int(previous.number) + 1
    ]
