import datetime
import io
from decimal import Decimal

from openpyxl import load_workbook

from core.spreadsheets import Table, csv_bytes, csv_text, sheet_title, xlsx_bytes, xlsx_workbook_bytes


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


def test_a_workbook_holds_one_sheet_per_table_in_order():
    people = Table(header=["Name"], rows=iter([["Anna"], ["=1+1"]]), widths=[20])
    dates = Table(
        header=["Datum", "Zeitpunkt"],
        rows=iter([[datetime.date(2026, 3, 1), datetime.datetime(2026, 3, 1, 9, 30)]]),
        widths=[12, 16],
    )
    workbook = load_workbook(io.BytesIO(xlsx_workbook_bytes([("Personen", people), ("Termine", dates)])))
    assert workbook.sheetnames == ["Personen", "Termine"]
    first, second = workbook["Personen"], workbook["Termine"]
    assert first.freeze_panes == "A2" and second.freeze_panes == "A2"
    assert first["A1"].font.bold and second["B1"].font.bold
    assert first["A3"].value == "=1+1" and first["A3"].data_type == "s"
    assert second["A2"].value == datetime.datetime(2026, 3, 1) and second["A2"].number_format == "DD.MM.YYYY"
    assert second["B2"].value == datetime.datetime(2026, 3, 1, 9, 30)
    assert second["B2"].number_format == "DD.MM.YYYY HH:MM"
    assert second.column_dimensions["B"].width == 16


def test_csv_writes_dates_the_german_way():
    assert csv_text(datetime.date(2026, 3, 1)) == "01.03.2026"
    assert csv_text(datetime.datetime(2026, 3, 1, 9, 5)) == "01.03.2026 09:05"


def test_sheet_titles_are_names_excel_accepts_and_unique():
    used: set[str] = set()
    assert sheet_title("Prozesse", used) == "Prozesse"
    assert sheet_title("prozesse", used) == "prozesse (2)"
    assert sheet_title("A/B: [C]?", used) == "A B   C"
    long = sheet_title("x" * 40, used)
    assert long == "x" * 31
    assert sheet_title("x" * 40, used) == "x" * 27 + " (2)"
    assert sheet_title("''") == "Sheet"
