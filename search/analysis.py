"""How text becomes search terms, defined once for every engine.

Serbian and Montenegrin readers mix scripts, and many type without diacritics:
every engine therefore matches a folded form (Cyrillic transliterated to Latin,
diacritics dropped, ``đ`` as ``dj``), and a light stem per language family.
A stem is matched only under the rules of the document's own language: a
German query for ``Kinder`` finds German children, not the English word
``kind`` that German rules would make of it.
The database engine applies these rules in Python; the OpenSearch and
Elasticsearch engines get the same tables as a mapping char filter and
``pattern_replace`` token filters (``opensearch_analysis``), so a word is a
match, or not, alike on every engine.
"""

import functools
import re
import sys
import unicodedata

# Serbian, Montenegrin and Macedonian Cyrillic to the Latin that readers type.
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "dj", "ѓ": "gj", "е": "e",
    "ж": "z", "з": "z", "ѕ": "dz", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj",
    "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "ћ": "c", "ќ": "kj", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz",
    "ш": "s", "ѐ": "e", "ѝ": "i", "й": "j", "ь": "", "ъ": "",
}  # fmt: skip
# Latin letters whose plain form is not their decomposition.
LATIN = {"đ": "dj", "ß": "ss", "æ": "ae", "ø": "o", "ł": "l"}
FOLD = {**CYRILLIC, **LATIN}

LANGUAGE_FAMILIES = {
    "sr": "bcms",
    "sr-latn": "bcms",
    "bs": "bcms",
    "cnr": "bcms",
    "hr": "bcms",
    "mk": "mk",
    "sq": "sq",
    "en": "en",
    "de": "de",
}
FAMILIES = ("bcms", "mk", "sq", "en", "de")

# Light stemmers: each rule a (pattern, replacement) applied in turn to a folded
# word. A suffix goes only when at least three letters stay.
STEM_RULES = {
    "bcms": [
        # Ijekavian and ekavian forms meet: izbjeglica/izbeglica, procjena/procena.
        (r"(?<=[bcdfgmprstvz])i?je(?=[a-z])", "e"),
        (
            r"(?<=[a-z]{3})(?:ovima|evima|ama|ima|ova|eve|ovi|evi|iju|ija|oga|ome|omu"
            r"|om|em|og|eg|ih|im|oj|a|e|i|o|u)$",
            "",
        ),
        # What the case endings leave: zahtev(a) and rok(ovi) lose -ev/-ov, so
        # the plural's -ovi/-evi meet the singular; the fleeting a of
        # stran(a)c and cent(a)r goes; k and c (maloletnik, maloletnici) are one letter.
        (r"(?<=[a-z]{3})(?:ov|ev)$", ""),
        (r"(?<=[a-z]{2})ac$", "c"),
        (r"(?<=[a-z]{3})ar$", "r"),  # centar, centri
        (r"(?<=[a-z]{2})c$", "k"),
    ],
    "mk": [
        (r"(?<=[a-z]{3})(?:ite|ata|ot|ta|to|ov|ve|i|a|e|o)$", ""),
        # The fleeting e: begalec, begalci.
        (r"(?<=[a-z]{2})ec$", "c"),
    ],
    "sq": [
        (r"(?<=[a-z]{3})(?:ave|eve|et|it|in|ut|un|ve|ja|je|ne|e|i|a)$", ""),
    ],
    "en": [
        # Harman's S-stemmer, and -ing and -ed: centres/centre, policies/policy.
        (r"(?<=[a-z]{3})(?:ing|ed)$", ""),
        (r"(?<=[a-z]{3})ies$", "y"),
        (r"(?<=[a-z]{3}[^aeo])es$", "e"),
        (r"(?<=[a-z]{3}[^us])s$", ""),
    ],
    "de": [
        (r"(?<=[a-z]{3})(?:ern|en|er|es|e|n|s)$", ""),
    ],
}
_COMPILED = {
    family: [(re.compile(pattern), replacement) for pattern, replacement in rules]
    for family, rules in STEM_RULES.items()
}
WORD = re.compile(r"\w+")
_TRANSLITERATION = str.maketrans(FOLD)
_COMBINING = dict.fromkeys(
    code for code in range(sys.maxunicode + 1) if unicodedata.combining(chr(code))
)


