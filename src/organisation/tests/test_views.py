"""Views of the organigram: an administrator creates, edits and deletes units; bad input is refused."""

import uuid

import pytest
from django.apps import apps
from django.urls import reverse

from organisation.choices import OrgUnitKind
from organisation.models import OrgUnit, Position
from organisation.tests.factories import OrgUnitFactory, PositionFactory


def _profile(*, tenant, **fields):
    """A process profile; the register lies above this app, so it is reached through the app registry."""
    model = apps.get_model("register", "ProcessProfile")
    return model.objects.create(tenant=tenant, number=f"P-{uuid.uuid4().hex[:8]}", name="Prozess", **fields)


def _url(name, **kwargs):
    return reverse(f"organisation:{name}", kwargs={"tenant_slug": "teststadt", **kwargs})


def _units(tenant):
    return OrgUnit.objects.for_tenant(tenant)


def test_the_list_shows_the_tree_in_order(cast):
    root = OrgUnitFactory(tenant=cast.tenant, name="Dezernat II")
    OrgUnitFactory(tenant=cast.tenant, name="Amt für Schule", parent=root)
    OrgUnitFactory(tenant=cast.tenant, name="Dezernat I")
    OrgUnitFactory(tenant=cast.other_tenant, name="Fremdes Amt")
    response = cast.client_for(cast.viewer).get(_url("unit_list"))
    assert response.status_code == 200
    assert [u.name for u in response.context["units"]] == ["Dezernat I", "Dezernat II", "Amt für Schule"]
    assert "Fremdes Amt" not in response.content.decode()
    assert response.context["can_edit"] is False
    assert cast.client_for(cast.admin).get(_url("unit_list")).context["can_edit"] is True


def test_the_list_counts_positions_and_owned_processes(cast):
    unit = OrgUnitFactory(tenant=cast.tenant)
    PositionFactory(unit=unit)
    PositionFactory(unit=unit)
    _profile(tenant=cast.tenant, owner_unit=unit)
    (row,) = cast.client_for(cast.viewer).get(_url("unit_list")).context["units"]
    assert (row.position_count, row.process_count) == (2, 1)


def test_admin_creates_a_unit_below_a_parent(cast):
    parent = OrgUnitFactory(tenant=cast.tenant)
    client = cast.client_for(cast.admin)
    assert client.get(_url("unit_create"), {"parent": str(parent.uuid)}).status_code == 200
    response = client.post(
        _url("unit_create"),
        {"name": "Bürgeramt", "short_code": "33", "kind": OrgUnitKind.OFFICE, "parent": str(parent.uuid)},
    )
    assert response.status_code == 302
    assert response["Location"] == _url("unit_list")
    unit = _units(cast.tenant).get(name="Bürgeramt")
    assert (unit.parent_id, unit.short_code, unit.depth) == (parent.pk, "33", 1)


def test_admin_creates_a_top_level_unit(cast):
    response = cast.client_for(cast.admin).post(
        _url("unit_create"), {"name": "Dezernat I", "kind": OrgUnitKind.DIVISION, "parent": ""}
    )
    assert response.status_code == 302
    assert _units(cast.tenant).get().parent_id is None


def test_admin_renames_and_moves_a_unit_with_its_sub_units(cast):
    a = OrgUnitFactory(tenant=cast.tenant, name="A")
    b = OrgUnitFactory(tenant=cast.tenant, name="B")
    moved = OrgUnitFactory(tenant=cast.tenant, name="Alt", parent=a)
    child = OrgUnitFactory(tenant=cast.tenant, name="Kind", parent=moved)
    client = cast.client_for(cast.admin)
    form = client.get(_url("unit_edit", uuid=moved.uuid)).context["form"]
    # the unit itself and its sub-units are no choice for the parent
    assert set(form.fields["parent"].queryset.values_list("name", flat=True)) == {"A", "B"}
    response = client.post(
        _url("unit_edit", uuid=moved.uuid),
        {"name": "Neu", "short_code": "", "kind": OrgUnitKind.SECTION, "parent": str(b.uuid)},
    )
    assert response.status_code == 302
    moved.refresh_from_db()
    child.refresh_from_db()
    assert (moved.name, moved.parent_id, moved.kind) == ("Neu", b.pk, OrgUnitKind.SECTION)
    assert child.path == f"{b.path}{moved.uuid.hex}/{child.uuid.hex}/"


def test_moving_a_unit_below_its_own_sub_unit_is_refused(cast):
    unit = OrgUnitFactory(tenant=cast.tenant, name="Amt")
    child = OrgUnitFactory(tenant=cast.tenant, parent=unit)
    response = cast.client_for(cast.admin).post(
        _url("unit_edit", uuid=unit.uuid),
        {"name": "Amt", "kind": OrgUnitKind.OFFICE, "parent": str(child.uuid)},
    )
    assert response.status_code == 400
    assert "parent" in response.context["form"].errors
    unit.refresh_from_db()
    assert unit.parent_id is None


def test_a_parent_of_another_tenant_is_no_valid_choice(cast):
    foreign = OrgUnitFactory(tenant=cast.other_tenant)
    response = cast.client_for(cast.admin).post(
        _url("unit_create"), {"name": "Amt", "kind": OrgUnitKind.OFFICE, "parent": str(foreign.uuid)}
    )
    assert response.status_code == 400
    assert "parent" in response.context["form"].errors
    assert not _units(cast.tenant).exists()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": "", "kind": OrgUnitKind.OFFICE}, "name"),
        ({"name": "   ", "kind": OrgUnitKind.OFFICE}, "name"),
        ({"name": "x" * 10_000, "kind": OrgUnitKind.OFFICE}, "name"),
        ({"name": "Amt", "kind": "bogus"}, "kind"),
        ({"name": "Amt", "kind": OrgUnitKind.OFFICE, "short_code": "x" * 21}, "short_code"),
        ({"name": "Amt", "kind": OrgUnitKind.OFFICE, "parent": "kein-uuid"}, "parent"),
    ],
)
def test_bad_input_is_refused_with_400_and_nothing_is_created(cast, data, field):
    response = cast.client_for(cast.admin).post(_url("unit_create"), data)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not _units(cast.tenant).exists()


