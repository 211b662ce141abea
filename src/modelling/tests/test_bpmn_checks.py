"""Schema and semantic findings on small handmade models, and how elements are named in them."""

import itertools
from collections.abc import Sequence

from django.utils.translation import gettext, ngettext, pgettext
from lxml import etree

from modelling.bpmn.blank import blank_diagram
from modelling.bpmn.checks import MAX_FINDINGS, Finding, element_label, findings, semantic_findings
from modelling.bpmn.documents import BPMN_NS, BpmnDocument, parse_bpmn
from modelling.bpmn.schema import schema_findings

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
    'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
    'id="Definitions_1" targetNamespace="http://example.org/t">\n'
)


def model(process: str, *, diagram: str | None = None, extra: str = "") -> BpmnDocument:
    """A document with one process ``Process_1`` holding ``process``; a diagram with no shapes by default."""
    if diagram is None:
        diagram = (
            '<bpmndi:BPMNDiagram id="Diagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1"/>'
            "</bpmndi:BPMNDiagram>"
        )
    text = f'{HEAD}<bpmn:process id="Process_1" isExecutable="false">\n{process}\n</bpmn:process>\n'
    return parse_bpmn(f"{text}{extra}{diagram}\n</bpmn:definitions>\n")


def chain(*ids: str) -> str:
    """Sequence flows joining ``ids`` one after the other."""
    return "".join(
        f'<bpmn:sequenceFlow id="Flow_{a}_{b}" sourceRef="{a}" targetRef="{b}"/>\n'
        for a, b in itertools.pairwise(ids)
    )


SIMPLE = (
    '<bpmn:startEvent id="Start" name="Antrag eingegangen"/>\n'
    '<bpmn:task id="Check" name="Antrag prüfen"/>\n'
    '<bpmn:endEvent id="End" name="Antrag erledigt"/>\n' + chain("Start", "Check", "End")
)


def codes(found: Sequence[Finding]) -> list[str]:
    return [finding.code for finding in found]


def of_code(document: BpmnDocument, code: str) -> list[Finding]:
    return [finding for finding in semantic_findings(document) if finding.code == code]


def kind(name: str) -> str:
    return pgettext("BPMN element", name)


def label(kind_name: str, name: str) -> str:
    return gettext("%(kind)s “%(name)s”") % {"kind": kind(kind_name), "name": name}


# --- a clean model -----------------------------------------------------------------------------------------


def test_a_simple_complete_model_has_no_findings() -> None:
    assert findings(model(SIMPLE)) == []


def test_the_blank_diagram_has_no_findings_and_carries_the_name() -> None:
    document = parse_bpmn(blank_diagram('Wohnsitz <anmelden> & "ummelden"'))
    assert findings(document) == []
    process = document.root.find(f"{{{BPMN_NS}}}process")
    assert process.get("name") == 'Wohnsitz <anmelden> & "ummelden"'
    assert process.get("isExecutable") == "false"
    assert document.root.get("exporter") == "Offene Prozessplattform"


def test_two_blank_diagrams_have_different_ids() -> None:
    first, second = parse_bpmn(blank_diagram("A")).root, parse_bpmn(blank_diagram("A")).root
    ids_first = {element.get("id") for element in first.iter() if element.get("id")}
    ids_second = {element.get("id") for element in second.iter() if element.get("id")}
    assert len(ids_first) == 10
    assert not ids_first & ids_second


# --- flows -------------------------------------------------------------------------------------------------


def test_a_sequence_flow_without_source_is_reported() -> None:
    document = model(SIMPLE + '<bpmn:sequenceFlow id="Loose" targetRef="End"/>')
    (finding,) = of_code(document, "flow-no-source")
    assert finding.element_id == "Loose"
    assert finding.line == 9
    assert finding.message == gettext(
        "%(element)s has no source: it does not say from which element it starts."
    ) % {"element": f"{kind('Sequence flow')} Loose"}


def test_a_sequence_flow_without_target_is_reported() -> None:
    document = model(SIMPLE + '<bpmn:sequenceFlow id="Loose" sourceRef="Check" targetRef=" "/>')
    assert [finding.element_id for finding in of_code(document, "flow-no-target")] == ["Loose"]


