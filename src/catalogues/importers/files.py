"""Reading an uploaded file into rows: size, text encoding, CSV separator, XLSX, header matching.

The layout modules (``leika``, ``ozg``, ``hierarchical``, ``context``) describe their columns with
``Column`` and call ``read_sheet``; they get ``Record``s (one per data row, with its file row number) and the
``Problems`` collector to add their own findings to. Everything here is bounded: the file size, the number of
rows and columns, the length of every cell, the unpacked size of an XLSX workbook.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import python_calamine
from defusedxml import ElementTree as defused_etree
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from openpyxl.utils import column_index_from_string

from catalogues.importers.base import (
    MAX_CELL_CHARS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    CatalogFileError,
    FileProblem,
    Problems,
    fail,
)
from catalogues.importers.values import fold, shorten

MAX_COLUMNS = 200
MAX_HEADER_CHARS = 100
# An XLSX workbook is a zip archive: refuse one that unpacks to more than this, or whose members are
# compressed more strongly than real spreadsheets ever are (a "zip bomb").
MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_XLSX_MEMBERS = 1000
# Rows above the header (a title, a note) are skipped when the header is found within the first rows.
HEADER_SEARCH_ROWS = 10

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Error values of Excel (English and German) that land in cells or in CSV exports instead of a value.
SPREADSHEET_ERRORS = frozenset(
    {
        "#N/A",
        "#NV",
        "#REF!",
        "#BEZUG!",
        "#VALUE!",
        "#WERT!",
        "#DIV/0!",
        "#NAME?",
        "#NUM!",
        "#ZAHL!",
        "#NULL!",
        "#SPILL!",
        "#ÜBERLAUF!",
        "#CALC!",
        "#BERECHNEN!",
    }
)


# --- the raw file ------------------------------------------------------------------------------------------


def check_size(data: bytes) -> None:
    """Refuse a file that is larger than ``MAX_FILE_BYTES`` or has no content."""
    if len(data) > MAX_FILE_BYTES:
        raise fail(
            _("The file is larger than %(size)d MB (it has %(actual).1f MB).")
            % {"size": MAX_FILE_BYTES // (1024 * 1024), "actual": len(data) / (1024 * 1024)}
        )
    if not data.strip():
        raise fail(_("The file is empty."))


def _row_of_byte(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    half = max(len(sample) // 2, 1)
    return max(sample[0::2].count(0), sample[1::2].count(0)) > 0.3 * half


def decode_text(data: bytes, declared: str = "iso-8859-1") -> str:
    """The text of a CSV file: UTF-8 (with or without BOM) when the bytes are UTF-8, else ``declared``.

    An 8-bit file declared as ISO-8859-1 is read as Windows-1252, which agrees with ISO-8859-1 on every
    printable character and adds the typographic quotes, dashes and the euro sign Windows puts there.
    UTF-16 is read when it starts with its byte order mark. Binary data is refused.
    """
    if data.startswith(codecs.BOM_UTF8):
        text = _decode_strictly(data[len(codecs.BOM_UTF8) :], "utf-8", "UTF-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_strictly(data, "utf-16", "UTF-16")
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            if _looks_like_utf16(data):
                raise fail(
                    _(
                        "The file is encoded in UTF-16 without a byte order mark. "
                        "Save it as CSV in UTF-8 or ISO-8859-1."
                    )
                )
            raise fail(
                _("The file contains binary data (from this row on); it is not a CSV text file."),
                row=_row_of_byte(data, nul),
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_8bit(data, declared)
    bad = _CONTROL.search(text)
    if bad:
        row = text.count("\n", 0, bad.start()) + 1
        raise fail(
            _(
                "The file contains control characters (from this row on); it is not a text file "
                "or not encoded in UTF-8 or ISO-8859-1."
            ),
            row=row,
        )
    return text


def _decode_strictly(data: bytes, encoding: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        row = data[: error.start].decode(encoding, errors="ignore").count("\n") + 1
        raise fail(
            _("The file is not valid %(encoding)s (the first wrong byte is in this row).")
            % {"encoding": label},
            row=row,
        ) from error


def _decode_8bit(data: bytes, declared: str) -> str:
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        name = "iso8859-1"
    if name in {"iso8859-1", "latin-1", "cp1252"}:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            # The five bytes Windows-1252 leaves undefined: ISO-8859-1 control characters, refused below.
            return data.decode("iso8859-1")
    return _decode_strictly(data, name, declared)


# --- tables ------------------------------------------------------------------------------------------------


@dataclass
class Table:
    """The non-empty rows of a file (cells trimmed), each with its row number in the file."""

    rows: list[tuple[int, list[str]]]
    problems: Problems = field(default_factory=Problems)
    is_csv: bool = False
    sheet: str = ""  # the worksheet read (XLSX)
    other_sheets: list[str] = field(default_factory=list)  # further visible worksheets, not read
    hidden_sheets: list[str] = field(default_factory=list)
    formula_cells: int = 0  # cells whose stored formula result was read
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # first row, col, last row, col


def _too_many_rows() -> CatalogFileError:
    return fail(_("The file has more than %(max)d rows; split it into several files.") % {"max": MAX_ROWS})


def _too_many_columns(row: int) -> CatalogFileError:
    return fail(
        _("The row has more than %(max)d columns.") % {"max": MAX_COLUMNS},
        row=row,
    )


def _count_outside_quotes(line: str, separator: str) -> int:
    count = 0
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            count += 1
    return count


def detect_separator(header_line: str) -> str:
    """The CSV separator of a header line: the most frequent of ``;``, tab and ``,`` (``;`` if none)."""
    counts = {sep: _count_outside_quotes(header_line, sep) for sep in (";", "\t", ",")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ";"


def read_csv_table(text: str) -> Table:
    """Split CSV text into trimmed rows; the row number is the file line the record starts on."""
    first = next((line for line in io.StringIO(text) if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_separator(first), quotechar='"')
    rows: list[tuple[int, list[str]]] = []
    previous_line = 0
    try:
        for cells in reader:
            row = previous_line + 1
            previous_line = reader.line_num
            if len(cells) > MAX_COLUMNS:
                raise _too_many_columns(row)
            trimmed = [cell.strip() for cell in cells]
            if not any(trimmed):
                continue
            if len(rows) > MAX_ROWS:
                raise _too_many_rows()
            rows.append((row, trimmed))
    except csv.Error as error:
        row = previous_line + 1
        raise fail(
            _(
                "The CSV structure is broken from this row on (%(detail)s); "
                "is a closing quotation mark missing?"
            )
            % {"detail": error},
            row=row,
        ) from error
    return Table(rows, is_csv=True)


def _check_archive(archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if len(members) > MAX_XLSX_MEMBERS:
        raise _zip_bomb()
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > 1024 * 1024 and member.file_size > MAX_COMPRESSION_RATIO * max(
            member.compress_size, 1
        ):
            raise _zip_bomb()
    if total > MAX_XLSX_UNPACKED_BYTES:
        raise _zip_bomb()
    if "mimetype" in archive.namelist():
        with archive.open("mimetype") as mimetype:
            if b"opendocument" in mimetype.read(200):
                raise fail(
                    _("OpenDocument spreadsheets (.ods) cannot be read; save the file as XLSX or CSV.")
                )


def _damaged_workbook() -> CatalogFileError:
    return fail(_("The file is not a readable XLSX workbook (it is damaged or in another format)."))


def _zip_bomb() -> CatalogFileError:
    return fail(
        _(
            "The XLSX workbook unpacks to more than %(size)d MB or is compressed implausibly strongly; "
            "it is not read."
        )
        % {"size": MAX_XLSX_UNPACKED_BYTES // (1024 * 1024)}
    )


def cell_text(value: Any) -> str:
    """The text of an XLSX cell value (as cached by the spreadsheet program for formulas)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return format(value, ".15g")
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value).strip()


