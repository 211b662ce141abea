"""Checking every row of an uploaded table against the column assignment and the register as it is now.

The outcome is a ``Plan``: what each row would do (create, update, unchanged, skip, invalid) with its values
read and its relations resolved, and every problem by row and column. Reading the register takes a constant
number of queries (units, folders, positions, catalogue keys, the existing profiles and their relations).
"""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from catalogues.selectors import entries_for_tenant
from interchange.cells import CellError, Kind, normalised, split_values
from interchange.choices import ExistingProfiles
from interchange.fields import ATTRIBUTE_PREFIX, ImportField, fields_for
from interchange.models import ImportJob
from organisation.models import OrgUnit, Position
from register.models import CatalogLink, Folder, ProcessProfile
from register.services.attributes import clean_attribute_value, definitions_for
from register.services.profiles import profile_rule_problems
from tenants.models import Tenant

MAX_LISTED_PROBLEMS = 1000
SAMPLE_ROWS = 100
MAX_NUMBER_CHARS = ProcessProfile._meta.get_field("number").max_length or 30
PROGRESS_STEP = 500
BATCH = 500

# Standard model fields a column can fill directly (relations and links are handled apart).


@dataclass
class RowPlan:
    """What one row does."""

    row: int
    number: str
    action: str  # create, update, unchanged, skip, invalid
    values: dict[str, Any] = field(default_factory=dict)  # model fields
    attributes: dict[str, Any] = field(default_factory=dict)  # tenant-defined values (cleaned)
    folder: tuple[str, ...] | None = None
    units: list[int] | None = None
    predecessors: list[str] | None = None
    links: dict[str, list[int]] = field(default_factory=dict)  # catalogue kind → entry ids
    # The existing profile (updated in place), or for a new one a NewProfile with every column's value.
    profile: Any = None
    changed: list[str] = field(default_factory=list)


class NewProfile(SimpleNamespace):
    """A profile to be inserted: every column's attribute name and value, without a model instance (building
    10,000 ``ProcessProfile`` objects costs more than inserting them). ``core.bulk.insert_rows`` writes it."""

    pk: int | None = None


@functools.cache
def _column_defaults() -> tuple[tuple[str, Any], ...]:
    return tuple(
        (f.attname, f.get_default())
        for f in ProcessProfile._meta.concrete_fields
        if not f.primary_key and f.attname not in ("uuid", "addressees", "attributes")
    )


def new_profile(
    tenant: Tenant, number: str, values: dict[str, Any], attributes: dict[str, Any]
) -> NewProfile:
    """A new profile with the model's defaults, the row's values and a fresh UUID."""
    profile = NewProfile(**dict(_column_defaults()))
    profile.uuid = uuid.uuid4()
    profile.addressees = []
    profile.attributes = attributes
    profile.tenant_id = tenant.pk
    profile.number = number
    for name, value in values.items():
        setattr(profile, name, value)
    return profile


@dataclass
class Plan:
    """The outcome of checking a whole file."""

    rows: list[RowPlan]
    problems: list[dict[str, Any]]
    new_folders: list[tuple[str, ...]]
    mapped: list[ImportField]
    folders: dict[tuple[str, ...], Folder]  # the register's folders by normalised path

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def invalid_rows(self) -> int:
        return len({p["row"] for p in self.problems if p.get("row")})


