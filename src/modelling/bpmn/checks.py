"""What a modeller should look at in a BPMN model: broken flows, unreachable steps, missing events, DI faults.

Every finding is a warning: a model with findings is still stored and shown. Messages name the element by its
German kind and its name (or id when it has none), e.g. „Aufgabe „Antrag prüfen“ hat keinen Namen“.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext, pgettext_lazy
from lxml import etree

from modelling.bpmn.documents import BPMN_NS, BPMNDI_NS, DC_NS, DI_NS, BpmnDocument

MAX_FINDINGS = 500
MAX_NAME_CHARS = 80

_STANDARD_NAMESPACES = frozenset({BPMN_NS, BPMNDI_NS, DC_NS, DI_NS})
_BPMN = f"{{{BPMN_NS}}}"
_BPMNDI = f"{{{BPMNDI_NS}}}"

ACTIVITIES = frozenset(
    {
        "task",
        "userTask",
        "manualTask",
        "serviceTask",
        "scriptTask",
        "businessRuleTask",
        "sendTask",
        "receiveTask",
        "callActivity",
        "subProcess",
        "adHocSubProcess",
        "transaction",
    }
)
EVENTS = frozenset(
    {
        "startEvent",
        "endEvent",
        "intermediateCatchEvent",
        "intermediateThrowEvent",
        "boundaryEvent",
        "implicitThrowEvent",
    }
)
GATEWAYS = frozenset(
    {"exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway", "complexGateway"}
)
FLOW_NODES = ACTIVITIES | EVENTS | GATEWAYS
SUB_PROCESSES = frozenset({"subProcess", "adHocSubProcess", "transaction"})

# The German names of BPMN's kinds of element (msgids in English, with a context of their own: “Group” or
# “Message” mean something else elsewhere in the interface).
KINDS: dict[str, Promise] = {
    "definitions": pgettext_lazy("BPMN element", "Model"),
    "process": pgettext_lazy("BPMN element", "Process"),
    "collaboration": pgettext_lazy("BPMN element", "Collaboration"),
    "participant": pgettext_lazy("BPMN element", "Participant"),
    "laneSet": pgettext_lazy("BPMN element", "Lane set"),
    "lane": pgettext_lazy("BPMN element", "Lane"),
    "task": pgettext_lazy("BPMN element", "Task"),
    "userTask": pgettext_lazy("BPMN element", "User task"),
    "manualTask": pgettext_lazy("BPMN element", "Manual task"),
    "serviceTask": pgettext_lazy("BPMN element", "Service task"),
    "scriptTask": pgettext_lazy("BPMN element", "Script task"),
    "businessRuleTask": pgettext_lazy("BPMN element", "Business rule task"),
    "sendTask": pgettext_lazy("BPMN element", "Send task"),
    "receiveTask": pgettext_lazy("BPMN element", "Receive task"),
    "callActivity": pgettext_lazy("BPMN element", "Call activity"),
    "subProcess": pgettext_lazy("BPMN element", "Sub-process"),
    "adHocSubProcess": pgettext_lazy("BPMN element", "Ad-hoc sub-process"),
    "transaction": pgettext_lazy("BPMN element", "Transaction"),
    "startEvent": pgettext_lazy("BPMN element", "Start event"),
    "endEvent": pgettext_lazy("BPMN element", "End event"),
    "intermediateCatchEvent": pgettext_lazy("BPMN element", "Intermediate catch event"),
    "intermediateThrowEvent": pgettext_lazy("BPMN element", "Intermediate throw event"),
    "boundaryEvent": pgettext_lazy("BPMN element", "Boundary event"),
    "implicitThrowEvent": pgettext_lazy("BPMN element", "Implicit throw event"),
    "exclusiveGateway": pgettext_lazy("BPMN element", "Exclusive gateway"),
    "inclusiveGateway": pgettext_lazy("BPMN element", "Inclusive gateway"),
    "parallelGateway": pgettext_lazy("BPMN element", "Parallel gateway"),
    "eventBasedGateway": pgettext_lazy("BPMN element", "Event-based gateway"),
    "complexGateway": pgettext_lazy("BPMN element", "Complex gateway"),
    "sequenceFlow": pgettext_lazy("BPMN element", "Sequence flow"),
    "messageFlow": pgettext_lazy("BPMN element", "Message flow"),
    "association": pgettext_lazy("BPMN element", "Association"),
    "dataInputAssociation": pgettext_lazy("BPMN element", "Data input association"),
    "dataOutputAssociation": pgettext_lazy("BPMN element", "Data output association"),
    "dataObject": pgettext_lazy("BPMN element", "Data object"),
    "dataObjectReference": pgettext_lazy("BPMN element", "Data object"),
    "dataStore": pgettext_lazy("BPMN element", "Data store"),
    "dataStoreReference": pgettext_lazy("BPMN element", "Data store"),
    "dataInput": pgettext_lazy("BPMN element", "Data input"),
    "dataOutput": pgettext_lazy("BPMN element", "Data output"),
    "textAnnotation": pgettext_lazy("BPMN element", "Text annotation"),
    "group": pgettext_lazy("BPMN element", "Group"),
    "message": pgettext_lazy("BPMN element", "Message"),
    "signal": pgettext_lazy("BPMN element", "Signal"),
    "error": pgettext_lazy("BPMN element", "Error"),
    "escalation": pgettext_lazy("BPMN element", "Escalation"),
    "category": pgettext_lazy("BPMN element", "Category"),
    "categoryValue": pgettext_lazy("BPMN element", "Category value"),
    "choreography": pgettext_lazy("BPMN element", "Choreography"),
    "choreographyTask": pgettext_lazy("BPMN element", "Choreography task"),
    "subChoreography": pgettext_lazy("BPMN element", "Sub-choreography"),
    "callChoreography": pgettext_lazy("BPMN element", "Call choreography"),
    "conversation": pgettext_lazy("BPMN element", "Conversation"),
    "subConversation": pgettext_lazy("BPMN element", "Sub-conversation"),
    "callConversation": pgettext_lazy("BPMN element", "Call conversation"),
    "conversationLink": pgettext_lazy("BPMN element", "Conversation link"),
    "globalTask": pgettext_lazy("BPMN element", "Global task"),
    "globalUserTask": pgettext_lazy("BPMN element", "Global user task"),
    "globalManualTask": pgettext_lazy("BPMN element", "Global manual task"),
    "globalScriptTask": pgettext_lazy("BPMN element", "Global script task"),
    "globalBusinessRuleTask": pgettext_lazy("BPMN element", "Global business rule task"),
    "BPMNDiagram": pgettext_lazy("BPMN element", "Diagram"),
    "BPMNPlane": pgettext_lazy("BPMN element", "Diagram plane"),
    "BPMNShape": pgettext_lazy("BPMN element", "Diagram shape"),
    "BPMNEdge": pgettext_lazy("BPMN element", "Diagram line"),
    "BPMNLabel": pgettext_lazy("BPMN element", "Diagram label"),
}


@dataclass(frozen=True)
class Finding:
    """One warning about a model: a stable code, a German sentence and where it is."""

    code: str
    message: str
    element_id: str = ""
    element_name: str = ""
    line: int | None = None

    def as_dict(self) -> dict[str, Any]:
        """The finding as JSON-able data (as stored on a model version)."""
        return asdict(self)


def findings(document: BpmnDocument) -> list[Finding]:
    """Schema and semantic findings by line, at most ``MAX_FINDINGS`` and a last one saying how many more."""
    # schema imports this module for Finding and element_label.
    from modelling.bpmn.schema import schema_findings

    found = sorted(
        schema_findings(document) + semantic_findings(document),
        key=lambda finding: (finding.line is None, finding.line or 0),
    )
    if len(found) <= MAX_FINDINGS:
        return found
    more = len(found) - MAX_FINDINGS
    return [
        *found[:MAX_FINDINGS],
        Finding(
            code="more",
            message=ngettext("… and %(count)d more finding.", "… and %(count)d more findings.", more)
            % {"count": more},
        ),
    ]


# --- naming elements ---------------------------------------------------------------------------------------


def local_name(element: etree._Element) -> str:
    """The element's tag without its namespace ("" for a comment or processing instruction)."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def namespace_of(element: etree._Element) -> str:
    """The element's namespace ("" when it has none)."""
    tag = element.tag
    return tag[1 : tag.index("}")] if isinstance(tag, str) and tag.startswith("{") else ""


