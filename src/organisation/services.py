"""Writes of the organisation app: the organigram."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.trees import check_new_parent, rebase
from organisation.models import OrgUnit
from tenants.models import Tenant


def _check_parent(*, tenant: Tenant, unit: OrgUnit | None, parent: OrgUnit | None) -> None:
    if parent is None:
        return
    if parent.tenant_id != tenant.pk:
        raise ValidationError(_("The parent unit belongs to another authority."))
    if not check_new_parent(unit, parent):
        raise ValidationError(_("A unit cannot be moved below itself or one of its sub-units."))


@transaction.atomic
def orgunit_create(
    *,
    tenant: Tenant,
    name: str,
    kind: str,
    parent: OrgUnit | None = None,
    short_code: str = "",
    position: int = 0,
) -> OrgUnit:
    """Create an organisational unit below ``parent`` (or as a root)."""
    _check_parent(tenant=tenant, unit=None, parent=parent)
    unit = OrgUnit(
        tenant=tenant,
        name=name.strip(),
        kind=kind,
        parent=parent,
        short_code=short_code.strip(),
        position=position,
    )
    unit.compute_path()
    unit.full_clean()
    unit.save()
    return unit


@transaction.atomic
def orgunit_update(
    *,
    tenant: Tenant,
    unit: OrgUnit,
    name: str,
    kind: str,
    short_code: str,
    parent: OrgUnit | None,
) -> OrgUnit:
    """Rename a unit, change its level or code, and move it (with its sub-units) below ``parent``."""
    _check_parent(tenant=tenant, unit=unit, parent=parent)
    old_path = unit.path
    unit.name, unit.kind, unit.short_code, unit.parent = name.strip(), kind, short_code.strip(), parent
    unit.compute_path()
    unit.full_clean()
    unit.save()
    if unit.path != old_path:
        descendants = list(
            OrgUnit.objects.for_tenant(tenant).filter(path__startswith=old_path).exclude(pk=unit.pk)
        )
        rebase(descendants, old_prefix=old_path, new_prefix=unit.path)
        OrgUnit.objects.for_tenant(tenant).bulk_update(descendants, ["path", "depth"])
    return unit


def orgunit_dependants(*, tenant: Tenant, unit: OrgUnit) -> dict[str, int]:
    """Count what hangs on a unit and its sub-units: sub-units, positions and processes."""
    from django.apps import apps

    subtree = OrgUnit.objects.for_tenant(tenant).filter(path__startswith=unit.path)
    counts = {
        "units": subtree.count() - 1,
        "positions": unit.positions.count() if unit.pk else 0,
        "processes": 0,
    }
    # The register app lies above this one; ask it through the app registry, not an import.
    if apps.is_installed("register"):
        profile = apps.get_model("register", "ProcessProfile")
        counts["processes"] = (
            profile.objects.for_tenant(tenant).filter(owner_unit__in=subtree).count()
            + profile.participating_units.through.objects.filter(orgunit__in=subtree).count()
        )
    return counts


@transaction.atomic
def orgunit_delete(*, tenant: Tenant, unit: OrgUnit, reassign_to: OrgUnit | None = None) -> None:
    """Delete a unit without sub-units; its processes and positions move to ``reassign_to``.

    A unit to which processes or positions are assigned is never deleted silently: without a unit to
    reassign them to, the deletion is refused.
    """
    from django.apps import apps

    if unit.children.exists():
        raise ValidationError(_("Delete or move the sub-units of “%(name)s” first.") % {"name": unit.name})
    counts = orgunit_dependants(tenant=tenant, unit=unit)
    if counts["processes"] or counts["positions"]:
        if reassign_to is None:
            raise ValidationError(
                _(
                    "“%(name)s” is responsible for %(processes)s and has %(positions)s. "
                    "Choose a unit to take them over."
                )
                % {
                    "name": unit.name,
                    "processes": ngettext("%(count)d process", "%(count)d processes", counts["processes"])
                    % {"count": counts["processes"]},
                    "positions": ngettext("%(count)d position", "%(count)d positions", counts["positions"])
                    % {"count": counts["positions"]},
                }
            )
        if reassign_to.tenant_id != tenant.pk or reassign_to.pk == unit.pk:
            raise ValidationError(_("Choose another unit of this authority."))
        unit.positions.update(unit=reassign_to)
        if apps.is_installed("register"):
            profile = apps.get_model("register", "ProcessProfile")
            profile.objects.for_tenant(tenant).filter(owner_unit=unit).update(owner_unit=reassign_to)
            through = profile.participating_units.through
            already = set(
                through.objects.filter(orgunit=reassign_to).values_list("processprofile_id", flat=True)
            )
            through.objects.filter(orgunit=unit, processprofile_id__in=already).delete()
            through.objects.filter(orgunit=unit).update(orgunit=reassign_to)
    unit.delete()
