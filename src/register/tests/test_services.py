"""Writes of the register: profiles, custom attributes, bulk edit, relevance, the register template."""

import datetime
import uuid

import pytest
from django.core.exceptions import ValidationError

from catalogues.choices import CatalogKind
from catalogues.models import Catalog, CatalogEntry
from core.trees import MAX_DEPTH
from organisation.choices import OrgUnitKind
from organisation.models import OrgUnit, Position
from organisation.services import orgunit_create
from organisation.tests.factories import OrgUnitFactory, PositionFactory
from register.choices import AttributeType, DocumentationState
from register.forms import ProfileForm
from register.models import (
    MAX_CASE_COUNT,
    MAX_PROCESSING_MINUTES,
    AttributeDefinition,
    AttributeGroup,
    CatalogLink,
    Folder,
    ProcessProfile,
    RegisterTemplate,
    TemplateInstance,
    TemplateVersion,
)
from register.search import search_profiles
from register.services.attributes import (
    attribute_definition_delete,
    attribute_definition_save,
    attribute_group_create,
    clean_attributes,
)
from register.services.folders import folder_create, folder_update
from register.services.profiles import (
    MAX_BULK_ROWS,
    BulkChanges,
    profile_create,
    profile_priority_set,
    profile_set_relevance,
    profile_update,
    profiles_bulk_update,
    profiles_figures_set,
)
from register.services.search_index import profiles_reindex
from register.services.templates import template_instantiate, template_version_publish
from register.tests.factories import (
    AttributeDefinitionFactory,
    AttributeGroupFactory,
    FolderFactory,
    ProfileFactory,
)
from tenants.tests.factories import TenantFactory


def _profiles(tenant):
    return ProcessProfile.objects.for_tenant(tenant)


def _errors(excinfo):
    return excinfo.value.message_dict


# --- Creating and editing profiles ------------------------------------------------------------------


def test_profile_create_saves_the_data_relations_and_search_document(cast):
    folder = FolderFactory(tenant=cast.tenant)
    unit = OrgUnitFactory(tenant=cast.tenant)
    helper = OrgUnitFactory(tenant=cast.tenant)
    position = PositionFactory(unit=unit)
    before = ProfileFactory(tenant=cast.tenant, number="P-0001")
    profile = profile_create(
        tenant=cast.tenant,
        data={
            "number": "P-0002",
            "name": "Hund anmelden",
            "folder": folder,
            "owner_unit": unit,
            "process_owner": position,
            "case_count": 0,
            "digitalisation_level": 4,
            "documentation_state": DocumentationState.WAIVED,
            "waiver_reason": "Wird abgeschafft",
        },
        participating_units=[helper],
        predecessors=[before],
    )
    profile = _profiles(cast.tenant).get(pk=profile.pk)
    assert (profile.folder, profile.owner_unit, profile.process_owner) == (folder, unit, position)
    assert profile.case_count == 0
    assert list(profile.participating_units.all()) == [helper]
    assert list(profile.predecessors.all()) == [before]
    assert list(before.successors.all()) == [profile]
    assert "hund" in profile.search_document.split()


def _create(tenant, **data):
    return profile_create(tenant=tenant, data={"number": "P-0100", "name": "Prozess", **data})


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"case_count": -1}, "case_count"),
        ({"case_count": MAX_CASE_COUNT + 1}, "case_count"),
        ({"processing_minutes": 0}, "processing_minutes"),
        ({"lead_time_days": 100_000}, "lead_time_days"),
        ({"digitalisation_level": 5}, "digitalisation_level"),
        ({"digitalisation_level": -1}, "digitalisation_level"),
        ({"release_status": 9}, "release_status"),
        ({"process_type": "bogus"}, "process_type"),
        ({"ozg_topic": "bogus"}, "ozg_topic"),
        ({"name": ""}, "name"),
        ({"name": "x" * 301}, "name"),
        ({"number": ""}, "number"),
        ({"manual_priority": 0}, "manual_priority"),
        ({"online_assistant_url": "javascript:alert(1)", "online_assistant": True}, "online_assistant_url"),
        ({"online_assistant_url": "https://example.org", "online_assistant": False}, "online_assistant_url"),
        ({"documentation_state": DocumentationState.WAIVED, "waiver_reason": ""}, "waiver_reason"),
        ({"documentation_state": DocumentationState.WAIVED, "waiver_reason": "   "}, "waiver_reason"),
    ],
)
def test_profile_create_rejects_invalid_values(cast, data, field):
    with pytest.raises(ValidationError) as excinfo:
        _create(cast.tenant, **data)
    assert field in _errors(excinfo)
    assert not _profiles(cast.tenant).exists()


def test_a_waived_documentation_duty_with_a_reason_is_accepted(cast):
    profile = _create(cast.tenant, documentation_state=DocumentationState.WAIVED, waiver_reason="Kein Bedarf")
    assert profile.documentation_state == DocumentationState.WAIVED


def test_profile_create_rejects_a_number_already_used_in_the_tenant(cast):
    ProfileFactory(tenant=cast.tenant, number="P-0100")
    with pytest.raises(ValidationError) as excinfo:
        _create(cast.tenant)
    assert "number" in _errors(excinfo)
    assert _create(cast.other_tenant).number == "P-0100"


def test_profile_create_rejects_unknown_fields(cast):
    with pytest.raises(ValidationError):
        _create(cast.tenant, tenant_id=cast.other_tenant.pk)
    with pytest.raises(ValidationError):
        _create(cast.tenant, search_document="x")
    assert not _profiles(cast.tenant).exists()


@pytest.mark.parametrize("relation", ["folder", "owner_unit", "process_owner"])
def test_profile_create_rejects_an_object_of_another_tenant(cast, relation):
    foreign = {
        "folder": lambda: FolderFactory(tenant=cast.other_tenant),
        "owner_unit": lambda: OrgUnitFactory(tenant=cast.other_tenant),
        "process_owner": lambda: PositionFactory(unit__tenant=cast.other_tenant),
    }[relation]()
    with pytest.raises(ValidationError) as excinfo:
        _create(cast.tenant, **{relation: foreign})
    assert relation in _errors(excinfo)
    assert not _profiles(cast.tenant).exists()


