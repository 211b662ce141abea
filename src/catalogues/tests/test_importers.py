"""The catalogue file readers: every layout's happy path, and bad files refused with the row and reason.

Messages are compared in English (the msgids); the German UI shows their translations.
"""

from __future__ import annotations

import codecs
import datetime
import io
import re
import time
import zipfile

import openpyxl
import pytest
from django.utils import translation

from catalogues.choices import CatalogKind, ImportLayout
from catalogues.importers import LAYOUTS_FOR_KIND, read_catalog_file
from catalogues.importers import files as files_module
from catalogues.importers.base import MAX_ERRORS, MAX_ROWS, CatalogFileError, ImportedEntry
from catalogues.importers.context import read_context
from catalogues.importers.files import decode_text, detect_separator, normalise_header, read_table
from catalogues.importers.hierarchical import read_hierarchical
from catalogues.importers.leika import HEADER, example_leika_rows, read_leika, write_leika_csv
from catalogues.importers.ozg import read_ozg, themenfeld
from core.trees import MAX_DEPTH

LEIKA_HEADER = ";".join(HEADER)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _problems(excinfo: pytest.ExceptionInfo[CatalogFileError]) -> list[tuple[int | None, str | None, str]]:
    return [(p.row, p.column, p.message) for p in excinfo.value.problems]


def _only_problem(excinfo: pytest.ExceptionInfo[CatalogFileError]) -> tuple[int | None, str | None, str]:
    problems = _problems(excinfo)
    assert len(problems) == 1, problems
    return problems[0]


def _leika(*rows: str, encoding: str = "iso-8859-1") -> bytes:
    return "\r\n".join([LEIKA_HEADER, *rows, ""]).encode(encoding)


