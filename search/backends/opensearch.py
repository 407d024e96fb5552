"""OpenSearch (2 and 3): the index, its analyzers and its queries are defined
with elasticsearch-dsl and sent through opensearch-py, since the official
Elasticsearch client refuses a server that is not Elasticsearch.

The index lives behind an alias: a rebuild fills a new index and swaps the
alias in one request, so search answers throughout."""

import time
from functools import partial

from elasticsearch.dsl import Date, Index, Integer, Keyword, Mapping, Q, Search, Text
from elasticsearch.dsl.aggs import Terms
from opensearchpy import OpenSearch, helpers
from opensearchpy.exceptions import NotFoundError, OpenSearchException

from search import analysis
from search.backends.base import (
    FACETS,
    Hit,
    SearchBackend,
    SearchQuery,
    SearchResults,
    SearchUnavailable,
)

TEXT_FIELDS = ("title", "summary", "body", "files")
HIGHLIGHTED = ("body", "files")
FACET_SIZE = 60
# Seconds for the calls of a rebuild: bulk writes and merging segments.
PATIENT_TIMEOUT = 600


def mapping():
    fields = Mapping()
    fields.field("key", Keyword())
    fields.field("page_id", Integer())
    fields.field("content_type", Keyword())
    fields.field("url", Keyword(index=False))
    fields.field("date", Date())
    fields.field("year", Integer())
    for name in ("type", "language", "country", "policy_area"):
        fields.field(name, Keyword())
    # The body and the files are highlighted, by their words and by their
    # stems: their positions are stored so highlighting reads them instead of
    # analysing the text of every hit again.
    stemmed = {
        language_family: Text(analyzer=f"iris_{language_family}", index_options="offsets")
        for language_family in analysis.FAMILIES
    }
    for name in TEXT_FIELDS:
        highlighted = {"fields": stemmed, "index_options": "offsets"}
        fields.field(
            name,
            Text(
                analyzer="iris_folded",
                copy_to="all",
                **(highlighted if name in HIGHLIGHTED else {}),
            ),
        )
    fields.field("all", Text(analyzer="iris_folded"))
    for language_family in analysis.FAMILIES:
        fields.field(f"stemmed_{language_family}", Text(analyzer=f"iris_{language_family}"))
    return fields


def index_definition(name, **settings):
    index = Index(name)
    index.settings(
        number_of_shards=1,
        number_of_replicas=0,
        analysis=analysis.opensearch_analysis(),
        **settings,
    )
    index.mapping(mapping())
    return index


def source(entry):
    text = " ".join([entry.title, entry.summary, entry.body, entry.files])
    return {
        "key": entry.key,
        "page_id": entry.page_id,
        "content_type": entry.content_type,
        "url": entry.url,
        "language": entry.language,
        "date": entry.date.isoformat() if entry.date else None,
        "year": entry.year,
        "type": entry.type,
        "country": list(entry.countries),
        "policy_area": list(entry.policy_areas),
        "title": entry.title,
        "summary": entry.summary,
        "body": entry.body,
        "files": entry.files,
        f"stemmed_{analysis.family(entry.language)}": text,
    }


class StoredEntry:
    """A hit's entry, read from the index's _source."""

    def __init__(self, document):
        for name in ("key", "page_id", "content_type", "url", "language", "title", "summary"):
            setattr(self, name, document.get(name, ""))
        self.type = document.get("type", "")
        self.year = document.get("year")
        self.date = document.get("date")


def build_search(query):
    """The elasticsearch-dsl Search of one results page, with its facets and
    highlights: one request.

    The chosen facet values filter the hits after matching (``post_filter``),
    and each facet is counted under the other facets' choices only, so a
    reader who chose Serbia still sees how many documents each other country
    would add."""
    search = Search()
    text = " ".join(query.words)
    if query.words:
        matches = [Q("match", all={"query": text, "operator": "and"})] + [
            Q("match", **{f"stemmed_{language_family}": {"query": text, "operator": "and"}})
            for language_family in analysis.FAMILIES
        ]
        search = search.query(
            Q(
                "bool",
                must=[Q("bool", should=matches, minimum_should_match=1)],
                should=[
                    Q("match", title={"query": text, "boost": 3}),
                    Q("match_phrase", title={"query": text, "boost": 2}),
                    Q("match", summary={"query": text, "boost": 1.5}),
                ],
            )
        )
        search = search.highlight_options(
            pre_tags=["<mark>"],
            post_tags=["</mark>"],
            encoder="html",
            fragment_size=160,
            number_of_fragments=1,
            no_match_size=0,
        )
        for name in HIGHLIGHTED:
            for field_name in (name, *(f"{name}.{family}" for family in analysis.FAMILIES)):
                search = search.highlight(
                    field_name, highlight_query=Q("match", **{field_name: text}).to_dict()
                )
    chosen = {
        name: Q("terms", **{name: list(values)})
        for name in FACETS
        if (values := query.filters.get(name))
    }
    if chosen:
        search = search.post_filter(Q("bool", filter=list(chosen.values())))
    for name in FACETS:
        counted = Terms(field=name, size=FACET_SIZE)
        others = [condition for other, condition in chosen.items() if other != name]
        if others:
            search.aggs.bucket(name, "filter", filter=Q("bool", filter=others)).bucket(
                "values", counted
            )
        else:
            search.aggs.bucket(name, counted)
    if query.words and query.sort == "relevance":
        search = search.sort("_score", {"date": {"order": "desc", "missing": "_last"}})
    else:
        search = search.sort({"date": {"order": "desc", "missing": "_last"}}, "key")
    search = search.source(excludes=["body", "files", "stemmed_*"])
    search = search.extra(track_total_hits=True)
    return search[query.offset : query.offset + query.per_page]


