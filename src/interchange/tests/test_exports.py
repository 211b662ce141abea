"""Exports of the register: the list's current view (XLSX, CSV) and the whole register as a workbook."""

import datetime
import io
from decimal import Decimal
from io import StringIO

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext

from catalogues.choices import CatalogKind
from catalogues.tests.factories import CatalogEntryFactory, CatalogFactory
from core.spreadsheets import CSV_TYPE, XLSX_TYPE
from interchange import exports
from interchange.fields import fields_for
from organisation.choices import OrgUnitKind
from organisation.tests.factories import OrgUnitFactory, PositionFactory
from register.choices import AttributeType, DigitalisationLevel, OzgTopic, ProcessType, ReleaseStatus
from register.tests.factories import (
    AttributeDefinitionFactory,
    CatalogLinkFactory,
    FolderFactory,
    ProfileFactory,
)

pytestmark = pytest.mark.django_db

VIEW = reverse("interchange:register_view_export", args=["teststadt"])
WORKBOOK = reverse("interchange:register_export", args=["teststadt"])


def _get(cast, url, params=None, user=None):
    return cast.client_for(user or cast.viewer).get(url, params or {})


def _sheet_rows(content, sheet=None):
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
    return [list(row) for row in worksheet.iter_rows(values_only=True)]


def _csv_rows(content):
    text = content.decode("utf-8")
    assert text.startswith("\ufeff")
    return [line.split(";") for line in text.removeprefix("\ufeff").split("\r\n") if line]


@pytest.fixture
def register(cast):
    """Three relevant profiles and one not relevant, with units, a folder and a number attribute."""
    tenant = cast.tenant
    AttributeDefinitionFactory(group__tenant=tenant, key="kosten", label="Kosten", type=AttributeType.NUMBER)
    AttributeDefinitionFactory(group__tenant=tenant, key="frist", label="Frist", type=AttributeType.DATE)
    unit = OrgUnitFactory(tenant=tenant, name="Ordnungsamt", short_code="32")
    folder = FolderFactory(tenant=tenant, name="Meldewesen")
    ProfileFactory(
        tenant=tenant,
        number="P-0001",
        name="Hund anmelden",
        ozg_topic=OzgTopic.FAMILY,
        case_count=1200,
        digitalisation_level=DigitalisationLevel.INFORMATION,
        score=Decimal("72.50"),
        owner_unit=unit,
        folder=folder,
        online_assistant=True,
        last_review=datetime.date(2026, 3, 1),
        attributes={"kosten": 2.5, "frist": "2026-05-31"},
    )
    ProfileFactory(
        tenant=tenant,
        number="P-0002",
        name="Gewerbe anmelden",
        ozg_topic=OzgTopic.BUSINESS,
        case_count=300,
        score=Decimal("40.00"),
    )
    ProfileFactory(
        tenant=tenant, number="P-0003", name="Kita-Platz vergeben", ozg_topic=OzgTopic.FAMILY, case_count=80
    )
    ProfileFactory(tenant=tenant, number="P-0004", name="Altes Verfahren", relevant=False)
    ProfileFactory(tenant=cast.other_tenant, number="P-0001", name="Fremder Prozess")
    return tenant


# --- the current view ----------------------------------------------------------------------------------


