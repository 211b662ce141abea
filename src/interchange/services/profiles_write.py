"""Writing a checked plan: new profiles through the driver with their search documents, changed fields in
bulk, participants, predecessors and catalogue links per catalogue; one transaction is the caller's."""

from __future__ import annotations

import uuid
from collections import defaultdict
from types import SimpleNamespace
from typing import Any

from django.utils import timezone

from catalogues.choices import CatalogKind
from catalogues.models import CatalogEntry
from core.bulk import insert_rows, update_values
from interchange.cells import normalised
from interchange.fields import ATTRIBUTE_PREFIX
from interchange.services.profiles_check import Plan, RowPlan
from register.models import CatalogLink, Folder, ProcessProfile
from register.search import sync_fts
from register.services.search_index import entry_texts_by_key, profile_document, profiles_reindex
from scoring.engine import score_of
from scoring.selectors import rules_for
from tenants.models import Tenant

BATCH = 500

# Standard model fields a column can fill directly (relations and links are handled apart).


def write_plan(tenant: Tenant, plan: Plan) -> list[int]:
    """Insert and update the planned rows; returns the ids of every profile written."""
    folders = _create_folders(tenant, plan)
    now = timezone.now()
    creates = [r for r in plan.rows if r.action == "create"]
    updates = [r for r in plan.rows if r.action == "update"]
    _insert_profiles(tenant, creates, folders, now)
    by_fields: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
    for r in updates:
        profile = r.profile
        assert profile is not None
        values = {name: value for name, value in r.values.items() if name in r.changed}
        if r.folder is not None and "folder" in r.changed:
            values["folder_id"] = folders[tuple(normalised(n) for n in r.folder)]
        if any(name.startswith(ATTRIBUTE_PREFIX) for name in r.changed):
            values["attributes"] = {**profile.attributes, **r.attributes}
        if values:
            names = tuple(sorted(values))
            by_fields[names].append([*(values[name] for name in names), now, profile.pk])
    for names, rows in by_fields.items():
        update_values(ProcessProfile, [_field_name(n) for n in names] + ["updated_at"], rows)
    written = [*creates, *updates]
    _set_units(written)
    _set_predecessors(tenant, written)
    _set_links(tenant, creates, updates)
    # New profiles were inserted with their search documents; changed ones are indexed again.
    profiles_reindex(tenant=tenant, profile_ids=[r.profile.pk for r in updates if r.profile is not None])
    return [r.profile.pk for r in written if r.profile is not None]


_INSERTED = [
    f.name
    for f in ProcessProfile._meta.concrete_fields
    if not f.primary_key and f.name not in ("origin_uuid", "origin_version")
]


def _insert_profiles(
    tenant: Tenant, creates: list[RowPlan], folders: dict[tuple[str, ...], int], now: Any
) -> None:
    """Insert the new profiles through the driver with their search documents, then read their ids."""
    if not creates:
        return
    entry_ids = {entry for r in creates for ids in r.links.values() for entry in ids}
    texts: dict[object, list[str]] = {}
    for start in range(0, len(entry_ids), BATCH * 10):
        chunk = sorted(entry_ids)[start : start + BATCH * 10]
        texts.update(
            entry_texts_by_key(
                CatalogEntry.objects.filter(pk__in=chunk).values_list("pk", "key", "name", "synonyms")
            )
        )
    rules = rules_for(tenant)
    profiles = []
    for r in creates:
        profile = r.profile
        assert profile is not None
        if r.folder:
            profile.folder_id = folders[tuple(normalised(n) for n in r.folder)]
        profile.created_at = profile.updated_at = now
        linked = (text for ids in r.links.values() for entry in ids for text in texts.get(entry, ()))
        profile.search_document = profile_document(profile, linked)
        if rules:  # scored before the insert: the recompute after the import then has nothing to write
            inputs = {**vars(profile), "has_ozg_link": bool(r.links.get(CatalogKind.OZG))}
            profile.score = score_of(rules, inputs)
        profiles.append(profile)
    for start in range(0, len(profiles), BATCH * 4):
        insert_rows(ProcessProfile, profiles[start : start + BATCH * 4], _INSERTED)
    ids: dict[str, int] = {}
    numbers = [p.number for p in profiles]
    for start in range(0, len(numbers), BATCH * 4):
        query = ProcessProfile.objects.for_tenant(tenant).filter(
            number__in=numbers[start : start + BATCH * 4]
        )
        ids.update(query.values_list("number", "pk"))
    for profile in profiles:
        profile.pk = ids[profile.number]
    sync_fts((p.pk, p.search_document) for p in profiles)


