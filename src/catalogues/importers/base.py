"""What every importer returns: validated entries, or every problem of the file with its row.

An importer reads the whole file before anything is written. Problems are collected (up to
``MAX_ERRORS``) and raised together as ``CatalogFileError``; the caller shows them and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_ERRORS = 100


@dataclass(frozen=True)
class ImportedEntry:
    """One entry of an imported file; ``row`` is its line in the file (header = 1)."""

    key: str
    name: str
    parent_key: str | None = None
    description: str = ""
    synonyms: tuple[str, ...] = ()
    url: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    row: int = 0

    def as_json(self) -> dict[str, Any]:
        # Field by field: dataclasses.asdict deep-copies recursively, a third of a 10,000-row import.
        return {
            "key": self.key,
            "name": self.name,
            "parent_key": self.parent_key,
            "description": self.description,
            "synonyms": list(self.synonyms),
            "url": self.url,
            "extra": dict(self.extra),
            "row": self.row,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ImportedEntry:
        return cls(**{**data, "synonyms": tuple(data.get("synonyms", ()))})


@dataclass(frozen=True)
class FileProblem:
    """A problem of an imported file (message already translated), with the row and column it concerns."""

    message: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(_("row %(row)d") % {"row": self.row})
        if self.column:
            where.append(_("column “%(column)s”") % {"column": self.column})
        if not where:
            return self.message
        text = f"{', '.join(where)}: {self.message}"
        return text[0].upper() + text[1:]


@dataclass
class ImportedFile:
    """The validated content of a file: entries in file order, notices (harmless), the file's own date."""

    entries: list[ImportedEntry]
    notices: list[FileProblem] = field(default_factory=list)
    issued_on: str | None = None  # ISO date found in the file (LeiKa "Datum"), if any


class CatalogFileError(Exception):
    """The file cannot be imported; ``problems`` says why, row by row."""

    def __init__(self, problems: list[FileProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems[:3]))
        self.problems = problems


MAX_CELL_CHARS = 2000  # any text cell
MAX_NAME_CHARS = 500  # CatalogEntry.name
MAX_KEY_CHARS = 40  # CatalogEntry.key
MAX_URL_CHARS = 500  # CatalogEntry.url


class Problems:
    """Collects the problems of a file; stops the reading once ``MAX_ERRORS`` are known."""

    def __init__(self) -> None:
        self.items: list[FileProblem] = []

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def add(self, message: str, *, row: int | None = None, column: str | None = None) -> None:
        """Record a problem; raise ``CatalogFileError`` at once when the list is full."""
        self.items.append(FileProblem(message, row=row, column=column))
        if len(self.items) >= MAX_ERRORS - 1:
            note = _("There are more problems; only the first %(count)d are listed.") % {
                "count": len(self.items)
            }
            raise CatalogFileError([*self.items, FileProblem(note)])

    def raise_if_any(self) -> None:
        if self.items:
            raise CatalogFileError(list(self.items))


def fail(message: str, *, row: int | None = None, column: str | None = None) -> CatalogFileError:
    """A file error with a single problem (``raise fail(...)``)."""
    return CatalogFileError([FileProblem(message, row=row, column=column)])
