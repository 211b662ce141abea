"""The server's own picture of a BPMN diagram: what it draws from the DI, and that it is a safe picture."""

import re
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from lxml import etree

from modelling.bpmn.render import render_counts, render_svg
from modelling.bpmn.svg import SVG_NS, sanitise_svg

MIWG = Path(settings.BASE_DIR).parent / "shared" / "data" / "bpmn-miwg"
MIWG_FILES = sorted(MIWG.glob("*.bpmn")) if MIWG.is_dir() else []
BPMNDI = "{http://www.omg.org/spec/BPMN/20100524/DI}"
NAMESPACES = (
    'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
    'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
    'xmlns:bioc="http://bpmn.io/schema/bpmn/biocolor/1.0"'
)


def definitions(
    process: str, plane: str = "", *, diagrams: int = 1, collaboration: str = ""
) -> etree._Element:
    """A small BPMN file: ``process`` in a process, ``plane`` the DI of each of its ``diagrams``."""
    di = "".join(
        f'<bpmndi:BPMNDiagram id="Diagram_{index}" name="Ansicht {index}">'
        f'<bpmndi:BPMNPlane id="Plane_{index}" bpmnElement="Process_1">{plane}</bpmndi:BPMNPlane>'
        "</bpmndi:BPMNDiagram>"
        for index in range(diagrams)
    )
    text = (
        f'<bpmn:definitions {NAMESPACES} id="Definitions_1" targetNamespace="http://example.org/t">'
        f'{collaboration}<bpmn:process id="Process_1">{process}</bpmn:process>{di}</bpmn:definitions>'
    )
    return etree.fromstring(text.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))


def shape(element: str, x: float, y: float, w: float, h: float, extra: str = "", label: str = "") -> str:
    return (
        f'<bpmndi:BPMNShape id="{element}_di" bpmnElement="{element}" {extra}>'
        f'<dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}"/>{label}</bpmndi:BPMNShape>'
    )


def edge(element: str, *points: tuple[float, float]) -> str:
    waypoints = "".join(f'<di:waypoint x="{x}" y="{y}"/>' for x, y in points)
    return f'<bpmndi:BPMNEdge id="{element}_di" bpmnElement="{element}">{waypoints}</bpmndi:BPMNEdge>'


def parsed(svg: str) -> etree._Element:
    return etree.fromstring(svg.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))


def group_of(svg: str, element_id: str) -> etree._Element:
    found = parsed(svg).find(f".//{{{SVG_NS}}}g[@data-element-id='{element_id}']")
    assert found is not None, f"no group drawn for {element_id}"
    return found


def texts(node: etree._Element) -> list[str]:
    """The text of each <text>, its lines (tspans) joined by spaces."""
    return [" ".join(text.itertext()) for text in node.iter(f"{{{SVG_NS}}}text")]


def miwg(name: str) -> etree._Element:
    path = MIWG / name
    if not path.is_file():
        pytest.skip(f"the MIWG reference models are not at {MIWG}")
    return etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()


SIMPLE = definitions(
    '<bpmn:startEvent id="Start" name="Antrag eingegangen"/>'
    '<bpmn:task id="Check" name="Antrag prüfen"/>'
    '<bpmn:sequenceFlow id="Flow" name="weiter" sourceRef="Start" targetRef="Check"/>',
    shape("Start", 100, 122, 36, 36)
    + shape("Check", 200, 100, 100, 80)
    + edge("Flow", (136, 140), (200, 140)),
)


# --- a small diagram ----------------------------------------------------------------------------------------


def test_it_draws_every_shape_and_edge_of_the_diagram() -> None:
    svg = render_svg(SIMPLE)

    assert render_counts(svg) == (2, 1)
    assert group_of(svg, "Start").get("class") == "bpmn-shape bpmn-event bpmn-start-event"
    assert group_of(svg, "Check").get("class") == "bpmn-shape bpmn-activity bpmn-task"
    assert group_of(svg, "Flow").get("class") == "bpmn-edge bpmn-sequence-flow"