class _Lookups:
    """The register's units, folders, positions, processes and catalogue entries, read once per check."""

    def __init__(
        self, tenant: Tenant, mapped: list[ImportField], rows: list[list[Any]], mapping: dict[int, str]
    ):
        kinds = {f.kind for f in mapped}
        self.units_by_code: dict[str, int] = {}
        self.units_by_name: dict[str, list[int]] = defaultdict(list)
        if kinds & {Kind.UNIT, Kind.UNITS}:
            for pk, code, name in OrgUnit.objects.for_tenant(tenant).values_list("pk", "short_code", "name"):
                if code:
                    self.units_by_code[normalised(code)] = pk
                self.units_by_name[normalised(name)].append(pk)
        # normalised folder path → folder (read once; the import creates the missing ones under them)
        self.folders: dict[tuple[str, ...], Folder] = {}
        if Kind.FOLDER in kinds:
            by_id = {
                f.pk: f
                for f in Folder.objects.for_tenant(tenant).only("id", "uuid", "parent_id", "name", "path")
            }

            def path(folder: Folder) -> tuple[str, ...]:
                parent = by_id.get(folder.parent_id) if folder.parent_id else None
                return (*(path(parent) if parent else ()), normalised(folder.name))

            for folder in by_id.values():
                self.folders.setdefault(path(folder), folder)
        self.positions: dict[str, list[int]] = defaultdict(list)
        if Kind.POSITION in kinds:
            for pk, name in Position.objects.for_tenant(tenant).values_list("pk", "name"):
                self.positions[normalised(name)].append(pk)
        # catalogue kind → key → (entry id, retired)
        self.entries: dict[str, dict[str, tuple[int, bool]]] = {}
        for f in mapped:
            if f.kind != Kind.CATALOG:
                continue
            index = next(i for i, key in mapping.items() if key == f.key)
            keys: set[str] = set()
            for _row, cells in rows:
                if index < len(cells) and cells[index]:
                    keys.update(split_values(cells[index], commas=True))
            found: dict[str, tuple[int, bool]] = {}
            key_list = sorted(keys)
            for start in range(0, len(key_list), BATCH):
                query = entries_for_tenant(tenant).filter(
                    catalog__kind=f.catalog_kind, key__in=key_list[start : start + BATCH]
                )
                for pk, key, retired in query.values_list("pk", "key", "is_retired"):
                    if key not in found or found[key][1]:  # an entry still in force wins over a retired one
                        found[key] = (pk, retired)
            self.entries[f.catalog_kind] = found


