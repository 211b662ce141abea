"""SQLite: the FTS5 table gets a ``tenant`` column, so a search walks only the searching tenant's matches.

With ~200 tenants in one database, a MATCH over the whole table returns every tenant's hits; naming the
tenant's token in the query keeps the work proportional to one register. PostgreSQL is untouched.
"""

from django.db import migrations

TABLE = "register_profile_fts"
OPTIONS = "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4'"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(f"DROP TABLE IF EXISTS {TABLE}")
    schema_editor.execute(f"CREATE VIRTUAL TABLE {TABLE} USING fts5(document, tenant, {OPTIONS})")
    schema_editor.execute(
        f"INSERT INTO {TABLE}(rowid, document, tenant) "
        "SELECT id, search_document, 't' || tenant_id FROM register_processprofile"
    )


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(f"DROP TABLE IF EXISTS {TABLE}")
    schema_editor.execute(f"CREATE VIRTUAL TABLE {TABLE} USING fts5(document, {OPTIONS})")
    schema_editor.execute(
        f"INSERT INTO {TABLE}(rowid, document) SELECT id, search_document FROM register_processprofile"
    )


class Migration(migrations.Migration):
    dependencies = [("register", "0003_stored_search_vector")]
    operations = [migrations.RunPython(forward, backward)]
