"""Drawing a BPMN diagram as SVG on the server, from its diagram interchange (DI) alone.

Versions without a picture from the browser (imported files, restored versions, the command line) get one
from here. It walks the plane of one diagram: each BPMNShape is drawn by ``render_shapes`` (the look of every
kind of shape), each BPMNEdge here (sequence flows with filled arrowheads, message flows dashed, associations
dotted), then the labels outside shapes and on edges, all in a fixed paint order inside a viewBox around what
is drawn. Positions come from the DI only; the process model says what a shape is and what it is called.
Every shape is one ``<g class="bpmn-shape …">``, every edge one ``<g class="bpmn-edge …">``; the picture
is built as an lxml tree (all text escaped) and ``sanitise_svg`` gives it back unchanged.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence

from django.utils.translation import gettext as _
from lxml import etree

from modelling.bpmn.render_shapes import (
    ACTIVITIES,
    BLACK,
    DATA_OBJECTS,
    DATA_STORES,
    EVENTS,
    FONT_SIZE,
    GATEWAYS,
    MODEL_NS,
    NONE,
    SUB_PROCESSES,
    WHITE,
    Box,
    Shape,
    block_height,
    block_width,
    draw,
    draw_activity,
    draw_annotation,
    draw_data_object,
    draw_data_store,
    draw_event,
    draw_gateway,
    draw_group,
    draw_lane,
    draw_missing,
    draw_plain,
    draw_pool,
    element_name,
    envelope,
    paint,
    point_list,
    rect,
    set_attributes,
    svg_node,
    svg_number,
    text_block,
    wrap,
)
from modelling.bpmn.svg import SVG_NS, serialise, svg_root

BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI"
DC_NS = "http://www.omg.org/spec/DD/20100524/DC"
DI_NS = "http://www.omg.org/spec/DD/20100524/DI"
COLOR_NS = "http://www.omg.org/spec/BPMN/non-normative/color/1.0"
BIOC_NS = "http://bpmn.io/schema/bpmn/biocolor/1.0"

FONT_FAMILY = "Arial, Helvetica, sans-serif"
LABEL_FONT_SIZE = 11.0
MARGIN = 20.0
LABEL_WIDTH = 90.0  # wrapping width of a label outside its shape without DI bounds

_SHAPE = f"{{{BPMNDI_NS}}}BPMNShape"
_EDGE = f"{{{BPMNDI_NS}}}BPMNEdge"
_BOUNDS = f"{{{DC_NS}}}Bounds"
_LABEL_BOUNDS = f"{{{BPMNDI_NS}}}BPMNLabel/{{{DC_NS}}}Bounds"
_WAYPOINT = f"{{{DI_NS}}}waypoint"

DATA_ASSOCIATIONS = frozenset(["dataInputAssociation", "dataOutputAssociation"])

_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}|rgba?\(\s*[0-9.%\s,]{1,40}\)|[a-zA-Z]{3,20}")
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def render_svg(definitions: etree._Element, *, diagram_index: int = 0, title: str = "") -> str:
    """An SVG picture of one diagram (``BPMNDiagram`` number ``diagram_index``) of a BPMN ``definitions``."""
    diagrams = definitions.findall(f"{{{BPMNDI_NS}}}BPMNDiagram")
    if not diagrams:
        return _notice(title)
    if not 0 <= diagram_index < len(diagrams):
        raise IndexError(f"The model has {len(diagrams)} diagram(s); there is no diagram {diagram_index}.")
    diagram = diagrams[diagram_index]
    drawing = _Drawing(definitions, diagram)
    drawing.draw()
    caption = title or diagram.get("name") or definitions.get("name") or ""
    if not drawing.items:
        return _notice(caption)
    return serialise(drawing.finish(caption))


def render_counts(svg: str) -> tuple[int, int]:
    """How many shapes and edges a picture draws: its elements of class ``bpmn-shape`` and ``bpmn-edge``."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(svg.encode("utf-8"), parser)
    shapes = edges = 0
    for node in root.iter(f"{{{SVG_NS}}}*"):
        classes = (node.get("class") or "").split()
        shapes += "bpmn-shape" in classes
        edges += "bpmn-edge" in classes
    return shapes, edges


