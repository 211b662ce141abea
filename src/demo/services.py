"""Loading the demo: example catalogues, the publishing state team with its Musterprozessregister,
the demo municipality "Musterstadt", a second municipality, and a user for every role.

Running it again changes nothing that exists already. All content is invented example data.
"""

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from catalogues.choices import CatalogKind, ImportLayout, VersionStatus
from catalogues.models import Catalog, CatalogEntry, CatalogVersion
from catalogues.search import document_of
from catalogues.services.entries import context_catalog_ensure
from demo.data import CatalogItem
from demo.data import catalogues as catalogue_data
from demo.data import context as context_data
from demo.data import organigram as organigram_data
from demo.data import products as product_data
from demo.data.models import MODELS
from demo.data.profiles import build_profiles
from modelling.bpmn.build import linear_process
from modelling.models import ProcessModel
from modelling.services.models import model_create
from organisation.models import OrgUnit, Position
from register.choices import AttributeType, DocumentationState, ReleaseStatus
from register.models import (
    AttributeDefinition,
    AttributeGroup,
    CatalogLink,
    Folder,
    ProcessProfile,
    RegisterTemplate,
    TemplateVersion,
)
from register.services.profiles import profile_priority_set
from register.services.search_index import profiles_reindex
from register.services.templates import template_instantiate, template_version_publish
from scoring.services import scheme_ensure
from tenants.choices import Role, SizeClass, TenantKind
from tenants.models import Membership, Tenant

DEMO_PASSWORD = "Prozesse-2026"  # noqa: S105 (printed demo login, never used in production)
BATCH = 500
PUBLISHER_SLUG = "landesteam"
TEMPLATE_NAME = "Musterprozessregister für kleine Gemeinden (Beispieldaten)"

TENANTS: list[dict[str, Any]] = [
    {
        "slug": PUBLISHER_SLUG,
        "name": "Landesteam Musterprozessregister (Beispiel)",
        "kind": TenantKind.STATE_AGENCY,
        "size_class": "",
        "municipality_key": "",
        "is_template_publisher": True,
    },
    {
        "slug": "musterstadt",
        "name": "Stadt Musterstadt",
        "kind": TenantKind.TOWN,
        "size_class": SizeClass.GK_10000,
        "municipality_key": "14599001",
        "is_template_publisher": False,
    },
    {
        "slug": "neudorf",
        "name": "Gemeinde Neudorf",
        "kind": TenantKind.MUNICIPALITY,
        "size_class": SizeClass.GK_5000,
        "municipality_key": "14599002",
        "is_template_publisher": False,
    },
]

USERS = [
    # username, full name, [(tenant slug, role)], superuser
    ("admin", "Anna Admin", [("musterstadt", Role.ADMINISTRATOR)], False),
    ("modellierer", "Moritz Modell", [("musterstadt", Role.MODELLER)], False),
    ("pruefer", "Paula Prüf", [("musterstadt", Role.REVIEWER)], False),
    ("betrachter", "Bernd Blick", [("musterstadt", Role.VIEWER)], False),
    ("neudorf", "Nora Neudorf", [("neudorf", Role.ADMINISTRATOR)], False),
    ("landesteam", "Lars Land", [(PUBLISHER_SLUG, Role.ADMINISTRATOR), ("musterstadt", Role.VIEWER)], False),
    ("plattform", "Platon Plattform", [], True),
]

CATALOGUES: list[tuple[CatalogKind, str, tuple[CatalogItem, ...]]] = [
    (CatalogKind.LEIKA, "LeiKa – Leistungskatalog (Beispieldaten)", catalogue_data.LEIKA),
    (CatalogKind.OZG, "OZG-Umsetzungskatalog (Beispieldaten)", catalogue_data.OZG),
    (CatalogKind.KGST, "KGSt-Prozesskatalog (Beispieldaten)", catalogue_data.KGST),
    (CatalogKind.SRH, "Aufgabenkatalog des Rechnungshofs (Beispieldaten)", catalogue_data.SRH),
    (CatalogKind.PRODUCT, "Produktplan (Beispieldaten)", product_data.PRODUCTS),
]
CONTEXT_CATALOGUES = [
    (CatalogKind.DOCUMENTS, "DOCUMENTS"),
    (CatalogKind.IT_SYSTEMS, "IT_SYSTEMS"),
    (CatalogKind.LEGAL_BASES, "LEGAL_BASES"),
    (CatalogKind.EXTERNAL_PARTIES, "EXTERNAL_PARTIES"),
]


@dataclass
class DemoSummary:
    """What a demo run created (empty lists: everything existed already)."""

    created: list[str] = field(default_factory=list)
    logins: list[tuple[str, str, str]] = field(default_factory=list)


