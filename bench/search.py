"""Search benchmark: indexing throughput and query latency on the database
engine and on OpenSearch, measured in the same run over the same generated
multilingual library.

    DATABASE_URL=postgres://iris:iris@127.0.0.1:5432/iris_search_bench \\
    SEARCH_URL=opensearch://127.0.0.1:9200 \\
    .venv/bin/python bench/search.py --documents 100000

The database named in DATABASE_URL is created and migrated if missing (use a
database of its own: the benchmark replaces its search index). Without
SEARCH_URL only the database engine is measured. Prints documents per second
for a full rebuild, then median and p95 latency per query type (each with
facets), and the match counts above which the database engine ranks only a
bounded candidate set. Then relevance: each engine indexes the demo library
alone and answers the judged queries of ``bench/search_judgements.toml``;
precision and recall at 10 are printed per language, with the relevant
documents an engine left out of its first ten (``--relevance`` runs only
this part).
"""

import argparse
import itertools
import os
import random
import statistics
import sys
import time
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iris_site.settings")
os.environ.setdefault("IRIS_SEARCH_INDEX", "iris-bench")
JUDGEMENTS = Path(__file__).with_name("search_judgements.toml")

COMMON = {
    "en": [
        "asylum",
        "social",
        "protection",
        "refugees",
        "migrants",
        "report",
        "services",
        "access",
        "centre",
        "law",
    ],
    "sr-latn": [
        "azil",
        "socijalna",
        "zaštita",
        "izbeglice",
        "migranti",
        "izveštaj",
        "usluge",
        "pristup",
        "centar",
        "zakon",
    ],
    "sr": [
        "азил",
        "социјална",
        "заштита",
        "избеглице",
        "мигранти",
        "извештај",
        "услуге",
        "приступ",
        "центар",
        "закон",
    ],
    "bs": [
        "azil",
        "socijalna",
        "zaštita",
        "izbjeglice",
        "migranti",
        "izvještaj",
        "usluge",
        "pristup",
        "centar",
        "zakon",
    ],
    "mk": [
        "азил",
        "социјална",
        "заштита",
        "бегалци",
        "мигранти",
        "извештај",
        "услуги",
        "пристап",
        "центар",
        "закон",
    ],
    "sq": [
        "azil",
        "mbrojtje",
        "sociale",
        "refugjatë",
        "migrantë",
        "raport",
        "shërbime",
        "qasje",
        "qendër",
        "ligj",
    ],
    "de": [
        "Asyl",
        "sozialer",
        "Schutz",
        "Geflüchtete",
        "Migranten",
        "Bericht",
        "Dienste",
        "Zugang",
        "Zentrum",
        "Gesetz",
    ],
}
LANGUAGES = list(COMMON)
SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "ka",
    "ke",
    "ki",
    "ko",
    "ra",
    "re",
    "ri",
    "ro",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
    "va",
    "ve",
    "vi",
    "vo",
    "na",
    "ne",
    "ni",
    "no",
]
TYPES = [
    "gap_assessment",
    "shadow_report",
    "policy_brief",
    "balkan_briefing",
    "referral_guide",
    "law",
    "case_study",
]
COUNTRIES = ["RS", "BA", "ME", "MK", "AL", ""]
AREAS = ["asylum", "social-protection", "reintegration", "trafficking", "integration"]

# name: (query, filters, sort)
QUERIES = {
    "very frequent word": ("{rank_0}", {}, "relevance"),
    "frequent word": ("usluge", {}, "relevance"),
    "mid-frequency word": ("{rank_200}", {}, "relevance"),
    "rare word": ("{rank_8000}", {}, "relevance"),
    "two words": ("azil centar", {}, "relevance"),
    "Cyrillic for Latin": ("избеглице", {}, "relevance"),
    "word + country facet": ("zakon", {"country": ["RS"]}, "relevance"),
    "word + two facets, newest": (
        "migranti",
        {"type": ["law", "policy_brief"], "year": ["2020"]},
        "newest",
    ),
}


def vocabulary(rng, size=20000):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


SEED = 5


def generate(count, seed=SEED):
    from search.documents import IndexEntry

    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))  # Zipf
    start = datetime(2010, 1, 1, tzinfo=UTC)
    for number in range(count):
        language = LANGUAGES[number % len(LANGUAGES)]
        common = COMMON[language]
        body = rng.choices(words, cum_weights=weights, k=120) + rng.sample(common, 4)
        rng.shuffle(body)
        year = rng.randint(2010, 2025)
        yield IndexEntry(
            key=f"bench-{number}",
            page_id=number,
            content_type="policy_library.librarydocumentpage",
            url=f"/bench/{number}/",
            language=language,
            date=start + timedelta(days=(year - 2010) * 365 + rng.randint(0, 364)),
            title=" ".join(rng.sample(common, 3) + rng.choices(words, cum_weights=weights, k=3)),
            summary=" ".join(rng.choices(words, cum_weights=weights, k=25)),
            body=" ".join(body),
            files=" ".join(rng.choices(words, cum_weights=weights, k=200)),
            type=rng.choice(TYPES),
            countries=[country] if (country := rng.choice(COUNTRIES)) else [],
            year=year,
            policy_areas=rng.sample(AREAS, rng.randint(1, 2)),
        )