class _Drawing:
    """One diagram being drawn: groups in paint order, markers on demand and the extent covered so far."""

    def __init__(self, definitions: etree._Element, diagram: etree._Element) -> None:
        self.elements: dict[str, etree._Element] = {}
        for node in definitions.iter(f"{{{MODEL_NS}}}*"):
            identifier = node.get("id")
            if identifier:
                self.elements.setdefault(identifier, node)
        self.diagram = diagram
        self.shown = {shape.get("bpmnElement") for shape in diagram.iter(_SHAPE)}
        # (layer, rank, -area, order, group): painted by layer, then rank, then larger containers first.
        self.items: list[tuple[int, int, float, int, etree._Element]] = []
        self.labels: list[etree._Element] = []
        self.markers: dict[str, etree._Element] = {}
        self.extent = [math.inf, math.inf, -math.inf, -math.inf]

    def resolve(self, reference: str | None) -> etree._Element | None:
        if not reference:
            return None
        found = self.elements.get(reference.strip())
        if found is None and ":" in reference:  # a QName such as "tns:Task_1"
            found = self.elements.get(reference.rsplit(":", 1)[1].strip())
        return found

    def cover(self, x: float, y: float, w: float = 0.0, h: float = 0.0) -> None:
        extent = self.extent
        extent[:] = [min(extent[0], x), min(extent[1], y), max(extent[2], x + w), max(extent[3], y + h)]

    def add(self, group: etree._Element, *, layer: int, rank: int = 0, area: float = 0.0) -> None:
        self.items.append((layer, rank, -area, len(self.items), group))

    def marker(self, kind: str, colour: str) -> str:
        identifier = f"bpmn-marker-{kind}-{re.sub(r'[^0-9a-zA-Z]', '', colour).lower()}"
        if identifier not in self.markers:
            self.markers[identifier] = _marker(identifier, kind, colour)
        return f"url(#{identifier})"

    def draw(self) -> None:
        for di in self.diagram.iter(_SHAPE):
            box = _bounds(di.find(_BOUNDS))
            if box is not None:
                self.draw_shape(di, box)
        for di in self.diagram.iter(_EDGE):
            points = _waypoints(di)
            if len(points) >= 2:
                self.draw_edge(di, points)

    def finish(self, caption: str) -> etree._Element:
        min_x, min_y, max_x, max_y = self.extent
        x, y = min_x - MARGIN, min_y - MARGIN
        width, height = max_x - min_x + 2 * MARGIN, max_y - min_y + 2 * MARGIN
        root = svg_root()
        view = f"{svg_number(x)} {svg_number(y)} {svg_number(width)} {svg_number(height)}"
        set_attributes(root, width=math.ceil(width), height=math.ceil(height), viewBox=view, role="img")
        root.set("class", "bpmn-diagram")
        if caption:
            svg_node(root, "title").text = caption
        if self.markers:
            svg_node(root, "defs").extend(self.markers.values())
        draw(root, "rect", {"fill": WHITE}, x=x, y=y, width=width, height=height).set(
            "class", "bpmn-background"
        )
        body = svg_node(
            root, "g", **{"class": "bpmn-drawing", "font-family": FONT_FAMILY, "font-size": FONT_SIZE}
        )
        body.extend(item[4] for item in sorted(self.items, key=lambda item: item[:4]))
        body.extend(self.labels)
        return root

    # --- shapes ---

    def draw_shape(self, di: etree._Element, box: Box) -> None:
        reference = di.get("bpmnElement")
        element = self.resolve(reference)
        self.cover(box.x, box.y, box.w, box.h)
        kind = etree.QName(element).localname if element is not None else ""
        classes = f"bpmn-{_category(kind)} bpmn-{_kebab(kind)}" if kind else "bpmn-unknown"
        group = svg_node(None, "g", **{"class": f"bpmn-shape {classes}"})
        if reference:
            group.set("data-element-id", reference)
        if element is None:  # the DI names an element the model does not have
            draw_missing(group, box)
            self.add(group, layer=1, rank=1)
            return
        fill, stroke = _colours(di)
        shape = Shape(group, di, element, kind, box, element_name(element), fill or WHITE, stroke or BLACK)
        area = box.w * box.h
        if kind == "participant":
            draw_pool(shape, black_box=self.resolve(element.get("processRef")) is None)
            self.add(group, layer=0, rank=0, area=area)
        elif kind == "lane":
            draw_lane(shape, fill)
            self.add(group, layer=0, rank=1, area=area)
        elif kind in ACTIVITIES:
            expanded = self.is_expanded(shape)
            draw_activity(shape, expanded)
            if expanded:
                self.add(group, layer=0, rank=2, area=area)
            else:
                self.add(group, layer=1, rank=0)
        elif kind in EVENTS:
            draw_event(shape, self.event_definition(element))
            self.outer_label(shape, shape.name)
            self.add(group, layer=1, rank=3 if kind == "boundaryEvent" else 2)
        elif kind in GATEWAYS:
            draw_gateway(shape)
            self.outer_label(shape, shape.name)
            self.add(group, layer=1, rank=2)
        elif kind in DATA_OBJECTS:
            # A reference shows the data object it points to: whether that is a collection, and its name.
            target = self.resolve(element.get("dataObjectRef")) if kind == "dataObjectReference" else element
            draw_data_object(shape, collection=target is not None and target.get("isCollection") == "true")
            self.outer_label(shape, _data_object_name(shape, target))
            self.add(group, layer=1, rank=1)
        elif kind in DATA_STORES:
            draw_data_store(shape)
            self.outer_label(shape, shape.name)
            self.add(group, layer=1, rank=1)
        elif kind == "textAnnotation":
            text = draw_annotation(shape)
            if text is not None:
                self.cover(text.x, text.y, text.w, text.h)
            self.add(group, layer=1, rank=1)
        elif kind == "group":
            draw_group(shape)
            self.group_label(shape)
            self.add(group, layer=3)
        else:  # an element without a symbol of its own (a message, a conversation …)
            draw_plain(shape)
            self.add(group, layer=1, rank=1)

    def is_expanded(self, shape: Shape) -> bool:
        flag = shape.di.get("isExpanded")
        if flag is not None:
            return flag.strip() == "true"
        # Tools that leave the flag out show a sub-process expanded when its content is on the same diagram.
        return shape.kind in SUB_PROCESSES and any(
            child.get("id") in self.shown for child in shape.element if isinstance(child.tag, str)
        )

    def event_definition(self, element: etree._Element) -> str:
        """The kind of trigger ("message", "timer" …, "multiple"), or "" for a plain event."""
        kinds = [
            etree.QName(child).localname
            for child in element
            if isinstance(child.tag, str) and child.tag.endswith("EventDefinition")
        ]
        for reference in element.iterfind(f"{{{MODEL_NS}}}eventDefinitionRef"):
            target = self.resolve(reference.text)
            if target is not None:
                kinds.append(etree.QName(target).localname)
        if len(kinds) > 1:
            return "parallelMultiple" if element.get("parallelMultiple") == "true" else "multiple"
        return kinds[0].removesuffix("EventDefinition") if kinds else ""

    def group_label(self, shape: Shape) -> None:
        value = self.resolve(shape.element.get("categoryValueRef"))
        text = (value.get("value") or "").strip() if value is not None else shape.name
        self.place_label(shape.di, text, shape.box.cx, shape.box.y + 5)

    # --- edges ---

    def draw_edge(self, di: etree._Element, points: list[tuple[float, float]]) -> None:
        reference = di.get("bpmnElement") or ""
        element = self.resolve(reference)
        kind = etree.QName(element).localname if element is not None else ""
        colour = _colours(di)[1] or BLACK
        for x, y in points:
            self.cover(x, y)
        group = svg_node(None, "g", **{"class": f"bpmn-edge bpmn-{_kebab(kind) if kind else 'unknown'}"})
        if reference:
            group.set("data-element-id", reference)
        line = paint(NONE, colour, 1.5, stroke_linejoin="round")
        if element is None:
            line.update({"stroke-width": "1", "stroke-dasharray": "4 3"})
        elif kind == "sequenceFlow":
            line["marker-end"] = self.marker("sequence-end", colour)
            source = self.resolve(element.get("sourceRef"))
            source_kind = etree.QName(source).localname if source is not None else ""
            conditional = element.find(f"{{{MODEL_NS}}}conditionExpression") is not None
            if source is not None and source.get("default") == element.get("id"):
                line["marker-start"] = self.marker("default-start", colour)
            elif conditional and source_kind in ACTIVITIES:
                line["marker-start"] = self.marker("conditional-start", colour)
        elif kind == "messageFlow":
            line.update({"stroke-dasharray": "10 6", "stroke-linecap": "round"})
            line["marker-start"] = self.marker("message-start", colour)
            line["marker-end"] = self.marker("message-end", colour)
        elif kind == "association" or kind in DATA_ASSOCIATIONS:
            line.update({"stroke-dasharray": "0.5 5", "stroke-linecap": "round"})
            direction = element.get("associationDirection", "None")
            if kind in DATA_ASSOCIATIONS or direction in ("One", "Both"):
                line["marker-end"] = self.marker("association-end", colour)
            if direction == "Both":
                line["marker-start"] = self.marker("association-start", colour)
        draw(group, "polyline", line, points=point_list(points))
        middle = _midpoint(points)
        if kind == "messageFlow" and (di.get("isMessageVisible") == "true" or di.get("messageVisibleKind")):
            shade = "#d0d0d0" if di.get("messageVisibleKind") == "non_initiating" else WHITE
            envelope(group, *middle, 1.1, shade, colour)
        self.add(group, layer=2)
        name = element_name(element) if element is not None else ""
        height = block_height(wrap(name, LABEL_WIDTH, LABEL_FONT_SIZE), LABEL_FONT_SIZE)
        self.place_label(di, name, middle[0], middle[1] - height - 4)

    # --- labels ---

    def outer_label(self, shape: Shape, name: str) -> None:
        self.place_label(shape.di, name, shape.box.cx, shape.box.bottom + 5)

    def place_label(self, di: etree._Element, name: str, cx: float, top: float) -> None:
        """A label outside its shape or on an edge: in its DI label bounds when given, else centred at cx."""
        label = _bounds(di.find(_LABEL_BOUNDS))
        size = LABEL_FONT_SIZE
        if label is not None and label.w >= 5:
            lines = wrap(name, max(label.w + 10, 60), size)
            cx, top = label.cx, label.cy - block_height(lines, size) / 2
        else:
            lines = wrap(name, LABEL_WIDTH, size)
        if not lines:
            return
        text = text_block(None, lines, cx, top, size)
        text.set("class", "bpmn-label")
        if di.get("bpmnElement"):
            text.set("data-element-id", di.get("bpmnElement", ""))
        self.labels.append(text)
        width = block_width(lines, size)
        self.cover(cx - width / 2, top, width, block_height(lines, size))


