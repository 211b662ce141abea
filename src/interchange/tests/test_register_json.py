"""The register exchange format (JSON): export, import, round trips, refusals, the page and the commands."""

import datetime
import json
import uuid
from decimal import Decimal
from io import StringIO

import pytest
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from jsonschema import Draft202012Validator

from catalogues.choices import CatalogKind
from catalogues.models import Catalog, CatalogEntry
from catalogues.services.entries import context_catalog_ensure, entry_create, entry_retire
from catalogues.tests.factories import CatalogEntryFactory, CatalogFactory
from interchange.choices import JobKind, JobStatus
from interchange.models import ImportJob
from interchange.services import register_json as exchange
from interchange.services import register_json_checks as checks
from organisation.choices import OrgUnitKind
from organisation.models import OrgUnit, Position
from organisation.services import orgunit_create
from organisation.tests.factories import PositionFactory
from register.choices import (
    Addressee,
    AttributeType,
    DocumentationState,
    OzgTopic,
    ProcessType,
)
from register.models import (
    AttributeDefinition,
    AttributeGroup,
    CatalogLink,
    Folder,
    ProcessProfile,
    RegisterTemplate,
    TemplateInstance,
)
from register.search import drop_from_fts, search_profiles
from register.services.attributes import attribute_definition_save, attribute_group_create
from register.services.folders import folder_create
from register.services.profiles import profile_create, profile_priority_set
from register.services.templates import template_instantiate, template_version_publish
from scoring.choices import CriterionKind
from scoring.models import Criterion, ScoringScheme
from scoring.services import scheme_save
from scoring.tests.factories import assert_scores_fresh, spec
from tenants.tests.factories import TenantFactory

pytestmark = pytest.mark.django_db

LEIKA_KEY = "99050012104000"
OZG_KEY = "10044"


# --- A realistic register, built through the services ------------------------------------------------------


def _definition(tenant, group, label, type, **kwargs):
    return attribute_definition_save(
        tenant=tenant,
        definition=None,
        group=group,
        label=label,
        type=type,
        choices=kwargs.pop("choices", []),
        required=kwargs.pop("required", False),
        **kwargs,
    )


def _global_entries():
    """LeiKa and OZG entries (shared by every tenant of the installation) and a KGSt entry without key."""
    leika = Catalog.objects.filter(tenant__isnull=True, kind=CatalogKind.LEIKA).first() or CatalogFactory(
        kind=CatalogKind.LEIKA
    )
    ozg = CatalogFactory(kind=CatalogKind.OZG)
    kgst = CatalogFactory(kind=CatalogKind.KGST)
    return {
        "leika": CatalogEntryFactory(catalog=leika, key=LEIKA_KEY, name="Gewerbeanmeldung Entgegennahme"),
        "leika_dog": CatalogEntryFactory(catalog=leika, key="99108001000000", name="Hundesteuer Festsetzung"),
        "ozg": CatalogEntryFactory(catalog=ozg, key=OZG_KEY, name="Gewerbeanmeldung"),
        "kgst": CatalogEntryFactory(
            catalog=kgst, key="", name="Ordnungsangelegenheiten", synonyms=["Ordnung"]
        ),
    }


