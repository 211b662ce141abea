// German labels for bpmn-js: a `translate` service that replaces diagram-js's English stub.
// The dictionary covers every string bpmn-js 18 and diagram-js 15 pass through `translate(...)`: palette,
// context pad, replace menu, popup-menu headers, align/distribute menus, search, drill-down and the
// modelling hints. Template placeholders such as `{element}` are filled in after the lookup.

export const GERMAN = {
  // Palette
  "Activate hand tool": "Hand-Werkzeug aktivieren (Ansicht verschieben)",
  "Activate lasso tool": "Lasso-Werkzeug aktivieren (Elemente auswählen)",
  "Activate create/remove space tool": "Platz-Werkzeug aktivieren (Platz schaffen oder entfernen)",
  "Activate global connect tool": "Verbindungswerkzeug aktivieren",
  "Create start event": "Startereignis erstellen",
  "Create intermediate/boundary event": "Zwischen- oder Randereignis erstellen",
  "Create end event": "Endereignis erstellen",
  "Create gateway": "Gateway erstellen",
  "Create task": "Aufgabe erstellen",
  "Create data object reference": "Datenobjekt erstellen",
  "Create data store reference": "Datenspeicher erstellen",
  "Create expanded sub-process": "Aufgeklappten Teilprozess erstellen",
  "Create pool/participant": "Pool (Beteiligten) erstellen",
  "Create group": "Gruppe erstellen",

  // Context pad
  "Append end event": "Endereignis anhängen",
  "Append gateway": "Gateway anhängen",
  "Append task": "Aufgabe anhängen",
  "Append intermediate/boundary event": "Zwischenereignis anhängen",
  "Append receive task": "Empfangsaufgabe anhängen",
  "Append message intermediate catch event": "Nachrichten-Zwischenereignis (eintretend) anhängen",
  "Append timer intermediate catch event": "Zeit-Zwischenereignis anhängen",
  "Append conditional intermediate catch event": "Bedingungs-Zwischenereignis anhängen",
  "Append signal intermediate catch event": "Signal-Zwischenereignis (eintretend) anhängen",
  "Append compensation activity": "Kompensationsaktivität anhängen",
  "Add lane above": "Lane darüber hinzufügen",
  "Add lane below": "Lane darunter hinzufügen",
  "Divide into two lanes": "In zwei Lanes teilen",
  "Divide into three lanes": "In drei Lanes teilen",
  "Add text annotation": "Anmerkung hinzufügen",
  "Change element": "Element ändern",
  "Connect to other element": "Mit anderem Element verbinden",
  "Connect using association": "Mit Assoziation verbinden",
  "Connect using data input association": "Mit Dateneingabe-Assoziation verbinden",
  Delete: "Löschen",

  // Align and distribute (several elements selected)
  "Align elements": "Elemente ausrichten",
  "Align elements left": "Links ausrichten",
  "Align elements center": "Horizontal zentrieren",
  "Align elements right": "Rechts ausrichten",
  "Align elements top": "Oben ausrichten",
  "Align elements middle": "Vertikal zentrieren",
  "Align elements bottom": "Unten ausrichten",
  "Distribute elements horizontally": "Horizontal gleichmäßig verteilen",
  "Distribute elements vertically": "Vertikal gleichmäßig verteilen",

  // Popup-menu headers (markers of activities, data objects, participants, events)
  Loop: "Schleife",
  "Parallel multi-instance": "Parallele Mehrfachausführung",
  "Sequential multi-instance": "Sequenzielle Mehrfachausführung",
  Collection: "Sammlung",
  "Participant multiplicity": "Mehrere Beteiligte",
  "Toggle non-interrupting": "Unterbrechend / nicht unterbrechend umschalten",

  // Search and drill-down
  "Search in diagram": "Im Diagramm suchen",
  "Open {element}": "{element} öffnen",

  // Modelling hints shown as tooltips
  "flow elements must be children of pools/participants":
    "Ablaufelemente müssen in einem Pool liegen.",
  "Data object must be placed within a pool/participant.": "Ein Datenobjekt muss in einem Pool liegen.",

  // Replace menu: activities
  Task: "Aufgabe",
  "User task": "Benutzeraufgabe",
  "Service task": "Serviceaufgabe",
  "Send task": "Sendeaufgabe",
  "Receive task": "Empfangsaufgabe",
  "Manual task": "Manuelle Aufgabe",
  "Business rule task": "Geschäftsregelaufgabe",
  "Script task": "Skriptaufgabe",
  "Call activity": "Aufrufaktivität",
  Transaction: "Transaktion",
  "Event sub-process": "Ereignis-Teilprozess",
  "Sub-process": "Teilprozess",
  "Sub-process (collapsed)": "Teilprozess (zugeklappt)",
  "Sub-process (expanded)": "Teilprozess (aufgeklappt)",
  "Ad-hoc sub-process": "Ad-hoc-Teilprozess",
  "Ad-hoc sub-process (collapsed)": "Ad-hoc-Teilprozess (zugeklappt)",
  "Ad-hoc sub-process (expanded)": "Ad-hoc-Teilprozess (aufgeklappt)",

  // Replace menu: gateways
  "Exclusive gateway": "Exklusives Gateway (XOR)",
  "Parallel gateway": "Paralleles Gateway (AND)",
  "Inclusive gateway": "Inklusives Gateway (OR)",
  "Complex gateway": "Komplexes Gateway",
  "Event-based gateway": "Ereignisbasiertes Gateway",
  "Event based instantiating Gateway": "Ereignisbasiertes Gateway (instanziierend)",
  "Parallel Event based instantiating Gateway": "Paralleles ereignisbasiertes Gateway (instanziierend)",

  // Replace menu: start events
  "Start event": "Startereignis",
  "Message start event": "Nachrichten-Startereignis",
  "Timer start event": "Zeit-Startereignis",
  "Conditional start event": "Bedingungs-Startereignis",
  "Signal start event": "Signal-Startereignis",
  "Error start event": "Fehler-Startereignis",
  "Escalation start event": "Eskalations-Startereignis",
  "Compensation start event": "Kompensations-Startereignis",
  "Message start event (non-interrupting)": "Nachrichten-Startereignis (nicht unterbrechend)",
  "Timer start event (non-interrupting)": "Zeit-Startereignis (nicht unterbrechend)",
  "Conditional start event (non-interrupting)": "Bedingungs-Startereignis (nicht unterbrechend)",
  "Signal start event (non-interrupting)": "Signal-Startereignis (nicht unterbrechend)",
  "Escalation start event (non-interrupting)": "Eskalations-Startereignis (nicht unterbrechend)",

  // Replace menu: intermediate events
  "Intermediate throw event": "Zwischenereignis (auslösend)",
  "Message intermediate catch event": "Nachrichten-Zwischenereignis (eintretend)",
  "Message intermediate throw event": "Nachrichten-Zwischenereignis (auslösend)",
  "Timer intermediate catch event": "Zeit-Zwischenereignis",
  "Escalation intermediate throw event": "Eskalations-Zwischenereignis (auslösend)",
  "Conditional intermediate catch event": "Bedingungs-Zwischenereignis",
  "Link intermediate catch event": "Link-Zwischenereignis (eintretend)",
  "Link intermediate throw event": "Link-Zwischenereignis (auslösend)",
  "Compensation intermediate throw event": "Kompensations-Zwischenereignis (auslösend)",
  "Signal intermediate catch event": "Signal-Zwischenereignis (eintretend)",
  "Signal intermediate throw event": "Signal-Zwischenereignis (auslösend)",

  // Replace menu: end events
  "End event": "Endereignis",
  "Message end event": "Nachrichten-Endereignis",
  "Escalation end event": "Eskalations-Endereignis",
  "Error end event": "Fehler-Endereignis",
  "Cancel end event": "Abbruch-Endereignis",
  "Compensation end event": "Kompensations-Endereignis",
  "Signal end event": "Signal-Endereignis",
  "Terminate end event": "Terminierungs-Endereignis",

  // Replace menu: boundary events
  "Boundary event": "Randereignis",
  "Message boundary event": "Nachrichten-Randereignis",
  "Timer boundary event": "Zeit-Randereignis",
  "Escalation boundary event": "Eskalations-Randereignis",
  "Conditional boundary event": "Bedingungs-Randereignis",
  "Error boundary event": "Fehler-Randereignis",
  "Cancel boundary event": "Abbruch-Randereignis",
  "Signal boundary event": "Signal-Randereignis",
  "Compensation boundary event": "Kompensations-Randereignis",
  "Message boundary event (non-interrupting)": "Nachrichten-Randereignis (nicht unterbrechend)",
  "Timer boundary event (non-interrupting)": "Zeit-Randereignis (nicht unterbrechend)",
  "Escalation boundary event (non-interrupting)": "Eskalations-Randereignis (nicht unterbrechend)",
  "Conditional boundary event (non-interrupting)": "Bedingungs-Randereignis (nicht unterbrechend)",
  "Signal boundary event (non-interrupting)": "Signal-Randereignis (nicht unterbrechend)",

  // Replace menu: flows, data, participants
  "Sequence flow": "Sequenzfluss",
  "Default flow": "Standardfluss",
  "Conditional flow": "Bedingter Fluss",
  "Data object reference": "Datenobjekt",
  "Data store reference": "Datenspeicher",
  "Expanded pool/participant": "Aufgeklappter Pool",
  "Empty pool/participant": "Leerer Pool",
  "Empty pool/participant (removes content)": "Leerer Pool (entfernt den Inhalt)",
};

