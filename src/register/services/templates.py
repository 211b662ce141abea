"""The Musterprozessregister: publishing a tenant's register as a template version, and instantiating it.

A published version is an immutable JSON snapshot (organigram, positions, folders, attribute definitions,
context catalogues, profiles with figures and catalogue links). Instantiating copies it into a tenant in one
transaction with bulk writes; every copy remembers the UUID it came from, for later template updates.
"""

import uuid as uuid_module
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from catalogues.choices import CONTEXT_KINDS
from catalogues.models import Catalog, CatalogEntry
from catalogues.search import document_of
from catalogues.services.entries import context_catalog_ensure
from organisation.models import OrgUnit, Position
from register.hooks import profiles_changed, snapshot_sections
from register.models import (
    AttributeDefinition,
    AttributeGroup,
    CatalogLink,
    Folder,
    ProcessProfile,
    RegisterTemplate,
    TemplateInstance,
    TemplateVersion,
)
from register.search import sync_fts
from register.services.profiles import PROFILE_FIELDS
from register.services.search_index import entry_texts_by_key, profile_document
from tenants.models import Tenant

SNAPSHOT_FORMAT = 1
BATCH = 500
# Relations are stored as UUIDs separately; review dates belong to the authority, not the template.
_NOT_IN_SNAPSHOT = {"folder", "owner_unit", "process_owner", "last_review", "next_review"}
PROFILE_SNAPSHOT_FIELDS = (*(f for f in PROFILE_FIELDS if f not in _NOT_IN_SNAPSHOT), "attributes")


def _snapshot(tenant: Tenant) -> dict[str, Any]:
    units = list(OrgUnit.objects.for_tenant(tenant).order_by("path"))
    unit_uuid = {u.pk: str(u.uuid) for u in units}
    folders = list(Folder.objects.for_tenant(tenant).order_by("path"))
    folder_uuid = {f.pk: str(f.uuid) for f in folders}
    positions = list(Position.objects.for_tenant(tenant))
    position_uuid = {p.pk: str(p.uuid) for p in positions}
    groups = list(AttributeGroup.objects.for_tenant(tenant))
    definitions = list(AttributeDefinition.objects.for_tenant(tenant).select_related("group"))
    context_entries = list(
        CatalogEntry.objects.filter(catalog__tenant=tenant, catalog__kind__in=CONTEXT_KINDS)
        .select_related("catalog", "parent")
        .order_by("catalog__kind", "depth", "path")
    )
    profiles = list(ProcessProfile.objects.for_tenant(tenant).order_by("number"))
    participating: dict[int, list[str]] = {}
    through = ProcessProfile.participating_units.through
    for profile_id, unit_id in through.objects.filter(processprofile__tenant=tenant).values_list(
        "processprofile_id", "orgunit_id"
    ):
        participating.setdefault(profile_id, []).append(unit_uuid[unit_id])
    links: dict[int, list[str]] = {}
    for profile_id, entry_uuid in CatalogLink.objects.for_tenant(tenant).values_list(
        "profile_id", "entry__uuid"
    ):
        links.setdefault(profile_id, []).append(str(entry_uuid))
    profile_uuid = {p.pk: str(p.uuid) for p in profiles}
    predecessors: dict[int, list[str]] = {}
    pred_through = ProcessProfile.predecessors.through
    for from_id, to_id in pred_through.objects.filter(from_processprofile__tenant=tenant).values_list(
        "from_processprofile_id", "to_processprofile_id"
    ):
        predecessors.setdefault(from_id, []).append(profile_uuid[to_id])
    return {
        "format": SNAPSHOT_FORMAT,
        **{section.key: section.export(tenant) for section in snapshot_sections()},
        "units": [
            {
                "uuid": str(u.uuid),
                "parent": unit_uuid.get(u.parent_id),
                "name": u.name,
                "short_code": u.short_code,
                "kind": u.kind,
                "position": u.position,
            }
            for u in units
        ],
        "positions": [
            {
                "uuid": str(p.uuid),
                "unit": unit_uuid[p.unit_id],
                "name": p.name,
                "pay_group": p.pay_group,
                "fte": str(p.fte),
            }
            for p in positions
        ],
        "folders": [
            {
                "uuid": str(f.uuid),
                "parent": folder_uuid.get(f.parent_id),
                "name": f.name,
                "position": f.position,
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
                "choices": d.choices,
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
                "key": e.key,
                "name": e.name,
                "description": e.description,
                "url": e.url,
                "synonyms": e.synonyms,
                "parent": str(e.parent.uuid) if e.parent is not None else None,
            }
            for e in context_entries
        ],
        "profiles": [
            {
                "uuid": str(p.uuid),
                **{field: getattr(p, field) for field in PROFILE_SNAPSHOT_FIELDS},
                "folder": folder_uuid.get(p.folder_id),
                "owner_unit": unit_uuid.get(p.owner_unit_id),
                "process_owner": position_uuid.get(p.process_owner_id),
                "participating_units": participating.get(p.pk, []),
                "catalog_entries": links.get(p.pk, []),
                "predecessors": predecessors.get(p.pk, []),
            }
            for p in profiles
        ],
    }


