"""The working list, manual priority and report in a real browser, every page checked with axe-core."""

import pytest
from playwright.sync_api import expect

from organisation.services import orgunit_create
from register.models import ProcessProfile
from register.tests.factories import ProfileFactory
from register.tests.test_browser import log_in
from scoring.services import scheme_ensure
from scoring.tests.test_ranking import LOW, MIDDLE, TOP

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worklist(cast):
    """Five processes in two offices; the default scheme orders them, one is still missing a figure."""
    tenant = cast.tenant
    order = orgunit_create(tenant=tenant, name="Ordnungsamt", kind="amt", short_code="32")
    main = orgunit_create(tenant=tenant, name="Hauptamt", kind="amt", short_code="10")
    rows = [
        ("P-0001", "Hund anmelden", TOP, order),
        ("P-0002", "Gewerbe anmelden", MIDDLE, order),
        ("P-0003", "Stellenbesetzung durchführen", MIDDLE, main),
        ("P-0004", "Fundsache entgegennehmen", LOW, order),
        ("P-0005", "Sitzung vorbereiten", {**LOW, "case_count": None}, main),
    ]
    for number, name, figures, unit in rows:
        ProfileFactory(tenant=tenant, number=number, name=name, owner_unit=unit, **figures)
    scheme_ensure(tenant=tenant)
    return tenant


def _rows(page):
    return page.locator("#ranking-results .ranking-table > tbody > tr")


def test_a_modeller_places_a_process_on_top_and_prints_the_report(
    page, live_server, worklist, cast, accessible
):
    log_in(page, live_server, cast.modeller.username)
    page.goto(f"{live_server.url}/t/{worklist.slug}/prioritaeten/")
    expect(_rows(page)).to_have_count(5)
    expect(_rows(page).first).to_contain_text("Hund anmelden")
    expect(_rows(page).first.locator(".rank")).to_have_text("1")
    expect(page.locator(".badge-provisional")).to_have_count(1)  # P-0005 has no Fallzahl yet
    accessible()

    # The full calculation of a row opens in place.
    first = _rows(page).first
    first.locator("details.calculation summary").click()
    expect(first.locator("table.contributions")).to_be_visible()
    accessible()

    # A filter narrows the list in place (htmx); the places stay those of the whole list.
    office = page.locator("#id_unit option", has_text="Hauptamt").get_attribute("value")
    page.select_option("#id_unit", office)
    expect(_rows(page)).to_have_count(2)
    expect(_rows(page).locator(".rank")).to_have_text(["3", "4"])
    assert "unit=" in page.url
    accessible()

    # Place the last process first, by hand: without a reason the form refuses.
    _rows(page).filter(has_text="Sitzung vorbereiten").locator("a[href*='/prioritaet/']").click()
    expect(page.locator("#id_manual_priority")).to_be_visible()
    accessible()
    page.fill("#id_manual_priority", "1")
    page.locator(".priority-form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("#id_priority_reason")).to_have_attribute("aria-invalid", "true")
    accessible()
    page.fill("#id_priority_reason", "Beschluss des Gemeinderats vom 12. Mai")
    page.locator(".priority-form button[type=submit]").click()

    # Back on the (still filtered) list, the process is first, with its reason.
    expect(page.locator(".message-success")).to_be_visible()
    assert "unit=" in page.url
    expect(_rows(page).first).to_contain_text("Sitzung vorbereiten")
    expect(_rows(page).first.locator(".rank")).to_have_text("1")
    expect(_rows(page).first).to_contain_text("Beschluss des Gemeinderats vom 12. Mai")
    accessible()
    profile = ProcessProfile.objects.for_tenant(worklist).get(number="P-0005")
    assert (profile.manual_priority, profile.priority_reason) == (1, "Beschluss des Gemeinderats vom 12. Mai")

    # The report for the council: the top processes, the reason and the method note.
    page.goto(f"{live_server.url}/t/{worklist.slug}/prioritaeten/")
    page.locator(f"a[href='/t/{worklist.slug}/prioritaeten/bericht/']").click()
    expect(page.locator("h1")).to_contain_text("Teststadt")
    report_rows = page.locator(".report-table > tbody > tr")
    expect(report_rows).to_have_count(5)
    expect(report_rows.first).to_contain_text("Sitzung vorbereiten")
    expect(report_rows.first).to_contain_text("Beschluss des Gemeinderats vom 12. Mai")
    expect(page.locator(".method-table tbody tr")).to_have_count(6)
    expect(page.locator(".report-missing")).to_contain_text("1")
    accessible()

    # Printed, only the report remains: no navigation, no form, no buttons.
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.locator(".report-options")).to_be_hidden()
    expect(page.locator(".report-table")).to_be_visible()
    page.emulate_media(media="screen")

    # Fewer processes on request; a number out of bounds is explained.
    page.fill("#id_top", "10")
    page.locator(".report-options button[type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}/t/{worklist.slug}/prioritaeten/bericht/?top=10")
    page.fill("#id_top", "500")
    page.locator(".report-options button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator(".report-table")).to_have_count(0)
    accessible()