def element_kind(element: etree._Element) -> str:
    """The German kind of element, e.g. „Aufgabe“; an unknown (vendor) element is called by its tag."""
    name = local_name(element)
    if name == "subProcess" and element.get("triggeredByEvent") == "true":
        return pgettext("BPMN element", "Event sub-process")
    kind = KINDS.get(name) if namespace_of(element) in _STANDARD_NAMESPACES else None
    return str(kind) if kind is not None else name


def element_name(element: etree._Element) -> str:
    """The element's name (a text annotation's text), on one line and shortened; "" when it has none."""
    name = element.get("name")
    if name is None and local_name(element) == "textAnnotation":
        texts = [child.text or "" for child in element if _is_bpmn(child, "text")]
        name = texts[0] if texts else None
    cleaned = " ".join((name or "").split())
    if len(cleaned) > MAX_NAME_CHARS:
        cleaned = cleaned[: MAX_NAME_CHARS - 1] + "…"
    return cleaned


def quoted(text: str) -> str:
    """``text`` in the quotation marks of the language, „so“ in German."""
    # Translators: quotation marks around a name or value.
    return _("“%(text)s”") % {"text": text}


def element_label(element: etree._Element) -> str:
    """German kind plus name (else id), e.g. „Aufgabe „Antrag prüfen““ or „Exklusives Gateway Gateway_1“."""
    kind = element_kind(element)
    name = element_name(element)
    if name:
        # Translators: a kind of BPMN element and its name, e.g. Task “Check application”.
        return _("%(kind)s “%(name)s”") % {"kind": kind, "name": name}
    identifier = element.get("id")
    if identifier:
        return _("%(kind)s %(id)s") % {"kind": kind, "id": identifier}
    return kind


