"""The embedded default: the site's own database. SQLite answers from an FTS5
table, PostgreSQL from a ``tsvector`` column with a GIN index; both hold the
folded and stemmed terms of search.analysis, so they find what OpenSearch
finds.

Facets count as on the other engines: each facet among the matches that meet
the other facets' choices (its population), the facets nobody chose among the
results.

What keeps a very frequent word fast on PostgreSQL: matches come from the GIN
index, never from reading every vector, and the vector holds each entry's
facet values as lexemes (``country=RS``), so the index intersects words and
chosen facets; relevance ranks a bounded set of candidates
(``ranked_candidates``); and above ``exact_facets`` matches a population's
facet counts are estimated from a fixed share of it (every entry whose id falls
in the first buckets of a hundred), and the page says so. The total is always
exact."""

import contextlib
import difflib
import itertools
import math

from django.db import connection, transaction
from django.db.models import Q

from search import analysis
from search.backends.base import FACETS, Hit, SearchBackend, SearchResults
from search.highlight import snippet
from search.models import SearchEntry, SearchFacet, SearchTerm

ENTRY_COLUMNS = [
    "id", "key", "page_id", "content_type", "url", "language", "date",
    "title", "summary", "body", "files", "type", "year",
]  # fmt: skip
BATCH = 500
SAMPLE_BUCKETS = 100
# The facet name under which a sampled population's size is read with its counts.
SAMPLE = "#sample"


def facet_lexeme(name, value):
    """How the PostgreSQL vector holds a facet value: never a word, since
    words have no ``=``."""
    return f"{name}={value[:100]}"


def facet_conditions(filters):
    """The chosen facet values as conditions on ``e.id``, from the facet rows."""
    sql, params = "", []
    for name, values in filters.items():
        marks = ", ".join(["%s"] * len(values))
        sql += (
            " AND e.id IN (SELECT entry_id FROM search_searchfacet "
            f"WHERE name = %s AND value IN ({marks}))"
        )
        params += [name, *values]
    return sql, params


def quoted(lexeme):
    """A lexeme as tsquery input takes it, whatever its characters."""
    escaped = lexeme.replace("\\", "\\\\").replace("'", "''")
    return f"'{escaped}'"


def sampled(column, buckets):
    """SQL keeping the ids in the first ``buckets`` of a hundred."""
    if buckets >= SAMPLE_BUCKETS:
        return ""
    return f" AND {column} %% {SAMPLE_BUCKETS} < {int(buckets)}"


class Dialect:
    def __init__(self, ranked_candidates):
        self.ranked_candidates = ranked_candidates

    def reading(self):
        """Where the queries of one search run."""
        return contextlib.nullcontext()

    def lock(self, cursor, rebuilding):
        """SQLite writes one transaction at a time already."""

    def clear(self, cursor):
        cursor.execute("DELETE FROM search_fulltext")

    def analyze(self, cursor):
        """Fresh planner statistics once every row has been replaced."""

    def vacuum(self, cursor):
        """Once a rebuild has committed: nothing for SQLite."""

    def population(self, match, filters, buckets=SAMPLE_BUCKETS):
        """SQL and params selecting the ids of the entries that match the
        words (every entry if ``match`` is None) and meet ``filters``; only
        those in the first ``buckets`` of a hundred, if fewer than 100."""
        if match is None:
            ids, params = "SELECT id FROM search_searchentry", []
        else:
            ids, params = self.matching_ids(), [match]
        conditions, condition_params = facet_conditions(filters)
        return (
            f"SELECT e.id FROM ({ids}) e WHERE 1 = 1 {conditions}{sampled('e.id', buckets)}",
            [*params, *condition_params],
        )

    def facet_counts(self, ids, names):
        """SQL counting the facet values of the entries ``ids``, of the facets
        ``names`` selects (its params follow the ids')."""
        return (
            "SELECT s.name, s.value, count(*) FROM search_searchfacet s "
            f"WHERE s.entry_id IN ({ids}) {names} GROUP BY s.name, s.value"
        )


class SQLiteDialect(Dialect):
    def match(self, groups):
        return " AND ".join(
            "(" + " OR ".join(f'"{variant}"' for variant in group) + ")" for group in groups
        )

    def prefix(self, word):
        return f'{{title}} : "{word}"*'

    def matching_ids(self):
        return "SELECT rowid AS id FROM search_fulltext WHERE search_fulltext MATCH %s"

    def ranked(self, match, filters):
        conditions, params = facet_conditions(filters)
        return (
            "SELECT e.* FROM search_fulltext f JOIN search_searchentry e ON e.id = f.rowid "
            f"WHERE search_fulltext MATCH %s {conditions} "
            "ORDER BY bm25(search_fulltext, 4.0, 1.0), e.date DESC LIMIT %s OFFSET %s"
        ), [match, *params]

    def write(self, cursor, rows):
        cursor.executemany(
            "INSERT INTO search_fulltext (rowid, title, content) VALUES (%s, %s, %s)",
            [row[:3] for row in rows],
        )

    def remove(self, cursor, ids):
        cursor.executemany("DELETE FROM search_fulltext WHERE rowid = %s", [(i,) for i in ids])


