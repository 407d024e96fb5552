"""Lines wrapped by a PDF's layout or a hard-wrapped text file are joined back into
paragraphs, so that the splitter sees one paragraph per line whatever the source."""

import re

from consultations.draft_import.headings import match_heading, match_marker

WHITESPACE = re.compile(r"\s+")
SOFT_HYPHEN = "\N{SOFT HYPHEN}"
# A line that ends so is complete even when the next one starts in lower case.
CLAUSE_ENDINGS = (":", ";", "!", "?")
# A line at least this share of the document's usual full line was wrapped by the
# layout, unless it ends a sentence; a shorter one ended its paragraph.
WRAPPED_SHARE = 0.8
# Even a narrow column holds this many characters; a document of short lines has
# no wrapped ones.
SHORTEST_FULL_LINE = 60


def reflow(text):
    """The paragraphs of ``text``, one per item, without blank ones."""
    lines = [
        WHITESPACE.sub(" ", line.replace(SOFT_HYPHEN, "")).strip() for line in text.splitlines()
    ]
    full_line = _full_line_length(lines)
    paragraphs = []
    previous = ""
    for line in lines:
        if line and previous and _continues(paragraphs[-1], previous, line, full_line):
            paragraphs[-1] = _join(paragraphs[-1], line)
        elif line:
            paragraphs.append(line)
        previous = line
    return paragraphs


def _full_line_length(lines):
    lengths = sorted(len(line) for line in lines if line)
    usual = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
    return max(usual, SHORTEST_FULL_LINE)


def _continues(paragraph, previous, line, full_line):
    """Whether ``line`` goes on the paragraph whose last line was ``previous``."""
    if match_heading(paragraph) or match_heading(line) or match_marker(line):
        return False
    if line == line.upper() and sum(map(str.isalpha, line)) > 1:
        return False  # a title in capitals, such as the law's name under its preamble
    if line[0].islower():
        return not previous.endswith(CLAUSE_ENDINGS)
    return len(previous) >= WRAPPED_SHARE * full_line and not previous.endswith(
        (".", *CLAUSE_ENDINGS)
    )


def _join(paragraph, line):
    if paragraph.endswith("-") and paragraph[-2:-1].isalpha() and line[0].islower():
        return paragraph[:-1] + line
    return f"{paragraph} {line}"