def test_the_view_box_is_the_drawing_with_a_margin_of_twenty() -> None:
    svg = render_svg(definitions('<bpmn:task id="Task"/>', shape("Task", 100, 100, 100, 80)))

    root = parsed(svg)
    assert root.get("viewBox") == "80 80 140 120"
    assert (root.get("width"), root.get("height")) == ("140", "120")


def test_the_view_box_includes_every_waypoint() -> None:
    plane = shape("Check", 200, 100, 100, 80) + edge("Flow", (300, 140), (500, 140), (500, 400))
    svg = render_svg(
        definitions(
            '<bpmn:task id="Check"/><bpmn:sequenceFlow id="Flow" sourceRef="Check" targetRef="x"/>', plane
        )
    )

    assert parsed(svg).get("viewBox") == "180 80 340 340"


def test_a_task_is_a_rounded_rectangle_with_its_name_inside() -> None:
    task = group_of(render_svg(SIMPLE), "Check")

    rect = task.find(f"{{{SVG_NS}}}rect")
    assert (rect.get("x"), rect.get("y"), rect.get("width"), rect.get("height")) == (
        "200",
        "100",
        "100",
        "80",
    )
    assert rect.get("rx") == "10"
    assert texts(task) == ["Antrag prüfen"]
    assert float(task.find(f".//{{{SVG_NS}}}tspan").get("x")) == 250


def test_a_long_name_is_wrapped_to_the_width_of_the_task() -> None:
    name = "Unterlagen der antragstellenden Person auf Vollständigkeit prüfen"
    svg = render_svg(definitions(f'<bpmn:task id="T" name="{name}"/>', shape("T", 0, 0, 100, 80)))

    lines = [tspan.text for tspan in group_of(svg, "T").iter(f"{{{SVG_NS}}}tspan")]
    assert len(lines) > 2
    assert " ".join(lines).replace("…", "") in name


def test_names_are_escaped() -> None:
    name = "Prüfen <Antrag> & \"Bescheid\" 'erteilen'"
    process = (
        '<bpmn:task id="T" name="Prüfen &lt;Antrag&gt; &amp; &quot;Bescheid&quot; &apos;erteilen&apos;"/>'
        '<bpmn:endEvent id="E" name="&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;"/>'
    )
    svg = render_svg(definitions(process, shape("T", 0, 0, 300, 80) + shape("E", 400, 20, 36, 36)))

    assert "&lt;Antrag&gt; &amp;" in svg
    assert "<script" not in svg
    assert texts(group_of(svg, "T")) == [name]
    label = parsed(svg).find(f".//{{{SVG_NS}}}text[@data-element-id='E']")
    assert "".join(label.itertext()) == "</svg><script>alert(1)</script>"
    assert sanitise_svg(svg) == svg


def test_a_label_sits_in_its_di_bounds_when_given_and_below_the_shape_otherwise() -> None:
    label = '<bpmndi:BPMNLabel><dc:Bounds x="300" y="50" width="80" height="20"/></bpmndi:BPMNLabel>'
    process = '<bpmn:startEvent id="A" name="Mit Ort"/><bpmn:endEvent id="B" name="Ohne Ort"/>'
    svg = render_svg(
        definitions(process, shape("A", 100, 100, 36, 36, label=label) + shape("B", 200, 100, 36, 36))
    )

    root = parsed(svg)
    placed = root.find(f".//{{{SVG_NS}}}text[@data-element-id='A']/{{{SVG_NS}}}tspan")
    assert float(placed.get("x")) == 340
    assert 50 <= float(placed.get("y")) <= 70
    below = root.find(f".//{{{SVG_NS}}}text[@data-element-id='B']/{{{SVG_NS}}}tspan")
    assert float(below.get("x")) == 218
    assert float(below.get("y")) > 136


def test_a_sequence_flow_ends_in_a_filled_arrowhead() -> None:
    svg = render_svg(SIMPLE)

    line = group_of(svg, "Flow").find(f"{{{SVG_NS}}}polyline")
    assert line.get("points") == "136,140 200,140"
    marker_id = re.fullmatch(r"url\(#(.+)\)", line.get("marker-end")).group(1)
    head = parsed(svg).find(f".//{{{SVG_NS}}}marker[@id='{marker_id}']/{{{SVG_NS}}}path")
    assert head.get("fill") == head.get("stroke") == "#000000"


