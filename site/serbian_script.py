"""Serbian Latin written in Cyrillic, letter by letter, for the demo content
of every app (the Cyrillic copy of a page is the Latin one transliterated)."""

import re

LATIN_TO_CYRILLIC = dict(
    zip(
        "abcčćdđefghijklmnoprsštuvzž",
        "абцчћдђефгхијклмнопрсштувзж",
        strict=True,
    )
)
SERBIAN_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
ROMAN_NUMERAL = re.compile(r"\b[IVXLC]+\b")


def to_cyrillic(text):
    """Serbian Latin as Serbian Cyrillic, letter by letter (lj, nj and dž are one
    letter each); Roman numerals stay as they are."""

    def word(match):
        latin = match.group(0)
        if ROMAN_NUMERAL.fullmatch(latin):
            return latin
        out, position = [], 0
        while position < len(latin):
            pair = latin[position : position + 2]
            letter = SERBIAN_DIGRAPHS.get(pair.lower())
            if letter is None:
                pair = latin[position]
                letter = LATIN_TO_CYRILLIC.get(pair.lower(), pair)
            out.append(letter.upper() if pair[0].isupper() else letter)
            position += len(pair)
        return "".join(out)

    return re.sub(r"[^\W\d_]+", word, text)