def test_the_xlsx_holds_the_default_columns_and_the_relevant_profiles(cast, register):
    response = _get(cast, VIEW, {"format": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX_TYPE
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;") and "prozessregister-teststadt-" in disposition
    assert disposition.rstrip('"').endswith(".xlsx")
    rows = _sheet_rows(response.content)
    assert rows[0] == [
        gettext("No."),
        gettext("Name"),
        gettext("Responsible unit"),
        gettext("OZG topic"),
        gettext("Cases per year"),
        gettext("Digitalisation level"),
        gettext("Release status"),
    ]
    assert [row[0] for row in rows[1:]] == ["P-0001", "P-0002", "P-0003"]
    first = rows[1]
    assert first[2] == "32 Ordnungsamt"
    assert first[3] == str(OzgTopic.FAMILY.label)
    assert first[4] == 1200 and first[5] == 1  # numbers are numeric cells
    assert first[6] == str(ReleaseStatus.PLANNED.label)


def test_the_export_shows_the_chosen_columns_in_their_order_with_typed_values(cast, register):
    params = {
        "format": "xlsx",
        "cols": ["score", "folder", "online_assistant", "last_review", "attr-kosten", "attr-frist"],
    }
    workbook = openpyxl.load_workbook(io.BytesIO(_get(cast, VIEW, params).content))
    sheet = workbook.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == [
        gettext("No."),
        gettext("Name"),
        gettext("Utility score"),
        gettext("Folder"),
        gettext("Online assistant"),
        gettext("Last review"),
        "Kosten",
        "Frist",
    ]
    first, second = rows[1], rows[2]
    assert first[2] == 72.5 and sheet["C2"].data_type == "n"
    assert first[3] == "Meldewesen"
    assert first[4] == gettext("yes") and second[4] == gettext("no")
    assert first[5] == datetime.datetime(2026, 3, 1) and sheet["F2"].number_format == "DD.MM.YYYY"
    assert first[6] == 2.5
    assert first[7] == datetime.datetime(2026, 5, 31)
    assert second[3] is None and second[5] is None and second[6] is None  # empty, not ""


def test_the_export_applies_filters_search_and_sort_like_the_list(cast, register):
    rows = _sheet_rows(_get(cast, VIEW, {"ozg_topic": OzgTopic.FAMILY, "sort": "-case_count"}).content)
    assert [row[0] for row in rows[1:]] == ["P-0001", "P-0003"]
    rows = _sheet_rows(_get(cast, VIEW, {"ozg_topic": OzgTopic.FAMILY, "sort": "case_count"}).content)
    assert [row[0] for row in rows[1:]] == ["P-0003", "P-0001"]
    rows = _sheet_rows(_get(cast, VIEW, {"q": "Gewerbe"}).content)
    assert [row[0] for row in rows[1:]] == ["P-0002"]
    rows = _sheet_rows(_get(cast, VIEW, {"relevant": "all", "sort": "-number"}).content)
    assert [row[0] for row in rows[1:]] == ["P-0004", "P-0003", "P-0002", "P-0001"]


def test_the_export_matches_the_list_page_for_the_same_query(cast, register):
    params = {"process_type": ProcessType.CORE, "sort": "name", "cols": ["number", "name", "case_count"]}
    page = cast.client_for(cast.viewer).get(reverse("register:profile_list", args=["teststadt"]), params)
    shown = [profile.number for profile in page.context["page"].object_list]
    rows = _sheet_rows(_get(cast, VIEW, {**params, "format": "xlsx", "page": "2", "per_page": "10"}).content)
    assert [row[0] for row in rows[1:]] == shown


def test_the_csv_suits_excel_in_germany(cast, register):
    response = _get(
        cast, VIEW, {"format": "csv", "cols": ["case_count", "score", "attr-kosten", "last_review"]}
    )
    assert response.status_code == 200
    assert response["Content-Type"] == CSV_TYPE
    assert response["Content-Disposition"].rstrip('"').endswith(".csv")
    rows = _csv_rows(response.content)
    assert rows[0] == [
        gettext("No."),
        gettext("Name"),
        gettext("Cases per year"),
        gettext("Utility score"),
        "Kosten",
        gettext("Last review"),
    ]
    assert rows[1] == ["P-0001", "Hund anmelden", "1200", "72,50", "2,5", "01.03.2026"]
    assert rows[2] == ["P-0002", "Gewerbe anmelden", "300", "40,00", "", ""]


def test_the_export_holds_every_row_not_only_one_page(cast):
    for index in range(1, 61):
        ProfileFactory(tenant=cast.tenant, number=f"P-{index:04d}")
    rows = _csv_rows(_get(cast, VIEW, {"format": "csv", "per_page": "10", "page": "2"}).content)
    assert [row[0] for row in rows[1:]] == [f"P-{index:04d}" for index in range(1, 61)]


def test_formula_like_names_stay_text(cast):
    ProfileFactory(tenant=cast.tenant, number="P-0001", name="=1+1")
    sheet = openpyxl.load_workbook(io.BytesIO(_get(cast, VIEW).content)).worksheets[0]
    assert sheet["B2"].value == "=1+1" and sheet["B2"].data_type == "s"
    rows = _csv_rows(_get(cast, VIEW, {"format": "csv"}).content)
    assert rows[1][1] == "'=1+1"


@pytest.mark.parametrize("count", [5, 60])
def test_the_view_export_runs_a_fixed_number_of_queries(cast, count, django_assert_max_num_queries):
    definition = AttributeDefinitionFactory(group__tenant=cast.tenant, key="wert", type=AttributeType.NUMBER)
    folder = FolderFactory(tenant=cast.tenant)
    units = [OrgUnitFactory(tenant=cast.tenant) for _ in range(3)]
    for index in range(count):
        ProfileFactory(
            tenant=cast.tenant,
            folder=folder,
            owner_unit=units[index % 3],
            attributes={definition.key: index},
        )
    client = cast.client_for(cast.viewer)
    params = {"format": "csv", "folder": str(folder.uuid), "cols": ["folder", "owner_unit", "attr-wert"]}
    client.get(VIEW, params)  # warm-up: the session settles
    # Session, user, memberships; definitions; the folder filter's choice; rows; their units and folders.
    with django_assert_max_num_queries(8):
        response = client.get(VIEW, params)
    assert len(_csv_rows(response.content)) == count + 1


@pytest.mark.parametrize("kind", ["pdf", "XLSX", "", "workbook"])
def test_an_unknown_format_answers_400(cast, register, kind):
    response = _get(cast, VIEW, {"format": kind})
    assert response.status_code == 400
    assert "xlsx" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [{"folder": "kein-ordner"}, {"digitalisation_level": "9"}, {"ozg_topic": "mond"}, {"q": "x" * 1000}],
)
def test_an_invalid_filter_answers_400_with_the_message(cast, register, params):
    response = _get(cast, VIEW, {"format": "csv", **params})
    assert response.status_code == 400
    assert response.content.decode().startswith(gettext("The filter is not valid:"))


def test_register_view_table_refuses_another_tenants_folder(cast, register):
    foreign = FolderFactory(tenant=cast.other_tenant)
    with pytest.raises(ValidationError):
        exports.register_view_table(cast.tenant, QueryDict(f"folder={foreign.uuid}"))


def test_the_list_links_the_view_export_with_its_query(cast, register):
    list_url = reverse("register:profile_list", args=["teststadt"])
    params = {"ozg_topic": OzgTopic.FAMILY, "sort": "-case_count", "cols": ["number", "score"], "page": "1"}
    response = cast.client_for(cast.viewer).get(list_url, params, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert (
        f'href="{VIEW}?ozg_topic=familie&amp;sort=-case_count&amp;cols=number&amp;cols=score&amp;format=xlsx"'
        in html
    )
    assert (
        f'href="{VIEW}?ozg_topic=familie&amp;sort=-case_count&amp;cols=number&amp;cols=score&amp;format=csv"'
        in html
    )
    assert "page=1" not in html.split(VIEW, 1)[1].split('"', 1)[0]


# --- the whole register --------------------------------------------------------------------------------


@pytest.fixture
def whole(cast):
    """A register with every kind of thing the workbook holds."""
    tenant = cast.tenant
    division = OrgUnitFactory(tenant=tenant, name="Dezernat II", short_code="", kind=OrgUnitKind.DIVISION)
    office = OrgUnitFactory(tenant=tenant, name="Ordnungsamt", short_code="32", parent=division)
    citizens = OrgUnitFactory(tenant=tenant, name="Bürgerbüro", short_code="", parent=division)
    clerk = PositionFactory(
        unit=office, name="Sachbearbeitung Gewerbe", pay_group="EG 9a", fte=Decimal("1.50")
    )
    top = FolderFactory(tenant=tenant, name="Bürgerdienste")
    registry = FolderFactory(tenant=tenant, name="Meldewesen", parent=top)
    topic = AttributeDefinitionFactory(
        group__tenant=tenant,
        group__name="Steuerung",
        key="kanal",
        label="Kanal",
        type=AttributeType.CHOICE,
        choices=["Post", "E-Mail", "Portal"],
        required=True,
        help_text="Wie der Antrag kommt",
    )
    tags = AttributeDefinitionFactory(
        group=topic.group,
        key="tags",
        label="Schlagworte",
        type=AttributeType.MULTIPLE_CHOICE,
        choices=["a", "b"],
    )
    amount = AttributeDefinitionFactory(
        group=topic.group, key="betrag", label="Betrag", type=AttributeType.NUMBER
    )
    due = AttributeDefinitionFactory(group=topic.group, key="frist", label="Frist", type=AttributeType.DATE)
    flag = AttributeDefinitionFactory(
        group=topic.group, key="eilig", label="Eilig", type=AttributeType.BOOLEAN
    )
    first = ProfileFactory(
        tenant=tenant,
        number="P-0001",
        name="Gewerbe anmelden",
        process_type=ProcessType.SUPPORT,
        folder=registry,
        owner_unit=office,
        process_owner=clerk,
        addressees=["citizens", "businesses"],
        ozg_topic=OzgTopic.BUSINESS,
        case_count=1200,
        digitalisation_level=DigitalisationLevel.ONLINE_APPLICATION,
        online_assistant=True,
        relevant=False,
        last_review=datetime.date(2026, 3, 1),
        attributes={
            "kanal": "Portal",
            "tags": ["a", "b"],
            "betrag": 12.5,
            "frist": "2026-06-30",
            "eilig": True,
        },
    )
    first.participating_units.add(citizens, division)
    second = ProfileFactory(tenant=tenant, number="P-0002", name="Gewerbe abmelden", owner_unit=citizens)
    second.predecessors.add(first)
    leika = CatalogFactory(kind=CatalogKind.LEIKA)
    documents = CatalogFactory(tenant=tenant, kind=CatalogKind.DOCUMENTS, name="Dokumente")
    CatalogLinkFactory(
        profile=first, entry=CatalogEntryFactory(catalog=leika, key="99050012104000", name="Gewerbe")
    )
    CatalogLinkFactory(
        profile=first, entry=CatalogEntryFactory(catalog=leika, key="99050012104001", name="Zwei")
    )
    CatalogLinkFactory(
        profile=first,
        entry=CatalogEntryFactory(catalog=documents, key="D-1", name="Formular", is_retired=True),
    )
    return {"tenant": tenant, "definitions": [topic, tags, amount, due, flag]}


def _by_label(header, row):
    return dict(zip(header, row, strict=True))


def test_the_workbook_has_a_sheet_per_kind(cast, whole):
    response = _get(cast, WORKBOOK)
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX_TYPE
    disposition = response["Content-Disposition"]
    assert "register-teststadt-" in disposition and disposition.rstrip('"').endswith(".xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == [
        gettext("Processes"),
        gettext("Organisational units"),
        gettext("Positions"),
        gettext("Folders"),
        gettext("Catalogue links"),
        gettext("Attributes"),
    ]
    assert all(sheet.freeze_panes == "A2" and sheet["A1"].font.bold for sheet in workbook.worksheets)


def test_the_process_sheet_writes_every_field_as_the_importer_reads_it(cast, whole):
    rows = _sheet_rows(_get(cast, WORKBOOK).content, gettext("Processes"))
    fields = fields_for(cast.tenant)
    header = rows[0]
    assert header == [str(field.label) for field in fields]
    assert [row[0] for row in rows[1:]] == ["P-0001", "P-0002"]  # not relevant ones too
    first = _by_label(header, rows[1])
    label = {field.key: str(field.label) for field in fields}
    assert first[label["process_type"]] == str(ProcessType.SUPPORT.label)
    assert first[label["folder"]] == "Bürgerdienste / Meldewesen"
    assert first[label["owner_unit"]] == "32"
    assert first[label["participating_units"]] == "Dezernat II; Bürgerbüro"  # organigram order
    assert first[label["process_owner"]] == "Sachbearbeitung Gewerbe"
    assert first[label["addressees"]] == "; ".join([gettext("Citizens"), gettext("Businesses")])
    assert first[label["case_count"]] == 1200
    assert first[label["digitalisation_level"]] == str(DigitalisationLevel.ONLINE_APPLICATION.label)
    assert first[label["online_assistant"]] == gettext("yes")
    assert first[label["relevant"]] == gettext("no")
    assert first[label["last_review"]] == datetime.datetime(2026, 3, 1)
    assert first[label["next_review"]] is None
    assert first[label["short_description"]] is None
    assert first[label["catalog:leika"]] == "99050012104000; 99050012104001"
    assert first[label["catalog:documents"]] == "D-1"
    assert first[label["catalog:ozg"]] is None
    assert first["Kanal"] == "Portal"
    assert first["Schlagworte"] == "a; b"
    assert first["Betrag"] == 12.5
    assert first["Frist"] == datetime.datetime(2026, 6, 30)
    assert first["Eilig"] == gettext("yes")
    second = _by_label(header, rows[2])
    assert second[label["owner_unit"]] == "Bürgerbüro"  # no short code: the name
    assert second[label["predecessors"]] == "P-0001"


def test_the_process_sheet_reads_back_through_the_fields(cast, whole):
    rows = _sheet_rows(_get(cast, WORKBOOK).content, gettext("Processes"))
    fields = fields_for(cast.tenant)
    first = dict(zip([field.key for field in fields], rows[1], strict=True))
    read = {}
    for field in fields:
        value = first[field.key]
        if value is None:
            continue
        text = value.strftime("%d.%m.%Y") if isinstance(value, datetime.datetime) else str(value)
        read[field.key] = field.read(text)
    assert read["process_type"] == ProcessType.SUPPORT
    assert read["addressees"] == ["citizens", "businesses"]
    assert read["digitalisation_level"] == DigitalisationLevel.ONLINE_APPLICATION
    assert read["release_status"] == ReleaseStatus.PLANNED
    assert read["online_assistant"] is True and read["relevant"] is False
    assert read["last_review"] == datetime.date(2026, 3, 1)
    assert read["folder"] == ("Bürgerdienste", "Meldewesen")
    assert read["participating_units"] == ["Dezernat II", "Bürgerbüro"]
    assert read["catalog:leika"] == ["99050012104000", "99050012104001"]
    assert read["attr:kanal"] == "Portal" and read["attr:tags"] == ["a", "b"]
    assert read["attr:betrag"] == 12.5 and read["attr:eilig"] is True
    assert read["attr:frist"] == datetime.date(2026, 6, 30)


def test_the_other_sheets_list_units_positions_folders_links_and_attributes(cast, whole):
    content = _get(cast, WORKBOOK).content
    units = _sheet_rows(content, gettext("Organisational units"))
    assert units[1:] == [
        ["Dezernat II", None, "Dezernat II", str(OrgUnitKind.DIVISION.label), None],
        ["Dezernat II / Bürgerbüro", None, "Bürgerbüro", str(OrgUnitKind.OFFICE.label), "Dezernat II"],
        ["Dezernat II / Ordnungsamt", "32", "Ordnungsamt", str(OrgUnitKind.OFFICE.label), "Dezernat II"],
    ]
    positions = _sheet_rows(content, gettext("Positions"))
    assert positions[1:] == [["32", "Sachbearbeitung Gewerbe", "EG 9a", 1.5]]
    folders = _sheet_rows(content, gettext("Folders"))
    assert folders[1:] == [["Bürgerdienste"], ["Bürgerdienste / Meldewesen"]]
    links = _sheet_rows(content, gettext("Catalogue links"))
    leika = str(CatalogKind.LEIKA.label)
    assert links[1:] == [  # by process, catalogue kind, key
        ["P-0001", "Gewerbe anmelden", "Dokumente", "D-1", "Formular", gettext("yes")],
        ["P-0001", "Gewerbe anmelden", leika, "99050012104000", "Gewerbe", gettext("no")],
        ["P-0001", "Gewerbe anmelden", leika, "99050012104001", "Zwei", gettext("no")],
    ]
    attributes = _sheet_rows(content, gettext("Attributes"))
    assert [row[0] for row in attributes[1:]] == ["betrag", "eilig", "frist", "kanal", "tags"]  # by label
    assert attributes[4] == [
        "kanal",
        "Kanal",
        str(AttributeType.CHOICE.label),
        "Steuerung",
        "Post; E-Mail; Portal",
        gettext("yes"),
        "Wie der Antrag kommt",
    ]
    assert attributes[1][4:] == [None, gettext("no"), None]


def test_the_workbook_leaves_out_other_tenants(cast, whole):
    ProfileFactory(tenant=cast.other_tenant, number="P-9999", name="Fremd")
    FolderFactory(tenant=cast.other_tenant, name="Fremder Ordner")
    OrgUnitFactory(tenant=cast.other_tenant, name="Fremdes Amt")
    content = _get(cast, WORKBOOK).content
    text = repr(
        [_sheet_rows(content, name) for name in openpyxl.load_workbook(io.BytesIO(content)).sheetnames]
    )
    assert "Fremd" not in text and "P-9999" not in text


@pytest.mark.parametrize("count", [5, 60])
def test_the_workbook_runs_a_fixed_number_of_queries(cast, whole, count, django_assert_max_num_queries):
    folder = FolderFactory(tenant=cast.tenant)
    unit = OrgUnitFactory(tenant=cast.tenant)
    entry = CatalogEntryFactory(catalog=CatalogFactory(kind=CatalogKind.OZG))
    for index in range(count):
        profile = ProfileFactory(tenant=cast.tenant, number=f"Q-{index:04d}", folder=folder, owner_unit=unit)
        profile.participating_units.add(unit)
        CatalogLinkFactory(profile=profile, entry=entry)
    client = cast.client_for(cast.viewer)
    client.get(WORKBOOK)  # warm-up: the session settles
    # Session, user, memberships; definitions, units, folders, positions; participants, predecessors,
    # catalogue keys, profiles; links.
    with django_assert_max_num_queries(12):
        response = client.get(WORKBOOK)
    assert len(_sheet_rows(response.content)) == count + 3


# --- the command ---------------------------------------------------------------------------------------


def test_the_command_writes_the_view_as_csv_and_xlsx(cast, register, tmp_path):
    target = tmp_path / "familie.csv"
    out = StringIO()
    query = "ozg_topic=familie&cols=number&cols=name&cols=case_count&sort=-case_count"
    call_command(
        "export_register",
        "--tenant",
        "teststadt",
        "--format",
        "csv",
        "--query",
        query,
        "--output",
        str(target),
        stdout=out,
    )
    assert _csv_rows(target.read_bytes()) == [
        [gettext("No."), gettext("Name"), gettext("Cases per year")],
        ["P-0001", "Hund anmelden", "1200"],
        ["P-0003", "Kita-Platz vergeben", "80"],
    ]
    assert str(target) in out.getvalue()
    target = tmp_path / "ansicht.xlsx"
    call_command("export_register", "--tenant", "teststadt", "--output", str(target), stdout=StringIO())
    assert [row[0] for row in _sheet_rows(target.read_bytes())[1:]] == ["P-0001", "P-0002", "P-0003"]


def test_the_command_writes_the_whole_workbook(cast, whole, tmp_path):
    target = tmp_path / "register.xlsx"
    call_command(
        "export_register",
        "--tenant",
        "teststadt",
        "--format",
        "workbook",
        "--output",
        str(target),
        stdout=StringIO(),
    )
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[0] == gettext("Processes") and len(workbook.sheetnames) == 6
    assert [row[0] for row in _sheet_rows(target.read_bytes())[1:]] == ["P-0001", "P-0002"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--tenant", "gibt-es-nicht"], "Keine Behörde"),
        (["--tenant", "teststadt", "--format", "pdf"], "Unbekanntes Format"),
        (["--tenant", "teststadt", "--query", "folder=kein-ordner"], None),
        (["--tenant", "teststadt", "--format", "workbook", "--query", "q=x"], "--query"),
    ],
)
def test_the_command_refuses_bad_arguments_and_writes_nothing(cast, tmp_path, arguments, message):
    target = tmp_path / "aus.xlsx"
    with pytest.raises(CommandError, match=message):
        call_command("export_register", *arguments, "--output", str(target), stdout=StringIO())
    assert not target.exists()


def test_the_command_refuses_a_missing_folder(cast, tmp_path):
    with pytest.raises(CommandError, match="existiert nicht"):
        call_command(
            "export_register",
            "--tenant",
            "teststadt",
            "--output",
            str(tmp_path / "fehlt" / "a.xlsx"),
            stdout=StringIO(),
        )
