"""Browsing a catalogue in a real browser (Debian Chromium via Playwright), each page checked by axe-core."""

import pytest
from playwright.sync_api import expect

from catalogues.choices import CatalogKind
from catalogues.tests.factories import CatalogEntryFactory, CatalogFactory
from register.tests.factories import CatalogLinkFactory, ProfileFactory
from register.tests.test_browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def catalogue(cast):
    """A small example LeiKa: two Leistungsobjekte with Verrichtungen, two processes linked."""
    leika = CatalogFactory(kind=CatalogKind.LEIKA, name="LeiKa", version="2025-2", is_example=True)

    def entry(key, name, parent=None, typisierung="5"):
        return CatalogEntryFactory(
            catalog=leika, key=key, name=name, parent=parent, extra={"typisierung": typisierung}
        )

    dog = entry("99001001000000", "Hund")
    tax = entry("99001001080000", "Hundesteuer Festsetzung", dog)
    register = entry("99001001010000", "Hund Anmeldung", dog)
    entry("99001001010001", "Hund Anmeldung für Listenhunde", register)
    licence = entry("99002000000000", "Fahrerlaubnis", typisierung="3")
    entry("99002000060000", "Fahrerlaubnis Erteilung", licence, "3")
    for number, name, target in [
        ("P-0001", "Hund anmelden", register),
        ("P-0002", "Hundesteuer festsetzen", tax),
    ]:
        CatalogLinkFactory(profile=ProfileFactory(tenant=cast.tenant, number=number, name=name), entry=target)
    return leika


def test_a_viewer_browses_a_catalogue_searches_opens_an_entry_and_its_processes_and_the_coverage(
    page, live_server, catalogue, accessible, cast
):
    log_in(page, live_server, cast.viewer.username)
    page.locator(".main-nav a[href$='/kataloge/']").click()
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator(".catalog-table tbody tr")).to_have_count(2)  # LeiKa; no context catalogue yet
    accessible()

    # The tree shows the roots; a branch's children load when it is opened (htmx).
    page.get_by_role("link", name="LeiKa").click()
    tree = page.locator("#catalog-tree")
    expect(tree.locator(":scope > li")).to_have_count(2)
    expect(page.get_by_text("Hundesteuer Festsetzung")).to_have_count(0)
    accessible()
    tree.locator("summary", has_text="Hund").first.click()
    expect(tree.locator(".catalog-tree .tree-name", has_text="Hundesteuer Festsetzung")).to_be_visible()
    expect(tree.locator(".catalog-tree > li")).to_have_count(2)  # Anmeldung and Hundesteuer
    # One level further, lazily again.
    tree.locator(".catalog-tree summary", has_text="Hund Anmeldung").click()
    expect(tree.locator(".tree-name", has_text="Hund Anmeldung für Listenhunde")).to_be_visible()
    accessible()

    # Search by the beginning of a key: the hits replace the tree and show their path.
    page.fill("#catalog-q", "99002000")
    page.locator(".catalog-search button[type=submit]").click()
    expect(page.locator(".search-results > li")).to_have_count(2)
    expect(page.locator(".search-results .entry-path").first).to_contain_text("Fahrerlaubnis")
    accessible()
    page.fill("#catalog-q", "Listenhunde")
    page.locator(".catalog-search button[type=submit]").click()
    expect(page.locator(".search-results > li")).to_have_count(1)

    # The entry page: its place in the tree and the linked process.
    page.locator(".search-results a").first.click()
    expect(page.locator("h1")).to_contain_text("Hund Anmeldung für Listenhunde")
    expect(page.locator(".breadcrumb")).to_contain_text("Hund Anmeldung")
    accessible()
    page.locator(".breadcrumb a", has_text="Hund Anmeldung").click()
    expect(page.locator(".linked-profiles tbody tr")).to_have_count(1)
    accessible()

    # "Im Register anzeigen": the register, narrowed to the entry, says so and can drop the filter.
    page.locator(".page-head a[href*='katalogeintrag=']").click()
    expect(page.locator("#register-results tbody tr")).to_have_count(1)
    expect(page.locator(".active-filter")).to_contain_text("Hund Anmeldung")
    accessible()
    page.locator(".active-filter a.button-small").click()
    expect(page.locator("#register-results tbody tr")).to_have_count(2)
    expect(page.locator(".active-filter")).to_have_count(0)

    # Coverage: 2 of the 4 municipal services are covered (Anmeldung and Hundesteuer; a link to the
    # Anmeldung does not cover the detail below it).
    page.goto(f"{live_server.url}/t/{cast.tenant.slug}/kataloge/{catalogue.uuid}/abdeckung/")
    expect(page.locator(".coverage-summary meter")).to_have_attribute("value", "50")
    expect(page.locator(".coverage-table tbody tr")).to_have_count(5)  # two objects, three Verrichtungen
    accessible()
    # Narrow to Typisierung 3: one service, not covered.
    expect(page.locator(".coverage-filter input:checked")).to_have_count(3)  # 3, 4 and 5 by default
    page.locator(".coverage-filter input[value='4']").uncheck()
    page.locator(".coverage-filter input[value='5']").uncheck()
    page.locator(".coverage-filter input[value='3']").check()
    page.locator(".coverage-filter button[type=submit]").click()
    expect(page.locator(".coverage-summary meter")).to_have_attribute("value", "0")
    expect(page.locator("section", has=page.locator("#uncovered-heading")).locator("tbody tr")).to_have_count(
        1
    )
    accessible()
