"""Importing a catalogue file: read and validate it whole, show the differences, then apply them at once.

``version_prepare`` reads the file (``catalogues.importers``) and stores a pending ``CatalogVersion`` with the
validated entries; ``catalog_diff`` compares them with the catalogue as it is; ``version_apply`` writes the
differences in one transaction. Nothing is written while the file has a problem.

Global catalogues are replaced by each version: an entry missing from the new file is *retired* (kept and
flagged, its links stay), never deleted. A tenant's context catalogue is merged: the file adds and changes
entries and retires nothing. Entries are matched by key, or by name where the catalogue has no keys.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from catalogues.choices import CONTEXT_KINDS, VersionStatus
from catalogues.importers import LAYOUTS_FOR_KIND, read_catalog_file
from catalogues.importers.base import ImportedEntry
from catalogues.models import Catalog, CatalogEntry, CatalogVersion
from catalogues.search import document_of
from core.bulk import insert_rows, update_rows
from core.trees import MAX_DEPTH, PATH_SEGMENT_LENGTH

COMPARED_FIELDS = ("name", "description", "synonyms", "url", "extra")
FIELD_LABELS = {
    "name": gettext_lazy("name"),
    "description": gettext_lazy("description"),
    "synonyms": gettext_lazy("synonyms"),
    "url": gettext_lazy("link"),
    "extra": gettext_lazy("further fields"),
    "parent": gettext_lazy("position in the hierarchy"),
    "retired": gettext_lazy("taken back into the catalogue"),
}


def identity(*, key: str, name: str) -> str:
    """How an entry is recognised across versions: its key, or its name where it has none."""
    return key if key else "name:" + " ".join(name.split()).casefold()


@dataclass
class Change:
    """An entry whose content differs between the catalogue and the file."""

    entry: CatalogEntry
    item: ImportedEntry
    fields: list[str]


@dataclass
class CatalogDiff:
    """What applying a file would change; ``removed_links`` counts links per removed entry id."""

    new: list[ImportedEntry] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    removed: list[CatalogEntry] = field(default_factory=list)
    unchanged: int = 0
    removed_links: dict[int, int] = field(default_factory=dict)
    removed_tenants: dict[int, int] = field(default_factory=dict)
    # The catalogue's entries as read for the comparison, and each file entry's parent identity.
    entries: list[CatalogEntry] = field(default_factory=list, repr=False)
    file_parents: dict[str, str | None] = field(default_factory=dict, repr=False)

    @property
    def linked_removed(self) -> list[CatalogEntry]:
        """The removed entries that profiles link to (their links stay, flagged)."""
        return [e for e in self.removed if self.removed_links.get(e.pk)]

    @property
    def is_empty(self) -> bool:
        return not (self.new or self.changed or self.removed)

    def summary(self) -> dict[str, int]:
        return {
            "new": len(self.new),
            "changed": len(self.changed),
            "removed": len(self.removed),
            "unchanged": self.unchanged,
            "links_to_removed": sum(self.removed_links.values()),
        }


def _replaces(catalog: Catalog) -> bool:
    """Global catalogues are replaced by a version; context catalogues are merged."""
    return catalog.kind not in CONTEXT_KINDS


@transaction.atomic
def version_prepare(
    *,
    catalog: Catalog,
    layout: str,
    data: bytes,
    file_name: str,
    label: str,
    source: str = "",
    issued_on: datetime.date | None = None,
    actor: User | None = None,
) -> CatalogVersion:
    """Read and validate a file for ``catalog`` and keep it as a pending version (raises CatalogFileError)."""
    if layout not in LAYOUTS_FOR_KIND.get(catalog.kind, ()):
        raise ValidationError({"layout": _("This file layout does not fit this catalogue.")})
    imported = read_catalog_file(layout, data, file_name)
    if issued_on is None and imported.issued_on:
        issued_on = datetime.date.fromisoformat(imported.issued_on)
    version = CatalogVersion(
        catalog=catalog,
        label=label.strip() or timezone.localdate().isoformat(),
        source=source.strip(),
        issued_on=issued_on,
        layout=layout,
        file_name=file_name[:255],
        items=[entry.as_json() for entry in imported.entries],
        notices=[str(notice) for notice in imported.notices],
        created_by=actor if actor is not None and actor.pk else None,
    )
    version.full_clean()
    version.save()
    # Pending versions of the same catalogue are superseded by the newest upload.
    CatalogVersion.objects.filter(catalog=catalog, status=VersionStatus.PENDING).exclude(
        pk=version.pk
    ).update(status=VersionStatus.DISCARDED)
    return version


def version_items(version: CatalogVersion) -> list[ImportedEntry]:
    """The validated entries of a stored version."""
    return [ImportedEntry.from_json(item) for item in version.items]


def catalog_diff(catalog: Catalog, items: Iterable[ImportedEntry]) -> CatalogDiff:
    """Compare the file's entries with the catalogue (its current and retired entries)."""
    items = list(items)
    entries = list(CatalogEntry.objects.filter(catalog=catalog))
    by_pk = {e.pk: e for e in entries}
    by_identity = {identity(key=e.key, name=e.name): e for e in entries}
    file_parents = _file_parents(items, set(by_identity))
    diff = CatalogDiff(entries=entries, file_parents=file_parents)
    for item in items:
        ident = identity(key=item.key, name=item.name)
        entry = by_identity.get(ident)
        if entry is None:
            diff.new.append(item)
            continue
        parent = by_pk.get(entry.parent_id) if entry.parent_id else None
        parent_ident = identity(key=parent.key, name=parent.name) if parent is not None else None
        changed = _changed_fields(entry, item)
        if parent_ident != file_parents[ident]:
            changed.append("parent")
        if changed:
            diff.changed.append(Change(entry=entry, item=item, fields=changed))
        else:
            diff.unchanged += 1
    if _replaces(catalog):
        seen = set(file_parents)
        diff.removed = [
            e for e in entries if not e.is_retired and identity(key=e.key, name=e.name) not in seen
        ]
        if diff.removed:
            _count_removed_links(diff)
    return diff


