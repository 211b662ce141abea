"""Writes of the organigram: create, rename, move with the subtree, delete with reassignment."""

import uuid

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError

from core.trees import MAX_DEPTH
from organisation.choices import OrgUnitKind
from organisation.models import OrgUnit, Position
from organisation.services import orgunit_create, orgunit_delete, orgunit_dependants, orgunit_update
from organisation.tests.factories import OrgUnitFactory, PositionFactory


def _profile(*, tenant, **fields):
    """A process profile; the register lies above this app, so it is reached through the app registry."""
    model = apps.get_model("register", "ProcessProfile")
    return model.objects.create(tenant=tenant, number=f"P-{uuid.uuid4().hex[:8]}", name="Prozess", **fields)


def _units(tenant):
    return {u.name: u for u in OrgUnit.objects.for_tenant(tenant)}


def _assert_paths_consistent(tenant):
    units = {u.pk: u for u in OrgUnit.objects.for_tenant(tenant)}
    for unit in units.values():
        prefix = units[unit.parent_id].path if unit.parent_id else ""
        assert unit.path == f"{prefix}{unit.uuid.hex}/", unit.name
        assert unit.depth == unit.path.count("/") - 1, unit.name


def _update(tenant, unit, **changes):
    values = {"name": unit.name, "kind": unit.kind, "short_code": unit.short_code, "parent": unit.parent}
    values.update(changes)
    return orgunit_update(tenant=tenant, unit=unit, **values)


def test_create_a_root_unit_and_a_sub_unit(cast):
    root = orgunit_create(
        tenant=cast.tenant, name="  Dezernat I  ", kind=OrgUnitKind.DIVISION, short_code=" D1 "
    )
    child = orgunit_create(tenant=cast.tenant, name="Ordnungsamt", kind=OrgUnitKind.OFFICE, parent=root)
    assert root.name == "Dezernat I"
    assert root.short_code == "D1"
    assert root.depth == 0
    assert child.parent == root
    assert child.depth == 1
    assert child.path == f"{root.path}{child.uuid.hex}/"
    assert OrgUnit.objects.for_tenant(cast.tenant).count() == 2


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("", OrgUnitKind.OFFICE),
        ("   ", OrgUnitKind.OFFICE),
        ("x" * 201, OrgUnitKind.OFFICE),
        ("Amt", "bogus"),
    ],
)
def test_create_refuses_invalid_values(cast, name, kind):
    with pytest.raises(ValidationError):
        orgunit_create(tenant=cast.tenant, name=name, kind=kind)
    assert not OrgUnit.objects.for_tenant(cast.tenant).exists()


def test_create_refuses_a_short_code_already_used_in_the_tenant(cast):
    orgunit_create(tenant=cast.tenant, name="Ordnungsamt", kind=OrgUnitKind.OFFICE, short_code="32")
    with pytest.raises(ValidationError):
        orgunit_create(tenant=cast.tenant, name="Anderes Amt", kind=OrgUnitKind.OFFICE, short_code="32")
    # the same code in another tenant, and empty codes, are fine
    orgunit_create(tenant=cast.other_tenant, name="Ordnungsamt", kind=OrgUnitKind.OFFICE, short_code="32")
    orgunit_create(tenant=cast.tenant, name="Ohne Kürzel 1", kind=OrgUnitKind.OFFICE)
    orgunit_create(tenant=cast.tenant, name="Ohne Kürzel 2", kind=OrgUnitKind.OFFICE)


def test_create_refuses_a_parent_of_another_tenant(cast):
    foreign = OrgUnitFactory(tenant=cast.other_tenant)
    with pytest.raises(ValidationError):
        orgunit_create(tenant=cast.tenant, name="Amt", kind=OrgUnitKind.OFFICE, parent=foreign)
    assert not OrgUnit.objects.for_tenant(cast.tenant).exists()


def test_rename_keeps_the_place_in_the_tree(cast):
    root = OrgUnitFactory(tenant=cast.tenant)
    child = OrgUnitFactory(tenant=cast.tenant, parent=root, name="Alt")
    old_path = child.path
    _update(cast.tenant, child, name="Neu", short_code="N1", kind=OrgUnitKind.SECTION)
    child.refresh_from_db()
    assert (child.name, child.short_code, child.kind, child.path) == (
        "Neu",
        "N1",
        OrgUnitKind.SECTION,
        old_path,
    )


