"""PostgreSQL: each entry's facet values join its vector as lexemes
(``country=RS``), so the GIN index intersects a search's words with its
chosen facets instead of testing every match against the facet rows."""

from django.db import migrations

ADD = """
UPDATE search_fulltext f SET vector = f.vector || array_to_tsvector(ARRAY(
    SELECT DISTINCT s.name || '=' || s.value FROM search_searchfacet s
    WHERE s.entry_id = f.entry_id
))
"""
REMOVE = """
UPDATE search_fulltext f SET vector = ts_delete(f.vector, ARRAY(
    SELECT s.name || '=' || s.value FROM search_searchfacet s WHERE s.entry_id = f.entry_id
))
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(ADD)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(REMOVE)


class Migration(migrations.Migration):
    dependencies = [("search", "0006_entry_version")]

    operations = [migrations.RunPython(forwards, backwards)]
