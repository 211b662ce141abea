"""Small handmade BPMN files for tests: builders of valid models and the hostile inputs an import must refuse.

Every builder returns the file's bytes. The valid ones carry a diagram (a BPMNDiagram with a shape per flow
node and an edge per sequence flow), as a modelling tool exports them.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

from django.conf import settings

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI"
DC_NS = "http://www.omg.org/spec/DD/20100524/DC"
DI_NS = "http://www.omg.org/spec/DD/20100524/DI"
VENDOR_NS = "http://example.org/schema/vendor"
TARGET_NS = "http://example.org/bpmn/tests"

NAMESPACES = (
    f'xmlns:bpmn="{BPMN_NS}" xmlns:bpmndi="{BPMNDI_NS}" xmlns:dc="{DC_NS}" xmlns:di="{DI_NS}" '
    f'targetNamespace="{TARGET_NS}"'
)


# The 21 reference models of the OMG BPMN Model Interchange Working Group suite (file names without .bpmn).
REFERENCE_MODELS = [
    "A.1.0",
    "A.2.0",
    "A.2.1",
    "A.3.0",
    "A.4.0",
    "A.4.1",
    "B.1.0",
    "B.2.0",
    "C.1.0",
    "C.1.1",
    "C.2.0",
    "C.3.0",
    "C.4.0",
    "C.5.0",
    "C.6.0",
    "C.7.0",
    "C.8.0",
    "C.8.1",
    "C.9.0",
    "C.9.1",
    "C.9.2",
]


def miwg_folder() -> Path:
    """The OMG MIWG reference models, beside the checkout in ``../shared/data/bpmn-miwg``."""
    return Path(settings.BASE_DIR).parent / "shared" / "data" / "bpmn-miwg"


def _attr(value: str) -> str:
    return quoteattr(value)


def shape(element: str, x: int, y: int, width: int, height: int, extra: str = "") -> str:
    """The DI shape of ``element`` (``extra``: further attributes such as ``isHorizontal="true"``)."""
    more = f" {extra}" if extra else ""
    return (
        f"<bpmndi:BPMNShape id={_attr(element + '_di')} bpmnElement={_attr(element)}{more}>"
        f'<dc:Bounds x="{x}" y="{y}" width="{width}" height="{height}" /></bpmndi:BPMNShape>'
    )


def edge(element: str, *points: tuple[int, int]) -> str:
    """The DI edge of ``element`` through ``points``."""
    waypoints = "".join(f'<di:waypoint x="{x}" y="{y}" />' for x, y in points)
    head = f"<bpmndi:BPMNEdge id={_attr(element + '_di')} bpmnElement={_attr(element)}>"
    return f"{head}{waypoints}</bpmndi:BPMNEdge>"


@dataclass
class Flow:
    """A process of start event → tasks → end event, drawn left to right from ``(x, y)``."""

    process_id: str
    name: str = ""
    tasks: Sequence[str] = ("Antrag prüfen",)
    x: int = 100
    y: int = 100
    extra: str = ""  # more XML inside <process>, after the flow
    lanes: str = ""  # a laneSet, written first

    def node_ids(self) -> list[str]:
        tasks = [f"{self.process_id}_task{i}" for i in range(len(self.tasks))]
        return [f"{self.process_id}_start", *tasks, f"{self.process_id}_end"]

    def process_xml(self, *, vendor: bool = False) -> str:
        ids = self.node_ids()
        vendor_attr = ' vendor:priority="hoch"' if vendor else ""
        parts = [f'<bpmn:process id={_attr(self.process_id)} name={_attr(self.name)} isExecutable="false">']
        parts.append(self.lanes)
        parts.append(f'<bpmn:startEvent id={_attr(ids[0])} name="Antrag eingegangen" />')
        for index, task in enumerate(self.tasks):
            extension = ""
            if vendor and index == 0:
                extension = (
                    "<bpmn:extensionElements><vendor:properties>"
                    '<vendor:property name="Zuständigkeit" value="Bürgeramt" />'
                    "</vendor:properties></bpmn:extensionElements>"
                )
            task_id = _attr(ids[index + 1])
            parts.append(
                f"<bpmn:userTask id={task_id} name={_attr(task)}{vendor_attr}>{extension}</bpmn:userTask>"
            )
        parts.append(f'<bpmn:endEvent id={_attr(ids[-1])} name="Bescheid versandt" />')
        for index in range(len(ids) - 1):
            parts.append(
                f'<bpmn:sequenceFlow id="{self.process_id}_flow{index}" sourceRef={_attr(ids[index])} '
                f"targetRef={_attr(ids[index + 1])} />"
            )
        parts.append(self.extra)
        parts.append("</bpmn:process>")
        return "".join(parts)

    def di_xml(self) -> str:
        ids = self.node_ids()
        parts = []
        for index, node in enumerate(ids):
            is_event = index in (0, len(ids) - 1)
            parts.append(
                shape(node, self.x + index * 150, self.y, 36 if is_event else 100, 36 if is_event else 80)
            )
        for index in range(len(ids) - 1):
            x = self.x + index * 150
            parts.append(
                edge(f"{self.process_id}_flow{index}", (x + 100, self.y + 18), (x + 150, self.y + 18))
            )
        return "".join(parts)


def _definitions(body: str, *, encoding: str = "UTF-8", vendor: bool = False) -> bytes:
    vendor_ns = f' xmlns:vendor="{VENDOR_NS}" vendor:exporter="Testwerkzeug 1.0"' if vendor else ""
    head = f'<?xml version="1.0" encoding="{encoding}"?>\n'
    text = (
        f'{head}<bpmn:definitions id="Definitions_1" {NAMESPACES}{vendor_ns}>\n{body}\n</bpmn:definitions>\n'
    )
    return text.encode(encoding)


def _diagram(plane_element: str, content: str, diagram_id: str = "Diagram_1", name: str = "") -> str:
    named = f" name={_attr(name)}" if name else ""
    return (
        f'<bpmndi:BPMNDiagram id="{diagram_id}"{named}><bpmndi:BPMNPlane id="{diagram_id}_plane" '
        f"bpmnElement={_attr(plane_element)}>{content}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>"
    )


def process_bpmn(
    name: str = "Wohnsitz anmelden",
    *,
    process_id: str = "Process_1",
    tasks: Sequence[str] = ("Antrag prüfen", "Meldebescheinigung ausstellen"),
    encoding: str = "UTF-8",
    vendor: bool = False,
) -> bytes:
    """One process (no collaboration) with its diagram; ``vendor`` adds extension elements and attributes."""
    flow = Flow(process_id, name, tasks)
    body = flow.process_xml(vendor=vendor) + _diagram(process_id, flow.di_xml())
    return _definitions(body, encoding=encoding, vendor=vendor)


def collaboration_bpmn(
    participants: Sequence[tuple[str, str]] = (("Bürgeramt", "Meldung bearbeiten"), ("Ausländerbehörde", "")),
    *,
    black_box: Sequence[str] = (),
) -> bytes:
    """A collaboration: one pool per ``(participant name, process name)`` with its own process, a message flow
    between the first two, and pools without a process (``black_box``, e.g. "Antragsteller")."""
    processes, pools, shapes = [], [], []
    for index, (participant, process_name) in enumerate(participants, start=1):
        flow = Flow(f"Process_{index}", process_name, ("Unterlagen prüfen",), y=100 + (index - 1) * 250)
        processes.append(flow.process_xml())
        pools.append(
            f'<bpmn:participant id="Participant_{index}" name={_attr(participant)} '
            f'processRef="Process_{index}" />'
        )
        shapes.append(shape(f"Participant_{index}", 40, flow.y - 60, 900, 200, 'isHorizontal="true"'))
        shapes.append(flow.di_xml())
    for offset, participant in enumerate(black_box, start=len(participants) + 1):
        pools.append(f'<bpmn:participant id="Participant_{offset}" name={_attr(participant)} />')
        y = 100 + (offset - 1) * 250 - 60
        shapes.append(shape(f"Participant_{offset}", 40, y, 900, 60, 'isHorizontal="true"'))
    if len(participants) >= 2:
        pools.append(
            '<bpmn:messageFlow id="MessageFlow_1" name="Anfrage" sourceRef="Process_1_task0" '
            'targetRef="Process_2_task0" />'
        )
        shapes.append(edge("MessageFlow_1", (300, 180), (300, 328)))
    collaboration = f'<bpmn:collaboration id="Collaboration_1">{"".join(pools)}</bpmn:collaboration>'
    return _definitions(collaboration + "".join(processes) + _diagram("Collaboration_1", "".join(shapes)))


def rich_bpmn() -> bytes:
    """A pool with two lanes, a sub-process, a data object, an event sub-process and a second diagram for the
    sub-process (all things an import must accept)."""
    lanes = (
        '<bpmn:laneSet id="LaneSet_1"><bpmn:lane id="Lane_1" name="Sachbearbeitung">'
        "<bpmn:flowNodeRef>Process_1_start</bpmn:flowNodeRef>"
        "<bpmn:flowNodeRef>Process_1_task0</bpmn:flowNodeRef></bpmn:lane>"
        '<bpmn:lane id="Lane_2" name="Leitung"><bpmn:flowNodeRef>Process_1_task1</bpmn:flowNodeRef>'
        "<bpmn:flowNodeRef>Process_1_end</bpmn:flowNodeRef><bpmn:flowNodeRef>Sub_1</bpmn:flowNodeRef>"
        "<bpmn:flowNodeRef>EventSub_1</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>"
    )
    extra = (
        '<bpmn:dataObject id="DataObject_1" />'
        '<bpmn:dataObjectReference id="DataRef_1" name="Antrag" dataObjectRef="DataObject_1" />'
        '<bpmn:subProcess id="Sub_1" name="Gebühr erheben">'
        '<bpmn:startEvent id="Sub_1_start" /><bpmn:task id="Sub_1_task" name="Gebühr berechnen" />'
        '<bpmn:endEvent id="Sub_1_end" />'
        '<bpmn:sequenceFlow id="Sub_1_f1" sourceRef="Sub_1_start" targetRef="Sub_1_task" />'
        '<bpmn:sequenceFlow id="Sub_1_f2" sourceRef="Sub_1_task" targetRef="Sub_1_end" />'
        "</bpmn:subProcess>"
        '<bpmn:sequenceFlow id="Flow_to_sub" sourceRef="Process_1_task0" targetRef="Sub_1" />'
        '<bpmn:sequenceFlow id="Flow_from_sub" sourceRef="Sub_1" targetRef="Process_1_end" />'
        '<bpmn:subProcess id="EventSub_1" name="Rücknahme" triggeredByEvent="true">'
        '<bpmn:startEvent id="EventSub_1_start" name="Antrag zurückgenommen">'
        '<bpmn:messageEventDefinition id="MessageDef_1" /></bpmn:startEvent>'
        '<bpmn:endEvent id="EventSub_1_end" />'
        '<bpmn:sequenceFlow id="EventSub_1_f1" sourceRef="EventSub_1_start" targetRef="EventSub_1_end" />'
        "</bpmn:subProcess>"
    )
    flow = Flow(
        "Process_1",
        "Gewerbe anmelden",
        ("Antrag prüfen", "Gewerbeschein ausstellen"),
        extra=extra,
        lanes=lanes,
    )
    horizontal = 'isHorizontal="true"'
    shapes = "".join(
        [
            shape("Participant_1", 40, 20, 900, 500, horizontal),
            shape("Lane_1", 70, 20, 870, 250, horizontal),
            shape("Lane_2", 70, 270, 870, 250, horizontal),
            flow.di_xml(),
            shape("DataRef_1", 300, 220, 36, 50),
            shape("Sub_1", 400, 300, 100, 80, 'isExpanded="false"'),
            edge("Flow_to_sub", (300, 180), (300, 340), (400, 340)),
            edge("Flow_from_sub", (500, 340), (568, 340), (568, 136)),
            shape("EventSub_1", 550, 300, 300, 150, 'isExpanded="true"'),
            shape("EventSub_1_start", 580, 350, 36, 36),
            shape("EventSub_1_end", 780, 350, 36, 36),
            edge("EventSub_1_f1", (616, 368), (780, 368)),
        ]
    )
    sub_shapes = "".join(
        [
            shape("Sub_1_start", 100, 100, 36, 36),
            shape("Sub_1_task", 200, 78, 100, 80),
            shape("Sub_1_end", 360, 100, 36, 36),
            edge("Sub_1_f1", (136, 118), (200, 118)),
            edge("Sub_1_f2", (300, 118), (360, 118)),
        ]
    )
    collaboration = (
        '<bpmn:collaboration id="Collaboration_1"><bpmn:participant id="Participant_1" name="Gewerbeamt" '
        'processRef="Process_1" /></bpmn:collaboration>'
    )
    body = (
        collaboration
        + flow.process_xml()
        + _diagram("Collaboration_1", shapes, name="Übersicht")
        + _diagram("Sub_1", sub_shapes, diagram_id="Diagram_2", name="Gebühr erheben")
    )
    return _definitions(body)


def without_process_bpmn() -> bytes:
    """Definitions holding no process at all (only a message)."""
    return _definitions('<bpmn:message id="Message_1" name="Antrag" />')


def broken_di_bpmn() -> bytes:
    """A process whose diagram has a shape of a missing element and lacks the shape of a task.

    Tools write such files; an import accepts it with notes."""
    flow = Flow("Process_1", "Hund anmelden", ("Steuer festsetzen",))
    shapes = flow.di_xml().replace('bpmnElement="Process_1_task0"', 'bpmnElement="Gibt_es_nicht"')
    return _definitions(flow.process_xml() + _diagram("Process_1", shapes))


# Inputs an import must refuse, each with a clear message and without storing anything.

NOT_XML = b"Name;Nummer\nWohnsitz anmelden;P-0001\n"

HTML = b"<!DOCTYPE html>\n<html><head><title>Prozess</title></head><body><p>Kein BPMN</p></body></html>\n"

ENTITY_BOMB = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    b' <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
    b' <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\n'
    b' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n'
    b'<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">'
    b'<bpmn:process id="P" name="&lol3;" /></bpmn:definitions>\n'
)

EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?>\n<!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    b'<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">'
    b'<bpmn:process id="P" name="&secret;" /></bpmn:definitions>\n'
)

FRAGMENT = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<bpmn:process xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Process_1">'
    b'<bpmn:startEvent id="Start_1" /></bpmn:process>\n'
)

WRONG_NAMESPACE = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<bpmn:definitions xmlns:bpmn="http://example.org/not-bpmn" id="D" targetNamespace="x">'
    b'<bpmn:process id="Process_1"><bpmn:startEvent id="Start_1" /></bpmn:process></bpmn:definitions>\n'
)


def oversized(size: int = 50 * 1024 * 1024) -> bytes:
    """A file of ``size`` bytes that starts like BPMN (a comment pads it); build it once per test."""
    head = b'<?xml version="1.0" encoding="UTF-8"?>\n<!--'
    tail = b"-->\n" + process_bpmn().split(b"\n", 1)[1]
    return head + b" " * (size - len(head) - len(tail)) + tail