def fold(text):
    """Lower case, Latin script, no diacritics: ``Ђорђевић`` and ``Đorđević``
    both become ``djordjevic``."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_TRANSLITERATION))
    return decomposed.translate(_COMBINING)


def words(text):
    """The folded words of ``text``; search syntax is not a word."""
    return [word for word in WORD.findall(fold(text)) if word != "_"]


def keep_names(typed, suggestion, names=frozenset()):
    """The engine's did-you-mean ``suggestion`` for the query ``typed``, with
    the words that are names left as the reader typed them: a surname is no
    misspelling (Petrović is not "protection"). A name is a word typed with a
    capital initial, in either script, or one of the folded ``names`` (of
    the organisations in the directory). Empty when nothing is left to
    suggest, or when the engine's words cannot be matched up with the
    reader's and a name would be lost."""
    if not suggestion:
        return ""
    typed_words, suggested = [], suggestion.split()
    protected = set()
    for token in WORD.findall(typed):
        for word in words(token):
            typed_words.append(word)
            if (token[:1].isupper() and not token.isupper()) or word in names:
                protected.add(word)
    if len(suggested) != len(typed_words):
        return suggestion if protected <= set(suggested) else ""
    kept = [
        typed if typed in protected else offered
        for typed, offered in zip(typed_words, suggested, strict=True)
    ]
    return " ".join(kept) if kept != typed_words else ""


def family(language):
    return LANGUAGE_FAMILIES.get((language or "").lower(), "en")


@functools.lru_cache(maxsize=200_000)
def stem(word, language_family):
    for pattern, replacement in _COMPILED[language_family]:
        word = pattern.sub(replacement, word)
    return word


def stem_term(word, language_family):
    """The database index's term for ``word``'s stem under the rules of
    ``language_family``, marked with the family so that it meets only the
    stems of documents in that family (as the per-family fields of
    OpenSearch do); None for words too short to have a stem of their own.
    Words read from text never start with a family's digit and a run of
    letters, so a mark cannot meet a word."""
    stemmed = stem(word, language_family)
    if len(stemmed) < 3 or not stemmed.isalpha():
        return None
    return f"{FAMILIES.index(language_family) + 1}{stemmed}"


def index_terms(text, language):
    """What the database engine stores for a text in ``language``: each folded
    word and its stem in the language's family."""
    language_family = family(language)
    terms = []
    for word in words(text):
        terms.append(word)
        if term := stem_term(word, language_family):
            terms.append(term)
    return terms


def query_variants(word):
    """A query word matches a document holding the word itself, or the word's
    stem under the rules of the document's language, whichever that is: the
    reader's language need not be the document's."""
    stems = {stem_term(word, language_family) for language_family in FAMILIES}
    return sorted({word, *stems} - {None})


def opensearch_analysis():
    """The same folding and stemming as analysis settings for OpenSearch and
    Elasticsearch: one analyzer that folds, and one per language family that
    folds and stems."""
    char_filter = {
        "iris_fold": {
            "type": "mapping",
            "mappings": [
                f"{source}=>{target}" if target else f"{source}=>"
                for source, target in sorted(FOLD.items())
            ]
            + [f"{source.upper()}=>{target}" for source, target in sorted(FOLD.items()) if target],
        }
    }
    token_filters = {}
    analyzers = {
        "iris_folded": {
            "type": "custom",
            "char_filter": ["iris_fold"],
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding"],
        }
    }
    for language_family, rules in STEM_RULES.items():
        names = []
        for number, (pattern, replacement) in enumerate(rules):
            name = f"iris_stem_{language_family}_{number}"
            token_filters[name] = {
                "type": "pattern_replace",
                "pattern": pattern,
                "replacement": replacement,
                "all": True,
            }
            names.append(name)
        analyzers[f"iris_{language_family}"] = {
            "type": "custom",
            "char_filter": ["iris_fold"],
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", *names],
        }
    return {"char_filter": char_filter, "filter": token_filters, "analyzer": analyzers}