def build_register(tenant, entries, *, prefix="P"):
    """Units with sub-units, positions, folders, attributes of several types, context entries, global links,
    a scheme with attribute criteria, predecessors and a manual priority."""
    division = orgunit_create(tenant=tenant, name="Dezernat I", kind=OrgUnitKind.DIVISION, short_code="I")
    office = orgunit_create(
        tenant=tenant, name="Ordnungsamt", kind=OrgUnitKind.OFFICE, parent=division, short_code="32"
    )
    section = orgunit_create(tenant=tenant, name="Gewerbe", kind=OrgUnitKind.SECTION, parent=office)
    other = orgunit_create(tenant=tenant, name="Dezernat II", kind=OrgUnitKind.DIVISION, position=2)
    clerk = PositionFactory(unit=section, name="Sachbearbeitung Gewerbe", fte=Decimal("0.50"))
    PositionFactory(unit=office, name="Amtsleitung", pay_group="A 13")
    PositionFactory(unit=office, name="Assistenz", pay_group="")

    citizens = folder_create(tenant=tenant, name="Bürgerdienste")
    registration = folder_create(tenant=tenant, name="Meldewesen", parent=citizens)
    trade = folder_create(tenant=tenant, name="Gewerbe", parent=registration)
    folder_create(tenant=tenant, name="Intern")

    group = attribute_group_create(tenant=tenant, name="Weiteres")
    second_group = attribute_group_create(tenant=tenant, name="Technik", position=1)
    _definition(tenant, group, "Gebühr", AttributeType.NUMBER)
    _definition(tenant, group, "Kanal", AttributeType.CHOICE, choices=["vor Ort", "online"])
    _definition(tenant, group, "Eilig", AttributeType.BOOLEAN)
    _definition(tenant, second_group, "Stichtag", AttributeType.DATE, help_text="Wann es gilt")
    _definition(
        tenant, second_group, "Wege", AttributeType.MULTIPLE_CHOICE, choices=["Post", "E-Mail", "Portal"]
    )
    _definition(tenant, second_group, "Hinweis", AttributeType.LONG_TEXT)
    _definition(tenant, second_group, "Formular", AttributeType.LINK)

    documents = context_catalog_ensure(tenant=tenant, kind=CatalogKind.DOCUMENTS)
    form = entry_create(tenant=tenant, catalog=documents, name="Antragsformular Gewerbe", key="F1")
    decision = entry_create(tenant=tenant, catalog=documents, name="Bescheid", key="F2", parent=form)
    old_form = entry_create(tenant=tenant, catalog=documents, name="Altes Formular")
    entry_retire(tenant=tenant, entry=old_form)
    CatalogEntry.objects.filter(pk=form.pk).update(extra={"Aktenzeichen": "32.1", "Ablage": "digital"})
    laws = context_catalog_ensure(tenant=tenant, kind=CatalogKind.LEGAL_BASES)
    law = entry_create(
        tenant=tenant,
        catalog=laws,
        name="Gewerbeordnung",
        key="GewO",
        url="https://www.gesetze-im-internet.de/gewo/",
        synonyms=["GewO", "Gewerberecht"],
        description="§ 14 Anzeigepflicht",
    )

    first = profile_create(
        tenant=tenant,
        data={
            "number": f"{prefix}-0001",
            "name": "Gewerbe anmelden",
            "short_description": "Anzeige eines Gewerbes nach § 14 GewO.",
            "process_type": ProcessType.CORE,
            "folder": trade,
            "owner_unit": section,
            "process_owner": clerk,
            "trigger": "Anzeige geht ein",
            "result": "Gewerbeschein",
            "addressees": [Addressee.BUSINESSES, Addressee.CITIZENS],
            "inputs": "Formular",
            "ozg_topic": OzgTopic.BUSINESS,
            "case_count": 1200,
            "processing_minutes": 25,
            "lead_time_days": 3,
            "digitalisation_level": 3,
            "online_assistant": True,
            "online_assistant_url": "https://service.example.org/gewerbe",
            "recommended": True,
            "release_status": 4,
            "version": "2.1",
            "last_review": datetime.date(2024, 1, 15),
            "next_review": datetime.date(2026, 1, 15),
            "documentation_state": DocumentationState.DOCUMENTED,
        },
        participating_units=[office, other],
        attributes={
            "gebuhr": "26,50",
            "kanal": "online",
            "eilig": True,
            "stichtag": "2025-07-01",
            "wege": ["Portal", "Post"],
            "hinweis": "Mit Ausweis",
            "formular": "https://example.org/f1.pdf",
        },
        catalog_entries=[str(entries["leika"].uuid), str(entries["ozg"].uuid), str(form.uuid), str(law.uuid)],
    )
    second = profile_create(
        tenant=tenant,
        data={
            "number": f"{prefix}-0002",
            "name": "Gewerbe abmelden",
            "folder": trade,
            "owner_unit": section,
            "documentation_state": DocumentationState.WAIVED,
            "waiver_reason": "Selten",
        },
        predecessors=[first],
        attributes={"kanal": "vor Ort", "eilig": False, "gebuhr": 0},
        catalog_entries=[str(decision.uuid), str(entries["kgst"].uuid)],
    )
    third = profile_create(
        tenant=tenant,
        data={
            "number": f"{prefix}-0003",
            "name": "Hundesteuer festsetzen",
            "relevant": False,
            "process_type": ProcessType.SUPPORT,
            "case_count": 300,
        },
        predecessors=[first, second],
        catalog_entries=[str(entries["leika_dog"].uuid)],
    )
    profile_priority_set(tenant=tenant, profile=third, priority=1, reason="Ratsbeschluss vom 3. März")
    definitions = {d.key: d for d in AttributeDefinition.objects.for_tenant(tenant)}
    scheme_save(
        tenant=tenant,
        actor=None,
        note="Abgestimmt im Lenkungskreis.",
        specs=[
            spec(CriterionKind.RECOMMENDED, 25, missing_points=0),
            spec(CriterionKind.CASE_COUNT, 15),
            spec(CriterionKind.DIGITALISATION_LEVEL, 20),
            spec(CriterionKind.ONLINE_ASSISTANT, 15, missing_points=0),
            spec(CriterionKind.ANNUAL_WORKLOAD, 10),
            spec(
                CriterionKind.ATTRIBUTE,
                10,
                {"bands": [[0, 0], [20, 60], [50, 100]]},
                attribute=definitions["gebuhr"],
            ),
            spec(
                CriterionKind.ATTRIBUTE,
                5,
                {"vor Ort": 0, "online": 100},
                missing_points=30,
                attribute=definitions["kanal"],
            ),
        ],
    )
    return {"profiles": [first, second, third]}


@pytest.fixture
def entries(cast):
    return _global_entries()


@pytest.fixture
def source(cast, entries):
    """Teststadt with a full register."""
    build_register(cast.tenant, entries)
    return cast.tenant


