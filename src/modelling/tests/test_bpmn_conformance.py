"""The 21 reference models of the OMG BPMN Model Interchange Working Group (MIWG) read without loss.

The files live beside the checkout (``../shared/data/bpmn-miwg``, never copied into the project); the tests
skip when the folder is absent.
"""

import copy
import time
from pathlib import Path

import pytest
from django.conf import settings
from lxml import etree

from modelling.bpmn.checks import findings, semantic_findings
from modelling.bpmn.compare import semantic_differences
from modelling.bpmn.documents import BPMN_NS, BPMNDI_NS, DC_NS, DI_NS, BpmnDocument, parse_bpmn
from modelling.bpmn.schema import bpmn_schema, schema_findings
from modelling.bpmn.summary import summarise
from modelling.tests.bpmn_samples import REFERENCE_MODELS

# Findings that would mean the checks misread a reference model (they are all drawn by hand by vendors).
FALSE_ALARMS = {"unreachable", "duplicate-id", "flow-unknown-source", "flow-unknown-target", "schema"}


def miwg_folder() -> Path:
    # BASE_DIR is the checkout; the shared data lies beside it.
    return Path(settings.BASE_DIR).parent / "shared" / "data" / "bpmn-miwg"


def reference_bytes(name: str) -> bytes:
    path = miwg_folder() / f"{name}.bpmn"
    if not path.is_file():
        pytest.skip(f"the MIWG reference models are not available ({path})")
    return path.read_bytes()


def test_the_folder_holds_exactly_the_21_reference_models() -> None:
    if not miwg_folder().is_dir():
        pytest.skip("the MIWG reference models are not available")
    assert sorted(path.stem for path in miwg_folder().glob("*.bpmn")) == REFERENCE_MODELS


@pytest.mark.parametrize("name", REFERENCE_MODELS)
def test_a_reference_model_reads_without_loss_and_validates(name: str) -> None:
    data = reference_bytes(name)
    document = parse_bpmn(data, file_name=f"{name}.bpmn")
    summary = summarise(document)
    found = findings(document)
    print(f"{name}: {summary['shapes']} shapes, {summary['edges']} edges, {len(found)} findings")

    assert summary["shapes"] == len(list(document.root.iter(f"{{{BPMNDI_NS}}}BPMNShape")))
    assert summary["edges"] == len(list(document.root.iter(f"{{{BPMNDI_NS}}}BPMNEdge")))
    assert summary["shapes"] > 0
    assert semantic_differences(data, document.text) == []
    assert schema_findings(document) == []
    assert [finding for finding in found if finding.code in FALSE_ALARMS] == []


@pytest.mark.parametrize("name", REFERENCE_MODELS)
def test_a_reference_model_survives_storing_and_reading_again(name: str) -> None:
    document = parse_bpmn(reference_bytes(name))
    again = parse_bpmn(document.text.encode("utf-8"))
    assert again.text == document.text
    assert semantic_differences(document.root, again.root) == []


def test_the_reference_models_know_their_titles_and_pools() -> None:
    summary = summarise(parse_bpmn(reference_bytes("C.1.0")))
    assert summary["title"] == "Team-Assistant"
    assert [process["participant_name"] for process in summary["processes"]] == [
        "Team-Assistant",
        "Process Engine - Invoice Receipt",
    ]
    assert summary["elements"]["participant"] == 2
    assert len(summary["diagrams"]) == 1


def test_a_model_with_several_diagrams_counts_each() -> None:
    summary = summarise(parse_bpmn(reference_bytes("C.4.0")))
    assert len(summary["diagrams"]) == 4
    assert sum(diagram["shapes"] for diagram in summary["diagrams"]) == summary["shapes"]


def test_reading_and_checking_all_reference_models_takes_well_under_a_second() -> None:
    contents = [reference_bytes(name) for name in REFERENCE_MODELS]
    bpmn_schema()  # loaded once per process, not per file
    started = time.process_time()
    for data in contents:
        findings(parse_bpmn(data))
    assert time.process_time() - started < 1.0


# --- semantic_differences notices what matters ------------------------------------------------------------


def first(root: etree._Element, tag: str) -> etree._Element:
    found = next(root.iter(tag), None)
    assert found is not None, tag
    return found


def test_a_changed_waypoint_is_a_difference() -> None:
    original = parse_bpmn(reference_bytes("A.1.0")).root
    changed = copy.deepcopy(original)
    waypoint = first(changed, f"{{{DI_NS}}}waypoint")
    waypoint.set("x", str(float(waypoint.get("x")) + 5))
    (difference,) = semantic_differences(original, changed)
    assert "waypoint" in difference
    assert "attribute x changed" in difference


def test_a_removed_extension_element_is_a_difference() -> None:
    original = parse_bpmn(reference_bytes("C.1.0")).root
    changed = copy.deepcopy(original)
    extensions = first(changed, f"{{{BPMN_NS}}}extensionElements")
    removed = extensions[0]
    extensions.remove(removed)
    differences = semantic_differences(original, changed)
    assert len(differences) == 1
    assert "extensionElements" in differences[0]
    assert "removed" in differences[0]


