"""Serbian and Montenegrin in the other script, exactly and reversibly.

Latin to Cyrillic is the hard direction: lj, nj and dž are one letter each,
except in words where they are two (nad|živeti, kon|junkcija), which a word
list settles; words that could go either way and are on no list are reported
as ambiguous, for an editor to settle. What is not Serbian is left as written:
addresses, e-mail, code, numbers with their units, acronyms, foreign words,
Roman numerals, and with ``markup=True`` the tags and entities of rich text.
Cyrillic to Latin is letter for letter, so Latin -> Cyrillic -> Latin gives
back the text it started from."""

import bisect
import re
from dataclasses import dataclass

LATIN_LETTERS = "abcčćdđefghijklmnoprsštuvzž"
CYRILLIC_LETTERS = "абцчћдђефгхијклмнопрсштувзж"
DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
# Montenegrin's two letters more; their Cyrillic is a letter and a combining acute.
MONTENEGRIN = {"ś": "с\u0301", "ź": "з\u0301"}

TO_CYRILLIC = dict(zip(LATIN_LETTERS, CYRILLIC_LETTERS, strict=True)) | MONTENEGRIN
TO_LATIN = {cyrillic: latin for latin, cyrillic in (TO_CYRILLIC | DIGRAPHS).items()}
SERBIAN_LATIN = frozenset(LATIN_LETTERS + "śź")

