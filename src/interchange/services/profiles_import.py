"""Process profiles from a spreadsheet: upload, assign columns, check every row, import in one transaction.

The uploaded table is kept on an ``ImportJob`` between the steps. Checking reads every row against the
column assignment and the register as it is now, and records the outcome (what each row would do, every
problem by row and column). Importing checks again (the register may have changed meanwhile) and writes
everything in one transaction: a file with one bad row changes nothing unless the user chose to import only
the valid rows. Empty cells leave a value unchanged; a mapped catalogue or unit column replaces the links or
participants of that kind.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from catalogues.importers.base import MAX_FILE_BYTES, CatalogFileError, FileProblem
from catalogues.importers.files import HEADER_SEARCH_ROWS, read_table
from catalogues.models import CatalogEntry
from catalogues.selectors import entries_for_tenant
from core.bulk import insert_rows, update_values
from interchange.cells import CellError, Kind, normalised
from interchange.choices import ExistingProfiles, JobKind, JobStatus
from interchange.fields import ATTRIBUTE_PREFIX, ImportField, fields_for, match_headers
from interchange.models import HeaderMapping, ImportJob
from organisation.models import OrgUnit, Position
from register.hooks import profiles_changed
from register.models import CatalogLink, Folder, ProcessProfile
from register.search import sync_fts
from register.services.attributes import clean_attribute_value, definitions_for
from register.services.profiles import profile_rule_problems
from register.services.search_index import entry_texts_by_key, profile_document, profiles_reindex
from tenants.models import Tenant

MAX_IMPORT_ROWS = 20_000
MAX_IMPORT_BYTES = MAX_FILE_BYTES
MAX_LISTED_PROBLEMS = 1000
SAMPLE_ROWS = 100
MAX_NUMBER_CHARS = ProcessProfile._meta.get_field("number").max_length or 30
PROGRESS_STEP = 500
BATCH = 500

# Standard model fields a column can fill directly (relations and links are handled apart).
_RELATION_KINDS = {Kind.FOLDER, Kind.UNIT, Kind.UNITS, Kind.POSITION, Kind.PROFILES, Kind.CATALOG}


class ImportRefused(ValidationError):
    """The file cannot be read at all; ``messages`` says why (German)."""


# --- upload ------------------------------------------------------------------------------------------------


def _problems_error(problems: Iterable[FileProblem]) -> ImportRefused:
    return ImportRefused([str(problem) for problem in problems])


def _cell_name(row: int, column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


@transaction.atomic
def import_upload(*, tenant: Tenant, actor: User | None, data: bytes, file_name: str) -> ImportJob:
    """Read an uploaded XLSX or CSV file, find its header, assign the columns it can, and keep it as a job."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportRefused(
            _("The file is larger than %(mb)d MB.") % {"mb": MAX_IMPORT_BYTES // (1024 * 1024)}
        )
    try:
        table = read_table(data, file_name, declared="cp1252")
    except CatalogFileError as error:
        raise _problems_error(error.problems) from None
    fields = fields_for(tenant)
    remembered = dict(HeaderMapping.objects.for_tenant(tenant).values_list("header", "field_key"))
    header_index, mapping = _find_header(table.rows, fields, remembered)
    header_row, header_cells = table.rows[header_index]
    data_rows = table.rows[header_index + 1 :]
    notices: list[str] = []
    if table.sheet:
        notices.append(_("Read the worksheet “%(sheet)s”.") % {"sheet": table.sheet})
    if table.other_sheets:
        notices.append(
            _("Further worksheets were not read: %(sheets)s.") % {"sheets": ", ".join(table.other_sheets)}
        )
    if table.hidden_sheets:
        notices.append(
            _("Hidden worksheets were not read: %(sheets)s.") % {"sheets": ", ".join(table.hidden_sheets)}
        )
    merged = [
        (r1, c1, r2, c2) for r1, c1, r2, c2 in table.merged if r2 >= header_row
    ]  # a title merged above the header is harmless
    if merged:
        ranges = ", ".join(f"{_cell_name(r1, c1)}:{_cell_name(r2, c2)}" for r1, c1, r2, c2 in merged[:10])
        raise ImportRefused(
            _(
                "The worksheet contains merged cells (%(ranges)s). In merged cells only the first cell has a "
                "value; unmerge them and fill in every cell, then upload the file again."
            )
            % {"ranges": ranges}
        )
    if header_index:
        notices.append(
            _("The %(count)d rows above the header row (row %(row)d) were skipped.")
            % {"count": header_index, "row": header_row}
        )
    if table.formula_cells:
        notices.append(
            ngettext(
                "%(count)d cell contains a formula; its last calculated value is imported.",
                "%(count)d cells contain formulas; their last calculated values are imported.",
                table.formula_cells,
            )
            % {"count": table.formula_cells}
        )
    by_key = {f.key: f for f in fields}
    if data_rows and _is_description_row(data_rows[0][1], mapping, by_key):
        notices.append(
            _("Row %(row)d holds the template's descriptions and was skipped.") % {"row": data_rows[0][0]}
        )
        data_rows = data_rows[1:]
    if not data_rows:
        raise ImportRefused(_("The file has a header row but no processes below it."))
    if len(data_rows) > MAX_IMPORT_ROWS:
        raise ImportRefused(
            _(
                "The file has %(count)s rows; at most %(max)s can be imported at once. "
                "Split it into several files."
            )
            % {"count": _grouped(len(data_rows)), "max": _grouped(MAX_IMPORT_ROWS)}
        )
    width = max(len(header_cells), *(len(cells) for _row, cells in data_rows))
    headers = [
        header_cells[i]
        if i < len(header_cells) and header_cells[i]
        else _("Column %(letter)s") % {"letter": _cell_name(1, i + 1)[:-1]}
        for i in range(width)
    ]
    job = ImportJob(
        tenant=tenant,
        kind=JobKind.PROFILES,
        created_by=actor,
        file_name=file_name[:255],
        file_size=len(data),
        sheet=table.sheet[:100],
        header_row=header_row,
        headers=headers,
        rows=[[row, cells] for row, cells in data_rows],
        row_count=len(data_rows),
        notices=notices,
        mapping={str(index): key for index, key in mapping.items()},
        progress_total=len(data_rows),
    )
    job.full_clean()
    job.save()
    return job


