"""Full-text search over process profiles with German stemming, the same on SQLite and PostgreSQL.

Words are analysed in Python (``core.german``: Snowball stems and compound parts), so both databases see
identical tokens. The tokens are stored in ``ProcessProfile.search_document``. PostgreSQL
searches them through the stored generated ``tsvector`` column ``search_vector`` with a GIN index (migration
0003), SQLite through the FTS5 table ``register_profile_fts`` kept in step by ``index_profiles``.

A query word matches a profile that contains a word starting with its stem, or, for a compound query word,
the compound's leading parts ("Hundesteuer" finds "Hund anmelden"). All query words must match; the rank
weighs matches in the name three times.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db import connection

# The analysis lives in core.german; the register's callers and tests know its names from here.
from core.german import (  # noqa: F401
    MAX_QUERY_WORDS,
    QueryWord,
    analyse,
    compound_parts,
    parse_query,
    stem,
    words,
)

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from register.models import ProcessProfile
    from tenants.models import Tenant

FTS_TABLE = "register_profile_fts"


def build_document(*, name: str, number: str, fields: Iterable[str]) -> str:
    """The search document of a profile: the name counts three times, everything else once."""
    name_tokens = " ".join(analyse(f"{name} {number}"))
    rest = " ".join(" ".join(analyse(text)) for text in fields if text)
    return " ".join(part for part in (name_tokens, name_tokens, name_tokens, rest) if part)


def _fts5_expression(query_words: list[QueryWord]) -> str:
    clauses = []
    for word in query_words:
        options = [f'"{word.stem}"*'] + [f'"{part}"' for part in word.parts if part != word.stem]
        clauses.append("(" + " OR ".join(options) + ")")
    return " AND ".join(clauses)


def _tsquery_expression(query_words: list[QueryWord]) -> str:
    clauses = []
    for word in query_words:
        options = [f"{word.stem}:*"] + [part for part in word.parts if part != word.stem]
        clauses.append("(" + " | ".join(options) + ")")
    return " & ".join(clauses)


def search_profiles(
    queryset: QuerySet[ProcessProfile], query: str, *, tenant: Tenant
) -> QuerySet[ProcessProfile]:
    """Limit ``queryset`` (of ``tenant``) to matches of ``query``; annotate ``search_rank`` (higher first)."""
    query_words = parse_query(query)
    if not query_words:
        return queryset
    table = queryset.model._meta.db_table
    if connection.vendor == "postgresql":
        tsquery = _tsquery_expression(query_words)
        vector = f'"{table}"."search_vector"'  # stored generated column, migration 0003
        # Only bound parameters carry user input; the table name is the model's own.
        return queryset.extra(  # noqa: S610
            select={"search_rank": f"ts_rank({vector}, to_tsquery('simple'::regconfig, %s))"},
            select_params=[tsquery],
            where=[f"{vector} @@ to_tsquery('simple'::regconfig, %s)"],
            params=[tsquery],
        )
    # The FTS5 query names the tenant's token, so it only walks this tenant's matches; the profiles are
    # then fetched by rowid. (A join would let SQLite run the MATCH once per profile of the tenant.)
    # Only bound parameters carry user input; table names are our own constants.
    expression = f"tenant : {_tenant_token(tenant.pk)} AND document : ({_fts5_expression(query_words)})"
    rank = (
        f"(SELECT -bm25({FTS_TABLE}, 1.0, 0.0) FROM {FTS_TABLE} "  # noqa: S608
        f'WHERE {FTS_TABLE} MATCH %s AND {FTS_TABLE}.rowid = "{table}"."id")'
    )
    matches = f'"{table}"."id" IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)'  # noqa: S608
    return queryset.extra(  # noqa: S610
        select={"search_rank": rank}, select_params=[expression], where=[matches], params=[expression]
    )


def _tenant_token(tenant_id: int) -> str:
    return f"t{tenant_id}"


def sync_fts(rows: Iterable[tuple[int, str]]) -> None:
    """Write (profile id, document) pairs into SQLite's FTS5 table; PostgreSQL needs nothing.

    The profiles must exist: each FTS row also carries its tenant's token, read from the profile.
    """
    if connection.vendor != "sqlite":
        return
    rows = list(rows)
    if not rows:
        return
    from register.models import ProcessProfile

    profiles = ProcessProfile._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(pk,) for pk, _ in rows])  # noqa: S608
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE}(rowid, document, tenant) "  # noqa: S608
            f"SELECT id, %s, 't' || tenant_id FROM {profiles} WHERE id = %s",
            [(document, pk) for pk, document in rows],
        )


def drop_from_fts(ids: Iterable[int]) -> None:
    """Remove deleted profiles from SQLite's FTS5 table."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(pk,) for pk in ids])  # noqa: S608
