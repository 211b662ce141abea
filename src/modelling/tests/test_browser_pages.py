"""The pages around the modeller in a real browser: the profile page with its model, a new model, an old
version restored, the print view and deleting — each state checked with axe and watched for script errors."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from modelling.bpmn.build import Step, linear_process
from modelling.models import ModelVersion, ProcessModel
from modelling.services.models import model_create, model_save
from register.tests.factories import ProfileFactory
from register.tests.test_browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STEPS = [Step("start", "Antrag eingegangen"), Step("user", "Antrag prüfen", 1), Step("end", "Beschieden")]


def gettext_de(message):
    with translation.override("de"):
        return gettext(message)


@pytest.fixture
def errors(page):
    """Script errors and console errors of the page (a Content-Security-Policy violation is one)."""
    seen = []
    page.on("pageerror", lambda error: seen.append(str(error)))
    page.on("console", lambda message: seen.append(message.text) if message.type == "error" else None)
    return seen


@pytest.fixture
def model(cast):
    profile = ProfileFactory(tenant=cast.tenant, name="Gewerbe anmelden")
    xml = linear_process(name="Gewerbe anmelden", lanes=["Betrieb", "Gewerbeamt"], steps=STEPS)
    return model_create(tenant=cast.tenant, profile=profile, name="Ist-Ablauf", user=cast.modeller, xml=xml)


def _log_in(page, live_server, cast, user):
    log_in(page, live_server, user.username)
    page.wait_for_url(f"**/t/{cast.tenant.slug}/uebersicht/")


def test_the_profile_page_shows_the_main_model_with_zoom_and_fit(
    page, live_server, cast, model, accessible, errors
):
    _log_in(page, live_server, cast, cast.viewer)
    page.goto(f"{live_server.url}/t/{cast.tenant.slug}/prozesse/{model.profile.uuid}/")
    viewer = page.locator("[data-bpmn-viewer]")
    expect(viewer).to_have_attribute("data-state", "ready")
    assert viewer.get_attribute("data-shapes") == "6"  # pool, two lanes, three steps
    assert viewer.get_attribute("data-edges") == "2"
    matrix = page.locator(".bpmn-viewer-canvas .viewport").first
    before = matrix.get_attribute("transform")
    page.get_by_role("button", name=gettext_de("Zoom in")).click()
    expect(matrix).not_to_have_attribute("transform", before or "")
    page.get_by_role("button", name=gettext_de("Fit to view")).click()
    expect(page.get_by_role("link", name="Ist-Ablauf")).to_be_visible()
    expect(page.get_by_role("link", name=gettext_de("New BPMN model"))).to_have_count(0)  # a viewer
    accessible()
    assert errors == []


def test_a_modeller_creates_a_model_from_the_profile_page(page, live_server, cast, accessible, errors):
    profile = ProfileFactory(tenant=cast.tenant, name="Hund anmelden")
    _log_in(page, live_server, cast, cast.modeller)
    page.goto(f"{live_server.url}/t/{cast.tenant.slug}/prozesse/{profile.uuid}/")
    expect(page.get_by_text(gettext_de("No model yet shows how this process runs."))).to_be_visible()
    accessible()
    page.get_by_role("link", name=gettext_de("New BPMN model")).click()
    expect(page.get_by_label(gettext_de("Name of the model"))).to_have_value("Hund anmelden")
    accessible()
    page.get_by_label(gettext_de("Name of the model")).fill("Soll-Ablauf")
    page.get_by_role("button", name=gettext_de("Create and open the modeller")).click()
    page.wait_for_url("**/bearbeiten/")
    editor = page.locator("[data-bpmn-modeller]")
    expect(editor).to_have_attribute("data-state", "ready")
    expect(editor).to_have_attribute("data-losses", "0")  # a new diagram loses nothing when saved
    model = ProcessModel.objects.for_tenant(cast.tenant).get(profile=profile)
    assert (model.name, model.is_main, model.version_count) == ("Soll-Ablauf", True, 1)
    assert errors == []


def test_an_old_version_is_opened_and_restored(page, live_server, cast, model, accessible, errors):
    newer = linear_process(name="Gewerbe anmelden", lanes=["Gewerbeamt"], steps=[Step("start", "Neu")])
    model_save(
        tenant=cast.tenant, model=model, xml=newer, svg="", user=cast.admin, base_version=1, comment="Kurz"
    )
    _log_in(page, live_server, cast, cast.modeller)
    page.goto(f"{live_server.url}/t/{cast.tenant.slug}/modelle/{model.uuid}/")
    expect(page.locator("[data-bpmn-viewer]")).to_have_attribute("data-state", "ready")
    accessible()
    page.get_by_role("link", name=gettext_de("Version %(number)s") % {"number": 1}, exact=True).click()
    viewer = page.locator("[data-bpmn-viewer]")
    expect(viewer).to_have_attribute("data-state", "ready")
    assert viewer.get_attribute("data-shapes") == "6"
    accessible()
    page.get_by_label(gettext_de("Comment on the version")).fill("Zurück zum Ist-Ablauf")
    page.get_by_role("button", name=gettext_de("Restore version %(number)s") % {"number": 1}).click()
    expect(page.locator(".message-success")).to_contain_text("3")
    newest = ModelVersion.objects.for_tenant(cast.tenant).get(model=model, number=3)
    assert (newest.restored_from, newest.comment, newest.author) == (
        1,
        "Zurück zum Ist-Ablauf",
        cast.modeller,
    )
    assert errors == []


def test_the_print_view_holds_the_model_as_a_picture(page, live_server, cast, model, accessible, errors):
    _log_in(page, live_server, cast, cast.viewer)
    page.goto(f"{live_server.url}/t/{cast.tenant.slug}/prozesse/{model.profile.uuid}/")
    page.get_by_role("link", name=gettext_de("Print view")).click()
    picture = page.locator("figure.model-picture svg")
    expect(picture).to_be_visible()
    assert picture.locator(".bpmn-shape").count() == 6
    expect(page.locator("figure.model-picture")).to_contain_text("Antrag prüfen")
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(picture).to_be_visible()
    page.emulate_media(media="screen")
    accessible()
    assert errors == []


def test_a_model_is_deleted_after_asking(page, live_server, cast, model, accessible, errors):
    _log_in(page, live_server, cast, cast.modeller)
    page.goto(f"{live_server.url}/t/{cast.tenant.slug}/modelle/{model.uuid}/")
    page.get_by_role("link", name=gettext_de("Delete"), exact=True).click()
    accessible()
    page.get_by_role("button", name=gettext_de("Delete the model")).click()
    page.wait_for_url(f"**/prozesse/{model.profile.uuid}/")
    expect(page.locator(".message-success")).to_contain_text("Ist-Ablauf")
    assert not ProcessModel.objects.for_tenant(cast.tenant).filter(pk=model.pk).exists()
    assert errors == []


VENDOR_LINE_BPMN = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="D1" targetNamespace="urn:test">
  <process id="P1" name="Gewerbe anmelden" isExecutable="false">
    <startEvent id="S1" name="Anmeldung da" />
    <task id="T1" name="Anmeldung prüfen" />
    <sequenceFlow id="F1" sourceRef="S1" targetRef="T1" />
  </process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="P1">
      <bpmndi:BPMNShape id="S1_di" bpmnElement="S1"><dc:Bounds x="100" y="100" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="T1_di" bpmnElement="T1"><dc:Bounds x="200" y="78" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1">
        <di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Vendor_line"><di:waypoint x="118" y="136" /><di:waypoint x="250" y="158" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</definitions>
"""