def _find_header(
    rows: list[tuple[int, list[str]]], fields: list[ImportField], remembered: dict[str, str]
) -> tuple[int, dict[int, str]]:
    """The header row (the first of the first rows that names at least two fields) and its assignment."""
    best = (0, match_headers(rows[0][1], fields, remembered))
    for index, (_row, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping = match_headers(cells, fields, remembered)
        if len(mapping) >= 2:
            return index, mapping
        if len(mapping) > len(best[1]):
            best = (index, mapping)
    return best


def _is_description_row(cells: list[str], mapping: dict[int, str], fields: dict[str, ImportField]) -> bool:
    described = [
        (cells[index] if index < len(cells) else "") == str(fields[key].description)
        for index, key in mapping.items()
        if key in fields
    ]
    return bool(described) and sum(described) * 2 > len(described)


# --- column assignment -------------------------------------------------------------------------------------


@transaction.atomic
def import_mapping_set(
    *,
    tenant: Tenant,
    job: ImportJob,
    mapping: dict[int, str],
    existing: str,
    only_valid: bool,
    remember: bool,
    actor: User | None,
) -> ImportJob:
    """Assign columns to fields (column index → field key; "" = not imported) and choose the options."""
    _check_open(tenant, job)
    fields = {f.key: f for f in fields_for(tenant)}
    errors: list[str] = []
    chosen: dict[int, str] = {}
    seen: dict[str, int] = {}
    for index, key in sorted(mapping.items()):
        if not key:
            continue
        if not 0 <= index < len(job.headers) or key not in fields:
            errors.append(_("Unknown column or field; reload the page."))
            continue
        if key in seen:
            errors.append(
                _("“%(field)s” is assigned to two columns: “%(first)s” and “%(second)s”.")
                % {"field": fields[key].label, "first": job.headers[seen[key]], "second": job.headers[index]}
            )
            continue
        seen[key] = index
        chosen[index] = key
    if "number" not in seen:
        errors.append(
            _("Assign a column to the process number: it decides which process a row creates or updates.")
        )
    if existing not in ExistingProfiles.values:
        errors.append(_("Choose what happens to processes that already exist."))
    if errors:
        raise ValidationError(errors)
    job.mapping = {str(index): key for index, key in chosen.items()}
    job.existing = existing
    job.only_valid = only_valid
    job.status = JobStatus.UPLOADED
    job.result = {}
    job.save(update_fields=["mapping", "existing", "only_valid", "status", "result", "updated_at"])
    if remember:
        _remember(tenant, job, chosen, actor)
    return job


def _remember(tenant: Tenant, job: ImportJob, chosen: dict[int, str], actor: User | None) -> None:
    """Store every named column's assignment (also "not imported") for the next file of this tenant."""
    wanted: dict[str, tuple[str, str]] = {}
    for index, text in enumerate(job.headers):
        heading = normalised(text)
        if heading and not text.startswith(_("Column")):
            wanted.setdefault(heading[:100], (text[:100], chosen.get(index, "")))
    current = {m.header: m for m in HeaderMapping.objects.for_tenant(tenant).filter(header__in=list(wanted))}
    changed = []
    for header, (text, key) in wanted.items():
        mapping = current.get(header)
        if mapping is None:
            HeaderMapping.objects.create(
                tenant=tenant, header=header, header_text=text, field_key=key, changed_by=actor
            )
        elif mapping.field_key != key:
            mapping.field_key, mapping.header_text, mapping.changed_by = key, text, actor
            changed.append(mapping)
    HeaderMapping.objects.for_tenant(tenant).bulk_update(changed, ["field_key", "header_text", "changed_by"])


def _check_open(tenant: Tenant, job: ImportJob) -> None:
    if job.tenant_id != tenant.pk:
        raise ValidationError(_("This belongs to another authority. Choose one of your own authority."))
    if job.status in (JobStatus.IMPORTED, JobStatus.DISCARDED):
        raise ValidationError(_("This import is finished; upload the file again to import it once more."))


# --- checking ----------------------------------------------------------------------------------------------


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
    profile: ProcessProfile | None = None
    changed: list[str] = field(default_factory=list)


@dataclass
class Plan:
    """The outcome of checking a whole file."""

    rows: list[RowPlan]
    problems: list[dict[str, Any]]
    new_folders: list[tuple[str, ...]]
    mapped: list[ImportField]

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
        self.folders: dict[tuple[str, ...], int] = {}
        if Kind.FOLDER in kinds:
            folders = list(Folder.objects.for_tenant(tenant).values_list("pk", "parent_id", "name"))
            names = {pk: (parent, name) for pk, parent, name in folders}

            def path(pk: int) -> tuple[str, ...]:
                parent, name = names[pk]
                return (*path(parent), name) if parent else (name,)

            for pk, _parent, _name in folders:
                self.folders.setdefault(tuple(normalised(n) for n in path(pk)), pk)
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
                    keys.update(
                        part.strip()
                        for part in cells[index]
                        .replace("\n", ";")
                        .replace(",", ";")
                        .replace("|", ";")
                        .split(";")
                        if part.strip()
                    )
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


def import_check(*, tenant: Tenant, job: ImportJob, report: bool = True) -> Plan:
    """Check every row against the assignment and the register; record the outcome on the job."""
    _check_open(tenant, job)
    plan = _plan(tenant, job, progress=_progress_writer(job) if report else None)
    job.result = _summary(plan)
    job.status = JobStatus.CHECKED
    job.progress_done = job.row_count
    job.save(update_fields=["result", "status", "progress_done", "updated_at"])
    return plan


def _progress_writer(job: ImportJob) -> Callable[[int], None]:
    def write(done: int) -> None:
        # Outside the import's transaction: the progress bar of the page reads it while the check runs.
        ImportJob.all_tenants.filter(pk=job.pk).update(progress_done=done)

    return write


def _plan(tenant: Tenant, job: ImportJob, progress: Callable[[int], None] | None = None) -> Plan:
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
                        _("%(keys)s has been removed from its catalogue and can no longer be linked.")
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
            candidate = ProcessProfile(
                tenant=tenant, number=number, attributes=plan.attributes, **plan.values
            )
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
    return Plan(plans, problems, sorted(new_folders.values()), mapped)


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
        if folder is None or folder != profile.folder_id:
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


def _summary(plan: Plan) -> dict[str, Any]:
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


def _grouped(value: int) -> str:
    return f"{value:,}".replace(",", ".")


# --- importing ---------------------------------------------------------------------------------------------


def import_apply(*, tenant: Tenant, job: ImportJob, actor: User | None, report: bool = True) -> ImportJob:
    """Check the file again and write it in one transaction; with problems, nothing is written unless the
    job imports only the valid rows."""
    _check_open(tenant, job)
    plan = _plan(tenant, job, progress=_progress_writer(job) if report else None)
    if plan.problems and not job.only_valid:
        job.result = _summary(plan)
        job.status = JobStatus.CHECKED
        job.save(update_fields=["result", "status", "updated_at"])
        raise ValidationError(
            ngettext(
                "%(count)d row has problems; nothing was imported.",
                "%(count)d rows have problems; nothing was imported.",
                plan.invalid_rows,
            )
            % {"count": plan.invalid_rows}
        )
    with transaction.atomic():
        # Locked, so two imports into one register cannot interleave their process numbers.
        locked = ImportJob.objects.for_tenant(tenant).select_for_update().get(pk=job.pk)
        if locked.status in (JobStatus.IMPORTED, JobStatus.DISCARDED):
            raise ValidationError(_("This import is finished; upload the file again to import it once more."))
        touched = _write(tenant, plan)
        summary = _summary(plan)
        summary["imported"] = True
        job.result = summary
        job.status = JobStatus.IMPORTED
        job.rows = []
        job.finished_at = timezone.now()
        job.save(update_fields=["result", "status", "rows", "finished_at", "updated_at"])
        profiles_changed(tenant=tenant, profile_ids=touched)
    return job


def import_discard(*, tenant: Tenant, job: ImportJob) -> ImportJob:
    """Drop an upload that is not wanted; its record stays without the table."""
    _check_open(tenant, job)
    job.status = JobStatus.DISCARDED
    job.rows = []
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "rows", "finished_at", "updated_at"])
    return job


