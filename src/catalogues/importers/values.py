"""Checks and clean-ups of single values: keys, links, lists, names, slugs."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _

from catalogues.importers.base import MAX_KEY_CHARS, MAX_URL_CHARS, ImportedEntry, Problems

_KEY_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_url_validator = URLValidator(schemes=["http", "https"])


def is_duplicate(key: str, seen: dict[str, ImportedEntry], problems: Problems, row: int, column: str) -> bool:
    """Report ``key`` when an earlier row of the file has it already; whether it did."""
    first = seen.get(key)
    if first is None:
        return False
    problems.add(
        _("The key %(key)s appears twice (first in row %(first)d).") % {"key": key, "first": first.row},
        row=row,
        column=column,
    )
    return True


def fold(text: str) -> str:
    """Lower case, umlauts spelled out (ä → ae), accents dropped: for comparing and slugs."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_UMLAUTS)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def shorten(text: str, length: int = 60) -> str:
    """``text`` cut to ``length`` characters for a message."""
    return text if len(text) <= length else text[: length - 1] + "…"


def clean_name(text: str) -> str:
    """A one-line text: runs of whitespace (line breaks too) become one space."""
    return " ".join(text.split())


def split_list(text: str, separators: str = "|") -> tuple[str, ...]:
    """The distinct, non-empty items of a separated list, in order."""
    if not text:
        return ()
    parts = text.split(separators) if len(separators) == 1 else re.split(f"[{re.escape(separators)}]", text)
    items: list[str] = []
    seen: set[str] = set()
    for part in parts:
        item = clean_name(part)
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            items.append(item)
    return tuple(items)


def check_key(key: str, problems: Problems, row: int, column: str) -> bool:
    """Whether ``key`` can be a catalogue key (not empty, at most 40 characters, no spaces)."""
    if not key:
        problems.add(_("The key is empty."), row=row, column=column)
        return False
    if len(key) > MAX_KEY_CHARS:
        problems.add(
            _("The key “%(key)s” is longer than %(max)d characters.")
            % {"key": shorten(key, 50), "max": MAX_KEY_CHARS},
            row=row,
            column=column,
        )
        return False
    if _KEY_FORBIDDEN.search(key):
        problems.add(
            _("The key “%(key)s” contains spaces or control characters.") % {"key": key},
            row=row,
            column=column,
        )
        return False
    return True


def check_url(url: str, problems: Problems, row: int, column: str) -> str:
    """``url`` if it is an http(s) address (or empty); else a problem and ""."""
    if not url:
        return ""
    if len(url) > MAX_URL_CHARS:
        problems.add(
            _("The link is longer than %(max)d characters.") % {"max": MAX_URL_CHARS},
            row=row,
            column=column,
        )
        return ""
    try:
        _url_validator(url)
    except ValidationError:
        problems.add(
            _("The link “%(url)s” is not a web address (starting with http:// or https://).")
            % {"url": shorten(url)},
            row=row,
            column=column,
        )
        return ""
    return url


def slug(text: str, length: int = 34) -> str:
    """A lower-case ASCII slug (umlauts spelled out); cut slugs end in a short hash to stay distinct."""
    value = re.sub(r"[^0-9a-z]+", "-", fold(text)).strip("-")
    if len(value) <= length:
        return value
    digest = hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:6]
    return value[: length - 7].rstrip("-") + "-" + digest
