// Read-only BPMN diagrams (model pages, versions): bpmn-js's NavigatedViewer with zoom buttons, a choice of
// diagram when the file holds several, and the diagram as text (elements by pool and lane, in reading order).
// For tests and for people the figure says what it drew: data-state (loading, ready, error) and the number of
// drawn shapes and connections in data-shapes and data-edges.
import NavigatedViewer from "bpmn-js/lib/NavigatedViewer";

import { germanKind } from "./kinds.js";
import leftoversModule from "./leftovers.js";
import translateModule, { germanImportMessage, relevantWarnings } from "./translate-de.js";

/**
 * Shapes and connections drawn in the diagram shown: labels, root elements and the contents of other planes
 * (bpmn-js keeps the inside of collapsed sub-processes on planes of their own) do not count.
 */
export function drawnCounts(viewer) {
  const canvas = viewer.get("canvas");
  const root = canvas.getRootElement();
  let shapes = 0;
  let edges = 0;
  viewer.get("elementRegistry").forEach((element) => {
    if (element.type === "label" || !element.parent || canvas.findRoot(element) !== root) {
      return;
    }
    if (element.waypoints) {
      edges += 1;
    } else {
      shapes += 1;
    }
  });
  return { shapes, edges };
}

function nameOf(element) {
  const bo = element.businessObject || {};
  return (bo.name || bo.text || "").trim();
}

function describe(element) {
  const name = nameOf(element);
  return name ? `${germanKind(element)} „${name}“` : germanKind(element);
}

// How the text description names an element's outgoing connections, by kind.
const FLOW_WORDS = [
  ["bpmn:SequenceFlow", "weiter zu"],
  ["bpmn:MessageFlow", "Nachricht an"],
  ["bpmn:DataOutputAssociation", "schreibt in"],
];

function centre(element) {
  return { x: element.x + element.width / 2, y: element.y + element.height / 2 };
}

function inside(point, box) {
  return (
    point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height
  );
}

/** The diagram as text: each pool and lane (top down) with its elements (left to right) and successors. */
function textDescription(viewer) {
  const registry = viewer.get("elementRegistry");
  const canvas = viewer.get("canvas");
  const root = canvas.getRootElement();
  const shapes = registry.filter(
    (element) =>
      !element.waypoints && element.type !== "label" && element.parent && canvas.findRoot(element) === root,
  );
  const containers = shapes
    .filter((element) => ["bpmn:Participant", "bpmn:Lane"].includes(element.type))
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const groups = new Map(containers.map((container) => [container, []]));
  const loose = [];
  for (const shape of shapes) {
    if (groups.has(shape) || shape.type === "bpmn:Group") {
      continue;
    }
    const point = centre(shape);
    let best = null;
    for (const container of containers) {
      const smaller = !best || container.width * container.height < best.width * best.height;
      if (inside(point, container) && smaller) {
        best = container;
      }
    }
    (best ? groups.get(best) : loose).push(shape);
  }
  const sections = [];
  const ordered = (list) => list.sort((a, b) => a.x - b.x || a.y - b.y);
  if (loose.length) {
    sections.push({ title: "Diagramm", elements: ordered(loose) });
  }
  for (const [container, elements] of groups) {
    if (elements.length) {
      sections.push({ title: describe(container), elements: ordered(elements) });
    }
  }
  return sections.map(({ title, elements }) => ({
    title,
    items: elements.map((element) => {
      const parts = [describe(element)];
      for (const [type, words] of FLOW_WORDS) {
        const targets = (element.outgoing || [])
          .filter((flow) => flow.type === type && flow.target)
          .map((flow) => {
            const label = nameOf(flow);
            return label ? `${describe(flow.target)} (${label})` : describe(flow.target);
          });
        if (targets.length) {
          parts.push(`${words}: ${targets.join("; ")}`);
        }
      }
      return parts.join(" – ");
    }),
  }));
}

