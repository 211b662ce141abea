// What the modeller would drop from a model when it is saved: bpmn-js writes its own XML, and a few things
// other tools write (diagram shapes of a process no pool shows, lines without a model element, values in a
// vendor's namespace) do not survive it. The modeller compares the opened XML with what it would save and
// warns before a save loses anything; the earlier version always stays in the history.

// Elements bpmn-js adds or rewrites without losing anything, and the parts of a diagram shape or line
// (they go with it, and are counted as it).
const IGNORED = new Set(["incoming", "outgoing", "waypoint", "Bounds", "BPMNLabel"]);

const NAMES = {
  BPMNShape: ["Diagrammform", "Diagrammformen"],
  BPMNEdge: ["Diagrammlinie", "Diagrammlinien"],
};

function counts(xml) {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const found = new Map();
  for (const element of doc.getElementsByTagName("*")) {
    if (IGNORED.has(element.localName)) continue;
    const key = `${element.namespaceURI} ${element.localName}`;
    found.set(key, (found.get(key) || 0) + 1);
  }
  return found;
}

/** The elements (by name) of ``original`` that ``saved`` has fewer of, with how many are missing. */
export function losses(original, saved) {
  const before = counts(original);
  const after = counts(saved);
  const lost = [];
  for (const [key, count] of before) {
    const missing = count - (after.get(key) || 0);
    if (missing > 0) lost.push({ name: key.split(" ")[1], count: missing });
  }
  return lost;
}

/** A German sentence naming what would be lost, e.g. "8 Diagrammformen und 2 Elemente „outMessageRef“". */
export function describeLosses(lost) {
  const parts = lost.map(({ name, count }) => {
    const [one, many] = NAMES[name] || [`Element „${name}“`, `Elemente „${name}“`];
    return `${count} ${count === 1 ? one : many}`;
  });
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} und ${parts[parts.length - 1]}`;
}