def test_a_duplicate_short_code_is_refused_with_400(cast):
    OrgUnitFactory(tenant=cast.tenant, short_code="32")
    response = cast.client_for(cast.admin).post(
        _url("unit_create"), {"name": "Amt", "kind": OrgUnitKind.OFFICE, "short_code": "32"}
    )
    assert response.status_code == 400
    assert response.context["form"].errors
    assert _units(cast.tenant).count() == 1


def test_bad_input_when_editing_changes_nothing(cast):
    unit = OrgUnitFactory(tenant=cast.tenant, name="Bleibt")
    response = cast.client_for(cast.admin).post(
        _url("unit_edit", uuid=unit.uuid), {"name": "x" * 10_000, "kind": OrgUnitKind.OFFICE}
    )
    assert response.status_code == 400
    unit.refresh_from_db()
    assert unit.name == "Bleibt"


def test_a_script_tag_in_the_name_comes_back_escaped_in_the_list(cast):
    client = cast.client_for(cast.admin)
    name = '<script>alert("x")</script>'
    response = client.post(_url("unit_create"), {"name": name, "kind": OrgUnitKind.OFFICE})
    assert response.status_code == 302
    assert _units(cast.tenant).get().name == name
    html = client.get(_url("unit_list")).content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert name not in html


def test_a_script_tag_in_a_refused_form_comes_back_escaped(cast):
    response = cast.client_for(cast.admin).post(
        _url("unit_create"), {"name": "<script>alert(1)</script>", "kind": "<b>bogus</b>"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<b>bogus</b>" not in html


def test_admin_deletes_an_unused_unit(cast):
    unit = OrgUnitFactory(tenant=cast.tenant)
    client = cast.client_for(cast.admin)
    assert client.get(_url("unit_delete", uuid=unit.uuid)).status_code == 200
    response = client.post(_url("unit_delete", uuid=unit.uuid))
    assert response.status_code == 302
    assert not _units(cast.tenant).exists()


def test_deleting_a_unit_with_processes_needs_a_unit_to_take_them_over(cast):
    unit = OrgUnitFactory(tenant=cast.tenant, name="Weg")
    heir = OrgUnitFactory(tenant=cast.tenant, name="Erbe")
    profile = _profile(tenant=cast.tenant, owner_unit=unit)
    position = PositionFactory(unit=unit)
    client = cast.client_for(cast.admin)

    response = client.get(_url("unit_delete", uuid=unit.uuid))
    assert response.context["counts"] == {"units": 0, "positions": 1, "processes": 1}
    refused = client.post(_url("unit_delete", uuid=unit.uuid), {"reassign_to": ""})
    assert refused.status_code == 400
    assert refused.context["form"].errors
    assert _units(cast.tenant).filter(pk=unit.pk).exists()

    response = client.post(_url("unit_delete", uuid=unit.uuid), {"reassign_to": str(heir.uuid)})
    assert response.status_code == 302
    assert not _units(cast.tenant).filter(pk=unit.pk).exists()
    profile.refresh_from_db()
    assert profile.owner_unit_id == heir.pk
    assert Position.objects.for_tenant(cast.tenant).get(pk=position.pk).unit_id == heir.pk


def test_deleting_a_unit_with_sub_units_is_refused(cast):
    unit = OrgUnitFactory(tenant=cast.tenant)
    OrgUnitFactory(tenant=cast.tenant, parent=unit)
    response = cast.client_for(cast.admin).post(_url("unit_delete", uuid=unit.uuid))
    assert response.status_code == 400
    assert _units(cast.tenant).count() == 2


@pytest.mark.parametrize("target", ["itself", "foreign", "garbage"])
def test_a_reassign_unit_that_is_the_unit_itself_or_foreign_is_no_valid_choice(cast, target):
    unit = OrgUnitFactory(tenant=cast.tenant)
    _profile(tenant=cast.tenant, owner_unit=unit)
    value = {
        "itself": str(unit.uuid),
        "foreign": str(OrgUnitFactory(tenant=cast.other_tenant).uuid),
        "garbage": "'; DROP TABLE x; --",
    }[target]
    response = cast.client_for(cast.admin).post(_url("unit_delete", uuid=unit.uuid), {"reassign_to": value})
    assert response.status_code == 400
    assert "reassign_to" in response.context["form"].errors
    assert _units(cast.tenant).filter(pk=unit.pk).exists()


def test_the_create_form_ignores_a_bad_parent_in_the_query_string(cast):
    client = cast.client_for(cast.admin)
    for parent in ("kein-uuid", str(OrgUnitFactory(tenant=cast.other_tenant).uuid)):
        response = client.get(_url("unit_create"), {"parent": parent})
        assert response.status_code == 200


def test_a_unit_below_the_deepest_level_is_refused_with_400(cast):
    from core.trees import MAX_DEPTH

    parent = None
    for n in range(MAX_DEPTH):
        parent = OrgUnitFactory(tenant=cast.tenant, name=f"Ebene {n}", parent=parent)
    response = cast.client_for(cast.admin).post(
        _url("unit_create"), {"name": "Zu tief", "kind": OrgUnitKind.SECTION, "parent": str(parent.uuid)}
    )
    assert response.status_code == 400
    assert response.context["form"].errors
    assert _units(cast.tenant).count() == MAX_DEPTH