def _dumps(data):
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def delete_register(tenant):
    """Remove a tenant with everything it has, as if it lived in another installation (``tenant.delete()``
    alone is refused: folders, units and attribute definitions are protected by the rows that use them)."""
    profiles = ProcessProfile.objects.for_tenant(tenant)
    drop_from_fts(list(profiles.values_list("pk", flat=True)))
    CatalogLink.objects.for_tenant(tenant).delete()
    profiles.delete()
    Criterion.objects.for_tenant(tenant).delete()
    ScoringScheme.objects.for_tenant(tenant).delete()
    AttributeDefinition.objects.for_tenant(tenant).delete()
    AttributeGroup.objects.for_tenant(tenant).delete()
    Position.objects.for_tenant(tenant).delete()
    for model in (OrgUnit, Folder):
        for depth in sorted(
            set(model.objects.for_tenant(tenant).values_list("depth", flat=True)), reverse=True
        ):
            model.objects.for_tenant(tenant).filter(depth=depth).delete()
    CatalogEntry.objects.filter(catalog__tenant=tenant).delete()
    Catalog.objects.filter(tenant=tenant).delete()
    TemplateInstance.objects.for_tenant(tenant).delete()
    tenant.delete()


def row_counts():
    """The number of rows of every table (to prove that a refused import wrote nothing)."""
    return {
        model._meta.label: model._base_manager.count() for model in apps.get_models(include_auto_created=True)
    }


def _import(tenant, data, **kwargs):
    return exchange.register_json_import(
        tenant=tenant,
        data=data,
        file_name=kwargs.pop("file_name", "register.json"),
        actor=kwargs.pop("actor", None),
    )


# --- Export -----------------------------------------------------------------------------------------------


def test_the_export_of_a_realistic_register_validates_against_the_published_schema(source):
    schema = checks.register_schema()
    Draft202012Validator.check_schema(schema)
    data = exchange.register_json_data(tenant=source)
    Draft202012Validator(schema).validate(data)
    assert list(data) == [
        "format",
        "version",
        "units",
        "positions",
        "folders",
        "attribute_groups",
        "attribute_definitions",
        "context_entries",
        "profiles",
        "scoring_scheme",
        "template_origin",
    ]
    assert (data["format"], data["version"]) == ("offene-prozessplattform/register", 1)
    counts = {key: len(value) for key, value in data.items() if isinstance(value, list)}
    assert counts == {
        "units": 4,
        "positions": 3,
        "folders": 4,
        "attribute_groups": 2,
        "attribute_definitions": 7,
        "context_entries": 4,
        "profiles": 3,
    }
    units = {u["name"]: u for u in data["units"]}
    assert units["Gewerbe"]["parent"] == units["Ordnungsamt"]["uuid"]
    assert [u["name"] for u in data["units"]].index("Dezernat I") < [u["name"] for u in data["units"]].index(
        "Gewerbe"
    )
    assert {p["name"]: p["fte"] for p in data["positions"]}["Sachbearbeitung Gewerbe"] == "0.50"
    first, second, third = data["profiles"]
    assert first["number"] == "P-0001" and first["case_count"] == 1200
    assert first["owner_unit"] == units["Gewerbe"]["uuid"]
    assert first["last_review"] == "2024-01-15"
    assert first["attributes"] == {
        "eilig": True,
        "formular": "https://example.org/f1.pdf",
        "gebuhr": 26.5,
        "hinweis": "Mit Ausweis",
        "kanal": "online",
        "stichtag": "2025-07-01",
        "wege": ["Portal", "Post"],
    }
    assert first["catalog_entries"] == [
        {"catalog": "leika", "key": LEIKA_KEY},
        {"catalog": "ozg", "key": OZG_KEY},
    ]
    context = {e["uuid"]: e for e in data["context_entries"]}
    assert sorted(context[u]["name"] for u in first["context_entries"]) == [
        "Antragsformular Gewerbe",
        "Gewerbeordnung",
    ]
    assert second["catalog_entries"] == [{"catalog": "kgst", "key": "", "name": "Ordnungsangelegenheiten"}]
    assert sorted(third["predecessors"]) == sorted([first["uuid"], second["uuid"]])
    assert (third["manual_priority"], third["priority_reason"]) == (1, "Ratsbeschluss vom 3. März")
    entries = {e["name"]: e for e in data["context_entries"]}
    assert entries["Bescheid"]["parent"] == entries["Antragsformular Gewerbe"]["uuid"]
    assert entries["Antragsformular Gewerbe"]["extra"] == {"Ablage": "digital", "Aktenzeichen": "32.1"}
    assert entries["Altes Formular"]["retired"] is True
    criteria = data["scoring_scheme"]["criteria"]
    assert data["scoring_scheme"]["note"] == "Abgestimmt im Lenkungskreis."
    assert [c["attribute"] for c in criteria if c["kind"] == "attribute"] == ["gebuhr", "kanal"]
    assert list(criteria[-1]["points"]) == ["online", "vor Ort"]  # object keys sorted
    assert data["template_origin"] is None
    assert all(not p["from_template"] for p in data["profiles"])


def test_the_export_carries_no_ids_timestamps_or_tenant_names(source):
    content = exchange.register_json_bytes(tenant=source).decode("utf-8")
    assert "teststadt" not in content.lower()
    for word in ('"id"', '"created_at"', '"updated_at"', '"score"', '"search_document"', '"tenant"'):
        assert word not in content


def test_the_export_is_deterministic_indented_utf8_with_a_final_newline(source):
    first = exchange.register_json_bytes(tenant=source)
    assert first == exchange.register_json_bytes(tenant=source)
    assert first.endswith(b"}\n") and first.startswith(b'{\n  "format": ')
    assert "Bürgerdienste".encode() in first  # not \u escaped