def test_the_modeller_warns_before_a_save_drops_what_it_cannot_show(
    page, live_server, cast, accessible, errors
):
    # A line without a model element (some tools draw their own relations so): bpmn-js does not keep it.
    profile = ProfileFactory(tenant=cast.tenant)
    model = model_create(
        tenant=cast.tenant, profile=profile, name="Fremd", user=None, xml=VENDOR_LINE_BPMN, file_name="x.bpmn"
    )
    _log_in(page, live_server, cast, cast.modeller)
    page.goto(f"{live_server.url}/t/{cast.tenant.slug}/modelle/{model.uuid}/bearbeiten/")
    editor = page.locator("[data-bpmn-modeller]")
    expect(editor).to_have_attribute("data-state", "ready")
    expect(editor).to_have_attribute("data-losses", "1")
    expect(page.locator("[data-bpmn-status]")).to_contain_text("1 Diagrammlinie")
    accessible()

    questions = []

    def answer(dialog, accept):
        questions.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", lambda dialog: answer(dialog, False))
    page.locator("#bpmn-comment").fill("Nur ein Kommentar")
    page.get_by_role("button", name=gettext_de("Save"), exact=True).click()
    assert questions and "1 Diagrammlinie" in questions[0]
    assert ModelVersion.objects.for_tenant(cast.tenant).filter(model=model).count() == 1

    page.once("dialog", lambda dialog: answer(dialog, True))
    page.get_by_role("button", name=gettext_de("Save"), exact=True).click()
    expect(editor).to_have_attribute("data-base-version", "2")
    expect(editor).to_have_attribute("data-losses", "0")
    assert "Vendor_line" not in ModelVersion.objects.for_tenant(cast.tenant).get(model=model, number=2).xml
    assert "Vendor_line" in ModelVersion.objects.for_tenant(cast.tenant).get(model=model, number=1).xml
    assert errors == []
