"""The BPMN modeller in a real browser (Debian Chromium via Playwright): drawing with mouse and keyboard,
German labels, saving, the guards against losing work, exporting; every page checked with axe and watched
for errors (a violation of the Content-Security-Policy shows up as a console error)."""

import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, pgettext
from lxml import etree
from playwright.sync_api import expect

from modelling.bpmn.documents import BPMN_NS
from modelling.models import ModelVersion, ProcessModel
from modelling.services.models import model_create, model_save
from register.tests.factories import ProfileFactory
from register.tests.test_browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Every entry of bpmn-js's palette, in German (frontend/src/bpmn/translate-de.js).
PALETTE = [
    "Hand-Werkzeug aktivieren (Ansicht verschieben)",
    "Lasso-Werkzeug aktivieren (Elemente auswählen)",
    "Platz-Werkzeug aktivieren (Platz schaffen oder entfernen)",
    "Verbindungswerkzeug aktivieren",
    "Startereignis erstellen",
    "Zwischen- oder Randereignis erstellen",
    "Endereignis erstellen",
    "Gateway erstellen",
    "Aufgabe erstellen",
    "Aufgeklappten Teilprozess erstellen",
    "Datenobjekt erstellen",
    "Datenspeicher erstellen",
    "Pool (Beteiligten) erstellen",
    "Gruppe erstellen",
]
# The context pad of a start event.
START_EVENT_PAD = [
    "Endereignis anhängen",
    "Gateway anhängen",
    "Aufgabe anhängen",
    "Zwischenereignis anhängen",
    "Anmerkung hinzufügen",
    "Element ändern",
    "Löschen",
    "Mit anderem Element verbinden",
]
ENGLISH_WORDS = re.compile(r"\b(Activate|Create|Append|Add|Connect|Change|Delete|Divide|Align|Distribute)\b")
NAMESPACES = {"bpmn": BPMN_NS}

UNNAMED_TASK_BPMN = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="urn:test">
  <bpmn:process id="Process_1" name="Gewerbe anmelden" isExecutable="false">
    <bpmn:startEvent id="Start_1" name="Anmeldung eingegangen" />
    <bpmn:task id="Task_1" />
    <bpmn:endEvent id="End_1" name="Angemeldet" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_1" targetRef="Task_1" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="End_1" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="Start_1_di" bpmnElement="Start_1">
        <dc:Bounds x="152" y="102" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_1_di" bpmnElement="Task_1">
        <dc:Bounds x="240" y="80" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_1_di" bpmnElement="End_1">
        <dc:Bounds x="392" y="102" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1">
        <di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2">
        <di:waypoint x="340" y="120" /><di:waypoint x="392" y="120" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