# --- pieces of the picture ----------------------------------------------------------------------------------


def _notice(title: str) -> str:
    message = _("This model contains no diagram.")
    root = svg_root()
    set_attributes(root, width=420, height=80, viewBox="0 0 420 80", role="img")
    root.set("class", "bpmn-diagram bpmn-empty")
    svg_node(root, "title").text = title or message
    draw(root, "rect", paint("#f5f5f5", "#8a8a8a", 1, "6 4"), **rect(Box(1, 1, 418, 78), 8))
    attributes = {"fill": "#333333", "font-family": FONT_FAMILY, "font-size": 14, "text-anchor": "middle"}
    svg_node(root, "text", x=210, y=45, **attributes).text = message
    return serialise(root)


_ARROW_HEAD = "M 1 1.5 L 11 6 L 1 10.5"


def _marker(identifier: str, kind: str, colour: str) -> etree._Element:
    """A <marker> for a line end, in user units so that it keeps its size whatever the line's width."""
    marker = svg_node(None, "marker", id=identifier, viewBox="0 0 12 12", refX=11, refY=6, markerWidth=12)
    set_attributes(marker, markerHeight=12, markerUnits="userSpaceOnUse", orient="auto")
    if kind == "sequence-end":
        draw(marker, "path", paint(colour, colour, 1), d=f"{_ARROW_HEAD} Z")
    elif kind == "message-end":
        draw(marker, "path", paint(WHITE, colour, 1), d=f"{_ARROW_HEAD} Z")
    elif kind == "message-start":
        set_attributes(marker, refX=1.5)
        draw(marker, "circle", paint(WHITE, colour, 1), cx=6, cy=6, r=4)
    elif kind in ("association-end", "association-start"):
        if kind == "association-start":
            set_attributes(marker, orient="auto-start-reverse")
        draw(marker, "path", paint(NONE, colour, 1.2), d=_ARROW_HEAD)
    elif kind == "default-start":  # a slash across the flow near its source
        set_attributes(marker, viewBox="0 0 20 20", refX=0, refY=10, markerWidth=20, markerHeight=20)
        draw(marker, "path", paint(NONE, colour, 1.5), d="M 5 15 L 11 5")
    else:  # conditional-start: a small diamond where the flow leaves an activity
        set_attributes(marker, viewBox="0 0 18 12", refX=1, markerWidth=18)
        draw(marker, "path", paint(WHITE, colour, 1), d="M 1 6 L 8.5 1.5 L 16 6 L 8.5 10.5 Z")
    return marker


