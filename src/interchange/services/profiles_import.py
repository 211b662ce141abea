"""Process profiles from a spreadsheet: upload, assign columns, check every row, import in one transaction.

The uploaded table is kept on an ``ImportJob`` between the steps. Checking reads every row against the
column assignment and the register as it is now, and records the outcome (what each row would do, every
problem by row and column). Importing checks again (the register may have changed meanwhile) and writes
everything in one transaction: a file with one bad row changes nothing unless the user chose to import only
the valid rows. Empty cells leave a value unchanged; a mapped catalogue or unit column replaces the links or
participants of that kind.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from openpyxl.utils import get_column_letter

from catalogues.importers.base import MAX_FILE_BYTES, CatalogFileError, FileProblem
from catalogues.importers.files import HEADER_SEARCH_ROWS, read_table
from core.numbers import grouped
from interchange.cells import normalised
from interchange.choices import ExistingProfiles, JobKind, JobStatus
from interchange.fields import ImportField, fields_for, match_headers
from interchange.models import HeaderMapping, ImportJob
from interchange.services.profiles_check import Plan, plan_rows, summary_of
from interchange.services.profiles_write import write_plan
from register.hooks import profiles_changed
from tenants.models import Tenant

MAX_IMPORT_ROWS = 20_000
MAX_IMPORT_BYTES = MAX_FILE_BYTES


class ImportRefused(ValidationError):
    """The file cannot be read at all; ``messages`` says why (German)."""


# --- upload ------------------------------------------------------------------------------------------------


def _problems_error(problems: Iterable[FileProblem]) -> ImportRefused:
    return ImportRefused([str(problem) for problem in problems])


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
        ranges = ", ".join(
            f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}" for r1, c1, r2, c2 in merged[:10]
        )
        raise ImportRefused(
            _(
                "The worksheet contains merged cells (%(ranges)s). In merged cells only the first cell has a "
                "value; unmerge them and fill in every cell, then upload the file again."
            )
            % {"ranges": ranges}
        )
    if header_index:
        notices.append(
            ngettext(
                "The row above the header row (row %(row)d) was skipped.",
                "The %(count)d rows above the header row (row %(row)d) were skipped.",
                header_index,
            )
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
            % {"count": grouped(len(data_rows)), "max": grouped(MAX_IMPORT_ROWS)}
        )
    width = max(len(header_cells), *(len(cells) for _row, cells in data_rows))
    headers = [
        header_cells[i]
        if i < len(header_cells) and header_cells[i]
        else _("Column %(letter)s") % {"letter": get_column_letter(i + 1)}
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


def import_check(*, tenant: Tenant, job: ImportJob, report: bool = True) -> Plan:
    """Check every row against the assignment and the register; record the outcome on the job."""
    _check_open(tenant, job)
    plan = plan_rows(tenant, job, progress=_progress_writer(job) if report else None)
    job.result = summary_of(plan)
    job.status = JobStatus.CHECKED
    job.progress_done = job.row_count
    job.save(update_fields=["result", "status", "progress_done", "updated_at"])
    return plan


def _progress_writer(job: ImportJob) -> Callable[[int], None]:
    def write(done: int) -> None:
        # Outside the import's transaction: the progress bar of the page reads it while the check runs.
        ImportJob.all_tenants.filter(pk=job.pk).update(progress_done=done)

    return write


# --- importing ---------------------------------------------------------------------------------------------


def import_apply(*, tenant: Tenant, job: ImportJob, actor: User | None, report: bool = True) -> ImportJob:
    """Check the file again and write it in one transaction; with problems, nothing is written unless the
    job imports only the valid rows."""
    _check_open(tenant, job)
    plan = plan_rows(tenant, job, progress=_progress_writer(job) if report else None)
    if plan.problems and not job.only_valid:
        job.result = summary_of(plan)
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
    try:
        with transaction.atomic():
            # The job's row is locked: a second click on "import" waits and then finds the job finished.
            locked = ImportJob.objects.for_tenant(tenant).select_for_update().get(pk=job.pk)
            if locked.status in (JobStatus.IMPORTED, JobStatus.DISCARDED):
                raise ValidationError(
                    _("This import is finished; upload the file again to import it once more.")
                )
            touched = write_plan(tenant, plan)
            summary = summary_of(plan)
            summary["imported"] = True
            job.result = summary
            job.status = JobStatus.IMPORTED
            job.rows = []
            job.finished_at = timezone.now()
            job.save(update_fields=["result", "status", "rows", "finished_at", "updated_at"])
            profiles_changed(tenant=tenant, profile_ids=touched)
    except IntegrityError:
        # Someone created a process with one of the file's numbers between the check and the write.
        job.refresh_from_db()
        raise ValidationError(
            _("The register changed during the import; nothing was imported. Please import again.")
        ) from None
    return job


def import_discard(*, tenant: Tenant, job: ImportJob) -> ImportJob:
    """Drop an upload that is not wanted; its record stays without the table."""
    _check_open(tenant, job)
    job.status = JobStatus.DISCARDED
    job.rows = []
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "rows", "finished_at", "updated_at"])
    return job


def imports_prune(*, before: datetime.datetime) -> int:
    """Discard every unfinished upload (of any authority) created before ``before``; returns how many."""
    stale = ImportJob.all_tenants.filter(
        status__in=[JobStatus.UPLOADED, JobStatus.CHECKED], created_at__lt=before
    )
    return stale.update(status=JobStatus.DISCARDED, rows=[], finished_at=timezone.now())