"""


def gettext_de(message):
    """The German text of ``message`` (the language of the pages under test)."""
    with translation.override("de"):
        return gettext(message)


def pgettext_de(context, message):
    with translation.override("de"):
        return pgettext(context, message)


@pytest.fixture
def problems(page):
    """Errors the page reports: console errors (CSP violations among them) and uncaught exceptions."""
    seen = []
    page.on("console", lambda message: seen.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen.append(str(error)))
    return seen


@pytest.fixture
def dialogs(page):
    """Every dialog shown (confirm, beforeunload); ``dialogs.answer`` says whether to accept the next ones."""

    class Dialogs(list):
        answer = False

    seen = Dialogs()

    def handle(dialog):
        seen.append((dialog.type, dialog.message))
        if seen.answer:
            dialog.accept()
        else:
            dialog.dismiss()

    page.on("dialog", handle)
    return seen


def _open_editor(page, live_server, cast, model):
    log_in(page, live_server, cast.modeller.username)
    page.wait_for_url(f"**/t/{cast.tenant.slug}/uebersicht/")
    page.goto(f"{live_server.url}/t/{cast.tenant.slug}/modelle/{model.uuid}/bearbeiten/")
    expect(page.locator("[data-bpmn-modeller]")).to_have_attribute("data-state", "ready")


def _shape(page, element_id):
    """The clickable area of a diagram element."""
    return page.locator(f'.djs-element[data-element-id="{element_id}"] > .djs-hit')


def _task(page, name):
    return page.locator(".djs-shape", has_text=name).locator("> .djs-hit")


def _deselect(page):
    """Click an empty spot of the canvas (twice: diagram-js swallows the first click after a drag)."""
    box = page.locator("[data-bpmn-canvas]").bounding_box()
    for _ in range(2):
        page.mouse.click(box["x"] + box["width"] - 60, box["y"] + 40)
        page.wait_for_timeout(50)


def _pad_titles(page):
    return page.locator(".djs-context-pad .entry").evaluate_all("entries => entries.map(e => e.title)")


def _saved_process(xml):
    """The names along the saved process's sequence flows, from its start event to its end."""
    root = etree.fromstring(xml.encode("utf-8"))
    process = root.find("bpmn:process", NAMESPACES)
    by_id = {element.get("id"): element for element in process}
    following = {
        flow.get("sourceRef"): flow.get("targetRef")
        for flow in process.findall("bpmn:sequenceFlow", NAMESPACES)
    }
    node = process.find("bpmn:startEvent", NAMESPACES).get("id")
    names: list[tuple[str, str | None]] = []
    while node is not None and len(names) < 10:
        element = by_id[node]
        names.append((etree.QName(element).localname, element.get("name")))
        node = following.get(node)
    return names


