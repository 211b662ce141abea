"""The importable fields and their cell readers: what German lists contain, and the model's own limits."""

import datetime

import pytest
from django.core.validators import MaxValueValidator, MinValueValidator

from interchange.cells import CellError, Kind, read_boolean, read_date, read_folder_path, split_values
from interchange.fields import catalog_fields, match_headers, standard_fields
from register.models import ProcessProfile

FIELDS = {f.key: f for f in standard_fields()}


@pytest.mark.parametrize("f", standard_fields(), ids=lambda f: f.key)
def test_every_standard_field_reads_within_the_models_limits(f):
    """The import checks cells with the field readers only; they must enforce what the model enforces."""
    if f.kind in (Kind.FOLDER, Kind.UNIT, Kind.UNITS, Kind.POSITION, Kind.PROFILES):
        return  # relations, resolved against the register
    model_field = ProcessProfile._meta.get_field(f.key)
    if f.kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.URL):
        assert f.max_length == model_field.max_length
    if f.kind == Kind.INTEGER:
        minimum = min(
            (v.limit_value for v in model_field.validators if isinstance(v, MinValueValidator)), default=0
        )
        maximum = next(v.limit_value for v in model_field.validators if isinstance(v, MaxValueValidator))
        assert (f.minimum, f.maximum) == (minimum, maximum)
    if f.kind == Kind.CHOICE:
        assert [value for value, _label in f.choices] == [value for value, _label in model_field.choices]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01.03.2026", datetime.date(2026, 3, 1)),
        ("1.3.26", datetime.date(2026, 3, 1)),
        ("2026-03-01", datetime.date(2026, 3, 1)),
        ("2026-03-01 00:00", datetime.date(2026, 3, 1)),
        ("1. März 2026", datetime.date(2026, 3, 1)),
        ("15 Dez 2026", datetime.date(2026, 12, 15)),
    ],
)
def test_dates_are_read_as_german_lists_write_them(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize("text", ["31.02.2026", "März", "2026/03/01", "45000", "morgen"])
def test_text_that_is_no_date_is_refused_with_a_message(text):
    with pytest.raises(CellError) as excinfo:
        read_date(text)
    assert text in str(excinfo.value)


@pytest.mark.parametrize(
    ("text", "expected"), [("ja", True), ("X", True), ("1", True), ("Nein", False), ("-", False)]
)
def test_yes_and_no_in_their_usual_spellings(text, expected):
    assert read_boolean(text) is expected


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("case_count", "1.200", 1200),
        ("case_count", "1 200", 1200),
        ("case_count", "1200,0", 1200),
        ("digitalisation_level", "3 – Online-Antrag", 3),
        ("digitalisation_level", "Stufe 2", 2),
        ("process_type", "Unterstützungsprozess", "unterstuetzung"),
        ("process_type", "kern", "kern"),
        ("release_status", "5", 5),
        ("addressees", "Bürger, Unternehmen", ["citizens", "businesses"]),
        ("online_assistant_url", "https://example.org/antrag", "https://example.org/antrag"),
    ],
)
def test_cells_are_read_to_the_stored_values(key, text, expected):
    assert FIELDS[key].read(text) == expected


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("case_count", "-3"),
        ("case_count", "2,5"),
        ("case_count", "100000000"),
        ("processing_minutes", "0"),
        ("digitalisation_level", "7"),
        ("process_type", "Nebenprozess"),
        ("online_assistant_url", "javascript:alert(1)"),
        ("name", "x" * 301),
    ],
)
def test_cells_outside_the_rules_are_refused(key, text):
    with pytest.raises(CellError):
        FIELDS[key].read(text)


def test_several_values_and_folder_paths_are_split():
    assert split_values("33; Standesamt\n34 | 35") == ["33", "Standesamt", "34", "35"]
    assert split_values("99122001000000, 99122002000000", commas=True) == ["99122001000000", "99122002000000"]
    assert read_folder_path("Bürgerdienste / Meldewesen > Pass") == ("Bürgerdienste", "Meldewesen", "Pass")


def test_headings_are_matched_by_label_synonym_and_prefix_each_field_once():
    fields = [*standard_fields(), *catalog_fields()]
    headers = [
        "Lfd. Nr.",
        "Prozessbezeichnung",
        "Fallzahl 2025",
        "LeiKa-Schlüssel",
        "Bezeichnung",
        "Unbekannt",
    ]

    assert match_headers(headers, fields) == {
        0: "number",
        1: "name",
        2: "case_count",
        3: "catalog:leika",
    }


def test_a_remembered_assignment_wins_and_can_leave_a_column_out():
    fields = standard_fields()

    mapping = match_headers(["Nr.", "Titel", "Name"], fields, remembered={"titel": "name", "name": ""})

    assert mapping == {0: "number", 1: "name"}