function initViewer(root) {
  const $ = (selector) => root.querySelector(selector);
  const canvasBox = $("[data-bpmn-canvas]");
  const message = $("[data-bpmn-message]");
  const select = $("[data-bpmn-diagram]");
  const description = $("[data-bpmn-description]");
  const descriptionBody = $("[data-bpmn-description-body]");
  const buttons = [$("[data-bpmn-zoom-in]"), $("[data-bpmn-zoom-out]"), $("[data-bpmn-fit]")];
  const script = root.dataset.xmlId ? document.getElementById(root.dataset.xmlId) : null;
  root.querySelectorAll("[data-bpmn-nojs]").forEach((el) => el.remove());

  const viewer = new NavigatedViewer({
    container: canvasBox,
    additionalModules: [translateModule, leftoversModule],
  });
  const canvas = viewer.get("canvas");
  const svg = canvasBox.querySelector(".djs-container > svg");
  svg.setAttribute("role", "img");
  svg.setAttribute(
    "aria-label",
    [canvasBox.dataset.canvasLabel, canvasBox.dataset.canvasHint].filter(Boolean).join(". "),
  );

  function setState(state) {
    root.dataset.state = state;
    buttons.forEach((button) => {
      if (button) {
        button.disabled = state !== "ready";
      }
    });
  }

  function fit() {
    canvas.zoom("fit-viewport", "auto");
  }

  function focusOn(id) {
    const element = id && viewer.get("elementRegistry").get(id);
    if (!element || element.waypoints || !element.parent) {
      fit();
      return;
    }
    // Fit the element (a participant, a lane, a sub-process) into the box, with a margin.
    const outer = canvas.viewbox().outer;
    const margin = 40;
    const scale = Math.min(
      1,
      outer.width / (element.width + 2 * margin),
      outer.height / (element.height + 2 * margin),
    );
    const width = outer.width / scale;
    const height = outer.height / scale;
    canvas.viewbox({
      x: element.x + element.width / 2 - width / 2,
      y: element.y + element.height / 2 - height / 2,
      width,
      height,
    });
  }

  function diagramOf(id) {
    const definitions = viewer.getDefinitions();
    if (!id || !definitions) {
      return null;
    }
    return (definitions.diagrams || []).find((diagram) =>
      (diagram.plane.planeElement || []).some((di) => di.bpmnElement && di.bpmnElement.id === id) ||
      (diagram.plane.bpmnElement && diagram.plane.bpmnElement.id === id),
    );
  }

  function showWarnings(all) {
    message.replaceChildren();
    const warnings = relevantWarnings(all);
    if (!warnings.length) {
      return;
    }
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    const count = warnings.length === 1 ? "1 Hinweis" : `${warnings.length} Hinweise`;
    summary.textContent = `${count} beim Einlesen der Datei`;
    const list = document.createElement("ul");
    for (const warning of warnings.slice(0, 50)) {
      const item = document.createElement("li");
      item.textContent = germanImportMessage(warning.message);
      list.append(item);
    }
    details.append(summary, list);
    message.append(details);
  }

  function showDescription() {
    if (!description) {
      return;
    }
    descriptionBody.replaceChildren();
    const sections = textDescription(viewer);
    for (const section of sections) {
      const heading = document.createElement("h3");
      heading.textContent = section.title;
      const list = document.createElement("ol");
      for (const text of section.items) {
        const item = document.createElement("li");
        item.textContent = text;
        list.append(item);
      }
      descriptionBody.append(heading, list);
    }
    description.hidden = !sections.length;
  }

  function drawn(warnings, focus) {
    const { shapes, edges } = drawnCounts(viewer);
    root.dataset.shapes = String(shapes);
    root.dataset.edges = String(edges);
    showWarnings(warnings);
    showDescription();
    focusOn(focus);
    setState("ready");
  }

  function failed(error) {
    setState("error");
    message.textContent = `Das Diagramm kann nicht angezeigt werden: ${germanImportMessage(error.message)}`;
  }

  async function open(diagramId, focus) {
    setState("loading");
    try {
      const { warnings } = await viewer.open(diagramId);
      root.dataset.diagram = diagramId;
      drawn(warnings, focus);
    } catch (error) {
      failed(error);
    }
  }

  // The XML is in the page (a json_script element) or, to keep pages light, fetched from the version's
  // download address (versions never change, so the browser may cache it).
  async function source() {
    if (script) return JSON.parse(script.textContent);
    const response = await fetch(root.dataset.xmlUrl, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }

  async function load() {
    if (!script && !root.dataset.xmlUrl) {
      failed(new Error("no XML imported"));
      return;
    }
    const focus = root.dataset.focus || "";
    try {
      const xml = await source();
      const { warnings } = await viewer.importXML(xml);
      const definitions = viewer.getDefinitions();
      const diagrams = definitions.diagrams || [];
      if (select && !select.options.length) {
        for (const diagram of diagrams) {
          select.append(new Option(diagram.name || diagram.id, diagram.id));
        }
      }
      const target = diagramOf(focus);
      if (target && diagrams.indexOf(target) > 0) {
        if (select) {
          select.value = target.id;
        }
        await open(target.id, focus);
        return;
      }
      root.dataset.diagram = diagrams.length ? diagrams[0].id : "";
      if (select && diagrams.length) {
        select.value = diagrams[0].id;
      }
      drawn(warnings, focus);
    } catch (error) {
      failed(error);
    }
  }

  if (select) {
    select.addEventListener("change", () => open(select.value, ""));
  }
  const [zoomIn, zoomOut, fitButton] = buttons;
  zoomIn && zoomIn.addEventListener("click", () => viewer.get("zoomScroll").stepZoom(1));
  zoomOut && zoomOut.addEventListener("click", () => viewer.get("zoomScroll").stepZoom(-1));
  fitButton && fitButton.addEventListener("click", fit);

  root.bpmnViewer = viewer;
  load();
}

function start() {
  document.querySelectorAll("[data-bpmn-viewer]").forEach(initViewer);
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
