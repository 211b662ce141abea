"""The diagram a new model begins with: a start event joined to an end event, valid and without findings."""

from __future__ import annotations

import re
import uuid
from xml.sax.saxutils import quoteattr

from django.utils.translation import pgettext

from modelling.bpmn.documents import BPMN_NS, BPMNDI_NS, DC_NS, DI_NS

EXPORTER = "Offene Prozessplattform"
TARGET_NAMESPACE = "urn:offene-prozessplattform:bpmn"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def blank_diagram(name: str) -> str:
    """A minimal BPMN 2.0 document for a new model called ``name``: start event, sequence flow, end event."""
    suffix = uuid.uuid4().hex[:8]
    ids = {
        key: f"{key}_{suffix}"
        for key in ("Definitions", "Process", "StartEvent", "Flow", "EndEvent", "Diagram", "Plane")
    }
    process_name = quoteattr(" ".join(_CONTROL.sub(" ", name).split()))
    start_name = quoteattr(pgettext("name of the start event of a new diagram", "Start"))
    end_name = quoteattr(pgettext("name of the end event of a new diagram", "End"))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="{BPMN_NS}" xmlns:bpmndi="{BPMNDI_NS}" xmlns:dc="{DC_NS}" xmlns:di="{DI_NS}" \
id="{ids["Definitions"]}" targetNamespace="{TARGET_NAMESPACE}" \
exporter={quoteattr(EXPORTER)} exporterVersion="1">
  <bpmn:process id="{ids["Process"]}" name={process_name} isExecutable="false">
    <bpmn:startEvent id="{ids["StartEvent"]}" name={start_name}>
      <bpmn:outgoing>{ids["Flow"]}</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="{ids["Flow"]}" sourceRef="{ids["StartEvent"]}" targetRef="{ids["EndEvent"]}" />
    <bpmn:endEvent id="{ids["EndEvent"]}" name={end_name}>
      <bpmn:incoming>{ids["Flow"]}</bpmn:incoming>
    </bpmn:endEvent>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="{ids["Diagram"]}" name={process_name}>
    <bpmndi:BPMNPlane id="{ids["Plane"]}" bpmnElement="{ids["Process"]}">
      <bpmndi:BPMNShape id="{ids["StartEvent"]}_di" bpmnElement="{ids["StartEvent"]}">
        <dc:Bounds x="182" y="162" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="181" y="205" width="38" height="14" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="{ids["EndEvent"]}_di" bpmnElement="{ids["EndEvent"]}">
        <dc:Bounds x="412" y="162" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="411" y="205" width="38" height="14" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="{ids["Flow"]}_di" bpmnElement="{ids["Flow"]}">
        <di:waypoint x="218" y="180" />
        <di:waypoint x="412" y="180" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
"""