def prepare_database():
    import django
    from django.conf import settings

    if settings.DATABASE_ENGINE == "postgresql":
        import psycopg

        database = settings.DATABASES["default"]
        with psycopg.connect(
            host=database["HOST"], port=database["PORT"], user=database["USER"],
            password=database["PASSWORD"], dbname="postgres", autocommit=True,
        ) as connection:  # fmt: skip
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [database["NAME"]]
            ).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{database["NAME"]}"')
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def measure(backend, count, repeats):
    from search.backends.base import SearchQuery

    print(f"  {count} generated documents:")
    started = time.perf_counter()
    backend.rebuild(generate(count))
    elapsed = time.perf_counter() - started
    print(f"  indexing: {count} documents in {elapsed:.1f} s = {count / elapsed:.0f} documents/s")
    totals = {}
    for name, (text, filters, sort) in QUERIES.items():
        from search import analysis

        words = vocabulary(random.Random(SEED))
        text = text.format(rank_0=words[0], rank_200=words[200], rank_8000=words[8000])
        query = SearchQuery(words=analysis.words(text), filters=filters, sort=sort)
        backend.search(query)  # warm
        timings = []
        for _ in range(repeats):
            started = time.perf_counter()
            results = backend.search(query)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
        totals[name] = results.total
        print(
            f"  {name:<36} matches {results.total:>7}  "
            f"median {statistics.median(timings):6.1f} ms  p95 {p95:6.1f} ms"
        )
    return totals


def demo_library():
    """The demo library's documents as index entries, keyed by slug as the
    judgements name them."""
    from policy_library.seeds import library_entries
    from search.documents import IndexEntry

    for number, (slug, language, kind, year, countries, areas, title, summary, text) in enumerate(
        library_entries()
    ):
        yield IndexEntry(
            key=slug,
            page_id=number,
            content_type="policy_library.librarydocumentpage",
            url=f"/library/{slug}/",
            language=language,
            date=datetime(year, 1, 1, tzinfo=UTC),
            title=title,
            summary=summary,
            body=text,
            type=kind,
            countries=countries.split(),
            year=year,
            policy_areas=list(areas),
        )


def relevance(backend):
    """Precision and recall at 10 of the judged queries, per language."""
    from search import analysis
    from search.backends.base import SearchQuery

    backend.rebuild(demo_library())
    scores, missed = {}, []
    for judged in tomllib.loads(JUDGEMENTS.read_text())["query"]:
        results = backend.search(SearchQuery(words=analysis.words(judged["text"]), per_page=10))
        first_ten = {hit.entry.key for hit in results.hits}
        relevant = set(judged["relevant"])
        found = len(relevant & first_ten)
        # With fewer than ten relevant documents, a perfect engine's precision
        # is their number over ten: printed beside it as the ceiling.
        scores.setdefault(judged["language"], []).append(
            (found / 10, found / len(relevant), min(len(relevant), 10) / 10)
        )
        missed += [f"{judged['text']!r}: {key}" for key in sorted(relevant - first_ten)]
    print(f"  relevance on the demo library, {JUDGEMENTS.name}:")
    every = [score for language_scores in scores.values() for score in language_scores]
    for language, language_scores in [*scores.items(), ("all", every)]:
        precision, recall, ceiling = (
            statistics.mean(column) for column in zip(*language_scores, strict=True)
        )
        print(
            f"    {language:<8} {len(language_scores):>2} queries  precision@10 {precision:.2f} "
            f"(ceiling {ceiling:.2f})  recall@10 {recall:.2f}"
        )
    for line in missed:
        print(f"    missed {line}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument(
        "--engines",
        nargs="+",
        choices=["database", "configured"],
        default=["database", "configured"],
        help="the database engine, and the engine SEARCH_URL names (if not the database)",
    )
    parser.add_argument(
        "--relevance", action="store_true", help="only the judged queries, not the latency"
    )
    arguments = parser.parse_args()
    prepare_database()
    from django.conf import settings
    from django.db import connection

    from search.backends.database import DatabaseBackend

    if "database" in arguments.engines:
        database = DatabaseBackend()
        print(f"Database engine ({connection.vendor}):")
        if not arguments.relevance:
            latency_and_ceilings(database, arguments)
        relevance(database)
    configured = settings.SEARCH_BACKEND["CLASS"] != "search.backends.database.DatabaseBackend"
    if "configured" in arguments.engines and configured:
        from search.backends import get_backend

        backend = get_backend()
        print(f"{backend.name}:")
        if not arguments.relevance:
            measure(backend, arguments.documents, arguments.repeats)
        relevance(backend)
        backend.drop()


def latency_and_ceilings(database, arguments):
    totals = measure(database, arguments.documents, arguments.repeats)
    for limit, consequence in (
        (
            database.ranked_candidates,
            "are ranked among the first candidates the index yields, not among all matches",
        ),
        (database.exact_facets, "show estimated facet counts (the total stays exact)"),
    ):
        print(
            f"  ceiling: queries matching more than {limit} documents {consequence}: "
            + ", ".join(f"{name} ({total})" for name, total in totals.items() if total > limit)
        )


if __name__ == "__main__":
    main()
