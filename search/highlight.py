"""Snippets for the database engine: the passage of a text where the query's
words occur, with those words marked, found through the same folding and
stemming as the index so that ``azil`` marks ``азила``."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search import analysis

TOKEN = re.compile(r"\w+")
WINDOW = 160


def _matches(text, words, language):
    language_family = analysis.family(language)
    stems = {analysis.stem(word, language_family) for word in words}
    # A stem keeps its word's first three letters, or its query word's.
    starts = {term[:3] for term in stems | words}
    for match in TOKEN.finditer(text):
        folded = analysis.fold(match.group())
        if folded in words or (
            folded[:3] in starts and analysis.stem(folded, language_family) in stems
        ):
            yield match


def snippet(text, query_words, language):
    """An HTML fragment around the first match in ``text``, a text in
    ``language``, or "" if none."""
    matches = list(_matches(text, set(query_words), language))
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