@transaction.atomic
def demo_load() -> DemoSummary:
    """Create whatever of the demo is missing."""
    summary = DemoSummary()
    version = _template(summary)
    tenants = {spec["slug"]: _tenant(spec, summary) for spec in TENANTS}
    for slug in ("musterstadt", "neudorf"):
        if not ProcessProfile.objects.for_tenant(tenants[slug]).exists():
            template_instantiate(tenant=tenants[slug], version=version, actor=None)
            summary.created.append(f"Register von {tenants[slug].name} aus der Vorlage")
            if slug == "musterstadt":
                _musterstadt_priority(tenants[slug])
    if not ProcessModel.objects.for_tenant(tenants["musterstadt"]).exists():
        _musterstadt_models(tenants["musterstadt"])
        summary.created.append("Beispielmodelle (BPMN) in Musterstadt")
    _users(tenants, summary)
    return summary


def _musterstadt_priority(tenant: Tenant) -> None:
    """One decision of the town's steering group, to show a manual priority beside the scores."""
    profile = (
        ProcessProfile.objects.for_tenant(tenant).filter(name="Halterwechsel eines Hundes melden").first()
    )
    if profile is not None:
        profile_priority_set(
            tenant=tenant,
            profile=profile,
            priority=1,
            reason="Beschluss des Lenkungskreises Digitalisierung: Pilotverfahren für das neue "
            "Bürgerportal, gemeinsam mit der Anmeldung eines Hundes",
        )


def _musterstadt_models(tenant: Tenant) -> None:
    """Three BPMN models, so the profile page, the modeller and the print view have something to show."""
    profiles = ProcessProfile.objects.for_tenant(tenant).filter(name__in=list(MODELS))
    for index, profile in enumerate(profiles.order_by("number")):
        lanes, steps = MODELS[profile.name]
        xml = linear_process(name=profile.name, lanes=lanes, steps=steps, prefix=f"Demo{index + 1}")
        model_create(
            tenant=tenant,
            profile=profile,
            name=f"Ablauf: {profile.name}",
            user=None,
            xml=xml,
            comment="Beispielmodell der Demo",
        )


@transaction.atomic
def demo_template() -> TemplateVersion:
    """The example catalogues, the publishing state team and its published template — nothing else.

    The scale generator builds its registers from this without the demo municipalities.
    """
    return _template(DemoSummary())


def _template(summary: DemoSummary) -> TemplateVersion:
    entries = _global_catalogues(summary)
    publisher = _tenant(next(spec for spec in TENANTS if spec["slug"] == PUBLISHER_SLUG), summary)
    template = RegisterTemplate.objects.for_tenant(publisher).filter(name=TEMPLATE_NAME).first()
    if template is None:
        _publisher_register(publisher, entries)
        scheme_ensure(tenant=publisher)  # the default scheme travels with the template
        template = RegisterTemplate.objects.create(
            tenant=publisher,
            name=TEMPLATE_NAME,
            is_example=True,
            description="Beispiel-Musterprozessregister einer Gemeinde mit 5.000 bis 20.000 Einwohnern. "
            "Alle Inhalte sind erfundene Beispieldaten.",
        )
        template_version_publish(tenant=publisher, template=template, actor=None, note="Erste Fassung")
        summary.created.append(f"Vorlage „{TEMPLATE_NAME}“, Version 1")
    version = TemplateVersion.objects.filter(template=template).order_by("-number").first()
    assert version is not None
    return version


def _tenant(spec: dict[str, Any], summary: DemoSummary) -> Tenant:
    tenant, created = Tenant.objects.get_or_create(slug=spec["slug"], defaults=spec)
    if created:
        summary.created.append(f"Mandant {tenant.name}")
    return tenant


def _users(tenants: dict[str, Tenant], summary: DemoSummary) -> None:
    user_model = get_user_model()
    for username, full_name, memberships, superuser in USERS:
        first, last = full_name.split(" ", 1)
        user = user_model.objects.filter(username=username).first()
        if user is None:
            user = user_model(
                username=username,
                first_name=first,
                last_name=last,
                is_staff=superuser,
                is_superuser=superuser,
            )
            user.set_password(DEMO_PASSWORD)
            user.save()
            summary.created.append(f"Benutzer {username}")
        for slug, role in memberships:
            Membership.objects.get_or_create(tenant=tenants[slug], user=user, defaults={"role": role})
        roles = ", ".join(f"{Role(role).label} in {tenants[slug].name}" for slug, role in memberships)
        summary.logins.append(
            (username, DEMO_PASSWORD, roles or "Plattform-Administration (/plattform/kataloge/)")
        )


