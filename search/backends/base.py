"""The interface every search engine implements, and what a search returns.

The view builds a SearchQuery and reads SearchResults; it never learns which
engine answered. An engine that cannot be reached raises SearchUnavailable,
with the reason for the operator; readers get the degraded page instead.
"""

from dataclasses import dataclass, field

FACETS = ("type", "country", "year", "language", "policy_area")
SORTS = ("relevance", "newest")


class SearchUnavailable(Exception):
    """The engine did not answer; the message is for the log and the admin."""


@dataclass
class SearchQuery:
    words: list
    filters: dict = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = 10

    @property
    def offset(self):
        return (self.page - 1) * self.per_page


@dataclass
class Hit:
    entry: object
    snippets: list = field(default_factory=list)


@dataclass
class SearchResults:
    total: int
    hits: list
    facets: dict
    suggestion: str = ""
    # True when the facet counts are estimates from a share of the matches.
    estimated_facets: bool = False


class SearchBackend:
    """Indexes entries (search.documents.IndexEntry) and answers queries. Every
    search makes a fixed number of round trips, however many pages match."""

    name = ""

    def __init__(self, **options):
        self.options = options

    def index(self, entries):
        raise NotImplementedError

    def delete(self, keys):
        raise NotImplementedError

    def rebuild(self, entries):
        """Replace the whole index with ``entries`` while search keeps
        answering from the old one."""
        raise NotImplementedError

    def search(self, query):
        raise NotImplementedError

    def complete(self, prefix, limit=8):
        """Titles that start with what the reader is typing."""
        raise NotImplementedError

    def status(self):
        """A sentence for the admin; raises SearchUnavailable when down."""
        raise NotImplementedError