def _field_name(attname: str) -> str:
    return (
        attname.removesuffix("_id")
        if attname in ("folder_id", "owner_unit_id", "process_owner_id")
        else attname
    )


def _create_folders(tenant: Tenant, plan: Plan) -> dict[tuple[str, ...], int]:
    """Folder path (normalised names) → folder id for every folder, creating the missing ones by level."""
    by_key = dict(plan.folders)
    for names in plan.new_folders:  # sorted: parents before their children
        key = tuple(normalised(name) for name in names)
        folder = Folder(tenant=tenant, parent=by_key.get(key[:-1]), name=names[-1])
        folder.compute_path()
        folder.save()
        by_key[key] = folder
    return {key: folder.pk for key, folder in by_key.items()}


def _set_units(rows: list[RowPlan]) -> None:
    through = ProcessProfile.participating_units.through
    changing = [r for r in rows if r.units is not None and r.profile is not None]
    if not changing:
        return
    ids = [r.profile.pk for r in changing if r.profile is not None]
    for start in range(0, len(ids), BATCH):
        through.objects.filter(processprofile_id__in=ids[start : start + BATCH]).delete()
    through.objects.bulk_create(
        (
            through(processprofile_id=r.profile.pk, orgunit_id=unit)
            for r in changing
            if r.profile
            for unit in r.units or []
        ),
        batch_size=BATCH,
    )


def _set_predecessors(tenant: Tenant, rows: list[RowPlan]) -> None:
    through = ProcessProfile.predecessors.through
    changing = [r for r in rows if r.predecessors is not None and r.profile is not None]
    if not changing:
        return
    wanted = {n for r in changing for n in r.predecessors or []}
    ids_by_number = dict(
        ProcessProfile.objects.for_tenant(tenant).filter(number__in=list(wanted)).values_list("number", "pk")
    )
    ids = [r.profile.pk for r in changing if r.profile is not None]
    for start in range(0, len(ids), BATCH):
        through.objects.filter(from_processprofile_id__in=ids[start : start + BATCH]).delete()
    through.objects.bulk_create(
        (
            through(from_processprofile_id=r.profile.pk, to_processprofile_id=ids_by_number[n])
            for r in changing
            if r.profile
            for n in r.predecessors or []
            if n in ids_by_number
        ),
        batch_size=BATCH,
    )


def _set_links(tenant: Tenant, creates: list[RowPlan], updates: list[RowPlan]) -> None:
    """A mapped catalogue column makes its keys the profile's complete links into that catalogue."""
    changing: dict[str, list[int]] = defaultdict(list)
    for r in updates:
        for kind in r.links:
            if f"catalog:{kind}" in r.changed and r.profile is not None:
                changing[kind].append(r.profile.pk)
    for kind, ids in changing.items():
        for start in range(0, len(ids), BATCH):
            CatalogLink.objects.for_tenant(tenant).filter(
                profile_id__in=ids[start : start + BATCH], entry__catalog__kind=kind
            ).delete()
    pairs = [(r, ids) for r in creates if r.profile is not None for ids in r.links.values()]
    pairs += [
        (r, ids)
        for r in updates
        if r.profile is not None
        for kind, ids in r.links.items()
        if f"catalog:{kind}" in r.changed
    ]
    now = timezone.now()
    links = [
        SimpleNamespace(
            uuid=uuid.uuid4(),
            tenant_id=tenant.pk,
            profile_id=r.profile.pk,
            entry_id=entry,
            created_at=now,
            updated_at=now,
        )
        for r, ids in pairs
        if r.profile is not None
        for entry in dict.fromkeys(ids)
    ]
    insert_rows(CatalogLink, links, ["uuid", "tenant", "profile", "entry", "created_at", "updated_at"])
