"""Scoped querysets refuse to run without a tenant; the tree helpers keep materialised paths right."""

import uuid
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db.models import Count

from core.scoping import UnscopedQueryError
from core.trees import check_new_parent, rebase, sort_as_tree

# Core knows no domain: the scoped models under test are reached through the app registry.
ProcessProfile = apps.get_model("register", "ProcessProfile")
Folder = apps.get_model("register", "Folder")
OrgUnit = apps.get_model("organisation", "OrgUnit")
Position = apps.get_model("organisation", "Position")


def _tree_node(model, *, tenant, parent=None, name=None, **fields):
    node = model(tenant=tenant, parent=parent, name=name or f"Knoten {uuid.uuid4().hex[:6]}", **fields)
    node.compute_path()
    node.save()
    return node


def _unit(*, tenant, parent=None, name=None):
    return _tree_node(OrgUnit, tenant=tenant, parent=parent, name=name)


def _folder(*, tenant, parent=None, name=None):
    return _tree_node(Folder, tenant=tenant, parent=parent, name=name)


def _position(*, unit):
    return Position.objects.create(tenant=unit.tenant, unit=unit, name="Sachbearbeitung")


def _profile(*, tenant, number=None, name="Gewerbe anmelden", **fields):
    number = number or f"P-{uuid.uuid4().hex[:8]}"
    return ProcessProfile.objects.create(tenant=tenant, number=number, name=name, **fields)


# --- Unscoped queries fail loudly -------------------------------------------------------------------

UNSCOPED_OPERATIONS = {
    "all": lambda: list(ProcessProfile.objects.all()),
    "filter": lambda: list(ProcessProfile.objects.filter(name__startswith="G")),
    "count": lambda: ProcessProfile.objects.count(),
    "exists": lambda: ProcessProfile.objects.exists(),
    "update": lambda: ProcessProfile.objects.update(name="überschrieben"),
    "delete": lambda: ProcessProfile.objects.all().delete(),
    "iterator": lambda: list(ProcessProfile.objects.iterator()),
    "aggregate": lambda: ProcessProfile.objects.aggregate(n=Count("id")),
    "get": lambda: ProcessProfile.objects.get(number="P-SCOPE"),
    "first": lambda: ProcessProfile.objects.first(),
    "values_list": lambda: list(ProcessProfile.objects.values_list("name", flat=True)),
    "len": lambda: len(ProcessProfile.objects.all()),
    "bool": lambda: bool(ProcessProfile.objects.all()),
    "orgunit": lambda: list(OrgUnit.objects.all()),
}


@pytest.mark.parametrize("operation", UNSCOPED_OPERATIONS.values(), ids=UNSCOPED_OPERATIONS.keys())
def test_an_unscoped_query_on_a_tenant_owned_model_raises(cast, operation):
    _profile(tenant=cast.tenant, number="P-SCOPE", name="Gewerbe anmelden")
    _unit(tenant=cast.tenant)
    with pytest.raises(UnscopedQueryError):
        operation()


def test_a_refused_unscoped_update_or_delete_changes_nothing(cast):
    profile = _profile(tenant=cast.tenant, name="Bleibt")
    with pytest.raises(UnscopedQueryError):
        ProcessProfile.objects.update(name="überschrieben")
    with pytest.raises(UnscopedQueryError):
        ProcessProfile.objects.all().delete()
    profile.refresh_from_db()
    assert profile.name == "Bleibt"


def test_for_tenant_returns_only_the_tenants_rows(cast):
    own = _profile(tenant=cast.tenant)
    _profile(tenant=cast.other_tenant)
    queryset = ProcessProfile.objects.for_tenant(cast.tenant)
    assert list(queryset) == [own]
    assert queryset.count() == 1
    assert queryset.exists()
    assert queryset.aggregate(n=Count("id")) == {"n": 1}
    assert list(queryset.iterator()) == [own]
    assert queryset.get(pk=own.pk) == own


