"""Reading the cells of a spreadsheet column as people type them in German lists.

"1.200" is twelve hundred, "01.03.2026" and "1. März 2026" are dates, "ja", "x" and "1" mean yes,
"Kernprozess" and "3 – Online-Antrag" name choices. A cell that cannot be read raises ``CellError`` with a
German message that names what is expected.
"""

from __future__ import annotations

import datetime
import functools
import re
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _

from catalogues.importers.files import normalise_header
from core.numbers import grouped, parse_german_number
from register.services.attributes import MAX_NUMBER

if TYPE_CHECKING:
    from interchange.fields import ImportField

# Headings, names and choices repeat from row to row: their comparable form is computed once.
normalised = functools.lru_cache(maxsize=16384)(normalise_header)

# Several values in one cell (catalogue keys, units, choices) are separated by these.
_SPLIT = re.compile(r"\s*[;\n|]\s*")
_SPLIT_KEYS = re.compile(r"\s*[;\n|,]\s*")
_LEADING_NUMBER = re.compile(r"^\s*(\d+)\b")
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})$")
_GERMAN_MONTHS = {
    "januar": 1,
    "jan": 1,
    "jaenner": 1,
    "februar": 2,
    "feb": 2,
    "maerz": 3,
    "mrz": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
}
_WORD_DATE = re.compile(r"^(\d{1,2})\.?\s+([a-zäöü]+)\.?\s+(\d{4})$")
TRUE_WORDS = frozenset({"ja", "j", "x", "1", "wahr", "true", "yes", "y", "✓", "✔", "vorhanden"})
FALSE_WORDS = frozenset({"nein", "n", "0", "falsch", "false", "no", "-", "–", "nicht vorhanden"})


