"""The working list as XLSX and CSV: columns, numbers, places, filters, and no formulas from cell text."""

import io
from decimal import Decimal

import openpyxl
import pytest
from django.urls import reverse

from register.models import ProcessProfile
from register.services.profiles import profile_priority_set
from register.tests.factories import ProfileFactory
from scoring import exports
from scoring.selectors import rules_for
from scoring.services import scheme_ensure
from scoring.tests import test_ranking
from scoring.tests.test_ranking import LOW, MIDDLE, TOP

pytestmark = pytest.mark.django_db

FIXED_COLUMNS = 11
units = test_ranking.units  # fixtures shared with the list's tests
worklist = test_ranking.worklist


def _export(client, tenant, **params):
    return client.get(reverse("scoring:ranking_export", kwargs={"tenant_slug": tenant.slug}), params)


def _workbook(response):
    return openpyxl.load_workbook(io.BytesIO(response.content))


def _csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return [line.split(";") for line in text.removeprefix("\ufeff").split("\r\n") if line]


def test_the_xlsx_export_holds_the_whole_working_list_with_numbers_as_numbers(cast, worklist):
    response = _export(cast.client_for(cast.viewer), worklist, format="xlsx")
    assert response.status_code == 200
    assert response["Content-Type"] == exports.XLSX_TYPE
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;") and "prioritaeten-teststadt-" in disposition
    assert disposition.rstrip('"').endswith(".xlsx")
    sheet = _workbook(response).active
    rows = list(sheet.iter_rows(values_only=True))
    rules = rules_for(worklist)
    assert len(rows[0]) == FIXED_COLUMNS + len(rules)
    assert all(isinstance(text, str) and text for text in rows[0])
    assert [row[1] for row in rows[1:]] == ["P-0005", "P-0002", "P-0003", "P-0004", "P-0001"]
    assert [row[0] for row in rows[1:]] == [1, 2, 3, 4, 5]
    first, second = rows[1], rows[2]
    assert first[2:4] == ("Sitzung vorbereiten", "Hauptamt")
    assert first[4] == 9 and first[6] == 1 and first[7] == "Ratsbeschluss vom 3. März"
    assert second[4] == 100 and second[6] is None
    assert second[8:11] == (20000, 60, 0)  # Fallzahl, Bearbeitungszeit, Digitalisierungsgrad
    assert sum(Decimal(str(v)) for v in second[FIXED_COLUMNS:]) == 100  # contributions add up to the score
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width
    assert sheet["A1"].font.bold


def test_the_export_marks_provisional_scores(cast):
    ProfileFactory(tenant=cast.tenant, number="P-0001", case_count=None)
    ProfileFactory(tenant=cast.tenant, number="P-0002")
    scheme_ensure(tenant=cast.tenant)
    rows = list(
        _workbook(_export(cast.client_for(cast.viewer), cast.tenant)).active.iter_rows(values_only=True)
    )
    provisional = {row[1]: row[5] for row in rows[1:]}
    assert provisional["P-0001"] != provisional["P-0002"]
    assert rows[0][5] and {provisional["P-0001"], provisional["P-0002"]} <= {"ja", "nein", "yes", "no"}


def test_the_export_applies_the_lists_filters_and_keeps_the_places(cast, worklist, units):
    order, _main = units
    response = _export(cast.client_for(cast.viewer), worklist, format="xlsx", unit=str(order.uuid), page="2")
    rows = list(_workbook(response).active.iter_rows(values_only=True))[1:]
    assert [(row[0], row[1]) for row in rows] == [(2, "P-0002"), (4, "P-0004"), (5, "P-0001")]


