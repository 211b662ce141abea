"""Writes of process profiles: create, edit, catalogue links, relevance, bulk edit."""

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from catalogues.selectors import entries_for_tenant
from core.bulk import update_values
from core.numbers import grouped
from organisation.models import OrgUnit
from register.hooks import profiles_changed
from register.models import MAX_CASE_COUNT, MAX_PROCESSING_MINUTES, CatalogLink, ProcessProfile
from register.services.attributes import clean_attributes
from register.services.search_index import profiles_reindex
from tenants.models import Tenant

MAX_BULK_ROWS = 1000
MAX_CATALOG_LINKS = 200

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
    "priority_reason",
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
    problems = profile_rule_problems(profile)
    if problems:
        raise ValidationError(problems)
    if profile.manual_priority is None and profile.priority_reason:
        profile.priority_reason = ""


def profile_rule_problems(profile: Any) -> dict[str, str]:
    """The rules between fields a profile must keep (no database access), by field; empty when it keeps them.

    ``profile`` is a ``ProcessProfile`` or any object with its field names (the spreadsheet import checks
    rows before building model instances)."""
    problems: dict[str, str] = {}
    if profile.documentation_state == "waived" and not profile.waiver_reason.strip():
        problems["waiver_reason"] = _("Give the reason why the documentation duty is waived.")
    if profile.manual_priority is not None and not profile.priority_reason.strip():
        problems["priority_reason"] = _("Give the reason for the manual priority.")
    if profile.online_assistant_url and not profile.online_assistant:
        problems["online_assistant_url"] = _("A link is only possible when an assistant exists.")
    return problems


@transaction.atomic
def profile_create(
    *,
    tenant: Tenant,
    data: dict[str, Any],
    participating_units: Sequence[OrgUnit] = (),
    predecessors: Sequence[ProcessProfile] = (),
    attributes: dict[str, Any] | None = None,
    catalog_entries: Sequence[str] | None = None,
) -> ProcessProfile:
    """Create a profile from validated form data; ``catalog_entries`` are the UUIDs of the entries to link."""
    profile = ProcessProfile(tenant=tenant)
    return _save(
        tenant=tenant,
        profile=profile,
        data=data,
        participating_units=participating_units,
        predecessors=predecessors,
        attributes=attributes or {},
        catalog_entries=catalog_entries,
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
    catalog_entries: Sequence[str] | None = None,
) -> ProcessProfile:
    """Change a profile's standard and tenant-defined attributes; ``catalog_entries`` (entry UUIDs), when
    given, become the profile's complete set of catalogue links."""
    if profile.tenant_id != tenant.pk:
        raise ValidationError(_("This belongs to another authority. Choose one of your own authority."))
    return _save(
        tenant=tenant,
        profile=profile,
        data=data,
        participating_units=participating_units,
        predecessors=predecessors,
        attributes=attributes or {},
        catalog_entries=catalog_entries,
    )