def test_for_tenant_accepts_the_primary_key_of_the_tenant(cast):
    own = _profile(tenant=cast.tenant)
    assert list(ProcessProfile.objects.for_tenant(cast.tenant.pk)) == [own]


def test_a_scoped_queryset_stays_scoped_through_chaining(cast):
    _profile(tenant=cast.tenant, name="Hund anmelden", number="P-0001")
    _profile(tenant=cast.tenant, name="Katze", number="P-0002")
    queryset = (
        ProcessProfile.objects.for_tenant(cast.tenant).filter(name__startswith="Hund").order_by("-number")
    )
    assert [p.name for p in queryset.exclude(number="x").select_related("folder")] == ["Hund anmelden"]


def test_for_tenant_update_and_delete_touch_only_the_tenants_rows(cast):
    _profile(tenant=cast.tenant)
    foreign = _profile(tenant=cast.other_tenant, name="Fremd")
    assert ProcessProfile.objects.for_tenant(cast.tenant).update(name="Neu") == 1
    foreign.refresh_from_db()
    assert foreign.name == "Fremd"
    ProcessProfile.objects.for_tenant(cast.tenant).delete()
    assert ProcessProfile.objects.unscoped().count() == 1


def test_related_managers_reached_from_a_scoped_row_work(cast):
    folder = _folder(tenant=cast.tenant)
    unit = _unit(tenant=cast.tenant)
    position = _position(unit=unit)
    profile = _profile(tenant=cast.tenant, folder=folder, owner_unit=unit)
    profile.participating_units.add(unit)

    folder = Folder.objects.for_tenant(cast.tenant).get(pk=folder.pk)
    unit = OrgUnit.objects.for_tenant(cast.tenant).get(pk=unit.pk)
    assert list(folder.profiles.all()) == [profile]
    assert folder.profiles.count() == 1
    assert folder.profiles.exists()
    assert list(unit.positions.all()) == [position]
    assert list(unit.owned_profiles.all()) == [profile]
    assert list(unit.participating_profiles.all()) == [profile]
    assert list(profile.participating_units.all()) == [unit]
    assert profile.folder == folder


def test_unscoped_deliberately_spans_all_tenants(cast):
    _profile(tenant=cast.tenant)
    _profile(tenant=cast.other_tenant)
    assert ProcessProfile.objects.unscoped().count() == 2
    assert ProcessProfile.objects.unscoped().filter(tenant=cast.other_tenant).exists()
    assert len(list(ProcessProfile.objects.unscoped().iterator())) == 2


def test_the_plain_manager_for_django_internals_is_not_scoped(cast):
    _profile(tenant=cast.tenant)
    assert ProcessProfile.all_tenants.count() == 1
    assert ProcessProfile._default_manager is ProcessProfile.all_tenants


def test_none_of_a_scoped_manager_is_empty_but_still_guarded(cast):
    _profile(tenant=cast.tenant)
    assert list(ProcessProfile.objects.for_tenant(cast.tenant).none()) == []
    with pytest.raises(UnscopedQueryError):
        ProcessProfile.objects.none().count()


# --- Trees ------------------------------------------------------------------------------------------


def test_compute_path_of_a_root_and_its_descendants(cast):
    root = _unit(tenant=cast.tenant)
    child = _unit(tenant=cast.tenant, parent=root)
    grandchild = _unit(tenant=cast.tenant, parent=child)
    assert root.path == f"{root.uuid.hex}/"
    assert root.depth == 0
    assert child.path == f"{root.uuid.hex}/{child.uuid.hex}/"
    assert child.depth == 1
    assert grandchild.path == f"{root.uuid.hex}/{child.uuid.hex}/{grandchild.uuid.hex}/"
    assert grandchild.depth == 2


def test_compute_path_follows_a_new_parent(cast):
    first = _folder(tenant=cast.tenant)
    second = _folder(tenant=cast.tenant)
    child = _folder(tenant=cast.tenant, parent=first)
    child.parent = second
    child.compute_path()
    assert child.path == f"{second.uuid.hex}/{child.uuid.hex}/"
    child.parent = None
    child.compute_path()
    assert child.path == f"{child.uuid.hex}/"
    assert child.depth == 0