def _file_parents(items: list[ImportedEntry], known: set[str]) -> dict[str, str | None]:
    """Each file entry's parent identity; a parent is named by its key, or by its name where it has none."""
    idents = known | {identity(key=i.key, name=i.name) for i in items}
    parents: dict[str, str | None] = {}
    for item in items:
        parent = None
        if item.parent_key:
            parent = item.parent_key if item.parent_key in idents else identity(key="", name=item.parent_key)
        parents[identity(key=item.key, name=item.name)] = parent
    return parents


def _changed_fields(entry: CatalogEntry, item: ImportedEntry) -> list[str]:
    current: dict[str, Any] = {
        "name": entry.name,
        "description": entry.description,
        "synonyms": list(entry.synonyms or []),
        "url": entry.url,
        "extra": dict(entry.extra or {}),
    }
    incoming: dict[str, Any] = {
        "name": item.name,
        "description": item.description,
        "synonyms": list(item.synonyms),
        "url": item.url,
        "extra": dict(item.extra),
    }
    changed = [name for name in COMPARED_FIELDS if current[name] != incoming[name]]
    if entry.is_retired:
        changed.append("retired")
    return changed


def _count_removed_links(diff: CatalogDiff) -> None:
    """How many profiles (of how many tenants) link to the entries a version would remove."""
    ids = [e.pk for e in diff.removed]
    rows = (
        CatalogEntry.objects.filter(pk__in=ids, profile_links__isnull=False)
        .values("pk", "profile_links__tenant")
        .annotate(links=Count("profile_links"))
    )
    for row in rows:
        diff.removed_links[row["pk"]] = diff.removed_links.get(row["pk"], 0) + row["links"]
        tenant = row["profile_links__tenant"]
        diff.removed_tenants[tenant] = diff.removed_tenants.get(tenant, 0) + row["links"]


@transaction.atomic
def version_apply(*, version: CatalogVersion, actor: User | None = None) -> CatalogDiff:
    """Write a pending version's differences into its catalogue in one transaction."""
    catalog = Catalog.objects.select_for_update().get(pk=version.catalog_id)
    version = CatalogVersion.objects.select_for_update().get(pk=version.pk)
    if version.status != VersionStatus.PENDING:
        raise ValidationError(_("This version has already been applied or discarded."))
    diff = catalog_diff(catalog, version_items(version))
    _apply(catalog, version, diff)
    version.status = VersionStatus.APPLIED
    version.applied_at = timezone.now()
    version.summary = diff.summary()
    version.save(update_fields=["status", "applied_at", "summary"])
    catalog.version = version.label
    catalog.source = version.source or catalog.source
    catalog.issued_on = version.issued_on
    catalog.save(update_fields=["version", "source", "issued_on"])
    return diff


@transaction.atomic
def version_discard(*, version: CatalogVersion) -> None:
    """Drop a pending version; the catalogue stays as it is."""
    if version.status != VersionStatus.PENDING:
        raise ValidationError(_("This version has already been applied or discarded."))
    version.status = VersionStatus.DISCARDED
    version.items = []
    version.save(update_fields=["status", "items"])


