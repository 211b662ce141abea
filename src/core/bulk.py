"""Bulk writes through the database driver, for thousands of rows at once.

Django's ``bulk_update`` builds a ``CASE`` expression per field and row, and ``bulk_create`` prepares every
value through the ORM; for large imports and re-indexing both cost more than the database's own work. Here
one parameterised statement runs for every row (``executemany``), and PostgreSQL inserts through ``COPY``.
Only values the driver cannot take as they are (UUIDs, JSON, dates, decimals) go through their field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import connection, models

BATCH = 1000
COPY_UPDATE_FROM = 100  # rows from which PostgreSQL updates through COPY and a temporary table
# Field types whose Python values the drivers take unchanged.
_PLAIN_TYPES = frozenset(
    {
        "AutoField",
        "BigAutoField",
        "BigIntegerField",
        "BooleanField",
        "CharField",
        "ForeignKey",
        "IntegerField",
        "PositiveIntegerField",
        "PositiveSmallIntegerField",
        "SlugField",
        "SmallIntegerField",
        "TextField",
        "URLField",
    }
)


def _fields(model: type[models.Model], names: Sequence[str]) -> list[Any]:
    return [model._meta.get_field(name) for name in names]


def _row_values(fields: list[Any]) -> Any:
    """A function giving an object's values as the driver takes them (decided once per field, not per row)."""
    plain = [field.get_internal_type() in _PLAIN_TYPES for field in fields]

    def values(instance: Any) -> list[Any]:
        return [
            getattr(instance, field.attname)
            if is_plain
            else field.get_db_prep_save(getattr(instance, field.attname), connection)
            for field, is_plain in zip(fields, plain, strict=True)
        ]

    return values


def _columns(fields: list[Any]) -> list[str]:
    return [connection.ops.quote_name(field.column) for field in fields]


def update_rows(model: type[models.Model], objects: Iterable[models.Model], names: Sequence[str]) -> int:
    """Write the fields ``names`` of saved objects, one statement per row; returns how many rows."""
    values = _row_values(_fields(model, names))
    return _update(model, names, [[*values(obj), obj.pk] for obj in objects])


def update_values(model: type[models.Model], names: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Like ``update_rows`` for rows of plain values ``(value of names[0], …, pk)``, without model objects
    (building thousands of model instances costs more than the write)."""
    fields = _fields(model, names)
    prepare = [
        None if field.get_internal_type() in _PLAIN_TYPES else field.get_db_prep_save for field in fields
    ]
    prepared = [
        [
            value if how is None else how(value, connection)
            for how, value in zip(prepare, row[:-1], strict=True)
        ]
        + [row[-1]]
        for row in rows
    ]
    return _update(model, names, prepared)


def _update(model: type[models.Model], names: Sequence[str], rows: list[list[Any]]) -> int:
    fields = _fields(model, names)
    pk_column = connection.ops.quote_name(model._meta.pk.column)  # type: ignore[union-attr]
    if connection.vendor == "postgresql" and len(rows) >= COPY_UPDATE_FROM:
        return _update_through_copy(model, fields, pk_column, rows)
    assignments = ", ".join(f"{column} = %s" for column in _columns(fields))
    sql = f"UPDATE {model._meta.db_table} SET {assignments} WHERE {pk_column} = %s"  # noqa: S608 (ours)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            cursor.executemany(sql, rows[start : start + BATCH])
    return len(rows)


def _update_through_copy(
    model: type[models.Model], fields: list[Any], pk_column: str, rows: list[list[Any]]
) -> int:
    """PostgreSQL: ``COPY`` the new values into a temporary table and update from it in one statement
    (``executemany`` waits for the server once per row)."""
    pk = model._meta.pk
    assert pk is not None
    temporary = connection.ops.quote_name(f"bulk_update_{model._meta.db_table}")
    columns = [f"c{index}" for index in range(len(fields))]
    definition = ", ".join(
        [f"{column} {field.db_type(connection)}" for column, field in zip(columns, fields, strict=True)]
        + [f"pk {pk.rel_db_type(connection)}"]  # type: ignore[attr-defined]  # (missing in the stubs)
    )
    assignments = ", ".join(
        f"{target} = source.{column}" for target, column in zip(_columns(fields), columns, strict=True)
    )
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TEMPORARY TABLE {temporary} ({definition})")
        try:
            with (
                connection.wrap_database_errors,
                cursor.cursor.copy(f"COPY {temporary} ({', '.join(columns)}, pk) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
            cursor.execute(
                f"UPDATE {table} SET {assignments} FROM {temporary} AS source "  # noqa: S608 (ours)
                f"WHERE {table}.{pk_column} = source.pk"
            )
        finally:
            cursor.execute(f"DROP TABLE {temporary}")
    return len(rows)


def insert_rows(model: type[models.Model], objects: Iterable[Any], names: Sequence[str]) -> int:
    """Insert new objects with the fields ``names`` (ids are not read back); returns how many rows.

    The objects are model instances or any objects carrying the fields' attribute names (``tenant_id``),
    which are much cheaper to build by the thousand."""
    fields = _fields(model, names)
    columns = ", ".join(_columns(fields))
    table = model._meta.db_table
    values = _row_values(fields)
    rows = [values(obj) for obj in objects]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The driver's own cursor: its errors are turned into Django's (IntegrityError …) here.
            with (
                connection.wrap_database_errors,
                cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
        else:
            sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"  # noqa: S608
            for start in range(0, len(rows), BATCH):
                cursor.executemany(sql, rows[start : start + BATCH])
    return len(rows)