def test_a_changed_attribute_is_a_difference() -> None:
    original = parse_bpmn(reference_bytes("C.2.0")).root
    changed = copy.deepcopy(original)
    task = first(changed, f"{{{BPMN_NS}}}task")
    task.set("name", "Something else")
    (difference,) = semantic_differences(original, changed)
    assert f"task[@id='{task.get('id')}']" in difference
    assert "Something else" in difference


def test_a_removed_element_is_a_difference() -> None:
    original = parse_bpmn(reference_bytes("B.2.0")).root
    changed = copy.deepcopy(original)
    shape = first(changed, f"{{{BPMNDI_NS}}}BPMNShape")
    shape.getparent().remove(shape)
    (difference,) = semantic_differences(original, changed)
    assert f"BPMNShape[@id='{shape.get('id')}']: element removed" in difference


def test_a_changed_vendor_attribute_and_text_are_differences() -> None:
    original = parse_bpmn(reference_bytes("C.9.0")).root
    changed = copy.deepcopy(original)
    with_vendor = next(
        element
        for element in changed.iter(etree.Element)
        if any(not name.startswith("{" + BPMN_NS) and name.startswith("{") for name in element.attrib)
    )
    vendor_name = next(name for name in with_vendor.attrib if name.startswith("{"))
    with_vendor.set(vendor_name, "changed")
    documentation = etree.SubElement(first(changed, f"{{{BPMN_NS}}}process"), f"{{{BPMN_NS}}}documentation")
    documentation.text = "Neu"
    differences = semantic_differences(original, changed)
    assert len(differences) == 2
    assert any(vendor_name in difference for difference in differences)


# --- and ignores what does not -----------------------------------------------------------------------------

PLAIN = f"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="{BPMN_NS}" xmlns:bpmndi="{BPMNDI_NS}" xmlns:dc="{DC_NS}" xmlns:di="{DI_NS}"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="D" targetNamespace="t">
  <bpmn:process id="P" name="Antrag  prüfen">
    <bpmn:task id="A" name="a"/>
    <bpmn:task id="B" name="b"/>
    <bpmn:sequenceFlow id="F" sourceRef="A" targetRef="B">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">ok</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram">
    <bpmndi:BPMNPlane id="Plane" bpmnElement="P">
      <bpmndi:BPMNShape id="A_di" bpmnElement="A"><dc:Bounds x="100" y="80" width="100" height="80"/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="F_di" bpmnElement="F"><di:waypoint x="200" y="120"/><di:waypoint x="300" y="120"/>
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
"""

REWRITTEN = f"""<?xml version="1.0" encoding="ISO-8859-1"?>
<!-- written by another tool -->
<definitions xmlns="{BPMN_NS}" xmlns:b="{BPMNDI_NS}" xmlns:omgdc="{DC_NS}" xmlns:omgdi="{DI_NS}"
    xmlns:x="http://www.w3.org/2001/XMLSchema-instance" targetNamespace="t" id="D">
  <b:BPMNDiagram id="Diagram"><b:BPMNPlane bpmnElement="P" id="Plane">
    <b:BPMNEdge bpmnElement="F" id="F_di"><omgdi:waypoint x="200.0" y="120"/>
      <omgdi:waypoint x="300" y="120.000"/></b:BPMNEdge>
    <b:BPMNShape bpmnElement="A" id="A_di"><omgdc:Bounds height="80" width="100.0" y="80" x="100"/>
    </b:BPMNShape>
  </b:BPMNPlane></b:BPMNDiagram>
  <process name="Antrag prüfen" id="P">
    <sequenceFlow targetRef="B" sourceRef="A" id="F"><?vendor hint?>
      <conditionExpression x:type="tFormalExpression">
         ok
      </conditionExpression>
    </sequenceFlow>
    <task id="B" name="b"/>
    <task name="a" id="A"/>
  </process>
</definitions>
""".encode("latin-1")


def test_order_prefixes_white_space_numbers_and_comments_are_not_differences() -> None:
    assert semantic_differences(PLAIN, REWRITTEN) == []
    assert semantic_differences(PLAIN.encode(), parse_bpmn(REWRITTEN).text) == []


def test_a_handmade_change_in_the_rewritten_file_is_found() -> None:
    changed = REWRITTEN.replace(b'<omgdi:waypoint x="300"', b'<omgdi:waypoint x="301"')
    (difference,) = semantic_differences(PLAIN, changed)
    assert difference == (
        "/definitions[@id='D']/BPMNDiagram[@id='Diagram']/BPMNPlane[@id='Plane']/BPMNEdge[@id='F_di']"
        "/waypoint: attribute x changed from '300.0' to '301.0'"
    )


def test_semantic_findings_of_the_rewritten_file_match_the_original() -> None:
    def without_lines(document: BpmnDocument) -> list[tuple[str, str, str]]:
        return [
            (finding.code, finding.message, finding.element_id) for finding in semantic_findings(document)
        ]

    assert without_lines(parse_bpmn(PLAIN)) == without_lines(parse_bpmn(REWRITTEN))
    assert [finding.code for finding in semantic_findings(parse_bpmn(PLAIN))] == ["no-start", "no-end"]