# Where a pair that is usually one letter is two: the prefix, then the stem.
# A word beginning with one of these is written with both letters.
TWO_LETTERS = (
    "nad|živ",
    "pod|žanr",
    "pod|žup",
    "od|žal",
    "in|jek",
    "in|junk",
    "kon|jug",
    "kon|junk",
    "kon|jekt",
    "van|jez",
    "tan|jug",
)
# Words where a prefix meets a stem beginning with ž or j: the pair may be
# one letter (odžak, "chimney") or two (odžaliti). Not on a list: ambiguous.
AMBIGUOUS = re.compile(r"^(?:od|nad|pod|pred|ispod|iznad)ž|^(?:in|kon)j(?:ek|un|ug)|^vanje[zd]")

ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")
WORD = re.compile(r"(?:[^\W\d_]\u0301?)+")
UNITS = "km|m|cm|mm|m2|m²|m3|kg|g|mg|t|l|ml|h|min|s|ha|kW|kWh|MW|kB|MB|GB|TB|EUR|RSD|BAM|MKD|ALL|USD|°C|%"
# Spans written the same in both scripts: web and e-mail addresses, domain
# names, code between backticks, and numbers with their units.
VERBATIM = re.compile(
    r"https?://\S+|www\.\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:rs|me|ba|mk|al|de|eu|org|com|net|int|gov|info)\b"
    r"|`[^`]*`"
    rf"|\d[\d.,]*\s?(?:{UNITS})(?!\w)"
)
MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")
CODE_TAG = re.compile(r"<(/?)(code|pre|kbd|samp|var)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Conversion:
    text: str
    # The Latin words written with one letter for lj, nj or dž that may need two.
    ambiguous: frozenset = frozenset()


def letters_to_cyrillic(latin):
    """A Serbian Latin word letter by letter, lj, nj and dž one letter each."""
    out, position = [], 0
    while position < len(latin):
        pair = latin[position : position + 2]
        letter = DIGRAPHS.get(pair.lower())
        if letter is None:
            pair = latin[position]
            letter = TO_CYRILLIC.get(pair.lower(), pair)
        out.append(letter.upper() if pair[0].isupper() else letter)
        position += len(pair)
    return "".join(out)


def with_case_of(word, spelling):
    if word.isupper() and len(word) > 1:
        return spelling.upper()
    if word[0].isupper():
        return spelling[0].upper() + spelling[1:]
    return spelling


class Transliterator:
    """Converts text with the editors' spellings: ``spellings`` is
    ``(latin, cyrillic, whole_word)`` triples, an empty ``cyrillic`` keeping
    the word in Latin (a foreign name, an acronym that stays)."""

    def __init__(self, spellings=()):
        self.words = {}
        beginnings = {
            stem.replace("|", ""): "".join(map(letters_to_cyrillic, stem.split("|")))
            for stem in TWO_LETTERS
        }
        for latin, cyrillic, whole_word in spellings:
            (self.words if whole_word else beginnings)[latin.lower()] = cyrillic
        # The longest beginning that fits wins.
        self.beginnings = sorted(beginnings.items(), key=lambda item: -len(item[0]))

    def to_cyrillic(self, text, markup=False):
        ambiguous = set()

        def convert(word, shouting, before, rest):
            lower = word.lower()
            if lower in self.words:
                spelling = self.words[lower]
                return with_case_of(word, spelling) if spelling else word
            if set(lower) - SERBIAN_LATIN or (word[1:] != word[1:].lower() and not word.isupper()):
                return word  # a foreign word, a mixed script, a name in camel case
            if word.isupper() and len(word) > 1 and not shouting:
                return word  # an acronym: CSO, UNHCR
            if ROMAN_NUMERAL.fullmatch(word) and not (
                word == "I" and conjunction(before, rest, shouting)
            ):
                return word  # Glava I, član IV
            for beginning, head in self.beginnings:
                if lower.startswith(beginning):
                    if not head:
                        return word
                    cut = len(beginning)
                    return with_case_of(word[:cut], head) + letters_to_cyrillic(word[cut:])
            if AMBIGUOUS.search(lower):
                ambiguous.add(lower)
            return letters_to_cyrillic(word)

        return Conversion(convert_visible_text(text, markup, convert), frozenset(ambiguous))

    def to_latin(self, text, markup=False):
        def convert(word, shouting, before, rest):
            capitals = word.isupper() and len(word) > 1
            out, position = [], 0
            while position < len(word):
                key = word[position : position + 2]
                if key[1:] != "\u0301" or key.lower() not in TO_LATIN:
                    key = word[position]
                position += len(key)
                latin = TO_LATIN.get(key.lower(), key)
                if key.isupper() and latin != key:
                    latin = latin.upper() if capitals else latin.capitalize()
                out.append(latin)
            return "".join(out)

        return Conversion(convert_visible_text(text, markup, convert))


def conjunction(before, rest, shouting):
    """Whether a capital I between ``before`` and ``rest`` is the word "and"
    beginning a sentence (I tada) or inside a heading (AZILU I ZAŠTITI),
    rather than the Roman one (Glava I, član I stav 2)."""
    following = re.match(r"\s+([^\W\d_])", rest)
    if not following:
        return False
    starts_sentence = re.search(r"(?:^|[.!?:]\s+|\n)\W*$", before) is not None
    return shouting or (starts_sentence and following.group(1).islower())


def convert_visible_text(text, markup, convert):
    """``text`` with each word of its visible text passed through
    ``convert(word, shouting, before, rest)``: ``shouting`` when the word's
    line is in capitals (a heading, where a word in capitals is no acronym),
    ``before`` and ``rest`` the visible text of its piece around it. Tags, entities, the inside of code elements
    and the verbatim spans are left as they are."""
    pieces = MARKUP.split(text) if markup else [text]
    visible, chunks, in_code, offset = [], [], 0, 0
    for index, piece in enumerate(pieces):
        if index % 2:  # a tag or an entity
            tag = CODE_TAG.match(piece)
            if tag:
                in_code = max(0, in_code + (-1 if tag.group(1) else 1))
        elif not in_code:
            chunks.append((index, offset))
            visible.append(piece)
            offset += len(piece)
    whole = "".join(visible)
    line_starts = [0] + [match.end() for match in re.finditer(r"\n", whole)]
    shouting = [is_shouting(line) for line in whole.split("\n")]

    for index, offset in chunks:
        pieces[index] = convert_chunk(
            pieces[index],
            lambda word, start, before, rest, base=offset: convert(
                word, shouting[bisect.bisect_right(line_starts, base + start) - 1], before, rest
            ),
        )
    return "".join(pieces)


def convert_chunk(chunk, convert):
    out, position = [], 0
    for verbatim in [*VERBATIM.finditer(chunk), None]:
        end = verbatim.start() if verbatim else len(chunk)
        last = position
        for word in WORD.finditer(chunk, position, end):
            out.append(chunk[last : word.start()])
            out.append(
                convert(word.group(), word.start(), chunk[: word.start()], chunk[word.end() : end])
            )
            last = word.end()
        out.append(chunk[last:end])
        if verbatim:
            out.append(verbatim.group())
            position = verbatim.end()
    return "".join(out)


def is_shouting(line):
    """A line in capitals: a heading (ZAKON; O AZILU), where a word in
    capitals is no acronym. One short word in capitals alone is taken for an
    acronym."""
    words = WORD.findall(line)
    if not words or not all(word.isupper() for word in words):
        return False
    return len(words) > 1 or len(words[0]) > 3


def to_cyrillic(text):
    """Serbian Latin as Cyrillic with the built-in rules only (demo content)."""
    return Transliterator().to_cyrillic(text).text
