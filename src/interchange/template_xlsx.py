"""The blank import template: a workbook built from the tenant's current fields (``interchange.fields``).

Sheet one ("Prozesse") has the field labels as headings, their descriptions in row 2 (the importer skips
that row when it equals the descriptions) and a dropdown for every choice and yes/no column. The dropdowns'
values live in a hidden sheet and are referenced by range: Excel limits a list written into the
validation itself to 255 characters. A second sheet explains how to fill the template.
"""

import datetime
import io

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from core.spreadsheets import sheet_title
from interchange.fields import ImportField, Kind, fields_for
from tenants.models import Tenant

FIRST_DATA_ROW = 3
LAST_DATA_ROW = 5002  # dropdowns reach this far; more rows can be typed, without a dropdown
DESCRIPTION_FONT = Font(italic=True, color="666666")
WRAP = Alignment(wrap_text=True, vertical="top")
DROPDOWN_KINDS = (Kind.CHOICE, Kind.BOOLEAN)


def import_template_bytes(tenant: Tenant, *, today: datetime.date | None = None) -> bytes:
    """The import template of the tenant as an XLSX file."""
    fields = fields_for(tenant)
    workbook = Workbook()
    used: set[str] = set()
    sheet = workbook.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = sheet_title(_("Processes"), used)
    notes = workbook.create_sheet(sheet_title(_("Notes"), used))
    lists = workbook.create_sheet(sheet_title(_("Choice lists"), used))
    lists.sheet_state = "hidden"
    _fill_fields(sheet, lists, fields)
    _fill_notes(notes, tenant, sheet.title, today or timezone.localdate())
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def file_name(tenant: Tenant) -> str:
    """``importvorlage-<tenant>.xlsx``."""
    return f"importvorlage-{tenant.slug}.xlsx"


def _fill_fields(sheet: Worksheet, lists: Worksheet, fields: list[ImportField]) -> None:
    bold = Font(bold=True)
    list_column = 0
    for index, field in enumerate(fields, start=1):
        letter = get_column_letter(index)
        heading = _text_cell(sheet.cell(row=1, column=index), str(field.label))
        heading.font = bold
        description = _text_cell(sheet.cell(row=2, column=index), str(field.description))
        description.font = DESCRIPTION_FONT
        description.alignment = WRAP
        sheet.column_dimensions[letter].width = _width(field)
        labels = field.choice_labels() if field.kind in DROPDOWN_KINDS else []
        if not labels:
            continue
        list_column += 1
        list_letter = get_column_letter(list_column)
        _text_cell(lists.cell(row=1, column=list_column), str(field.label))
        for row, label in enumerate(labels, start=2):
            _text_cell(lists.cell(row=row, column=list_column), str(label))
        source = f"{quote_sheetname(lists.title)}!${list_letter}$2:${list_letter}${len(labels) + 1}"
        validation = DataValidation(
            type="list",
            formula1=source,
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=str(field.label)[:32],
            error=_("Please choose a value from the list."),
        )
        validation.add(f"{letter}{FIRST_DATA_ROW}:{letter}{LAST_DATA_ROW}")
        sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"


def _text_cell(cell: Cell, text: str) -> Cell:
    """A cell holding ``text`` as text, even when it starts with "=" (never a formula)."""
    cell.value = text
    cell.data_type = "s"
    return cell


def _width(field: ImportField) -> int:
    if field.kind == Kind.LONG_TEXT or field.key == "name":
        return 40
    return max(14, min(len(str(field.label)) + 4, 32))


def _fill_notes(notes: Worksheet, tenant: Tenant, data_sheet: str, today: datetime.date) -> None:
    lines = [
        _("Import template for the process register of %(tenant)s") % {"tenant": tenant.name},
        _("Created on %(date)s from the fields and attributes configured at that time.")
        % {"date": date_format(today, "SHORT_DATE_FORMAT")},
        "",
        _("Enter one process per row in the sheet “%(sheet)s”, starting in row %(row)d.")
        % {"sheet": data_sheet, "row": FIRST_DATA_ROW},
        _("Row 2 describes each column; it is skipped on import, you may also delete it."),
        _(
            "The process number identifies the process: a number already in the register updates that "
            "process (unless you choose otherwise when importing), a new number creates one (then a name is "
            "needed)."
        ),
        _("Empty cells leave the stored values unchanged."),
        _(
            "Several values in one cell (units, addressees, catalogue keys, preceding processes) are "
            "separated by “;”."
        ),
        _("Write dates as 01.03.2026 and numbers without units, e.g. 1.200."),
        _("Columns with a fixed set of values offer a dropdown; yes/no columns take “%(yes)s” or “%(no)s”.")
        % {"yes": _("yes"), "no": _("no")},
        _(
            "Folders are written as a path, e.g. Bürgerdienste / Meldewesen; units by their short code or "
            "name."
        ),
        _("Columns you do not need may be deleted; the headings decide which field a column fills."),
        _("After changing your attributes, download the template again."),
    ]
    notes.column_dimensions["A"].width = 110
    for row, line in enumerate(lines, start=1):
        if line:
            _text_cell(notes.cell(row=row, column=1), line).alignment = WRAP
    notes["A1"].font = Font(bold=True, size=13)
