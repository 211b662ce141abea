"""The BPMN import in a real browser (Debian Chromium via Playwright), each page state checked with axe."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from modelling.bpmn.documents import BpmnFileError, parse_bpmn
from modelling.models import ProcessModel
from modelling.tests import bpmn_samples as samples
from register.models import ProcessProfile
from register.tests.factories import ProfileFactory
from register.tests.test_browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BPMN_MIME = "application/xml"


def _open_import(page, live_server, cast, query=""):
    log_in(page, live_server, cast.modeller.username)
    page.wait_for_url(f"**/t/{cast.tenant.slug}/uebersicht/")  # the start page after logging in
    page.goto(f"{live_server.url}/t/{cast.tenant.slug}/modelle/import/{query}")
    expect(page.locator("h1")).to_have_count(1)


def _choose(page, *files):
    page.set_input_files(
        "#id_files", files=[{"name": n, "mimeType": BPMN_MIME, "buffer": d} for n, d in files]
    )


def _submit(page):
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def test_a_modeller_creates_processes_from_two_files_and_opens_one(page, live_server, cast, accessible):
    _open_import(page, live_server, cast)
    accessible()

    _choose(page, ("melden.bpmn", samples.collaboration_bpmn()), ("gewerbe.bpmn", samples.rich_bpmn()))
    expect(page.locator("#id_target_1")).to_be_checked()  # "create one process per …" is the default
    _submit(page)

    expect(page.locator(".message-success")).to_be_visible()
    rows = page.locator("#import-result-title ~ .table-wrap tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_contain_text("melden.bpmn")
    expect(rows.nth(2)).to_contain_text("gewerbe.bpmn")
    accessible()
    names = list(
        ProcessProfile.objects.for_tenant(cast.tenant).order_by("number").values_list("name", flat=True)
    )
    assert names == ["Bürgeramt", "Ausländerbehörde", "Gewerbeamt"]

    page.get_by_role("link", name="P-0003 Gewerbeamt").click()
    profile = ProcessProfile.objects.for_tenant(cast.tenant).get(number="P-0003")
    page.wait_for_url(f"**/t/{cast.tenant.slug}/**/{profile.uuid}/")
    expect(page.locator("h1")).to_contain_text("Gewerbeamt")


def test_a_file_is_attached_to_the_process_named_in_the_address(page, live_server, cast, accessible):
    profile = ProfileFactory(tenant=cast.tenant, number="P-0042", name="Hund anmelden")
    _open_import(page, live_server, cast, f"?prozess={profile.uuid}")
    expect(page.locator("#id_target_0")).to_be_checked()
    expect(page.locator("#id_number")).to_have_value("P-0042")
    expect(page.locator("main form")).to_contain_text("Hund anmelden")

    _choose(page, ("hund.bpmn", samples.process_bpmn("Hundesteuer festsetzen")))
    _submit(page)

    expect(page.locator(".message-success")).to_be_visible()
    accessible()
    model = ProcessModel.objects.for_tenant(cast.tenant).get(profile=profile)
    assert model.name == "Hundesteuer festsetzen"
    page.get_by_role("link", name="Hundesteuer festsetzen").click()
    page.wait_for_url(f"**/modelle/{model.uuid}/")


def test_a_refused_file_shows_its_german_message_and_nothing_is_stored(page, live_server, cast, accessible):
    _open_import(page, live_server, cast)

    _choose(page, ("gut.bpmn", samples.process_bpmn()), ("seite.bpmn", samples.HTML))
    _submit(page)

    with translation.override("de"), pytest.raises(BpmnFileError) as refused:
        parse_bpmn(samples.HTML, file_name="seite.bpmn")
    summary = page.locator("#import-problems")
    expect(summary).to_be_visible()
    expect(summary.locator("li")).to_have_text([refused.value.message])
    accessible()
    assert not ProcessProfile.objects.for_tenant(cast.tenant).exists()
    assert not ProcessModel.objects.for_tenant(cast.tenant).exists()