def plan_rows(tenant: Tenant, job: ImportJob, progress: Callable[[int], None] | None = None) -> Plan:
    definitions = definitions_for(tenant)
    fields = {f.key: f for f in fields_for(tenant, definitions)}
    mapping = {int(index): key for index, key in job.mapping.items() if key in fields}
    mapped = [fields[key] for key in mapping.values()]
    columns = [(index, fields[key], job.headers[index]) for index, key in sorted(mapping.items())]
    rows: list[list[Any]] = job.rows
    lookups = _Lookups(tenant, mapped, rows, mapping)
    problems: list[dict[str, Any]] = []

    def problem(row: int, column: str | None, message: str) -> None:
        problems.append({"row": row, "column": column, "message": message})

    number_index = next(i for i, key in mapping.items() if key == "number")
    numbers_in_file: dict[str, int] = {}
    for row, cells in rows:
        number = cells[number_index].strip() if number_index < len(cells) else ""
        if number and number not in numbers_in_file:
            numbers_in_file[number] = row
    existing = {
        p.number: p
        for p in ProcessProfile.objects.for_tenant(tenant).filter(number__in=list(numbers_in_file))
    }
    all_numbers = (
        set(ProcessProfile.objects.for_tenant(tenant).values_list("number", flat=True))
        if "predecessors" in mapping.values()
        else set()
    )
    current = _Current.read(tenant, [p.pk for p in existing.values()], mapped)
    new_folders: dict[tuple[str, ...], tuple[str, ...]] = {}
    plans: list[RowPlan] = []
    header_of = {key: job.headers[index] for index, key in mapping.items()}

    for position, (row, cells) in enumerate(rows, start=1):
        if progress is not None and position % PROGRESS_STEP == 0:
            progress(position)
        number = cells[number_index].strip() if number_index < len(cells) else ""
        plan = RowPlan(row=row, number=number, action="invalid")
        plans.append(plan)
        before = len(problems)
        if not number:
            problem(row, header_of["number"], _("The process number is empty."))
            continue
        if len(number) > MAX_NUMBER_CHARS:
            problem(
                row,
                header_of["number"],
                _("A process number may have at most %(max)d characters.") % {"max": MAX_NUMBER_CHARS},
            )
            continue
        if numbers_in_file.get(number) != row:
            problem(
                row,
                header_of["number"],
                _("The process number %(number)s appears twice in the file (first in row %(first)d).")
                % {"number": number, "first": numbers_in_file[number]},
            )
            continue
        profile = existing.get(number)
        if profile is None and job.existing == ExistingProfiles.ONLY_UPDATE:
            plan.action = "skip"
            continue
        if profile is not None and job.existing == ExistingProfiles.SKIP:
            plan.action = "skip"
            continue
        for index, f, header in columns:
            text = cells[index] if index < len(cells) else ""
            if not text or f.key == "number":
                continue
            try:
                value = f.read(text)
            except CellError as error:
                problem(row, header, str(error))
                continue
            if f.is_attribute:
                assert f.definition is not None
                try:
                    plan.attributes[f.definition.key] = clean_attribute_value(
                        f.definition, _attribute_input(f, value)
                    )
                except ValidationError as error:
                    problem(row, header, " ".join(error.messages))
            elif f.kind == Kind.FOLDER:
                key = tuple(normalised(n) for n in value)
                if value and key not in lookups.folders:
                    for depth in range(1, len(value) + 1):
                        prefix = tuple(normalised(n) for n in value[:depth])
                        if prefix not in lookups.folders:
                            new_folders.setdefault(prefix, value[:depth])
                plan.folder = value or None
            elif f.kind == Kind.UNIT:
                unit = _unit(lookups, value, row, header, problem)
                if unit is not None:
                    plan.values["owner_unit_id"] = unit
            elif f.kind == Kind.UNITS:
                units = [_unit(lookups, name, row, header, problem) for name in value]
                plan.units = [u for u in dict.fromkeys(units) if u is not None]
            elif f.kind == Kind.POSITION:
                found = lookups.positions.get(normalised(value), [])
                if len(found) == 1:
                    plan.values["process_owner_id"] = found[0]
                elif not found:
                    problem(
                        row,
                        header,
                        _("There is no position “%(name)s” in your organigram.") % {"name": value},
                    )
                else:
                    problem(row, header, _("Several positions are called “%(name)s”.") % {"name": value})
            elif f.kind == Kind.PROFILES:
                unknown = [n for n in value if n not in numbers_in_file and n not in all_numbers]
                if unknown:
                    problem(
                        row,
                        header,
                        _("Unknown process numbers: %(numbers)s.") % {"numbers": ", ".join(unknown[:5])},
                    )
                elif number in value:
                    problem(row, header, _("A process cannot precede itself."))
                else:
                    plan.predecessors = value
            elif f.kind == Kind.CATALOG:
                entries = lookups.entries.get(f.catalog_kind, {})
                unknown = [key for key in value if key not in entries]
                if unknown:
                    problem(
                        row,
                        header,
                        ngettext(
                            "The key %(keys)s is not in the catalogue “%(catalog)s”.",
                            "The keys %(keys)s are not in the catalogue “%(catalog)s”.",
                            len(unknown),
                        )
                        % {"keys": ", ".join(unknown[:5]), "catalog": f.label},
                    )
                    continue
                ids = [entries[key][0] for key in value]
                already = (
                    current.links.get((profile.pk, f.catalog_kind), set()) if profile is not None else set()
                )
                retired = [key for key in value if entries[key][1] and entries[key][0] not in already]
                if retired:
                    problem(
                        row,
                        header,
                        _("No longer in the catalogue and therefore not linkable any more: %(keys)s.")
                        % {"keys": ", ".join(retired[:5])},
                    )
                    continue
                plan.links[f.catalog_kind] = ids
            else:
                plan.values[f.key] = value
        if len(problems) > before:
            continue
        # The profile as it would be saved (the cells were read within the model's limits by the field
        # readers; tests/test_fields.py keeps them equal), checked by the register's rules between fields.
        if profile is None:
            candidate = new_profile(tenant, number, plan.values, plan.attributes)
            for definition in definitions:
                if definition.required and definition.key not in plan.attributes:
                    problem(
                        row,
                        header_of.get(f"{ATTRIBUTE_PREFIX}{definition.key}"),
                        _("“%(label)s” is required.") % {"label": definition.label},
                    )
        else:
            plan.changed = _changes(profile, plan, current, lookups)
            candidate = profile
            for name, value in plan.values.items():
                setattr(candidate, name, value)
        for name, message in profile_rule_problems(candidate).items():
            problem(row, header_of.get(name), message)
        if len(problems) > before:
            continue
        plan.profile = candidate
        plan.action = "create" if profile is None else ("update" if plan.changed else "unchanged")
    if progress is not None:
        progress(len(rows))
    return Plan(plans, problems, sorted(new_folders.values()), mapped, lookups.folders)


