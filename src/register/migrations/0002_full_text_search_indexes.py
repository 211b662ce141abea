"""Full-text search indexes: an FTS5 table on SQLite, a GIN expression index on PostgreSQL."""

from django.db import migrations


def create(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        schema_editor.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS register_profile_fts "
            "USING fts5(document, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4')"
        )
    elif connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS profile_search_gin ON register_processprofile "
            "USING gin (to_tsvector('simple'::regconfig, search_document))"
        )


def drop(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS register_profile_fts")
    elif connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS profile_search_gin")


class Migration(migrations.Migration):
    dependencies = [("register", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
