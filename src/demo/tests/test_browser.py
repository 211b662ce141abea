"""The demo as a newcomer meets it: the full Musterstadt register in a browser, each page checked by axe."""

import pytest
from playwright.sync_api import expect

from demo.services import DEMO_PASSWORD, demo_load
from register.models import ProcessProfile
from tenants.models import Tenant

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_demo_register_with_all_its_pages_is_accessible(page, live_server, accessible):
    demo_load()
    musterstadt = Tenant.objects.get(slug="musterstadt")
    profile = ProcessProfile.objects.for_tenant(musterstadt).get(number="P-0001")
    page.goto(f"{live_server.url}/anmelden/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    base = f"{live_server.url}/t/{musterstadt.slug}"
    page.wait_for_url(f"{base}/uebersicht/")  # the start page after logging in
    expect(page.locator(".top-table tbody tr")).to_have_count(10)
    accessible()
    page.goto(f"{base}/")
    expect(page.locator(".result-count")).to_contain_text("953")
    expect(page.locator("#register-results tbody tr")).to_have_count(50)
    accessible()

    for path in (
        f"/prozesse/{profile.uuid}/",
        f"/prozesse/{profile.uuid}/bearbeiten/",
        "/?q=Anmeldungen&per_page=200",
        "/organigramm/",
        "/ordner/",
        "/attribute/",
        "/vorlagen/",
    ):
        page.goto(base + path)
        expect(page.locator("h1")).to_have_count(1)
        accessible()
    expect(page.locator("main")).to_contain_text("Musterprozessregister")