def test_a_message_flow_is_dashed_and_an_association_dotted() -> None:
    plane = (
        shape("A", 0, 0, 100, 80)
        + shape("N", 200, 0, 100, 40)
        + edge("Assoc", (100, 40), (200, 20))
        + edge("Message", (50, 80), (50, 200))
    )
    process = (
        '<bpmn:task id="A"/><bpmn:textAnnotation id="N"><bpmn:text>Hinweis</bpmn:text></bpmn:textAnnotation>'
        '<bpmn:association id="Assoc" sourceRef="A" targetRef="N"/>'
    )
    collaboration = (
        '<bpmn:collaboration id="C"><bpmn:messageFlow id="Message" sourceRef="A" targetRef="A"/>'
        "</bpmn:collaboration>"
    )
    svg = render_svg(definitions(process, plane, collaboration=collaboration))

    message = group_of(svg, "Message").find(f"{{{SVG_NS}}}polyline")
    assert message.get("stroke-dasharray") == "10 6"
    assert message.get("marker-start") and message.get("marker-end")
    association = group_of(svg, "Assoc").find(f"{{{SVG_NS}}}polyline")
    assert association.get("stroke-dasharray") == "0.5 5"
    assert association.get("stroke-linecap") == "round"
    assert texts(group_of(svg, "N")) == ["Hinweis"]


def test_every_marker_that_is_used_is_defined() -> None:
    svg = render_svg(miwg("B.2.0.bpmn"))

    root = parsed(svg)
    defined = {marker.get("id") for marker in root.iter(f"{{{SVG_NS}}}marker")}
    used = set(re.findall(r"url\(#([^)]+)\)", svg))
    assert used
    assert used <= defined


def test_an_end_event_has_a_thick_border_and_an_intermediate_event_a_double_ring() -> None:
    process = '<bpmn:endEvent id="End"/><bpmn:intermediateCatchEvent id="Wait"/><bpmn:startEvent id="Go"/>'
    svg = render_svg(
        definitions(
            process, shape("End", 0, 0, 36, 36) + shape("Wait", 100, 0, 36, 36) + shape("Go", 200, 0, 36, 36)
        )
    )

    end = group_of(svg, "End").findall(f"{{{SVG_NS}}}circle")
    wait = group_of(svg, "Wait").findall(f"{{{SVG_NS}}}circle")
    start = group_of(svg, "Go").findall(f"{{{SVG_NS}}}circle")
    assert [circle.get("stroke-width") for circle in end] == ["4"]
    assert len(wait) == 2
    assert float(wait[1].get("r")) < float(wait[0].get("r"))
    assert len(start) == 1
    assert float(start[0].get("stroke-width")) < 4


def test_a_gateway_is_a_diamond_with_its_marker() -> None:
    process = (
        '<bpmn:exclusiveGateway id="X"/><bpmn:exclusiveGateway id="Plain"/><bpmn:parallelGateway id="P"/>'
        '<bpmn:inclusiveGateway id="O"/><bpmn:eventBasedGateway id="Ev"/>'
    )
    plane = (
        shape("X", 0, 0, 50, 50)
        + shape("Plain", 100, 0, 50, 50, 'isMarkerVisible="false"')
        + shape("P", 200, 0, 50, 50)
        + shape("O", 300, 0, 50, 50)
        + shape("Ev", 400, 0, 50, 50)
    )
    svg = render_svg(definitions(process, plane))

    for gateway in ("X", "Plain", "P", "O", "Ev"):
        diamond = group_of(svg, gateway).find(f"{{{SVG_NS}}}polygon")
        assert diamond.get("points") is not None
    assert group_of(svg, "X").find(f"{{{SVG_NS}}}path") is not None
    assert len(group_of(svg, "Plain")) == 1
    assert group_of(svg, "P").find(f"{{{SVG_NS}}}path") is not None
    assert group_of(svg, "O").find(f"{{{SVG_NS}}}circle") is not None
    assert len(group_of(svg, "Ev").findall(f"{{{SVG_NS}}}circle")) == 2


