"""Querysets that refuse to run without a scope, so a forgotten tenant filter fails loudly.

A model whose default manager is a ``ScopedManager`` can only be queried through
``Model.objects.for_scope(value)`` (or a related manager reached from an already scoped object).
Deliberate cross-scope work (admin, migrations, management commands over all tenants) says so with
``.unscoped()``.
"""

from __future__ import annotations

from typing import Any, Self, TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)


class UnscopedQueryError(RuntimeError):
    """Raised when a scoped model is queried without its scope."""


class ScopedQuerySet(models.QuerySet[M]):
    """A queryset that knows whether it was limited to one scope (e.g. one tenant)."""

    scope_field = "tenant"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._scoped = False

    def for_scope(self, value: object) -> Self:
        """Limit the queryset to one scope value (a tenant object or its primary key)."""
        clone = self.filter(**{self.scope_field: value})
        clone._scoped = True
        return clone

    def unscoped(self) -> Self:
        """Mark the queryset as deliberately spanning all scopes."""
        clone = self._chain()  # type: ignore[attr-defined]
        clone._scoped = True
        return clone

    def _clone(self) -> Self:
        clone = super()._clone()  # type: ignore[misc]
        clone._scoped = self._scoped
        return clone

    def _check_scope(self) -> None:
        # Related managers (folder.profiles, …) are reached from an already scoped row.
        if not self._scoped and "instance" not in self._hints:  # type: ignore[attr-defined]
            raise UnscopedQueryError(
                f"{self.model.__name__} queried without {self.scope_field!r} scope; "
                f"use .for_scope(...) or, deliberately, .unscoped()."
            )

    def _fetch_all(self) -> None:
        if self._result_cache is None:
            self._check_scope()
        super()._fetch_all()  # type: ignore[misc]

    def count(self) -> int:
        self._check_scope()
        return super().count()

    def exists(self) -> bool:
        self._check_scope()
        return super().exists()

    def aggregate(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        self._check_scope()
        return super().aggregate(*args, **kwargs)

    def update(self, **kwargs: Any) -> int:
        self._check_scope()
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        self._check_scope()
        return super().delete()

    def iterator(self, chunk_size: int | None = None) -> Any:
        self._check_scope()
        return super().iterator(chunk_size=chunk_size)


class ScopedManager(models.Manager[M]):
    """Default manager of scoped models; Django's internals keep using the plain base manager."""

    def get_queryset(self) -> ScopedQuerySet[M]:
        return ScopedQuerySet(self.model, using=self._db, hints=self._hints)  # type: ignore[attr-defined]

    def for_scope(self, value: object) -> ScopedQuerySet[M]:
        return self.get_queryset().for_scope(value)

    def unscoped(self) -> ScopedQuerySet[M]:
        return self.get_queryset().unscoped()
