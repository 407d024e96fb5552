"""Comment text as readers see it: plain text with line breaks and web links,
and an amendment as a word-level difference against the part it changes."""

import difflib
import re
from dataclasses import dataclass

from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe

# An http(s) address up to the next space or character that cannot be in one;
# punctuation that ends a sentence is not part of it.
LINK = re.compile(r"https?://[^\s<>\"'`\x00-\x1f\x7f]+", re.IGNORECASE)
TRAILING = ".,;:!?)]}»”’"
WORDS = re.compile(r"\s+|[^\s]+")


def _link(address):
    return format_html('<a href="{}" rel="nofollow ugc noopener">{}</a>', address, address)


def plain_text_html(text):
    """``text`` escaped, its paragraphs and line breaks kept, and every
    http(s) address a link that search engines do not follow."""
    pieces = []
    position = 0
    for match in LINK.finditer(text):
        address = match.group().rstrip(TRAILING)
        if "://" not in address or address.endswith("://"):
            continue
        pieces.append(format_html("{}", text[position : match.start()]))
        pieces.append(_link(address))
        position = match.start() + len(address)
    pieces.append(format_html("{}", text[position:]))
    # Every piece is escaped above; linebreaks() only adds <p> and <br>.
    return mark_safe(linebreaks("".join(pieces)))


@dataclass(frozen=True)
class Change:
    """A run of words that an amendment keeps (``equal``), removes
    (``delete``) or adds (``insert``)."""

    operation: str
    text: str


def word_diff(before, after):
    """The changes from ``before`` to ``after``, word by word."""
    return _changes(WORDS.findall(before or ""), WORDS.findall(after or ""), "")


def wording_diff(before, after):
    """The changes between two normalised wordings (words between single
    spaces), word by word. Spaces are not compared, which makes it many times
    quicker than ``word_diff`` where hundreds of near-identical texts are
    compared with one."""
    return _changes(before.split(), after.split(), " ")


def _changes(old, new, joiner):
    changes = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    opcodes = matcher.get_opcodes()
    for position, (operation, old_start, old_end, new_start, new_end) in enumerate(opcodes):
        # Words joined by a space end with one too, but for the last.
        end = joiner if joiner and position < len(opcodes) - 1 else ""
        if operation in ("equal", "delete", "replace"):
            removed = joiner.join(old[old_start:old_end]) + end
            changes.append(Change("equal" if operation == "equal" else "delete", removed))
        if operation in ("insert", "replace"):
            changes.append(Change("insert", joiner.join(new[new_start:new_end]) + end))
    return changes