def test_a_collapsed_sub_process_carries_a_plus_and_an_expanded_one_its_name_at_the_top() -> None:
    process = (
        '<bpmn:subProcess id="Closed" name="Zu"><bpmn:task id="Inner1"/></bpmn:subProcess>'
        '<bpmn:subProcess id="Open" name="Auf"><bpmn:task id="Inner2"/></bpmn:subProcess>'
    )
    plane = (
        shape("Closed", 0, 0, 100, 80, 'isExpanded="false"')
        + shape("Open", 200, 0, 300, 200, 'isExpanded="true"')
        + shape("Inner2", 250, 60, 100, 80)
    )
    svg = render_svg(definitions(process, plane))

    closed = group_of(svg, "Closed")
    assert len(closed.findall(f"{{{SVG_NS}}}rect")) == 2  # the shape and the [+] box
    opened = group_of(svg, "Open")
    assert len(opened.findall(f"{{{SVG_NS}}}rect")) == 1
    assert opened.find(f"{{{SVG_NS}}}text").get("text-anchor") == "start"
    order = [node.get("data-element-id") for node in parsed(svg).iter(f"{{{SVG_NS}}}g")]
    assert order.index("Open") < order.index("Inner2")  # the container is painted first


def test_a_sub_process_without_the_flag_is_expanded_when_its_content_is_shown() -> None:
    process = '<bpmn:subProcess id="S"><bpmn:task id="Inner"/></bpmn:subProcess>'
    shown = render_svg(definitions(process, shape("S", 0, 0, 300, 200) + shape("Inner", 50, 50, 100, 80)))
    hidden = render_svg(definitions(process, shape("S", 0, 0, 100, 80)))

    assert len(group_of(shown, "S").findall(f"{{{SVG_NS}}}rect")) == 1
    assert len(group_of(hidden, "S").findall(f"{{{SVG_NS}}}rect")) == 2


def test_a_horizontal_pool_writes_its_name_upwards_and_a_vertical_one_across() -> None:
    collaboration = (
        '<bpmn:collaboration id="C"><bpmn:participant id="Across" name="Amt" processRef="Process_1"/>'
        '<bpmn:participant id="Upright" name="Bürger" processRef="Process_1"/></bpmn:collaboration>'
    )
    plane = shape("Across", 0, 0, 600, 200, 'isHorizontal="true"') + shape(
        "Upright", 0, 300, 200, 600, 'isHorizontal="false"'
    )
    svg = render_svg(definitions("", plane, collaboration=collaboration))

    across = group_of(svg, "Across").find(f"{{{SVG_NS}}}text")
    assert across.get("transform") == "rotate(-90 15 100)"
    assert texts(group_of(svg, "Across")) == ["Amt"]
    upright = group_of(svg, "Upright").find(f"{{{SVG_NS}}}text")
    assert upright.get("transform") is None
    assert float(upright.find(f"{{{SVG_NS}}}tspan").get("y")) < 330


def test_a_shape_whose_element_is_missing_is_a_plain_rectangle() -> None:
    svg = render_svg(definitions("", shape("Gone", 10, 10, 100, 80)))

    gone = group_of(svg, "Gone")
    assert gone.get("class") == "bpmn-shape bpmn-unknown"
    assert [child.tag for child in gone] == [f"{{{SVG_NS}}}rect"]
    assert render_counts(svg) == (1, 0)


def test_it_uses_the_colours_of_the_di_and_ignores_malformed_ones() -> None:
    plane = shape("A", 0, 0, 100, 80, 'bioc:fill="#c2d7eb" bioc:stroke="#205080"') + shape(
        "B", 200, 0, 100, 80, 'bioc:fill="red;background:url(https://example.org)"'
    )
    svg = render_svg(definitions('<bpmn:task id="A"/><bpmn:task id="B"/>', plane))

    coloured = group_of(svg, "A").find(f"{{{SVG_NS}}}rect")
    assert (coloured.get("fill"), coloured.get("stroke")) == ("#c2d7eb", "#205080")
    assert group_of(svg, "B").find(f"{{{SVG_NS}}}rect").get("fill") == "#ffffff"
    assert "example.org" not in svg