def _write(tenant: Tenant, plan: Plan) -> list[int]:
    """Insert and update the planned rows; returns the ids of every profile written."""
    folders = _create_folders(tenant, plan.new_folders)
    now = timezone.now()
    creates = [r for r in plan.rows if r.action == "create"]
    updates = [r for r in plan.rows if r.action == "update"]
    _insert_profiles(tenant, creates, folders, now)
    by_fields: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
    for r in updates:
        profile = r.profile
        assert profile is not None
        values = {name: value for name, value in r.values.items() if name in r.changed}
        if r.folder is not None and "folder" in r.changed:
            values["folder_id"] = folders[tuple(normalised(n) for n in r.folder)]
        if any(name.startswith(ATTRIBUTE_PREFIX) for name in r.changed):
            values["attributes"] = {**profile.attributes, **r.attributes}
        if values:
            names = tuple(sorted(values))
            by_fields[names].append([*(values[name] for name in names), now, profile.pk])
    for names, rows in by_fields.items():
        update_values(ProcessProfile, [_field_name(n) for n in names] + ["updated_at"], rows)
    written = [*creates, *updates]
    _set_units(written)
    _set_predecessors(tenant, written)
    _set_links(tenant, creates, updates)
    # New profiles were inserted with their search documents; changed ones are indexed again.
    profiles_reindex(tenant=tenant, profile_ids=[r.profile.pk for r in updates if r.profile is not None])
    return [r.profile.pk for r in written if r.profile is not None]