def read_xlsx_table(data: bytes) -> Table:
    """The rows of the first visible worksheet; formulas give the values the spreadsheet program stored.

    The archive and the worksheet's XML are checked before the sheet is loaded: unpacked size, declared and
    actual extent (a stray value in row 1,000,000 would make the reader allocate every row up to it), and
    formulas without a stored value (written by programs that never calculate), which are refused rather
    than read as empty cells.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise _damaged_workbook() from error
    with archive:
        _check_archive(archive)
        try:
            workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            visible = [
                meta.name
                for meta in workbook.sheets_metadata
                if meta.visible == python_calamine.SheetVisibleEnum.Visible
                and meta.typ == python_calamine.SheetTypeEnum.WorkSheet
            ]
            hidden = [meta.name for meta in workbook.sheets_metadata if meta.name not in visible]
            if not visible:
                raise fail(_("The workbook has no visible worksheet."))
            xml = _sheet_xml(archive, visible[0])
            formulas = _check_sheet_xml(xml, visible[0])
            sheet = workbook.get_sheet_by_name(visible[0])
            table = _read_sheet(sheet)
        except CatalogFileError:
            raise
        except Exception as error:  # the reader raises several kinds of errors on a damaged file
            raise _damaged_workbook() from error
    table.sheet = visible[0]
    table.other_sheets = [name for name in visible[1:]]
    table.hidden_sheets = hidden
    table.formula_cells = formulas
    table.merged = [
        (first[0] + 1, first[1] + 1, last[0] + 1, last[1] + 1)
        for first, last in sheet.merged_cell_ranges or []
    ]
    return table


_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL_WITH_CONTENT = re.compile(rb"<(?:\w+:)?c\s+r=\"([A-Z]{1,3})(\d{1,7})\"[^>/]*>")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]{0,3}\d*:?[A-Z]{0,3}(\d+)\"")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL = re.compile(rb"<(?:\w+:)?c\s+r=\"([A-Z]{1,3}\d{1,7})\"([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]")
_STRING_RESULT = re.compile(rb"\bt=\"str\"")


def _sheet_xml(archive: zipfile.ZipFile, name: str) -> bytes:
    """The XML of the worksheet called ``name`` (found through the workbook and its relationships)."""
    workbook = defused_etree.fromstring(archive.read("xl/workbook.xml"))
    relations = defused_etree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {
        rel.get("Id"): rel.get("Target", "") for rel in relations.iter(f"{_NS_PACKAGE_REL}Relationship")
    }
    for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
        if sheet.get("name") == name:
            target = targets.get(sheet.get(f"{_NS_REL}id"), "")
            path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            return archive.read(path)
    raise _damaged_workbook()


def _check_sheet_xml(xml: bytes, name: str) -> int:
    """Refuse a worksheet too large to load or with formulas lacking values; the number of formula cells."""
    declared = _DIMENSION.search(xml[:4096])
    if declared is not None and int(declared.group(1)) > MAX_ROWS + HEADER_SEARCH_ROWS:
        raise fail(
            _("The worksheet “%(sheet)s” declares %(rows)d rows; at most %(max)d can be read.")
            % {"sheet": name, "rows": int(declared.group(1)), "max": MAX_ROWS}
        )
    rows: set[bytes] = set()
    columns: set[bytes] = set()
    for column, row in _CELL_WITH_CONTENT.findall(xml):
        rows.add(row)
        columns.add(column)
    if rows and max(int(row) for row in rows) > 2 * MAX_ROWS:
        raise _too_many_rows()
    if columns and max(column_index_from_string(column.decode()) for column in columns) > MAX_COLUMNS:
        widest = max(columns, key=lambda c: column_index_from_string(c.decode())).decode()
        raise fail(
            _(
                "The worksheet “%(sheet)s” has values up to column %(column)s; "
                "at most %(max)d columns can be read."
            )
            % {"sheet": name, "column": widest, "max": MAX_COLUMNS}
        )
    if not _FORMULA.search(xml):
        return 0
    formulas = 0
    missing: list[str] = []
    for reference, attributes, body in _CELL.findall(xml):
        if body and _FORMULA.search(body):
            formulas += 1
            # An empty <v> is a calculated empty text only when the cell says its result is text.
            if not _VALUE.search(body) and not _STRING_RESULT.search(attributes):
                missing.append(reference.decode())
    if missing:
        shown = ", ".join(missing[:10]) + (" …" if len(missing) > 10 else "")
        raise fail(
            ngettext(
                "%(count)d cell contains a formula without a calculated value (%(cells)s). Open the file in "
                "your spreadsheet program, save it there, or replace the formula by its value.",
                "%(count)d cells contain a formula without a calculated value (%(cells)s). Open the file in "
                "your spreadsheet program, save it there, or replace the formulas by their values.",
                len(missing),
            )
            % {"count": len(missing), "cells": shown}
        )
    return formulas


def _read_sheet(sheet: Any) -> Table:
    first_row = (sheet.start or (0, 0))[0] + 1
    rows: list[tuple[int, list[str]]] = []
    for row, values in enumerate(sheet.iter_rows(), start=first_row):
        cells = [cell_text(value) for value in values]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        if len(cells) > MAX_COLUMNS:
            raise _too_many_columns(row)
        if len(rows) > MAX_ROWS:
            raise _too_many_rows()
        rows.append((row, cells))
    return Table(rows)


def is_xlsx(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06")


def read_table(data: bytes, file_name: str, *, declared: str = "iso-8859-1") -> Table:
    """The rows of an uploaded CSV or XLSX file (the content decides, not the name)."""
    check_size(data)
    if is_xlsx(data):
        table = read_xlsx_table(data)
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise fail(_("Old Excel files (.xls) cannot be read; save the file as XLSX or CSV."))
    elif file_name.lower().endswith((".xlsx", ".xlsm")):
        raise _damaged_workbook()
    else:
        table = read_csv_table(decode_text(data, declared))
    if not table.rows:
        raise fail(_("The file is empty."))
    return table


# --- columns and records -----------------------------------------------------------------------------------


def normalise_header(text: str) -> str:
    """Compare headers ignoring case, umlaut spelling, accents, spaces and punctuation."""
    return re.sub(r"[^0-9a-z]", "", fold(text))


@dataclass(frozen=True)
class Column:
    """A column of a layout: its name as the official layout spells it, other spellings, limits."""

    name: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    max_length: int = MAX_CELL_CHARS
    # In a CSV file a line break in such a value means a quotation mark is missing.
    single_line: bool = False


@dataclass(frozen=True)
class Record:
    """A data row: the layout's columns by their name ("" when absent), other columns by their header."""

    row: int
    values: dict[str, str]
    others: dict[str, str]

    def __getitem__(self, name: str) -> str:
        return self.values.get(name, "")


