"""The register in a real browser (Debian Chromium via Playwright), every page checked with axe-core."""

import pytest
from playwright.sync_api import expect

from organisation.services import orgunit_create
from register.choices import OzgTopic
from register.models import ProcessProfile
from register.tests.factories import AttributeDefinitionFactory, FolderFactory, ProfileFactory
from tenants.tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def register(cast):
    """A small register: two offices with sections, two folders, a dozen recognisable processes."""
    tenant = cast.tenant
    order = orgunit_create(tenant=tenant, name="Ordnungsamt", kind="amt", short_code="32")
    trade = orgunit_create(tenant=tenant, name="Gewerbe", kind="sachgebiet", short_code="32.1", parent=order)
    main = orgunit_create(tenant=tenant, name="Hauptamt", kind="amt", short_code="10")
    citizens = FolderFactory(tenant=tenant, name="Bürgerdienste")
    internal = FolderFactory(tenant=tenant, name="Interne Dienste")
    AttributeDefinitionFactory(group__tenant=tenant, label="Gebührenpflichtig", type="boolean")
    rows = [
        ("Hund anmelden", trade, citizens, 150, OzgTopic.TAXES),
        ("Hundesteuer ermäßigen", trade, citizens, 12, OzgTopic.TAXES),
        ("Gewerbe anmelden", trade, citizens, 240, OzgTopic.BUSINESS),
        ("Gewerbe abmelden", trade, citizens, 180, OzgTopic.BUSINESS),
        ("Gaststättenerlaubnis erteilen", trade, citizens, 8, OzgTopic.BUSINESS),
        ("Fundsache entgegennehmen", order, citizens, 300, OzgTopic.LAW),
        ("Sondernutzung genehmigen", order, citizens, 45, OzgTopic.MOBILITY),
        ("Stellenbesetzung durchführen", main, internal, 25, OzgTopic.CROSS_CUTTING),
        ("Haushaltsplan aufstellen", main, internal, 1, OzgTopic.CROSS_CUTTING),
        ("Sitzung des Gemeinderats vorbereiten", main, internal, 11, OzgTopic.CROSS_CUTTING),
    ]
    for index, (name, unit, folder, cases, topic) in enumerate(rows, start=1):
        ProfileFactory(
            tenant=tenant,
            number=f"P-{index:04d}",
            name=name,
            owner_unit=unit,
            folder=folder,
            case_count=cases,
            ozg_topic=topic,
            short_description=f"Beispiel: {name}.",
        )
    return tenant


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/anmelden/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")


def result_names(page):
    return page.locator("#register-results tbody tr td a").all_inner_texts()


def test_a_modeller_filters_sorts_searches_edits_and_marks_a_process_not_relevant(
    page, live_server, register, accessible, cast
):
    log_in(page, live_server, cast.modeller.username)
    page.wait_for_url(f"**/t/{register.slug}/uebersicht/")  # the start page after logging in
    page.goto(f"{live_server.url}/t/{register.slug}/")
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("#register-results tbody tr")).to_have_count(10)
    accessible()

    # Filter by an office: its section's processes are included, the page updates in place (htmx).
    office = page.locator("#id_unit option", has_text="Ordnungsamt").get_attribute("value")
    page.select_option("#id_unit", office)
    expect(page.locator("#register-results tbody tr")).to_have_count(7)
    assert "unit=" in page.url  # the filter state is in the URL
    accessible()

    # Sort by cases per year, descending on the second click.
    header = page.locator("th a[href*='sort=case_count']")
    header.click()
    expect(page.locator("th[aria-sort=ascending]")).to_have_count(1)
    page.locator("th a[href*='sort=-case_count']").click()
    expect(page.locator("th[aria-sort=descending]")).to_have_count(1)
    assert result_names(page)[0] == "Fundsache entgegennehmen"
    # A further filter keeps the order.
    page.select_option("#id_per_page", "25")
    expect(page.locator("th[aria-sort=descending]")).to_have_count(1)
    assert "sort=-case_count" in page.url

    # Full-text search with German compounds: "Hundesteuer" finds "Hund anmelden" too.
    page.goto(f"{live_server.url}/t/{register.slug}/")
    page.fill("#id_q", "Hundesteuer")
    expect(page.locator("#register-results tbody tr")).to_have_count(2)
    assert set(result_names(page)) == {"Hund anmelden", "Hundesteuer ermäßigen"}
    accessible()

    # Open, check, edit.
    page.get_by_role("link", name="Hund anmelden").click()
    expect(page.locator("h1")).to_contain_text("Hund anmelden")
    accessible()
    page.locator("a[href$='/bearbeiten/']").click()
    accessible()
    page.fill("#id_case_count", "-5")
    page.click("form.profile-form button[type=submit]")
    expect(page.locator(".error-summary")).to_be_visible()
    accessible()
    page.fill("#id_case_count", "175")
    page.fill("#id_short_description", "<script>alert(1)</script> Anmeldung eines Hundes.")
    page.click("form.profile-form button[type=submit]")
    expect(page.locator(".lead")).to_contain_text("<script>alert(1)</script>")
    profile = ProcessProfile.objects.for_tenant(register).get(name="Hund anmelden")
    assert profile.case_count == 175

    # Mark not relevant: hidden from the working list, shown again by the relevance filter.
    page.locator("form[action$='/relevanz/'] button").click()
    expect(page.locator(".message-success")).to_be_visible()
    accessible()
    page.goto(f"{live_server.url}/t/{register.slug}/")
    expect(page.locator("#register-results tbody tr")).to_have_count(9)
    page.select_option("#id_relevant", "no")
    expect(page.locator("#register-results tbody tr")).to_have_count(1)
    assert result_names(page) == ["Hund anmelden"]


