"""Writes of process profiles: create, edit, relevance, bulk edit."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from organisation.models import OrgUnit
from register.models import MAX_CASE_COUNT, ProcessProfile
from register.services.attributes import clean_attributes
from register.services.search_index import profiles_reindex
from tenants.models import Tenant

MAX_BULK_ROWS = 1000

PROFILE_FIELDS = (
    "number",
    "name",
    "short_description",
    "process_type",
    "folder",
    "owner_unit",
    "process_owner",
    "trigger",
    "result",
    "addressees",
    "inputs",
    "ozg_topic",
    "case_count",
    "processing_minutes",
    "lead_time_days",
    "digitalisation_level",
    "online_assistant",
    "online_assistant_url",
    "recommended",
    "relevant",
    "manual_priority",
    "release_status",
    "version",
    "last_review",
    "next_review",
    "documentation_state",
    "waiver_reason",
)


def _check_same_tenant(tenant: Tenant, **objects: Any) -> None:
    for field, value in objects.items():
        values = value if isinstance(value, list | tuple | set) else [value]
        if any(v is not None and v.tenant_id != tenant.pk for v in values):
            raise ValidationError(
                {field: _("This belongs to another authority. Choose one of your own authority.")}
            )


def _validate_profile(profile: ProcessProfile) -> None:
    taken = (
        ProcessProfile.objects.for_tenant(profile.tenant).filter(number=profile.number).exclude(pk=profile.pk)
    )
    if profile.number and taken.exists():
        raise ValidationError(
            {"number": _("The process number %(number)s is already in use.") % {"number": profile.number}}
        )
    profile.full_clean()
    if profile.documentation_state == "waived" and not profile.waiver_reason.strip():
        raise ValidationError({"waiver_reason": _("Give the reason why the documentation duty is waived.")})
    if profile.online_assistant_url and not profile.online_assistant:
        raise ValidationError(
            {"online_assistant_url": _("A link is only possible when an assistant exists.")}
        )


@transaction.atomic
def profile_create(
    *,
    tenant: Tenant,
    data: dict[str, Any],
    participating_units: Sequence[OrgUnit] = (),
    predecessors: Sequence[ProcessProfile] = (),
    attributes: dict[str, Any] | None = None,
) -> ProcessProfile:
    """Create a profile from validated form data."""
    profile = ProcessProfile(tenant=tenant)
    return _save(
        tenant=tenant,
        profile=profile,
        data=data,
        participating_units=participating_units,
        predecessors=predecessors,
        attributes=attributes or {},
    )


@transaction.atomic
def profile_update(
    *,
    tenant: Tenant,
    profile: ProcessProfile,
    data: dict[str, Any],
    participating_units: Sequence[OrgUnit] = (),
    predecessors: Sequence[ProcessProfile] = (),
    attributes: dict[str, Any] | None = None,
) -> ProcessProfile:
    """Change a profile's standard and tenant-defined attributes."""
    if profile.tenant_id != tenant.pk:
        raise ValidationError(_("This belongs to another authority. Choose one of your own authority."))
    return _save(
        tenant=tenant,
        profile=profile,
        data=data,
        participating_units=participating_units,
        predecessors=predecessors,
        attributes=attributes or {},
    )


def _save(
    *,
    tenant: Tenant,
    profile: ProcessProfile,
    data: dict[str, Any],
    participating_units: Sequence[OrgUnit],
    predecessors: Sequence[ProcessProfile],
    attributes: dict[str, Any],
) -> ProcessProfile:
    unknown = set(data) - set(PROFILE_FIELDS)
    if unknown:
        raise ValidationError(_("Unknown fields: %(fields)s") % {"fields": ", ".join(sorted(unknown))})
    _check_same_tenant(
        tenant,
        folder=data.get("folder"),
        owner_unit=data.get("owner_unit"),
        process_owner=data.get("process_owner"),
        participating_units=list(participating_units),
        predecessors=list(predecessors),
    )
    for field, value in data.items():
        setattr(profile, field, value)
    profile.attributes = clean_attributes(tenant=tenant, values=attributes)
    _validate_profile(profile)
    if profile.pk and any(p.pk == profile.pk for p in predecessors):
        raise ValidationError({"predecessors": _("A process cannot precede itself.")})
    profile.save()
    profile.participating_units.set(participating_units)
    profile.predecessors.set(predecessors)
    profiles_reindex(tenant=tenant, profile_ids=[profile.pk])
    return profile


@transaction.atomic
def profile_set_relevance(*, tenant: Tenant, profile: ProcessProfile, relevant: bool) -> ProcessProfile:
    """Mark a profile relevant or not relevant; nothing is deleted."""
    if profile.tenant_id != tenant.pk:
        raise ValidationError(_("This belongs to another authority. Choose one of your own authority."))
    profile.relevant = relevant
    profile.save(update_fields=["relevant", "updated_at"])
    return profile


@dataclass(frozen=True)
class BulkChanges:
    """What a bulk edit changes; None leaves a field as it is."""

    case_count: int | None = None
    clear_case_count: bool = False
    digitalisation_level: int | None = None
    relevant: bool | None = None
    owner_unit: OrgUnit | None = None

    def is_empty(self) -> bool:
        return (
            self.case_count is None
            and not self.clear_case_count
            and self.digitalisation_level is None
            and self.relevant is None
            and self.owner_unit is None
        )


@transaction.atomic
def profiles_bulk_update(*, tenant: Tenant, profile_uuids: Iterable[str], changes: BulkChanges) -> int:
    """Apply the same changes to the selected profiles in one statement; returns the number changed."""
    uuids = list(dict.fromkeys(str(u) for u in profile_uuids))
    if not uuids:
        raise ValidationError(_("Select at least one process."))
    if len(uuids) > MAX_BULK_ROWS:
        raise ValidationError(_("Select at most %(n)d processes at once.") % {"n": MAX_BULK_ROWS})
    if changes.is_empty():
        raise ValidationError(_("Choose at least one change."))
    if changes.case_count is not None and not 0 <= changes.case_count <= MAX_CASE_COUNT:
        raise ValidationError(_("Cases per year must lie between 0 and %(max)d.") % {"max": MAX_CASE_COUNT})
    if changes.digitalisation_level is not None and not 0 <= changes.digitalisation_level <= 4:
        raise ValidationError(_("The digitalisation level must lie between 0 and 4."))
    _check_same_tenant(tenant, owner_unit=changes.owner_unit)
    queryset = ProcessProfile.objects.for_tenant(tenant).filter(uuid__in=uuids)
    found = queryset.count()
    if found != len(uuids):
        raise ValidationError(_("Some selected processes no longer exist. Reload the page."))
    values: dict[str, Any] = {"updated_at": timezone.now()}
    if changes.case_count is not None:
        values["case_count"] = changes.case_count
    if changes.clear_case_count:
        values["case_count"] = None
    if changes.digitalisation_level is not None:
        values["digitalisation_level"] = changes.digitalisation_level
    if changes.relevant is not None:
        values["relevant"] = changes.relevant
    if changes.owner_unit is not None:
        values["owner_unit"] = changes.owner_unit
    return queryset.update(**values)