def test_a_flow_to_an_unknown_element_is_reported_with_the_id() -> None:
    document = model(
        SIMPLE + '<bpmn:sequenceFlow id="Loose" name="weiter" sourceRef="Check" targetRef="Gone"/>'
    )
    (finding,) = of_code(document, "flow-unknown-target")
    assert finding.message == gettext(
        "%(element)s leads to “%(id)s”, but the model has no element with this id."
    ) % {"element": label("Sequence flow", "weiter"), "id": "Gone"}
    assert finding.element_name == "weiter"


def test_a_flow_from_an_unknown_element_is_reported() -> None:
    document = model(SIMPLE + '<bpmn:sequenceFlow id="Loose" sourceRef="Nowhere" targetRef="End"/>')
    assert "Nowhere" in of_code(document, "flow-unknown-source")[0].message


def test_a_message_flow_to_an_unknown_participant_is_reported() -> None:
    collaboration = (
        '<bpmn:collaboration id="Collaboration_1"><bpmn:participant id="Office" name="Bürgerbüro" '
        'processRef="Process_1"/><bpmn:messageFlow id="Letter" sourceRef="Check" targetRef="Citizen"/>'
        "</bpmn:collaboration>\n"
    )
    document = model(SIMPLE, extra=collaboration)
    assert [finding.element_id for finding in of_code(document, "flow-unknown-target")] == ["Letter"]


def test_a_reference_with_a_namespace_prefix_is_understood() -> None:
    document = model(SIMPLE.replace('targetRef="End"', 'targetRef="bpmn:End"'))
    assert semantic_findings(document) == []


# --- reachability ------------------------------------------------------------------------------------------


def test_a_task_no_flow_leads_to_is_unreachable() -> None:
    document = model(SIMPLE + '<bpmn:task id="Lost" name="Akte ablegen"/>' + chain("Lost", "End"))
    (finding,) = of_code(document, "unreachable")
    assert finding.element_id == "Lost"
    assert finding.message == gettext(
        "%(element)s cannot be reached: no path of sequence flows leads to it from a start event."
    ) % {"element": label("Task", "Akte ablegen")}


def test_a_loop_that_never_starts_is_unreachable_as_a_whole() -> None:
    loop = '<bpmn:task id="A" name="a"/><bpmn:task id="B" name="b"/>' + chain("A", "B", "A")
    assert sorted(finding.element_id for finding in of_code(model(SIMPLE + loop), "unreachable")) == [
        "A",
        "B",
    ]


def test_boundary_events_are_reached_through_their_activity() -> None:
    boundary = (
        '<bpmn:boundaryEvent id="Late" name="2 Wochen" attachedToRef="Check">'
        "<bpmn:timerEventDefinition/></bpmn:boundaryEvent>"
        '<bpmn:task id="Remind" name="Erinnern"/>' + chain("Late", "Remind", "End")
    )
    assert of_code(model(SIMPLE + boundary), "unreachable") == []


def test_a_boundary_event_of_an_unreachable_activity_is_not_reported_twice() -> None:
    lost = (
        '<bpmn:task id="Lost" name="x"/><bpmn:boundaryEvent id="Late" attachedToRef="Lost"/>'
        + chain("Lost", "End")
        + chain("Late", "End")
    )
    assert [finding.element_id for finding in of_code(model(SIMPLE + lost), "unreachable")] == ["Lost"]


def test_event_sub_processes_compensation_and_instantiating_tasks_start_by_themselves() -> None:
    extra = (
        '<bpmn:subProcess id="OnCancel" triggeredByEvent="true">'
        '<bpmn:startEvent id="Cancelled" isInterrupting="true"><bpmn:messageEventDefinition/>'
        "</bpmn:startEvent>"
        '<bpmn:task id="Undo" name="Rückabwickeln"/>' + chain("Cancelled", "Undo") + "</bpmn:subProcess>"
        '<bpmn:task id="Refund" name="Gebühr erstatten" isForCompensation="true"/>'
        '<bpmn:receiveTask id="Wait" name="Antrag empfangen" instantiate="true"/>' + chain("Wait", "Check")
    )
    assert of_code(model(SIMPLE + extra), "unreachable") == []


