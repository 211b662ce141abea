// The German name of a BPMN element's kind ("Nachrichten-Startereignis", "Benutzeraufgabe", …), shown in
// the properties panel and in the viewer's text description.

const TYPES = {
  "bpmn:Process": "Prozess",
  "bpmn:Collaboration": "Kollaboration",
  "bpmn:Participant": "Pool",
  "bpmn:Lane": "Lane",
  "bpmn:Task": "Aufgabe",
  "bpmn:UserTask": "Benutzeraufgabe",
  "bpmn:ManualTask": "Manuelle Aufgabe",
  "bpmn:ServiceTask": "Serviceaufgabe",
  "bpmn:ScriptTask": "Skriptaufgabe",
  "bpmn:SendTask": "Sendeaufgabe",
  "bpmn:ReceiveTask": "Empfangsaufgabe",
  "bpmn:BusinessRuleTask": "Geschäftsregelaufgabe",
  "bpmn:CallActivity": "Aufrufaktivität",
  "bpmn:SubProcess": "Teilprozess",
  "bpmn:AdHocSubProcess": "Ad-hoc-Teilprozess",
  "bpmn:Transaction": "Transaktion",
  "bpmn:ExclusiveGateway": "Exklusives Gateway (XOR)",
  "bpmn:ParallelGateway": "Paralleles Gateway (AND)",
  "bpmn:InclusiveGateway": "Inklusives Gateway (OR)",
  "bpmn:ComplexGateway": "Komplexes Gateway",
  "bpmn:EventBasedGateway": "Ereignisbasiertes Gateway",
  "bpmn:StartEvent": "Startereignis",
  "bpmn:EndEvent": "Endereignis",
  "bpmn:IntermediateCatchEvent": "Zwischenereignis (eintretend)",
  "bpmn:IntermediateThrowEvent": "Zwischenereignis (auslösend)",
  "bpmn:BoundaryEvent": "Randereignis",
  "bpmn:SequenceFlow": "Sequenzfluss",
  "bpmn:MessageFlow": "Nachrichtenfluss",
  "bpmn:Association": "Assoziation",
  "bpmn:DataInputAssociation": "Dateneingabe-Assoziation",
  "bpmn:DataOutputAssociation": "Datenausgabe-Assoziation",
  "bpmn:DataObjectReference": "Datenobjekt",
  "bpmn:DataStoreReference": "Datenspeicher",
  "bpmn:DataInput": "Dateneingabe",
  "bpmn:DataOutput": "Datenausgabe",
  "bpmn:TextAnnotation": "Anmerkung",
  "bpmn:Group": "Gruppe",
};

const DEFINITIONS = {
  "bpmn:MessageEventDefinition": "Nachrichten",
  "bpmn:TimerEventDefinition": "Zeit",
  "bpmn:ConditionalEventDefinition": "Bedingungs",
  "bpmn:SignalEventDefinition": "Signal",
  "bpmn:ErrorEventDefinition": "Fehler",
  "bpmn:EscalationEventDefinition": "Eskalations",
  "bpmn:CompensateEventDefinition": "Kompensations",
  "bpmn:CancelEventDefinition": "Abbruch",
  "bpmn:LinkEventDefinition": "Link",
  "bpmn:TerminateEventDefinition": "Terminierungs",
};

const EVENT_WORDS = {
  "bpmn:StartEvent": "Startereignis",
  "bpmn:EndEvent": "Endereignis",
  "bpmn:IntermediateCatchEvent": "Zwischenereignis (eintretend)",
  "bpmn:IntermediateThrowEvent": "Zwischenereignis (auslösend)",
  "bpmn:BoundaryEvent": "Randereignis",
};

/**
 * The German kind of a diagram element or of a business object.
 *
 * @param {{ type?: string, businessObject?: any, $type?: string }} elementOrObject
 * @returns {string}
 */
export function germanKind(elementOrObject) {
  const bo = elementOrObject.businessObject || elementOrObject;
  const type = bo.$type || elementOrObject.type || "";
  if (type === "bpmn:SubProcess" && bo.triggeredByEvent) {
    return "Ereignis-Teilprozess";
  }
  if (type === "bpmn:SequenceFlow" && bo.conditionExpression) {
    return "Bedingter Sequenzfluss";
  }
  if (EVENT_WORDS[type]) {
    const definitions = bo.eventDefinitions || [];
    let kind = EVENT_WORDS[type];
    if (definitions.length > 1) {
      kind = `Mehrfach-${kind}`;
    } else if (definitions.length === 1 && DEFINITIONS[definitions[0].$type]) {
      kind = `${DEFINITIONS[definitions[0].$type]}-${kind}`;
    }
    if ((type === "bpmn:BoundaryEvent" && bo.cancelActivity === false) || bo.isInterrupting === false) {
      kind += " (nicht unterbrechend)";
    }
    return kind;
  }
  return TYPES[type] || type.replace(/^bpmn:/, "");
}