def _xlsx(rows: list[list[object]], *, hidden_first_sheet: bool = False) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if hidden_first_sheet:
        sheet.title = "Hinweise"
        sheet.append(["Diese Tabelle ist ausgeblendet"])
        sheet.sheet_state = "hidden"
        sheet = workbook.create_sheet("Daten")
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, change: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    """The workbook with some members' content replaced or added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            target.writestr(info.filename, (change or {}).get(info.filename, content))
        for name, content in (add or {}).items():
            target.writestr(name, content)
    return buffer.getvalue()


def _sheet_xml(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()


# --- LeiKa -------------------------------------------------------------------------------------------------


def test_it_reads_a_leika_csv_in_iso_8859_1_with_its_tree_and_fields():
    data = _leika(
        "99001001000000;Verkehr;Fahrerlaubnis;;;Fahrerlaubnis;;3;Führerschein;;01.03.2025",
        "99001001060000;Verkehr;Fahrerlaubnis;Erteilung;;Fahrerlaubnis Erteilung;Erteilung einer "
        "Fahrerlaubnis;3;Führerschein Erteilung| Lappen |;Gebührenpflichtig|Persönliches Erscheinen;"
        "01.03.2026",
        "99001001060001;Verkehr;Fahrerlaubnis;Erteilung;für Minderjährige;"
        "Fahrerlaubnis Erteilung für Minderjährige;;2 / 3;;;2026-02-01",
        "99001001220005;Verkehr;Fahrerlaubnis;Zulassung;auf Probe;Fahrerlaubnis Zulassung auf Probe;;4b;;;",
    )
    assert "ü".encode("iso-8859-1") in data

    imported = read_leika(data, "leika.csv")

    entries = {e.key: e for e in imported.entries}
    assert [e.key for e in imported.entries] == [
        "99001001000000",
        "99001001060000",
        "99001001060001",
        "99001001220005",
    ]
    assert entries["99001001000000"].parent_key is None
    assert entries["99001001060000"].parent_key == "99001001000000"
    assert entries["99001001060001"].parent_key == "99001001060000"
    # No Verrichtung row 99001001220000: the detail hangs below the object.
    assert entries["99001001220005"].parent_key == "99001001000000"
    verrichtung = entries["99001001060000"]
    assert verrichtung.name == "Fahrerlaubnis Erteilung"
    assert verrichtung.synonyms == ("Führerschein Erteilung", "Lappen")
    assert verrichtung.description == ""
    assert verrichtung.row == 3
    assert verrichtung.extra == {
        "typisierung": "3",
        "gruppierung": "Verkehr",
        "kennung": "Fahrerlaubnis",
        "verrichtung": "Erteilung",
        "bezeichnung2": "Erteilung einer Fahrerlaubnis",
        "besondere_merkmale": "Gebührenpflichtig; Persönliches Erscheinen",
        "datum": "2026-03-01",
    }
    assert entries["99001001060001"].extra["typisierung"] == "2/3"
    assert entries["99001001060001"].extra["verrichtungsdetail"] == "für Minderjährige"
    assert "datum" not in entries["99001001220005"].extra
    assert imported.issued_on == "2026-03-01"
    assert imported.notices == []


def test_leika_keys_may_contain_spaces_and_rows_may_come_children_first():
    data = _leika(
        "99 001 001 060 000;;;;;Fahrerlaubnis Erteilung;;3;;;",
        "99001001000000;;;;;Fahrerlaubnis;;;;;",
    )

    imported = read_leika(data, "leika.csv")

    assert [(e.key, e.parent_key) for e in imported.entries] == [
        ("99001001000000", None),
        ("99001001060000", "99001001000000"),
    ]


def test_a_missing_service_object_is_added_with_a_notice():
    data = _leika(
        "99001001060000;Verkehr;Fahrerlaubnis;Erteilung;;Fahrerlaubnis Erteilung;;3;;;",
        "99001001070000;Verkehr;Fahrerlaubnis;Änderung;;Fahrerlaubnis Änderung;;3;;;",
        "99002005010003;002;005;;;Hundesteuer Anmeldung elektronisch;;5;;;",
    )

    imported = read_leika(data, "leika.csv")

    assert [(e.key, e.name, e.parent_key) for e in imported.entries] == [
        ("99001001000000", "Fahrerlaubnis", None),
        ("99001001060000", "Fahrerlaubnis Erteilung", "99001001000000"),
        ("99001001070000", "Fahrerlaubnis Änderung", "99001001000000"),
        ("99002005000000", "Leistungsobjekt 99002005000000", None),
        ("99002005010003", "Hundesteuer Anmeldung elektronisch", "99002005000000"),
    ]
    assert imported.entries[0].extra == {
        "synthesised": "1",
        "gruppierung": "Verkehr",
        "kennung": "Fahrerlaubnis",
    }
    assert [(n.row, n.message) for n in imported.notices] == [
        (
            2,
            "The file has no row for the service object 99001001000000; it was added as “Fahrerlaubnis” "
            "(needed from this row on).",
        ),
        (
            4,
            "The file has no row for the service object 99002005000000; it was added as "
            "“Leistungsobjekt 99002005000000” (needed from this row on).",
        ),
    ]


def test_many_missing_service_objects_are_summed_up_after_twenty_notices():
    rows = [f"99001{number:03d}060000;;;;;Leistung {number} Erteilung;;3;;;" for number in range(1, 26)]

    imported = read_leika(_leika(*rows), "leika.csv")

    assert len(imported.entries) == 50
    assert len(imported.notices) == 21
    assert imported.notices[-1].message == "5 further missing service objects were added the same way."


def test_it_reads_a_leika_csv_in_utf8_with_a_byte_order_mark():
    data = codecs.BOM_UTF8 + _leika("99001001000000;;;;;Müllabfuhr;;5;Abfallentsorgung;;", encoding="utf-8")

    imported = read_leika(data, "leika.csv")

    assert imported.entries[0].name == "Müllabfuhr"
    assert imported.entries[0].synonyms == ("Abfallentsorgung",)


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("9900100", "The key “9900100” has 7 instead of 14 digits."),
        ("990010010600001", "The key “990010010600001” has 15 instead of 14 digits."),
        (
            "99001001O60000",
            "The key “99001001O60000” contains characters other than digits (a LeiKa key has 14 digits).",
        ),
        (
            "9,9001E+13",
            "The key “9,9001E+13” was turned into a number by a spreadsheet program; "
            "format the column as text and export the file again.",
        ),
        ("", "The key is empty."),
    ],
)
def test_a_malformed_leika_key_is_reported_with_its_row(key, message):
    data = _leika("99001001000000;;;;;Fahrerlaubnis;;3;;;", f"{key};;;;;Fahrerlaubnis Erteilung;;3;;;")

    with pytest.raises(CatalogFileError) as excinfo:
        read_leika(data, "leika.csv")

    assert _only_problem(excinfo) == (3, "Schluessel", message)
    assert str(excinfo.value.problems[0]) == f"Row 3, column “Schluessel”: {message}"


def test_a_duplicate_leika_key_names_both_rows():
    data = _leika(
        "99001001000000;;;;;Fahrerlaubnis;;3;;;",
        "99001001060000;;;;;Fahrerlaubnis Erteilung;;3;;;",
        "99001001060000;;;;;Fahrerlaubnis Erteilung (neu);;3;;;",
    )

    with pytest.raises(CatalogFileError) as excinfo:
        read_leika(data, "leika.csv")

    assert _only_problem(excinfo) == (
        4,
        "Schluessel",
        "The key 99001001060000 appears twice (first in row 3).",
    )


def test_missing_leika_columns_are_listed_in_one_message():
    data = b"Schluessel;Gruppierung;Name\n99001001000000;Verkehr;Fahrerlaubnis\n"

    with pytest.raises(CatalogFileError) as excinfo:
        read_leika(data, "leika.csv")

    assert _only_problem(excinfo) == (
        1,
        None,
        "Required columns are missing: Bezeichnung, Typ. "
        "The header row reads: Schluessel, Gruppierung, Name.",
    )


@pytest.mark.parametrize(
    ("typ", "expected"), [("1", "1"), ("2a", "2a"), ("3B", "3b"), ("2/3", "2/3"), ("4 / 5", "4/5")]
)
def test_valid_typisierungen_are_kept_normalised(typ, expected):
    data = _leika(f"99001001000000;;;;;Fahrerlaubnis;;{typ};;;")

    assert read_leika(data, "leika.csv").entries[0].extra["typisierung"] == expected


@pytest.mark.parametrize("typ", ["6", "0", "2-3", "2ab", "Bund", "2/"])
def test_an_invalid_typisierung_is_an_error(typ):
    data = _leika(f"99001001060000;;;;;Fahrerlaubnis Erteilung;;{typ};;;")

    with pytest.raises(CatalogFileError) as excinfo:
        read_leika(data, "leika.csv")

    assert _only_problem(excinfo) == (
        2,
        "Typ",
        f"The Typisierung “{typ}” is not valid (expected 1 to 5, optionally with a letter "
        "or combined with “/”, e.g. 2a or 2/3).",
    )


def test_a_verrichtung_needs_a_typisierung_but_a_service_object_does_not():
    data = _leika("99001001000000;;;;;Fahrerlaubnis;;;;;", "99001001060000;;;;;Fahrerlaubnis Erteilung;;;;;")

    with pytest.raises(CatalogFileError) as excinfo:
        read_leika(data, "leika.csv")

    assert _problems(excinfo) == [(3, "Typ", "The Typisierung is empty.")]


def test_every_problem_of_a_leika_row_is_reported_together():
    data = _leika("9900100;;;;;;;7;;;31.02.2026")

    with pytest.raises(CatalogFileError) as excinfo:
        read_leika(data, "leika.csv")

    assert _problems(excinfo) == [
        (2, "Schluessel", "The key “9900100” has 7 instead of 14 digits."),
        (2, "Bezeichnung", "The name (Bezeichnung) is empty."),
        (
            2,
            "Typ",
            "The Typisierung “7” is not valid (expected 1 to 5, optionally with a letter "
            "or combined with “/”, e.g. 2a or 2/3).",
        ),
        (2, "Datum", "The date “31.02.2026” is not valid (expected DD.MM.YYYY or YYYY-MM-DD)."),
    ]


def test_write_leika_csv_writes_the_official_layout():
    entry = ImportedEntry(
        key="99001001060000",
        name="Fahrerlaubnis Erteilung „auf Probe“ – Łódź",
        parent_key="99001001000000",
        synonyms=("Führerschein", "Lappen"),
        extra={"typisierung": "3", "besondere_merkmale": "Gebührenpflichtig; Online", "datum": "2026-03-01"},
    )

    data = write_leika_csv([entry])

    lines = data.split(b"\r\n")
    assert lines[0] == LEIKA_HEADER.encode("ascii")
    assert lines[1] == (
        "99001001060000;;;;;Fahrerlaubnis Erteilung „auf Probe“ – ?ódz;;3;Führerschein|Lappen;"
        "Gebührenpflichtig|Online;01.03.2026"
    ).encode("cp1252")
    assert b"F\xfchrerschein" in lines[1]  # ISO-8859-1


def test_write_leika_csv_and_read_leika_round_trip():
    entries = example_leika_rows(600, seed=3)

    imported = read_leika(write_leika_csv(entries), "leika.csv")

    assert imported.entries == entries
    assert imported.issued_on == max(e.extra["datum"] for e in entries)
    assert imported.notices == []


def test_example_leika_rows_gives_10000_unique_well_formed_keys_quickly():
    started = time.perf_counter()
    entries = example_leika_rows(10_000)
    elapsed = time.perf_counter() - started

    keys = [e.key for e in entries]
    assert len(entries) == 10_000
    assert len(set(keys)) == 10_000
    assert all(re.fullmatch(r"99\d{12}", key) for key in keys)
    seen: set[str] = set()
    for entry in entries:  # parents come first
        assert entry.parent_key is None or entry.parent_key in seen
        seen.add(entry.key)
    assert {e.extra["typisierung"] for e in entries} >= {"1", "2", "3", "4", "5", "2/3"}
    assert any(e.synonyms for e in entries)
    assert any("ä" in e.name or "ö" in e.name or "ü" in e.name for e in entries)
    assert sum(1 for e in entries if e.parent_key is None) > 500
    assert elapsed < 2  # typically about 0.1 s; generous for a busy machine


def test_example_leika_rows_are_deterministic_per_seed():
    assert example_leika_rows(300, seed=7) == example_leika_rows(300, seed=7)
    assert example_leika_rows(300, seed=7) != example_leika_rows(300, seed=8)


# --- file level: size, encodings, separators, rows ---------------------------------------------------------


def test_an_empty_file_is_refused():
    for data in (b"", b"  \r\n\r\n", codecs.BOM_UTF8):
        with pytest.raises(CatalogFileError) as excinfo:
            read_hierarchical(data, "liste.csv")
        assert _only_problem(excinfo) == (None, None, "The file is empty.")


def test_a_file_with_only_the_header_row_is_refused():
    with pytest.raises(CatalogFileError) as excinfo:
        read_leika(_leika(), "leika.csv")

    assert _only_problem(excinfo) == (1, None, "The file has a header row but no entries.")


def test_a_file_over_the_size_limit_is_refused_before_it_is_read():
    data = b"Schluessel;Bezeichnung\n" + b"x" * (21 * 1024 * 1024)

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _only_problem(excinfo) == (None, None, "The file is larger than 20 MB (it has 21.0 MB).")


def test_a_file_with_too_many_rows_is_refused():
    data = "Schlüssel;Bezeichnung\n" + "".join(f"{i};Eintrag {i}\n" for i in range(MAX_ROWS + 1))

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data.encode(), "liste.csv")

    assert _only_problem(excinfo) == (
        None,
        None,
        "The file has more than 100000 rows; split it into several files.",
    )


def test_utf16_without_a_byte_order_mark_is_refused():
    data = "Schlüssel;Bezeichnung\n1;Eins\n".encode("utf-16-le")

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _only_problem(excinfo) == (
        None,
        None,
        "The file is encoded in UTF-16 without a byte order mark. Save it as CSV in UTF-8 or ISO-8859-1.",
    )


def test_utf16_with_a_byte_order_mark_as_excel_writes_unicode_text_is_read():
    data = "Schlüssel\tBezeichnung\n1\tÄmter\n".encode("utf-16")

    assert read_hierarchical(data, "liste.txt").entries[0].name == "Ämter"


def test_binary_data_is_refused_naming_the_first_row_with_it():
    data = b"Schluessel;Bezeichnung\n1;Eins\n2;Zw\x00ei\n"

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _only_problem(excinfo) == (
        3,
        None,
        "The file contains binary data (from this row on); it is not a CSV text file.",
    )


def test_control_characters_are_refused_naming_the_row():
    data = b"Schluessel;Bezeichnung\n1;Eins\n2;Zwei\x1b\n"

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _only_problem(excinfo) == (
        3,
        None,
        "The file contains control characters (from this row on); it is not a text file or not encoded in "
        "UTF-8 or ISO-8859-1.",
    )


def test_an_invalid_utf8_file_with_a_byte_order_mark_is_refused_naming_the_row():
    data = codecs.BOM_UTF8 + b"Schluessel;Bezeichnung\n1;Eins\n2;Gr\xfc\xdfe\n"

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _only_problem(excinfo) == (
        3,
        None,
        "The file is not valid UTF-8 (the first wrong byte is in this row).",
    )


def test_decode_text_tells_utf8_from_latin1_and_windows_1252():
    assert decode_text("Grüße".encode()) == "Grüße"
    assert decode_text("Grüße".encode("iso-8859-1")) == "Grüße"
    assert decode_text("„Grüße“ 5 €".encode("cp1252")) == "„Grüße“ 5 €"
    assert decode_text(codecs.BOM_UTF8 + "Grüße".encode()) == "Grüße"
    assert decode_text(b"plain ascii") == "plain ascii"


@pytest.mark.parametrize(
    ("line", "separator"),
    [
        ("Schlüssel;Bezeichnung;Beschreibung", ";"),
        ("Schlüssel,Bezeichnung,Beschreibung", ","),
        ("Schlüssel\tBezeichnung\tBeschreibung", "\t"),
        ('"Schlüssel; Code",Bezeichnung,Beschreibung', ","),
        ("Bezeichnung", ";"),
    ],
)
def test_the_separator_is_detected_from_the_header_line(line, separator):
    assert detect_separator(line) == separator


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_a_hierarchical_csv_is_read_with_any_separator(separator):
    text = separator.join(["Schlüssel", "Bezeichnung", "Beschreibung"]) + "\n"
    text += separator.join(["1", "Allgemeine Verwaltung", '"Rat, Bürgermeister; Ämter"']) + "\n"

    entry = read_hierarchical(text.encode("iso-8859-1"), "liste.csv").entries[0]

    assert (entry.key, entry.name, entry.description) == (
        "1",
        "Allgemeine Verwaltung",
        "Rat, Bürgermeister; Ämter",
    )


@pytest.mark.parametrize(
    "header", ["Schlüssel", "Schluessel", "schluessel ", " SCHLÜSSEL", "Schlu\u0308ssel"]
)
def test_headers_match_regardless_of_case_umlaut_spelling_and_spaces(header):
    assert normalise_header(header) == "schluessel"
    data = f"{header};Bezeichnung\n1;Eins\n".encode()

    assert read_hierarchical(data, "liste.csv").entries[0].key == "1"


def test_row_numbers_count_file_lines_including_quoted_line_breaks_and_blank_lines():
    data = 'Schlüssel;Bezeichnung;Beschreibung\n1;Eins;"erste\nzweite Zeile"\n\n2;;\n'.encode()

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _only_problem(excinfo) == (5, "Bezeichnung", "The name is empty.")


def test_a_missing_closing_quotation_mark_is_reported_where_it_merges_lines():
    data = 'Schlüssel;Bezeichnung;Beschreibung\n1;Eins;"mehrzeilig\nist erlaubt"\n2;"Zwei\n3;Drei\n'.encode()

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _only_problem(excinfo) == (
        4,
        "Bezeichnung",
        "The value spans several lines; is a closing quotation mark missing?",
    )


def test_a_quoted_value_running_to_the_end_of_a_big_file_is_reported():
    data = ('Schlüssel;Bezeichnung\n1;Eins\n2;"' + "x" * 200_000 + "\n3;Drei\n").encode()

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _only_problem(excinfo) == (
        3,
        None,
        "The CSV structure is broken from this row on (field larger than field limit (131072)); "
        "is a closing quotation mark missing?",
    )


def test_line_breaks_in_xlsx_names_are_joined():
    data = _xlsx([["Schlüssel", "Bezeichnung"], ["1", "Allgemeine\nVerwaltung"]])

    assert read_hierarchical(data, "liste.xlsx").entries[0].name == "Allgemeine Verwaltung"


def test_a_row_with_more_values_than_columns_is_reported():
    data = "Schlüssel;Bezeichnung\n1;Eins\n2;Zwei; drei\n3;Drei;\n".encode()

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _only_problem(excinfo) == (
        3,
        None,
        "The row has 3 values but the header only 2 columns (is a separator inside a value that is not in "
        "quotes?).",
    )


def test_overlong_cells_are_reported_with_row_and_column():
    data = f"Schlüssel;Bezeichnung;Beschreibung\n1;{'n' * 501};{'b' * 2001}\n".encode()

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _problems(excinfo) == [
        (2, "Bezeichnung", "The value has 501 characters; at most 500 are allowed."),
        (2, "Beschreibung", "The value has 2001 characters; at most 2000 are allowed."),
    ]


def test_a_spreadsheet_error_value_is_reported():
    data = "Schlüssel;Bezeichnung\n1;#NV\n".encode()

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _problems(excinfo)[0] == (
        2,
        "Bezeichnung",
        "The cell contains the spreadsheet error #NV instead of a value.",
    )


def test_problems_stop_at_the_limit_with_a_note():
    data = "Schlüssel;Bezeichnung\n" + "".join(f"{i};\n" for i in range(300))

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data.encode(), "liste.csv")

    problems = _problems(excinfo)
    assert len(problems) == MAX_ERRORS
    assert problems[0] == (2, "Bezeichnung", "The name is empty.")
    assert problems[-1] == (None, None, "There are more problems; only the first 99 are listed.")


def test_an_old_excel_file_is_refused_with_advice():
    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "liste.xls")

    assert _only_problem(excinfo) == (
        None,
        None,
        "Old Excel files (.xls) cannot be read; save the file as XLSX or CSV.",
    )


# --- XLSX --------------------------------------------------------------------------------------------------


def test_it_reads_the_first_visible_worksheet_of_an_xlsx_workbook():
    data = _xlsx(
        [
            ["Katalog der Produkte 2026"],
            [],
            ["Nummer", "Übergeordnet", "Name", "Link", "Verantwortlich"],
            [1, None, "Innere Verwaltung", "https://example.org/1", "Hauptamt"],
            [1.1, 1, "Steuerung", None, None],
            ["1.1.1", 1.1, " Controlling ", None, 42],
        ],
        hidden_first_sheet=True,
    )

    imported = read_hierarchical(data, "produkte.xlsx")

    assert [(e.key, e.parent_key, e.name, e.row) for e in imported.entries] == [
        ("1", None, "Innere Verwaltung", 4),
        ("1.1", "1", "Steuerung", 5),
        ("1.1.1", "1.1", "Controlling", 6),
    ]
    assert imported.entries[0].url == "https://example.org/1"
    assert imported.entries[0].extra == {"Verantwortlich": "Hauptamt"}
    assert imported.entries[2].extra == {"Verantwortlich": "42"}
    assert [(n.row, n.message) for n in imported.notices] == [
        (3, "The rows above the header row (this row) were skipped.")
    ]


def test_formulas_are_read_as_their_cached_values():
    data = _xlsx([["Schlüssel", "Bezeichnung"], ["1", '=A2&" Verwaltung"']])
    xml = _sheet_xml(data)
    formula = re.search(r'<c r="B2"[^>]*><f>(.*?)</f>(<v\s*/>|<v></v>)', xml)
    assert formula is not None
    cached = xml.replace(formula.group(0), f'<c r="B2" t="str"><f>{formula.group(1)}</f><v>1 Verwaltung</v>')
    data = _rezip(data, change={"xl/worksheets/sheet1.xml": cached.encode()})

    assert read_hierarchical(data, "liste.xlsx").entries[0].name == "1 Verwaltung"


def test_a_formula_without_calculated_value_is_refused_with_its_cell():
    data = _xlsx([["Schlüssel", "Bezeichnung"], ["1", "=UPPER(A2)"]])

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.xlsx")

    assert _only_problem(excinfo) == (
        None,
        None,
        "1 cell contains a formula without a calculated value (B2). Open the file in your spreadsheet "
        "program, save it there, or replace the formula by its value.",
    )


def test_a_formula_whose_result_is_empty_text_is_read_as_empty():
    data = _xlsx([["Schlüssel", "Bezeichnung", "Notiz"], ["1", "Eins", '=""']])
    xml = _sheet_xml(data)
    cell = re.search(r'<c r="C2"[^>]*><f>(.*?)</f>(<v\s*/>|<v></v>)</c>', xml)
    assert cell is not None
    calculated = xml.replace(cell.group(0), f'<c r="C2" t="str"><f>{cell.group(1)}</f><v></v></c>')
    data = _rezip(data, change={"xl/worksheets/sheet1.xml": calculated.encode()})

    assert read_hierarchical(data, "liste.xlsx").entries[0].extra == {}


def test_a_stray_value_far_below_the_data_is_refused_before_loading():
    data = _xlsx([["Schlüssel", "Bezeichnung"], ["1", "Eins"]])
    xml = _sheet_xml(data).replace(
        "</sheetData>", '<row r="900000"><c r="A900000" t="n"><v>1</v></c></row></sheetData>'
    )
    data = _rezip(data, change={"xl/worksheets/sheet1.xml": xml.encode()})

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.xlsx")

    assert _only_problem(excinfo) == (
        None,
        None,
        "The file has more than 100000 rows; split it into several files.",
    )


def test_a_value_beyond_the_last_readable_column_is_refused_before_loading():
    data = _xlsx([["Schlüssel", "Bezeichnung"], ["1", "Eins"]])
    xml = _sheet_xml(data).replace("</row></sheetData>", '<c r="XFD2" t="n"><v>1</v></c></row></sheetData>')
    data = _rezip(data, change={"xl/worksheets/sheet1.xml": xml.encode()})

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.xlsx")

    assert _only_problem(excinfo) == (
        None,
        None,
        "The worksheet “Sheet” has values up to column XFD; at most 200 columns can be read.",
    )


def test_merged_cells_hidden_and_further_sheets_are_reported_with_the_table():
    workbook = openpyxl.Workbook()
    workbook.active.title = "Ausgeblendet"
    workbook.active.sheet_state = "hidden"
    sheet = workbook.create_sheet("Daten")
    sheet.append(["Schlüssel", "Bezeichnung"])
    sheet.append(["1", "Eins"])
    sheet.merge_cells("A3:B4")
    workbook.create_sheet("Notizen")
    buffer = io.BytesIO()
    workbook.save(buffer)

    table = read_table(buffer.getvalue(), "liste.xlsx")

    assert (table.sheet, table.other_sheets, table.hidden_sheets) == ("Daten", ["Notizen"], ["Ausgeblendet"])
    assert table.merged == [(3, 1, 4, 2)]


def test_dates_and_numbers_in_xlsx_cells_become_text():
    data = _xlsx(
        [
            HEADER,
            [
                99001001000000,
                None,
                None,
                None,
                None,
                "Fahrerlaubnis",
                None,
                3,
                None,
                None,
                datetime.date(2026, 3, 1),
            ],
        ]
    )

    entry = read_leika(data, "leika.xlsx").entries[0]

    assert (entry.key, entry.extra["typisierung"], entry.extra["datum"]) == (
        "99001001000000",
        "3",
        "2026-03-01",
    )


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04 this is no zip archive",
        _xlsx([["Schlüssel", "Bezeichnung"], ["1", "Eins"]])[:-200],
        _rezip(_xlsx([["Schlüssel", "Bezeichnung"]]), change={"xl/workbook.xml": b"<kaputt"}),
    ],
    ids=["garbage", "truncated", "broken-xml"],
)
def test_a_corrupt_xlsx_is_refused(data):
    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.xlsx")

    assert _only_problem(excinfo) == (
        None,
        None,
        "The file is not a readable XLSX workbook (it is damaged or in another format).",
    )


def test_a_file_named_xlsx_that_is_no_workbook_is_refused():
    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(b"Schluessel;Bezeichnung\n1;Eins\n", "liste.xlsx")

    assert _only_problem(excinfo)[2].startswith("The file is not a readable XLSX workbook")


def test_an_xlsx_with_a_huge_declared_dimension_is_refused_before_reading():
    data = _xlsx([["Schlüssel", "Bezeichnung"], ["1", "Eins"]])
    xml = _sheet_xml(data)
    assert '<dimension ref="A1:B2"' in xml
    data = _rezip(data, change={"xl/worksheets/sheet1.xml": xml.replace("A1:B2", "A1:XFD1048576").encode()})

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.xlsx")

    assert _only_problem(excinfo) == (
        None,
        None,
        "The worksheet “Sheet” declares 1048576 rows; at most 100000 can be read.",
    )


def test_an_xlsx_member_compressed_implausibly_strongly_is_refused():
    data = _rezip(
        _xlsx([["Schlüssel", "Bezeichnung"]]), add={"xl/media/padding.bin": b" " * (5 * 1024 * 1024)}
    )

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.xlsx")

    assert _only_problem(excinfo) == (
        None,
        None,
        "The XLSX workbook unpacks to more than 100 MB or is compressed implausibly strongly; "
        "it is not read.",
    )


def test_an_xlsx_unpacking_beyond_the_limit_is_refused(monkeypatch):
    data = _xlsx([["Schlüssel", "Bezeichnung"], ["1", "Eins"]])
    monkeypatch.setattr(files_module, "MAX_XLSX_UNPACKED_BYTES", 10 * 1024)

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.xlsx")

    assert _only_problem(excinfo)[2].startswith("The XLSX workbook unpacks to more than 0 MB")


def test_an_opendocument_spreadsheet_is_refused_with_advice():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(buffer.getvalue(), "liste.ods")

    assert _only_problem(excinfo) == (
        None,
        None,
        "OpenDocument spreadsheets (.ods) cannot be read; save the file as XLSX or CSV.",
    )


def test_an_xlsx_with_too_many_rows_is_refused(monkeypatch):
    monkeypatch.setattr(files_module, "MAX_ROWS", 3)
    data = _xlsx([["Schlüssel", "Bezeichnung"], *([str(i), f"Eintrag {i}"] for i in range(5))])

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.xlsx")

    assert _only_problem(excinfo) == (
        None,
        None,
        "The file has more than 3 rows; split it into several files.",
    )


# --- OZG ---------------------------------------------------------------------------------------------------

OZG_HEADER = (
    "Themenfeld;Lebens-/Unternehmenslage;Lage-ID;Lagenart;OZG-ID;OZG-Leistung;Beschreibung;LeiKa-Schlüssel"
)


def _ozg(*rows: str) -> bytes:
    return "\n".join([OZG_HEADER, *rows, ""]).encode("utf-8")


def test_it_reads_the_ozg_catalogue_into_themenfeld_lage_and_leistung():
    data = _ozg(
        "Arbeit und Ruhestand;Arbeitslosigkeit;;Lebenslage;10001;Arbeitslosengeld;Geld bei Arbeitslosigkeit;"
        "99001001060000 | 99001001070000",
        "arbeit & ruhestand;Arbeitslosigkeit;;;10002;Bürgergeld;;99001001060000,99001001080000",
        "Unternehmensführung und -entwicklung;Unternehmen gründen;UL-7;Unternehmenslage;10003;"
        "Gewerbeanzeige;;",
        "Querschnittsleistungen;Verwaltungskontakt;;;10004;Behördenauskunft;;",
    )

    imported = read_ozg(data, "ozg.csv")

    assert [(e.key, e.name, e.parent_key, e.row) for e in imported.entries] == [
        ("TF-01", "Arbeit & Ruhestand", None, 2),
        ("LL-01-arbeitslosigkeit", "Arbeitslosigkeit", "TF-01", 2),
        ("10001", "Arbeitslosengeld", "LL-01-arbeitslosigkeit", 2),
        ("10002", "Bürgergeld", "LL-01-arbeitslosigkeit", 3),
        ("TF-13", "Unternehmensführung & -entwicklung", None, 4),
        ("UL-7", "Unternehmen gründen", "TF-13", 4),
        ("10003", "Gewerbeanzeige", "UL-7", 4),
        ("TF-14", "Querschnitt", None, 5),
        ("LL-14-verwaltungskontakt", "Verwaltungskontakt", "TF-14", 5),
        ("10004", "Behördenauskunft", "LL-14-verwaltungskontakt", 5),
    ]
    entries = {e.key: e for e in imported.entries}
    assert entries["TF-01"].extra == {"themenfeld": "arbeit"}
    assert entries["LL-01-arbeitslosigkeit"].extra == {"themenfeld": "arbeit", "art": "Lebenslage"}
    assert entries["UL-7"].extra == {"themenfeld": "unternehmen", "art": "Unternehmenslage"}
    assert entries["LL-14-verwaltungskontakt"].extra == {"themenfeld": "querschnitt"}
    assert entries["10001"].description == "Geld bei Arbeitslosigkeit"
    assert entries["10001"].extra == {"themenfeld": "arbeit", "leika_keys": "99001001060000 99001001070000"}
    assert entries["10002"].extra["leika_keys"] == "99001001060000 99001001080000"
    assert "leika_keys" not in entries["10003"].extra


def test_it_reads_an_ozg_workbook_with_separate_lebenslage_and_unternehmenslage_columns():
    data = _xlsx(
        [
            ["Themenfeld", "Lebenslage", "Unternehmenslage", "OZG-ID", "Bezeichnung"],
            ["Familie & Kind", "Geburt", None, 10101, "Geburtsurkunde"],
            ["Steuern & Zoll", None, "Steuern zahlen", 10202, "Gewerbesteuer"],
        ]
    )

    imported = read_ozg(data, "ozg.xlsx")

    lagen = {e.name: e for e in imported.entries if e.parent_key and e.parent_key.startswith("TF-")}
    assert lagen["Geburt"].key == "LL-06-geburt"
    assert lagen["Geburt"].extra == {"themenfeld": "familie", "art": "Lebenslage"}
    assert lagen["Steuern zahlen"].extra == {"themenfeld": "steuern", "art": "Unternehmenslage"}
    assert [e.key for e in imported.entries if e.key.isdigit()] == ["10101", "10202"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Arbeit & Ruhestand", "01"),
        ("ARBEIT UND RUHESTAND", "01"),
        ("Ein- und Auswanderung", "04"),
        ("Mobilitaet & Reisen", "09"),
        ("Unternehmensführung & -entwicklung", "13"),
        ("Querschnitt", "14"),
        ("Querschnittsleistungen", "14"),
        ("07 Forschung & Förderung", "07"),
        ("TF-12", "12"),
        ("Sport", None),
        ("15", None),
    ],
)
def test_themenfelder_are_matched_tolerantly(text, number):
    found = themenfeld(text)
    assert (found[0] if found else None) == number


def test_an_unknown_themenfeld_is_an_error():
    with pytest.raises(CatalogFileError) as excinfo:
        read_ozg(_ozg("Sport & Spiel;Vereine;;;10001;Vereinsregister;;"), "ozg.csv")

    assert _only_problem(excinfo) == (
        2,
        "Themenfeld",
        "“Sport & Spiel” is not one of the 14 Themenfelder of the OZG (e.g. “Arbeit & Ruhestand”).",
    )


def test_a_lage_under_two_themenfelder_is_an_error():
    data = _ozg(
        "Bauen & Wohnen;Umzug;;;10001;Wohnsitzanmeldung;;",
        "Familie & Kind;Umzug;;;10002;Kita-Wechsel;;",
    )

    with pytest.raises(CatalogFileError) as excinfo:
        read_ozg(data, "ozg.csv")

    assert _only_problem(excinfo) == (
        3,
        "Themenfeld",
        "The Lage “Umzug” appears under two Themenfelder: “Bauen & Wohnen” (row 2) and “Familie & Kind”.",
    )


def test_a_lage_id_reused_for_another_name_is_an_error():
    data = _ozg("Bildung;Schule;L-1;;10001;Schulanmeldung;;", "Bildung;Studium;L-1;;10002;BAföG;;")

    with pytest.raises(CatalogFileError) as excinfo:
        read_ozg(data, "ozg.csv")

    assert _only_problem(excinfo) == (
        3,
        "Lage-ID",
        "The Lage-ID L-1 stands for “Schule” in row 2 and for “Studium” here.",
    )


def test_an_ozg_id_twice_malformed_ids_and_leika_keys_are_errors():
    data = _ozg(
        "Bildung;Schule;;;10001;Schulanmeldung;;",
        "Bildung;Schule;;;10001;Schulwechsel;;",
        "Bildung;Schule;;;1002;Schulbescheinigung;;",
        "Bildung;Schule;;Schulweg;10003;Schülerbeförderung;;99001001060000|990010010600",
    )

    with pytest.raises(CatalogFileError) as excinfo:
        read_ozg(data, "ozg.csv")

    assert _problems(excinfo) == [
        (3, "OZG-ID", "The OZG-ID 10001 appears twice (first in row 2)."),
        (4, "OZG-ID", "The OZG-ID “1002” is not a number of five digits."),
        (5, "Lagenart", "The kind of Lage “Schulweg” is neither Lebenslage nor Unternehmenslage."),
        (5, "LeiKa-Schlüssel", "The LeiKa key “990010010600” is malformed (a LeiKa key has 14 digits)."),
    ]


def test_an_ozg_file_without_a_lage_column_names_the_alternatives():
    data = b"Themenfeld;OZG-ID;OZG-Leistung\nBildung;10001;Schulanmeldung\n"

    with pytest.raises(CatalogFileError) as excinfo:
        read_ozg(data, "ozg.csv")

    assert _only_problem(excinfo) == (
        1,
        None,
        "Required columns are missing: Lage (or Lebenslage, Unternehmenslage). "
        "The header row reads: Themenfeld, OZG-ID, OZG-Leistung.",
    )


# --- hierarchical ------------------------------------------------------------------------------------------


def test_it_reads_a_hierarchical_list_parents_first_with_extra_columns():
    data = (
        "Schlüssel;Übergeordnet;Bezeichnung;Beschreibung;Synonyme;Link;Zuständigkeit\n"
        "1.2;1;Personal;Personalverwaltung;HR|Personalwesen;https://kgst.example/1.2;Hauptamt\n"
        "1;;Steuerung;;;;\n"
        "2;;Finanzen;;;;Kämmerei\n"
    ).encode("iso-8859-1")

    imported = read_hierarchical(data, "kgst.csv")

    assert imported.entries == [
        ImportedEntry(key="1", name="Steuerung", row=3),
        ImportedEntry(
            key="1.2",
            name="Personal",
            parent_key="1",
            description="Personalverwaltung",
            synonyms=("HR", "Personalwesen"),
            url="https://kgst.example/1.2",
            extra={"Zuständigkeit": "Hauptamt"},
            row=2,
        ),
        ImportedEntry(key="2", name="Finanzen", extra={"Zuständigkeit": "Kämmerei"}, row=4),
    ]


def test_dotted_keys_give_the_tree_when_there_is_no_parent_column():
    data = b"Code;Name\n1;Eins\n1.1;Eins-eins\n1.1.1;Eins-eins-eins\n1.2.;Eins-zwei\n2;Zwei\n"

    imported = read_hierarchical(data, "srh.csv")

    assert [(e.key, e.parent_key) for e in imported.entries] == [
        ("1", None),
        ("1.1", "1"),
        ("1.1.1", "1.1"),
        ("1.2.", "1"),
        ("2", None),
    ]


def test_a_dotted_key_whose_parent_is_missing_is_an_error():
    data = b"Code;Name\n1;Eins\n2.3.4;Irgendwo\n"

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "srh.csv")

    assert _only_problem(excinfo) == (
        3,
        "Code",
        "The key “2.3.4” lies below “2.3” (by its dots), but the file has no entry “2.3”.",
    )


def test_a_parent_key_that_does_not_exist_is_an_error():
    data = "Schlüssel;Übergeordneter Schlüssel;Bezeichnung\nA;;Alpha\nB;X;Beta\n".encode()

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _only_problem(excinfo) == (
        3,
        "Übergeordneter Schlüssel",
        "The parent key “X” does not exist in the file.",
    )


def test_a_cycle_is_reported_with_its_keys():
    data = "Schlüssel;Parent;Bezeichnung\nR;;Wurzel\nA;C;Alpha\nB;A;Beta\nC;B;Gamma\nD;D;Delta\nE;A;Epsilon\n"

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data.encode(), "liste.csv")

    assert _problems(excinfo) == [
        (
            3,
            "Parent",
            "The entries A → C → B → A form a cycle (each arrow leads from an entry to its parent).",
        ),
        (6, "Parent", "The entry D is its own parent."),
    ]


def test_a_tree_deeper_than_allowed_is_an_error():
    rows = ["Schlüssel;Eltern;Bezeichnung", "K0;;Ebene 1"]
    rows += [f"K{level};K{level - 1};Ebene {level + 1}" for level in range(1, MAX_DEPTH + 1)]
    data = "\n".join(rows).encode()

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _only_problem(excinfo) == (
        MAX_DEPTH + 2,
        "Eltern",
        f"The entry lies {MAX_DEPTH + 1} levels deep; at most {MAX_DEPTH} levels are allowed.",
    )
    assert len(read_hierarchical("\n".join(rows[:-1]).encode(), "liste.csv").entries) == MAX_DEPTH


def test_bad_keys_names_duplicates_and_links_are_reported_row_by_row():
    data = (
        "Schlüssel;Bezeichnung;Link\n"
        "A 1;Alpha;\n"
        f"{'K' * 41};Lang;\n"
        ";Ohne Schlüssel;\n"
        "B;;\n"
        "C;Gamma;ftp://example.org\n"
        "D;Delta;https://example.org/d\n"
        "D;Delta noch einmal;\n"
    ).encode()

    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(data, "liste.csv")

    assert _problems(excinfo) == [
        (2, "Schlüssel", "The key “A 1” contains spaces or control characters."),
        (3, "Schlüssel", f"The key “{'K' * 41}” is longer than 40 characters."),
        (4, "Schlüssel", "The key is empty."),
        (5, "Bezeichnung", "The name is empty."),
        (6, "Link", "The link “ftp://example.org” is not a web address (starting with http:// or https://)."),
        (8, "Schlüssel", "The key D appears twice (first in row 7)."),
    ]


def test_a_missing_key_column_is_reported_with_the_header_found():
    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical(b"Bezeichnung;Beschreibung\nEins;\n", "liste.csv")

    assert _only_problem(excinfo) == (
        1,
        None,
        "Required columns are missing: Schlüssel. The header row reads: Bezeichnung, Beschreibung.",
    )


def test_a_column_given_twice_is_reported():
    with pytest.raises(CatalogFileError) as excinfo:
        read_hierarchical("Schlüssel;Code;Bezeichnung\n1;1;Eins\n".encode(), "liste.csv")

    assert _only_problem(excinfo) == (
        1,
        None,
        "The column “Code” appears twice in the header (also as “Schlüssel”).",
    )


# --- context -----------------------------------------------------------------------------------------------


def test_it_reads_a_context_catalogue_with_parents_by_name_or_key():
    data = (
        "Bezeichnung;Beschreibung;Link;Schlüssel;Übergeordnet;Synonyme;Hersteller\n"
        "Bauordnung NRW;Landesbauordnung;https://recht.nrw.de/bauo;BauO;;LBO;\n"
        "§ 63 Genehmigungsverfahren;;;;BauO;;\n"
        "§ 64 Vereinfachtes Verfahren;;;;§ 63 genehmigungsverfahren;;\n"
        "Fachverfahren Bau;;;;;;Beispiel GmbH\n"
    ).encode("cp1252")

    imported = read_context(data, "recht.csv")

    assert imported.entries == [
        ImportedEntry(
            key="BauO",
            name="Bauordnung NRW",
            description="Landesbauordnung",
            url="https://recht.nrw.de/bauo",
            synonyms=("LBO",),
            row=2,
        ),
        ImportedEntry(key="", name="§ 63 Genehmigungsverfahren", parent_key="BauO", row=3),
        ImportedEntry(
            key="", name="§ 64 Vereinfachtes Verfahren", parent_key="§ 63 Genehmigungsverfahren", row=4
        ),
        ImportedEntry(key="", name="Fachverfahren Bau", extra={"Hersteller": "Beispiel GmbH"}, row=5),
    ]


def test_context_names_must_be_unique_ignoring_case():
    data = b"Bezeichnung\nBauantrag\nGrundbuchauszug\nBAUANTRAG\n"

    with pytest.raises(CatalogFileError) as excinfo:
        read_context(data, "dokumente.csv")

    assert _only_problem(excinfo) == (
        4,
        "Bezeichnung",
        "The name “BAUANTRAG” appears twice (first in row 2).",
    )


def test_context_parent_that_is_neither_key_nor_name_is_an_error_and_cycles_are_found():
    data = "Bezeichnung;Übergeordnet;Link\nA;B;\nB;A;\nC;Z;\nD;;www.example.org\n".encode()

    with pytest.raises(CatalogFileError) as excinfo:
        read_context(data, "dokumente.csv")

    assert _problems(excinfo) == [
        (5, "Link", "The link “www.example.org” is not a web address (starting with http:// or https://)."),
        (4, "Übergeordnet", "The parent “Z” is neither a key nor a name in the file."),
        (
            2,
            "Übergeordnet",
            "The entries A → B → A form a cycle (each arrow leads from an entry to its parent).",
        ),
    ]


# --- dispatch ----------------------------------------------------------------------------------------------


def test_read_catalog_file_dispatches_on_the_layout():
    hierarchical = "Schlüssel;Bezeichnung\n1;Eins\n".encode()

    assert read_catalog_file(ImportLayout.HIERARCHICAL, hierarchical, "a.csv").entries[0].key == "1"
    assert read_catalog_file(ImportLayout.CONTEXT, hierarchical, "a.csv").entries[0].name == "Eins"
    assert (
        read_catalog_file("leika", _leika("99001001000000;;;;;Objekt;;;;;"), "l.csv").entries[0].name
        == "Objekt"
    )
    ozg = _ozg("Bildung;Schule;;;10001;Schulanmeldung;;")
    assert read_catalog_file(ImportLayout.OZG, ozg, "o.csv").entries[-1].key == "10001"
    with pytest.raises(ValueError, match="unknown file layout"):
        read_catalog_file("bpmn", hierarchical, "a.csv")


def test_every_catalogue_kind_has_fitting_layouts():
    assert set(LAYOUTS_FOR_KIND) == set(CatalogKind)
    assert LAYOUTS_FOR_KIND[CatalogKind.LEIKA] == (ImportLayout.LEIKA, ImportLayout.HIERARCHICAL)
    assert LAYOUTS_FOR_KIND[CatalogKind.OZG] == (ImportLayout.OZG,)
    for kind in (CatalogKind.KGST, CatalogKind.SRH, CatalogKind.PRODUCT):
        assert LAYOUTS_FOR_KIND[kind] == (ImportLayout.HIERARCHICAL,)
    for kind in (
        CatalogKind.DOCUMENTS,
        CatalogKind.IT_SYSTEMS,
        CatalogKind.LEGAL_BASES,
        CatalogKind.EXTERNAL_PARTIES,
    ):
        assert LAYOUTS_FOR_KIND[kind] == (ImportLayout.CONTEXT,)