def test_the_export_of_an_empty_register_is_valid(cast):
    data = exchange.register_json_data(tenant=cast.other_tenant)
    Draft202012Validator(checks.register_schema()).validate(data)
    assert data["profiles"] == [] and data["scoring_scheme"] is None


def test_the_schema_lists_the_same_choices_as_the_code():
    from catalogues.choices import CONTEXT_KINDS, GLOBAL_KINDS
    from register.choices import ReleaseStatus

    defs = checks.register_schema()["$defs"]
    profile = defs["profile"]["properties"]
    assert profile["process_type"]["enum"] == ProcessType.values
    assert profile["ozg_topic"]["enum"] == ["", *OzgTopic.values]
    assert profile["addressees"]["items"]["enum"] == Addressee.values
    assert profile["documentation_state"]["enum"] == DocumentationState.values
    assert (profile["release_status"]["minimum"], profile["release_status"]["maximum"]) == (
        min(ReleaseStatus.values),
        max(ReleaseStatus.values),
    )
    assert set(profile) == {
        "uuid",
        *exchange.PROFILE_FIELDS,
        "attributes",
        "participating_units",
        "predecessors",
        "catalog_entries",
        "context_entries",
        "origin_uuid",
        "from_template",
    }
    assert defs["unit"]["properties"]["kind"]["enum"] == OrgUnitKind.values
    assert defs["attribute_definition"]["properties"]["type"]["enum"] == AttributeType.values
    assert set(defs["context_entry"]["properties"]["kind"]["enum"]) == set(CONTEXT_KINDS)
    assert set(defs["catalog_reference"]["properties"]["catalog"]["enum"]) == set(GLOBAL_KINDS)
    assert defs["criterion"]["properties"]["kind"]["enum"] == CriterionKind.values


def test_the_documented_example_is_valid_and_can_be_imported(cast):
    text = (settings.BASE_DIR / "docs" / "austauschformat.md").read_text(encoding="utf-8")
    example = next(block for block in text.split("```json\n")[1:] if block.startswith('{\n  "format"'))
    data = json.loads(example.split("```")[0])
    Draft202012Validator(checks.register_schema()).validate(data)
    leika = Catalog.objects.filter(tenant__isnull=True, kind=CatalogKind.LEIKA).first() or CatalogFactory()
    CatalogEntryFactory(catalog=leika, key="99050012104000")
    job = _import(cast.tenant, json.dumps(data).encode())
    assert job.result["counts"]["profiles"] == 1
    assert ProcessProfile.objects.for_tenant(cast.tenant).get().attributes == {"gebuhr": 26.5}


def test_the_export_needs_the_same_number_of_queries_for_more_processes(cast, entries):
    build_register(cast.tenant, entries)
    with CaptureQueriesContext(connection) as small:
        exchange.register_json_bytes(tenant=cast.tenant)
    for n in range(4, 12):
        profile_create(tenant=cast.tenant, data={"number": f"P-{n:04d}", "name": f"Prozess {n}"})
    with CaptureQueriesContext(connection) as large:
        exchange.register_json_bytes(tenant=cast.tenant)
    assert len(large) == len(small)


# --- Round trips ------------------------------------------------------------------------------------------


def test_export_import_export_into_another_installation_gives_identical_bytes(cast, source):
    exported = exchange.register_json_bytes(tenant=source)
    file_uuids = {p["uuid"] for p in json.loads(exported)["profiles"]}
    delete_register(source)  # the other installation has never seen these UUIDs
    target = cast.other_tenant

    job = _import(target, exported, file_name="register-teststadt.json", actor=cast.outsider)

    assert exchange.register_json_bytes(tenant=target) == exported
    assert {
        str(u) for u in ProcessProfile.objects.for_tenant(target).values_list("uuid", flat=True)
    } == file_uuids
    assert (job.kind, job.status, job.tenant) == (JobKind.REGISTER, JobStatus.IMPORTED, target)
    assert (job.file_name, job.file_size, job.created_by) == (
        "register-teststadt.json",
        len(exported),
        cast.outsider,
    )
    assert job.finished_at is not None and job.notices == []
    assert job.result["counts"] == {
        "units": 4,
        "positions": 3,
        "folders": 4,
        "attribute_definitions": 7,
        "context_entries": 4,
        "profiles": 3,
        "catalog_links": 7,
    }


def test_the_imported_register_is_scored_searchable_and_linked_like_the_source(cast, source):
    scores = dict(ProcessProfile.objects.for_tenant(source).values_list("number", "score"))
    exported = exchange.register_json_bytes(tenant=source)
    target = cast.other_tenant
    _import(target, exported)

    assert_scores_fresh(target)
    assert dict(ProcessProfile.objects.for_tenant(target).values_list("number", "score")) == scores
    assert all(score is not None for score in scores.values())
    profiles = ProcessProfile.objects.for_tenant(target)
    assert [p.number for p in search_profiles(profiles, "Bescheid", tenant=target)] == ["P-0002"]
    assert [p.number for p in search_profiles(profiles, "Ordnungsangelegenheiten", tenant=target)] == [
        "P-0002"
    ]
    links = CatalogLink.objects.for_tenant(target).select_related("entry__catalog")
    for link in links:
        assert link.entry.catalog.tenant_id in (None, target.pk)  # global ones shared, context ones copied
    copied = {e.name: e for e in CatalogEntry.objects.filter(catalog__tenant=target).select_related("parent")}
    assert copied["Bescheid"].parent == copied["Antragsformular Gewerbe"]
    assert all(e.search_document for e in copied.values())
    first = profiles.get(number="P-0001")
    assert first.folder.path.count("/") == 3 and first.owner_unit.name == "Gewerbe"
    assert first.process_owner.fte == Decimal("0.50")


