"""What a BPMN model holds, as JSON-able figures: processes, diagrams, shapes and lines, elements by kind."""

from __future__ import annotations

from typing import Any

from lxml import etree

from modelling.bpmn.checks import FLOW_NODES, count_kinds, element_name, reference_id
from modelling.bpmn.documents import BPMN_NS, BPMNDI_NS, BpmnDocument

_BPMN = f"{{{BPMN_NS}}}"
_SHAPE = f"{{{BPMNDI_NS}}}BPMNShape"
_EDGE = f"{{{BPMNDI_NS}}}BPMNEdge"
_FLOW_NODE_TAGS = frozenset(_BPMN + name for name in FLOW_NODES)


def summarise(document: BpmnDocument) -> dict[str, Any]:
    """The model's processes (with their pools), diagrams, shape and line counts, elements by kind, title."""
    root = document.root
    participants: dict[str, etree._Element] = {}
    for participant in root.iter(_BPMN + "participant"):
        process_id = reference_id(participant, participant.get("processRef"))
        if process_id:
            participants.setdefault(process_id, participant)
    processes = []
    for process in root.iterchildren(_BPMN + "process"):
        participant = participants.get(process.get("id") or "")
        processes.append(
            {
                "id": process.get("id") or "",
                "name": element_name(process),
                "participant_id": (participant.get("id") or "") if participant is not None else "",
                "participant_name": element_name(participant) if participant is not None else "",
                "flow_nodes": sum(1 for element in process.iter() if element.tag in _FLOW_NODE_TAGS),
            }
        )
    diagrams = [
        {
            "id": diagram.get("id") or "",
            "name": element_name(diagram),
            "shapes": sum(1 for _shape in diagram.iter(_SHAPE)),
            "edges": sum(1 for _edge in diagram.iter(_EDGE)),
        }
        for diagram in root.iterchildren(f"{{{BPMNDI_NS}}}BPMNDiagram")
    ]
    return {
        "processes": processes,
        "diagrams": diagrams,
        "shapes": sum(diagram["shapes"] for diagram in diagrams),
        "edges": sum(diagram["edges"] for diagram in diagrams),
        "elements": dict(sorted(count_kinds(root.iter(etree.Element)).items())),
        "title": _title(root, processes),
    }


def _title(root: etree._Element, processes: list[dict[str, Any]]) -> str:
    """The best human name: the first named pool, else the first named process, else the model's name."""
    for participant in root.iter(_BPMN + "participant"):
        name = element_name(participant)
        if name:
            return name
    for process in processes:
        if process["name"]:
            return str(process["name"])
    return element_name(root)