def test_move_a_unit_with_its_subtree_updates_the_descendants_paths(cast):
    a = OrgUnitFactory(tenant=cast.tenant, name="A")
    b = OrgUnitFactory(tenant=cast.tenant, name="B")
    moved = OrgUnitFactory(tenant=cast.tenant, name="Moved", parent=a)
    child = OrgUnitFactory(tenant=cast.tenant, name="Child", parent=moved)
    OrgUnitFactory(tenant=cast.tenant, name="Grandchild", parent=child)
    OrgUnitFactory(tenant=cast.tenant, name="Stays", parent=a)
    foreign = OrgUnitFactory(tenant=cast.other_tenant, name="Foreign")

    _update(cast.tenant, moved, parent=b)

    units = _units(cast.tenant)
    assert units["Moved"].parent_id == b.pk
    assert units["Moved"].path.startswith(b.path)
    assert units["Child"].path == f"{b.path}{moved.uuid.hex}/{child.uuid.hex}/"
    assert units["Grandchild"].depth == 3
    assert units["Stays"].path.startswith(a.path)
    assert not a.is_ancestor_of(units["Grandchild"])
    assert b.is_ancestor_of(units["Grandchild"])
    _assert_paths_consistent(cast.tenant)
    foreign_before = foreign.path
    foreign.refresh_from_db()
    assert foreign.path == foreign_before


def test_move_a_subtree_to_the_top_level(cast):
    a = OrgUnitFactory(tenant=cast.tenant, name="A")
    moved = OrgUnitFactory(tenant=cast.tenant, name="Moved", parent=a)
    OrgUnitFactory(tenant=cast.tenant, name="Child", parent=moved)
    _update(cast.tenant, moved, parent=None)
    units = _units(cast.tenant)
    assert units["Moved"].depth == 0
    assert units["Child"].depth == 1
    _assert_paths_consistent(cast.tenant)


@pytest.mark.parametrize("target", ["itself", "child", "grandchild"])
def test_move_below_itself_or_a_descendant_is_refused(cast, target):
    unit = OrgUnitFactory(tenant=cast.tenant, name="Unit")
    child = OrgUnitFactory(tenant=cast.tenant, name="Child", parent=unit)
    grandchild = OrgUnitFactory(tenant=cast.tenant, name="Grandchild", parent=child)
    parent = {"itself": unit, "child": child, "grandchild": grandchild}[target]
    with pytest.raises(ValidationError):
        _update(cast.tenant, unit, parent=parent)
    unit.refresh_from_db()
    assert unit.parent_id is None
    _assert_paths_consistent(cast.tenant)


def test_move_below_a_parent_of_another_tenant_is_refused(cast):
    unit = OrgUnitFactory(tenant=cast.tenant)
    foreign = OrgUnitFactory(tenant=cast.other_tenant)
    with pytest.raises(ValidationError):
        _update(cast.tenant, unit, parent=foreign)
    unit.refresh_from_db()
    assert unit.parent_id is None


def _chain(tenant, prefix, length):
    parent = None
    chain = []
    for n in range(length):
        parent = OrgUnitFactory(tenant=tenant, name=f"{prefix}{n}", parent=parent)
        chain.append(parent)
    return chain


def test_a_unit_below_the_deepest_level_is_refused(cast):
    chain = _chain(cast.tenant, "L", MAX_DEPTH)
    with pytest.raises(ValidationError):
        orgunit_create(tenant=cast.tenant, name="Zu tief", kind=OrgUnitKind.SECTION, parent=chain[-1])


