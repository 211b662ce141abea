"""A whole register as JSON: the documented exchange format between installations (docs/austauschformat.md).

The export is deterministic (fixed key order, sorted lists, no timestamps, ids or tenant names), so exporting,
importing into an empty register of another installation and exporting again gives the same bytes. The
import reads the whole file first — JSON syntax and the JSON Schema (``register_json_checks``), then every
reference and value (``register_json_reader``) — and raises all problems together as one German
``ValidationError``; only a file without problems is written, in one transaction with bulk inserts (like
``register.services.templates.template_instantiate``).
"""

import json
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from catalogues.choices import CONTEXT_KINDS
from catalogues.models import Catalog, CatalogEntry
from catalogues.services.entries import context_catalog_ensure
from core.bulk import insert_rows
from interchange.choices import JobKind, JobStatus
from interchange.models import ImportJob
from interchange.services.register_json_checks import (
    FORMAT,
    MAX_FILE_BYTES,
    VERSION,
    limited,
    not_empty_message,
    parse_register_file,
    register_is_empty,
    schema_problems,
    uuids_taken,
)
from interchange.services.register_json_reader import DATES, RELATIONS, SCALARS, RegisterReader
from organisation.models import OrgUnit, Position
from register.hooks import profiles_changed
from register.models import (
    AttributeDefinition,
    AttributeGroup,
    CatalogLink,
    Folder,
    ProcessProfile,
    TemplateInstance,
)
from register.search import sync_fts
from register.services.profiles import PROFILE_FIELDS
from register.services.search_index import profile_document
from scoring.services import CriterionSpec, scheme_export, scheme_save
from tenants.models import Tenant

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "VERSION",
    "register_json_bytes",
    "register_json_data",
    "register_json_import",
]

BATCH = 500
_PROFILE_COLUMNS = tuple(f.name for f in ProcessProfile._meta.concrete_fields if not f.primary_key)


# --- Export ------------------------------------------------------------------------------------------------


