"""PostgreSQL: the full-text rows keep their vectors out of line, so the rows a
search reads for its counts are a few dozen bytes, and an index on the sample
bucket lets facet counts read a share of the matches. Rows written before take
the new layout at the next ``rebuild_search_index``."""

from django.db import migrations


def narrow(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_fulltext SET (toast_tuple_target = 128)")
        schema_editor.execute(
            "CREATE INDEX search_fulltext_sample ON search_fulltext ((entry_id % 100))",
            params=None,
        )


def widen(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX search_fulltext_sample")
        schema_editor.execute("ALTER TABLE search_fulltext RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_fulltext_without_foreign_key")]

    operations = [migrations.RunPython(narrow, widen)]
