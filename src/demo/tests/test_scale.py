"""The scale generator: incremental, reproducible, varied, isolated per tenant."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction

from demo.scale import scale_populate
from demo.services import demo_template
from organisation.models import OrgUnit
from register.models import Folder, ProcessProfile
from tenants.choices import Role
from tenants.models import Membership, Tenant

pytestmark = pytest.mark.django_db


def _figures(slug):
    return list(
        ProcessProfile.all_tenants.filter(tenant__slug=slug)
        .order_by("number")
        .values_list("number", "case_count", "digitalisation_level", "relevant", "attributes")
    )


def test_it_grows_to_the_requested_size_and_adds_nothing_twice():
    first = scale_populate(profiles=1)
    assert (first.tenants_created, first.bench_tenants) == (1, 1)
    per_tenant = first.bench_profiles
    assert 930 <= per_tenant <= 990
    assert not Tenant.objects.filter(slug__in=["musterstadt", "neudorf"]).exists()  # template only
    grown = scale_populate(profiles=2 * per_tenant + 1)
    assert (grown.tenants_created, grown.bench_tenants, grown.bench_profiles) == (2, 3, 3 * per_tenant)
    again = scale_populate(profiles=2 * per_tenant + 1)
    assert (again.tenants_created, again.bench_tenants) == (0, 3)
    assert again.all_profiles == ProcessProfile.all_tenants.count() == 4 * per_tenant  # with the publisher


class _Undo(Exception):
    pass


def _built(profiles, seed, slugs):
    """The figures scale_populate builds, with the database left as it was."""
    try:
        with transaction.atomic():
            scale_populate(profiles=profiles, seed=seed)
            figures = {slug: _figures(slug) for slug in slugs}
            raise _Undo
    except _Undo:
        return figures


def test_each_tenant_is_tailored_differently_and_reproducibly():
    demo_template()  # shared by the runs below
    built = _built(1500, 1, ["bench-001", "bench-002"])
    one, two = built["bench-001"], built["bench-002"]
    assert [row[0] for row in one] == [row[0] for row in two]  # same template
    assert [row[1:] for row in one] != [row[1:] for row in two]
    relevant = sum(row[3] for row in one)
    assert 0.70 * len(one) <= relevant <= 0.92 * len(one)
    assert any(row[2] is None for row in one)
    assert {row[4].get("gebuehrenpflichtig") for row in one} == {True, False}
    assert _built(1500, 1, ["bench-001", "bench-002"]) == built  # same seed, same data
    assert _built(1, 2, ["bench-001"])["bench-001"] != one  # another seed, other figures


def test_every_bench_tenant_has_its_members_and_keeps_to_its_own_units():
    scale_populate(profiles=1500)
    for slug in ("bench-001", "bench-002"):
        tenant = Tenant.objects.get(slug=slug)
        roles = dict(Membership.objects.filter(tenant=tenant).values_list("user__username", "role"))
        assert roles == {
            f"{slug}-admin": Role.ADMINISTRATOR,
            f"{slug}-modellierer": Role.MODELLER,
            f"{slug}-betrachter": Role.VIEWER,
        }
        assert get_user_model().objects.get(username=f"{slug}-betrachter").check_password("Prozesse-2026")
        own_units = set(OrgUnit.objects.for_tenant(tenant).values_list("pk", flat=True))
        own_folders = set(Folder.objects.for_tenant(tenant).values_list("pk", flat=True))
        rows = ProcessProfile.objects.for_tenant(tenant).values_list("owner_unit", "folder")
        assert {unit for unit, _folder in rows if unit is not None} <= own_units
        assert {folder for _unit, folder in rows if folder is not None} <= own_folders


def test_the_command_reports_in_german(capsys):
    call_command("scale_populate", "--profiles", "1")
    output = capsys.readouterr().out
    assert "bench-001" in output
    assert "Benchmark-Mandanten" in output
