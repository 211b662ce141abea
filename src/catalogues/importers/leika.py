"""The LeiKa (Leistungskatalog) as the FIM portal publishes it: a ``;``-separated CSV in ISO-8859-1.

A LeiKa key has 14 digits, ``99GGGKKKVVVDDD``: ``GGGKKK`` names the service object (Leistungsobjekt),
``VVV`` the Verrichtung, ``DDD`` the Verrichtungsdetail. The tree follows from the key alone: an object ends
in ``000000``, a Verrichtung in ``000``; everything else is a detail below its Verrichtung (or below the
object when the file has no row for that Verrichtung). Real files sometimes lack the object rows; those
objects are added (flagged ``synthesised``) with a notice.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace

from django.utils.translation import gettext as _

from catalogues.importers.base import (
    MAX_NAME_CHARS,
    FileProblem,
    ImportedEntry,
    ImportedFile,
    Problems,
)
from catalogues.importers.files import Column, Record, read_sheet
from catalogues.importers.leika_example import example_leika_rows
from catalogues.importers.trees import parents_first
from catalogues.importers.values import clean_name, is_duplicate, shorten, split_list

__all__ = ["HEADER", "example_leika_rows", "read_leika", "write_leika_csv"]

KEY = "Schluessel"
NAME = "Bezeichnung"
TYPE = "Typ"
# The columns of the official file, in its order.
HEADER = (
    KEY,
    "Gruppierung",
    "Kennung",
    "Verrichtung",
    "Verrichtungsdetail",
    NAME,
    "Bezeichnung2",
    TYPE,
    "Synonyme",
    "Besondere Merkmale",
    "Datum",
)
COLUMNS = (
    Column(KEY, aliases=("Leistungsschlüssel", "LeiKa-Schlüssel"), required=True, single_line=True),
    Column("Gruppierung"),
    Column("Kennung"),
    Column("Verrichtung"),
    Column("Verrichtungsdetail"),
    Column(
        NAME, aliases=("Leistungsbezeichnung",), required=True, max_length=MAX_NAME_CHARS, single_line=True
    ),
    Column("Bezeichnung2", max_length=MAX_NAME_CHARS),
    Column(TYPE, aliases=("Typisierung",), required=True),
    Column("Synonyme"),
    Column("Besondere Merkmale"),
    Column("Datum", aliases=("Stand",)),
)
# Columns copied into ``extra`` as they are (one line each).
_TEXT_EXTRAS = {
    "gruppierung": "Gruppierung",
    "kennung": "Kennung",
    "verrichtung": "Verrichtung",
    "verrichtungsdetail": "Verrichtungsdetail",
    "bezeichnung2": "Bezeichnung2",
}
KEY_DIGITS = 14
MAX_SYNTHESIS_NOTICES = 20  # notices about added service objects; the rest are counted in one more
OBJECT_SUFFIX = "000000"
_TYPE = re.compile(r"[1-5][a-z]?(?:/[1-5][a-z]?)*")
_SCIENTIFIC = re.compile(r"\d+(?:[.,]\d+)?[eE][+]?\d+")
_DATE_GERMAN = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_DATE_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T][0-9:.]+)?")


def read_leika(data: bytes, file_name: str) -> ImportedFile:
    """Read a LeiKa CSV (or the same columns as XLSX); raise ``CatalogFileError`` with every problem."""
    sheet = read_sheet(data, file_name, COLUMNS, declared="iso-8859-1")
    problems = sheet.problems
    by_key: dict[str, ImportedEntry] = {}
    dates: list[str] = []
    for record in sheet.records:
        key = _key(record[KEY], problems, record.row, sheet.header(KEY))
        entry = _entry(key or "", record, problems, sheet.header)
        if key is None:
            continue
        if is_duplicate(key, by_key, problems, record.row, sheet.header(KEY)):
            continue
        # An entry with problems keeps its key taken, so a later duplicate is still reported.
        by_key[key] = entry or ImportedEntry(key=key, name="", row=record.row)
        if entry is not None and "datum" in entry.extra:
            dates.append(entry.extra["datum"])
    problems.raise_if_any()

    items: list[ImportedEntry] = []
    notices = list(sheet.notices)
    added_count = 0
    for entry in list(by_key.values()):
        parent = _parent(entry.key, by_key)
        if parent is None and not _is_object(entry.key):
            parent = entry.key[:8] + OBJECT_SUFFIX
            added = _synthesised_object(parent, entry)
            by_key[parent] = added
            items.append(added)
            added_count += 1
            if added_count <= MAX_SYNTHESIS_NOTICES:
                notices.append(
                    FileProblem(
                        _(
                            "The file has no row for the service object %(key)s; it was added as "
                            "“%(name)s” (needed from this row on)."
                        )
                        % {"key": parent, "name": added.name},
                        row=entry.row,
                    )
                )
        items.append(entry if parent == entry.parent_key else replace(entry, parent_key=parent))
    if added_count > MAX_SYNTHESIS_NOTICES:
        notices.append(
            FileProblem(
                _("%(count)d further missing service objects were added the same way.")
                % {"count": added_count - MAX_SYNTHESIS_NOTICES}
            )
        )
    ordered = parents_first(items, ident=lambda e: e.key, parent=lambda e: e.parent_key)
    return ImportedFile(entries=ordered, notices=notices, issued_on=max(dates) if dates else None)


def _is_object(key: str) -> bool:
    return key.endswith(OBJECT_SUFFIX)


def _parent(key: str, by_key: dict[str, ImportedEntry]) -> str | None:
    """The nearest existing ancestor by key: the Verrichtung of a detail, else the object."""
    if _is_object(key):
        return None
    candidates = (
        [key[:8] + OBJECT_SUFFIX] if key.endswith("000") else [key[:11] + "000", key[:8] + OBJECT_SUFFIX]
    )
    return next((c for c in candidates if c in by_key and c != key), None)


def _synthesised_object(key: str, child: ImportedEntry) -> ImportedEntry:
    """A service object the file lacks, named after the child's Kennung or Gruppierung text."""
    name = next(
        (
            text
            for text in (child.extra.get("kennung", ""), child.extra.get("gruppierung", ""))
            if text and not text.replace(" ", "").isdigit()
        ),
        f"Leistungsobjekt {key}",  # catalogue content, not interface text: always German
    )
    extra = {"synthesised": "1"}
    for field in ("gruppierung", "kennung"):
        if child.extra.get(field):
            extra[field] = child.extra[field]
    return ImportedEntry(key=key, name=name, extra=extra, row=0)