CATALOGUE_SOURCE = "Beispieldaten der Offenen Prozessplattform"
CATALOGUE_VERSION = "2026-1"
CATALOGUE_DATE = datetime.date(2026, 1, 1)


def _global_catalogues(summary: DemoSummary) -> dict[tuple[str, str], CatalogEntry]:
    """The example global catalogues; returns their entries by (kind, key)."""
    for kind, name, items in CATALOGUES:
        if Catalog.objects.filter(tenant__isnull=True, kind=kind).exists():
            continue
        catalog = Catalog.objects.create(
            kind=kind,
            name=name,
            source=CATALOGUE_SOURCE,
            version=CATALOGUE_VERSION,
            issued_on=CATALOGUE_DATE,
            is_example=True,
        )
        _create_entries(catalog, items)
        # Its first version, as if imported: the history starts here.
        CatalogVersion.objects.create(
            catalog=catalog,
            label=CATALOGUE_VERSION,
            source=CATALOGUE_SOURCE,
            issued_on=CATALOGUE_DATE,
            layout=ImportLayout.LEIKA if kind == CatalogKind.LEIKA else ImportLayout.HIERARCHICAL,
            file_name="",
            status=VersionStatus.APPLIED,
            applied_at=timezone.now(),
            summary={"new": len(items), "changed": 0, "removed": 0, "unchanged": 0, "links_to_removed": 0},
        )
        summary.created.append(f"Katalog {name}")
    return {
        (e.catalog.kind, e.key): e
        for e in CatalogEntry.objects.filter(catalog__tenant__isnull=True)
        .select_related("catalog")
        .only("key", "catalog__kind")
    }


def _create_entries(catalog: Catalog, items: tuple[CatalogItem, ...]) -> None:
    by_key: dict[str, CatalogEntry] = {}
    pending = list(items)
    while pending:  # parents before children, one insert per level
        level = [i for i in pending if i.parent_key is None or i.parent_key in by_key]
        if not level:
            raise ValueError(f"{catalog.kind}: entries with unknown parents: {[i.key for i in pending[:5]]}")
        batch = []
        for item in level:
            entry = CatalogEntry(
                catalog=catalog,
                key=item.key,
                name=item.name,
                description=item.description,
                synonyms=list(item.synonyms),
                extra=dict(item.extra),
                parent=by_key.get(item.parent_key) if item.parent_key else None,
            )
            entry.compute_path()
            entry.search_document = document_of(entry)
            by_key[item.key] = entry
            batch.append(entry)
        CatalogEntry.objects.bulk_create(batch, batch_size=BATCH)
        done = {i.key for i in level}
        pending = [i for i in pending if i.key not in done]


