"""How headings, numbered paragraphs and titles look in the region's drafts.

Both the reflow of wrapped lines and the splitter ask these questions, so that a
line the splitter will read as a heading is never glued to its neighbours.
"""

import re
from dataclasses import dataclass

from consultations.draft_import.parts import PartKind

ARTICLE_WORDS = (
    "Article",
    "Artikel",
    "Član",
    "Članak",
    "Clan",
    "Čl.",
    "Cl.",
    "Art.",
    "Члан",
    "Чланак",
    "Чл.",
    "Член",
    "Neni",
    "§",
)
CHAPTER_WORDS = (
    "Chapter",
    "Kapitel",
    "Poglavlje",
    "Glava",
    "Kapitulli",
    "Kreu",
    "Поглавље",
    "Поглавје",
    "Глава",
)

# "5", "5a" (Latin or Cyrillic letter), "5/1" (Albanian inserted articles),
# "12 bis", or a Roman numeral.
NUMBER = r"""
    (?P<number>
        \d+ (?:[a-zа-я](?![^\W\d_]))? (?:/\d+)? (?:\s?(?:bis|ter|quater)\b)?
      | [IVXLCDM]+ (?![^\W\d_])
    )
"""
TITLE_MAX_LENGTH = 150
# A title ends without the punctuation that ends or continues a sentence.
SENTENCE_ENDINGS = (".", ",", ";", ":")
PARAGRAPH_STYLES = ("(1)", "1.")


def _keyword_heading(words):
    # Longest first, so that "Članak 5" is not read as "Član" followed by "ak 5".
    alternatives = "|".join(
        re.escape(word) + (r"\s+" if word[-1].isalpha() else r"\s*")
        for word in sorted(words, key=len, reverse=True)
    )
    return re.compile(
        rf"(?P<label>(?i:{alternatives}){NUMBER}\.?)(?P<rest>.*)", re.VERBOSE | re.DOTALL
    )


HEADING_PATTERNS = (
    (PartKind.ARTICLE, _keyword_heading(ARTICLE_WORDS)),
    (PartKind.CHAPTER, _keyword_heading(CHAPTER_WORDS)),
)
# "II. PRAVO NA AZIL": a chapter without a keyword, recognised by its capitals.
ROMAN_CHAPTER = re.compile(r"(?P<label>(?P<number>[IVXLCDM]+)\.)\s+(?P<rest>.+)")
SEPARATOR = re.compile(r"[-–—:.]\s*(?P<title>.*)")

# The number that ends a heading: "Član 5." -> "5", "Glava II" -> "II", "(1)" -> "1".
NUMBER_AT_END = re.compile(rf"(?<![^\W\d_]){NUMBER}[\W_]*$", re.VERBOSE)

MARKERS = (
    ("(1)", re.compile(r"\((?P<number>\d{1,3})\)\s*(?P<text>.*)")),
    ("1.", re.compile(r"(?P<number>\d{1,3})\.\s+(?P<text>.*)")),
    ("1)", re.compile(r"(?P<number>\d{1,3})\)\s+(?P<text>.*)")),
    ("a)", re.compile(r"\(?(?P<number>[a-zа-ш])\)\s+(?P<text>.*)")),
    ("-", re.compile(r"(?P<number>)[-–•·*]\s+(?P<text>.*)")),
)


@dataclass(frozen=True)
class Heading:
    kind: PartKind
    label: str
    number: str
    title: str


@dataclass(frozen=True)
class Marker:
    """The start of a numbered paragraph or list item, e.g. "(2)", "2.", "b)"."""

    style: str
    label: str
    number: str
    text: str


def _title_after_number(rest):
    """The title written on the heading's own line, "" if none, or None when the
    rest of the line reads as a sentence ("Član 5. stav 2. ovog zakona ...")."""
    rest = rest.strip()
    if not rest:
        return ""
    separated = SEPARATOR.fullmatch(rest)
    if separated:
        title = separated["title"].strip().rstrip(".")
    elif rest[0].isupper() and not rest.endswith(SENTENCE_ENDINGS):
        title = rest
    else:
        return None
    if len(title) > TITLE_MAX_LENGTH or title.endswith(SENTENCE_ENDINGS):
        return None
    return title


def match_heading(line):
    """The chapter or article heading that ``line`` is, or None."""
    if not line or not (line[0].isupper() or line[0] == "§"):
        return None
    for kind, pattern in HEADING_PATTERNS:
        found = pattern.fullmatch(line)
        if found:
            title = _title_after_number(found["rest"])
            if title is None:
                return None
            return Heading(kind, found["label"].strip(), found["number"], title)
    found = ROMAN_CHAPTER.fullmatch(line)
    if (
        found
        and found["rest"] == found["rest"].upper()
        and sum(map(str.isalpha, found["rest"])) > 1
    ):
        return Heading(PartKind.CHAPTER, found["label"], found["number"], found["rest"].strip())
    return None


def match_marker(line):
    """The paragraph number or list bullet that ``line`` starts with, or None."""
    for style, pattern in MARKERS:
        found = pattern.fullmatch(line)
        # "1. januara" is a date; "1. Ky ligj ..." opens a paragraph.
        if found and (style != "1." or found["text"][:1].isupper()):
            label = line[: found.start("text")].strip()
            return Marker(style, label, found["number"], found["text"])
    return None


def is_title(line, *, before_heading=False):
    """Whether ``line`` can be the title of the heading next to it.

    A title is short, starts with a capital and has no closing punctuation. One
    written above an article heading ("Predmet" / "Član 1.") is never in capitals,
    which a law's own name above its first article is.
    """
    if not line or len(line) > TITLE_MAX_LENGTH or not line[0].isupper():
        return False
    if line.endswith(SENTENCE_ENDINGS) or match_heading(line) or match_marker(line):
        return False
    return not (before_heading and line == line.upper())


def heading_number(label):
    """The number a heading ends with, as written ("5", "12 bis", "II"), or ""."""
    found = NUMBER_AT_END.search(label or "")
    return found["number"] if found else ""