def test_is_ancestor_of_is_strict_and_follows_the_path(cast):
    root = _unit(tenant=cast.tenant)
    child = _unit(tenant=cast.tenant, parent=root)
    grandchild = _unit(tenant=cast.tenant, parent=child)
    sibling = _unit(tenant=cast.tenant)
    assert root.is_ancestor_of(child)
    assert root.is_ancestor_of(grandchild)
    assert child.is_ancestor_of(grandchild)
    assert not root.is_ancestor_of(root)
    assert not grandchild.is_ancestor_of(root)
    assert not sibling.is_ancestor_of(child)
    assert not child.is_ancestor_of(sibling)


def test_check_new_parent_refuses_the_node_itself_and_its_descendants(cast):
    root = _unit(tenant=cast.tenant)
    child = _unit(tenant=cast.tenant, parent=root)
    other = _unit(tenant=cast.tenant)
    assert not check_new_parent(root, root)
    assert not check_new_parent(root, child)
    assert check_new_parent(child, other)
    assert check_new_parent(root, None)
    assert check_new_parent(None, root)


def test_rebase_reanchors_descendant_paths_and_depths():
    nodes = [SimpleNamespace(path="a/b/c/", depth=2), SimpleNamespace(path="a/b/c/d/", depth=3)]
    rebase(nodes, old_prefix="a/b/", new_prefix="x/b/")
    assert [n.path for n in nodes] == ["x/b/c/", "x/b/c/d/"]
    rebase(nodes, old_prefix="x/b/", new_prefix="b/")
    assert [(n.path, n.depth) for n in nodes] == [("b/c/", 1), ("b/c/d/", 2)]


def _node(pk, parent_id, name, position=0):
    return SimpleNamespace(pk=pk, parent_id=parent_id, name=name, position=position)


def test_sort_as_tree_orders_depth_first_with_siblings_by_position_then_name():
    nodes = [
        _node(1, None, "Zentrale"),
        _node(2, None, "Bürgerdienste"),
        _node(3, 2, "standesamt"),
        _node(4, 2, "Meldewesen"),
        _node(5, 4, "Pässe"),
        _node(6, 1, "IT", position=1),
        _node(7, 1, "Personal", position=0),
    ]
    ordered = [n.name for n in sort_as_tree(nodes)]
    assert ordered == ["Bürgerdienste", "Meldewesen", "Pässe", "standesamt", "Zentrale", "Personal", "IT"]


def test_sort_as_tree_treats_nodes_with_a_missing_parent_as_roots():
    nodes = [_node(5, 99, "Waise"), _node(6, 5, "Kind"), _node(1, None, "Amt")]
    assert [n.name for n in sort_as_tree(nodes)] == ["Amt", "Waise", "Kind"]


def test_sort_as_tree_keeps_every_node_of_a_real_tree(cast):
    root = _folder(tenant=cast.tenant, name="B")
    _folder(tenant=cast.tenant, name="A")
    child = _folder(tenant=cast.tenant, name="Kind", parent=root)
    _folder(tenant=cast.tenant, name="Enkel", parent=child)
    ordered = sort_as_tree(list(Folder.objects.for_tenant(cast.tenant)))
    assert [f.name for f in ordered] == ["A", "B", "Kind", "Enkel"]


def test_sort_as_tree_of_an_empty_list_is_empty():
    assert sort_as_tree([]) == []


def test_rebase_refuses_paths_deeper_than_the_maximum():
    from django.core.exceptions import ValidationError

    from core.trees import MAX_DEPTH

    node = SimpleNamespace(path="a/" + "x/" * (MAX_DEPTH - 2), depth=MAX_DEPTH - 2)
    rebase([node], old_prefix="a/", new_prefix="a/b/")
    assert node.depth == MAX_DEPTH - 1
    with pytest.raises(ValidationError):
        rebase([node], old_prefix="a/", new_prefix="a/b/")