def reference_id(element: etree._Element, value: str | None) -> str:
    """An id reference as written, without a namespace prefix (``tns:Task_1`` → ``Task_1``)."""
    value = (value or "").strip()
    prefix, colon, rest = value.partition(":")
    if colon and prefix in (element.nsmap or {}):
        return rest
    return value


def finding_for(code: str, message: str, element: etree._Element | None) -> Finding:
    """A finding about ``element`` (its id, name and line)."""
    if element is None:
        return Finding(code=code, message=message)
    return Finding(
        code=code,
        message=message,
        element_id=element.get("id") or "",
        element_name=element_name(element),
        line=element.sourceline,
    )


# --- semantic checks ---------------------------------------------------------------------------------------


def semantic_findings(document: BpmnDocument) -> list[Finding]:
    """Findings about the model's meaning and its diagram (not its schema), in document order."""
    model = _Model(document.root)
    found: list[Finding] = []
    found += _duplicate_ids(model)
    found += _content(model)
    found += _flows(model)
    for process in model.children(model.root, "process"):
        found += _process_events(model, process)
    for scope in model.scopes():
        found += _unreachable(model, scope)
    found += _unlabelled(model)
    found += _diagram(model)
    return sorted(found, key=lambda finding: (finding.line is None, finding.line or 0))


class _Model:
    """The parts of a BPMN document the checks look up more than once: ids, participants, elements by kind."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.by_id: dict[str, etree._Element] = {}
        self.standard_ids: list[tuple[str, etree._Element]] = []
        self.by_kind: dict[str, list[etree._Element]] = {}  # BPMN elements by local name
        self.di: dict[str, list[etree._Element]] = {"BPMNShape": [], "BPMNEdge": [], "BPMNDiagram": []}
        for element in root.iter(etree.Element):
            tag = element.tag
            if tag.startswith(_BPMN):
                self.by_kind.setdefault(tag[len(_BPMN) :], []).append(element)
            elif tag.startswith(_BPMNDI) and tag[len(_BPMNDI) :] in self.di:
                self.di[tag[len(_BPMNDI) :]].append(element)
            identifier = element.get("id")
            if identifier is None:
                continue
            self.by_id.setdefault(identifier, element)
            if namespace_of(element) in _STANDARD_NAMESPACES:
                self.standard_ids.append((identifier, element))
        self.participant_of: dict[str, etree._Element] = {}
        for participant in self.bpmn("participant"):
            process_id = reference_id(participant, participant.get("processRef"))
            if process_id:
                self.participant_of.setdefault(process_id, participant)

    def bpmn(self, *names: str) -> list[etree._Element]:
        """The document's BPMN elements of these kinds, in document order."""
        found = [element for name in names for element in self.by_kind.get(name, ())]
        if len(names) > 1:
            found.sort(key=lambda element: element.sourceline or 0)
        return found

    @staticmethod
    def children(element: etree._Element, *names: str) -> list[etree._Element]:
        """The element's BPMN children of these kinds (of every kind when none are named)."""
        wanted = {_BPMN + name for name in names}
        return [
            child
            for child in element
            if isinstance(child.tag, str)
            and child.tag.startswith(_BPMN)
            and (not wanted or child.tag in wanted)
        ]

    def scopes(self) -> Iterator[etree._Element]:
        """Every process and sub-process: the containers whose flow nodes the sequence flows connect."""
        yield from self.children(self.root, "process")
        yield from self.bpmn(*SUB_PROCESSES)

    def label_of(self, identifier: str) -> str:
        element = self.by_id.get(identifier)
        return element_label(element) if element is not None else identifier