def test_a_link_catch_event_is_reached_through_the_throw_event_of_the_same_name() -> None:
    links = (
        '<bpmn:startEvent id="S" name="s"/><bpmn:task id="A" name="a"/>'
        '<bpmn:intermediateThrowEvent id="Go" name="Weiter"><bpmn:linkEventDefinition name="Weiter"/>'
        "</bpmn:intermediateThrowEvent>"
        '<bpmn:intermediateCatchEvent id="Arrive" name="Weiter"><bpmn:linkEventDefinition name="Weiter"/>'
        "</bpmn:intermediateCatchEvent>"
        '<bpmn:intermediateCatchEvent id="Elsewhere" name="Anderswo">'
        '<bpmn:linkEventDefinition name="Anderswo"/></bpmn:intermediateCatchEvent>'
        '<bpmn:task id="B" name="b"/><bpmn:endEvent id="E"/>'
        + chain("S", "A", "Go")
        + chain("Arrive", "B", "E")
        + chain("Elsewhere", "E")
    )
    assert [finding.element_id for finding in of_code(model(links), "unreachable")] == ["Elsewhere"]


def test_an_ad_hoc_sub_process_and_a_sub_process_without_start_event_are_not_checked() -> None:
    nested = (
        '<bpmn:adHocSubProcess id="Collect" name="Unterlagen sammeln">'
        '<bpmn:task id="Id" name="Ausweis"/><bpmn:task id="Cert" name="Meldebescheinigung"/>'
        "</bpmn:adHocSubProcess>"
        '<bpmn:subProcess id="Inner" name="Prüfen"><bpmn:task id="X" name="x"/><bpmn:task id="Y" name="y"/>'
        + chain("X", "Y")
        + "</bpmn:subProcess>"
        + chain("Check", "Collect", "Inner", "End")
    )
    assert semantic_findings(model(SIMPLE + nested)) == []


def test_an_unreachable_element_inside_a_sub_process_with_a_start_event_is_reported() -> None:
    nested = (
        '<bpmn:subProcess id="Inner" name="Prüfen"><bpmn:startEvent id="IS"/><bpmn:task id="X" name="x"/>'
        '<bpmn:task id="Y" name="y"/><bpmn:endEvent id="IE"/>'
        + chain("IS", "X", "IE")
        + chain("Y", "IE")
        + "</bpmn:subProcess>"
        + chain("Check", "Inner", "End")
    )
    assert [finding.element_id for finding in of_code(model(SIMPLE + nested), "unreachable")] == ["Y"]


# --- start and end events ----------------------------------------------------------------------------------


def test_a_process_without_start_event_is_reported_and_not_searched_for_unreachable_elements() -> None:
    document = model('<bpmn:task id="A" name="a"/><bpmn:endEvent id="E"/>' + chain("A", "E"))
    assert codes(semantic_findings(document)) == ["no-start"]
    assert of_code(document, "no-start")[0].message == gettext(
        "%(element)s has no start event, so it is not clear where the process begins."
    ) % {"element": f"{kind('Process')} Process_1"}


def test_a_process_without_end_event_is_reported_by_the_name_of_its_pool() -> None:
    collaboration = (
        '<bpmn:collaboration id="Collaboration_1"><bpmn:participant id="Office" name="Bürgerbüro" '
        'processRef="Process_1"/></bpmn:collaboration>\n'
    )
    document = model(
        '<bpmn:startEvent id="S"/><bpmn:task id="A" name="a"/>' + chain("S", "A"), extra=collaboration
    )
    (finding,) = semantic_findings(document)
    assert finding.code == "no-end"
    assert finding.element_id == "Process_1"
    assert finding.message == gettext(
        "%(element)s has no end event, so it is not clear where the process ends."
    ) % {"element": label("Participant", "Bürgerbüro")}


def test_a_process_without_flow_nodes_needs_no_events() -> None:
    document = model('<bpmn:dataObject id="File" name="Akte"/>')
    assert semantic_findings(document) == []


# --- names -------------------------------------------------------------------------------------------------


def test_an_unlabelled_task_is_reported() -> None:
    document = model(SIMPLE.replace(' name="Antrag prüfen"', ' name="  "'))
    (finding,) = semantic_findings(document)
    assert finding.code == "unlabelled-task"
    assert finding.message == gettext(
        "%(element)s has no name. Name it after the work done in it, e.g. “Check application”."
    ) % {"element": f"{kind('Task')} Check"}


