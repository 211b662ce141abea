"""Importing a catalogue version and editing a context catalogue in a real browser, checked by axe-core."""

import pytest
from playwright.sync_api import expect

from catalogues.choices import CatalogKind
from catalogues.importers.leika import write_leika_csv
from catalogues.importers.leika_example import example_leika_rows
from catalogues.models import Catalog, CatalogEntry
from tenants.tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _log_in(page, live_server, username):
    page.goto(f"{live_server.url}/anmelden/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")


def test_a_platform_administrator_imports_a_leika_version_after_reviewing_it(
    page, live_server, accessible, tmp_path
):
    Catalog.objects.create(kind=CatalogKind.LEIKA, name="LeiKa")
    UserFactory(username="plattform", is_superuser=True, is_staff=True)
    good = tmp_path / "leika.csv"
    good.write_bytes(write_leika_csv(example_leika_rows(60)))
    bad = tmp_path / "kaputt.csv"
    bad.write_bytes("Schluessel;Bezeichnung;Typ\n9900;Kaputt;9\n".encode("iso-8859-1"))

    _log_in(page, live_server, "plattform")
    page.get_by_role("link", name="Globale Kataloge").click()
    expect(page.locator("h1")).to_have_text("Globale Kataloge")
    accessible()
    page.get_by_role("link", name="Neue Version von LeiKa importieren").click()
    accessible()

    # A broken file: every problem with its row, nothing saved.
    page.set_input_files("#id_file", str(bad))
    page.get_by_role("button", name="Datei prüfen").click()
    problems = page.locator(".error-summary li")
    expect(problems.first).to_contain_text("Zeile 2")
    accessible()
    assert not CatalogEntry.objects.exists()

    page.set_input_files("#id_file", str(good))
    page.fill("#id_label", "2026-2")
    page.get_by_role("button", name="Datei prüfen").click()
    expect(page.locator("h1")).to_contain_text("Version 2026-2")
    expect(page.locator(".summary-table")).to_contain_text("60")
    accessible()
    assert not CatalogEntry.objects.exists(), "nothing is written before the changes are applied"
    page.get_by_role("button", name="Änderungen übernehmen").click()
    expect(page.locator(".messages")).to_contain_text("2026-2")
    assert CatalogEntry.objects.count() == 60