def _publisher_register(tenant: Tenant, entries: dict[tuple[str, str], CatalogEntry]) -> None:
    """The state team's own register, built from the example data; it is published as the template."""
    units: dict[str, OrgUnit] = {}
    positions: dict[str, list[Position]] = {}
    remaining = list(organigram_data.UNITS)
    while remaining:
        level = [u for u in remaining if u.parent_code is None or u.parent_code in units]
        for position, unit_item in enumerate(level):
            unit = OrgUnit(
                tenant=tenant,
                name=unit_item.name,
                short_code=unit_item.code,
                kind=unit_item.kind,
                parent=units.get(unit_item.parent_code) if unit_item.parent_code else None,
                position=position,
            )
            unit.compute_path()
            unit.full_clean()
            units[unit_item.code] = unit
        OrgUnit.objects.bulk_create([units[u.code] for u in level])
        done = {u.code for u in level}
        remaining = [u for u in remaining if u.code not in done]
    for unit_item in organigram_data.UNITS:
        for text in unit_item.positions:
            match = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", text)
            name, pay_group = (match.group(1), match.group(2)) if match else (text, "")
            positions.setdefault(unit_item.code, []).append(
                Position(
                    tenant=tenant,
                    unit=units[unit_item.code],
                    name=name,
                    pay_group=pay_group[:20],
                    fte=Decimal("1"),
                )
            )
    Position.objects.bulk_create([p for items in positions.values() for p in items])

    context: dict[tuple[str, str], CatalogEntry] = {}
    for kind, attribute in CONTEXT_CATALOGUES:
        catalog = context_catalog_ensure(tenant=tenant, kind=kind)
        batch = []
        for item in getattr(context_data, attribute):
            entry = CatalogEntry(catalog=catalog, name=item.name, description=item.description, url=item.url)
            entry.compute_path()
            entry.search_document = document_of(entry)
            context[(kind, item.name)] = entry
            batch.append(entry)
        CatalogEntry.objects.bulk_create(batch, batch_size=BATCH)

    group = AttributeGroup.objects.create(tenant=tenant, name="Kommunale Angaben", position=1)
    AttributeDefinition.objects.bulk_create(
        [
            AttributeDefinition(
                tenant=tenant,
                group=group,
                key="gebuehrenpflichtig",
                label="Gebührenpflichtig",
                type=AttributeType.BOOLEAN,
                position=1,
            ),
            AttributeDefinition(
                tenant=tenant,
                group=group,
                key="zahlungsart",
                label="Zahlungsarten",
                type=AttributeType.MULTIPLE_CHOICE,
                position=2,
                choices=["bar", "EC-Karte", "Überweisung", "E-Payment"],
            ),
            AttributeDefinition(
                tenant=tenant,
                group=group,
                key="bemerkung",
                label="Bemerkung",
                type=AttributeType.LONG_TEXT,
                position=3,
            ),
        ]
    )

    folders: dict[tuple[str, ...], Folder] = {}
    items = build_profiles()
    for item in items:
        for depth in range(1, len(item.folder) + 1):
            path = item.folder[:depth]
            if path not in folders:
                folder = Folder(
                    tenant=tenant, name=path[-1], parent=folders.get(path[:-1]), position=len(folders)
                )
                folder.compute_path()
                folders[path] = folder
    for depth in sorted({len(p) for p in folders}):
        Folder.objects.bulk_create([f for p, f in folders.items() if len(p) == depth])

    profiles: list[ProcessProfile] = []
    for index, item in enumerate(items):
        owner_positions = positions.get(item.owner_unit, [])
        citizen_facing = "citizens" in item.addressees or "businesses" in item.addressees
        profile = ProcessProfile(
            tenant=tenant,
            number=item.number,
            name=item.name,
            short_description=item.short_description,
            process_type=item.process_type,
            folder=folders[item.folder],
            owner_unit=units[item.owner_unit],
            process_owner=owner_positions[0] if owner_positions else None,
            trigger=item.trigger,
            result=item.result,
            addressees=list(item.addressees),
            ozg_topic=item.ozg_topic,
            case_count=item.case_count,
            processing_minutes=item.processing_minutes,
            lead_time_days=item.lead_time_days,
            digitalisation_level=item.digitalisation_level,
            online_assistant=item.online_assistant,
            online_assistant_url=item.online_assistant_url,
            recommended=item.recommended,
            release_status=ReleaseStatus.RELEASED_SILVER
            if index % 3
            else ReleaseStatus.METHODICALLY_RELEASED,
            documentation_state=DocumentationState.DOCUMENTED if index % 4 else DocumentationState.OPEN,
            attributes={
                "gebuehrenpflichtig": citizen_facing and index % 5 != 0,
                **({"zahlungsart": ["bar", "EC-Karte"]} if citizen_facing else {}),
            },
        )
        # Field validation only: the database enforces the constraints on the bulk insert below, and
        # checking them here would cost one query per profile and constraint.
        profile.full_clean(
            exclude=["tenant", "folder", "owner_unit", "process_owner", "origin_version"],
            validate_constraints=False,
        )
        profiles.append(profile)
    ProcessProfile.objects.bulk_create(profiles, batch_size=BATCH)
    by_number = {p.number: p for p in profiles}

    through = ProcessProfile.participating_units.through
    through.objects.bulk_create(
        [
            through(processprofile_id=by_number[i.number].pk, orgunit_id=units[code].pk)
            for i in items
            for code in dict.fromkeys(i.participating_units)
            if code != i.owner_unit
        ],
        batch_size=BATCH,
    )
    links = []
    for item in items:
        keys = [(CatalogKind.LEIKA, k) for k in item.leika_keys]
        keys += [(CatalogKind.OZG, item.ozg_id)] if item.ozg_id else []
        keys += [(CatalogKind.KGST, item.kgst_key)] if item.kgst_key else []
        keys += [(CatalogKind.SRH, item.srh_key)] if item.srh_key else []
        keys += [(CatalogKind.PRODUCT, product_data.product_key(item))]
        linked = [entries[k] for k in keys]
        linked += [context[(CatalogKind.DOCUMENTS, n)] for n in item.documents]
        linked += [context[(CatalogKind.LEGAL_BASES, n)] for n in item.legal_bases]
        linked += [context[(CatalogKind.IT_SYSTEMS, n)] for n in item.it_systems]
        for entry in dict.fromkeys(linked):
            links.append(CatalogLink(tenant=tenant, profile=by_number[item.number], entry=entry))
    CatalogLink.objects.bulk_create(links, batch_size=BATCH)
    profiles_reindex(tenant=tenant)