def test_profile_create_rejects_participating_units_or_predecessors_of_another_tenant(cast):
    with pytest.raises(ValidationError) as excinfo:
        profile_create(
            tenant=cast.tenant,
            data={"number": "P-1", "name": "X"},
            participating_units=[
                OrgUnitFactory(tenant=cast.tenant),
                OrgUnitFactory(tenant=cast.other_tenant),
            ],
        )
    assert "participating_units" in _errors(excinfo)
    with pytest.raises(ValidationError) as excinfo:
        profile_create(
            tenant=cast.tenant,
            data={"number": "P-1", "name": "X"},
            predecessors=[ProfileFactory(tenant=cast.other_tenant)],
        )
    assert "predecessors" in _errors(excinfo)
    assert not _profiles(cast.tenant).exists()


def test_a_process_cannot_precede_itself(cast):
    profile = ProfileFactory(tenant=cast.tenant, name="Bleibt")
    with pytest.raises(ValidationError) as excinfo:
        profile_update(tenant=cast.tenant, profile=profile, data={"name": "Neu"}, predecessors=[profile])
    assert "predecessors" in _errors(excinfo)
    assert _profiles(cast.tenant).get(pk=profile.pk).name == "Bleibt"
    assert not profile.predecessors.exists()


def test_profile_update_changes_only_the_given_fields_and_replaces_relations(cast):
    unit_a, unit_b = OrgUnitFactory(tenant=cast.tenant), OrgUnitFactory(tenant=cast.tenant)
    profile = ProfileFactory(tenant=cast.tenant, name="Alt", case_count=5)
    profile.participating_units.add(unit_a)
    profile_update(tenant=cast.tenant, profile=profile, data={"name": "Neu"}, participating_units=[unit_b])
    profile = _profiles(cast.tenant).get(pk=profile.pk)
    assert (profile.name, profile.case_count) == ("Neu", 5)
    assert list(profile.participating_units.all()) == [unit_b]


def test_profile_update_refuses_a_profile_of_another_tenant(cast):
    foreign = ProfileFactory(tenant=cast.other_tenant, name="Fremd")
    with pytest.raises(ValidationError):
        profile_update(tenant=cast.tenant, profile=foreign, data={"name": "Gekapert"})
    foreign.refresh_from_db()
    assert foreign.name == "Fremd"


def test_a_refused_update_leaves_the_database_unchanged(cast):
    profile = ProfileFactory(tenant=cast.tenant, name="Bleibt", case_count=7)
    with pytest.raises(ValidationError):
        profile_update(tenant=cast.tenant, profile=profile, data={"name": "Neu", "case_count": -3})
    profile.refresh_from_db()
    assert (profile.name, profile.case_count) == ("Bleibt", 7)


def _form(tenant, **data):
    values = {
        "number": "P-0100",
        "name": "Prozess",
        "process_type": "kern",
        "release_status": "1",
        "version": "1.0",
        "documentation_state": "open",
        **data,
    }
    return ProfileForm(values, instance=ProcessProfile(tenant=tenant), tenant=tenant, definitions=[])


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"case_count": "-1"}, "case_count"),
        ({"case_count": "abc"}, "case_count"),
        ({"case_count": "1.5"}, "case_count"),
        ({"case_count": str(MAX_CASE_COUNT + 1)}, "case_count"),
        ({"digitalisation_level": "5"}, "digitalisation_level"),
        ({"name": "x" * 301}, "name"),
        ({"name": ""}, "name"),
    ],
)
def test_the_profile_form_rejects_invalid_figures(cast, data, field):
    form = _form(cast.tenant, **data)
    assert not form.is_valid()
    assert field in form.errors


def test_the_profile_form_accepts_a_complete_valid_profile(cast):
    form = _form(cast.tenant, case_count="0", digitalisation_level="0")
    assert form.is_valid(), form.errors
    assert form.standard_data()["digitalisation_level"] == 0


# --- Custom attributes ------------------------------------------------------------------------------

ATTRIBUTE_CASES = [
    # type, valid input, stored value, invalid inputs
    (AttributeType.TEXT, "  Gewerbeordnung  ", "Gewerbeordnung", ["x" * 501]),
    (AttributeType.LONG_TEXT, "x" * 10_000, "x" * 10_000, ["x" * 10_001]),
    (AttributeType.NUMBER, "1,5", 1.5, ["abc", "NaN", "Infinity", "1e12", "-1e13", "1,2,3"]),
    (AttributeType.NUMBER, "42", 42, ["zwölf"]),
    (AttributeType.BOOLEAN, "ja", True, ["vielleicht", "2"]),
    (AttributeType.BOOLEAN, False, False, ["maybe"]),
    (AttributeType.DATE, "2024-02-29", "2024-02-29", ["2023-02-29", "29.02.2024", "morgen"]),
    (AttributeType.DATE, datetime.date(2024, 1, 31), "2024-01-31", ["2024-13-01"]),
    (AttributeType.CHOICE, "online", "online", ["per Brieftaube", "ONLINE"]),
    (
        AttributeType.MULTIPLE_CHOICE,
        ["online", "vor Ort"],
        ["online", "vor Ort"],
        [["online", "Fax"], 5, {"online": True}],
    ),
    (AttributeType.MULTIPLE_CHOICE, "online", ["online"], ["Fax"]),
    (
        AttributeType.LINK,
        "https://example.org/x",
        "https://example.org/x",
        ["javascript:alert(1)", "ftp://x.org"],
    ),
]


def _definition(tenant, type, *, required=False):
    return AttributeDefinitionFactory(
        group__tenant=tenant,
        key="feld",
        label="Feld",
        type=type,
        choices=["online", "vor Ort"],
        required=required,
    )


@pytest.mark.parametrize(("type", "valid", "stored", "invalid"), ATTRIBUTE_CASES, ids=lambda v: str(v)[:20])
def test_custom_attribute_values_are_validated_by_type(cast, type, valid, stored, invalid):
    _definition(cast.tenant, type)
    assert clean_attributes(tenant=cast.tenant, values={"feld": valid}) == {"feld": stored}
    for value in invalid:
        with pytest.raises(ValidationError) as excinfo:
            clean_attributes(tenant=cast.tenant, values={"feld": value})
        assert list(_errors(excinfo)) == ["feld"], value


@pytest.mark.parametrize("type", AttributeType.values)
def test_a_required_custom_attribute_needs_a_value(cast, type):
    _definition(cast.tenant, type, required=True)
    for empty in (None, "", []):
        with pytest.raises(ValidationError) as excinfo:
            clean_attributes(tenant=cast.tenant, values={"feld": empty})
        assert "feld" in _errors(excinfo)
    with pytest.raises(ValidationError):
        clean_attributes(tenant=cast.tenant, values={})


