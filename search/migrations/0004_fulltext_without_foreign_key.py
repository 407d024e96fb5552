"""PostgreSQL: the full-text rows no longer reference their entry with a
foreign key. Django's flush (every transactional test, ``manage.py flush``)
truncates only the tables it knows, and PostgreSQL refuses to truncate a table
that another references; the backend deletes the rows itself, as on SQLite."""

from django.db import migrations


def drop_foreign_key(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE search_fulltext DROP CONSTRAINT IF EXISTS search_fulltext_entry_id_fkey"
        )


def add_foreign_key(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE search_fulltext ADD CONSTRAINT search_fulltext_entry_id_fkey "
            "FOREIGN KEY (entry_id) REFERENCES search_searchentry (id) "
            "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED"
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0003_rank_vector")]

    operations = [migrations.RunPython(drop_foreign_key, add_foreign_key)]
