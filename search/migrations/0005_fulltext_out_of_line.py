"""PostgreSQL: the full-text rows keep their vectors out of line, so the rows a
search reads for its counts are a few dozen bytes. Rows written before take
the new layout at the next ``rebuild_search_index``."""

from django.db import migrations


def narrow(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_fulltext SET (toast_tuple_target = 128)")


def widen(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_fulltext RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_fulltext_without_foreign_key")]

    operations = [migrations.RunPython(narrow, widen)]