def test_the_csv_export_suits_excel_in_germany(cast, worklist):
    response = _export(cast.client_for(cast.viewer), worklist, format="csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="prioritaeten-teststadt-' in response["Content-Disposition"]
    assert response["Content-Disposition"].rstrip('"').endswith(".csv")
    rows = _csv_rows(response)
    assert len(rows) == 6 and len(rows[0]) == FIXED_COLUMNS + len(rules_for(worklist))
    first = rows[1]
    assert first[:3] == ["1", "P-0005", "Sitzung vorbereiten"]
    assert first[4] == "9,00"  # decimal comma
    assert first[6:8] == ["1", "Ratsbeschluss vom 3. März"]
    second = rows[2]
    assert second[4] == "100,00" and second[FIXED_COLUMNS] == "25,00"  # recommended: 25 % of 100 points


def test_no_cell_of_the_csv_runs_as_a_formula(cast):
    tenant = cast.tenant
    ProfileFactory(tenant=tenant, number="P-0001", name='=HYPERLINK("http://evil.example","klick")', **TOP)
    ProfileFactory(tenant=tenant, number="P-0002", name="+49 Telefon", **MIDDLE)
    ProfileFactory(tenant=tenant, number="P-0003", name="@SUM(A1)", **LOW)
    ProfileFactory(tenant=tenant, number="-P-0004", name="\tTab", **LOW)
    scheme_ensure(tenant=tenant)
    profile = ProcessProfile.objects.for_tenant(tenant).get(number="P-0002")
    profile_priority_set(tenant=tenant, profile=profile, priority=5, reason="-1+1 laut Ratsbeschluss")
    text = _export(cast.client_for(cast.viewer), tenant, format="csv").content.decode("utf-8")
    assert "'=HYPERLINK" in text and ";=HYPERLINK" not in text and '";=' not in text
    assert ";'+49 Telefon;" in text
    assert ";'@SUM(A1);" in text
    assert ";'-P-0004;" in text
    assert "'\tTab" in text
    assert ";'-1+1 laut Ratsbeschluss;" in text


def test_formula_text_stays_text_in_the_xlsx(cast):
    ProfileFactory(tenant=cast.tenant, number="P-0001", name="=1+1")
    scheme_ensure(tenant=cast.tenant)
    response = _export(cast.client_for(cast.viewer), cast.tenant, format="xlsx")
    cell = _workbook(response).active["C2"]
    assert cell.value == "=1+1" and cell.data_type == "s"


@pytest.mark.parametrize("kind", ["pdf", "XLSX", "", "xlsx; drop"])
def test_an_unknown_format_is_refused(cast, worklist, kind):
    response = _export(cast.client_for(cast.viewer), worklist, format=kind)
    assert response.status_code == 400
    assert "xlsx" in response.content.decode()


def test_an_invalid_filter_is_refused(cast, worklist):
    response = _export(cast.client_for(cast.viewer), worklist, format="csv", unit="kein-amt")
    assert response.status_code == 400


def test_the_export_reads_in_chunks_with_a_bounded_number_of_queries(
    cast, monkeypatch, django_assert_max_num_queries
):
    tenant = cast.tenant
    for index in range(1, 8):
        ProfileFactory(tenant=tenant, number=f"P-{index:04d}", **MIDDLE)
    scheme_ensure(tenant=tenant)
    monkeypatch.setattr(exports, "CHUNK", 3)
    client = cast.client_for(cast.viewer)
    client.get(reverse("scoring:ranking", kwargs={"tenant_slug": tenant.slug}))
    # Session, user, membership; scheme, criteria; the ids; per chunk: rows, inputs, OZG links (3 chunks).
    with django_assert_max_num_queries(3 + 2 + 1 + 3 * 3):
        response = _export(client, tenant, format="csv")
    rows = _csv_rows(response)[1:]
    assert [row[0] for row in rows] == [str(i) for i in range(1, 8)]
    assert [row[1] for row in rows] == [f"P-{i:04d}" for i in range(1, 8)]


def test_csv_text_formats_numbers_and_guards_text():
    assert exports.csv_text(Decimal("72.50")) == "72,50"
    assert exports.csv_text(3) == "3"
    assert exports.csv_text(None) == ""
    assert exports.csv_text("Hund anmelden") == "Hund anmelden"
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert exports.csv_text(f"{start}x") == f"'{start}x"