def test_a_modeller_bulk_edits_selected_rows(page, live_server, register, accessible, cast):
    log_in(page, live_server, cast.modeller.username)
    page.wait_for_url(f"**/t/{register.slug}/uebersicht/")  # the start page after logging in
    page.goto(f"{live_server.url}/t/{register.slug}/")
    page.check("input[data-row-select] >> nth=0")
    page.check("input[data-row-select] >> nth=1")
    page.select_option("#id_bulk-digitalisation_level", "3")
    page.click("#bulk-form button[type=submit]")
    expect(page.locator(".message-success")).to_be_visible()
    assert ProcessProfile.objects.for_tenant(register).filter(digitalisation_level=3).count() == 2
    accessible()


def test_the_login_page_and_the_administration_pages_are_accessible(
    page, live_server, register, accessible, cast
):
    page.goto(f"{live_server.url}/anmelden/")
    accessible()
    page.fill("#id_username", cast.admin.username)
    page.fill("#id_password", "falsch")
    page.click("button[type=submit]")
    expect(page.locator(".error-summary")).to_be_visible()
    accessible()
    log_in(page, live_server, cast.admin.username)
    for path in ("organigramm/", "organigramm/neu/", "attribute/", "attribute/neu/", "vorlagen/"):
        page.goto(f"{live_server.url}/t/{register.slug}/{path}")
        expect(page.locator("h1")).to_have_count(1)
        accessible()


def test_an_administrator_reshapes_the_organigram_and_the_folders(
    page, live_server, register, accessible, cast
):
    from organisation.models import OrgUnit
    from register.models import Folder

    log_in(page, live_server, cast.admin.username)
    base = f"{live_server.url}/t/{register.slug}"
    units = OrgUnit.objects.for_tenant(register)

    # Add a section below the Hauptamt.
    page.goto(f"{base}/organigramm/")
    page.get_by_role("link", name="Untereinheit anlegen – Hauptamt").click()
    page.fill("#id_name", "Bürgerbüro")
    page.select_option("#id_kind", "sachgebiet")
    page.click("main button[type=submit]")
    expect(page.get_by_role("cell", name="Bürgerbüro", exact=True)).to_be_visible()
    assert units.get(name="Bürgerbüro").parent == units.get(name="Hauptamt")
    accessible()

    # Move the trade section from the Ordnungsamt to the Hauptamt.
    page.get_by_role("link", name="Umbenennen oder verschieben – Gewerbe").click()
    accessible()
    page.select_option("#id_parent", str(units.get(name="Hauptamt").uuid))
    page.click("main button[type=submit]")
    expect(page.locator(".message-success")).to_be_visible()
    assert units.get(name="Gewerbe").parent == units.get(name="Hauptamt")

    # The Ordnungsamt still has processes: deleting it needs a unit that takes them over.
    page.get_by_role("link", name="Löschen – Ordnungsamt").click()
    accessible()
    page.click("main button[type=submit]")
    expect(page.locator(".error-summary")).to_be_visible()
    accessible()
    assert units.filter(name="Ordnungsamt").exists()
    page.select_option("#id_reassign_to", str(units.get(name="Hauptamt").uuid))
    page.click("main button[type=submit]")
    expect(page.locator(".message-success")).to_be_visible()
    assert not units.filter(name="Ordnungsamt").exists()
    moved = ProcessProfile.objects.for_tenant(register).get(name="Fundsache entgegennehmen")
    assert moved.owner_unit == units.get(name="Hauptamt")

    # Folders: add a sub-folder, see it in the tree.
    page.goto(f"{base}/ordner/")
    accessible()
    page.get_by_role("link", name="Unterordner anlegen – Bürgerdienste").click()
    accessible()
    page.fill("#id_name", "Meldewesen")
    page.click("main button[type=submit]")
    expect(page.get_by_role("cell", name="Meldewesen", exact=True)).to_be_visible()
    assert Folder.objects.for_tenant(register).get(name="Meldewesen").parent.name == "Bürgerdienste"


def test_a_member_of_two_authorities_switches_between_them(page, live_server, register, accessible, cast):
    from tenants.models import Role
    from tenants.tests.factories import MembershipFactory

    MembershipFactory(tenant=cast.other_tenant, user=cast.viewer, role=Role.VIEWER)
    ProfileFactory(tenant=cast.other_tenant, name="Nur in der Nachbargemeinde")
    log_in(page, live_server, cast.viewer.username)
    page.goto(f"{live_server.url}/mandanten/")
    expect(page.locator("main li")).to_have_count(2)
    accessible()
    page.goto(f"{live_server.url}/t/{register.slug}/")
    expect(page.get_by_role("link", name="Nur in der Nachbargemeinde")).to_have_count(0)
    page.select_option("#tenant-switch", cast.other_tenant.slug)
    page.wait_for_url(f"**/t/{cast.other_tenant.slug}/uebersicht/")  # the other authority's start page
    expect(page.get_by_role("link", name="Nur in der Nachbargemeinde")).to_be_visible()
    accessible()
    page.goto(f"{live_server.url}/t/{cast.other_tenant.slug}/")
    expect(page.locator("#register-results tbody tr")).to_have_count(1)
    accessible()