def register_json_data(*, tenant: Tenant) -> dict[str, Any]:
    """The tenant's whole register as plain data in the exchange format (the JSON before encoding)."""
    units = list(OrgUnit.objects.for_tenant(tenant).order_by("path"))
    unit_uuid = {u.pk: str(u.uuid) for u in units}
    unit_path = {u.pk: u.path for u in units}
    positions = sorted(
        Position.objects.for_tenant(tenant), key=lambda p: (unit_path[p.unit_id], p.name, str(p.uuid))
    )
    position_uuid = {p.pk: str(p.uuid) for p in positions}
    folders = list(Folder.objects.for_tenant(tenant).order_by("path"))
    folder_uuid = {f.pk: str(f.uuid) for f in folders}
    groups = list(AttributeGroup.objects.for_tenant(tenant).order_by("position", "name"))
    definitions = list(AttributeDefinition.objects.for_tenant(tenant).select_related("group").order_by("key"))
    defined = {d.key for d in definitions}
    entries = list(
        CatalogEntry.objects.filter(catalog__tenant=tenant, catalog__kind__in=CONTEXT_KINDS)
        .select_related("catalog")
        .order_by("catalog__kind", "path")
    )
    entry_uuid = {e.pk: str(e.uuid) for e in entries}
    profiles = list(
        ProcessProfile.objects.for_tenant(tenant)
        .order_by("number")
        .values(
            "id",
            "uuid",
            *SCALARS,
            *DATES,
            "folder_id",
            "owner_unit_id",
            "process_owner_id",
            "attributes",
            "origin_uuid",
            "origin_version_id",
        )
    )
    profile_uuid = {p["id"]: str(p["uuid"]) for p in profiles}
    participating = _grouped(
        ProcessProfile.participating_units.through.objects.filter(processprofile__tenant=tenant).values_list(
            "processprofile_id", "orgunit_id"
        ),
        unit_uuid,
    )
    predecessors = _grouped(
        ProcessProfile.predecessors.through.objects.filter(from_processprofile__tenant=tenant).values_list(
            "from_processprofile_id", "to_processprofile_id"
        ),
        profile_uuid,
    )
    global_links: dict[int, list[dict[str, str]]] = defaultdict(list)
    context_links: dict[int, list[str]] = defaultdict(list)
    links = CatalogLink.objects.for_tenant(tenant).values_list(
        "profile_id",
        "entry_id",
        "entry__key",
        "entry__name",
        "entry__catalog__kind",
        "entry__catalog__tenant_id",
    )
    for profile_id, entry_id, key, name, kind, owner in links:
        if owner is None:
            global_links[profile_id].append(
                {"catalog": kind, "key": key} if key else {"catalog": kind, "key": "", "name": name}
            )
        elif entry_id in entry_uuid:
            context_links[profile_id].append(entry_uuid[entry_id])
    origin, flagged = _template_origin(tenant)
    return {
        "format": FORMAT,
        "version": VERSION,
        "units": [
            {
                "uuid": str(u.uuid),
                "parent": unit_uuid.get(u.parent_id) if u.parent_id else None,
                "name": u.name,
                "short_code": u.short_code,
                "kind": u.kind,
                "position": u.position,
                "origin_uuid": _text(u.origin_uuid),
            }
            for u in units
        ],
        "positions": [
            {
                "uuid": str(p.uuid),
                "unit": unit_uuid[p.unit_id],
                "name": p.name,
                "pay_group": p.pay_group,
                "fte": f"{Decimal(p.fte):.2f}",
            }
            for p in positions
        ],
        "folders": [
            {
                "uuid": str(f.uuid),
                "parent": folder_uuid.get(f.parent_id) if f.parent_id else None,
                "name": f.name,
                "position": f.position,
                "origin_uuid": _text(f.origin_uuid),
            }
            for f in folders
        ],
        "attribute_groups": [{"name": g.name, "position": g.position} for g in groups],
        "attribute_definitions": [
            {
                "key": d.key,
                "group": d.group.name,
                "label": d.label,
                "type": d.type,
                "choices": list(d.choices or []),
                "required": d.required,
                "help_text": d.help_text,
                "position": d.position,
            }
            for d in definitions
        ],
        "context_entries": [
            {
                "uuid": str(e.uuid),
                "kind": e.catalog.kind,
                "parent": entry_uuid.get(e.parent_id) if e.parent_id else None,
                "key": e.key,
                "name": e.name,
                "description": e.description,
                "url": e.url,
                "synonyms": list(e.synonyms or []),
                "extra": {k: str(v) for k, v in sorted((e.extra or {}).items())},
                "retired": e.is_retired,
            }
            for e in entries
        ],
        "profiles": [
            {
                "uuid": str(p["uuid"]),
                **{
                    field: _profile_value(p, field, unit_uuid, folder_uuid, position_uuid)
                    for field in PROFILE_FIELDS
                },
                "attributes": {
                    key: value
                    for key, value in sorted((p["attributes"] or {}).items())
                    if key in defined and value is not None
                },
                "participating_units": sorted(participating.get(p["id"], [])),
                "predecessors": sorted(predecessors.get(p["id"], [])),
                "catalog_entries": sorted(
                    {json.dumps(ref, sort_keys=True): ref for ref in global_links.get(p["id"], [])}.values(),
                    key=lambda ref: (ref["catalog"], ref["key"], ref.get("name", "")),
                ),
                "context_entries": sorted(context_links.get(p["id"], [])),
                "origin_uuid": _text(p["origin_uuid"]),
                "from_template": origin is not None
                and (p["origin_version_id"] is not None or str(p["uuid"]) in flagged),
            }
            for p in profiles
        ],
        "scoring_scheme": _scheme(tenant),
        "template_origin": origin,
    }