@dataclass
class Sheet:
    """The records of a file, the header text of each layout column present, and the problems so far."""

    records: list[Record]
    headers: dict[str, str]
    problems: Problems
    header_row: int = 1
    notices: list[FileProblem] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.headers

    def header(self, name: str) -> str:
        """The column's header as written in the file (for messages)."""
        return self.headers.get(name, name)


def _match_header(
    cells: list[str], lookup: dict[str, Column], keep_others: bool
) -> tuple[dict[str, int], list[tuple[int, str]], list[tuple[str, str]]]:
    """Column positions of a header row, the other columns, and duplicate columns (header, first header)."""
    positions: dict[str, int] = {}
    others: list[tuple[int, str]] = []
    seen: dict[str, str] = {}
    duplicates: list[tuple[str, str]] = []
    for index, text in enumerate(cells):
        if not text:
            continue
        normalised = normalise_header(text)
        column = lookup.get(normalised)
        identity = column.name if column else normalised
        if identity in seen:
            duplicates.append((text, seen[identity]))
            continue
        seen[identity] = text
        if column is not None:
            positions[column.name] = index
        elif keep_others:
            others.append((index, text))
    return positions, others, duplicates


def read_sheet(
    data: bytes,
    file_name: str,
    columns: Sequence[Column],
    *,
    keep_others: bool = False,
    declared: str = "iso-8859-1",
    one_of: Sequence[tuple[str, ...]] = (),
) -> Sheet:
    """Read a file and map its header to ``columns``; raise when the header does not fit.

    The header is the first non-empty row, or, when that lacks required columns, the first of the next rows
    that has them all (title rows above the header are skipped with a notice). ``one_of`` lists groups of
    column names of which at least one must be present.
    """
    table = read_table(data, file_name, declared=declared)
    problems = table.problems
    lookup: dict[str, Column] = {}
    for column in columns:
        for spelling in (column.name, *column.aliases):
            lookup[normalise_header(spelling)] = column
    required = [c for c in columns if c.required]

    def missing_in(found: dict[str, int]) -> list[str]:
        missing = [c.name for c in required if c.name not in found]
        for group in one_of:
            if not any(name in found for name in group):
                missing.append(
                    _("%(column)s (or %(others)s)") % {"column": group[0], "others": ", ".join(group[1:])}
                )
        return missing

    header_index = 0
    positions, others, duplicates = _match_header(table.rows[0][1], lookup, keep_others)
    if missing_in(positions):
        for index, (_row, cells) in enumerate(table.rows[1:HEADER_SEARCH_ROWS], start=1):
            candidate = _match_header(cells, lookup, keep_others)
            if not missing_in(candidate[0]):
                header_index = index
                positions, others, duplicates = candidate
                break
    header_row, header_cells = table.rows[header_index]
    notices: list[FileProblem] = []
    if header_index:
        notices.append(
            FileProblem(
                _("The rows above the header row (this row) were skipped."),
                row=header_row,
            )
        )
    for text, first in duplicates:
        problems.add(
            _("The column “%(column)s” appears twice in the header (also as “%(first)s”).")
            % {"column": text, "first": first},
            row=header_row,
        )
    missing = missing_in(positions)
    if missing:
        found = ", ".join(cell for cell in header_cells if cell)
        problems.add(
            _("Required columns are missing: %(missing)s. The header row reads: %(found)s.")
            % {"missing": ", ".join(missing), "found": shorten(found, 300)},
            row=header_row,
        )
    for text in [*(header_cells[i] for i in positions.values()), *(t for _i, t in others)]:
        if len(text) > MAX_HEADER_CHARS:
            problems.add(
                _("The column heading is longer than %(max)d characters.") % {"max": MAX_HEADER_CHARS},
                row=header_row,
                column=shorten(text, 40),
            )
    problems.raise_if_any()

    data_rows = table.rows[header_index + 1 :]
    if not data_rows:
        raise fail(_("The file has a header row but no entries."), row=header_row)
    if len(data_rows) > MAX_ROWS:
        raise _too_many_rows()
    by_name = {c.name: c for c in columns}
    headers = {name: header_cells[index] for name, index in positions.items()}
    width = len(header_cells)
    # (column name or header, position, length limit, single line) of every column read, layout columns first
    wanted = [
        (name, index, by_name[name].max_length, headers[name], table.is_csv and by_name[name].single_line)
        for name, index in positions.items()
    ]
    wanted += [(text, index, MAX_CELL_CHARS, text, False) for index, text in others]
    records: list[Record] = []
    for row, cells in data_rows:
        count = len(cells)
        if count > width and any(cells[width:]):
            problems.add(
                _(
                    "The row has %(count)d values but the header only %(width)d columns "
                    "(is a separator inside a value that is not in quotes?)."
                )
                % {"count": count - _trailing_empty(cells), "width": width},
                row=row,
            )
            continue
        values: dict[str, str] = {}
        for name, index, limit, header, single_line in wanted:
            value = cells[index] if index < count else ""
            if value and (len(value) > limit or value[0] == "#"):
                value = _checked_cell(value, limit, problems, row, header)
            if single_line and "\n" in value:
                problems.add(
                    _("The value spans several lines; is a closing quotation mark missing?"),
                    row=row,
                    column=header,
                )
            values[name] = value
        extra = {text: values.pop(text) for _index, text in others}
        records.append(Record(row=row, values=values, others={k: v for k, v in extra.items() if v}))
    return Sheet(records, headers, problems, header_row=header_row, notices=notices)


def _trailing_empty(cells: list[str]) -> int:
    count = 0
    for cell in reversed(cells):
        if cell:
            break
        count += 1
    return count


def _checked_cell(value: str, max_length: int, problems: Problems, row: int, column: str) -> str:
    if value in SPREADSHEET_ERRORS:
        problems.add(
            _("The cell contains the spreadsheet error %(value)s instead of a value.") % {"value": value},
            row=row,
            column=column,
        )
        return ""
    if len(value) > max_length:
        problems.add(
            _("The value has %(length)d characters; at most %(max)d are allowed.")
            % {"length": len(value), "max": max_length},
            row=row,
            column=column,
        )
        return value[:max_length]
    return value