def test_a_copy_within_the_same_installation_renews_every_uuid_and_keeps_the_content(cast, source):
    exported = exchange.register_json_bytes(tenant=source)
    target = cast.other_tenant
    job = _import(target, exported)

    assert len(job.notices) == 1 and "UUID" in job.notices[0]
    models = (OrgUnit, Position, Folder, ProcessProfile)
    for model in models:
        source_uuids = set(model.objects.for_tenant(source).values_list("uuid", flat=True))
        target_uuids = set(model.objects.for_tenant(target).values_list("uuid", flat=True))
        assert len(target_uuids) == len(source_uuids) and not source_uuids & target_uuids
    copy = exchange.register_json_bytes(tenant=target)
    assert copy != exported
    assert _canonical(json.loads(copy)) == _canonical(json.loads(exported))
    for model in (OrgUnit, Folder):
        nodes = list(model.objects.for_tenant(target))
        by_pk = {n.pk: n for n in nodes}
        for node in nodes:
            parent_path = by_pk[node.parent_id].path if node.parent_id else ""
            assert node.path == f"{parent_path}{node.uuid.hex}/"


def _canonical(data):
    """The export with every UUID replaced by a readable name (unique in the test register), lists sorted."""
    names = {}
    for section, label in [
        ("units", lambda i: f"unit:{i['name']}"),
        ("positions", lambda i: f"position:{i['name']}"),
        ("folders", lambda i: f"folder:{i['name']}"),
        ("context_entries", lambda i: f"entry:{i['name']}"),
        ("profiles", lambda i: f"profile:{i['number']}"),
    ]:
        names.update({item["uuid"]: label(item) for item in data[section]})

    def replace(value):
        if isinstance(value, dict):
            return {k: replace(v) for k, v in value.items()}
        if isinstance(value, list):
            items = [replace(v) for v in value]
            if all(isinstance(v, str) for v in items):
                return sorted(items) if any(v in names.values() for v in items) else items
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return names.get(value, value) if isinstance(value, str) else value

    return replace(data)


def test_the_template_origin_survives_when_the_version_is_known_here(cast, entries):
    publisher = TenantFactory(slug="land", name="Land", is_template_publisher=True)
    build_register(publisher, entries, prefix="M")
    template = RegisterTemplate.objects.create(tenant=publisher, name="Musterregister")
    version = template_version_publish(tenant=publisher, template=template, actor=None)
    source = TenantFactory(slug="altstadt", name="Altstadt")
    template_instantiate(tenant=source, version=version, actor=None)
    exported = exchange.register_json_bytes(tenant=source)
    data = json.loads(exported)
    assert data["template_origin"] == {
        "template": "Musterregister",
        "version": 1,
        "version_uuid": str(version.uuid),
    }
    assert all(p["from_template"] and p["origin_uuid"] for p in data["profiles"])
    delete_register(source)

    target = cast.other_tenant
    _import(target, exported)

    assert TemplateInstance.objects.for_tenant(target).get().version == version
    assert set(ProcessProfile.objects.for_tenant(target).values_list("origin_version", flat=True)) == {
        version.pk
    }
    assert exchange.register_json_bytes(tenant=target) == exported


def test_the_template_origin_survives_when_the_version_is_unknown_here(cast, source):
    data = json.loads(exchange.register_json_bytes(tenant=source))
    data["template_origin"] = {
        "template": "Muster aus einem anderen Land",
        "version": 3,
        "version_uuid": str(uuid.uuid4()),
    }
    data["profiles"][0]["from_template"] = True
    data["profiles"][0]["origin_uuid"] = str(uuid.uuid4())
    data["profiles"][2]["from_template"] = True
    exported = _dumps(data)
    delete_register(source)
    target = cast.other_tenant

    job = _import(target, exported)

    assert not TemplateInstance.objects.for_tenant(target).exists()
    assert job.origin["version_uuid"] == data["template_origin"]["version_uuid"]
    assert sorted(job.origin["profiles"]) == sorted(
        [data["profiles"][0]["uuid"], data["profiles"][2]["uuid"]]
    )
    assert len(job.notices) == 1 and "Muster aus einem anderen Land" in job.notices[0]
    assert exchange.register_json_bytes(tenant=target) == exported
    # A later template instance (after the register was emptied) would be the newer origin.


def test_a_register_without_processes_and_scheme_round_trips(cast):
    division = orgunit_create(tenant=cast.tenant, name="Dezernat I", kind=OrgUnitKind.DIVISION)
    PositionFactory(unit=division, name="Leitung")
    exported = exchange.register_json_bytes(tenant=cast.tenant)
    delete_register(cast.tenant)
    _import(cast.other_tenant, exported)
    assert exchange.register_json_bytes(tenant=cast.other_tenant) == exported
    assert not ScoringScheme.objects.for_tenant(cast.other_tenant).exists()


