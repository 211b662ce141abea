"""Reads for browsing catalogues from the register: tree nodes with the tenant's link counts, ancestors,
search results with their paths, the profiles linked to an entry, the options of the profile editor's
catalogue combobox. Every function takes the tenant.

A node's count is the number of the tenant's profiles (relevant or not) linked to the node **or to an entry
below it**, so a collapsed branch tells how much of the register hangs below it. It is one grouped query per
depth of the listed nodes (a branch lists one depth): a link's path cut to the node's length equals the
node's path.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, QuerySet
from django.db.models.fields.json import KT
from django.db.models.functions import Substr
from django.http import Http404

from catalogues.choices import CatalogKind
from catalogues.models import Catalog, CatalogEntry
from catalogues.search import MAX_RESULTS, matched_synonym, search_entries
from catalogues.selectors import catalogs_for_tenant, entries_for_tenant
from core.german import parse_query
from core.trees import PATH_SEGMENT_LENGTH
from register.models import CatalogLink, ProcessProfile
from tenants.models import Tenant

NODE_FIELDS = ("id", "uuid", "catalog_id", "parent_id", "key", "name", "path", "depth", "is_retired")


@dataclass(frozen=True)
class Node:
    """A catalogue entry as a tree node or search hit."""

    entry: CatalogEntry
    has_children: bool = False
    profile_count: int = 0
    ancestors: tuple[CatalogEntry, ...] = ()


def get_catalog(tenant: Tenant, catalog_uuid: uuid.UUID | str) -> Catalog:
    """A global catalogue or one of the tenant's own, or 404."""
    catalog = catalogs_for_tenant(tenant).filter(uuid=catalog_uuid).first()
    if catalog is None:
        raise Http404("Unknown catalogue")
    return catalog


def get_entry(tenant: Tenant, entry_uuid: uuid.UUID | str, *, catalog: Catalog | None = None) -> CatalogEntry:
    """An entry the tenant may read (of ``catalog`` when given), with its catalogue, or 404."""
    entries = entries_for_tenant(tenant).select_related("catalog", "retired_in")
    if catalog is not None:
        entries = entries.filter(catalog=catalog)
    entry = entries.defer("search_document", "retired_in__items", "retired_in__notices").filter(
        uuid=entry_uuid
    )
    found = entry.first()
    if found is None:
        raise Http404("Unknown catalogue entry")
    return found


def profile_counts(tenant: Tenant, entries: Sequence[CatalogEntry]) -> dict[str, int]:
    """The number of the tenant's profiles linked to each entry or below it, by the entry's path."""
    by_depth: dict[int, list[str]] = defaultdict(list)
    for entry in entries:
        by_depth[entry.depth].append(entry.path)
    counts: dict[str, int] = {}
    for depth, paths in by_depth.items():
        rows = (
            CatalogLink.objects.for_tenant(tenant)
            .filter(entry__catalog_id=entries[0].catalog_id, entry__depth__gte=depth)
            .annotate(prefix=Substr("entry__path", 1, PATH_SEGMENT_LENGTH * (depth + 1)))
            .filter(prefix__in=paths)
            .values("prefix")
            .annotate(profiles=Count("profile_id", distinct=True))
            .order_by()
        )
        counts.update((row["prefix"], row["profiles"]) for row in rows)
    return counts


def child_nodes(
    tenant: Tenant, catalog: Catalog, parent: CatalogEntry | None, *, offset: int, limit: int
) -> tuple[list[Node], bool]:
    """One window of the roots (``parent`` None) or of a node's children, by key and name; and whether more
    follow. Two queries whatever the window's size."""
    entries = CatalogEntry.objects.filter(catalog=catalog)
    entries = entries.filter(parent=parent) if parent is not None else entries.filter(depth=0)
    rows = list(
        entries.annotate(has_children=Exists(CatalogEntry.objects.filter(parent=OuterRef("pk")).order_by()))
        .only(*NODE_FIELDS)
        .order_by("key", "name", "id")[offset : offset + limit + 1]
    )
    more = len(rows) > limit
    rows = rows[:limit]
    counts = profile_counts(tenant, rows) if rows else {}
    nodes = [
        Node(entry=row, has_children=row.has_children, profile_count=counts.get(row.path, 0))  # type: ignore[attr-defined]
        for row in rows
    ]
    return nodes, more


