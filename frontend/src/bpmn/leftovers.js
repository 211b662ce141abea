// The viewer draws everything the diagram file draws. bpmn-js draws a collaboration's processes through their
// participants (and free-floating processes only when they have lanes), so shapes of a process no participant
// names stay blank, e.g. the called process shown inside an expanded call activity (BPMN MIWG B.1.0, B.2.0).
// After bpmn-js has drawn a diagram, this adds every shape and connection of its plane that is still missing,
// through bpmn-js's own importer. Only for the read-only viewer: in the modeller such elements would hang
// under the wrong parent and edits could move them between processes.

function LeftoverElements(eventBus, canvas, elementRegistry, bpmnImporter) {
  function parentOf(semantic, root) {
    const parent = semantic.$parent && elementRegistry.get(semantic.$parent.id);
    return parent && !parent.waypoints ? parent : root;
  }

  function drawn(di, root) {
    try {
      bpmnImporter.add(di.bpmnElement, di, parentOf(di.bpmnElement, root));
      return true;
    } catch (error) {
      return false;
    }
  }

  eventBus.on("import.render.complete", () => {
    const root = canvas.getRootElement();
    const plane = root && root.di;
    if (!plane || !plane.planeElement) {
      return;
    }
    const missing = (kind) =>
      plane.planeElement.filter(
        (di) => di.$instanceOf(kind) && di.bpmnElement && !elementRegistry.get(di.bpmnElement.id),
      );
    // Shapes first, twice: a boundary event needs its activity, a child its sub-process.
    for (let pass = 0; pass < 2; pass += 1) {
      missing("bpmndi:BPMNShape").forEach((di) => drawn(di, root));
    }
    missing("bpmndi:BPMNEdge").forEach((di) => drawn(di, root));
  });
}

LeftoverElements.$inject = ["eventBus", "canvas", "elementRegistry", "bpmnImporter"];

export default {
  __init__: ["leftoverElements"],
  leftoverElements: ["type", LeftoverElements],
};
