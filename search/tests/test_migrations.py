"""An index that PostgreSQL held before facet values joined the vectors keeps
answering filtered searches once the migration has run."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from search.backends.base import SearchQuery
from search.backends.database import DatabaseBackend
from search.documents import IndexEntry

pytestmark = pytest.mark.services("postgresql")

BEFORE = ("search", "0006_entry_version")
AFTER = ("search", "0007_facet_lexemes")


def migrate(target):
    MigrationExecutor(connection).migrate([target])


def test_entries_indexed_before_facet_lexemes_are_found_by_facet_after(transactional_db):
    engine = DatabaseBackend()
    engine.index(
        [
            IndexEntry(
                key="page-1", page_id=1, content_type="wagtailcore.page", url="/brief/",
                language="en", date=None, title="Asylum brief", countries=["RS"],
            ),
            IndexEntry(
                key="page-2", page_id=2, content_type="wagtailcore.page", url="/law/",
                language="en", date=None, title="Asylum law", countries=["MK"],
            ),
        ]
    )  # fmt: skip
    in_serbia = SearchQuery(words=["asylum"], filters={"country": ["RS"]})

    migrate(BEFORE)
    before = engine.search(in_serbia)
    migrate(AFTER)
    after = engine.search(in_serbia)

    assert before.total == 0  # the old vectors knew no facet values
    assert [hit.entry.title for hit in after.hits] == ["Asylum brief"]
    assert dict(after.facets["country"]) == {"RS": 1, "MK": 1}