@transaction.atomic
def template_version_publish(
    *, tenant: Tenant, template: RegisterTemplate, actor: User | None, note: str = ""
) -> TemplateVersion:
    """Publish the tenant's current register as the next, immutable version of its template."""
    if template.tenant_id != tenant.pk:
        raise ValidationError(_("Only the publishing authority can publish this template."))
    if not tenant.is_template_publisher:
        raise ValidationError(_("This authority does not publish register templates."))
    snapshot = _snapshot(tenant)
    if not snapshot["profiles"]:
        raise ValidationError(_("The register is empty; there is nothing to publish."))
    latest = template.versions.aggregate(latest=Max("number"))["latest"] or 0
    version = TemplateVersion(
        template=template,
        uuid=uuid_module.uuid4(),
        number=latest + 1,
        note=note[:500],
        published_by=actor,
        profile_count=len(snapshot["profiles"]),
        snapshot=snapshot,
    )
    version.full_clean()
    version.save()
    return version


@transaction.atomic
def template_instantiate(*, tenant: Tenant, version: TemplateVersion, actor: User | None) -> TemplateInstance:
    """Create the tenant's register from a template version: organigram, folders, profiles, links."""
    if any(
        model.objects.for_tenant(tenant).exists()
        for model in (ProcessProfile, OrgUnit, Folder, AttributeGroup, AttributeDefinition)
    ):
        raise ValidationError(
            _("The register of %(tenant)s is not empty. A template can only be used for an empty register.")
            % {"tenant": tenant.name}
        )
    data = version.snapshot
    if not isinstance(data, dict) or data.get("format") != SNAPSHOT_FORMAT:
        raise ValidationError(_("This template version has an unknown format."))

    units: dict[str, OrgUnit] = {}
    for item in data["units"]:  # parents come first (ordered by path)
        unit = OrgUnit(
            tenant=tenant,
            parent=units.get(item["parent"]) if item["parent"] else None,
            name=item["name"],
            short_code=item["short_code"],
            kind=item["kind"],
            position=item["position"],
            origin_uuid=item["uuid"],
        )
        unit.compute_path()
        units[item["uuid"]] = unit
    _bulk_create_by_depth(OrgUnit, list(units.values()))

    positions = {
        item["uuid"]: Position(
            tenant=tenant,
            unit=units[item["unit"]],
            name=item["name"],
            pay_group=item["pay_group"],
            fte=item["fte"],
        )
        for item in data["positions"]
    }
    Position.objects.bulk_create(positions.values(), batch_size=BATCH)

    folders: dict[str, Folder] = {}
    for item in data["folders"]:
        folder = Folder(
            tenant=tenant,
            parent=folders.get(item["parent"]) if item["parent"] else None,
            name=item["name"],
            position=item["position"],
            origin_uuid=item["uuid"],
        )
        folder.compute_path()
        folders[item["uuid"]] = folder
    _bulk_create_by_depth(Folder, list(folders.values()))

    groups = {
        g["name"]: AttributeGroup(tenant=tenant, name=g["name"], position=g["position"])
        for g in data["attribute_groups"]
    }
    AttributeGroup.objects.bulk_create(groups.values())
    AttributeDefinition.objects.bulk_create(
        AttributeDefinition(
            tenant=tenant,
            group=groups[d["group"]],
            key=d["key"],
            label=d["label"],
            type=d["type"],
            choices=d["choices"],
            required=d["required"],
            help_text=d["help_text"],
            position=d["position"],
        )
        for d in data["attribute_definitions"]
    )

    entry_map = _copy_context_entries(tenant, data["context_entries"])
    global_uuids = {u for p in data["profiles"] for u in p["catalog_entries"]} - set(entry_map)
    entry_map.update(
        {str(e.uuid): e.pk for e in CatalogEntry.objects.filter(uuid__in=global_uuids).only("id", "uuid")}
    )

    # The search documents are built before the insert: the texts and the linked entries are all known.
    entry_texts = entry_texts_by_key(
        CatalogEntry.objects.filter(pk__in=set(entry_map.values())).values_list(
            "pk", "key", "name", "synonyms"
        )
    )
    profiles: dict[str, ProcessProfile] = {}
    for item in data["profiles"]:
        values = {field: item[field] for field in PROFILE_SNAPSHOT_FIELDS}
        profile = ProcessProfile(
            tenant=tenant,
            **values,
            folder=folders.get(item["folder"]) if item["folder"] else None,
            owner_unit=units.get(item["owner_unit"]) if item["owner_unit"] else None,
            process_owner=positions.get(item["process_owner"]) if item["process_owner"] else None,
            origin_uuid=item["uuid"],
            origin_version=version,
        )
        linked = (entry_map[e] for e in item["catalog_entries"] if e in entry_map)
        profile.search_document = profile_document(profile, (t for pk in linked for t in entry_texts[pk]))
        profiles[item["uuid"]] = profile
    ProcessProfile.objects.bulk_create(profiles.values(), batch_size=BATCH)
    sync_fts((p.pk, p.search_document) for p in profiles.values())

    through = ProcessProfile.participating_units.through
    through.objects.bulk_create(
        (
            through(processprofile_id=profiles[p["uuid"]].pk, orgunit_id=units[u].pk)
            for p in data["profiles"]
            for u in p["participating_units"]
        ),
        batch_size=BATCH,
    )
    pred_through = ProcessProfile.predecessors.through
    pred_through.objects.bulk_create(
        (
            pred_through(from_processprofile_id=profiles[p["uuid"]].pk, to_processprofile_id=profiles[q].pk)
            for p in data["profiles"]
            for q in p["predecessors"]
            if q in profiles
        ),
        batch_size=BATCH,
    )
    CatalogLink.objects.bulk_create(
        (
            CatalogLink(tenant=tenant, profile_id=profiles[p["uuid"]].pk, entry_id=entry_map[e])
            for p in data["profiles"]
            for e in p["catalog_entries"]
            if e in entry_map
        ),
        batch_size=BATCH,
    )
    for section in snapshot_sections():  # e.g. the scoring scheme, which then scores the new profiles
        section.instantiate(tenant, data.get(section.key))
    profiles_changed(tenant=tenant, profile_ids=None)
    return TemplateInstance.objects.create(tenant=tenant, version=version, created_by=actor)