def _save(
    *,
    tenant: Tenant,
    profile: ProcessProfile,
    data: dict[str, Any],
    participating_units: Sequence[OrgUnit],
    predecessors: Sequence[ProcessProfile],
    attributes: dict[str, Any],
    catalog_entries: Sequence[str] | None,
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
    # Checked before anything is written, so a refused link leaves the profile untouched.
    links = None if catalog_entries is None else _plan_links(tenant, profile, catalog_entries)
    profile.save()
    profile.participating_units.set(participating_units)
    profile.predecessors.set(predecessors)
    if links is not None:
        _apply_links(tenant, profile, links)
    profiles_reindex(tenant=tenant, profile_ids=[profile.pk])
    profiles_changed(tenant=tenant, profile_ids=[profile.pk])
    return profile


@transaction.atomic
def profile_links_set(
    *, tenant: Tenant, profile: ProcessProfile, entry_uuids: Sequence[str]
) -> ProcessProfile:
    """Make the given entries (UUIDs) the profile's complete set of catalogue links."""
    if profile.tenant_id != tenant.pk or profile.pk is None:
        raise ValidationError(_("This belongs to another authority. Choose one of your own authority."))
    _apply_links(tenant, profile, _plan_links(tenant, profile, entry_uuids))
    profiles_reindex(tenant=tenant, profile_ids=[profile.pk])
    profiles_changed(tenant=tenant, profile_ids=[profile.pk])
    return profile


@dataclass(frozen=True)
class _LinkChanges:
    add: list[int]
    remove: list[int]


def _unknown_entries_error() -> ValidationError:
    message = _(
        "Some of the chosen catalogue entries do not exist or are not available to your authority. "
        "Reload the page and choose them again."
    )
    return ValidationError({"catalog_entries": ValidationError(message, code="unknown")})


def too_many_links_message() -> str:
    """The error shown when more than MAX_CATALOG_LINKS entries are chosen (also used by the form)."""
    return _("A process can be linked to at most %(max)d catalogue entries.") % {"max": MAX_CATALOG_LINKS}


def _plan_links(tenant: Tenant, profile: ProcessProfile, entry_uuids: Sequence[str]) -> _LinkChanges:
    """Check the wanted entries (readable by the tenant, at most MAX_CATALOG_LINKS) and diff them."""
    try:
        wanted = list(dict.fromkeys(uuid.UUID(str(value)) for value in entry_uuids))
    except ValueError:
        raise _unknown_entries_error() from None
    if len(wanted) > MAX_CATALOG_LINKS:
        raise ValidationError({"catalog_entries": ValidationError(too_many_links_message(), code="too_many")})
    entries = list(entries_for_tenant(tenant).filter(uuid__in=wanted).only("id", "key", "name", "is_retired"))
    if len(entries) != len(wanted):
        raise _unknown_entries_error()
    linked: set[int] = set()
    if profile.pk is not None:
        linked = set(
            CatalogLink.objects.for_tenant(tenant).filter(profile=profile).values_list("entry_id", flat=True)
        )
    # A link to an entry the catalogue has since dropped stays until removed, but none is newly made.
    retired = [entry for entry in entries if entry.is_retired and entry.pk not in linked]
    if retired:
        message = _("“%(entry)s” has been removed from its catalogue and can no longer be linked.")
        error = ValidationError(message % {"entry": retired[0]}, code="retired")
        raise ValidationError({"catalog_entries": error})
    keep = {entry.pk for entry in entries}
    return _LinkChanges(add=sorted(keep - linked), remove=sorted(linked - keep))


def _apply_links(tenant: Tenant, profile: ProcessProfile, changes: _LinkChanges) -> None:
    """Delete and insert link rows in one statement each."""
    if changes.remove:
        CatalogLink.objects.for_tenant(tenant).filter(profile=profile, entry_id__in=changes.remove).delete()
    if changes.add:
        CatalogLink.objects.bulk_create(
            [CatalogLink(tenant=tenant, profile=profile, entry_id=entry_id) for entry_id in changes.add]
        )


@transaction.atomic
def profile_set_relevance(*, tenant: Tenant, profile: ProcessProfile, relevant: bool) -> ProcessProfile:
    """Mark a profile relevant or not relevant; nothing is deleted."""
    if profile.tenant_id != tenant.pk:
        raise ValidationError(_("This belongs to another authority. Choose one of your own authority."))
    profile.relevant = relevant
    profile.save(update_fields=["relevant", "updated_at"])
    profiles_changed(tenant=tenant, profile_ids=[profile.pk])
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
    changed = queryset.update(**values)
    profiles_changed(tenant=tenant, profile_ids=queryset.values_list("pk", flat=True))
    return changed


FIGURE_FIELDS = ("case_count", "processing_minutes", "digitalisation_level", "relevant")


def _whole_between(value: Any, low: int, high: int) -> bool:
    # bool is a subclass of int, but "yes" is no number of cases.
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _figure_errors(values: dict[str, Any]) -> dict[str, str]:
    """German problems with recorded figures, by field (the values are already parsed)."""
    errors: dict[str, str] = {}
    unknown = set(values) - set(FIGURE_FIELDS)
    if unknown:
        errors["__all__"] = _("Unknown fields: %(fields)s") % {"fields": ", ".join(sorted(unknown))}
    cases = values.get("case_count")
    if cases is not None and not _whole_between(cases, 0, MAX_CASE_COUNT):
        errors["case_count"] = _("Cases per year must lie between 0 and %(max)s.") % {
            "max": grouped(MAX_CASE_COUNT)
        }
    minutes = values.get("processing_minutes")
    if minutes is not None and not _whole_between(minutes, 1, MAX_PROCESSING_MINUTES):
        errors["processing_minutes"] = _(
            "The processing time must lie between 1 and %(max)s minutes per case."
        ) % {"max": grouped(MAX_PROCESSING_MINUTES)}
    level = values.get("digitalisation_level")
    if level is not None and not _whole_between(level, 0, 4):
        errors["digitalisation_level"] = _("The digitalisation level must lie between 0 and 4.")
    if "relevant" in values and not isinstance(values["relevant"], bool):
        errors["relevant"] = _("Relevant is yes or no.")
    return errors


@transaction.atomic
def profiles_figures_set(*, tenant: Tenant, rows: dict[str, dict[str, Any]]) -> int:
    """Record Fallzahl, Bearbeitungszeit, Digitalisierungsgrad and relevance for many profiles (by UUID).

    Every row is checked first; any problem raises a ValidationError whose ``error_dict`` is keyed
    ``<uuid>:<field>`` and nothing is written. Returns how many profiles changed.
    """
    if len(rows) > MAX_BULK_ROWS:
        raise ValidationError(_("Select at most %(n)d processes at once.") % {"n": MAX_BULK_ROWS})
    problems = {
        f"{key}:{field}": [message]
        for key, values in rows.items()
        for field, message in _figure_errors(values).items()
    }
    if problems:
        raise ValidationError(problems)
    gone = ValidationError(_("Some selected processes no longer exist. Reload the page."))
    try:
        keys = {key: str(uuid.UUID(str(key))) for key in rows}
    except ValueError:
        raise gone from None
    # Locked while this transaction runs, and only the given fields are written: two people saving
    # different cells of one process at the same moment both keep their value.
    profiles = {
        str(p.uuid): p
        for p in ProcessProfile.objects.for_tenant(tenant)
        .filter(uuid__in=list(keys.values()))
        .select_for_update()
        .only("id", "uuid", *FIGURE_FIELDS)
    }
    if len(profiles) != len(rows):
        raise gone
    now = timezone.now()
    by_fields: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
    for key, values in rows.items():
        profile = profiles[keys[key]]
        given = tuple(field for field in FIGURE_FIELDS if field in values)
        if any(getattr(profile, field) != values[field] for field in given):
            by_fields[given].append([*(values[field] for field in given), now, profile.pk])
    for fields, changes in by_fields.items():
        update_values(ProcessProfile, [*fields, "updated_at"], changes)
    changed = [row[-1] for changes in by_fields.values() for row in changes]
    profiles_changed(tenant=tenant, profile_ids=changed)
    return len(changed)


@transaction.atomic
def profile_priority_set(
    *, tenant: Tenant, profile: ProcessProfile, priority: int | None, reason: str
) -> ProcessProfile:
    """Place a profile by hand in the working list (1 = first), with the reason; None removes the override."""
    if profile.tenant_id != tenant.pk:
        raise ValidationError(_("This belongs to another authority. Choose one of your own authority."))
    reason = reason.strip()
    if priority is not None:
        if not _whole_between(priority, 1, 999):
            raise ValidationError({"manual_priority": _("The priority must lie between 1 and 999.")})
        if not reason:
            raise ValidationError({"priority_reason": _("Give the reason for the manual priority.")})
        if len(reason) > 500:
            raise ValidationError({"priority_reason": _("The reason may be at most 500 characters long.")})
    profile.manual_priority = priority
    profile.priority_reason = reason if priority is not None else ""
    profile.save(update_fields=["manual_priority", "priority_reason", "updated_at"])
    return profile
