"""Kennzahlen erheben in a real browser: typing through the grid by keyboard saves every cell in place."""

import time

import pytest
from django.db import OperationalError
from playwright.sync_api import expect

from organisation.tests.factories import OrgUnitFactory
from register.models import ProcessProfile
from register.tests.factories import ProfileFactory
from register.tests.test_browser import log_in
from scoring.services import scheme_ensure
from scoring.templatetags.scoring import score

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def grid(cast):
    tenant = cast.tenant
    office = OrgUnitFactory(tenant=tenant, name="Ordnungsamt")
    registry = OrgUnitFactory(tenant=tenant, name="Standesamt")
    ProfileFactory(tenant=tenant, number="P-0001", name="Hund anmelden", owner_unit=office, case_count=300)
    ProfileFactory(
        tenant=tenant,
        number="P-0002",
        name="Geburt beurkunden",
        owner_unit=registry,
        case_count=None,
        processing_minutes=None,
        digitalisation_level=None,
    )
    ProfileFactory(tenant=tenant, number="P-0003", name="Gewerbe anmelden", owner_unit=office, case_count=80)
    scheme_ensure(tenant=tenant)
    # Looked up now: while the browser saves, the live server may hold SQLite's lock.
    tenant.uuids = dict(ProcessProfile.objects.for_tenant(tenant).values_list("number", "uuid"))
    return tenant


def figures(tenant, number, timeout=10.0):
    """A profile's figures as stored; retried while the live server holds SQLite's shared-cache lock."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return (
                ProcessProfile.objects.for_tenant(tenant)
                .filter(number=number)
                .values("case_count", "processing_minutes", "digitalisation_level", "relevant", "score")
                .get()
            )
        except OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def wait_until(condition, timeout=10.0):
    """Poll the database until ``condition()`` holds (the browser saves in the background)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def cell(page, tenant, number, field):
    return page.locator(f"#fig-{tenant.uuids[number]}-{field}")


def test_a_modeller_records_figures_by_keyboard_without_reloading(page, live_server, grid, cast, accessible):
    log_in(page, live_server, cast.modeller.username)
    page.goto(f"{live_server.url}/t/{grid.slug}/kennzahlen/")
    expect(page.locator("[data-figures-grid] tbody tr")).to_have_count(3)
    expect(page.locator("#figures-progress-text")).to_contain_text("2")
    accessible()
    page.evaluate("() => { window.notReloaded = true; }")
    row = page.locator("tr", has=cell(page, grid, "P-0002", "case_count"))
    score_before = row.locator("[data-score]").inner_text()

    # Fallzahl, Tab, Bearbeitungszeit, Tab, Digitalisierungsgrad chosen with the arrow key, Tab.
    cases = cell(page, grid, "P-0002", "case_count")
    cases.focus()
    page.keyboard.type("1.500")
    page.keyboard.press("Tab")
    expect(cell(page, grid, "P-0002", "processing_minutes")).to_be_focused()
    page.keyboard.type("25")
    page.keyboard.press("Tab")
    level = cell(page, grid, "P-0002", "digitalisation_level")
    expect(level).to_be_focused()
    page.keyboard.press("ArrowDown")  # from "not yet collected" to level 0
    page.keyboard.press("ArrowDown")  # level 1: the arrows stay with the select
    expect(level).to_have_value("1")
    page.keyboard.press("Tab")
    expect(cell(page, grid, "P-0002", "relevant")).to_be_focused()

    wait_until(lambda: figures(grid, "P-0002")["digitalisation_level"] == 1)
    saved = figures(grid, "P-0002")
    assert (saved["case_count"], saved["processing_minutes"], saved["relevant"]) == (1500, 25, True)
    expect(row.locator("[data-row-status]")).to_have_attribute("data-state", "saved")
    # The shown score must end up as the stored one. Both are read again on every try: the last answer can
    # come seconds after its commit on a busy machine, and a read through SQLite's shared cache may catch
    # the server's transaction half-way.
    wait_until(
        lambda: row.locator("[data-score]").inner_text().strip() == score(figures(grid, "P-0002")["score"]),
        timeout=20.0,
    )
    assert row.locator("[data-score]").inner_text() != score_before
    expect(cases).to_have_value("1.500")
    expect(page.locator("#figures-progress-text")).to_contain_text("3")  # all three recorded now
    expect(page.locator("[data-figures-announcer]")).not_to_be_empty()
    accessible()

    # Up and down move to the same column of the neighbouring rows.
    cases.focus()
    page.keyboard.press("ArrowDown")
    expect(cell(page, grid, "P-0003", "case_count")).to_be_focused()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    expect(cell(page, grid, "P-0001", "case_count")).to_be_focused()

    # A negative Fallzahl: the message is shown beside the cell and announced, nothing is saved.
    first = cell(page, grid, "P-0001", "case_count")
    first.fill("-5")
    page.keyboard.press("Tab")
    expect(first).to_have_attribute("aria-invalid", "true")
    message_id = first.get_attribute("aria-describedby")
    message = page.locator(f"#{message_id}")
    expect(message).to_be_visible()
    expect(message).not_to_be_empty()
    expect(page.locator("[data-figures-announcer]")).to_contain_text(message.inner_text())
    first_row = page.locator("tr", has=first)
    expect(first_row.locator("[data-row-status]")).to_have_attribute("data-state", "failed")
    assert figures(grid, "P-0001")["case_count"] == 300
    accessible()

    # Escape restores the saved value and clears the error.
    first.focus()
    page.keyboard.press("Escape")
    expect(first).to_have_value("300")
    expect(first).not_to_have_attribute("aria-invalid", "true")
    expect(message).to_be_empty()

    # Enter moves down too and saves the changed cell on the way.
    first.fill("310")
    page.keyboard.press("Enter")
    expect(cell(page, grid, "P-0002", "case_count")).to_be_focused()
    wait_until(lambda: figures(grid, "P-0001")["case_count"] == 310)

    # Unticking "relevant" by keyboard marks the row and takes it out of the progress.
    relevant = cell(page, grid, "P-0003", "relevant")
    relevant.focus()
    page.keyboard.press("Space")
    wait_until(lambda: figures(grid, "P-0003")["relevant"] is False)
    expect(page.locator("tr.not-relevant")).to_have_count(1)
    accessible()
    assert page.evaluate("() => window.notReloaded === true")


