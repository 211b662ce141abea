// A small properties panel of our own: kind and ID (read-only), name and documentation of the selected
// element (of the process or collaboration when nothing is selected). Every change goes through bpmn-js's
// modeling commands, so it can be undone like a change on the canvas. The labelled controls are in the
// template.

import { germanKind } from "./kinds.js";

const LABEL_TYPES = [
  "bpmn:FlowElement",
  "bpmn:Participant",
  "bpmn:Lane",
  "bpmn:MessageFlow",
  "bpmn:DataInput",
  "bpmn:DataOutput",
  "bpmn:TextAnnotation",
  "bpmn:Group",
];

function isAny(bo, types) {
  return types.some((type) => bo && bo.$instanceOf && bo.$instanceOf(type));
}

function isRoot(element, canvas) {
  return element === canvas.getRootElement() || !element.parent;
}

function nameOf(element, canvas) {
  const bo = element.businessObject;
  if (isRoot(element, canvas)) {
    return bo.name || "";
  }
  if (bo.$instanceOf("bpmn:TextAnnotation")) {
    return bo.text || "";
  }
  if (bo.$instanceOf("bpmn:Group")) {
    return (bo.categoryValueRef && bo.categoryValueRef.value) || "";
  }
  return bo.name || "";
}

function documentationOf(bo) {
  const entries = bo.documentation || [];
  return entries.length ? entries[0].text || "" : "";
}

/**
 * Connect the panel in `aside` to `modeler`.
 *
 * @param {import("bpmn-js/lib/Modeler").default} modeler
 * @param {HTMLElement} aside
 * @returns {{ refresh: () => void }}
 */
export function initProperties(modeler, aside) {
  const canvas = modeler.get("canvas");
  const selection = modeler.get("selection");
  const modeling = modeler.get("modeling");
  const bpmnFactory = modeler.get("bpmnFactory");
  const eventBus = modeler.get("eventBus");

  const summary = aside.querySelector("[data-prop-summary]");
  const fields = aside.querySelector("[data-prop-fields]");
  const kind = aside.querySelector("[data-prop-kind]");
  const id = aside.querySelector("[data-prop-id]");
  const name = aside.querySelector("[data-prop-name]");
  const nameLabel = aside.querySelector(`label[for="${name.id}"]`);
  const nameField = name.closest(".bpmn-field") || name.parentElement;
  const doc = aside.querySelector("[data-prop-doc]");

  let current = null;

  // Labels stand for their elements.
  function selectedElements() {
    const elements = selection.get().map((element) => element.labelTarget || element);
    return elements.filter((element, index) => elements.indexOf(element) === index);
  }

  function shown() {
    const selected = selectedElements();
    if (selected.length === 1) {
      return selected[0];
    }
    return selected.length ? null : canvas.getRootElement();
  }

  function setValue(control, value) {
    if (document.activeElement !== control && control.value !== value) {
      control.value = value;
    }
  }

  function refresh() {
    const selected = selectedElements();
    current = shown();
    if (!current || !current.businessObject) {
      fields.hidden = true;
      summary.textContent =
        `${selected.length} Elemente ausgewählt. Wählen Sie ein einzelnes Element, um es zu bearbeiten.`;
      return;
    }
    fields.hidden = false;
    const bo = current.businessObject;
    const root = isRoot(current, canvas);
    const whole = bo.$instanceOf("bpmn:Collaboration") ? "zur Kollaboration" : "zum Prozess";
    summary.textContent = root ? `Kein Element ausgewählt: Angaben ${whole}.` : "";
    kind.value = germanKind(current);
    id.value = bo.id || "";
    const labelled = root || isAny(bo, LABEL_TYPES);
    nameField.hidden = !labelled;
    const textLabel = bo.$instanceOf("bpmn:TextAnnotation");
    nameLabel.textContent = textLabel ? nameLabel.dataset.labelText : nameLabel.dataset.labelName;
    setValue(name, labelled ? nameOf(current, canvas) : "");
    setValue(doc, documentationOf(bo));
  }

  function applyName() {
    if (!current || name.value === nameOf(current, canvas)) {
      return;
    }
    const value = name.value;
    if (isRoot(current, canvas)) {
      modeling.updateProperties(current, { name: value || undefined });
    } else {
      modeling.updateLabel(current, value);
    }
  }

  function applyDocumentation() {
    if (!current) {
      return;
    }
    const bo = current.businessObject;
    const value = doc.value;
    if (value === documentationOf(bo)) {
      return;
    }
    const rest = (bo.documentation || []).slice(1);
    const entries = value.trim()
      ? [bpmnFactory.create("bpmn:Documentation", { text: value }), ...rest]
      : rest;
    modeling.updateModdleProperties(current, bo, { documentation: entries });
  }

  name.addEventListener("change", applyName);
  name.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      applyName();
    } else if (event.key === "Escape" && current) {
      name.value = nameOf(current, canvas);
    }
  });
  doc.addEventListener("change", applyDocumentation);

  eventBus.on(["selection.changed", "import.done", "root.set"], refresh);
  eventBus.on("elements.changed", (event) => {
    if (current && event.elements.some((element) => element === current || element.labelTarget === current)) {
      refresh();
    }
  });
  // The element shown may have been removed (undo of its creation): show what is selected now.
  eventBus.on("shape.remove", (event) => {
    if (event.element === current) {
      window.setTimeout(refresh);
    }
  });

  refresh();
  return { refresh };
}