def _attribute_input(f: ImportField, value: Any) -> Any:
    if f.kind == Kind.DATE:
        return value.isoformat()
    return value


def _unit(
    lookups: _Lookups, name: str, row: int, header: str, problem: Callable[[int, str | None, str], None]
) -> int | None:
    key = normalised(name)
    if key in lookups.units_by_code:
        return lookups.units_by_code[key]
    found = lookups.units_by_name.get(key, [])
    if len(found) == 1:
        return found[0]
    if not found:
        problem(
            row,
            header,
            _("There is no unit “%(name)s” (short code or name) in your organigram.") % {"name": name},
        )
    else:
        problem(row, header, _("Several units are called “%(name)s”; give the short code.") % {"name": name})
    return None


def _changes(profile: ProcessProfile, plan: RowPlan, current: _Current, lookups: _Lookups) -> list[str]:
    """The fields a row would change on an existing profile."""
    changed = [name for name, value in plan.values.items() if getattr(profile, name) != value]
    changed += [
        f"{ATTRIBUTE_PREFIX}{key}"
        for key, value in plan.attributes.items()
        if profile.attributes.get(key) != value
    ]
    if plan.folder is not None:
        folder = lookups.folders.get(tuple(normalised(n) for n in plan.folder))
        if folder is None or folder.pk != profile.folder_id:
            changed.append("folder")
    if plan.units is not None and set(plan.units) != current.units.get(profile.pk, set()):
        changed.append("participating_units")
    if plan.predecessors is not None and set(plan.predecessors) != current.predecessors.get(
        profile.pk, set()
    ):
        changed.append("predecessors")
    for kind, ids in plan.links.items():
        if set(ids) != current.links.get((profile.pk, kind), set()):
            changed.append(f"catalog:{kind}")
    return changed


@dataclass
class _Current:
    """The relations of the existing profiles a file touches, for telling changes from repetitions."""

    units: dict[int, set[int]] = field(default_factory=dict)
    predecessors: dict[int, set[str]] = field(default_factory=dict)
    links: dict[tuple[int, str], set[int]] = field(default_factory=dict)

    @classmethod
    def read(cls, tenant: Tenant, profile_ids: list[int], mapped: list[ImportField]) -> _Current:
        current = cls()
        kinds = {f.kind for f in mapped}
        if not profile_ids:
            return current
        if Kind.UNITS in kinds:
            through = ProcessProfile.participating_units.through
            for profile_id, unit_id in through.objects.filter(processprofile_id__in=profile_ids).values_list(
                "processprofile_id", "orgunit_id"
            ):
                current.units.setdefault(profile_id, set()).add(unit_id)
        if Kind.PROFILES in kinds:
            order = ProcessProfile.predecessors.through
            for profile_id, number in order.objects.filter(
                from_processprofile_id__in=profile_ids
            ).values_list("from_processprofile_id", "to_processprofile__number"):
                current.predecessors.setdefault(profile_id, set()).add(number)
        if Kind.CATALOG in kinds:
            links = CatalogLink.objects.for_tenant(tenant).filter(profile_id__in=profile_ids)
            for profile_id, kind, entry_id in links.values_list(
                "profile_id", "entry__catalog__kind", "entry_id"
            ):
                current.links.setdefault((profile_id, kind), set()).add(entry_id)
        return current


def summary_of(plan: Plan) -> dict[str, Any]:
    problems = plan.problems[:MAX_LISTED_PROBLEMS]
    sample = [
        {
            "row": r.row,
            "number": r.number,
            "action": r.action,
            "name": str(r.values.get("name") or (r.profile.name if r.profile else "")),
        }
        for r in plan.rows[:SAMPLE_ROWS]
    ]
    return {
        "create": plan.count("create"),
        "update": plan.count("update"),
        "unchanged": plan.count("unchanged"),
        "skip": plan.count("skip"),
        "invalid": plan.count("invalid"),
        "problems": problems,
        "problem_count": len(plan.problems),
        "new_folders": [" / ".join(path) for path in plan.new_folders[:50]],
        "new_folder_count": len(plan.new_folders),
        "sample": sample,
    }