def _bulk_create_by_depth(model: Any, nodes: list[Any]) -> None:
    """Insert tree nodes level by level, so each parent has its primary key before its children."""
    for depth in sorted({node.depth for node in nodes}):
        model.objects.bulk_create([n for n in nodes if n.depth == depth], batch_size=BATCH)


def _copy_context_entries(tenant: Tenant, items: list[dict[str, Any]]) -> dict[str, int]:
    """Copy the template's context catalogue entries into the tenant's own catalogues."""
    catalogs: dict[str, Catalog] = {}
    entries: dict[str, CatalogEntry] = {}
    for item in items:
        catalog = catalogs.get(item["kind"])
        if catalog is None:
            catalog = catalogs[item["kind"]] = context_catalog_ensure(tenant=tenant, kind=item["kind"])
        entry = CatalogEntry(
            catalog=catalog,
            key=item["key"],
            name=item["name"],
            description=item["description"],
            url=item["url"],
            synonyms=item.get("synonyms", []),
            parent=entries.get(item.get("parent") or ""),  # parents come first (ordered by depth)
        )
        entry.compute_path()
        entry.search_document = document_of(entry)
        entries[item["uuid"]] = entry
    for depth in sorted({e.depth for e in entries.values()}):  # a parent is saved before its children
        level = [e for e in entries.values() if e.depth == depth]
        CatalogEntry.objects.bulk_create(level, batch_size=BATCH)
    return {origin: entry.pk for origin, entry in entries.items()}
