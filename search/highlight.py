"""Snippets for the database engine: the passage of a text where the query's
words occur, with those words marked, found through the same folding and
stemming as the index so that ``azil`` marks ``азила``."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search import analysis

TOKEN = re.compile(r"\w+")
WINDOW = 160


def _matches(text, wanted):
    # Stems keep their word's first three letters: only such words are stemmed.
    starts = {term[:3] for term in wanted}
    for match in TOKEN.finditer(text):
        folded = analysis.fold(match.group())
        if folded in wanted or (
            folded[:3] in starts
            and any(analysis.stem(folded, family) in wanted for family in analysis.FAMILIES)
        ):
            yield match


def snippet(text, query_words):
    """An HTML fragment around the first match in ``text``, or "" if none."""
    wanted = {variant for word in query_words for variant in analysis.query_variants(word)}
    matches = list(_matches(text, wanted))
    if not matches:
        return ""
    start = max(0, matches[0].start() - WINDOW // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + WINDOW)
    parts, cursor = [], start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        parts.append(escape(text[cursor : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        cursor = match.end()
    parts.append(escape(text[cursor:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts).strip() + suffix)