def test_a_modeller_draws_a_process_with_mouse_and_keyboard_saves_it_and_downloads_it(
    page, live_server, cast, accessible, problems, dialogs
):
    profile = ProfileFactory.create(tenant=cast.tenant, name="Hund anmelden")
    log_in(page, live_server, cast.modeller.username)
    page.wait_for_url(f"**/t/{cast.tenant.slug}/uebersicht/")
    page.goto(f"{live_server.url}/t/{cast.tenant.slug}/prozesse/{profile.uuid}/")
    page.get_by_role("link", name=gettext_de("New BPMN model")).click()
    page.locator("main form button[type=submit]").click()
    model = ProcessModel.objects.for_tenant(cast.tenant).get(profile=profile)
    page.wait_for_url(f"**/t/{cast.tenant.slug}/modelle/{model.uuid}/bearbeiten/")
    modeller = page.locator("[data-bpmn-modeller]")
    expect(modeller).to_have_attribute("data-state", "ready")
    accessible()  # with the canvas, its palette and the properties panel

    # Everything bpmn-js labels is German: the palette and an element's context pad.
    palette = page.locator(".djs-palette .entry").evaluate_all(
        "es => es.map(e => e.getAttribute('aria-label'))"
    )
    assert palette == PALETTE
    canvas = page.get_by_role("application", name=gettext_de("Diagram canvas"))
    expect(canvas).to_have_attribute("tabindex", "0")  # bpmn-js's keyboard listens on this element

    # The new model starts with a start event joined to an end event.
    xml = ModelVersion.objects.for_tenant(cast.tenant).get(model=model, number=1).xml
    first = etree.fromstring(xml.encode("utf-8")).find("bpmn:process", NAMESPACES)
    start_id = first.find("bpmn:startEvent", NAMESPACES).get("id")
    end_id = first.find("bpmn:endEvent", NAMESPACES).get("id")

    # Mouse: delete the end event through its context pad, append a task to the start event, name it.
    _shape(page, end_id).click()
    page.locator(".djs-context-pad [data-action='delete']").click()
    _shape(page, start_id).click()
    assert _pad_titles(page) == START_EVENT_PAD
    assert not [title for title in _pad_titles(page) if ENGLISH_WORDS.search(title)]
    page.get_by_title("Aufgabe anhängen").click()
    page.keyboard.type("Antrag prüfen")  # the new task's label editor is open
    # Mouse: a second task from the palette, placed by a click on the canvas, then joined to the first.
    start_box = _shape(page, start_id).bounding_box()
    page.get_by_role("button", name="Aufgabe erstellen").click()
    x, y = start_box["x"] + 420, start_box["y"] + start_box["height"] / 2
    page.mouse.move(x - 30, y)
    page.mouse.click(x, y)
    page.keyboard.type("Gebühr berechnen")
    _deselect(page)
    _task(page, "Antrag prüfen").click()
    connect = page.locator(".djs-context-pad [data-action='connect']").bounding_box()
    target = _task(page, "Gebühr berechnen").bounding_box()
    page.mouse.move(connect["x"] + connect["width"] / 2, connect["y"] + connect["height"] / 2)
    page.mouse.down()
    page.mouse.move(target["x"] + 20, target["y"] + 20, steps=5)
    page.mouse.move(target["x"] + target["width"] / 2, target["y"] + target["height"] / 2, steps=5)
    page.mouse.up()
    _deselect(page)

    # Keyboard: "A" appends to the selected task through a menu; Enter takes its first entry (an end event),
    # whose label editor opens for the name.
    _task(page, "Gebühr berechnen").click()
    expect(canvas).to_be_focused()
    page.keyboard.press("a")
    menu = page.get_by_role("listbox", name="Element anhängen")
    expect(menu.locator(".entry.selected")).to_have_text("Endereignis anhängen")
    page.keyboard.press("Enter")
    page.keyboard.type("Erledigt")
    page.keyboard.press("Enter")
    expect(menu).to_have_count(0)
    expect(page.locator("[data-bpmn-dirty]")).to_be_visible()

    # Keyboard: rename the first task in the properties panel, undo and redo on the canvas.
    _deselect(page)
    _task(page, "Antrag prüfen").click()
    expect(page.get_by_label(gettext_de("Kind"), exact=True)).to_have_value("Aufgabe")
    name = page.get_by_label(gettext_de("Name"), exact=True)
    name.fill("Antrag vollständig prüfen")
    name.press("Enter")
    expect(page.locator(".djs-shape", has_text="Antrag vollständig prüfen")).to_have_count(1)
    canvas.focus()
    page.keyboard.press("Control+z")
    expect(name).to_have_value("Antrag prüfen")
    page.keyboard.press("Control+y")
    expect(name).to_have_value("Antrag vollständig prüfen")
    accessible()

    # Several elements: the align menu in German, its icons drawn without inline styles (the CSP forbids).
    page.keyboard.press("Control+a")
    page.get_by_title("Elemente ausrichten").click()
    align = page.locator(".djs-popup .entry").evaluate_all("entries => entries.map(e => e.title)")
    assert align[:3] == ["Links ausrichten", "Horizontal zentrieren", "Rechts ausrichten"]
    assert not [title for title in align if ENGLISH_WORDS.search(title)]
    page.keyboard.press("Escape")
    # Labels with placeholders are filled in.
    translated = page.evaluate(
        "() => document.querySelector('[data-bpmn-modeller]').bpmnModeler.get('translate')"
        "('Open {element}', {element: 'Teilprozess'})"
    )
    assert translated == "Teilprozess öffnen"

    # Save with a comment (Ctrl+S): version 2, nothing unsaved any more.
    page.get_by_label(gettext_de("Comment on this version")).fill("Erste Fassung")
    page.keyboard.press("Control+s")
    expect(page.locator("[data-bpmn-status]")).to_contain_text(
        gettext_de("Version %(number)d saved.") % {"number": 2}
    )
    expect(modeller).to_have_attribute("data-dirty", "false")
    expect(page.locator("[data-bpmn-dirty]")).to_be_hidden()
    saved = ModelVersion.objects.for_tenant(cast.tenant).get(model=model, number=2)
    assert saved.comment == "Erste Fassung"
    assert _saved_process(saved.xml) == [
        ("startEvent", pgettext_de("name of the start event of a new diagram", "Start")),
        ("task", "Antrag vollständig prüfen"),
        ("task", "Gebühr berechnen"),
        ("endEvent", "Erledigt"),
    ]
    assert saved.svg.lstrip().startswith(("<?xml", "<svg"))

    # After a reload the drawing is there, as version 2.
    page.reload()
    expect(modeller).to_have_attribute("data-state", "ready")
    expect(page.locator("[data-bpmn-version-number]")).to_have_text("2")
    for text in ("Antrag vollständig prüfen", "Gebühr berechnen", "Erledigt"):
        expect(page.locator(".djs-element", has_text=text).first).to_be_visible()

    # Unsaved changes are not lost by accident: a link asks first, so does leaving the page.
    _task(page, "Gebühr berechnen").click()
    page.keyboard.press("Delete")
    expect(page.locator("[data-bpmn-dirty]")).to_be_visible()
    editor_url = page.url
    page.get_by_role("link", name=gettext_de("Close")).click()
    assert dialogs[-1][0] == "confirm"
    assert page.url == editor_url
    page.evaluate("() => { window.location.href = '/'; }")
    page.wait_for_timeout(300)
    assert dialogs[-1][0] == "beforeunload"
    assert page.url == editor_url
    expect(page.locator(".djs-shape", has_text="Gebühr berechnen")).to_have_count(0)

    # Discard: after confirming, the saved diagram is back and nothing is unsaved.
    dialogs.answer = True
    page.get_by_role("button", name=gettext_de("Discard")).click()
    assert dialogs[-1] == ("confirm", "Alle Änderungen seit dem letzten Speichern verwerfen?")
    expect(page.locator(".djs-shape", has_text="Gebühr berechnen")).to_have_count(1)
    expect(modeller).to_have_attribute("data-dirty", "false")

    # Close: the model's page shows version 2 in the viewer and offers the BPMN file.
    page.get_by_role("link", name=gettext_de("Close")).click()
    page.wait_for_url(f"**/t/{cast.tenant.slug}/modelle/{model.uuid}/")
    viewer = page.locator("[data-bpmn-viewer]")
    expect(viewer).to_have_attribute("data-state", "ready")
    expect(viewer).to_have_attribute("data-shapes", "4")
    expect(viewer).to_have_attribute("data-edges", "3")
    accessible()
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(re.escape(gettext_de("BPMN file")))).click()
    exported = download_info.value.path().read_text(encoding="utf-8")
    assert "Antrag vollständig prüfen" in exported
    assert "Erledigt" in exported
    assert problems == []