def _key(value: str, problems: Problems, row: int, column: str) -> str | None:
    """The 14 digits of a LeiKa key (spaces removed), or ``None`` after reporting what is wrong."""
    key = "".join(value.split())
    if not key:
        problems.add(_("The key is empty."), row=row, column=column)
        return None
    if _SCIENTIFIC.fullmatch(key):
        problems.add(
            _(
                "The key “%(key)s” was turned into a number by a spreadsheet program; "
                "format the column as text and export the file again."
            )
            % {"key": key},
            row=row,
            column=column,
        )
        return None
    if not key.isascii() or not key.isdigit():
        problems.add(
            _("The key “%(key)s” contains characters other than digits (a LeiKa key has 14 digits).")
            % {"key": shorten(key, 40)},
            row=row,
            column=column,
        )
        return None
    if len(key) != KEY_DIGITS:
        problems.add(
            _("The key “%(key)s” has %(count)d instead of 14 digits.")
            % {"key": shorten(key, 40), "count": len(key)},
            row=row,
            column=column,
        )
        return None
    return key


def _entry(
    key: str, record: Record, problems: Problems, header: Callable[[str], str]
) -> ImportedEntry | None:
    errors = len(problems)
    row = record.row
    name = clean_name(record[NAME])
    if not name:
        problems.add(_("The name (Bezeichnung) is empty."), row=row, column=header(NAME))
    extra = {field: clean_name(record[column]) for field, column in _TEXT_EXTRAS.items()}
    extra["typisierung"] = _type(record[TYPE], _is_object(key), problems, row, header(TYPE))
    extra["besondere_merkmale"] = "; ".join(split_list(record["Besondere Merkmale"], "|"))
    extra["datum"] = _date(record["Datum"], problems, row, header("Datum"))
    if len(problems) > errors:
        return None
    return ImportedEntry(
        key=key,
        name=name,
        synonyms=split_list(record["Synonyme"], "|"),
        extra={field: value for field, value in extra.items() if value},
        row=row,
    )