def _is_bpmn(element: etree._Element, name: str = "") -> bool:
    tag = element.tag
    return isinstance(tag, str) and (tag == _BPMN + name if name else tag.startswith(_BPMN))


def _duplicate_ids(model: _Model) -> Iterator[Finding]:
    first: dict[str, etree._Element] = {}
    for identifier, element in model.standard_ids:
        earlier = first.setdefault(identifier, element)
        if earlier is element:
            continue
        yield finding_for(
            "duplicate-id",
            _(
                "The id “%(id)s” of %(element)s is already used by %(other)s (line %(line)s); "
                "every id must be unique in the file."
            )
            % {
                "id": identifier,
                "element": element_label(element),
                "other": element_label(earlier),
                "line": earlier.sourceline,
            },
            element,
        )


def _content(model: _Model) -> Iterator[Finding]:
    holders = model.children(model.root, "process", "collaboration", "choreography")
    diagrams = model.di["BPMNDiagram"]
    if not holders and not diagrams:
        yield Finding(
            code="no-content",
            message=_(
                "The file holds no process, collaboration, choreography or diagram; it is an empty model."
            ),
            line=model.root.sourceline,
        )
    elif not diagrams:
        yield Finding(
            code="no-diagram",
            message=_(
                "The file has no diagram (no “BPMNDiagram”): the model can be stored, but there is nothing "
                "to draw."
            ),
            line=model.root.sourceline,
        )


def _flows(model: _Model) -> Iterator[Finding]:
    for flow in model.bpmn("sequenceFlow", "messageFlow"):
        for attribute, missing, unknown in (
            (
                "sourceRef",
                "flow-no-source",
                "flow-unknown-source",
            ),
            (
                "targetRef",
                "flow-no-target",
                "flow-unknown-target",
            ),
        ):
            reference = reference_id(flow, flow.get(attribute))
            if not reference:
                if attribute == "sourceRef":
                    message = _("%(element)s has no source: it does not say from which element it starts.")
                else:
                    message = _("%(element)s has no target: it does not say to which element it leads.")
                yield finding_for(missing, message % {"element": element_label(flow)}, flow)
            elif reference not in model.by_id:
                if attribute == "sourceRef":
                    message = _("%(element)s starts at “%(id)s”, but the model has no element with this id.")
                else:
                    message = _("%(element)s leads to “%(id)s”, but the model has no element with this id.")
                yield finding_for(unknown, message % {"element": element_label(flow), "id": reference}, flow)


def _process_events(model: _Model, process: etree._Element) -> Iterator[Finding]:
    nodes = model.children(process, *FLOW_NODES)
    if not nodes:
        return
    kinds = {local_name(node) for node in nodes}
    owner = model.participant_of.get(process.get("id") or "", process)
    if "startEvent" not in kinds:
        yield finding_for(
            "no-start",
            _("%(element)s has no start event, so it is not clear where the process begins.")
            % {"element": element_label(owner)},
            process,
        )
    if "endEvent" not in kinds:
        yield finding_for(
            "no-end",
            _("%(element)s has no end event, so it is not clear where the process ends.")
            % {"element": element_label(owner)},
            process,
        )


def _link_names(model: _Model, event: etree._Element) -> set[str]:
    """The names that join a link throw event to its catch events (the link's and the event's name)."""
    names: set[str] = set()
    for link in model.children(event, "linkEventDefinition"):
        for value in (link.get("name"), link.get("id"), reference_id(link, link.get("target"))):
            if value:
                names.add(value.strip())
        for source in model.children(link, "source"):
            if source.text:
                names.add(reference_id(source, source.text))
    if names and event.get("name"):
        names.add(" ".join((event.get("name") or "").split()))
    return names