def test_without_javascript_the_page_is_saved_with_its_button(browser, live_server, grid, cast):
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        log_in(page, live_server, cast.modeller.username)
        page.goto(f"{live_server.url}/t/{grid.slug}/kennzahlen/")
        expect(page.locator("#figures-form button[type=submit]")).to_be_visible()
        cell(page, grid, "P-0002", "case_count").fill("2.000")
        cell(page, grid, "P-0001", "processing_minutes").fill("-1")
        page.locator("#figures-form button[type=submit]").click()
        expect(page.locator("#figures-errors")).to_be_visible()
        expect(cell(page, grid, "P-0001", "processing_minutes")).to_have_attribute("aria-invalid", "true")
        assert figures(grid, "P-0002")["case_count"] is None  # nothing saved while one value is wrong
        cell(page, grid, "P-0001", "processing_minutes").fill("12")
        page.locator("#figures-form button[type=submit]").click()
        expect(page.locator(".message-success")).to_be_visible()
        assert figures(grid, "P-0002")["case_count"] == 2000
        assert figures(grid, "P-0001")["processing_minutes"] == 12
    finally:
        context.close()


def test_the_page_forms_rejected_state_is_accessible(page, live_server, grid, cast, accessible):
    """The answer to a rejected page form (as browsers without JavaScript get it) passes the axe check."""
    log_in(page, live_server, cast.modeller.username)
    page.goto(f"{live_server.url}/t/{grid.slug}/kennzahlen/")
    minutes = cell(page, grid, "P-0003", "processing_minutes")
    # Set and submitted by script, so no change event saves the cell first: the form posts the whole page.
    minutes.evaluate("(input) => { input.value = 'zehn'; input.form.submit(); }")
    expect(page.locator("#figures-errors")).to_be_visible()
    expect(minutes).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#figures-errors a")).to_have_count(1)
    accessible()
    page.locator("#figures-errors a").click()
    expect(minutes).to_be_focused()
    assert figures(grid, "P-0003")["processing_minutes"] == 20