def test_a_note_after_saving_selects_its_element_and_naming_it_in_the_panel_clears_it(
    page, live_server, cast, accessible, problems
):
    profile = ProfileFactory.create(tenant=cast.tenant, name="Gewerbe anmelden")
    model = model_create(
        tenant=cast.tenant,
        profile=profile,
        name="Gewerbe anmelden",
        user=cast.modeller,
        xml=UNNAMED_TASK_BPMN,
    )
    _open_editor(page, live_server, cast, model)

    # Nothing changed yet: saving says so and stores nothing.
    page.get_by_role("button", name=gettext_de("Save")).click()
    expect(page.locator("[data-bpmn-status]")).to_have_text("Es gibt keine Änderungen zum Speichern.")
    # A comment alone is worth a version; the checks' notes come back as a list.
    page.get_by_label(gettext_de("Comment on this version")).fill("Geprüft")
    page.get_by_role("button", name=gettext_de("Save")).click()
    notes = page.locator("[data-bpmn-findings-list] li")
    expect(notes.first).to_be_visible()
    note = page.locator("[data-bpmn-findings-list] button").first
    expect(note).to_contain_text("Task_1")
    accessible()

    # Choosing the note selects the task: the panel shows it, the keyboard names it there.
    note.click()
    expect(page.get_by_label(gettext_de("ID"), exact=True)).to_have_value("Task_1")
    expect(page.get_by_label(gettext_de("Kind"), exact=True)).to_have_value("Aufgabe")
    name = page.get_by_label(gettext_de("Name"), exact=True)
    name.focus()
    page.keyboard.type("Gewerbeanzeige prüfen")
    page.keyboard.press("Tab")  # the documentation
    page.keyboard.type("Vollständigkeit und Zuständigkeit prüfen.")
    page.keyboard.press("Shift+Tab")
    expect(page.locator(".djs-shape", has_text="Gewerbeanzeige prüfen")).to_have_count(1)
    page.keyboard.press("Control+s")
    expect(page.locator("[data-bpmn-version-number]")).to_have_text("3")
    expect(page.locator("[data-bpmn-findings-list] li", has_text="Task_1")).to_have_count(0)

    saved = ModelVersion.objects.for_tenant(cast.tenant).get(model=model, number=3)
    task = etree.fromstring(saved.xml.encode("utf-8")).find(".//bpmn:task", NAMESPACES)
    assert task.get("name") == "Gewerbeanzeige prüfen"
    assert (
        task.findtext("bpmn:documentation", namespaces=NAMESPACES)
        == "Vollständigkeit und Zuständigkeit prüfen."
    )
    assert problems == []