def test_the_import_needs_the_same_number_of_queries_for_more_processes(cast, entries):
    build_register(cast.tenant, entries)
    small_file = exchange.register_json_bytes(tenant=cast.tenant)
    for n in range(4, 14):
        profile_create(tenant=cast.tenant, data={"number": f"P-{n:04d}", "name": f"Prozess {n}"})
    large_file = exchange.register_json_bytes(tenant=cast.tenant)
    counts = []
    for slug, data in (("klein", small_file), ("gross", large_file)):
        tenant = TenantFactory(slug=slug)
        with CaptureQueriesContext(connection) as queries:
            _import(tenant, data)
        counts.append(len(queries))
    assert counts[0] == counts[1]


# --- Refusals ---------------------------------------------------------------------------------------------


def _file(source, change=None):
    data = json.loads(exchange.register_json_bytes(tenant=source))
    if change is not None:
        change(data)
    return _dumps(data)


def _set(path, value):
    def change(data):
        target = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


def _problems(tenant, data):
    before = row_counts()
    with pytest.raises(ValidationError) as excinfo:
        _import(tenant, data)
    assert row_counts() == before, "a refused import wrote something"
    messages = excinfo.value.messages
    assert messages and all(isinstance(m, str) and m.strip() for m in messages)
    return messages