def _midpoint(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The point halfway along a polyline."""
    remaining = sum(math.dist(a, b) for a, b in itertools.pairwise(points)) / 2
    for a, b in itertools.pairwise(points):
        length = math.dist(a, b)
        if length and remaining <= length:
            share = remaining / length
            return a[0] + (b[0] - a[0]) * share, a[1] + (b[1] - a[1]) * share
        remaining -= length
    return points[-1]


# --- reading the DI and the model ---------------------------------------------------------------------------


def _bounds(node: etree._Element | None) -> Box | None:
    if node is None:
        return None
    x, y, w, h = (_float(node.get(name)) for name in ("x", "y", "width", "height"))
    if x is None or y is None or w is None or h is None:
        return None
    return Box(x, y, max(w, 0.0), max(h, 0.0))


def _waypoints(edge: etree._Element) -> list[tuple[float, float]]:
    points = []
    for waypoint in edge.iterfind(_WAYPOINT):
        x, y = _float(waypoint.get("x")), _float(waypoint.get("y"))
        if x is not None and y is not None:
            points.append((x, y))
    return points


def _float(text: str | None) -> float | None:
    try:
        value = float(text or "")
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _colours(di: etree._Element) -> tuple[str | None, str | None]:
    """Fill and stroke colours given in the DI (OMG colour extension or bpmn.io's), when well-formed."""
    fill = di.get(f"{{{COLOR_NS}}}background-color") or di.get(f"{{{BIOC_NS}}}fill")
    stroke = di.get(f"{{{COLOR_NS}}}border-color") or di.get(f"{{{BIOC_NS}}}stroke")
    return _colour(fill), _colour(stroke)


def _colour(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if value and _COLOUR.fullmatch(value) else None


def _kebab(name: str) -> str:
    return _CAMEL.sub("-", name).lower()


def _category(kind: str) -> str:
    if kind in ACTIVITIES:
        return "activity"
    if kind in EVENTS:
        return "event"
    if kind in GATEWAYS:
        return "gateway"
    if kind in DATA_OBJECTS or kind in DATA_STORES:
        return "data"
    return "container" if kind in ("participant", "lane") else "artifact"


def _data_object_name(shape: Shape, target: etree._Element | None) -> str:
    """The label of a data object: its name (a reference without one takes its ``target``'s), its state."""
    name = shape.name
    if not name and shape.kind == "dataObjectReference":
        name = element_name(target) if target is not None else ""
    state = shape.element.find(f"{{{MODEL_NS}}}dataState")
    suffix = f"[{(state.get('name') or '').strip()}]" if state is not None else "[]"
    if suffix != "[]" and suffix not in name:  # some tools write the state into the name already
        name = f"{name}\n{suffix}".strip()
    return name
