// The BPMN modeller page: bpmn-js's Modeler with German labels, our toolbar, properties panel, save protocol
// (JSON answers of the editor view) and guards that keep unsaved work from being lost.
import Modeler from "bpmn-js/lib/Modeler";

import appendMenuModule from "./append-menu.js";
import { germanKind } from "./kinds.js";
import { describeLosses, losses } from "./losses.js";
import { initProperties } from "./properties.js";
import cspModule from "./csp.js";
import translateModule, { germanImportMessage, relevantWarnings } from "./translate-de.js";

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

function readXml(id) {
  const script = document.getElementById(id);
  return script ? JSON.parse(script.textContent) : "";
}

function labelOf(element) {
  const bo = element.businessObject || {};
  const name = (bo.name || bo.text || "").trim();
  return name ? `${germanKind(element)} „${name}“` : germanKind(element);
}

/**
 * Tracks whether the diagram differs from the last saved one, through the command stack's history position.
 */
class DirtyState {
  constructor(eventBus, onChange) {
    this.position = 0;
    this.saved = 0;
    this.onChange = onChange;
    // A new import empties the command stack without a "changed" event.
    eventBus.on("import.done", () => {
      this.position = 0;
      this.saved = 0;
      this.onChange();
    });
    eventBus.on("commandStack.changed", (event) => {
      if (event.trigger === "clear") {
        this.position = 0;
        this.saved = 0;
      } else if (event.trigger === "undo") {
        this.position -= 1;
      } else {
        // A new command after undoing past the saved state makes that state unreachable.
        if (event.trigger === "execute" && this.saved > this.position) {
          this.saved = -1;
        }
        this.position += 1;
      }
      this.onChange();
    });
  }

  get dirty() {
    return this.position !== this.saved;
  }

  markSaved(position) {
    this.saved = position;
    this.onChange();
  }
}