def build_suggestion(words):
    """The spelling suggestion for a search that found nothing: asked only
    then, since it costs as much as the facets."""
    text = " ".join(words)
    return (
        Search()
        .suggest("did_you_mean", text, term={"field": "all", "suggest_mode": "popular"})
        .extra(size=0)
    )


def facet_counts(aggregations):
    """(value, count) pairs per facet, from plain or filtered aggregations."""
    counts = {}
    for name in FACETS:
        aggregation = aggregations[name]
        buckets = aggregation.get("values", aggregation)["buckets"]
        counts[name] = [(str(bucket["key"]), bucket["doc_count"]) for bucket in buckets]
    return counts


def snippets(highlight):
    """One fragment for the body and one for the files: the first field of
    each (folded, then stemmed) that marked something."""
    found = []
    for name in HIGHLIGHTED:
        for field_name in (name, *(f"{name}.{family}" for family in analysis.FAMILIES)):
            if highlight.get(field_name):
                found.append(highlight[field_name][0])
                break
    return found


class OpenSearchBackend(SearchBackend):
    name = "opensearch"
    not_found = NotFoundError
    failures = (OpenSearchException, OSError)

    helpers = helpers

    def __init__(
        self, hosts, index="iris", http_auth=None, timeout=5, rebuild_threads=2, **options
    ):
        super().__init__(**options)
        self.alias = index
        self.rebuild_threads = rebuild_threads
        self.hosts = hosts
        self.client = self.connect(hosts, http_auth, timeout)
        self.patient_client = self.connect(
            hosts, http_auth, PATIENT_TIMEOUT, connections=rebuild_threads
        )

    def connect(self, hosts, http_auth, timeout, connections=1):
        return OpenSearch(
            hosts=hosts,
            http_auth=http_auth,
            timeout=timeout,
            max_retries=0,
            pool_maxsize=connections,
        )

    def bulk(self, actions, refresh):
        # Writes name aliases only: one that has just gone must not be
        # created again as an index.
        _done, errors = self.helpers.bulk(
            self.patient_client,
            actions,
            refresh=refresh,
            require_alias=True,
            raise_on_error=False,
        )
        self._refuse_failures(errors)

    def bulk_in_parallel(self, actions):
        """A rebuild's writes, several requests at a time: one bulk request is
        analysed by one of the node's write threads."""
        results = self.helpers.parallel_bulk(
            self.patient_client,
            actions,
            thread_count=self.rebuild_threads,
            require_alias=True,
            raise_on_error=False,
        )
        self._refuse_failures([info for ok, info in results if not ok])

    def _refuse_failures(self, errors):
        # Not failures: deleting what is not there, a write older than the one
        # the index holds, and a write to a rebuild that has just finished.
        failed = [
            error for error in errors if next(iter(error.values())).get("status") not in (404, 409)
        ]
        if failed:
            raise SearchUnavailable(f"{self.name} refused {len(failed)} documents: {failed[:3]}")

    def _calling(self, call, *args, **kwargs):
        try:
            return call(*args, **kwargs)
        except self.not_found:
            raise
        except self.failures as error:
            raise SearchUnavailable(f"{self.name} at {self.hosts}: {error}") from error

    @property
    def rebuilding(self):
        """The alias of the index a rebuild is filling, written to as well."""
        return f"{self.alias}-rebuilding"

    def _write_targets(self):
        """The aliases a change goes to: the live index (created if there is
        none yet) and, during a rebuild, the index that will replace it."""
        # Every index this engine made is named after its alias.
        aliases = self._calling(self.client.indices.get_alias, index=f"{self.alias}-*")
        names = {name for index in aliases.values() for name in index["aliases"]}
        if self.alias not in names:
            self._create_index(aliases={self.alias: {}})
        return [self.alias, *([self.rebuilding] if self.rebuilding in names else [])]

    def _create_index(self, aliases, **settings):
        name = f"{self.alias}-{time.time_ns()}"
        body = {**index_definition(name, **settings).to_dict(), "aliases": aliases}
        self._calling(self.client.indices.create, index=name, body=body)
        return name

    def _writes(self, entries, target):
        for entry in entries:
            yield {
                "_index": target,
                "_id": entry.key,
                "_source": source(entry),
                "version": entry.version,
                "version_type": "external",
            }

    def _deletes(self, keys, target):
        version = time.time_ns() // 1000
        for key in keys:
            yield {
                "_op_type": "delete",
                "_index": target,
                "_id": key,
                "version": version,
                "version_type": "external",
            }

    def _change(self, actions):
        """Send ``actions(target)`` to each alias a change goes to: first the
        index a rebuild is filling (which nobody reads yet, and which does not
        refresh until it is full), so that an alias swap between the two
        requests loses nothing; then the live index, refreshed at once so
        that readers see the change when the task ends. Changes come from
        pages being published, a few a minute: the small segments this makes
        are merged away, where waiting for the next scheduled refresh would
        hold every update for up to a second."""
        for target in reversed(self._write_targets()):
            self._calling(self.bulk, actions(target), refresh=target == self.alias)

    def index(self, entries):
        entries = list(entries)
        if entries:
            self._change(partial(self._writes, entries))

    def delete(self, keys):
        keys = list(keys)
        if keys:
            self._change(partial(self._deletes, keys))

    def rebuild(self, entries):
        """Fill a new index, then swap it in behind the alias in one request.
        Changes made meanwhile go to both indexes; each keeps the newest
        reading of a page, so none is lost to the swap."""
        self._drop(self.rebuilding)  # left by a rebuild that did not finish
        # No refreshes while it fills: nobody reads it yet.
        name = self._create_index(aliases={self.rebuilding: {}}, refresh_interval="-1")
        self._calling(self.bulk_in_parallel, self._writes(entries, self.rebuilding))
        self._calling(
            self.client.indices.put_settings, index=name, body={"index": {"refresh_interval": None}}
        )
        self._calling(self.client.indices.refresh, index=name)
        # One segment, and its facet ordinals loaded by a first search, before
        # readers arrive: the first search of a fresh 100,000-document index
        # otherwise takes seconds, past the readers' timeout.
        self._calling(self.patient_client.indices.forcemerge, index=name, max_num_segments=1)
        self._calling(
            self.patient_client.search,
            index=name,
            body=build_search(SearchQuery(words=[])).to_dict(),
        )
        try:
            old = list(self._calling(self.client.indices.get_alias, name=self.alias))
        except self.not_found:
            old = []
        actions = [{"remove": {"index": index, "alias": self.alias}} for index in old]
        actions += [
            {"add": {"index": name, "alias": self.alias}},
            {"remove": {"index": name, "alias": self.rebuilding, "must_exist": True}},
        ]
        self._calling(self.client.indices.update_aliases, body={"actions": actions})
        for index in old:
            self._calling(self.client.indices.delete, index=index)
        return name

    def search(self, query):
        body = build_search(query).to_dict()
        try:
            response = self._calling(self.client.search, index=self.alias, body=body)
        except self.not_found:
            return SearchResults(total=0, hits=[], facets={})
        hits = [
            Hit(
                entry=StoredEntry(hit["_source"]),
                snippets=snippets(hit.get("highlight", {})),
            )
            for hit in response["hits"]["hits"]
        ]
        total = response["hits"]["total"]["value"]
        suggestion = self._did_you_mean(query.words) if query.words and not total else ""
        return SearchResults(
            total=total,
            hits=hits,
            facets=facet_counts(response["aggregations"]),
            suggestion=suggestion,
        )

    def _did_you_mean(self, words):
        """The query with each unknown word replaced by a frequent indexed one."""
        body = build_suggestion(words).to_dict()
        response = self._calling(self.client.search, index=self.alias, body=body)
        corrected = [
            (entry["options"][0]["text"] if entry["options"] else entry["text"])
            for entry in response["suggest"]["did_you_mean"]
        ]
        return " ".join(corrected) if corrected != analysis.words(" ".join(words)) else ""

    def complete(self, prefix, limit=8):
        search = (
            Search()
            .query(Q("match_phrase_prefix", title={"query": prefix, "max_expansions": 20}))
            .source(["title"])
            .sort({"date": {"order": "desc", "missing": "_last"}})[: limit * 2]
        )
        try:
            response = self._calling(self.client.search, index=self.alias, body=search.to_dict())
        except self.not_found:
            return []
        titles = []
        for hit in response["hits"]["hits"]:
            if hit["_source"]["title"] not in titles:
                titles.append(hit["_source"]["title"])
        return titles[:limit]

    def status(self):
        health = self._calling(self.client.cluster.health)
        try:
            count = self._calling(self.client.count, index=self.alias)["count"]
        except self.not_found:
            count = 0
        return f"{count} pages indexed; {self.name} cluster {health['status']}."

    def _drop(self, alias):
        try:
            for index in self._calling(self.client.indices.get_alias, name=alias):
                self._calling(self.client.indices.delete, index=index)
        except self.not_found:
            pass

    def drop(self):
        """Delete the aliases and every index behind them (tests, and starting over)."""
        self._drop(self.alias)
        self._drop(self.rebuilding)
