import io
from decimal import Decimal

from openpyxl import load_workbook

from core.spreadsheets import Table, csv_bytes, csv_text, xlsx_bytes


def _table():
    rows = [["=SUMME(A1:A2)", Decimal("12.50"), 3, None], ["Hund anmelden", Decimal("0.75"), 1200, "-1"]]
    return Table(header=["Name", "Score", "Fälle", "Notiz"], rows=iter(rows), widths=[20, 10, 10, 10])


def test_csv_is_what_excel_in_germany_opens():
    data = csv_bytes(_table())
    assert data.startswith("\ufeff".encode())
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Name;Score;Fälle;Notiz"
    assert lines[1] == "'=SUMME(A1:A2);12,50;3;"
    assert lines[2] == "Hund anmelden;0,75;1200;'-1"


def test_formula_like_text_stays_text_in_every_cell_kind():
    for text in ["=1+1", "+49 30", "-2", "@SUM", "\tx", "\rx"]:
        assert csv_text(text).startswith("'")
    assert csv_text("Gewerbe anmelden") == "Gewerbe anmelden"


def test_the_workbook_keeps_numbers_as_numbers_and_formulas_as_text():
    workbook = load_workbook(io.BytesIO(xlsx_bytes(_table(), title="Prioritäten der Digitalisierung")))
    sheet = workbook.active
    assert sheet.title == "Prioritäten der Digitalisierung"[:31]
    assert [c.value for c in sheet[1]] == ["Name", "Score", "Fälle", "Notiz"]
    assert sheet["A2"].value == "=SUMME(A1:A2)" and sheet["A2"].data_type == "s"
    assert sheet["C3"].value == 1200 and sheet["B3"].value == 0.75
    assert sheet.freeze_panes == "A2"