@pytest.mark.parametrize("type", AttributeType.values)
def test_an_optional_empty_custom_attribute_is_not_stored(cast, type):
    _definition(cast.tenant, type)
    assert clean_attributes(tenant=cast.tenant, values={"feld": ""}) == {}
    assert clean_attributes(tenant=cast.tenant, values={}) == {}


def test_a_false_or_zero_value_counts_as_given_for_a_required_attribute(cast):
    AttributeDefinitionFactory(
        group__tenant=cast.tenant, key="ja_nein", type=AttributeType.BOOLEAN, required=True
    )
    AttributeDefinitionFactory(
        group__tenant=cast.tenant, key="zahl", type=AttributeType.NUMBER, required=True
    )
    cleaned = clean_attributes(tenant=cast.tenant, values={"ja_nein": False, "zahl": 0})
    assert cleaned == {"ja_nein": False, "zahl": 0}


def test_an_unknown_attribute_key_is_rejected(cast):
    _definition(cast.tenant, AttributeType.TEXT)
    AttributeDefinitionFactory(group__tenant=cast.other_tenant, key="fremd", type=AttributeType.TEXT)
    with pytest.raises(ValidationError):
        clean_attributes(tenant=cast.tenant, values={"feld": "a", "unbekannt": "b"})
    with pytest.raises(ValidationError):
        clean_attributes(tenant=cast.tenant, values={"fremd": "b"})


def test_errors_of_several_attributes_are_collected_per_key(cast):
    AttributeDefinitionFactory(group__tenant=cast.tenant, key="zahl", type=AttributeType.NUMBER)
    AttributeDefinitionFactory(group__tenant=cast.tenant, key="datum", type=AttributeType.DATE)
    AttributeDefinitionFactory(group__tenant=cast.tenant, key="text", type=AttributeType.TEXT)
    with pytest.raises(ValidationError) as excinfo:
        clean_attributes(tenant=cast.tenant, values={"zahl": "x", "datum": "y", "text": "ok"})
    assert set(_errors(excinfo)) == {"zahl", "datum"}


def test_profile_create_stores_validated_attributes_and_refuses_invalid_ones(cast):
    AttributeDefinitionFactory(group__tenant=cast.tenant, key="gebuehr", type=AttributeType.NUMBER)
    profile = profile_create(
        tenant=cast.tenant, data={"number": "P-1", "name": "A"}, attributes={"gebuehr": "12,50"}
    )
    assert _profiles(cast.tenant).get(pk=profile.pk).attributes == {"gebuehr": 12.5}
    with pytest.raises(ValidationError) as excinfo:
        profile_create(
            tenant=cast.tenant, data={"number": "P-2", "name": "B"}, attributes={"gebuehr": "viel"}
        )
    assert "gebuehr" in _errors(excinfo)
    with pytest.raises(ValidationError):
        profile_create(tenant=cast.tenant, data={"number": "P-3", "name": "C"}, attributes={"nope": 1})
    assert _profiles(cast.tenant).count() == 1


def _save_definition(tenant, group, *, definition=None, label="Feld", type=AttributeType.TEXT, choices=()):
    return attribute_definition_save(
        tenant=tenant,
        definition=definition,
        group=group,
        label=label,
        type=type,
        choices=list(choices),
        required=False,
    )


def test_attribute_definition_save_generates_a_unique_key_from_the_label(cast):
    group = attribute_group_create(tenant=cast.tenant, name="Weiteres")
    first = _save_definition(cast.tenant, group, label="Zuständige Stelle")
    second = _save_definition(cast.tenant, group, label="Zuständige Stelle")
    third = _save_definition(cast.tenant, group, label="Zuständige-Stelle!")
    assert first.key == "zustandige_stelle"
    assert second.key == "zustandige_stelle_2"
    assert third.key == "zustandige_stelle_3"
    assert _save_definition(cast.tenant, group, label="!!!").key == "attribut"
    assert len(_save_definition(cast.tenant, group, label="Sehr " * 20).key) <= 50
    other_group = attribute_group_create(tenant=cast.other_tenant, name="Weiteres")
    assert (
        _save_definition(cast.other_tenant, other_group, label="Zuständige Stelle").key == "zustandige_stelle"
    )


def test_attribute_definition_save_keeps_the_key_when_the_label_changes(cast):
    group = AttributeGroupFactory(tenant=cast.tenant)
    definition = _save_definition(cast.tenant, group, label="Alt")
    changed = _save_definition(cast.tenant, group, definition=definition, label="Neu")
    assert (changed.key, changed.label) == ("alt", "Neu")


def test_attribute_definition_save_cleans_choices_and_needs_some_for_choice_types(cast):
    group = AttributeGroupFactory(tenant=cast.tenant)
    definition = _save_definition(
        cast.tenant, group, type=AttributeType.CHOICE, choices=[" a ", "b", "a", "", "  "]
    )
    assert definition.choices == ["a", "b"]
    with pytest.raises(ValidationError) as excinfo:
        _save_definition(
            cast.tenant, group, label="Leer", type=AttributeType.MULTIPLE_CHOICE, choices=["", " "]
        )
    assert "choices" in _errors(excinfo)
    with pytest.raises(ValidationError):
        _save_definition(
            cast.tenant, group, label="Zu viele", type=AttributeType.CHOICE, choices=map(str, range(101))
        )
    assert _save_definition(cast.tenant, group, label="Text", choices=["x"]).choices == []


def test_attribute_definition_save_refuses_a_group_of_another_tenant_and_a_bad_type(cast):
    with pytest.raises(ValidationError) as excinfo:
        _save_definition(cast.tenant, AttributeGroupFactory(tenant=cast.other_tenant))
    assert "group" in _errors(excinfo)
    with pytest.raises(ValidationError):
        _save_definition(cast.tenant, AttributeGroupFactory(tenant=cast.tenant), type="python")
    assert not AttributeDefinition.objects.for_tenant(cast.tenant).exists()