def _unreachable(model: _Model, scope: etree._Element) -> Iterator[Finding]:
    """Flow nodes of a scope that no path of sequence flows reaches from its start events."""
    if local_name(scope) == "adHocSubProcess":
        return  # its activities run in any order, without flows
    nodes = {node.get("id") or "": node for node in model.children(scope, *FLOW_NODES)}
    nodes.pop("", None)
    starts = [identifier for identifier, node in nodes.items() if local_name(node) == "startEvent"]
    if not starts:
        return  # a sub-process without a start event is legal; a process without one is reported as such
    successors: dict[str, list[str]] = {}
    for flow in model.children(scope, "sequenceFlow"):
        source = reference_id(flow, flow.get("sourceRef"))
        target = reference_id(flow, flow.get("targetRef"))
        successors.setdefault(source, []).append(target)
    boundaries: dict[str, list[str]] = {}
    link_catches: list[tuple[str, set[str]]] = []
    seeds = list(starts)
    for identifier, node in nodes.items():
        kind = local_name(node)
        if kind == "boundaryEvent":
            host = reference_id(node, node.get("attachedToRef"))
            boundaries.setdefault(host, []).append(identifier)
        elif kind == "intermediateCatchEvent" and model.children(node, "linkEventDefinition"):
            link_catches.append((identifier, _link_names(model, node)))
        if (
            node.get("triggeredByEvent") == "true"
            or node.get("isForCompensation") == "true"
            or node.get("instantiate") == "true"
        ):
            seeds.append(identifier)
    reached: set[str] = set()
    queue = deque(seeds)
    while queue:
        identifier = queue.popleft()
        if identifier in reached:
            continue
        reached.add(identifier)
        queue.extend(successors.get(identifier, ()))
        queue.extend(boundaries.get(identifier, ()))
        node = nodes.get(identifier)
        if node is not None and local_name(node) == "intermediateThrowEvent" and link_catches:
            names = _link_names(model, node)
            queue.extend(catch for catch, catch_names in link_catches if names & catch_names)
    unreached = [identifier for identifier in nodes if identifier not in reached]
    unreached_set = set(unreached)
    for identifier in unreached:
        node = nodes[identifier]
        if (
            local_name(node) == "boundaryEvent"
            and reference_id(node, node.get("attachedToRef")) in unreached_set
        ):
            continue  # its activity is reported
        yield finding_for(
            "unreachable",
            _("%(element)s cannot be reached: no path of sequence flows leads to it from a start event.")
            % {"element": element_label(node)},
            node,
        )


def _unlabelled(model: _Model) -> Iterator[Finding]:
    for activity in model.bpmn(*ACTIVITIES):
        if activity.get("triggeredByEvent") == "true" or element_name(activity):
            continue  # an event sub-process is known by the event that starts it
        yield finding_for(
            "unlabelled-task",
            _("%(element)s has no name. Name it after the work done in it, e.g. “Check application”.")
            % {"element": element_label(activity)},
            activity,
        )


def _diagram(model: _Model) -> Iterator[Finding]:
    bounds, waypoint = f"{{{DC_NS}}}Bounds", f"{{{DI_NS}}}waypoint"
    for element in sorted(
        model.di["BPMNShape"] + model.di["BPMNEdge"], key=lambda shape: shape.sourceline or 0
    ):
        is_shape = element.tag.endswith("BPMNShape")
        reference = reference_id(element, element.get("bpmnElement"))
        if not reference:
            yield finding_for(
                "di-unknown-element",
                _("%(shape)s does not say which element it shows (the attribute “bpmnElement” is missing).")
                % {"shape": element_label(element)},
                element,
            )
        elif reference not in model.by_id:
            yield finding_for(
                "di-unknown-element",
                _("%(shape)s shows the element “%(id)s”, which the model does not contain.")
                % {"shape": element_label(element), "id": reference},
                element,
            )
        if is_shape:
            if not any(child.tag == bounds for child in element):
                shown = model.label_of(reference) if reference else element_label(element)
                yield finding_for(
                    "di-no-bounds",
                    _(
                        "The shape of %(element)s has no position and size (no “Bounds”), "
                        "so it cannot be drawn."
                    )
                    % {"element": shown},
                    element,
                )
        else:
            waypoints = sum(1 for child in element if child.tag == waypoint)
            if waypoints < 2:
                shown = model.label_of(reference) if reference else element_label(element)
                yield finding_for(
                    "di-few-waypoints",
                    ngettext(
                        "The line of %(element)s has %(count)d point (“waypoint”), it needs at least two to "
                        "be drawn.",
                        "The line of %(element)s has %(count)d points (“waypoint”), it needs at least two to "
                        "be drawn.",
                        waypoints,
                    )
                    % {"element": shown, "count": waypoints},
                    element,
                )


def count_kinds(elements: Iterable[etree._Element]) -> Counter[str]:
    """How many BPMN elements of each named kind there are (the kinds ``KINDS`` names)."""
    return Counter(
        name
        for element in elements
        if _is_bpmn(element) and (name := local_name(element)) in KINDS and name != "definitions"
    )