class PostgreSQLDialect(Dialect):
    def match(self, groups):
        return " & ".join(
            "(" + " | ".join(f"'{variant}'" for variant in group) + ")" for group in groups
        )

    def prefix(self, word):
        return f"'{word}':*A"

    def lock(self, cursor, rebuilding):
        # A rebuild and the updates exclude each other (readers are never
        # blocked): an update waits for the rebuild, then reads what it wrote.
        mode = "SHARE ROW EXCLUSIVE" if rebuilding else "ROW EXCLUSIVE"
        cursor.execute(f"LOCK TABLE search_searchentry IN {mode} MODE")

    def analyze(self, cursor):
        cursor.execute("ANALYZE search_fulltext, search_searchentry, search_searchfacet")

    def vacuum(self, cursor):
        # Rows just written are not yet known to be visible to all: until a
        # vacuum marks their pages, counting the facets reads every row from
        # the table instead of the index alone (a third slower at 100,000).
        cursor.execute("VACUUM (ANALYZE) search_fulltext, search_searchentry, search_searchfacet")

    @contextlib.contextmanager
    def reading(self):
        # The planner counts nothing for reading a vector stored out of line,
        # so for a frequent word it would read every vector rather than the
        # index: the queries of one search read matches from the GIN index.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            yield

    def matching_ids(self):
        return (
            # OFFSET 0 plans the match on its own, from the index, before any
            # filter joins it: a filter must not make it test vector by vector.
            "SELECT entry_id AS id FROM search_fulltext "
            "WHERE vector @@ to_tsquery('simple', %s) OFFSET 0"
        )

    def tsquery(self, match, filters):
        """The words and the chosen facet values as one query: the vector
        holds each entry's facet values as lexemes, so the GIN index
        intersects them with the words."""
        parts, params = [], []
        if match is not None:
            parts.append("to_tsquery('simple', %s)")
            params.append(match)
        if filters:
            parts.append("%s::tsquery")
            params.append(
                " & ".join(
                    "(" + " | ".join(quoted(facet_lexeme(name, value)) for value in values) + ")"
                    for name, values in filters.items()
                )
            )
        return " && ".join(parts), params

    def population(self, match, filters, buckets=SAMPLE_BUCKETS):
        query, params = self.tsquery(match, filters)
        if not query:
            return super().population(match, filters, buckets)
        return (
            f"SELECT entry_id AS id FROM search_fulltext WHERE vector @@ ({query})"
            f"{sampled('entry_id', buckets)} OFFSET 0"
        ), params

    def facet_counts(self, ids, names):
        # Each match's own facet rows, from the index: never all of them.
        return (
            f"SELECT s.name, s.value, count(*) FROM ({ids}) m "
            "CROSS JOIN LATERAL (SELECT name, value FROM search_searchfacet "
            f"WHERE entry_id = m.id {names} OFFSET 0) s GROUP BY s.name, s.value"
        )

    def ranked(self, match, filters):
        # Rank a bounded set of candidates on their small title-and-summary
        # vector, by the words alone, then read the entries of one page only.
        query, params = self.tsquery(match, filters)
        return (
            "SELECT e.* FROM (SELECT c.id, ts_rank(c.rank_vector, q.query) AS rank "
            "FROM (SELECT f.entry_id AS id, f.rank_vector FROM search_fulltext f "
            f"WHERE f.vector @@ ({query}) LIMIT {int(self.ranked_candidates)}) c, "
            "to_tsquery('simple', %s) q(query) "
            "ORDER BY rank DESC, c.id DESC LIMIT %s OFFSET %s) r "
            "JOIN search_searchentry e ON e.id = r.id ORDER BY r.rank DESC, e.id DESC"
        ), [*params, match]

    def write(self, cursor, rows):
        cursor.executemany(
            "INSERT INTO search_fulltext (entry_id, vector, rank_vector) VALUES (%s, "
            "setweight(to_tsvector('simple', %s), 'A') || "
            "setweight(to_tsvector('simple', %s), 'C') || array_to_tsvector(%s::text[]), "
            "setweight(to_tsvector('simple', %s), 'A') || "
            "setweight(to_tsvector('simple', %s), 'B'))",
            [
                (entry_id, title, text, lexemes, title, summary)
                for entry_id, title, text, summary, lexemes in rows
            ],
        )

    def remove(self, cursor, ids):
        cursor.execute("DELETE FROM search_fulltext WHERE entry_id = ANY(%s)", [list(ids)])