def _apply(catalog: Catalog, version: CatalogVersion, diff: CatalogDiff) -> None:
    by_pk = {e.pk: e for e in diff.entries}
    existing = {identity(key=e.key, name=e.name): e for e in diff.entries}
    created: list[CatalogEntry] = []
    for item in diff.new:
        entry = CatalogEntry(catalog=catalog)
        _fill(entry, item)
        existing[identity(key=item.key, name=item.name)] = entry
        created.append(entry)
    for change in diff.changed:
        _fill(change.entry, change.item)
        change.entry.is_retired = False
        change.entry.retired_in = None
    for entry in diff.removed:
        entry.is_retired = True
        entry.retired_in = version
    # Every entry's parent: from the file where it names the entry, else (retired entries) unchanged.
    for ident, entry in existing.items():
        if ident in diff.file_parents:
            parent_ident = diff.file_parents[ident]
            entry.parent = existing[parent_ident] if parent_ident else None
        elif entry.parent_id is not None:
            entry.parent = by_pk[entry.parent_id]
    moved = _place(list(existing.values()))
    _insert(catalog, created)
    to_update = {e.pk: e for e in [c.entry for c in diff.changed] + diff.removed + moved}
    _update(list(to_update.values()))


INSERTED_FIELDS = (
    "uuid",
    "catalog",
    "parent",
    "key",
    "name",
    "description",
    "synonyms",
    "url",
    "extra",
    "is_retired",
    "search_document",
    "path",
    "depth",
)
UPDATED_FIELDS = (*COMPARED_FIELDS, "parent", "path", "depth", "is_retired", "retired_in", "search_document")


def _insert(catalog: Catalog, entries: list[CatalogEntry]) -> None:
    """Insert new entries level by level through the driver, then read their ids (parents need them)."""
    for depth in sorted({e.depth for e in entries}):
        level = [e for e in entries if e.depth == depth]
        for entry in level:
            entry.parent_id = entry.parent.pk if entry.parent is not None else None
        insert_rows(CatalogEntry, level, INSERTED_FIELDS)
        ids = dict(CatalogEntry.objects.filter(catalog=catalog, depth=depth).values_list("uuid", "id"))
        for entry in level:
            entry.pk = ids[entry.uuid]
            entry._state.adding = False


def _update(entries: list[CatalogEntry]) -> None:
    """Write changed entries through the driver."""
    for entry in entries:  # ids of objects assigned in this run (unassigned relations keep their id)
        entry.parent_id = entry.parent.pk if entry.parent is not None else None
        if CatalogEntry.retired_in.is_cached(entry):
            entry.retired_in_id = entry.retired_in.pk if entry.retired_in is not None else None
    update_rows(CatalogEntry, entries, UPDATED_FIELDS)


def _fill(entry: CatalogEntry, item: ImportedEntry) -> None:
    entry.key = item.key
    entry.name = item.name
    entry.description = item.description
    entry.synonyms = list(item.synonyms)
    entry.url = item.url
    entry.extra = dict(item.extra)
    entry.search_document = document_of(entry)


def _place(entries: list[CatalogEntry]) -> list[CatalogEntry]:
    """Set path and depth from the parents (already assigned); returns the saved entries that moved."""
    moved = []
    for entry in _parents_first(entries):
        old = (entry.path, entry.depth)
        prefix = entry.parent.path if entry.parent is not None else ""
        entry.path = f"{prefix}{entry.uuid.hex}/"
        entry.depth = entry.path.count("/") - 1
        if entry.depth >= MAX_DEPTH or len(entry.path) > PATH_SEGMENT_LENGTH * MAX_DEPTH:
            raise ValidationError(_("A hierarchy may have at most %(n)d levels.") % {"n": MAX_DEPTH})
        if entry.pk and old != (entry.path, entry.depth):
            moved.append(entry)
    return moved


def _parents_first(entries: list[CatalogEntry]) -> list[CatalogEntry]:
    children: dict[int, list[CatalogEntry]] = {}
    roots = []
    for entry in entries:
        parent = entry.parent
        if parent is None:
            roots.append(entry)
        else:
            children.setdefault(id(parent), []).append(entry)
    ordered: list[CatalogEntry] = []
    stack = list(reversed(roots))
    while stack:
        entry = stack.pop()
        ordered.append(entry)
        stack.extend(reversed(children.get(id(entry), [])))
    if len(ordered) != len(entries):
        raise ValidationError(_("The hierarchy of the file contains a cycle."))
    return ordered
