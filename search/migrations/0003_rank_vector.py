"""PostgreSQL ranks on a small vector of the title and summary: ranking on the
whole text means reading every candidate's large vector from TOAST."""

from django.db import migrations


def add(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE search_fulltext ADD COLUMN rank_vector tsvector NOT NULL DEFAULT ''"
        )


def remove(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_fulltext DROP COLUMN rank_vector")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext")]

    operations = [migrations.RunPython(add, remove)]