def test_the_type_of_a_used_attribute_cannot_change(cast):
    group = AttributeGroupFactory(tenant=cast.tenant)
    definition = _save_definition(cast.tenant, group, label="Gebühr", type=AttributeType.NUMBER)
    unused = _save_definition(cast.tenant, group, label="Frei", type=AttributeType.NUMBER)
    profile_create(tenant=cast.tenant, data={"number": "P-1", "name": "A"}, attributes={"gebuhr": 5})
    with pytest.raises(ValidationError) as excinfo:
        _save_definition(cast.tenant, group, definition=definition, label="Gebühr", type=AttributeType.TEXT)
    assert "type" in _errors(excinfo)
    assert (
        AttributeDefinition.objects.for_tenant(cast.tenant).get(pk=definition.pk).type == AttributeType.NUMBER
    )
    assert _save_definition(
        cast.tenant, group, definition=unused, label="Frei", type=AttributeType.TEXT
    ).type == (AttributeType.TEXT)


def test_the_type_of_an_attribute_used_only_in_another_tenant_can_change(cast):
    group = AttributeGroupFactory(tenant=cast.tenant)
    definition = _save_definition(cast.tenant, group, label="Gebühr", type=AttributeType.NUMBER)
    ProfileFactory(tenant=cast.other_tenant, attributes={"gebuhr": 5})
    changed = _save_definition(
        cast.tenant, group, definition=definition, label="Gebühr", type=AttributeType.TEXT
    )
    assert changed.type == AttributeType.TEXT


def test_attribute_definition_delete_removes_the_values_from_the_tenants_profiles(cast):
    definition = AttributeDefinitionFactory(
        group__tenant=cast.tenant, key="gebuehr", type=AttributeType.NUMBER
    )
    AttributeDefinitionFactory(group=definition.group, key="bleibt", type=AttributeType.TEXT)
    with_value = ProfileFactory(tenant=cast.tenant, attributes={"gebuehr": 5, "bleibt": "x"})
    also = ProfileFactory(tenant=cast.tenant, attributes={"gebuehr": 7})
    without = ProfileFactory(tenant=cast.tenant, attributes={"bleibt": "y"})
    foreign = ProfileFactory(tenant=cast.other_tenant, attributes={"gebuehr": 9})

    assert attribute_definition_delete(tenant=cast.tenant, definition=definition) == 2

    assert not AttributeDefinition.objects.for_tenant(cast.tenant).filter(key="gebuehr").exists()
    for profile, expected in [(with_value, {"bleibt": "x"}), (also, {}), (without, {"bleibt": "y"})]:
        profile.refresh_from_db()
        assert profile.attributes == expected
    foreign.refresh_from_db()
    assert foreign.attributes == {"gebuehr": 9}


# --- Bulk edit and relevance ------------------------------------------------------------------------


def test_bulk_update_changes_only_the_selected_rows(cast):
    first = ProfileFactory(tenant=cast.tenant, case_count=1, digitalisation_level=1)
    second = ProfileFactory(tenant=cast.tenant, case_count=2, digitalisation_level=1)
    untouched = ProfileFactory(tenant=cast.tenant, case_count=3, digitalisation_level=1)
    foreign = ProfileFactory(tenant=cast.other_tenant, case_count=4, digitalisation_level=1)
    unit = OrgUnitFactory(tenant=cast.tenant)
    changed = profiles_bulk_update(
        tenant=cast.tenant,
        profile_uuids=[str(first.uuid), second.uuid, str(first.uuid)],
        changes=BulkChanges(case_count=500, digitalisation_level=3, relevant=False, owner_unit=unit),
    )
    assert changed == 2
    for profile in (first, second):
        profile.refresh_from_db()
        assert (
            profile.case_count,
            profile.digitalisation_level,
            profile.relevant,
            profile.owner_unit_id,
        ) == (
            500,
            3,
            False,
            unit.pk,
        )
    for profile, count in ((untouched, 3), (foreign, 4)):
        profile.refresh_from_db()
        assert (profile.case_count, profile.digitalisation_level, profile.relevant) == (count, 1, True)


def test_bulk_update_can_clear_the_case_count_and_leaves_other_fields(cast):
    profile = ProfileFactory(tenant=cast.tenant, case_count=9, digitalisation_level=2)
    profiles_bulk_update(
        tenant=cast.tenant, profile_uuids=[profile.uuid], changes=BulkChanges(clear_case_count=True)
    )
    profile.refresh_from_db()
    assert (profile.case_count, profile.digitalisation_level, profile.relevant) == (None, 2, True)