class DatabaseBackend(SearchBackend):
    name = "database"

    def __init__(self, ranked_candidates=1000, exact_facets=10_000, **options):
        super().__init__(**options)
        self.ranked_candidates = ranked_candidates
        self.exact_facets = exact_facets

    @property
    def dialect(self):
        if connection.vendor == "postgresql":
            return PostgreSQLDialect(self.ranked_candidates)
        return SQLiteDialect(self.ranked_candidates)

    # Writing ------------------------------------------------------------------
    def index(self, entries):
        with transaction.atomic():
            with connection.cursor() as cursor:
                self.dialect.lock(cursor, rebuilding=False)
            self._replace(list(entries))

    def delete(self, keys):
        with transaction.atomic():
            with connection.cursor() as cursor:
                self.dialect.lock(cursor, rebuilding=False)
            self._remove(SearchEntry.objects.filter(key__in=list(keys)))

    def _remove(self, rows):
        ids = list(rows.values_list("id", flat=True))
        if ids:
            with connection.cursor() as cursor:
                self.dialect.remove(cursor, ids)
            SearchEntry.objects.filter(id__in=ids).delete()

    def _replace(self, entries):
        """Write the entries whose reading is newer than the one stored."""
        stored = dict(
            SearchEntry.objects.filter(key__in=[entry.key for entry in entries]).values_list(
                "key", "version"
            )
        )
        newer = [entry for entry in entries if stored.get(entry.key, -1) < entry.version]
        self._remove(SearchEntry.objects.filter(key__in=[entry.key for entry in newer]))
        self._insert(newer)

    def rebuild(self, entries):
        # One transaction: readers see the old index until it commits, and
        # changes meanwhile wait for it, then apply if they are newer. A
        # rebuild inside the caller's transaction leaves the vacuum, which
        # cannot run in one, to autovacuum.
        vacuum = not connection.in_atomic_block
        with transaction.atomic():
            with connection.cursor() as cursor:
                self.dialect.lock(cursor, rebuilding=True)
                self.dialect.clear(cursor)
            SearchEntry.objects.all().delete()
            SearchTerm.objects.all().delete()
            entries = iter(entries)
            while batch := list(itertools.islice(entries, BATCH)):
                self._replace(batch)
            with connection.cursor() as cursor:
                self.dialect.analyze(cursor)
        if vacuum:
            with connection.cursor() as cursor:
                self.dialect.vacuum(cursor)

    def _insert(self, entries):
        if not entries:
            return
        rows = SearchEntry.objects.bulk_create(
            SearchEntry(
                key=entry.key,
                page_id=entry.page_id,
                content_type=entry.content_type,
                url=entry.url,
                language=entry.language,
                date=entry.date,
                title=entry.title[:500],
                summary=entry.summary,
                body=entry.body,
                files=entry.files,
                type=entry.type,
                year=entry.year,
                version=entry.version,
            )
            for entry in entries
        )
        SearchFacet.objects.bulk_create(
            [
                SearchFacet(entry_id=row.id, name=name, value=value[:100])
                for row, entry in zip(rows, entries, strict=True)
                for name, value in entry.facets()
            ],
            ignore_conflicts=True,
        )
        fulltext = []
        terms = set()
        for row, entry in zip(rows, entries, strict=True):
            title_terms = analysis.index_terms(entry.title, entry.language)
            terms.update(term for term in analysis.words(entry.title) if len(term) > 2)
            text = " ".join([entry.summary, entry.body, entry.files])
            fulltext.append(
                (
                    row.id,
                    " ".join(title_terms),
                    " ".join(analysis.index_terms(text, entry.language)),
                    " ".join(analysis.index_terms(entry.summary, entry.language)),
                    [facet_lexeme(name, value) for name, value in entry.facets()],
                )
            )
        with connection.cursor() as cursor:
            self.dialect.write(cursor, fulltext)
        SearchTerm.objects.bulk_create(
            [SearchTerm(term=term[:100]) for term in terms], ignore_conflicts=True
        )

    # Reading ------------------------------------------------------------------
    def search(self, query):
        dialect = self.dialect
        groups = [analysis.query_variants(word) for word in query.words]
        match = dialect.match(groups) if groups else None
        filters = {name: list(query.filters[name]) for name in FACETS if query.filters.get(name)}
        # Each facet is counted among the matches that meet the other facets'
        # choices (its population), so a reader who chose Serbia still sees
        # what each other country would add. The facets nobody chose share the
        # population of the results (None).
        populations = {
            population: {name: values for name, values in filters.items() if name != population}
            for population in [None, *filters]
        }
        if match is not None and query.sort == "relevance":
            page_sql, page_params = dialect.ranked(match, filters)
        else:
            # The matches first, then their dates: walking the date index
            # until enough of them turn up is slow when few match.
            ids, page_params = dialect.population(match, filters)
            page_sql = (
                f"WITH m AS MATERIALIZED ({ids}) SELECT e.* FROM search_searchentry e "
                "JOIN m ON m.id = e.id ORDER BY e.date DESC, e.id DESC LIMIT %s OFFSET %s"
            )
        sizes_sql, sizes_params = [], []
        for chosen in populations.values():
            ids, params = dialect.population(match, chosen)
            sizes_sql.append(f"(SELECT count(*) FROM ({ids}) p)")
            sizes_params += params
        with dialect.reading(), connection.cursor() as cursor:
            cursor.execute(f"SELECT {', '.join(sizes_sql)}", sizes_params)
            sizes = dict(zip(populations, cursor.fetchone(), strict=True))
            total = sizes[None]
            cursor.execute(page_sql, [*page_params, query.per_page, query.offset])
            columns = [column[0] for column in cursor.description]
            rows = [SearchEntry(**dict(zip(columns, row, strict=True))) for row in cursor]
            facets, estimated = self._count_facets(cursor, match, filters, populations, sizes)
        hits = [
            Hit(
                entry=row,
                snippets=[
                    text
                    for text in (
                        snippet(row.body, query.words, row.language),
                        snippet(row.files, query.words, row.language),
                    )
                    if text
                ],
            )
            for row in rows
        ]
        suggestion = self._did_you_mean(query.words) if groups and not total else ""
        return SearchResults(
            total=total,
            hits=hits,
            facets=facets,
            suggestion=suggestion,
            estimated_facets=estimated,
        )

    def _count_facets(self, cursor, match, filters, populations, sizes):
        """Every facet's (value, count) pairs among its population, in one
        statement, and whether any count is an estimate from a sample."""
        dialect = self.dialect
        counting, params = [], []
        for population, chosen in populations.items():
            if population is not None:
                names, names_params = "AND name = %s", [population]
            elif len(filters) == len(FACETS):
                continue  # every facet is chosen: none is counted among the results
            elif filters:
                names = f"AND name NOT IN ({', '.join(['%s'] * len(filters))})"
                names_params = list(filters)
            else:
                names, names_params = "", []
            size = sizes[population]
            if not size:
                continue
            buckets = SAMPLE_BUCKETS
            if size > self.exact_facets:
                buckets = math.ceil(SAMPLE_BUCKETS * self.exact_facets / size)
            ids, ids_params = dialect.population(match, chosen, buckets)
            counting.append(dialect.facet_counts(ids, names))
            params += [*ids_params, *names_params]
            if buckets < SAMPLE_BUCKETS:
                counting.append(f"SELECT %s, %s, count(*) FROM ({ids}) s")
                params += [SAMPLE, population or "", *ids_params]
        facets, samples = {}, {}
        if counting:
            cursor.execute(" UNION ALL ".join(counting), params)
            rows = cursor.fetchall()
            samples = {value or None: count for name, value, count in rows if name == SAMPLE}
            for name, value, count in rows:
                if name == SAMPLE:
                    continue
                population = name if name in filters else None
                # A count in a sample is scaled up by the sample's share of its
                # population, and never says more than the population holds.
                size = sizes[population]
                estimate = (
                    min(round(count * size / samples[population]), size)
                    if population in samples
                    else count
                )
                facets.setdefault(name, []).append((value, estimate))
        return facets, bool(samples)

    def _did_you_mean(self, words):
        """The query with each unknown word replaced by the closest title word."""
        words = words[:8]
        starts = Q()
        for word in words:
            starts |= Q(term__startswith=word[:1])
        candidates = list(SearchTerm.objects.filter(starts).values_list("term", flat=True)[:50000])
        corrected = []
        for word in words:
            close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.7)
            corrected.append(close[0] if close else word)
        return " ".join(corrected) if corrected != list(words) else ""

    def complete(self, prefix, limit=8):
        words = analysis.words(prefix)[:8]
        if not words:
            return []
        dialect = self.dialect
        joiner = " & " if connection.vendor == "postgresql" else " AND "
        match = joiner.join(
            [dialect.match([[word]]) for word in words[:-1]] + [dialect.prefix(words[-1])]
        )
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT e.title, max(e.date) FROM search_searchentry e "
                f"WHERE e.id IN ({dialect.matching_ids()}) GROUP BY e.title "
                "ORDER BY max(e.date) DESC LIMIT %s",
                [match, limit],
            )
            return [title for title, _date in cursor.fetchall()]

    def status(self):
        return f"{SearchEntry.objects.count()} pages indexed in the {connection.vendor} database."