/**
 * The German text of `template` (the English original when there is none), placeholders filled in.
 *
 * @param {string} template
 * @param {Record<string, string>} [replacements]
 * @returns {string}
 */
export function translateDe(template, replacements) {
  const values = replacements || {};
  const text = Object.prototype.hasOwnProperty.call(GERMAN, template) ? GERMAN[template] : template;
  return text.replace(/{([^}]+)}/g, (match, key) => (values[key] !== undefined ? values[key] : match));
}

// The didi module: `additionalModules: [translateModule]` replaces diagram-js's translate stub.
export default { translate: ["value", translateDe] };

// Messages of bpmn-js's import (thrown errors and warnings); bpmn-js does not translate them itself.
// `<bpmn:Task id="X" />` in a message becomes `„X“ (bpmn:Task)`, which people read better.
const IMPORT_MESSAGES = [
  [/^no diagram to display$/, () => "Die Datei enthält kein Diagramm, das angezeigt werden kann."],
  [
    /^no process or collaboration to display$/,
    () => "Die Datei enthält keinen Prozess und keine Kollaboration.",
  ],
  [
    /^diagram not part of <bpmn:Definitions \/>$/,
    () => "Das gewählte Diagramm gehört nicht zu dieser Datei.",
  ],
  [/^BPMNDiagram <(.+)> not found$/, (m) => `Das Diagramm „${m[1]}“ gibt es in dieser Datei nicht.`],
  [/^no XML imported$|^no definitions loaded$/, () => "Es wurde noch kein Diagramm geladen."],
  [/^failed to parse document as <bpmn:Definitions>/, () => "Die Datei ist keine BPMN-2.0-Datei."],
  [
    /^unparsable content\s*(<[^>]*>)?\s*detected[\s\S]*?line: (\d+)\s+column: (\d+)\s+nested error: (.*)$/,
    unparsable,
  ],
  [
    /^unparsable content/,
    () => "Die Datei enthält unlesbaren Inhalt; sie ist wohl keine gültige BPMN-2.0-Datei.",
  ],
  [
    /^unsupported document encoding <(.+)>/,
    (m) => `Die Zeichenkodierung ${m[1]} wird nicht unterstützt; gelesen wird UTF-8.`,
  ],
  [/^unknown attribute <(.+)>$/, (m) => `Unbekanntes Attribut „${m[1]}“ (wird übergangen).`],
  [/^unresolved reference <(.+)>$/, (m) => `Verweis auf „${m[1]}“, das es in der Datei nicht gibt.`],
  [/^multiple DI elements defined for (.+)$/, (m) => `${element(m[1])} ist mehr als einmal gezeichnet.`],
  [/^no bpmnElement referenced in (.+)$/, (m) => `${element(m[1])} verweist auf kein BPMN-Element.`],
  [/^no plane for (.+)$/, (m) => `${element(m[1])} hat keine Zeichenebene.`],
  [/^already rendered (.+)$/, (m) => `${element(m[1])} ist mehrfach gezeichnet.`],
  [
    /^correcting missing bpmnElement on (.+) to (.+)$/,
    (m) => `Der Zeichenebene ${element(m[1])} fehlte der Verweis; angezeigt wird ${element(m[2])}.`,
  ],
  [
    /^unrecognized flowElement (.+) in context (.+)$/,
    (m) => `${element(m[1])} in ${element(m[2])} ist unbekannt und wird nicht angezeigt.`,
  ],
  [
    /^element (.+) referenced by (.+)#(\w+) not yet drawn$/,
    (m) => `${element(m[1])}, auf das ${element(m[2])} verweist (${m[3]}), ist nicht gezeichnet.`,
  ],
  [
    /^unknown di (.+) for element (.+)$/,
    (m) => `Unbekannte Zeichnung ${element(m[1])} für ${element(m[2])}.`,
  ],
  [/^missing (.+)#attachedToRef$/, (m) => `${element(m[1])} ist an keine Aktivität angeheftet.`],
  [
    /^(.+)#(source|target) Ref not specified$/,
    (m) => `${element(m[1])} hat ${m[2] === "source" ? "keinen Ausgangspunkt" : "kein Ziel"}.`,
  ],
  [
    /^unsupported bpmnElement for (.+): (.+)$/,
    (m) => `${element(m[2])} kann nicht als Diagramm angezeigt werden.`,
  ],
];

// Errors of the XML reader (saxen, moddle-xml) nested in "unparsable content" messages.
const XML_ERRORS = [
  [/^unrecognized element <(.+)>$/, (m) => `unbekanntes Element <${m[1]}>`],
  [/^unexpected element <(.+)>$/, (m) => `Element <${m[1]}> an dieser Stelle nicht erlaubt`],
  [/^duplicate ID <(.+)>$/, (m) => `die ID „${m[1]}“ kommt doppelt vor`],
  [/^illegal ID <(.+)>$/, (m) => `ungültige ID „${m[1]}“`],
  [/^unexpected body text <(.*)>$/, () => "Text an einer Stelle, an der keiner stehen darf"],
  [/^unclosed tag$/, () => "ein Tag ist nicht geschlossen"],
  [/^closing tag mismatch$/, () => "schließendes Tag passt nicht zum öffnenden"],
  [/^missing open tag$/, () => "schließendes Tag ohne öffnendes"],
  [/^missing start tag$/, () => "kein Start-Tag"],
  [/^unexpected end of file$/, () => "die Datei endet vorzeitig"],
  [/^unclosed comment$/, () => "ein Kommentar ist nicht geschlossen"],
  [/^unclosed cdata$/, () => "ein CDATA-Abschnitt ist nicht geschlossen"],
  [/^missing attribute value( quotes)?$/, () => "einem Attribut fehlt der Wert oder die Anführungszeichen"],
  [/^missing closing quotes$/, () => "einem Attributwert fehlt das schließende Anführungszeichen"],
];

function unparsable(match) {
  const [, tag, line, column, nested] = match;
  let reason = nested.trim();
  for (const [pattern, german] of XML_ERRORS) {
    const found = pattern.exec(reason);
    if (found) {
      reason = german(found);
      break;
    }
  }
  const what = tag ? `unlesbaren Inhalt ${tag}` : "unlesbaren Inhalt";
  // The XML reader counts lines and columns from 0.
  return `Zeile ${Number(line) + 1}, Spalte ${Number(column) + 1}: Die Datei enthält ${what} (${reason}).`;
}

function element(description) {
  const match = /^<([\w:]+)(?: id="([^"]*))?"?\s*\/>$/.exec(description.trim());
  if (!match) {
    return description;
  }
  return match[2] ? `„${match[2]}“ (${match[1]})` : match[1];
}

/**
 * German text of an import error or warning message of bpmn-js (the original when it is not known).
 *
 * @param {string} message
 * @returns {string}
 */
export function germanImportMessage(message) {
  const text = String(message || "").trim();
  for (const [pattern, german] of IMPORT_MESSAGES) {
    const match = pattern.exec(text);
    if (match) {
      return german(match);
    }
  }
  return text;
}

/**
 * The import warnings worth showing: the XML reaches the page as text the server has already decoded, so a
 * warning about its encoding declaration says nothing about the diagram.
 *
 * @param {{ message: string }[]} warnings
 * @returns {{ message: string }[]}
 */
export function relevantWarnings(warnings) {
  return (warnings || []).filter((warning) => !/^unsupported document encoding/.test(warning.message));
}
