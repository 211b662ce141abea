"""The working list as a file: XLSX (openpyxl, write-only) and CSV for Excel in Germany.

Both formats carry the same table (``export_table``): place, figures, score and each criterion's
contribution, for the whole (filtered) working list. Rows are read and explained in chunks of
``CHUNK`` profiles, so memory and the number of queries stay bounded however long the list is.
"""

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from register.models import ProcessProfile
from scoring.engine import CENT, Result, Rule
from scoring.selectors import RANKING, explain_many, rules_for
from scoring.worklist import all_ranks
from tenants.models import Tenant

CHUNK = 1000
FORMATS = ("xlsx", "csv")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TYPE = "text/csv; charset=utf-8"
# A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ROW_VALUES = (
    "id",
    "number",
    "name",
    "owner_unit__name",
    "score",
    "manual_priority",
    "priority_reason",
    "case_count",
    "processing_minutes",
    "digitalisation_level",
)


@dataclass
class Table:
    """Header and rows (plain values: str, int, Decimal, None) of an export."""

    header: list[str]
    rows: Iterator[list[Any]]
    widths: list[int]


def export_table(tenant: Tenant, queryset: QuerySet[ProcessProfile], *, narrowed: bool) -> Table:
    """The (filtered) working list ``queryset`` as a table; places are those of the whole working list."""
    rules = rules_for(tenant)
    header = [
        _("Rank"),
        _("Process number"),
        _("Name"),
        _("Organisational unit"),
        _("Utility score"),
        _("Provisional"),
        _("Manual priority"),
        _("Reason for the manual priority"),
        _("Cases per year"),
        _("Processing time (minutes)"),
        _("Digitalisation level"),
        *[_("Contribution: %(criterion)s") % {"criterion": rule.label} for rule in rules],
    ]
    widths = [7, 14, 48, 30, 12, 11, 12, 40, 12, 14, 12, *[16 for _rule in rules]]
    return Table(header=header, rows=_rows(tenant, rules, queryset, narrowed), widths=widths)


def _rows(
    tenant: Tenant, rules: list[Rule], queryset: QuerySet[ProcessProfile], narrowed: bool
) -> Iterator[list[Any]]:
    ids = list(queryset.order_by(*RANKING).values_list("pk", flat=True))
    ranks = all_ranks(tenant) if narrowed else {pk: place for place, pk in enumerate(ids, start=1)}
    yes, no = _("yes"), _("no")
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        values = {
            row["id"]: row
            for row in ProcessProfile.objects.for_tenant(tenant).filter(pk__in=chunk).values(*ROW_VALUES)
        }
        results = explain_many(tenant, rules, chunk)
        for pk in chunk:
            row, result = values.get(pk), results.get(pk)
            if row is None:  # deleted between the two reads
                continue
            yield [
                ranks.get(pk),
                row["number"],
                row["name"],
                row["owner_unit__name"] or "",
                row["score"],
                (yes if result.is_provisional else no) if result else "",
                row["manual_priority"],
                row["priority_reason"],
                row["case_count"],
                row["processing_minutes"],
                row["digitalisation_level"],
                *(_shares(result) if result else [None] * len(rules)),
            ]


def _shares(result: Result) -> list[Decimal | None]:
    return [c.share.quantize(CENT) for c in result.contributions]


def file_name(tenant: Tenant, today: date, extension: str) -> str:
    """``prioritaeten-<tenant>-<date>.<extension>``."""
    return f"prioritaeten-{tenant.slug}-{today.isoformat()}.{extension}"


def xlsx_bytes(table: Table, *, title: str) -> bytes:
    """The table as a workbook: bold, frozen header row, numbers as numbers, readable column widths."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    for index, width in enumerate(table.widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([_header_cell(sheet, text) for text in table.header])
    for row in table.rows:
        sheet.append([_xlsx_value(sheet, value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _header_cell(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    cell.font = Font(bold=True)
    return cell


def _xlsx_value(sheet: WriteOnlyWorksheet, value: Any) -> Any:
    """Plain values where possible (fast); text that looks like a formula stays text."""
    if isinstance(value, str) and value.startswith("="):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def csv_bytes(table: Table) -> bytes:
    """The table as CSV for Excel in Germany: UTF-8 with BOM, ``;``, decimal comma, no formulas."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([csv_text(text) for text in table.header])
    for row in table.rows:
        writer.writerow([csv_text(value) for value in row])
    return buffer.getvalue().encode("utf-8")


def csv_text(value: Any) -> str:
    """One CSV cell: numbers with a decimal comma, text that a spreadsheet would run as a formula quoted."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", ",")
    if isinstance(value, int | float):
        return str(value).replace(".", ",")
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
