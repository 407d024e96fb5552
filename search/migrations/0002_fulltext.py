"""The full-text table of the database engine, in each database's own kind:
an FTS5 table on SQLite, a tsvector column with a GIN index on PostgreSQL."""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE search_fulltext USING fts5(title, content, tokenize='unicode61')",
]
SQLITE_DROP = ["DROP TABLE search_fulltext"]
POSTGRESQL = [
    "CREATE TABLE search_fulltext ("
    " entry_id bigint PRIMARY KEY REFERENCES search_searchentry (id)"
    " ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " vector tsvector NOT NULL)",
    "CREATE INDEX search_fulltext_vector ON search_fulltext USING gin (vector)",
]
POSTGRESQL_DROP = ["DROP TABLE search_fulltext"]


def run(statements):
    def operation(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for sql in statements.get(vendor, []):
            schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            run({"sqlite": SQLITE_DROP, "postgresql": POSTGRESQL_DROP}),
        )
    ]