def _type(value: str, is_object: bool, problems: Problems, row: int, column: str) -> str:
    """The Typisierung: 1 to 5, with a letter (2a) or combined (2/3); objects may have none."""
    typ = "".join(value.split()).lower()
    if not typ:
        if not is_object:
            problems.add(_("The Typisierung is empty."), row=row, column=column)
        return ""
    if not _TYPE.fullmatch(typ):
        problems.add(
            _(
                "The Typisierung “%(value)s” is not valid (expected 1 to 5, optionally with a letter "
                "or combined with “/”, e.g. 2a or 2/3)."
            )
            % {"value": shorten(value, 30)},
            row=row,
            column=column,
        )
        return ""
    return typ


def _date(value: str, problems: Problems, row: int, column: str) -> str:
    """An ISO date from 01.03.2026 or 2026-03-01 ("" when empty or invalid, the latter reported)."""
    if not value:
        return ""
    match = _DATE_GERMAN.fullmatch(value)
    parts = (match.group(3), match.group(2), match.group(1)) if match else None
    if parts is None and (match := _DATE_ISO.fullmatch(value)):
        parts = (match.group(1), match.group(2), match.group(3))
    try:
        if parts is None:
            raise ValueError(value)
        return datetime.date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
    except ValueError:
        problems.add(
            _("The date “%(value)s” is not valid (expected DD.MM.YYYY or YYYY-MM-DD).")
            % {"value": shorten(value, 30)},
            row=row,
            column=column,
        )
        return ""


# --- writing -----------------------------------------------------------------------------------------------


def write_leika_csv(entries: Iterable[ImportedEntry]) -> bytes:
    """The entries in the official layout: ``;``-separated, ISO-8859-1, header row, dates as 01.03.2026.

    Characters ISO-8859-1 lacks are written as Windows-1252 where it has them (typographic quotes, dashes,
    the euro sign), else without their accent, else as "?".
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quotechar='"', lineterminator="\r\n")
    writer.writerow(HEADER)
    for entry in entries:
        extra = entry.extra
        writer.writerow(
            [
                entry.key,
                extra.get("gruppierung", ""),
                extra.get("kennung", ""),
                extra.get("verrichtung", ""),
                extra.get("verrichtungsdetail", ""),
                entry.name,
                extra.get("bezeichnung2", ""),
                extra.get("typisierung", ""),
                "|".join(entry.synonyms),
                "|".join(part for part in extra.get("besondere_merkmale", "").split("; ") if part),
                _german_date(extra.get("datum", "")),
            ]
        )
    return _encode_8bit(buffer.getvalue())


def _german_date(iso: str) -> str:
    try:
        return datetime.date.fromisoformat(iso).strftime("%d.%m.%Y")
    except ValueError:
        return iso


def _encode_8bit(text: str) -> bytes:
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        return "".join(_char_8bit(char) for char in text).encode("cp1252")


def _char_8bit(char: str) -> str:
    for candidate in (
        char,
        "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)),
    ):
        try:
            candidate.encode("cp1252")
        except UnicodeEncodeError:
            continue
        if candidate:
            return candidate
    return "?"
