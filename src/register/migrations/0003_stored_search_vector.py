"""PostgreSQL: keep the search vector in a stored generated column instead of recomputing it per query.

Ranking (``ts_rank``) and filtering then read the stored vector; ``to_tsvector`` no longer runs for every row of
a tenant on each search. The column is not a model field: Django never selects or writes it, PostgreSQL keeps it
in step with ``search_document``. SQLite keeps its FTS5 table and needs nothing here.
"""

from django.db import migrations

SEARCH_VECTOR = "search_vector"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS profile_search_gin")
    schema_editor.execute(
        f"ALTER TABLE register_processprofile ADD COLUMN {SEARCH_VECTOR} tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_document)) STORED"
    )
    schema_editor.execute(
        f"CREATE INDEX profile_search_vector_gin ON register_processprofile USING gin ({SEARCH_VECTOR})"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE register_processprofile DROP COLUMN IF EXISTS {SEARCH_VECTOR}")
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS profile_search_gin ON register_processprofile "
        "USING gin (to_tsvector('simple'::regconfig, search_document))"
    )


class Migration(migrations.Migration):
    dependencies = [("register", "0002_full_text_search_indexes")]
    operations = [migrations.RunPython(create, drop)]