def test_moving_a_subtree_that_would_become_too_deep_is_refused(cast):
    deep = _chain(cast.tenant, "A", MAX_DEPTH // 2 + 1)
    subtree = _chain(cast.tenant, "B", MAX_DEPTH // 2 + 1)
    with pytest.raises(ValidationError):
        _update(cast.tenant, subtree[0], parent=deep[-1])
    assert max(u.depth for u in OrgUnit.objects.for_tenant(cast.tenant)) < MAX_DEPTH
    _assert_paths_consistent(cast.tenant)


def test_dependants_count_sub_units_positions_and_processes(cast):
    unit = OrgUnitFactory(tenant=cast.tenant)
    child = OrgUnitFactory(tenant=cast.tenant, parent=unit)
    PositionFactory(unit=unit)
    _profile(tenant=cast.tenant, owner_unit=child)
    _profile(tenant=cast.tenant).participating_units.add(unit)
    assert orgunit_dependants(tenant=cast.tenant, unit=unit) == {"units": 1, "positions": 1, "processes": 2}


def test_delete_an_unused_unit(cast):
    unit = OrgUnitFactory(tenant=cast.tenant)
    orgunit_delete(tenant=cast.tenant, unit=unit)
    assert not OrgUnit.objects.for_tenant(cast.tenant).exists()


def test_delete_refuses_a_unit_with_sub_units(cast):
    unit = OrgUnitFactory(tenant=cast.tenant)
    OrgUnitFactory(tenant=cast.tenant, parent=unit)
    other = OrgUnitFactory(tenant=cast.tenant)
    with pytest.raises(ValidationError):
        orgunit_delete(tenant=cast.tenant, unit=unit, reassign_to=other)
    assert OrgUnit.objects.for_tenant(cast.tenant).count() == 3


@pytest.mark.parametrize("dependant", ["owner", "participant", "position"])
def test_delete_refuses_a_unit_with_assignments_without_a_reassign_unit(cast, dependant):
    unit = OrgUnitFactory(tenant=cast.tenant)
    if dependant == "owner":
        _profile(tenant=cast.tenant, owner_unit=unit)
    elif dependant == "participant":
        _profile(tenant=cast.tenant).participating_units.add(unit)
    else:
        PositionFactory(unit=unit)
    with pytest.raises(ValidationError):
        orgunit_delete(tenant=cast.tenant, unit=unit)
    assert OrgUnit.objects.for_tenant(cast.tenant).filter(pk=unit.pk).exists()


@pytest.mark.parametrize("target", ["itself", "foreign"])
def test_delete_refuses_reassigning_to_the_unit_itself_or_another_tenants_unit(cast, target):
    unit = OrgUnitFactory(tenant=cast.tenant)
    profile = _profile(tenant=cast.tenant, owner_unit=unit)
    reassign_to = unit if target == "itself" else OrgUnitFactory(tenant=cast.other_tenant)
    with pytest.raises(ValidationError):
        orgunit_delete(tenant=cast.tenant, unit=unit, reassign_to=reassign_to)
    profile.refresh_from_db()
    assert profile.owner_unit_id == unit.pk


def test_delete_with_reassign_moves_profiles_participations_and_positions(cast):
    unit = OrgUnitFactory(tenant=cast.tenant, name="Weg")
    heir = OrgUnitFactory(tenant=cast.tenant, name="Erbe")
    bystander = OrgUnitFactory(tenant=cast.tenant, name="Unbeteiligt")
    owned = _profile(tenant=cast.tenant, owner_unit=unit)
    participating = _profile(tenant=cast.tenant, owner_unit=bystander)
    participating.participating_units.add(unit, bystander)
    both = _profile(tenant=cast.tenant)
    both.participating_units.add(unit, heir)  # heir already takes part: no duplicate link
    position = PositionFactory(unit=unit)
    owned.process_owner = position
    owned.save()

    orgunit_delete(tenant=cast.tenant, unit=unit, reassign_to=heir)

    assert not OrgUnit.objects.for_tenant(cast.tenant).filter(pk=unit.pk).exists()
    owned.refresh_from_db()
    assert owned.owner_unit_id == heir.pk
    assert owned.process_owner_id == position.pk
    assert set(participating.participating_units.values_list("name", flat=True)) == {"Erbe", "Unbeteiligt"}
    assert list(both.participating_units.values_list("name", flat=True)) == ["Erbe"]
    assert Position.objects.for_tenant(cast.tenant).get(pk=position.pk).unit_id == heir.pk
    assert apps.get_model("register", "ProcessProfile").objects.for_tenant(cast.tenant).count() == 3


def test_delete_leaves_other_tenants_untouched(cast):
    unit = OrgUnitFactory(tenant=cast.tenant)
    heir = OrgUnitFactory(tenant=cast.tenant)
    _profile(tenant=cast.tenant, owner_unit=unit)
    foreign_unit = OrgUnitFactory(tenant=cast.other_tenant)
    foreign = _profile(tenant=cast.other_tenant, owner_unit=foreign_unit)
    orgunit_delete(tenant=cast.tenant, unit=unit, reassign_to=heir)
    foreign.refresh_from_db()
    assert foreign.owner_unit_id == foreign_unit.pk