def test_a_save_after_someone_else_saved_keeps_the_diagram_and_can_still_be_stored(
    page, live_server, cast, problems
):
    profile = ProfileFactory.create(tenant=cast.tenant, name="Gewerbe anmelden")
    model = model_create(
        tenant=cast.tenant,
        profile=profile,
        name="Gewerbe anmelden",
        user=cast.modeller,
        xml=UNNAMED_TASK_BPMN,
    )
    _open_editor(page, live_server, cast, model)
    # Meanwhile a colleague saves version 2.
    model_save(
        tenant=cast.tenant,
        model=model,
        xml=UNNAMED_TASK_BPMN.replace('id="Task_1"', 'id="Task_1" name="Prüfen"', 1),
        svg="",
        user=cast.admin,
        base_version=1,
    )

    _shape(page, "End_1").click()
    page.keyboard.press("Delete")
    page.get_by_role("button", name=gettext_de("Save")).click()
    status = page.locator("[data-bpmn-status]")
    newer = status.get_by_role("link", name="Neuere Version in neuem Tab öffnen")
    expect(newer).to_have_attribute("href", re.compile(rf"/modelle/{model.uuid}/versionen/2/$"))
    expect(newer).to_have_attribute("target", "_blank")
    expect(page.locator("[data-bpmn-dirty]")).to_be_visible()  # nothing lost
    expect(page.locator('[data-element-id="End_1"]')).to_have_count(0)
    assert ModelVersion.objects.for_tenant(cast.tenant).filter(model=model).count() == 2

    status.get_by_role("button", name="Meine Fassung trotzdem als Version 3 speichern").click()
    expect(page.locator("[data-bpmn-version-number]")).to_have_text("3")
    saved = ModelVersion.objects.for_tenant(cast.tenant).get(model=model, number=3)
    assert "End_1" not in saved.xml
    # The refused save is the only failed request the browser reports.
    assert [text for text in problems if "409" not in text] == []


def test_a_save_after_the_login_ran_out_keeps_the_work_and_says_what_to_do(page, live_server, cast, problems):
    profile = ProfileFactory.create(tenant=cast.tenant, name="Gewerbe anmelden")
    model = model_create(
        tenant=cast.tenant,
        profile=profile,
        name="Gewerbe anmelden",
        user=cast.modeller,
        xml=UNNAMED_TASK_BPMN,
    )
    _open_editor(page, live_server, cast, model)
    _shape(page, "End_1").click()
    page.keyboard.press("Delete")
    page.context.clear_cookies(name=settings.SESSION_COOKIE_NAME)  # the session ran out

    page.get_by_role("button", name=gettext_de("Save")).click()
    expect(page.locator("[data-bpmn-status]")).to_contain_text("Ihre Anmeldung ist abgelaufen")
    expect(page.locator("[data-bpmn-dirty]")).to_be_visible()
    expect(page.locator("[data-bpmn-version-number]")).to_have_text("1")
    assert ModelVersion.objects.for_tenant(cast.tenant).filter(model=model).count() == 1
    assert problems == []
