"""The blank import template: headings, description row, dropdowns from the tenant's fields, notes."""

import datetime
import io
from io import StringIO

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils.translation import gettext
from openpyxl.utils import get_column_letter

from interchange.fields import Kind, fields_for
from interchange.template_xlsx import FIRST_DATA_ROW, LAST_DATA_ROW, import_template_bytes
from register.choices import AttributeType, OzgTopic
from register.tests.factories import AttributeDefinitionFactory

pytestmark = pytest.mark.django_db

TEMPLATE = reverse("interchange:import_template", args=["teststadt"])


def _workbook(content):
    return openpyxl.load_workbook(io.BytesIO(content))  # not read-only: data validations are kept


def _dropdowns(sheet):
    """Column letter → the list's source range, for every list validation of the sheet."""
    found = {}
    for validation in sheet.data_validations.dataValidation:
        assert validation.type == "list"
        for cell_range in validation.sqref.ranges:
            found[get_column_letter(cell_range.min_col)] = (validation, cell_range)
    return found


def _values(workbook, formula):
    """The values of a range such as 'Auswahllisten'!$B$2:$B$4."""
    sheet_name, cells = formula.rsplit("!", 1)
    sheet = workbook[sheet_name.strip("'")]
    return [cell.value for (cell,) in sheet[cells.replace("$", "")]]


@pytest.fixture
def channel(cast):
    return AttributeDefinitionFactory(
        group__tenant=cast.tenant,
        key="kanal",
        label="Eingangskanal",
        type=AttributeType.CHOICE,
        choices=["Post", "=1+1", "E-Mail, Fax"],
        help_text="Wie der Antrag eingeht",
    )


def test_the_first_sheet_has_the_labels_and_the_descriptions(cast, channel):
    workbook = _workbook(import_template_bytes(cast.tenant))
    sheet = workbook.worksheets[0]
    fields = fields_for(cast.tenant)
    assert sheet.title == gettext("Processes")
    assert [cell.value for cell in sheet[1]] == [str(field.label) for field in fields]
    assert [cell.value for cell in sheet[2]] == [str(field.description) for field in fields]
    assert sheet["A1"].font.bold and sheet["A2"].font.italic and sheet["A2"].alignment.wrap_text
    assert sheet.freeze_panes == "A2"
    assert sheet.max_row == 2  # no data rows
    assert "Eingangskanal" in [cell.value for cell in sheet[1]]
    assert "Wie der Antrag eingeht" in [cell.value for cell in sheet[2]]
    assert all(sheet.column_dimensions[get_column_letter(i)].width >= 14 for i in range(1, len(fields) + 1))


def test_every_choice_and_yes_no_column_has_a_dropdown_from_the_hidden_list_sheet(cast, channel):
    workbook = _workbook(import_template_bytes(cast.tenant))
    sheet = workbook.worksheets[0]
    fields = fields_for(cast.tenant)
    dropdowns = _dropdowns(sheet)
    expected = {
        get_column_letter(index): field
        for index, field in enumerate(fields, start=1)
        if field.kind in (Kind.CHOICE, Kind.BOOLEAN)
    }
    assert set(dropdowns) == set(expected)
    assert {f.key for f in expected.values()} >= {"process_type", "ozg_topic", "relevant", "attr:kanal"}
    for letter, field in expected.items():
        validation, cell_range = dropdowns[letter]
        assert (cell_range.min_row, cell_range.max_row) == (FIRST_DATA_ROW, LAST_DATA_ROW)
        assert cell_range.min_col == cell_range.max_col
        assert validation.showErrorMessage and validation.allow_blank
        assert validation.error == gettext("Please choose a value from the list.")
        assert _values(workbook, validation.formula1) == field.choice_labels()
    lists = workbook[gettext("Choice lists")]
    assert lists.sheet_state == "hidden"
    topic = next(f for f in expected.values() if f.key == "ozg_topic")
    assert str(OzgTopic.FAMILY.label) in topic.choice_labels()


def test_a_formula_like_choice_stays_text(cast, channel):
    workbook = _workbook(import_template_bytes(cast.tenant))
    lists = workbook[gettext("Choice lists")]
    cells = [cell for row in lists.iter_rows() for cell in row if cell.value == "=1+1"]
    assert len(cells) == 1 and cells[0].data_type == "s"
    validation = next(
        v
        for v, _range in _dropdowns(workbook.worksheets[0]).values()
        if "E-Mail, Fax" in _values(workbook, v.formula1)
    )
    assert _values(workbook, validation.formula1) == ["Post", "=1+1", "E-Mail, Fax"]


def test_multiple_choice_and_text_columns_have_no_dropdown(cast):
    AttributeDefinitionFactory(
        group__tenant=cast.tenant, key="tags", type=AttributeType.MULTIPLE_CHOICE, choices=["a", "b"]
    )
    workbook = _workbook(import_template_bytes(cast.tenant))
    fields = fields_for(cast.tenant)
    dropdowns = _dropdowns(workbook.worksheets[0])
    for index, field in enumerate(fields, start=1):
        if field.kind not in (Kind.CHOICE, Kind.BOOLEAN):
            assert get_column_letter(index) not in dropdowns, field.key


def test_the_notes_name_the_tenant_and_the_date(cast):
    workbook = _workbook(import_template_bytes(cast.tenant, today=datetime.date(2026, 3, 1)))
    assert workbook.sheetnames[:2] == [gettext("Processes"), gettext("Notes")]
    assert workbook[gettext("Notes")].sheet_state == "visible"
    text = "\n".join(
        str(cell.value) for (cell,) in workbook[gettext("Notes")].iter_rows(max_col=1) if cell.value
    )
    assert "Teststadt" in text and "01.03.2026" in text
    assert ";" in text


def test_the_download_is_an_attachment_named_after_the_tenant(cast, channel):
    response = cast.client_for(cast.modeller).get(TEMPLATE)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="importvorlage-teststadt.xlsx"' in response["Content-Disposition"]
    assert response["Content-Disposition"].startswith("attachment;")
    sheet = _workbook(response.content).worksheets[0]
    assert "Eingangskanal" in [cell.value for cell in sheet[1]]


def test_the_command_writes_the_template(cast, channel, tmp_path):
    target = tmp_path / "vorlage.xlsx"
    out = StringIO()
    call_command("export_import_template", "--tenant", "teststadt", "--output", str(target), stdout=out)
    sheet = _workbook(target.read_bytes()).worksheets[0]
    assert [cell.value for cell in sheet[1]] == [str(field.label) for field in fields_for(cast.tenant)]
    assert str(target) in out.getvalue()


def test_the_command_refuses_an_unknown_tenant(cast, tmp_path):
    with pytest.raises(CommandError, match="Keine Behörde"):
        call_command(
            "export_import_template",
            "--tenant",
            "nirgendwo",
            "--output",
            str(tmp_path / "v.xlsx"),
            stdout=StringIO(),
        )