def test_it_carries_the_title_it_is_given() -> None:
    svg = render_svg(SIMPLE, title="Wohngeld <Antrag>")

    assert parsed(svg).find(f"{{{SVG_NS}}}title").text == "Wohngeld <Antrag>"
    assert parsed(render_svg(SIMPLE)).find(f"{{{SVG_NS}}}title").text == "Ansicht 0"


def test_the_diagram_index_picks_the_diagram() -> None:
    process = '<bpmn:task id="T"/>'
    two = definitions(process, shape("T", 0, 0, 100, 80), diagrams=2)

    assert parsed(render_svg(two, diagram_index=1)).find(f"{{{SVG_NS}}}title").text == "Ansicht 1"
    with pytest.raises(IndexError):
        render_svg(two, diagram_index=2)


def test_a_model_without_a_diagram_gets_a_notice() -> None:
    model = definitions('<bpmn:task id="T" name="Ohne Bild"/>', diagrams=0)
    assert model.find(f"{BPMNDI}BPMNDiagram") is None

    with translation.override("de"):
        svg = render_svg(model)
        notice = gettext("This model contains no diagram.")

    assert texts(parsed(svg)) == [notice]
    assert render_counts(svg) == (0, 0)
    assert sanitise_svg(svg) == svg


def test_a_diagram_without_shapes_gets_the_notice_too() -> None:
    svg = render_svg(definitions('<bpmn:task id="T"/>', ""), title="Leer")

    assert texts(parsed(svg)) == [gettext("This model contains no diagram.")]
    assert parsed(svg).find(f"{{{SVG_NS}}}title").text == "Leer"


def test_the_picture_passes_the_sanitiser_unchanged() -> None:
    svg = render_svg(SIMPLE, title="A & B")

    assert sanitise_svg(svg) == svg


# --- the MIWG reference models ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", MIWG_FILES, ids=lambda path: path.stem)
def test_it_draws_every_shape_and_edge_of_each_reference_model(path: Path) -> None:
    root = miwg(path.name)
    diagrams = root.findall(f"{BPMNDI}BPMNDiagram")
    assert diagrams

    for index, diagram in enumerate(diagrams):
        svg = render_svg(root, diagram_index=index, title=path.stem)

        expected = (
            len(list(diagram.iter(f"{BPMNDI}BPMNShape"))),
            len(list(diagram.iter(f"{BPMNDI}BPMNEdge"))),
        )
        assert render_counts(svg) == expected
        assert sanitise_svg(svg) == svg


def test_the_reference_models_are_all_there() -> None:
    if not MIWG.is_dir():
        pytest.skip(f"the MIWG reference models are not at {MIWG}")
    assert len(MIWG_FILES) == 21


def test_a_reference_model_shows_its_names() -> None:
    svg = render_svg(miwg("C.1.0.bpmn"))

    shown = " ".join(texts(parsed(svg)))
    for name in ("Scan Invoice", "Process Engine - Invoice Receipt", "Approve Invoice", "Invoice received"):
        assert name in shown


def test_the_four_diagrams_of_a_reference_model_are_drawn_apart() -> None:
    root = miwg("C.4.0.bpmn")

    counts = [render_counts(render_svg(root, diagram_index=index)) for index in range(4)]

    assert counts == [(27, 28), (11, 12), (9, 9), (6, 5)]


def test_all_reference_models_are_drawn_in_well_under_a_second() -> None:
    if not MIWG_FILES:
        pytest.skip(f"the MIWG reference models are not at {MIWG}")
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    roots = [etree.parse(str(path), parser).getroot() for path in MIWG_FILES]
    render_svg(roots[0])  # the first call warms caches shared by all

    started = time.process_time()
    for root in roots:
        for index in range(len(root.findall(f"{BPMNDI}BPMNDiagram"))):
            render_svg(root, diagram_index=index)
    assert time.process_time() - started < 1.0
