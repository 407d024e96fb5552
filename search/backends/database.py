"""The embedded default: the site's own database. SQLite answers from an FTS5
table, PostgreSQL from a ``tsvector`` column with a GIN index; both hold the
folded and stemmed terms of search.analysis, so they find what OpenSearch
finds.

What keeps a very frequent word fast on PostgreSQL: matches come from the GIN
index, never from reading every vector; relevance ranks a bounded set of
candidates (``ranked_candidates``); and above ``exact_facets`` matches the
facet counts are estimated from a fixed share of the matches (every entry whose
id falls in the first buckets of a hundred), and the page says so. The total
is always exact."""

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


class SQLiteDialect(Dialect):
    def match(self, groups):
        return " AND ".join(
            "(" + " OR ".join(f'"{variant}"' for variant in group) + ")" for group in groups
        )

    def prefix(self, word):
        return f'{{title}} : "{word}"*'

    def matching_ids(self, sample=""):
        return f"SELECT rowid AS id FROM search_fulltext WHERE search_fulltext MATCH %s {sample}"

    def sample(self, buckets):
        return f"AND rowid %% {SAMPLE_BUCKETS} < {int(buckets)}"

    def facet_counts(self, matched):
        return (
            "SELECT s.name, s.value, count(*) FROM search_searchfacet s "
            f"WHERE s.entry_id IN (SELECT e.id {matched}) GROUP BY s.name, s.value"
        )

    def ranked(self, where, filters):
        return (
            "SELECT e.* FROM search_fulltext f JOIN search_searchentry e ON e.id = f.rowid "
            f"WHERE search_fulltext MATCH %s {where} "
            "ORDER BY bm25(search_fulltext, 4.0, 1.0), e.date DESC LIMIT %s OFFSET %s"
        )

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

    @contextlib.contextmanager
    def reading(self):
        # The planner counts nothing for reading a vector stored out of line,
        # so for a frequent word it would read every vector rather than the
        # index: the queries of one search read matches from the GIN index.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            yield

    def matching_ids(self, sample=""):
        return (
            # OFFSET 0 plans the match on its own, from the index, before any
            # filter joins it: a filter must not make it test vector by vector.
            "SELECT entry_id AS id FROM search_fulltext "
            f"WHERE vector @@ to_tsquery('simple', %s) {sample} OFFSET 0"
        )

    def sample(self, buckets):
        return f"AND entry_id %% {SAMPLE_BUCKETS} < {int(buckets)}"

    def facet_counts(self, matched):
        # Each match's own facet rows, from the index: never all of them.
        return (
            f"SELECT s.name, s.value, count(*) FROM (SELECT e.id {matched}) m "
            "CROSS JOIN LATERAL (SELECT name, value FROM search_searchfacet "
            "WHERE entry_id = m.id OFFSET 0) s GROUP BY s.name, s.value"
        )

    def ranked(self, where, filters):
        # Rank a bounded set of candidates on their small title-and-summary
        # vector, then read the entries of one page only.
        return (
            "SELECT e.* FROM (SELECT c.id, ts_rank(c.rank_vector, c.query) AS rank "
            "FROM (SELECT e.id, e.rank_vector, e.query FROM (SELECT f.entry_id AS id, "
            "f.rank_vector, q.query FROM search_fulltext f, to_tsquery('simple', %s) q(query) "
            f"WHERE f.vector @@ q.query OFFSET 0) e WHERE 1 = 1 {where} "
            f"LIMIT {int(self.ranked_candidates)}) c "
            "ORDER BY rank DESC, c.id DESC LIMIT %s OFFSET %s) r "
            "JOIN search_searchentry e ON e.id = r.id ORDER BY r.rank DESC, e.id DESC"
        )

    def write(self, cursor, rows):
        cursor.executemany(
            "INSERT INTO search_fulltext (entry_id, vector, rank_vector) VALUES (%s, "
            "setweight(to_tsvector('simple', %s), 'A') || "
            "setweight(to_tsvector('simple', %s), 'C'), "
            "setweight(to_tsvector('simple', %s), 'A') || "
            "setweight(to_tsvector('simple', %s), 'B'))",
            [(entry_id, title, text, title, summary) for entry_id, title, text, summary in rows],
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
        # changes meanwhile wait for it, then apply if they are newer.
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
                )
            )
        with connection.cursor() as cursor:
            self.dialect.write(cursor, fulltext)
        SearchTerm.objects.bulk_create(
            [SearchTerm(term=term[:100]) for term in terms], ignore_conflicts=True
        )

    # Reading ------------------------------------------------------------------
    def _filters(self, filters):
        sql, params = [], []
        for name in FACETS:
            values = filters.get(name)
            if values:
                marks = ", ".join(["%s"] * len(values))
                sql.append(
                    "AND e.id IN (SELECT entry_id FROM search_searchfacet "
                    f"WHERE name = %s AND value IN ({marks}))"
                )
                params += [name, *values]
        return " ".join(sql), params

    def search(self, query):
        dialect = self.dialect
        where, where_params = self._filters(query.filters)
        groups = [analysis.query_variants(word) for word in query.words]
        match = dialect.match(groups) if groups else None

        def matching(sample=None):
            """The FROM clause of the matching ids (only those in the first
            ``sample`` buckets, if given): the full-text table alone."""
            if match is None:
                ids, params = "SELECT id FROM search_searchentry", where_params
                if sample:
                    ids += f" WHERE id %% {SAMPLE_BUCKETS} < {int(sample)}"
            else:
                ids = dialect.matching_ids(dialect.sample(sample) if sample else "")
                params = [match, *where_params]
            return f"FROM ({ids}) e WHERE 1 = 1 {where}", params

        base, base_params = matching()
        if match is not None and query.sort == "relevance":
            page_sql = dialect.ranked(where, query.filters)
            page_params = [match, *where_params, query.per_page, query.offset]
        elif match is not None:
            # The matches first, then their dates: walking the date index
            # until enough of them turn up is slow when few match.
            page_sql = (
                f"WITH m AS MATERIALIZED (SELECT e.id {base}) SELECT e.* FROM search_searchentry e "
                "JOIN m ON m.id = e.id ORDER BY e.date DESC, e.id DESC LIMIT %s OFFSET %s"
            )
            page_params = [*base_params, query.per_page, query.offset]
        else:
            page_sql = (
                f"SELECT e.* FROM search_searchentry e WHERE e.id IN (SELECT e.id {base}) "
                "ORDER BY e.date DESC, e.id DESC LIMIT %s OFFSET %s"
            )
            page_params = [*base_params, query.per_page, query.offset]
        with dialect.reading(), connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) {base}", base_params)
            total = cursor.fetchone()[0]
            cursor.execute(page_sql, page_params)
            columns = [column[0] for column in cursor.description]
            rows = [SearchEntry(**dict(zip(columns, row, strict=True))) for row in cursor]
            buckets = SAMPLE_BUCKETS
            if total > self.exact_facets:
                buckets = math.ceil(SAMPLE_BUCKETS * self.exact_facets / total)
            counted, counted_params = matching(buckets if buckets < SAMPLE_BUCKETS else None)
            # The row without a name counts the entries the facets were counted over.
            cursor.execute(
                f"{dialect.facet_counts(counted)} UNION ALL SELECT '', '', count(*) {counted}",
                [*counted_params, *counted_params],
            )
            counts = cursor.fetchall()
        counted_entries = next(count for name, _value, count in counts if not name)
        scale = total / counted_entries if counted_entries else 1
        facets = {}
        for name, value, count in counts:
            if name:
                facets.setdefault(name, []).append((value, round(count * scale)))
        hits = [
            Hit(
                entry=row,
                snippets=[
                    text
                    for text in (snippet(row.body, query.words), snippet(row.files, query.words))
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
            estimated_facets=buckets < SAMPLE_BUCKETS,
        )

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
