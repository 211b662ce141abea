"""Tables as files for spreadsheets: XLSX (openpyxl, write-only) and CSV as Excel in Germany opens it.

A ``Table`` is a header and rows of plain values (str, int, Decimal, None, dates); its rows may be a
generator, so a long export is written without holding it in memory twice. A workbook may hold several
tables, one sheet each. Text a spreadsheet would run as a formula is kept as text in both formats (CSV
injection); dates read as German dates (01.03.2026) in both.
"""

import csv
import datetime
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TYPE = "text/csv; charset=utf-8"
# A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
MAX_SHEET_TITLE = 31
# Characters Excel refuses in a sheet's name.
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass
class Table:
    """Header and rows (plain values: str, int, Decimal, dates, None) of an export."""

    header: list[str]
    rows: Iterator[list[Any]]
    widths: list[int]


def xlsx_bytes(table: Table, *, title: str) -> bytes:
    """The table as a workbook: bold, frozen header row, numbers as numbers, readable column widths."""
    return xlsx_workbook_bytes([(title, table)])


def xlsx_workbook_bytes(sheets: list[tuple[str, Table]]) -> bytes:
    """A workbook with one sheet per (title, table), each styled like ``xlsx_bytes``; rows are streamed."""
    workbook = Workbook(write_only=True)
    used: set[str] = set()
    for title, table in sheets:
        sheet = workbook.create_sheet(sheet_title(title, used))
        for index, width in enumerate(table.widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        sheet.append([_header_cell(sheet, text) for text in table.header])
        for row in table.rows:
            sheet.append([_xlsx_value(sheet, value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def sheet_title(title: str, used: set[str] | None = None) -> str:
    """A name Excel accepts for a sheet: no ``[]:*?/\\``, at most 31 characters, unique within ``used``."""
    name = _SHEET_TITLE_FORBIDDEN.sub(" ", str(title)).strip().strip("'") or "Sheet"
    name = name[:MAX_SHEET_TITLE]
    if used is None:
        return name
    candidate, number = name, 2
    while candidate.lower() in used:
        suffix = f" ({number})"
        candidate = name[: MAX_SHEET_TITLE - len(suffix)] + suffix
        number += 1
    used.add(candidate.lower())
    return candidate


def _header_cell(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    cell.font = Font(bold=True)
    return cell


def _xlsx_value(sheet: WriteOnlyWorksheet, value: Any) -> Any:
    """Plain values where possible (fast); text that looks like a formula stays text; German dates."""
    if isinstance(value, str):
        if value.startswith("="):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            return cell
        return value
    if isinstance(value, datetime.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATETIME_FORMAT if isinstance(value, datetime.datetime) else DATE_FORMAT
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
    """One CSV cell: numbers with a decimal comma, dates as 01.03.2026, formula-like text quoted."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", ",")
    if isinstance(value, int | float):
        return str(value).replace(".", ",")
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
