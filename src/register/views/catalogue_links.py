"""Finding catalogue entries to link to a profile: the combobox's autocomplete and the search without JS."""

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from catalogues.choices import CatalogKind
from catalogues.models import CatalogEntry
from catalogues.search import search_entries
from catalogues.selectors import catalogs_for_tenant, entries_for_tenant
from core.german import QueryWord, analyse, parse_query
from tenants.access import tenant_view
from tenants.models import Tenant

MAX_OPTIONS = 20
MIN_QUERY_LENGTH = 2
MAX_QUERY_LENGTH = 200
OPTION_FIELDS = ("uuid", "key", "name", "synonyms", "catalog", "catalog__uuid", "catalog__name")


@dataclass(frozen=True)
class EntryOption:
    """A search hit: the entry and, when only a synonym matched, that synonym."""

    entry: CatalogEntry
    synonym: str = ""

    @property
    def label(self) -> str:
        return f"{self.entry.key} {self.entry.name}".strip()


def _scoped(entries: QuerySet[CatalogEntry], scope: str) -> QuerySet[CatalogEntry]:
    """Narrow to one catalogue, named by its kind ("leika") or its UUID; anything else finds nothing."""
    if not scope:
        return entries
    if scope in CatalogKind.values:
        return entries.filter(catalog__kind=scope)
    try:
        return entries.filter(catalog__uuid=uuid.UUID(scope))
    except ValueError:
        return entries.none()


def _covers(tokens: list[str], words: list[QueryWord], *, parts: bool) -> bool:
    """Whether every query word matches the tokens as ``search_entries`` matches a document (by its stem,
    or with ``parts`` also by its compound's leading parts)."""

    def hit(prefix: str) -> bool:
        return any(token.startswith(prefix) for token in tokens)

    return all(
        hit(word.stem) or (parts and word.parts and all(hit(part) for part in word.parts)) for word in words
    )


def _matched_synonym(entry: CatalogEntry, words: list[QueryWord]) -> str:
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


def catalog_options(
    tenant: Tenant, query: str, *, scope: str = "", exclude: Collection[uuid.UUID] = ()
) -> list[EntryOption]:
    """Up to MAX_OPTIONS current entries the tenant may link that match ``query``; one query, none for a
    query shorter than two characters."""
    query = query.strip()[:MAX_QUERY_LENGTH]
    if len(query) < MIN_QUERY_LENGTH:
        return []
    entries = _scoped(entries_for_tenant(tenant).filter(is_retired=False), scope)
    if exclude:
        entries = entries.exclude(uuid__in=list(exclude))
    hits = search_entries(entries, query).select_related("catalog").only(*OPTION_FIELDS)[:MAX_OPTIONS]
    words = parse_query(query)
    return [EntryOption(entry=entry, synonym=_matched_synonym(entry, words)) for entry in hits]


def catalog_search_context(
    request: HttpRequest, tenant: Tenant, *, linked: Collection[uuid.UUID]
) -> dict[str, Any]:
    """What the profile editor's catalogue section needs: the catalogues to narrow by and, for the search
    without JavaScript (``?katalog_q=…``), its hits among the entries not yet linked."""
    query = request.GET.get("katalog_q", "").strip()[:MAX_QUERY_LENGTH]
    scope = request.GET.get("katalog", "")
    return {
        "catalog_query": query,
        "catalog_scope": scope,
        "catalog_scopes": list(catalogs_for_tenant(tenant).order_by("name").values_list("uuid", "name")),
        "catalog_results": catalog_options(tenant, query, scope=scope, exclude=linked) if query else None,
        "catalog_min_query": MIN_QUERY_LENGTH,
    }


@tenant_view()
@require_http_methods(["GET"])
def catalog_autocomplete(request: HttpRequest) -> HttpResponse:
    """The options of the catalogue combobox for ``q`` (and optionally ``katalog``), as list items."""
    tenant = request.tenant  # type: ignore[attr-defined]
    options = catalog_options(tenant, request.GET.get("q", ""), scope=request.GET.get("katalog", ""))
    return render(request, "register/_catalog_options.html", {"options": options})
