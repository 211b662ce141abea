"""Importing process profiles from spreadsheets: reading, assigning columns, checking, writing."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from catalogues.choices import CatalogKind
from catalogues.tests.factories import CatalogEntryFactory, CatalogFactory
from interchange.choices import ExistingProfiles, JobStatus
from interchange.models import HeaderMapping, ImportJob
from interchange.services.profiles_import import (
    ImportRefused,
    import_apply,
    import_check,
    import_discard,
    import_mapping_set,
    import_upload,
)
from interchange.tests.spreadsheets import csv, xlsx
from organisation.tests.factories import OrgUnitFactory, PositionFactory
from register.choices import AttributeType
from register.models import CatalogLink, Folder, ProcessProfile
from register.tests.factories import AttributeDefinitionFactory, FolderFactory, ProfileFactory

HEADER = [
    "Prozess-Nr.",
    "Bezeichnung",
    "Zuständige OE",
    "Fallzahl",
    "Bearbeitungszeit (Min.)",
    "Nächste Prüfung",
]


def _upload(cast, data, name="liste.xlsx"):
    return import_upload(tenant=cast.tenant, actor=cast.modeller, data=data, file_name=name)


def _import(cast, data, name="liste.xlsx", **options):
    job = _upload(cast, data, name)
    if options:
        mapping = {int(i): k for i, k in job.mapping.items()}
        job = import_mapping_set(
            tenant=cast.tenant,
            job=job,
            mapping=options.pop("mapping", mapping),
            existing=options.pop("existing", ExistingProfiles.UPDATE),
            only_valid=options.pop("only_valid", False),
            remember=False,
            actor=cast.modeller,
        )
    return import_apply(tenant=cast.tenant, job=job, actor=cast.modeller)


def _profiles(cast):
    return {p.number: p for p in ProcessProfile.objects.for_tenant(cast.tenant)}


@pytest.mark.django_db
def test_it_reads_a_messy_municipal_list_with_a_title_row_german_numbers_and_dates(cast):
    OrgUnitFactory(tenant=cast.tenant, name="Ordnungsamt", short_code="32")
    data = xlsx(
        [
            [*HEADER, "Bemerkung intern"],
            ["P-0001", "Hundesteuer festsetzen", "Ordnungsamt", "1.200", "15", "01.03.2027", "egal"],
            ["P-0002", "Gewerbe anmelden", "32", 340, 20, datetime.date(2027, 4, 1), ""],
        ],
        before=[["Prozessliste Stadt Teststadt, Stand März 2026"], []],
    )

    job = _upload(cast, data)

    assert job.header_row == 3
    assert job.mapping == {
        "0": "number",
        "1": "name",
        "2": "owner_unit",
        "3": "case_count",
        "4": "processing_minutes",
        "5": "next_review",
    }
    import_apply(tenant=cast.tenant, job=job, actor=cast.modeller)
    profiles = _profiles(cast)
    assert profiles["P-0001"].case_count == 1200
    assert profiles["P-0001"].next_review == datetime.date(2027, 3, 1)
    assert profiles["P-0002"].owner_unit.short_code == "32"
    assert profiles["P-0002"].next_review == datetime.date(2027, 4, 1)
    job.refresh_from_db()
    assert job.status == JobStatus.IMPORTED
    assert job.rows == []
    assert (job.result["create"], job.result["update"]) == (2, 0)


@pytest.mark.django_db
def test_it_updates_existing_processes_by_number_and_leaves_empty_cells_alone(cast):
    ProfileFactory(tenant=cast.tenant, number="P-0001", name="Alt", case_count=5, processing_minutes=9)
    data = xlsx([["Nr.", "Name", "Fallzahl", "Bearbeitungszeit"], ["P-0001", "Neu", "", "12"]])

    _import(cast, data)

    profile = _profiles(cast)["P-0001"]
    assert (profile.name, profile.case_count, profile.processing_minutes) == ("Neu", 5, 12)


@pytest.mark.django_db
def test_a_file_with_one_bad_row_changes_nothing(cast):
    data = xlsx(
        [
            ["Nr.", "Name", "Fallzahl"],
            ["P-0001", "Eins", "10"],
            ["P-0002", "Zwei", "viele"],
        ]
    )

    with pytest.raises(ValidationError):
        _import(cast, data)

    assert not ProcessProfile.objects.for_tenant(cast.tenant).exists()
    job = ImportJob.objects.for_tenant(cast.tenant).get()
    assert job.status == JobStatus.CHECKED
    assert job.result["problems"] == [
        {"row": 3, "column": "Fallzahl", "message": _("“%(value)s” is not a number.") % {"value": "viele"}}
    ]


@pytest.mark.django_db
def test_only_the_valid_rows_are_imported_when_the_user_chooses_so(cast):
    data = xlsx([["Nr.", "Name", "Fallzahl"], ["P-0001", "Eins", "10"], ["P-0002", "Zwei", "-4"]])

    job = _import(cast, data, only_valid=True)

    assert list(_profiles(cast)) == ["P-0001"]
    assert (job.result["create"], job.result["invalid"]) == (1, 1)


@pytest.mark.django_db
def test_duplicate_numbers_in_the_file_are_problems_of_the_later_row(cast):
    data = xlsx([["Nr.", "Name"], ["P-1", "Eins"], ["P-1", "Doppelt"]])
    job = _upload(cast, data)

    plan = import_check(tenant=cast.tenant, job=job)

    assert [(p["row"], p["column"]) for p in plan.problems] == [(3, "Nr.")]


@pytest.mark.django_db
def test_catalogue_links_folders_units_and_attributes_are_resolved(cast):
    leika = CatalogEntryFactory(catalog=CatalogFactory(kind=CatalogKind.LEIKA), key="99122001000000")
    ozg = CatalogEntryFactory(catalog=CatalogFactory(kind=CatalogKind.OZG), key="10234")
    OrgUnitFactory(tenant=cast.tenant, name="Bürgeramt", short_code="33")
    OrgUnitFactory(tenant=cast.tenant, name="Standesamt", short_code="34")
    PositionFactory(tenant=cast.tenant, name="Sachbearbeitung Meldewesen")
    existing = FolderFactory(tenant=cast.tenant, name="Bürgerdienste")
    AttributeDefinitionFactory(
        group__tenant=cast.tenant,
        tenant=cast.tenant,
        key="schutzbedarf",
        label="Schutzbedarf",
        type=AttributeType.CHOICE,
        choices=["normal", "hoch"],
    )
    data = xlsx(
        [
            [
                "Nr.",
                "Name",
                "Ordner",
                "Beteiligte OE",
                "Prozessverantwortlich",
                "LeiKa",
                "OZG-ID",
                "Schutzbedarf",
                "Relevant",
                "Digitalisierungsgrad",
                "Prozesstyp",
                "Themenfeld",
            ],
            [
                "P-1",
                "Anmeldung",
                "Bürgerdienste / Meldewesen",
                "33; Standesamt",
                "Sachbearbeitung Meldewesen",
                "99122001000000",
                "10234",
                "hoch",
                "ja",
                "3 – Online-Antrag",
                "Kernprozess",
                "Familie & Kind",
            ],
        ]
    )

    _import(cast, data)

    profile = _profiles(cast)["P-1"]
    assert profile.folder.name == "Meldewesen"
    assert profile.folder.parent == existing
    assert sorted(u.short_code for u in profile.participating_units.all()) == ["33", "34"]
    assert profile.process_owner.name == "Sachbearbeitung Meldewesen"
    assert set(CatalogLink.objects.for_tenant(cast.tenant).values_list("entry_id", flat=True)) == {
        leika.pk,
        ozg.pk,
    }
    assert profile.attributes == {"schutzbedarf": "hoch"}
    assert (profile.relevant, profile.digitalisation_level, profile.process_type) == (True, 3, "kern")
    assert profile.ozg_topic == "familie"
    assert "anmeld" in profile.search_document.split()


@pytest.mark.django_db
def test_unknown_catalogue_keys_and_units_are_reported_and_nothing_is_written(cast):
    CatalogFactory(kind=CatalogKind.LEIKA)
    data = xlsx([["Nr.", "Name", "LeiKa", "OE"], ["P-1", "Eins", "99999999999999", "Gibt es nicht"]])

    with pytest.raises(ValidationError):
        _import(cast, data)

    job = ImportJob.objects.for_tenant(cast.tenant).get()
    assert [p["column"] for p in job.result["problems"]] == ["LeiKa", "OE"]
    assert not ProcessProfile.objects.for_tenant(cast.tenant).exists()
    assert not Folder.objects.for_tenant(cast.tenant).exists()


@pytest.mark.parametrize(
    ("encoding", "separator", "bom"),
    [("utf-8", ";", True), ("utf-8", ",", False), ("cp1252", ";", False), ("iso-8859-1", "\t", False)],
)
@pytest.mark.django_db
def test_csv_encodings_and_separators_are_detected(cast, encoding, separator, bom):
    name = "Straßenreinigung – Gebühren" if encoding != "iso-8859-1" else "Straßenreinigung, Gebühren"
    data = csv(
        [["Nr.", "Name", "Fallzahl"], ["P-1", name, "1.500"]], separator=separator, encoding=encoding, bom=bom
    )

    _import(cast, data, name="liste.csv")

    profile = _profiles(cast)["P-1"]
    assert (profile.name, profile.case_count) == (name, 1500)


@pytest.mark.django_db
def test_the_assignment_can_be_changed_and_is_remembered_for_the_next_file(cast):
    data = xlsx([["Ident", "Titel", "Anzahl"], ["P-1", "Eins", "7"]])
    job = _upload(cast, data)
    assert job.mapping == {"1": "name"}

    import_mapping_set(
        tenant=cast.tenant,
        job=job,
        mapping={0: "number", 1: "name", 2: "case_count"},
        existing=ExistingProfiles.UPDATE,
        only_valid=False,
        remember=True,
        actor=cast.modeller,
    )

    assert _upload(cast, data).mapping == {"0": "number", "1": "name", "2": "case_count"}
    assert HeaderMapping.objects.for_tenant(cast.tenant).count() == 3


@pytest.mark.django_db
def test_a_mapping_without_the_number_or_with_a_field_twice_is_refused(cast):
    job = _upload(cast, xlsx([["Nr.", "Name", "Titel"], ["P-1", "Eins", "Zwei"]]))

    with pytest.raises(ValidationError) as excinfo:
        import_mapping_set(
            tenant=cast.tenant,
            job=job,
            mapping={1: "name", 2: "name"},
            existing="update",
            only_valid=False,
            remember=False,
            actor=None,
        )

    assert len(excinfo.value.messages) == 2


@pytest.mark.django_db
def test_existing_processes_can_be_skipped_or_new_ones_left_out(cast):
    ProfileFactory(tenant=cast.tenant, number="P-1", name="Alt")
    data = xlsx([["Nr.", "Name"], ["P-1", "Neu"], ["P-2", "Zwei"]])

    _import(cast, data, existing=ExistingProfiles.SKIP)
    assert {n: p.name for n, p in _profiles(cast).items()} == {"P-1": "Alt", "P-2": "Zwei"}

    _import(
        cast, xlsx([["Nr.", "Name"], ["P-1", "Neu"], ["P-3", "Drei"]]), existing=ExistingProfiles.ONLY_UPDATE
    )
    assert {n: p.name for n, p in _profiles(cast).items()} == {"P-1": "Neu", "P-2": "Zwei"}


@pytest.mark.django_db
def test_a_repeated_import_changes_nothing(cast):
    data = xlsx([["Nr.", "Name", "Fallzahl"], ["P-1", "Eins", "3"]])
    _import(cast, data)

    job = _import(cast, data)

    assert (job.result["create"], job.result["update"], job.result["unchanged"]) == (0, 0, 1)


@pytest.mark.django_db
def test_a_finished_job_cannot_be_imported_twice(cast):
    job = _import(cast, xlsx([["Nr.", "Name"], ["P-1", "Eins"]]))

    with pytest.raises(ValidationError):
        import_apply(tenant=cast.tenant, job=job, actor=None)
    with pytest.raises(ValidationError):
        import_discard(tenant=cast.tenant, job=job)


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"PK\x03\x04 kaputt", "liste.xlsx"),
        (b"", "liste.csv"),
        (b"\x00\x01\x02binary", "liste.csv"),
    ],
)
@pytest.mark.django_db
def test_unreadable_files_are_refused_and_leave_no_job(cast, data, name):
    with pytest.raises(ImportRefused):
        _upload(cast, data, name)

    assert not ImportJob.objects.for_tenant(cast.tenant).exists()


@pytest.mark.django_db
def test_merged_cells_in_the_data_are_refused(cast):
    import io

    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nr.", "Name", "Ordner"])
    sheet.append(["P-1", "Eins", "Bürgerdienste"])
    sheet.append(["P-2", "Zwei", ""])
    sheet.merge_cells("C2:C3")
    buffer = io.BytesIO()
    workbook.save(buffer)

    with pytest.raises(ImportRefused) as excinfo:
        _upload(cast, buffer.getvalue())

    assert "C2:C3" in excinfo.value.messages[0]


@pytest.mark.django_db
def test_the_whole_register_workbook_imports_again_without_any_change(cast):
    from interchange.exports import register_workbook

    leika = CatalogEntryFactory(catalog=CatalogFactory(kind=CatalogKind.LEIKA), key="99122001000000")
    unit = OrgUnitFactory(tenant=cast.tenant, name="Bürgeramt", short_code="33")
    other = OrgUnitFactory(tenant=cast.tenant, name="Standesamt", short_code="")
    position = PositionFactory(tenant=cast.tenant, unit=unit, name="Sachbearbeitung")
    parent = FolderFactory(tenant=cast.tenant, name="Bürgerdienste")
    folder = FolderFactory(tenant=cast.tenant, name="Meldewesen", parent=parent)
    AttributeDefinitionFactory(
        group__tenant=cast.tenant,
        tenant=cast.tenant,
        key="stichtag",
        label="Stichtag",
        type=AttributeType.DATE,
    )
    first = ProfileFactory(
        tenant=cast.tenant,
        number="P-1",
        name="Wohnsitz anmelden",
        folder=folder,
        owner_unit=unit,
        process_owner=position,
        addressees=["citizens", "businesses"],
        next_review=datetime.date(2027, 3, 1),
        attributes={"stichtag": "2026-12-31"},
        online_assistant=True,
        online_assistant_url="https://example.org/anmelden",
        manual_priority=2,
        priority_reason="Beschluss des Lenkungskreises",
    )
    first.participating_units.add(other)
    CatalogLink.objects.create(tenant=cast.tenant, profile=first, entry=leika)
    second = ProfileFactory(tenant=cast.tenant, number="P-2", name="Wohnsitz abmelden", case_count=None)
    second.predecessors.add(first)

    job = _import(cast, register_workbook(cast.tenant), name="register.xlsx")

    assert job.result["problems"] == []
    assert (job.result["create"], job.result["update"], job.result["unchanged"]) == (0, 0, 2)
    assert any("Prozesse" in notice or "Processes" in notice for notice in job.notices)


@pytest.mark.django_db
def test_the_blank_template_is_recognised_and_its_description_row_skipped(cast):
    import io

    import openpyxl

    from interchange.template_xlsx import import_template_bytes

    workbook = openpyxl.load_workbook(io.BytesIO(import_template_bytes(cast.tenant)))
    sheet = workbook.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    row = [None] * len(headers)
    row[headers.index(_("Process number"))] = "P-77"
    row[headers.index(_("Name"))] = "Aus der Vorlage"
    row[headers.index(_("Cases per year"))] = 12
    sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)

    job = _upload(cast, buffer.getvalue())

    assert job.row_count == 1
    assert set(job.mapping.values()) >= {"number", "name", "case_count"}
    assert len(job.mapping) == len(headers)  # every heading of the template is known
    import_apply(tenant=cast.tenant, job=job, actor=cast.modeller)
    assert _profiles(cast)["P-77"].case_count == 12


def _workbook(build):
    import io

    import openpyxl

    workbook = openpyxl.Workbook()
    build(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _rezip(data, change):
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            target.writestr(info.filename, change(info.filename, content))
    return buffer.getvalue()


@pytest.mark.django_db
def test_a_hidden_first_sheet_is_not_read_and_the_visible_one_is_named(cast):
    def build(workbook):
        workbook.active.title = "Alt"
        workbook.active.append(["Nr.", "Name"])
        workbook.active.append(["ALT-1", "Veraltet"])
        workbook.active.sheet_state = "hidden"
        sheet = workbook.create_sheet("Aktuell")
        sheet.append(["Nr.", "Name"])
        sheet.append(["P-1", "Aktuell"])

    job = _upload(cast, _workbook(build))

    assert job.sheet == "Aktuell"
    assert [cells for _row, cells in job.rows] == [["P-1", "Aktuell"]]
    assert any("Alt" in notice for notice in job.notices)


@pytest.mark.django_db
def test_formulas_without_calculated_values_are_refused_with_their_cells(cast):
    def build(workbook):
        workbook.active.append(["Nr.", "Name", "Fallzahl"])
        workbook.active.append(["P-1", "Eins", "=2*600"])

    with pytest.raises(ImportRefused) as excinfo:
        _upload(cast, _workbook(build))

    assert "C2" in excinfo.value.messages[0]


@pytest.mark.django_db
def test_formulas_with_calculated_values_are_imported_with_a_notice(cast):
    def build(workbook):
        workbook.active.append(["Nr.", "Name", "Fallzahl"])
        workbook.active.append(["P-1", "Eins", "=2*600"])

    def calculated(name, content):
        if name == "xl/worksheets/sheet1.xml":
            return content.replace(b"<f>2*600</f><v></v>", b"<f>2*600</f><v>1200</v>").replace(
                b"<f>2*600</f><v/>", b"<f>2*600</f><v>1200</v>"
            )
        return content

    job = _import(cast, _rezip(_workbook(build), calculated))

    assert _profiles(cast)["P-1"].case_count == 1200
    notice = ngettext(
        "%(count)d cell contains a formula; its last calculated value is imported.",
        "%(count)d cells contain formulas; their last calculated values are imported.",
        1,
    ) % {"count": 1}
    assert notice in job.notices


@pytest.mark.django_db
def test_an_xlsx_bomb_with_huge_shared_strings_is_refused_before_reading(cast):
    def build(workbook):
        workbook.active.append(["Nr.", "Name"])
        workbook.active.append(["P-1", "Eins"])

    def bomb(name, content):
        if name == "xl/sharedStrings.xml" or name == "xl/worksheets/sheet1.xml":
            return content + b"<!--" + b" " * (5 * 1024 * 1024) + b"-->"
        return content

    with pytest.raises(ImportRefused) as excinfo:
        _upload(cast, _rezip(_workbook(build), bomb))

    assert "MB" in excinfo.value.messages[0]
    assert not ImportJob.objects.for_tenant(cast.tenant).exists()


@pytest.mark.django_db
def test_an_xlsx_declaring_a_million_rows_is_refused_before_reading(cast):
    def build(workbook):
        workbook.active.append(["Nr.", "Name"])
        workbook.active.append(["P-1", "Eins"])

    def huge(name, content):
        if name == "xl/worksheets/sheet1.xml":
            return content.replace(b'<dimension ref="A1:B2"/>', b'<dimension ref="A1:XFD1048576"/>')
        return content

    with pytest.raises(ImportRefused) as excinfo:
        _upload(cast, _rezip(_workbook(build), huge))

    assert "1048576" in excinfo.value.messages[0]


@pytest.mark.django_db
def test_a_truncated_xlsx_is_refused(cast):
    data = xlsx([["Nr.", "Name"], ["P-1", "Eins"]])

    with pytest.raises(ImportRefused):
        _upload(cast, data[: len(data) // 2])


@pytest.mark.django_db
def test_dates_written_as_unreadable_text_are_problems_of_their_cells(cast):
    data = xlsx(
        [["Nr.", "Name", "Nächste Prüfung"], ["P-1", "Eins", "Mitte März"], ["P-2", "Zwei", "31.02.2027"]]
    )

    plan = import_check(tenant=cast.tenant, job=_upload(cast, data))

    assert [(p["row"], p["column"]) for p in plan.problems] == [
        (2, "Nächste Prüfung"),
        (3, "Nächste Prüfung"),
    ]


@pytest.mark.django_db
def test_a_csv_in_utf16_without_byte_order_mark_is_refused_with_advice(cast):
    data = "Nr.;Name\r\nP-1;Eins\r\n".encode("utf-16-le")

    with pytest.raises(ImportRefused) as excinfo:
        _upload(cast, data, "liste.csv")

    assert "UTF-16" in excinfo.value.messages[0]


@pytest.mark.django_db
def test_a_file_with_too_many_rows_is_refused(cast, monkeypatch):
    from interchange.services import profiles_import

    monkeypatch.setattr(profiles_import, "MAX_IMPORT_ROWS", 3)
    data = csv([["Nr.", "Name"], *([f"P-{i}", "x"] for i in range(5))])

    with pytest.raises(ImportRefused):
        _upload(cast, data, "liste.csv")


@pytest.mark.django_db
def test_cross_field_rules_of_the_register_apply_to_imported_rows(cast):
    data = xlsx(
        [
            ["Nr.", "Name", "Priorität", "Dokumentationsstand"],
            ["P-1", "Eins", "1", ""],
            ["P-2", "Zwei", "", "waived"],
        ]
    )

    plan = import_check(tenant=cast.tenant, job=_upload(cast, data))

    assert {p["row"] for p in plan.problems} == {2, 3}


@pytest.mark.django_db
def test_a_file_of_another_tenant_cannot_be_used(cast):
    job = _upload(cast, xlsx([["Nr.", "Name"], ["P-1", "Eins"]]))

    with pytest.raises(ValidationError):
        import_apply(tenant=cast.other_tenant, job=job, actor=None)
    assert not ProcessProfile.objects.for_tenant(cast.other_tenant).exists()


@pytest.mark.django_db
def test_a_process_created_meanwhile_with_a_files_number_makes_the_import_write_nothing(cast, monkeypatch):
    from interchange.services import profiles_import

    job = _upload(cast, xlsx([["Nr.", "Name"], ["P-1", "Eins"], ["P-2", "Zwei"]]))
    plan_rows = profiles_import.plan_rows

    def plan_then_someone_else_saves(*args, **kwargs):
        plan = plan_rows(*args, **kwargs)
        ProfileFactory(tenant=cast.tenant, number="P-2", name="Von Hand angelegt")
        return plan

    monkeypatch.setattr(profiles_import, "plan_rows", plan_then_someone_else_saves)

    with pytest.raises(ValidationError):
        import_apply(tenant=cast.tenant, job=job, actor=None)

    assert {n: p.name for n, p in _profiles(cast).items()} == {"P-2": "Von Hand angelegt"}
    job.refresh_from_db()
    assert job.status != JobStatus.IMPORTED


@pytest.mark.django_db
def test_imported_processes_are_scored_as_the_scheme_says(cast):
    from scoring.services import scheme_ensure
    from scoring.tests.factories import assert_scores_fresh

    scheme_ensure(tenant=cast.tenant)
    CatalogEntryFactory(catalog=CatalogFactory(kind=CatalogKind.OZG), key="10234")
    ProfileFactory(tenant=cast.tenant, number="P-1", name="Vorhanden")
    data = xlsx(
        [
            ["Nr.", "Name", "Fallzahl", "Bearbeitungszeit", "Digitalisierungsgrad", "Empfohlen", "OZG-ID"],
            ["P-1", "Vorhanden", "5000", "30", "1", "ja", ""],
            ["P-2", "Neu mit OZG", "300", "15", "0", "nein", "10234"],
            ["P-3", "Neu ohne Kennzahlen", "", "", "", "", ""],
        ]
    )

    _import(cast, data)

    assert_scores_fresh(cast.tenant)
    assert all(p.score is not None for p in _profiles(cast).values())
