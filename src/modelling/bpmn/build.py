"""Lay out a simple BPMN diagram in code: a pool with lanes and a chain of steps from start to end.

Used for the demo's invented models, for tests and for the benchmark's generated models; the output is plain
BPMN 2.0 XML with diagram interchange, as a modelling tool would write it.
"""

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

LANE_HEIGHT = 130
STEP_GAP = 60
TASK_WIDTH, TASK_HEIGHT = 110, 80
EVENT_SIZE = 36
GATEWAY_SIZE = 50
POOL_HEADER = 30
LEFT = 160

_KINDS = {
    "start": ("startEvent", EVENT_SIZE, EVENT_SIZE),
    "end": ("endEvent", EVENT_SIZE, EVENT_SIZE),
    "task": ("task", TASK_WIDTH, TASK_HEIGHT),
    "user": ("userTask", TASK_WIDTH, TASK_HEIGHT),
    "service": ("serviceTask", TASK_WIDTH, TASK_HEIGHT),
    "manual": ("manualTask", TASK_WIDTH, TASK_HEIGHT),
    "send": ("sendTask", TASK_WIDTH, TASK_HEIGHT),
    "receive": ("receiveTask", TASK_WIDTH, TASK_HEIGHT),
    "timer": ("intermediateCatchEvent", EVENT_SIZE, EVENT_SIZE),
    "gateway": ("exclusiveGateway", GATEWAY_SIZE, GATEWAY_SIZE),
}


@dataclass(frozen=True)
class Step:
    """One element of the chain: its kind (a key of ``_KINDS``), its name and the lane it sits in."""

    kind: str
    name: str
    lane: int = 0


def linear_process(*, name: str, lanes: list[str], steps: list[Step], prefix: str = "P") -> str:
    """A collaboration with one participant whose lanes hold ``steps`` in order, joined by sequence flows."""
    pid = f"{prefix}_Process"
    top = 55
    positions = []
    x = LEFT + POOL_HEADER + 40
    for step in steps:
        tag, width, height = _KINDS[step.kind]
        y = top + step.lane * LANE_HEIGHT + (LANE_HEIGHT - height) // 2
        positions.append((step, tag, x, y, width, height))
        x += width + STEP_GAP
    pool_width = x - LEFT + 20
    pool_height = max(1, len(lanes)) * LANE_HEIGHT
    ids = [f"{prefix}_{i + 1}" for i in range(len(steps))]
    flows = [(f"{prefix}_Flow_{i + 1}", ids[i], ids[i + 1]) for i in range(len(steps) - 1)]

    semantic = []
    for i, (step, tag, *_rest) in enumerate(positions):
        incoming = [f for f in flows if f[2] == ids[i]]
        outgoing = [f for f in flows if f[1] == ids[i]]
        inner = "".join(f"<bpmn:incoming>{f[0]}</bpmn:incoming>" for f in incoming)
        inner += "".join(f"<bpmn:outgoing>{f[0]}</bpmn:outgoing>" for f in outgoing)
        if step.kind == "timer":
            inner += f'<bpmn:timerEventDefinition id="{ids[i]}_def" />'
        semantic.append(
            f"    <bpmn:{tag} id={quoteattr(ids[i])} name={quoteattr(step.name)}>{inner}</bpmn:{tag}>"
        )
    for flow_id, source, target in flows:
        semantic.append(f'    <bpmn:sequenceFlow id="{flow_id}" sourceRef="{source}" targetRef="{target}" />')
    lane_xml = []
    for index, lane in enumerate(lanes):
        refs = "".join(
            f"<bpmn:flowNodeRef>{ids[i]}</bpmn:flowNodeRef>" for i, s in enumerate(steps) if s.lane == index
        )
        lane_xml.append(
            f'      <bpmn:lane id="{prefix}_Lane_{index + 1}" name={quoteattr(lane)}>{refs}</bpmn:lane>'
        )

    shapes = [
        f'      <bpmndi:BPMNShape id="{prefix}_Participant_di" bpmnElement="{prefix}_Participant" '
        'isHorizontal="true">'
        f'<dc:Bounds x="{LEFT}" y="{top}" width="{pool_width}" height="{pool_height}" /></bpmndi:BPMNShape>'
    ]
    for index in range(len(lanes)):
        shapes.append(
            f'      <bpmndi:BPMNShape id="{prefix}_Lane_{index + 1}_di" '
            f'bpmnElement="{prefix}_Lane_{index + 1}" '
            f'isHorizontal="true"><dc:Bounds x="{LEFT + POOL_HEADER}" y="{top + index * LANE_HEIGHT}" '
            f'width="{pool_width - POOL_HEADER}" height="{LANE_HEIGHT}" /></bpmndi:BPMNShape>'
        )
    centres = {}
    for i, (_step, _tag, sx, sy, width, height) in enumerate(positions):
        centres[ids[i]] = (sx, sy, width, height)
        shapes.append(
            f'      <bpmndi:BPMNShape id="{ids[i]}_di" bpmnElement="{ids[i]}">'
            f'<dc:Bounds x="{sx}" y="{sy}" width="{width}" height="{height}" /></bpmndi:BPMNShape>'
        )
    for flow_id, source, target in flows:
        sx, sy, sw, sh = centres[source]
        tx, ty, _tw, th = centres[target]
        start = (sx + sw, sy + sh // 2)
        end = (tx, ty + th // 2)
        points = [start]
        if start[1] != end[1]:
            middle = (start[0] + end[0]) // 2
            points += [(middle, start[1]), (middle, end[1])]
        points.append(end)
        waypoints = "".join(f'<di:waypoint x="{px}" y="{py}" />' for px, py in points)
        shapes.append(
            f'      <bpmndi:BPMNEdge id="{flow_id}_di" bpmnElement="{flow_id}">{waypoints}</bpmndi:BPMNEdge>'
        )

    newline = "\n"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" \
xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="{prefix}_Definitions" \
targetNamespace="https://offene-prozessplattform.de/bpmn" \
exporter="Offene Prozessplattform" exporterVersion="1">
  <bpmn:collaboration id="{prefix}_Collaboration">
    <bpmn:participant id="{prefix}_Participant" name={quoteattr(name)} processRef="{pid}" />
  </bpmn:collaboration>
  <bpmn:process id="{pid}" name={quoteattr(name)} isExecutable="false">
    <bpmn:laneSet id="{prefix}_LaneSet">
{newline.join(lane_xml)}
    </bpmn:laneSet>
{newline.join(semantic)}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="{prefix}_Diagram">
    <bpmndi:BPMNPlane id="{prefix}_Plane" bpmnElement="{prefix}_Collaboration">
{newline.join(shapes)}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
"""