function initModeller(root) {
  const $ = (selector) => root.querySelector(selector);
  const canvasBox = $("[data-bpmn-canvas]");
  const status = $("[data-bpmn-status]");
  const announce = $("[data-bpmn-announce]");
  const dirtyBadge = $("[data-bpmn-dirty]");
  const comment = $("[data-bpmn-comment]");
  const buttons = {
    save: $("[data-bpmn-save]"),
    discard: $("[data-bpmn-discard]"),
    undo: $("[data-bpmn-undo]"),
    redo: $("[data-bpmn-redo]"),
    zoomIn: $("[data-bpmn-zoom-in]"),
    zoomOut: $("[data-bpmn-zoom-out]"),
    fit: $("[data-bpmn-fit]"),
  };
  const findingsBox = $("[data-bpmn-findings]");
  const findingsList = $("[data-bpmn-findings-list]");
  const saveUrl = root.dataset.saveUrl;
  let baseVersion = Number(root.dataset.baseVersion);
  let savedXml = readXml(root.dataset.xmlId || "bpmn-xml");
  let saving = false;
  let leaving = false;

  root.querySelectorAll("[data-bpmn-nojs]").forEach((el) => {
    el.hidden = true;
  });

  const modeler = new Modeler({
    container: canvasBox,
    additionalModules: [translateModule, appendMenuModule, cspModule],
  });
  const canvas = modeler.get("canvas");
  const commandStack = modeler.get("commandStack");
  const eventBus = modeler.get("eventBus");
  const selection = modeler.get("selection");
  const elementRegistry = modeler.get("elementRegistry");
  const directEditing = modeler.get("directEditing");

  // bpmn-js 18 binds its keyboard to the canvas's own focusable <svg> (tabindex=0): shortcuts work while the
  // canvas has the focus. Give that element its accessible name and description.
  const svg = canvasBox.querySelector(".djs-container > svg");
  svg.setAttribute("role", "application");
  svg.setAttribute("aria-label", root.dataset.canvasLabel || "Diagramm-Zeichenfläche");
  if (root.dataset.canvasDescription) {
    svg.setAttribute("aria-describedby", root.dataset.canvasDescription);
  }
  // The editable label box has no name of its own.
  eventBus.on("directEditing.activate", () => {
    const box = canvasBox.querySelector(".djs-direct-editing-content");
    if (box) {
      box.setAttribute("role", "textbox");
      box.setAttribute("aria-multiline", "true");
      box.setAttribute("aria-label", "Beschriftung");
    }
  });

  const state = new DirtyState(eventBus, updateButtons);

  // Buttons that come and go with the history are aria-disabled, not disabled: the keyboard focus stays on
  // "Rückgängig" after the last step back instead of falling to the page.
  function updateButtons() {
    const ready = root.dataset.state === "ready";
    for (const button of Object.values(buttons)) {
      button.disabled = !ready;
    }
    buttons.undo.setAttribute("aria-disabled", String(!commandStack.canUndo()));
    buttons.redo.setAttribute("aria-disabled", String(!commandStack.canRedo()));
    buttons.discard.setAttribute("aria-disabled", String(!state.dirty));
    dirtyBadge.hidden = !state.dirty;
    root.dataset.dirty = state.dirty ? "true" : "false";
  }

  function say(text, kind = "info") {
    status.replaceChildren();
    status.className = `bpmn-status bpmn-status-${kind}`;
    if (typeof text === "string") {
      status.textContent = text;
    } else {
      status.append(...text);
    }
  }

  function showFindings(findings) {
    findingsList.replaceChildren();
    findingsBox.hidden = !findings.length;
    for (const finding of findings) {
      const item = document.createElement("li");
      const element = finding.element_id ? elementRegistry.get(finding.element_id) : null;
      if (element) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "link-button";
        button.textContent = finding.message;
        button.addEventListener("click", () => {
          const target = elementRegistry.get(finding.element_id);
          if (target) {
            selection.select(target);
            canvas.scrollToElement(target);
            canvas.focus();
          }
        });
        item.append(button);
      } else {
        item.textContent = finding.message;
      }
      findingsList.append(item);
    }
  }

  async function importXml(xml) {
    try {
      const warnings = relevantWarnings((await modeler.importXML(xml)).warnings);
      root.dataset.state = "ready";
      if (warnings.length) {
        const count = warnings.length === 1 ? "ein Hinweis" : `${warnings.length} Hinweise`;
        const first = warnings.slice(0, 3).map((warning) => germanImportMessage(warning.message));
        say(`Das Diagramm wurde geladen; ${count} beim Einlesen: ${first.join(" ")}`);
      }
      await checkLosses(xml);
      return true;
    } catch (error) {
      root.dataset.state = "error";
      say(`Das Diagramm kann nicht geöffnet werden: ${germanImportMessage(error.message)}`, "error");
      return false;
    } finally {
      updateButtons();
    }
  }

  // Parts of the opened model the modeller cannot keep (see losses.js): said once on opening, asked on saving.
  let lossText = "";
  async function checkLosses(xml) {
    const lost = losses(xml, (await modeler.saveXML()).xml);
    root.dataset.losses = String(lost.reduce((sum, item) => sum + item.count, 0));
    lossText = lost.length ? describeLosses(lost) : "";
    if (lossText) {
      say(
        `Achtung: Dieses Modell enthält Teile, die der Modellierer nicht darstellen kann (${lossText}). ` +
          "Beim Speichern fehlen sie in der neuen Version; die bisherige Version bleibt in der Versionsliste.",
        "warning",
      );
    }
  }

  async function save() {
    if (saving || root.dataset.state !== "ready") {
      return;
    }
    const question =
      `Beim Speichern gehen ${lossText} verloren, die der Modellierer nicht darstellen kann. ` +
      "Trotzdem speichern?";
    if (lossText && !window.confirm(question)) {
      return;
    }
    if (directEditing.isActive()) {
      directEditing.complete();
    }
    if (!state.dirty && !comment.value.trim()) {
      say("Es gibt keine Änderungen zum Speichern.");
      return;
    }
    saving = true;
    say("Wird gespeichert …");
    const position = state.position;
    try {
      const { xml } = await modeler.saveXML({ format: true });
      const { svg: picture } = await modeler.saveSVG();
      const body = new FormData();
      body.append("xml", xml);
      body.append("svg", picture);
      body.append("comment", comment.value);
      body.append("base_version", String(baseVersion));
      const response = await fetch(saveUrl, {
        method: "POST",
        headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" },
        body,
        credentials: "same-origin",
      });
      let answer = {};
      try {
        answer = await response.json();
      } catch {
        answer = {};
      }
      if (response.ok && typeof answer.version === "number") {
        baseVersion = Number(answer.version);
        root.dataset.baseVersion = String(baseVersion);
        root.querySelectorAll("[data-bpmn-version-number]").forEach((el) => {
          el.textContent = String(baseVersion);
        });
        savedXml = xml;
        state.markSaved(position);
        lossText = ""; // the new version no longer holds what was lost
        root.dataset.losses = "0";
        comment.value = "";
        say(answer.message || `Version ${baseVersion} gespeichert.`, "success");
        showFindings(answer.findings || []);
      } else if (response.status === 409) {
        conflict(answer);
      } else if (response.ok || response.redirected) {
        // Answered with a page instead of JSON: the login page after the session ran out.
        say(
          "Ihre Anmeldung ist abgelaufen, daher wurde nichts gespeichert. Melden Sie sich in einem neuen " +
            "Tab wieder an und speichern Sie dann hier erneut; Ihre Änderungen bleiben so lange im Editor.",
          "error",
        );
      } else {
        const problems = answer.problems || [];
        const list = document.createElement("ul");
        for (const problem of problems) {
          const item = document.createElement("li");
          item.textContent = problem;
          list.append(item);
        }
        const text = answer.error || saveFailure(response.status);
        say(problems.length ? [text, list] : text, "error");
      }
    } catch (error) {
      say(
        "Das Speichern ist fehlgeschlagen, vermutlich ist die Verbindung unterbrochen. Ihre Änderungen " +
          "sind noch im Editor; bitte versuchen Sie es gleich noch einmal.",
        "error",
      );
    } finally {
      saving = false;
    }
  }

  function saveFailure(statusCode) {
    if (statusCode === 403) {
      return (
        "Sie dürfen dieses Modell nicht mehr bearbeiten (vielleicht wurden Sie abgemeldet). " +
        "Ihre Änderungen sind noch im Editor."
      );
    }
    if (statusCode === 413) {
      return "Das Diagramm ist zu groß zum Speichern.";
    }
    return `Das Speichern ist fehlgeschlagen (Fehler ${statusCode}). Ihre Änderungen sind noch im Editor.`;
  }

  function conflict(answer) {
    const text = answer.error || "Das Modell wurde inzwischen von anderer Seite gespeichert.";
    const parts = [document.createTextNode(`${text} `)];
    if (answer.latest_url) {
      const link = document.createElement("a");
      link.href = answer.latest_url;
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = "Neuere Version in neuem Tab öffnen";
      link.dataset.bpmnKeep = "";
      parts.push(link, document.createTextNode(" "));
    }
    if (answer.latest_version) {
      const overwrite = document.createElement("button");
      overwrite.type = "button";
      overwrite.className = "button-secondary";
      const next = Number(answer.latest_version) + 1;
      overwrite.textContent = `Meine Fassung trotzdem als Version ${next} speichern`;
      overwrite.addEventListener("click", () => {
        baseVersion = Number(answer.latest_version);
        save();
      });
      parts.push(overwrite);
    }
    say(parts, "error");
  }

  async function discard() {
    if (!state.dirty) {
      return;
    }
    if (!window.confirm("Alle Änderungen seit dem letzten Speichern verwerfen?")) {
      return;
    }
    const viewbox = canvas.viewbox();
    if (await importXml(savedXml)) {
      canvas.viewbox(viewbox);
      showFindings([]);
      say("Die Änderungen wurden verworfen.");
    }
  }

  buttons.save.addEventListener("click", save);
  buttons.discard.addEventListener("click", discard);
  buttons.undo.addEventListener("click", () => commandStack.canUndo() && commandStack.undo());
  buttons.redo.addEventListener("click", () => commandStack.canRedo() && commandStack.redo());
  buttons.zoomIn.addEventListener("click", () => modeler.get("zoomScroll").stepZoom(1));
  buttons.zoomOut.addEventListener("click", () => modeler.get("zoomScroll").stepZoom(-1));
  buttons.fit.addEventListener("click", () => canvas.zoom("fit-viewport", "auto"));

  // Capture phase: the label editor stops key events from bubbling.
  window.addEventListener(
    "keydown",
    (event) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        save();
      }
    },
    true,
  );

  // Never lose work: ask before leaving the page with unsaved changes.
  window.addEventListener("beforeunload", (event) => {
    if (state.dirty && !leaving) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
  const question =
    "Es gibt ungespeicherte Änderungen am Diagramm. Seite trotzdem verlassen und die Änderungen verwerfen?";
  document.addEventListener(
    "click",
    (event) => {
      const link = event.target.closest && event.target.closest("a[href]");
      if (!link || !state.dirty || event.defaultPrevented || "bpmnKeep" in link.dataset) {
        return;
      }
      const elsewhere = link.target === "_blank" || link.hasAttribute("download");
      if (elsewhere || link.getAttribute("href").startsWith("#")) {
        return;
      }
      if (window.confirm(question)) {
        leaving = true;
      } else {
        event.preventDefault();
      }
    },
    true,
  );
  document.addEventListener(
    "submit",
    (event) => {
      if (!state.dirty || root.contains(event.target)) {
        return;
      }
      if (window.confirm(question)) {
        leaving = true;
      } else {
        event.preventDefault();
      }
    },
    true,
  );

  // Tell screen-reader users what is selected (the canvas itself is a picture).
  eventBus.on("selection.changed", (event) => {
    const elements = event.newSelection.map((element) => element.labelTarget || element);
    const selected = elements.filter((element, index) => elements.indexOf(element) === index);
    if (!announce) {
      return;
    }
    if (selected.length === 1) {
      announce.textContent = `Ausgewählt: ${labelOf(selected[0])}`;
    } else if (selected.length > 1) {
      announce.textContent = `${selected.length} Elemente ausgewählt`;
    } else {
      announce.textContent = "";
    }
  });

  initProperties(modeler, root.querySelector("[data-bpmn-properties]"));
  importXml(savedXml).then((ok) => {
    if (ok) {
      canvas.zoom("fit-viewport", "auto");
    }
  });
  root.bpmnModeler = modeler;
  return modeler;
}

function start() {
  document.querySelectorAll("[data-bpmn-modeller]").forEach(initModeller);
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