def register_json_bytes(*, tenant: Tenant) -> bytes:
    """The export file: UTF-8 JSON, indented, with a final newline; the same register gives the same bytes."""
    text = json.dumps(register_json_data(tenant=tenant), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _grouped(pairs: Iterable[tuple[int, int]], names: dict[int, str]) -> dict[int, list[str]]:
    grouped: dict[int, list[str]] = defaultdict(list)
    for owner, other in pairs:
        if other in names:
            grouped[owner].append(names[other])
    return grouped


def _profile_value(
    row: dict[str, Any],
    field: str,
    units: dict[int, str],
    folders: dict[int, str],
    positions: dict[int, str],
) -> Any:
    if field in RELATIONS:
        pk = row[f"{field}_id"]
        names = {"folder": folders, "owner_unit": units, "process_owner": positions}[field]
        return names.get(pk) if pk is not None else None
    if field in DATES:
        return row[field].isoformat() if row[field] is not None else None
    if field == "addressees":
        return list(row[field] or [])
    return row[field]


def _scheme(tenant: Tenant) -> dict[str, Any] | None:
    data = scheme_export(tenant)
    if data is None:
        return None
    return {
        "note": data["note"],
        "criteria": [
            {
                "kind": str(c["kind"]),
                "attribute": c["attribute"],
                "weight": c["weight"],
                # Keys sorted: the order of a JSON object means nothing and differs between databases.
                "points": dict(sorted(c["points"].items())) if isinstance(c["points"], dict) else c["points"],
                "missing_points": c["missing_points"],
            }
            for c in data["criteria"]
        ],
    }


def _template_origin(tenant: Tenant) -> tuple[dict[str, Any] | None, set[str]]:
    """Where the register came from: the newer of the template instance and the last JSON import.

    Returns the origin and the profiles (UUIDs) an import recorded as coming from a template version that
    this installation does not know (those profiles have no ``origin_version``).
    """
    instance = (
        TemplateInstance.objects.for_tenant(tenant)
        .select_related("version__template")
        .order_by("-created_at")
        .first()
    )
    job = (
        ImportJob.objects.for_tenant(tenant)
        .filter(kind=JobKind.REGISTER, status=JobStatus.IMPORTED)
        .order_by("-created_at")
        .first()
    )
    if job is not None and (instance is None or job.created_at >= instance.created_at):
        if not isinstance(job.origin, dict):
            return None, set()
        origin = {key: job.origin[key] for key in ("template", "version", "version_uuid")}
        return origin, set(job.origin.get("profiles", []))
    if instance is not None:
        version = instance.version
        return {
            "template": version.template.name,
            "version": version.number,
            "version_uuid": str(version.uuid),
        }, set()
    return None, set()


# --- Import: reading the file -----------------------------------------------------------------------------


def register_json_import(*, tenant: Tenant, data: bytes, file_name: str, actor: User | None) -> ImportJob:
    """Import a register file into the tenant's empty register; every problem is raised together (German),
    and nothing is written unless the whole file is valid. Returns the import's record."""
    document = parse_register_file(data)
    problems: list[str] = []
    if not register_is_empty(tenant):
        problems.append(not_empty_message(tenant))
    problems.extend(schema_problems(document))
    if problems:
        raise ValidationError(limited(problems))
    reader = RegisterReader(tenant=tenant, document=document, renew=uuids_taken(document))
    reader.read()
    if reader.problems:
        raise ValidationError(limited(reader.problems))
    return _write(tenant=tenant, reader=reader, data=data, file_name=file_name, actor=actor)


# --- Import: writing --------------------------------------------------------------------------------------


def _bulk_create_by_depth(model: Any, nodes: list[Any]) -> None:
    """Insert tree nodes level by level, so each parent has its primary key before its children."""
    for depth in sorted({node.depth for node in nodes}):
        model.objects.bulk_create([n for n in nodes if n.depth == depth], batch_size=BATCH)


@transaction.atomic
def _write(
    *, tenant: Tenant, reader: RegisterReader, data: bytes, file_name: str, actor: User | None
) -> ImportJob:
    # Two imports into one register at the same time: the second waits here and then finds it filled.
    Tenant.objects.select_for_update().filter(pk=tenant.pk).first()
    if not register_is_empty(tenant):
        raise ValidationError(not_empty_message(tenant))
    _bulk_create_by_depth(OrgUnit, list(reader.units.values()))
    Position.objects.bulk_create(reader.positions.values(), batch_size=BATCH)
    _bulk_create_by_depth(Folder, list(reader.folders.values()))
    AttributeGroup.objects.bulk_create(reader.groups.values())
    AttributeDefinition.objects.bulk_create(reader.definitions.values())

    catalogs: dict[str, Catalog] = {}
    for kind, entry in reader.entries.values():
        if kind not in catalogs:
            catalogs[kind] = context_catalog_ensure(tenant=tenant, kind=kind)
        entry.catalog = catalogs[kind]
    _bulk_create_by_depth(CatalogEntry, [entry for _kind, entry in reader.entries.values()])

    texts: dict[str, list[str]] = defaultdict(list)
    for profile_uuid, entry_id in reader.global_links:
        texts[profile_uuid].extend(reader.global_texts[entry_id])
    for profile_uuid, entry_uuid in reader.context_links:
        entry = reader.entries[entry_uuid][1]
        texts[profile_uuid].extend([entry.key, entry.name, *(entry.synonyms or [])])
    flagged = set(reader.flagged)
    profiles, units = reader.profiles, reader.units
    now = timezone.now()
    for file_uuid, profile in profiles.items():
        profile.search_document = profile_document(profile, texts.get(file_uuid, []))
        if reader.origin_version is not None and file_uuid in flagged:
            profile.origin_version = reader.origin_version
        # insert_rows writes the ids as they are: those of objects saved after the assignment are set here.
        profile.folder_id = profile.folder.pk if profile.folder is not None else None
        profile.owner_unit_id = profile.owner_unit.pk if profile.owner_unit is not None else None
        profile.process_owner_id = profile.process_owner.pk if profile.process_owner is not None else None
        profile.created_at = profile.updated_at = now
    # Through the driver (thousands of rows; the ORM's bulk_create spent most of the import preparing values).
    insert_rows(ProcessProfile, profiles.values(), _PROFILE_COLUMNS)
    ids = dict(ProcessProfile.objects.for_tenant(tenant).values_list("uuid", "id"))
    for profile in profiles.values():
        profile.pk = ids[profile.uuid]
        profile._state.adding = False
    sync_fts((p.pk, p.search_document) for p in profiles.values())

    through = ProcessProfile.participating_units.through
    insert_rows(
        through,
        (through(processprofile_id=profiles[p].pk, orgunit_id=units[u].pk) for p, u in reader.participating),
        ["processprofile", "orgunit"],
    )
    pred_through = ProcessProfile.predecessors.through
    insert_rows(
        pred_through,
        (
            pred_through(from_processprofile_id=profiles[p].pk, to_processprofile_id=profiles[q].pk)
            for p, q in reader.predecessors
        ),
        ["from_processprofile", "to_processprofile"],
    )
    links = {(profiles[p].pk, entry_id) for p, entry_id in reader.global_links}
    links |= {(profiles[p].pk, reader.entries[e][1].pk) for p, e in reader.context_links}
    insert_rows(
        CatalogLink,
        (
            CatalogLink(tenant=tenant, profile_id=p, entry_id=e, created_at=now, updated_at=now)
            for p, e in sorted(links)
        ),
        ["uuid", "tenant", "profile", "entry", "created_at", "updated_at"],
    )

    if reader.scheme is not None:
        definitions = reader.definitions
        specs = [
            CriterionSpec(
                kind=item["kind"],
                weight=item["weight"],
                points=item["points"],
                missing_points=item["missing_points"],
                attribute=definitions[item["attribute"]] if item["attribute"] is not None else None,
            )
            for item in reader.scheme["criteria"]
        ]
        scheme_save(tenant=tenant, actor=actor, specs=specs, note=reader.scheme["note"])
    if profiles:  # e.g. the stored scores; an empty register without a scheme stays without one
        profiles_changed(tenant=tenant, profile_ids=None)

    origin: dict[str, Any] | None = None
    if reader.origin is not None:
        origin = dict(reader.origin)
        if reader.origin_version is not None:
            TemplateInstance.objects.create(tenant=tenant, version=reader.origin_version, created_by=actor)
        else:
            origin["profiles"] = sorted(str(profiles[u].uuid) for u in flagged)
    counts = {
        "units": len(reader.units),
        "positions": len(reader.positions),
        "folders": len(reader.folders),
        "attribute_definitions": len(reader.definitions),
        "context_entries": len(reader.entries),
        "profiles": len(reader.profiles),
        "catalog_links": len(links),
    }
    job = ImportJob(
        tenant=tenant,
        kind=JobKind.REGISTER,
        status=JobStatus.IMPORTED,
        created_by=actor,
        file_name=file_name[:255],
        file_size=len(data),
        row_count=len(reader.profiles),
        notices=reader.notices,
        result={"counts": counts},
        origin=origin,
        finished_at=timezone.now(),
    )
    job.save()
    return job