def test_an_unnamed_event_sub_process_is_not_reported_as_unlabelled() -> None:
    extra = (
        '<bpmn:subProcess id="OnCancel" triggeredByEvent="true"><bpmn:startEvent id="C"/>'
        '<bpmn:endEvent id="CE"/>' + chain("C", "CE") + "</bpmn:subProcess>"
    )
    assert semantic_findings(model(SIMPLE + extra)) == []


# --- ids ---------------------------------------------------------------------------------------------------


def test_a_duplicate_id_is_reported_once_naming_both_elements() -> None:
    document = model(SIMPLE + '<bpmn:task id="Check" name="Zweite Prüfung"/>' + chain("Check", "End"))
    duplicates = [
        finding for finding in findings(document) if finding.element_id == "Check" and finding.line == 9
    ]
    assert codes(duplicates) == ["duplicate-id"]
    assert duplicates[0].message == gettext(
        "The id “%(id)s” of %(element)s is already used by %(other)s (line %(line)s); "
        "every id must be unique in the file."
    ) % {
        "id": "Check",
        "element": label("Task", "Zweite Prüfung"),
        "other": label("Task", "Antrag prüfen"),
        "line": 5,
    }


# --- diagram interchange -----------------------------------------------------------------------------------


def diagram(content: str) -> str:
    return (
        '<bpmndi:BPMNDiagram id="Diagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">\n'
        f"{content}\n</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>"
    )


BOUNDS = '<dc:Bounds x="100" y="100" width="36" height="36"/>'


def test_a_shape_without_or_with_an_unknown_element_is_reported() -> None:
    document = model(
        SIMPLE,
        diagram=diagram(
            f'<bpmndi:BPMNShape id="Orphan">{BOUNDS}</bpmndi:BPMNShape>\n'
            f'<bpmndi:BPMNShape id="Ghost" bpmnElement="Gone">{BOUNDS}</bpmndi:BPMNShape>'
        ),
    )
    orphan, ghost = of_code(document, "di-unknown-element")
    assert orphan.element_id == "Orphan"
    assert orphan.message == gettext(
        "%(shape)s does not say which element it shows (the attribute “bpmnElement” is missing)."
    ) % {"shape": f"{kind('Diagram shape')} Orphan"}
    assert ghost.message == gettext(
        "%(shape)s shows the element “%(id)s”, which the model does not contain."
    ) % {
        "shape": f"{kind('Diagram shape')} Ghost",
        "id": "Gone",
    }


def test_a_shape_without_bounds_is_reported_by_the_element_it_shows() -> None:
    document = model(SIMPLE, diagram=diagram('<bpmndi:BPMNShape id="Check_di" bpmnElement="Check"/>'))
    (finding,) = of_code(document, "di-no-bounds")
    assert finding.element_id == "Check_di"
    assert label("Task", "Antrag prüfen") in finding.message


def test_an_edge_with_fewer_than_two_waypoints_is_reported() -> None:
    document = model(
        SIMPLE,
        diagram=diagram(
            '<bpmndi:BPMNEdge id="E1" bpmnElement="Flow_Start_Check"><di:waypoint x="1" y="2"/>'
            "</bpmndi:BPMNEdge>"
            '<bpmndi:BPMNEdge id="E2" bpmnElement="Flow_Check_End"><di:waypoint x="1" y="2"/>'
            '<di:waypoint x="3" y="4"/></bpmndi:BPMNEdge>'
        ),
    )
    (finding,) = of_code(document, "di-few-waypoints")
    assert finding.element_id == "E1"
    assert finding.message == ngettext(
        "The line of %(element)s has %(count)d point (“waypoint”), it needs at least two to be drawn.",
        "The line of %(element)s has %(count)d points (“waypoint”), it needs at least two to be drawn.",
        1,
    ) % {"element": f"{kind('Sequence flow')} Flow_Start_Check", "count": 1}


def test_a_model_without_diagram_is_reported() -> None:
    assert codes(semantic_findings(model(SIMPLE, diagram=""))) == ["no-diagram"]


# --- schema ------------------------------------------------------------------------------------------------