def test_bulk_update_accepts_the_bounds(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    for changes in (
        BulkChanges(case_count=0, digitalisation_level=0),
        BulkChanges(case_count=MAX_CASE_COUNT),
    ):
        assert profiles_bulk_update(tenant=cast.tenant, profile_uuids=[profile.uuid], changes=changes) == 1


@pytest.mark.parametrize(
    "uuids",
    ["foreign", "unknown", "mixed"],
)
def test_bulk_update_refuses_foreign_or_unknown_uuids_and_changes_nothing(cast, uuids):
    own = ProfileFactory(tenant=cast.tenant, case_count=1)
    foreign = ProfileFactory(tenant=cast.other_tenant, case_count=1)
    selected = {
        "foreign": [foreign.uuid],
        "unknown": [uuid.uuid4()],
        "mixed": [own.uuid, foreign.uuid],
    }[uuids]
    with pytest.raises(ValidationError):
        profiles_bulk_update(tenant=cast.tenant, profile_uuids=selected, changes=BulkChanges(case_count=99))
    for profile in (own, foreign):
        profile.refresh_from_db()
        assert profile.case_count == 1


def test_bulk_update_refuses_malformed_uuids(cast):
    own = ProfileFactory(tenant=cast.tenant, case_count=1)
    with pytest.raises(ValidationError):
        profiles_bulk_update(
            tenant=cast.tenant, profile_uuids=[own.uuid, "kein-uuid"], changes=BulkChanges(case_count=99)
        )
    own.refresh_from_db()
    assert own.case_count == 1


@pytest.mark.parametrize(
    "changes",
    [
        BulkChanges(),
        BulkChanges(case_count=-1),
        BulkChanges(case_count=MAX_CASE_COUNT + 1),
        BulkChanges(digitalisation_level=5),
        BulkChanges(digitalisation_level=-1),
    ],
    ids=["empty", "negative", "too-many-cases", "level-5", "level-minus-1"],
)
def test_bulk_update_refuses_empty_or_out_of_range_changes(cast, changes):
    profile = ProfileFactory(tenant=cast.tenant, case_count=1, digitalisation_level=1)
    with pytest.raises(ValidationError):
        profiles_bulk_update(tenant=cast.tenant, profile_uuids=[profile.uuid], changes=changes)
    profile.refresh_from_db()
    assert (profile.case_count, profile.digitalisation_level) == (1, 1)


def test_bulk_update_refuses_an_empty_or_too_large_selection(cast):
    with pytest.raises(ValidationError):
        profiles_bulk_update(tenant=cast.tenant, profile_uuids=[], changes=BulkChanges(case_count=1))
    with pytest.raises(ValidationError):
        profiles_bulk_update(
            tenant=cast.tenant,
            profile_uuids=[uuid.uuid4() for _ in range(MAX_BULK_ROWS + 1)],
            changes=BulkChanges(case_count=1),
        )


def test_bulk_update_refuses_a_unit_of_another_tenant(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    with pytest.raises(ValidationError):
        profiles_bulk_update(
            tenant=cast.tenant,
            profile_uuids=[profile.uuid],
            changes=BulkChanges(owner_unit=OrgUnitFactory(tenant=cast.other_tenant)),
        )
    profile.refresh_from_db()
    assert profile.owner_unit_id is None


def test_profile_set_relevance_toggles_and_keeps_the_profile(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    profile_set_relevance(tenant=cast.tenant, profile=profile, relevant=False)
    assert _profiles(cast.tenant).get(pk=profile.pk).relevant is False
    profile_set_relevance(tenant=cast.tenant, profile=profile, relevant=True)
    assert _profiles(cast.tenant).get(pk=profile.pk).relevant is True


def test_profile_set_relevance_refuses_a_profile_of_another_tenant(cast):
    foreign = ProfileFactory(tenant=cast.other_tenant)
    with pytest.raises(ValidationError):
        profile_set_relevance(tenant=cast.tenant, profile=foreign, relevant=False)
    foreign.refresh_from_db()
    assert foreign.relevant is True


# --- Folders ----------------------------------------------------------------------------------------


def test_moving_a_folder_moves_its_sub_folders_and_refuses_cycles_and_too_deep_trees(cast):
    a = folder_create(tenant=cast.tenant, name="A")
    b = folder_create(tenant=cast.tenant, name="B")
    moved = folder_create(tenant=cast.tenant, name="Moved", parent=a)
    child = folder_create(tenant=cast.tenant, name="Child", parent=moved)
    folder_update(tenant=cast.tenant, folder=moved, name="Moved", parent=b)
    child.refresh_from_db()
    assert child.path == f"{b.path}{moved.uuid.hex}/{child.uuid.hex}/"
    with pytest.raises(ValidationError):
        folder_update(tenant=cast.tenant, folder=moved, name="Moved", parent=child)
    deep = b
    for n in range(MAX_DEPTH - 2):
        deep = folder_create(tenant=cast.tenant, name=f"Tief {n}", parent=deep)
    with pytest.raises(ValidationError):
        folder_update(
            tenant=cast.tenant, folder=moved, name="Moved", parent=deep
        )  # its child would be too deep
    assert max(f.depth for f in Folder.objects.for_tenant(cast.tenant)) < MAX_DEPTH


# --- The register template (Musterprozessregister) --------------------------------------------------


def _build_register(tenant):
    """A small but complete register: units, positions, folders, attributes, catalogues, profiles."""
    division = orgunit_create(tenant=tenant, name="Dezernat I", kind=OrgUnitKind.DIVISION, short_code="I")
    office = orgunit_create(tenant=tenant, name="Ordnungsamt", kind=OrgUnitKind.OFFICE, parent=division)
    section = orgunit_create(tenant=tenant, name="Gewerbe", kind=OrgUnitKind.SECTION, parent=office)
    other_division = orgunit_create(tenant=tenant, name="Dezernat II", kind=OrgUnitKind.DIVISION)
    clerk = PositionFactory(unit=section, name="Sachbearbeitung Gewerbe")
    PositionFactory(unit=office, name="Amtsleitung")
    PositionFactory(unit=office, name="Assistenz")

    citizens = folder_create(tenant=tenant, name="Bürgerdienste")
    registration = folder_create(tenant=tenant, name="Meldewesen", parent=citizens)
    trade = folder_create(tenant=tenant, name="Gewerbe", parent=registration)
    folder_create(tenant=tenant, name="Intern")

    group = attribute_group_create(tenant=tenant, name="Weiteres")
    _save_definition(tenant, group, label="Gebühr", type=AttributeType.NUMBER)
    _save_definition(tenant, group, label="Kanal", type=AttributeType.CHOICE, choices=["online", "vor Ort"])

    documents = Catalog.objects.create(tenant=tenant, kind=CatalogKind.DOCUMENTS, name="Dokumente")
    form_entry = CatalogEntry(catalog=documents, key="F1", name="Antragsformular Gewerbe")
    decision_entry = CatalogEntry(catalog=documents, key="F2", name="Bescheid", parent=form_entry)
    leika = Catalog.objects.get_or_create(tenant=None, kind=CatalogKind.LEIKA, defaults={"name": "LeiKa"})[0]
    global_entry = CatalogEntry(catalog=leika, key="99050012104000", name="Gewerbeanmeldung Entgegennahme")
    for entry in (form_entry, decision_entry, global_entry):
        entry.compute_path()
        entry.save()

    first = profile_create(
        tenant=tenant,
        data={
            "number": "P-0001",
            "name": "Gewerbe anmelden",
            "folder": trade,
            "owner_unit": section,
            "process_owner": clerk,
            "case_count": 1200,
            "digitalisation_level": 3,
            "addressees": ["businesses"],
            "last_review": datetime.date(2024, 1, 1),
        },
        participating_units=[office, other_division],
        attributes={"gebuhr": "26", "kanal": "online"},
    )
    second = profile_create(
        tenant=tenant,
        data={"number": "P-0002", "name": "Gewerbe abmelden", "folder": trade, "owner_unit": section},
        predecessors=[first],
        attributes={"kanal": "vor Ort"},
    )
    third = profile_create(
        tenant=tenant,
        data={"number": "P-0003", "name": "Hund anmelden", "relevant": False},
        predecessors=[first, second],
    )
    CatalogLink.objects.create(tenant=tenant, profile=first, entry=form_entry)
    CatalogLink.objects.create(tenant=tenant, profile=first, entry=global_entry)
    CatalogLink.objects.create(tenant=tenant, profile=second, entry=decision_entry)
    profiles_reindex(tenant=tenant)
    return {"profiles": [first, second, third], "global_entry": global_entry}


def _counts(tenant):
    return {
        "units": OrgUnit.objects.for_tenant(tenant).count(),
        "positions": Position.objects.for_tenant(tenant).count(),
        "folders": Folder.objects.for_tenant(tenant).count(),
        "groups": AttributeGroup.objects.for_tenant(tenant).count(),
        "definitions": AttributeDefinition.objects.for_tenant(tenant).count(),
        "profiles": ProcessProfile.objects.for_tenant(tenant).count(),
        "links": CatalogLink.objects.for_tenant(tenant).count(),
        "participations": ProcessProfile.participating_units.through.objects.filter(
            processprofile__tenant=tenant
        ).count(),
        "predecessors": ProcessProfile.predecessors.through.objects.filter(
            from_processprofile__tenant=tenant
        ).count(),
        "context_entries": CatalogEntry.objects.filter(catalog__tenant=tenant).count(),
    }


def _assert_tree_valid(nodes):
    by_pk = {n.pk: n for n in nodes}
    for node in nodes:
        parent_path = by_pk[node.parent_id].path if node.parent_id else ""
        assert node.path == f"{parent_path}{node.uuid.hex}/"
        assert node.depth == node.path.count("/") - 1


@pytest.fixture
def publisher(cast):
    return TenantFactory(slug="land", name="Land", is_template_publisher=True)


def test_a_published_template_instantiates_into_a_new_tenant(cast, publisher):
    built = _build_register(publisher)
    template = RegisterTemplate.objects.create(tenant=publisher, name="Muster")
    version = template_version_publish(tenant=publisher, template=template, actor=cast.admin, note="Erste")
    assert (version.number, version.profile_count, version.published_by) == (1, 3, cast.admin)
    assert template_version_publish(tenant=publisher, template=template, actor=None).number == 2
    source_counts = _counts(publisher)

    target = TenantFactory(slug="neustadt", name="Neustadt")
    instance = template_instantiate(tenant=target, version=version, actor=cast.admin)

    assert TemplateInstance.objects.for_tenant(target).get() == instance
    assert instance.version == version
    assert (
        _counts(target)
        == source_counts
        == {
            "units": 4,
            "positions": 3,
            "folders": 4,
            "groups": 1,
            "definitions": 2,
            "profiles": 3,
            "links": 3,
            "participations": 2,
            "predecessors": 3,
            "context_entries": 2,
        }
    )
    assert _counts(publisher) == source_counts  # the source is untouched

    source_units = {u.uuid: u for u in OrgUnit.objects.for_tenant(publisher)}
    target_units = list(OrgUnit.objects.for_tenant(target))
    _assert_tree_valid(target_units)
    by_pk = {u.pk: u for u in target_units}
    for unit in target_units:
        origin = source_units[unit.origin_uuid]
        assert unit.uuid != origin.uuid
        assert (unit.name, unit.kind, unit.short_code, unit.depth) == (
            origin.name,
            origin.kind,
            origin.short_code,
            origin.depth,
        )
        expected_parent = origin.parent.uuid if origin.parent_id else None
        assert (by_pk[unit.parent_id].origin_uuid if unit.parent_id else None) == expected_parent

    source_folders = {f.uuid: f for f in Folder.objects.for_tenant(publisher)}
    target_folders = list(Folder.objects.for_tenant(target))
    _assert_tree_valid(target_folders)
    assert {source_folders[f.origin_uuid].name for f in target_folders} == {
        "Bürgerdienste",
        "Meldewesen",
        "Gewerbe",
        "Intern",
    }

    source_profiles = {p.uuid: p for p in built["profiles"]}
    copies = {p.number: p for p in ProcessProfile.objects.for_tenant(target)}
    assert {p.origin_uuid for p in copies.values()} == set(source_profiles)
    assert all(p.origin_version_id == version.pk for p in copies.values())
    first = copies["P-0001"]
    assert (first.name, first.case_count, first.digitalisation_level, first.addressees) == (
        "Gewerbe anmelden",
        1200,
        3,
        ["businesses"],
    )
    assert first.attributes == {"gebuhr": 26, "kanal": "online"}
    assert first.last_review is None  # review dates stay with the publishing authority
    assert first.folder.tenant_id == target.pk and first.folder.name == "Gewerbe"
    assert first.owner_unit.tenant_id == target.pk and first.owner_unit.name == "Gewerbe"
    assert first.process_owner.tenant_id == target.pk and first.process_owner.unit_id == first.owner_unit_id
    assert {u.name for u in first.participating_units.all()} == {"Ordnungsamt", "Dezernat II"}
    assert all(u.tenant_id == target.pk for u in first.participating_units.all())
    assert copies["P-0003"].relevant is False
    assert set(copies["P-0003"].predecessors.all()) == {copies["P-0001"], copies["P-0002"]}

    links = CatalogLink.objects.for_tenant(target).select_related("entry__catalog", "profile")
    for link in links:
        assert link.profile.tenant_id == target.pk
        if link.entry.catalog.kind == CatalogKind.LEIKA:
            assert link.entry == built["global_entry"]  # global catalogues are shared
        else:
            assert link.entry.catalog.tenant_id == target.pk  # context catalogues are copied
    assert {link.entry.name for link in links} == {
        "Antragsformular Gewerbe",
        "Gewerbeanmeldung Entgegennahme",
        "Bescheid",
    }

    found = search_profiles(ProcessProfile.objects.for_tenant(target), "Antragsformular", tenant=target)
    assert [p.number for p in found] == ["P-0001"]
    # The context catalogues keep their hierarchy and are searchable.
    copied = {e.name: e for e in CatalogEntry.objects.filter(catalog__tenant=target).select_related("parent")}
    assert copied["Bescheid"].parent == copied["Antragsformular Gewerbe"]
    assert copied["Bescheid"].path.startswith(copied["Antragsformular Gewerbe"].path)
    assert all(e.search_document for e in copied.values())


def test_instantiate_refuses_a_register_that_is_not_empty(cast, publisher):
    _build_register(publisher)
    template = RegisterTemplate.objects.create(tenant=publisher, name="Muster")
    version = template_version_publish(tenant=publisher, template=template, actor=None)
    template_instantiate(tenant=cast.tenant, version=version, actor=None)
    before = _counts(cast.tenant)
    with pytest.raises(ValidationError):
        template_instantiate(tenant=cast.tenant, version=version, actor=None)
    assert _counts(cast.tenant) == before

    only_units = TenantFactory(slug="nur-amt")
    OrgUnitFactory(tenant=only_units)
    with pytest.raises(ValidationError):
        template_instantiate(tenant=only_units, version=version, actor=None)
    assert not ProcessProfile.objects.for_tenant(only_units).exists()


def test_instantiate_refuses_a_snapshot_of_unknown_format(cast, publisher):
    template = RegisterTemplate.objects.create(tenant=publisher, name="Muster")
    version = TemplateVersion.objects.create(
        template=template, uuid=uuid.uuid4(), number=1, snapshot={"format": 99}
    )
    with pytest.raises(ValidationError):
        template_instantiate(tenant=cast.tenant, version=version, actor=None)
    assert not TemplateInstance.objects.for_tenant(cast.tenant).exists()


def test_publish_is_refused_for_a_tenant_that_does_not_publish_templates(cast):
    ProfileFactory(tenant=cast.tenant)
    template = RegisterTemplate.objects.create(tenant=cast.tenant, name="Muster")
    with pytest.raises(ValidationError):
        template_version_publish(tenant=cast.tenant, template=template, actor=None)
    assert not TemplateVersion.objects.filter(template=template).exists()


def test_publish_is_refused_for_another_tenants_template_or_an_empty_register(cast, publisher):
    foreign_template = RegisterTemplate.objects.create(tenant=cast.tenant, name="Fremd")
    ProfileFactory(tenant=publisher)
    with pytest.raises(ValidationError):
        template_version_publish(tenant=publisher, template=foreign_template, actor=None)
    empty_publisher = TenantFactory(slug="leer", is_template_publisher=True)
    template = RegisterTemplate.objects.create(tenant=empty_publisher, name="Leer")
    with pytest.raises(ValidationError):
        template_version_publish(tenant=empty_publisher, template=template, actor=None)
    assert not TemplateVersion.objects.exists()


def test_instantiate_into_a_register_with_its_own_attributes_is_refused(cast, publisher):
    from django.db import transaction

    _build_register(publisher)
    template = RegisterTemplate.objects.create(tenant=publisher, name="Muster")
    version = template_version_publish(tenant=publisher, template=template, actor=None)
    attribute_group_create(tenant=cast.tenant, name="Weiteres")
    with pytest.raises(ValidationError), transaction.atomic():
        template_instantiate(tenant=cast.tenant, version=version, actor=None)


# --- Recording figures and manual priorities (Nutzwert-Score) ----------------------------------------


def _figures(profile):
    profile = _profiles(profile.tenant).get(pk=profile.pk)
    return (profile.case_count, profile.processing_minutes, profile.digitalisation_level, profile.relevant)


def test_profiles_figures_set_records_the_figures_of_many_profiles(cast):
    first = ProfileFactory(
        tenant=cast.tenant, case_count=None, processing_minutes=None, digitalisation_level=None
    )
    second = ProfileFactory(tenant=cast.tenant, case_count=5, processing_minutes=10, digitalisation_level=1)
    changed = profiles_figures_set(
        tenant=cast.tenant,
        rows={
            str(first.uuid): {"case_count": 1200, "processing_minutes": 15, "digitalisation_level": 0},
            str(second.uuid): {"case_count": None, "relevant": False},
        },
    )
    assert changed == 2
    assert _figures(first) == (1200, 15, 0, True)
    assert _figures(second) == (None, 10, 1, False)  # None: back to "not yet collected"


def test_profiles_figures_set_accepts_the_bounds(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    rows = {
        str(profile.uuid): {
            "case_count": MAX_CASE_COUNT,
            "processing_minutes": MAX_PROCESSING_MINUTES,
            "digitalisation_level": 4,
        }
    }
    assert profiles_figures_set(tenant=cast.tenant, rows=rows) == 1
    assert _figures(profile)[:3] == (MAX_CASE_COUNT, MAX_PROCESSING_MINUTES, 4)
    rows = {str(profile.uuid): {"case_count": 0, "processing_minutes": 1, "digitalisation_level": 0}}
    assert profiles_figures_set(tenant=cast.tenant, rows=rows) == 1
    assert _figures(profile)[:3] == (0, 1, 0)


def test_profiles_figures_set_does_not_write_unchanged_rows(cast):
    same = ProfileFactory(tenant=cast.tenant, case_count=100, digitalisation_level=2)
    other = ProfileFactory(tenant=cast.tenant, case_count=100)
    stamps = dict(_profiles(cast.tenant).values_list("pk", "updated_at"))
    changed = profiles_figures_set(
        tenant=cast.tenant,
        rows={
            str(same.uuid): {"case_count": 100, "digitalisation_level": 2, "relevant": True},
            str(other.uuid): {"case_count": 101},
        },
    )
    assert changed == 1
    after = dict(_profiles(cast.tenant).values_list("pk", "updated_at"))
    assert after[same.pk] == stamps[same.pk]
    assert after[other.pk] > stamps[other.pk]
    assert profiles_figures_set(tenant=cast.tenant, rows={}) == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("case_count", -1),
        ("case_count", MAX_CASE_COUNT + 1),
        ("case_count", 10**30),
        ("case_count", "1.200"),  # parsed by the view, never here
        ("case_count", 12.5),
        ("case_count", True),
        ("processing_minutes", 0),
        ("processing_minutes", MAX_PROCESSING_MINUTES + 1),
        ("processing_minutes", False),
        ("digitalisation_level", 5),
        ("digitalisation_level", -1),
        ("digitalisation_level", "2"),
        ("relevant", "ja"),
        ("relevant", 1),
        ("relevant", None),
    ],
    ids=lambda value: repr(value)[:20],
)
def test_profiles_figures_set_refuses_bad_figures_and_writes_nothing_at_all(cast, field, value):
    good = ProfileFactory(tenant=cast.tenant, case_count=7)
    bad = ProfileFactory(tenant=cast.tenant, case_count=8)
    before = (_figures(good), _figures(bad))
    with pytest.raises(ValidationError) as excinfo:
        profiles_figures_set(
            tenant=cast.tenant,
            rows={str(good.uuid): {"case_count": 700}, str(bad.uuid): {"case_count": 9, field: value}},
        )
    assert list(_errors(excinfo)) == [f"{bad.uuid}:{field}"]
    assert (_figures(good), _figures(bad)) == before


def test_profiles_figures_set_names_every_bad_cell(cast):
    first, second = ProfileFactory(tenant=cast.tenant), ProfileFactory(tenant=cast.tenant)
    with pytest.raises(ValidationError) as excinfo:
        profiles_figures_set(
            tenant=cast.tenant,
            rows={
                str(first.uuid): {"case_count": -5, "digitalisation_level": 9},
                str(second.uuid): {"processing_minutes": 0, "lead_time_days": 3},
            },
        )
    assert set(_errors(excinfo)) == {
        f"{first.uuid}:case_count",
        f"{first.uuid}:digitalisation_level",
        f"{second.uuid}:processing_minutes",
        f"{second.uuid}:__all__",  # not a figure of the grid
    }


@pytest.mark.parametrize("kind", ["foreign", "unknown", "malformed"])
def test_profiles_figures_set_refuses_profiles_it_cannot_find_and_writes_nothing(cast, kind):
    mine = ProfileFactory(tenant=cast.tenant, case_count=7)
    foreign = ProfileFactory(tenant=cast.other_tenant, case_count=7)
    key = {"foreign": str(foreign.uuid), "unknown": str(uuid.uuid4()), "malformed": "kein-uuid"}[kind]
    with pytest.raises(ValidationError):
        profiles_figures_set(
            tenant=cast.tenant, rows={str(mine.uuid): {"case_count": 70}, key: {"case_count": 70}}
        )
    assert (_figures(mine)[0], _figures(foreign)[0]) == (7, 7)


def test_profiles_figures_set_refuses_more_than_1000_rows(cast):
    profile = ProfileFactory(tenant=cast.tenant, case_count=7)
    rows = {str(uuid.uuid4()): {"case_count": 1} for _ in range(MAX_BULK_ROWS)}
    rows[str(profile.uuid)] = {"case_count": 70}
    with pytest.raises(ValidationError):
        profiles_figures_set(tenant=cast.tenant, rows=rows)
    assert _figures(profile)[0] == 7


def test_profile_priority_set_places_a_profile_by_hand_with_a_reason(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    profile_priority_set(tenant=cast.tenant, profile=profile, priority=3, reason="  Ratsbeschluss vom 1.3.  ")
    stored = _profiles(cast.tenant).get(pk=profile.pk)
    assert (stored.manual_priority, stored.priority_reason) == (3, "Ratsbeschluss vom 1.3.")

    profile_priority_set(tenant=cast.tenant, profile=profile, priority=None, reason="ignoriert")
    stored = _profiles(cast.tenant).get(pk=profile.pk)
    assert (stored.manual_priority, stored.priority_reason) == (None, "")


@pytest.mark.parametrize("priority", [1, 999])
def test_profile_priority_set_accepts_1_to_999(cast, priority):
    profile = ProfileFactory(tenant=cast.tenant)
    profile_priority_set(tenant=cast.tenant, profile=profile, priority=priority, reason="Gesetz")
    assert _profiles(cast.tenant).get(pk=profile.pk).manual_priority == priority


@pytest.mark.parametrize(
    ("priority", "reason", "field"),
    [
        (0, "Gesetz", "manual_priority"),
        (1000, "Gesetz", "manual_priority"),
        (-1, "Gesetz", "manual_priority"),
        (True, "Gesetz", "manual_priority"),
        ("3", "Gesetz", "manual_priority"),
        (2, "", "priority_reason"),
        (2, "   ", "priority_reason"),
        (2, "x" * 501, "priority_reason"),
    ],
    ids=lambda value: repr(value)[:12],
)
def test_profile_priority_set_refuses_a_bad_priority_or_a_missing_reason(cast, priority, reason, field):
    profile = ProfileFactory(tenant=cast.tenant, manual_priority=5, priority_reason="Alt")
    with pytest.raises(ValidationError) as excinfo:
        profile_priority_set(tenant=cast.tenant, profile=profile, priority=priority, reason=reason)
    assert list(_errors(excinfo)) == [field]
    stored = _profiles(cast.tenant).get(pk=profile.pk)
    assert (stored.manual_priority, stored.priority_reason) == (5, "Alt")


def test_profile_priority_set_refuses_a_profile_of_another_tenant(cast):
    foreign = ProfileFactory(tenant=cast.other_tenant)
    with pytest.raises(ValidationError):
        profile_priority_set(tenant=cast.tenant, profile=foreign, priority=1, reason="Gekapert")
    assert _profiles(cast.other_tenant).get(pk=foreign.pk).manual_priority is None


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_manual_priority_without_a_reason_is_refused_by_the_profile_service(cast, reason):
    data = {"number": "P-0500", "name": "Vorgezogen", "manual_priority": 1, "priority_reason": reason}
    with pytest.raises(ValidationError) as excinfo:
        profile_create(tenant=cast.tenant, data=data)
    assert "priority_reason" in _errors(excinfo)
    assert not _profiles(cast.tenant).filter(number="P-0500").exists()

    profile = ProfileFactory(tenant=cast.tenant)
    with pytest.raises(ValidationError) as excinfo:
        profile_update(
            tenant=cast.tenant, profile=profile, data={"manual_priority": 2, "priority_reason": reason}
        )
    assert "priority_reason" in _errors(excinfo)
    assert _profiles(cast.tenant).get(pk=profile.pk).manual_priority is None


def test_a_manual_priority_with_a_reason_is_saved_and_removing_it_clears_the_reason(cast):
    profile = profile_create(
        tenant=cast.tenant,
        data={"number": "P-0501", "name": "Vorgezogen", "manual_priority": 4, "priority_reason": "Gesetz"},
    )
    assert (profile.manual_priority, profile.priority_reason) == (4, "Gesetz")
    profile_update(tenant=cast.tenant, profile=profile, data={"manual_priority": None})
    stored = _profiles(cast.tenant).get(pk=profile.pk)
    assert (stored.manual_priority, stored.priority_reason) == (None, "")


@pytest.mark.parametrize("priority", [0, 1000])
def test_a_manual_priority_outside_1_to_999_is_refused_by_the_profile_service(cast, priority):
    data = {"number": "P-0502", "name": "X", "manual_priority": priority, "priority_reason": "Gesetz"}
    with pytest.raises(ValidationError) as excinfo:
        profile_create(tenant=cast.tenant, data=data)
    assert "manual_priority" in _errors(excinfo)