_INSERTED = [
    f.name
    for f in ProcessProfile._meta.concrete_fields
    if not f.primary_key and f.name not in ("score", "origin_uuid", "origin_version")
]


def _insert_profiles(
    tenant: Tenant, creates: list[RowPlan], folders: dict[tuple[str, ...], int], now: Any
) -> None:
    """Insert the new profiles through the driver with their search documents, then read their ids."""
    if not creates:
        return
    entry_ids = {entry for r in creates for ids in r.links.values() for entry in ids}
    texts: dict[object, list[str]] = {}
    for start in range(0, len(entry_ids), BATCH * 10):
        chunk = sorted(entry_ids)[start : start + BATCH * 10]
        texts.update(
            entry_texts_by_key(
                CatalogEntry.objects.filter(pk__in=chunk).values_list("pk", "key", "name", "synonyms")
            )
        )
    profiles = []
    for r in creates:
        profile = r.profile
        assert profile is not None
        if r.folder:
            profile.folder_id = folders[tuple(normalised(n) for n in r.folder)]
        profile.created_at = profile.updated_at = now
        linked = (text for ids in r.links.values() for entry in ids for text in texts.get(entry, ()))
        profile.search_document = profile_document(profile, linked)
        profiles.append(profile)
    for start in range(0, len(profiles), BATCH * 4):
        insert_rows(ProcessProfile, profiles[start : start + BATCH * 4], _INSERTED)
    ids: dict[str, int] = {}
    numbers = [p.number for p in profiles]
    for start in range(0, len(numbers), BATCH * 4):
        query = ProcessProfile.objects.for_tenant(tenant).filter(
            number__in=numbers[start : start + BATCH * 4]
        )
        ids.update(query.values_list("number", "pk"))
    for profile in profiles:
        profile.pk = ids[profile.number]
        profile._state.adding = False
    sync_fts((p.pk, p.search_document) for p in profiles)