class Kind(StrEnum):
    """How a cell is read."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    DATE = "date"
    CHOICE = "choice"
    MULTIPLE_CHOICE = "multiple_choice"
    URL = "url"
    FOLDER = "folder"  # a path of folder names, "Bürgerdienste / Meldewesen"
    UNIT = "unit"  # an organisational unit by short code or name
    UNITS = "units"  # several units
    POSITION = "position"  # a position (Stelle) by name
    PROFILES = "profiles"  # process numbers (preceding processes)
    CATALOG = "catalog"  # keys of one catalogue's entries


class CellError(Exception):
    """A cell that cannot be read; the message is German and names what is expected."""


def split_values(text: str, *, commas: bool = False) -> list[str]:
    """The values of a cell that lists several (``;``, line breaks, ``|``; for keys also ``,``)."""
    parts = (_SPLIT_KEYS if commas else _SPLIT).split(text.strip())
    return list(dict.fromkeys(part for part in parts if part))


def _read_text(f: ImportField, text: str) -> str:
    value = text.strip()
    if f.kind == Kind.TEXT and "\n" in value:
        value = " ".join(value.split())
    if f.max_length is not None and len(value) > f.max_length:
        raise CellError(
            _("The text has %(length)d characters; at most %(max)d are allowed.")
            % {"length": len(value), "max": f.max_length}
        )
    return value


def _read_integer(f: ImportField, text: str) -> int:
    number = parse_german_number(text)
    if number is None:
        raise CellError(_("“%(value)s” is not a number.") % {"value": _shown(text)})
    if number != number.to_integral_value():
        raise CellError(_("“%(value)s” is not a whole number.") % {"value": _shown(text)})
    value = int(number)
    if (f.minimum is not None and value < f.minimum) or (f.maximum is not None and value > f.maximum):
        raise CellError(
            _("%(value)s lies outside %(min)s to %(max)s.")
            % {"value": _shown(text), "min": grouped(f.minimum or 0), "max": grouped(f.maximum or 0)}
        )
    return value


def _read_number(f: ImportField, text: str) -> int | float:
    number = parse_german_number(text)
    if number is None or abs(number) >= MAX_NUMBER:
        raise CellError(_("“%(value)s” is not a number.") % {"value": _shown(text)})
    return int(number) if number == number.to_integral_value() else float(number)


def read_boolean(text: str) -> bool:
    """Yes or no as people write it in lists (ja, x, 1, nein, -)."""
    word = text.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError(_("“%(value)s” is not yes or no (write ja or nein).") % {"value": _shown(text)})


def _read_boolean(f: ImportField, text: str) -> bool:
    return read_boolean(text)


def read_date(text: str) -> datetime.date:
    """A date as 01.03.2026, 1.3.26, 2026-03-01 or 1. März 2026."""
    value = text.strip()
    try:
        match = _GERMAN_DATE.match(value)
        if match:
            day, month, year = (int(part) for part in match.groups())
            if year < 100:
                year += 2000 if year < 70 else 1900
            return datetime.date(year, month, day)
        iso = value[:10]
        if re.match(r"^\d{4}-\d{2}-\d{2}$", iso) and (len(value) == 10 or value[10] in " T"):
            return datetime.date.fromisoformat(iso)
        match = _WORD_DATE.match(value.lower())
        if match and normalise_header(match.group(2)) in _GERMAN_MONTHS:
            month = _GERMAN_MONTHS[normalise_header(match.group(2))]
            return datetime.date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        raise CellError(_("“%(value)s” is not a valid date.") % {"value": _shown(text)}) from None
    raise CellError(_("“%(value)s” is not a date; write it as 01.03.2026.") % {"value": _shown(text)})


def _read_date(f: ImportField, text: str) -> datetime.date:
    return read_date(text)


def _choice_lookup(f: ImportField) -> dict[str, Any]:
    lookup: dict[str, Any] = {}
    for value, label in f.choices:
        lookup.setdefault(normalise_header(str(value)), value)
        lookup.setdefault(normalise_header(label), value)
        # "3 – Online-Antrag" also as "Online-Antrag"
        lookup.setdefault(normalise_header(re.sub(r"^\s*\d+\s*[–-]\s*", "", label)), value)
    if f.key == "process_type":
        for word, value in (
            ("kernprozess", "kern"),
            ("fuehrungsprozess", "fuehrung"),
            ("managementprozess", "fuehrung"),
            ("unterstuetzungsprozess", "unterstuetzung"),
            ("supportprozess", "unterstuetzung"),
            ("management", "fuehrung"),
            ("support", "unterstuetzung"),
        ):
            lookup.setdefault(word, value)
    if f.key == "addressees":
        for word, value in (
            ("buerger", "citizens"),
            ("buergerinnen", "citizens"),
            ("unternehmen", "businesses"),
            ("wirtschaft", "businesses"),
            ("verwaltung", "administration"),
            ("behoerden", "administration"),
        ):
            lookup.setdefault(word, value)
    return lookup


def _read_one_choice(f: ImportField, text: str, lookup: dict[str, Any]) -> Any:
    found = lookup.get(normalised(text))
    if found is None and f.choices and isinstance(f.choices[0][0], int):
        # "3", "3 – Online-Antrag", "Stufe 3": the number decides
        match = _LEADING_NUMBER.match(text) or re.search(r"\b(\d+)\b", text)
        if match and int(match.group(1)) in {value for value, _label in f.choices}:
            found = int(match.group(1))
    if found is None:
        allowed = ", ".join(label for _value, label in f.choices[:15])
        raise CellError(
            _("“%(value)s” is not one of the choices (%(allowed)s).")
            % {"value": _shown(text), "allowed": allowed}
        )
    return found


_LOOKUPS: dict[tuple[str, tuple[tuple[Any, str], ...]], dict[str, Any]] = {}


def _lookup(f: ImportField) -> dict[str, Any]:
    key = (f.key, f.choices)
    lookup = _LOOKUPS.get(key)
    if lookup is None:
        if len(_LOOKUPS) > 1000:
            _LOOKUPS.clear()
        lookup = _LOOKUPS[key] = _choice_lookup(f)
    return lookup


def _read_choice(f: ImportField, text: str) -> Any:
    return _read_one_choice(f, text, _lookup(f))


def _read_multiple_choice(f: ImportField, text: str) -> list[Any]:
    lookup = _lookup(f)
    return list(dict.fromkeys(_read_one_choice(f, part, lookup) for part in split_values(text, commas=True)))


_URL = URLValidator(schemes=["http", "https"])


def _read_url(f: ImportField, text: str) -> str:
    link = text.strip()
    try:
        _URL(link)
    except ValidationError:
        raise CellError(
            _("“%(value)s” is not a web address starting with https://.") % {"value": _shown(text)}
        ) from None
    if f.max_length is not None and len(link) > f.max_length:
        raise CellError(_("The web address is longer than %(max)d characters.") % {"max": f.max_length})
    return link


def read_folder_path(text: str) -> tuple[str, ...]:
    """The folder names of a path, "Bürgerdienste / Meldewesen" or "Bürgerdienste > Meldewesen"."""
    parts = tuple(part.strip() for part in re.split(r"\s*[/>\\]\s*", text.strip()) if part.strip())
    if any(len(part) > 200 for part in parts):
        raise CellError(_("A folder name may have at most 200 characters."))
    if len(parts) > 10:
        raise CellError(_("A folder path may have at most 10 levels."))
    return parts


def _read_folder(f: ImportField, text: str) -> tuple[str, ...]:
    return read_folder_path(text)


def _read_name(f: ImportField, text: str) -> str:
    return " ".join(text.split())


def _read_names(f: ImportField, text: str) -> list[str]:
    return [" ".join(part.split()) for part in split_values(text)]


def _read_keys(f: ImportField, text: str) -> list[str]:
    keys = split_values(text, commas=True)
    if len(keys) > 200:
        raise CellError(_("A cell may list at most 200 keys."))
    return keys


READERS = {
    Kind.TEXT: _read_text,
    Kind.LONG_TEXT: _read_text,
    Kind.INTEGER: _read_integer,
    Kind.NUMBER: _read_number,
    Kind.BOOLEAN: _read_boolean,
    Kind.DATE: _read_date,
    Kind.CHOICE: _read_choice,
    Kind.MULTIPLE_CHOICE: _read_multiple_choice,
    Kind.URL: _read_url,
    Kind.FOLDER: _read_folder,
    Kind.UNIT: _read_name,
    Kind.UNITS: _read_names,
    Kind.POSITION: _read_name,
    Kind.PROFILES: _read_keys,
    Kind.CATALOG: _read_keys,
}


def _shown(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "…"
