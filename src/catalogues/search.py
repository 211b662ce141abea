"""Search within catalogues: German stemming over names, synonyms and descriptions, and key lookup.

Each entry keeps its analysed words in ``CatalogEntry.search_document`` as `` token token … `` (spaces at
both ends), so a query word matches where a token *starts* with its stem: ``LIKE '% stem%'``. Keys are
digits and stay whole tokens, so typing the beginning of a LeiKa key (``99001003``) finds the entry. A
catalogue holds at most a few tens of thousands of entries. On PostgreSQL a trigram index serves the word
match and a pattern index the key prefix (migration 0003); SQLite scans one catalogue's entries (about
10 ms for 10,000).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db.models import Case, Q, QuerySet, Value, When

from core.german import QueryWord, analyse, parse_query

if TYPE_CHECKING:
    from catalogues.models import CatalogEntry

MAX_RESULTS = 50


def entry_document(*, key: str, name: str, synonyms: Iterable[str] = (), description: str = "") -> str:
    """The search document of an entry: key, name and synonyms, then the description."""
    texts = [key, name, *synonyms, description]
    tokens = [token for text in texts if text for token in analyse(text)]
    return f" {' '.join(tokens)} " if tokens else ""


def document_of(entry: CatalogEntry) -> str:
    """The search document of a (possibly unsaved) entry."""
    return entry_document(
        key=entry.key, name=entry.name, synonyms=entry.synonyms or (), description=entry.description
    )


def search_entries(entries: QuerySet[CatalogEntry], query: str) -> QuerySet[CatalogEntry]:
    """The entries matching every word of ``query`` (stem prefixes, compound parts) or whose key starts with
    it ("99001003", "990 010 03", "2.3.4").

    Current entries come before removed ones, then those whose name contains the query as typed, then
    higher levels first and by key; the caller slices.
    """
    query = (query or "").strip()
    if not query:
        return entries.none()
    words = parse_query(query)
    condition = Q() if words else Q(pk__in=[])
    for word in words:
        alternatives = Q(search_document__contains=f" {word.stem}")
        if word.parts:
            part_match = Q()
            for part in word.parts:
                part_match &= Q(search_document__contains=f" {part}")
            alternatives |= part_match
        condition &= alternatives
    key = query.replace(" ", "")
    if len(key) >= 2:  # as typed and in capitals ("tf-03" finds "TF-03"): both served by an index
        condition |= Q(key__startswith=key) | Q(key__startswith=key.upper())
    # What the user typed, found as it stands in the name ("Hundest" in "Hundesteuer"), ranks first.
    typed = Case(When(name__icontains=query, then=Value(0)), default=Value(1))
    return entries.filter(condition).order_by("is_retired", typed, "depth", "key", "name")


def _covers(tokens: list[str], words: list[QueryWord], *, parts: bool) -> bool:
    """Whether every query word matches the tokens as ``search_entries`` matches a document (by its stem,
    or with ``parts`` also by its compound's leading parts)."""

    def hit(prefix: str) -> bool:
        return any(token.startswith(prefix) for token in tokens)

    return all(
        hit(word.stem) or (parts and word.parts and all(hit(part) for part in word.parts)) for word in words
    )


def matched_synonym(entry: CatalogEntry, words: list[QueryWord]) -> str:
    """The synonym that made the entry a hit, or "" when key or name match as well (or the description did).

    Whole words count before compound parts: "Gewerbeschein" is shown as the synonym it is, although the part
    "Gewerbe" also occurs in the name "Gewerbeanmeldung".
    """
    if not words or not entry.synonyms:
        return ""
    base = analyse(f"{entry.key} {entry.name}")
    for parts in (False, True):
        if _covers(base, words, parts=parts):
            return ""
        for synonym in entry.synonyms:
            if _covers(base + analyse(str(synonym)), words, parts=parts):
                return str(synonym)
    return ""