def ancestors_of(entry: CatalogEntry) -> list[CatalogEntry]:
    """The entry's ancestors from the root down (one query)."""
    uuids = _ancestor_uuids(entry.path)
    if not uuids:
        return []
    found = {
        e.uuid: e
        for e in CatalogEntry.objects.filter(catalog_id=entry.catalog_id, uuid__in=uuids).only(*NODE_FIELDS)
    }
    return [found[u] for u in uuids if u in found]


def _ancestor_uuids(path: str) -> list[uuid.UUID]:
    return [uuid.UUID(segment) for segment in path.split("/")[:-2]]


def search_nodes(tenant: Tenant, catalog: Catalog, query: str) -> list[Node]:
    """Up to ``MAX_RESULTS`` entries of the catalogue matching ``query``, with their ancestors and counts.

    A fixed number of queries: the hits, their ancestors in one query, one count query per depth present.
    """
    hits = list(
        search_entries(CatalogEntry.objects.filter(catalog=catalog), query).only(*NODE_FIELDS)[:MAX_RESULTS]
    )
    if not hits:
        return []
    wanted = {u for hit in hits for u in _ancestor_uuids(hit.path)}
    ancestors = (
        {e.uuid: e for e in CatalogEntry.objects.filter(catalog=catalog, uuid__in=wanted).only(*NODE_FIELDS)}
        if wanted
        else {}
    )
    counts = profile_counts(tenant, hits)
    return [
        Node(
            entry=hit,
            profile_count=counts.get(hit.path, 0),
            ancestors=tuple(ancestors[u] for u in _ancestor_uuids(hit.path) if u in ancestors),
        )
        for hit in hits
    ]


def current_entry_count(catalog: Catalog) -> int:
    """The number of the catalogue's current (not removed) entries."""
    return CatalogEntry.objects.filter(catalog=catalog, is_retired=False).order_by().count()


def linked_profiles(tenant: Tenant, entry: CatalogEntry, *, limit: int) -> tuple[list[ProcessProfile], int]:
    """The tenant's profiles linked to the entry or below it (by number, at most ``limit``) and their number.

    Each profile carries ``direct``: whether it is linked to the entry itself.
    """
    links = CatalogLink.objects.for_tenant(tenant)
    below = links.filter(entry__catalog_id=entry.catalog_id, entry__path__startswith=entry.path)
    profiles = (
        ProcessProfile.objects.for_tenant(tenant)
        .filter(pk__in=below.values("profile_id"))
        .annotate(direct=Exists(links.filter(profile=OuterRef("pk"), entry=entry)))
        .select_related("owner_unit")
        .only(
            "id", "tenant", "uuid", "number", "name", "relevant", "owner_unit__name", "owner_unit__short_code"
        )
        .order_by("number")
    )
    rows = list(profiles[:limit])
    total = len(rows) if len(rows) < limit else profiles.count()
    return rows, total


LEIKA_KEY_SEPARATORS = re.compile(r"[|,;\s]+")


def bundled_services(tenant: Tenant, entry: CatalogEntry) -> list[CatalogEntry]:
    """For an OZG service: the LeiKa services it bundles (``extra["leika_keys"]``), by key."""
    keys = [key for key in LEIKA_KEY_SEPARATORS.split(entry.extra.get("leika_keys", "") or "") if key]
    if not keys:
        return []
    return list(
        entries_for_tenant(tenant)
        .filter(catalog__kind=CatalogKind.LEIKA, key__in=keys)
        .only(*NODE_FIELDS)
        .order_by("key")
    )


def bundling_services(tenant: Tenant, entry: CatalogEntry) -> list[CatalogEntry]:
    """For a LeiKa service: the OZG services that bundle it."""
    if entry.catalog.kind != CatalogKind.LEIKA or not entry.key:
        return []
    return list(
        entries_for_tenant(tenant)
        .filter(catalog__kind=CatalogKind.OZG)
        .alias(leika_keys=KT("extra__leika_keys"))
        .filter(leika_keys__contains=entry.key)
        .only(*NODE_FIELDS)
        .order_by("key")[:MAX_RESULTS]
    )


# --- Options of the profile editor's catalogue combobox -------------------------------------------------

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
    return [EntryOption(entry=entry, synonym=matched_synonym(entry, words)) for entry in hits]