BAD_FILES = {
    "not_json": (lambda source: b"Prozessregister der Stadt", None),
    "truncated": (lambda source: _file(source)[:3000], None),
    "not_utf8": (lambda source: '{ "format": "Größe" }'.encode("latin-1"), None),
    "a_list": (lambda source: b"[1, 2, 3]", None),
    "nan": (lambda source: _file(source).replace(b'"case_count": 1200', b'"case_count": NaN'), None),
    "wrong_format": (lambda source: _file(source, _set(["format"], "andere-software/register")), None),
    "version_2": (lambda source: _file(source, _set(["version"], 2)), "2"),
    "schema": (
        lambda source: _file(source, _set(["profiles", 1, "case_count"], "viele")),
        "profiles[1].case_count",
    ),
    "unknown_field": (lambda source: _file(source, _set(["profiles", 0, "farbe"], "rot")), "profiles[0]"),
    "bad_uuid": (lambda source: _file(source, _set(["units", 0, "uuid"], "123")), "units[0].uuid"),
    "bad_date": (
        lambda source: _file(source, _set(["profiles", 0, "last_review"], "2024-02-30")),
        "profiles[0].last_review",
    ),
    "duplicate_number": (lambda source: _file(source, _set(["profiles", 1, "number"], "P-0001")), "P-0001"),
    "dangling_folder": (
        lambda source: _file(source, _set(["profiles", 0, "folder"], str(uuid.uuid4()))),
        "profiles[0].folder",
    ),
    "dangling_unit": (
        lambda source: _file(source, _set(["positions", 0, "unit"], str(uuid.uuid4()))),
        "positions[0].unit",
    ),
    "dangling_parent": (
        lambda source: _file(source, _set(["units", 1, "parent"], str(uuid.uuid4()))),
        "units[1].parent",
    ),
    "dangling_predecessor": (
        lambda source: _file(source, _set(["profiles", 1, "predecessors"], [str(uuid.uuid4())])),
        "profiles[1].predecessors",
    ),
    "dangling_context_entry": (
        lambda source: _file(source, _set(["profiles", 0, "context_entries"], [str(uuid.uuid4())])),
        "profiles[0].context_entries",
    ),
    "unknown_leika_key": (
        lambda source: _file(
            source, _set(["profiles", 0, "catalog_entries"], [{"catalog": "leika", "key": "99999999999999"}])
        ),
        "99999999999999",
    ),
    "bad_attribute_value": (
        lambda source: _file(source, _set(["profiles", 0, "attributes", "gebuhr"], "teuer")),
        "profiles[0].attributes.gebuhr",
    ),
    "undefined_attribute": (
        lambda source: _file(source, _set(["profiles", 0, "attributes", "farbe"], "rot")),
        "profiles[0].attributes.farbe",
    ),
    "bad_url": (
        lambda source: _file(source, _set(["profiles", 0, "online_assistant_url"], "kein Link")),
        "profiles[0].online_assistant_url",
    ),
    "priority_without_reason": (
        lambda source: _file(source, _set(["profiles", 2, "priority_reason"], "")),
        "profiles[2].priority_reason",
    ),
    "weights": (
        lambda source: _file(source, _set(["scoring_scheme", "criteria", 0, "weight"], 50)),
        "scoring_scheme",
    ),
    "criterion_attribute": (
        lambda source: _file(source, _set(["scoring_scheme", "criteria", 5, "attribute"], "farbe")),
        "scoring_scheme.criteria[5].attribute",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_is_refused_with_a_message_and_nothing_is_written(cast, source, case):
    make, expected = BAD_FILES[case]
    messages = _problems(cast.other_tenant, make(source))
    if expected is not None:
        assert any(expected in message for message in messages), messages


def test_a_cycle_of_parents_is_refused(cast, source):
    data = json.loads(exchange.register_json_bytes(tenant=source))
    names = [unit["name"] for unit in data["units"]]
    top, lowest = names.index("Dezernat I"), names.index("Gewerbe")
    data["units"][top]["parent"] = data["units"][lowest]["uuid"]  # Dezernat I below its own sub-unit

    messages = _problems(cast.other_tenant, _dumps(data))
    for index in (top, lowest, names.index("Ordnungsamt")):
        assert any(f"units[{index}].parent" in m for m in messages), messages
    assert not any(f"units[{names.index('Dezernat II')}]" in m for m in messages)
    assert not any("positions[" in m or ".owner_unit" in m for m in messages), messages  # still resolved


def test_a_uuid_used_twice_is_refused(cast, source):
    def twice(data):
        data["positions"][0]["uuid"] = data["units"][0]["uuid"]

    messages = _problems(cast.other_tenant, _file(source, twice))
    assert any("2" in m for m in messages)


def test_a_folder_tree_deeper_than_twelve_levels_is_refused(cast, source):
    def deep(data):
        parent = None
        for level in range(13):
            folder = {"uuid": str(uuid.uuid4()), "parent": parent, "name": f"Ebene {level}", "position": 0}
            data["folders"].append({**folder, "origin_uuid": None})
            parent = folder["uuid"]

    messages = _problems(cast.other_tenant, _file(source, deep))
    assert len(messages) == 1 and f"folders[{4 + 12}]" in messages[0]


def test_the_version_message_names_both_versions(cast, source):
    (message,) = _problems(cast.other_tenant, _file(source, _set(["version"], 2)))
    assert "2" in message and "1" in message


def test_every_problem_of_a_file_is_reported_together(cast, source):
    def several(data):
        data["profiles"][1]["number"] = "P-0001"
        data["profiles"][0]["folder"] = str(uuid.uuid4())
        data["profiles"][0]["catalog_entries"] = [{"catalog": "ozg", "key": "77777"}]
        data["positions"][0]["unit"] = str(uuid.uuid4())

    messages = _problems(cast.other_tenant, _file(source, several))
    for expected in ("P-0001", "profiles[0].folder", "77777", "positions[0].unit"):
        assert any(expected in m for m in messages), (expected, messages)


def test_schema_problems_are_limited_in_number(cast, source):
    def many(data):
        for profile in data["profiles"]:
            profile["name"] = ""
        data["profiles"] = data["profiles"] * 60

    messages = _problems(cast.other_tenant, _file(source, many))
    assert len(messages) == checks.MAX_PROBLEMS + 1


def test_a_register_that_is_not_empty_is_refused(cast, source):
    messages = _problems(source, _file(source))
    assert any(source.name in m for m in messages)


def test_a_register_with_only_context_entries_is_not_empty(cast, source):
    documents = context_catalog_ensure(tenant=cast.other_tenant, kind=CatalogKind.DOCUMENTS)
    entry_create(tenant=cast.other_tenant, catalog=documents, name="Eigenes Formular")
    _problems(cast.other_tenant, _file(source))


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(cast):
    (message,) = _problems(cast.other_tenant, b"{" + b" " * checks.MAX_FILE_BYTES)
    assert "50" in message


def test_an_empty_file_is_refused(cast):
    _problems(cast.other_tenant, b"  \n")


def test_a_byte_order_mark_is_accepted(cast, source):
    exported = exchange.register_json_bytes(tenant=source)
    delete_register(source)
    _import(cast.other_tenant, b"\xef\xbb\xbf" + exported)
    assert exchange.register_json_bytes(tenant=cast.other_tenant) == exported


def test_a_choice_no_longer_offered_is_kept_with_a_notice(cast, source):
    exported = _file(source, _set(["profiles", 1, "attributes", "kanal"], "per Fax"))
    job = _import(cast.other_tenant, exported)
    assert (
        ProcessProfile.objects.for_tenant(cast.other_tenant).get(number="P-0002").attributes["kanal"]
        == "per Fax"
    )
    assert any("Kanal" in notice for notice in job.notices)


def test_a_required_attribute_without_a_value_is_imported(cast, source):
    def required(data):
        data["attribute_definitions"][0]["required"] = True  # "eilig": P-0003 has no value

    job = _import(cast.other_tenant, _file(source, required))
    assert job.result["counts"]["profiles"] == 3


# --- The page ---------------------------------------------------------------------------------------------


def _export_url(tenant):
    return reverse("interchange:register_json_export", kwargs={"tenant_slug": tenant.slug})


def _import_url(tenant):
    return reverse("interchange:register_json_import", kwargs={"tenant_slug": tenant.slug})


def test_the_export_downloads_the_register_as_a_json_attachment(cast, source):
    response = cast.client_for(cast.admin).get(_export_url(source))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="register-teststadt-{today}.json"'
    assert response.content == exchange.register_json_bytes(tenant=source)


@pytest.mark.parametrize("url", [_export_url, _import_url])
def test_the_register_file_is_for_administrators_of_the_tenant_only(cast, url):
    assert cast.client_for(cast.modeller).get(url(cast.tenant)).status_code == 403
    assert cast.client_for(cast.outsider).get(url(cast.tenant)).status_code == 404
    assert cast.client_for(None).get(url(cast.tenant)).status_code == 302


def test_the_import_page_shows_an_accessible_upload_form(cast):
    response = cast.client_for(cast.admin).get(_import_url(cast.tenant))
    assert response.status_code == 200
    content = response.content.decode()
    assert '<label for="id_file">' in content and 'id="id_file"' in content
    assert 'enctype="multipart/form-data"' in content
    assert _export_url(cast.tenant) in content


def _upload(client, tenant, data, name="register.json"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(_import_url(tenant), {"file": SimpleUploadedFile(name, data, "application/json")})


def test_uploading_a_register_file_imports_it_and_names_the_counts(cast, source):
    exported = exchange.register_json_bytes(tenant=source)
    delete_register(source)
    client = cast.client_for(cast.outsider)  # administrator of the empty Nachbargemeinde

    response = _upload(client, cast.other_tenant, exported, name="register-teststadt.json")

    assert response.status_code == 302
    assert response["Location"] == reverse("interchange:overview", kwargs={"tenant_slug": "nachbargemeinde"})
    job = ImportJob.objects.for_tenant(cast.other_tenant).get()
    assert (job.file_name, job.created_by, job.kind) == (
        "register-teststadt.json",
        cast.outsider,
        JobKind.REGISTER,
    )
    from django.contrib.messages import get_messages

    (message,) = [str(m) for m in get_messages(response.wsgi_request)]
    assert "3" in message and "4" in message
    assert exchange.register_json_bytes(tenant=cast.other_tenant) == exported


def test_a_bad_upload_shows_every_problem_and_writes_nothing(cast, source):
    def several(data):
        data["profiles"][1]["number"] = "P-0001"
        data["profiles"][0]["folder"] = str(uuid.uuid4())

    client = cast.client_for(cast.outsider)
    data = _file(source, several)
    before = row_counts()
    response = _upload(client, cast.other_tenant, data)
    assert response.status_code == 400
    assert row_counts() == before
    content = response.content.decode()
    assert 'class="error-summary"' in content and 'role="alert"' in content
    assert "profiles[0].folder" in content and "P-0001" in content


def test_an_upload_that_is_not_json_is_refused_on_the_page(cast):
    response = _upload(cast.client_for(cast.admin), cast.tenant, b"kein JSON")
    assert response.status_code == 400
    assert not ImportJob.objects.for_tenant(cast.tenant).exists()


def test_an_oversized_request_is_refused_before_its_body_is_read(cast):
    client = cast.client_for(cast.admin)
    too_large = str(checks.MAX_FILE_BYTES + 2 * 1024 * 1024)
    response = client.post(_import_url(cast.tenant), {}, CONTENT_LENGTH=too_large)
    assert response.status_code == 413
    assert 'class="error-summary"' in response.content.decode()


def test_an_upload_without_a_file_shows_the_form_error(cast):
    response = cast.client_for(cast.admin).post(_import_url(cast.tenant), {})
    assert response.status_code == 400
    assert 'href="#id_file"' in response.content.decode()


# --- The commands -----------------------------------------------------------------------------------------


def test_the_export_command_writes_the_same_bytes_to_stdout_and_to_a_file(cast, source, tmp_path):
    expected = exchange.register_json_bytes(tenant=source)
    out = StringIO()
    call_command("export_register_json", "--tenant", "teststadt", stdout=out)
    assert out.getvalue().encode("utf-8") == expected
    target = tmp_path / "register.json"
    call_command("export_register_json", "--tenant", "teststadt", "--output", str(target), stderr=StringIO())
    assert target.read_bytes() == expected


def test_the_import_command_imports_a_file_and_prints_the_counts(cast, source, tmp_path):
    path = tmp_path / "register-teststadt.json"
    path.write_bytes(exchange.register_json_bytes(tenant=source))
    delete_register(source)
    out = StringIO()
    call_command("import_register_json", str(path), "--tenant", "nachbargemeinde", stdout=out)
    assert "3 Prozesse" in out.getvalue() and "4 Organisationseinheiten" in out.getvalue()
    assert exchange.register_json_bytes(tenant=cast.other_tenant) == path.read_bytes()
    job = ImportJob.objects.for_tenant(cast.other_tenant).get()
    assert (job.file_name, job.created_by) == ("register-teststadt.json", None)


def test_the_import_command_reports_problems_on_stderr_and_writes_nothing(cast, source, tmp_path):
    path = tmp_path / "register.json"
    path.write_bytes(_file(source, _set(["profiles", 0, "folder"], str(uuid.uuid4()))))
    before = row_counts()
    err = StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_register_json", str(path), "--tenant", "nachbargemeinde", stdout=StringIO(), stderr=err
        )
    assert "profiles[0].folder" in err.getvalue()
    assert row_counts() == before


def test_the_commands_refuse_an_unknown_tenant_or_file(cast, tmp_path):
    with pytest.raises(CommandError, match="Keine Behörde"):
        call_command("export_register_json", "--tenant", "gibt-es-nicht", stdout=StringIO())
    with pytest.raises(CommandError, match="Keine Behörde"):
        call_command("import_register_json", str(tmp_path / "x.json"), "--tenant", "gibt-es-nicht")
    with pytest.raises(CommandError, match="nicht gefunden"):
        call_command("import_register_json", str(tmp_path / "fehlt.json"), "--tenant", "teststadt")