def _field_name(attname: str) -> str:
    return (
        attname.removesuffix("_id")
        if attname in ("folder_id", "owner_unit_id", "process_owner_id")
        else attname
    )


def _create_folders(tenant: Tenant, paths: list[tuple[str, ...]]) -> dict[tuple[str, ...], int]:
    """Folder path (normalised names) → folder id for every folder, creating the missing ones by level."""
    folders = {
        f.pk: f for f in Folder.objects.for_tenant(tenant).only("id", "uuid", "parent_id", "name", "path")
    }

    def key_of(folder: Folder) -> tuple[str, ...]:
        parent = folders.get(folder.parent_id) if folder.parent_id else None
        return (*(key_of(parent) if parent else ()), normalised(folder.name))

    by_key = {key_of(folder): folder for folder in folders.values()}
    for names in sorted(paths, key=len):  # parents before their children
        key = tuple(normalised(name) for name in names)
        if key in by_key:
            continue
        folder = Folder(tenant=tenant, parent=by_key.get(key[:-1]), name=names[-1])
        folder.compute_path()
        folder.save()
        by_key[key] = folder
    return {key: folder.pk for key, folder in by_key.items()}


def _set_units(rows: list[RowPlan]) -> None:
    through = ProcessProfile.participating_units.through
    changing = [r for r in rows if r.units is not None and r.profile is not None]
    if not changing:
        return
    ids = [r.profile.pk for r in changing if r.profile is not None]
    for start in range(0, len(ids), BATCH):
        through.objects.filter(processprofile_id__in=ids[start : start + BATCH]).delete()
    through.objects.bulk_create(
        (
            through(processprofile_id=r.profile.pk, orgunit_id=unit)
            for r in changing
            if r.profile
            for unit in r.units or []
        ),
        batch_size=BATCH,
    )


def _set_predecessors(tenant: Tenant, rows: list[RowPlan]) -> None:
    through = ProcessProfile.predecessors.through
    changing = [r for r in rows if r.predecessors is not None and r.profile is not None]
    if not changing:
        return
    wanted = {n for r in changing for n in r.predecessors or []}
    ids_by_number = dict(
        ProcessProfile.objects.for_tenant(tenant).filter(number__in=list(wanted)).values_list("number", "pk")
    )
    ids = [r.profile.pk for r in changing if r.profile is not None]
    for start in range(0, len(ids), BATCH):
        through.objects.filter(from_processprofile_id__in=ids[start : start + BATCH]).delete()
    through.objects.bulk_create(
        (
            through(from_processprofile_id=r.profile.pk, to_processprofile_id=ids_by_number[n])
            for r in changing
            if r.profile
            for n in r.predecessors or []
            if n in ids_by_number
        ),
        batch_size=BATCH,
    )


def _set_links(tenant: Tenant, creates: list[RowPlan], updates: list[RowPlan]) -> None:
    """A mapped catalogue column makes its keys the profile's complete links into that catalogue."""
    changing: dict[str, list[int]] = defaultdict(list)
    for r in updates:
        for kind in r.links:
            if f"catalog:{kind}" in r.changed and r.profile is not None:
                changing[kind].append(r.profile.pk)
    for kind, ids in changing.items():
        for start in range(0, len(ids), BATCH):
            CatalogLink.objects.for_tenant(tenant).filter(
                profile_id__in=ids[start : start + BATCH], entry__catalog__kind=kind
            ).delete()
    pairs = [(r, ids) for r in creates if r.profile is not None for ids in r.links.values()]
    pairs += [
        (r, ids)
        for r in updates
        if r.profile is not None
        for kind, ids in r.links.items()
        if f"catalog:{kind}" in r.changed
    ]
    links = [
        CatalogLink(tenant=tenant, profile_id=r.profile.pk, entry_id=entry)
        for r, ids in pairs
        if r.profile is not None
        for entry in dict.fromkeys(ids)
    ]
    now = timezone.now()
    for link in links:
        link.created_at = link.updated_at = now
    insert_rows(CatalogLink, links, ["uuid", "tenant", "profile", "entry", "created_at", "updated_at"])