def test_an_attribute_bpmn_does_not_define_is_a_schema_finding_naming_element_and_line() -> None:
    document = model(SIMPLE.replace('name="Antrag prüfen"', 'name="Antrag prüfen" colour="red"'))
    (finding,) = schema_findings(document)
    assert finding == Finding(
        code="schema",
        message=gettext("%(element)s has the attribute “%(attribute)s”, which BPMN 2.0 does not define.")
        % {"element": label("Task", "Antrag prüfen"), "attribute": "colour"},
        element_id="Check",
        element_name="Antrag prüfen",
        line=5,
    )
    assert finding in findings(document)


def test_a_wrong_boolean_and_a_missing_required_attribute_are_schema_findings() -> None:
    document = parse_bpmn(
        f'{HEAD}<bpmn:process id="P" isExecutable="vielleicht"/>\n'
        '<bpmn:process id="Q"><bpmn:sequenceFlow id="F" sourceRef="A"/></bpmn:process>\n</bpmn:definitions>'
    )
    boolean, missing = schema_findings(document)
    assert boolean.line == 3
    assert "vielleicht" in boolean.message
    assert f"{kind('Process')} P" in boolean.message
    assert missing.message == gettext(
        "%(element)s lacks the attribute “%(attribute)s”, which BPMN 2.0 requires."
    ) % {"element": f"{kind('Sequence flow')} F", "attribute": "targetRef"}


def test_an_element_out_of_place_is_a_schema_finding_naming_its_parent() -> None:
    document = model(SIMPLE + "<bpmn:definitions/>")
    (finding,) = schema_findings(document)
    assert "definitions" in finding.message
    assert f"{kind('Process')} Process_1" in finding.message
    assert finding.line == 9


def test_findings_are_sorted_by_line_and_capped() -> None:
    # Each of these tasks is unlabelled and unreachable: two findings apiece.
    tasks = "".join(f'<bpmn:task id="T{index}"/>\n' for index in range(MAX_FINDINGS // 2 + 10))
    found = findings(model(SIMPLE + tasks))
    assert len(found) == MAX_FINDINGS + 1
    lines = [finding.line for finding in found[:-1]]
    assert lines == sorted(lines)
    assert found[-1].code == "more"
    assert found[-1].message == ngettext(
        "… and %(count)d more finding.", "… and %(count)d more findings.", 20
    ) % {"count": 20}


def test_a_finding_becomes_json_data() -> None:
    finding = Finding(code="no-end", message="m", element_id="P", element_name="n", line=3)
    assert finding.as_dict() == {
        "code": "no-end",
        "message": "m",
        "element_id": "P",
        "element_name": "n",
        "line": 3,
    }


# --- labels ------------------------------------------------------------------------------------------------


def element(xml: str) -> etree._Element:
    return etree.fromstring(f'<x xmlns:bpmn="{BPMN_NS}" xmlns:v="urn:v">{xml}</x>')[0]


def test_an_element_is_labelled_by_its_kind_and_name() -> None:
    assert element_label(element('<bpmn:task id="T" name="Antrag prüfen"/>')) == label(
        "Task", "Antrag prüfen"
    )
    assert element_label(element('<bpmn:userTask id="T" name="a"/>')) == label("User task", "a")


def test_an_element_without_name_is_labelled_by_its_id() -> None:
    gateway = element('<bpmn:exclusiveGateway id="Gateway_1"/>')
    assert element_label(gateway) == f"{kind('Exclusive gateway')} Gateway_1"


def test_a_name_is_put_on_one_line_and_shortened() -> None:
    assert element_label(element('<bpmn:task name="Antrag&#10;  prüfen"/>')) == label("Task", "Antrag prüfen")
    long_label = element_label(element(f'<bpmn:task name="{"x" * 200}"/>'))
    assert long_label == label("Task", "x" * 79 + "…")


def test_special_kinds_are_labelled_by_what_they_are() -> None:
    event_sub_process = element('<bpmn:subProcess id="S" triggeredByEvent="true"/>')
    assert element_label(event_sub_process) == f"{kind('Event sub-process')} S"
    annotation = element(
        '<bpmn:textAnnotation id="N"><bpmn:text>Frist beachten</bpmn:text></bpmn:textAnnotation>'
    )
    assert element_label(annotation) == label("Text annotation", "Frist beachten")
    assert element_label(element('<v:thing id="V"/>')) == "thing V"
