"""Drawing a BPMN diagram as SVG on the server, from its diagram interchange (DI) alone.

Versions without a picture from the browser (imported files, restored versions, the command line) get one
from here. The look follows bpmn-js in simplified form: pools and lanes with their name in a 30 px band,
rounded activities with the name wrapped inside, events as circles, gateways as diamonds, data objects,
stores, annotations and groups, sequence flows with filled arrowheads, message flows dashed, associations
dotted. Positions come from the DI only; the process model says what a shape is and what it is called.
Every shape is one ``<g class="bpmn-shape …">``, every edge one ``<g class="bpmn-edge …">``; the picture
is built as an lxml tree (all text escaped) and ``sanitise_svg`` gives it back unchanged.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _
from lxml import etree

from modelling.bpmn.svg import SVG_NS, serialise, svg_root

MODEL_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI"
DC_NS = "http://www.omg.org/spec/DD/20100524/DC"
DI_NS = "http://www.omg.org/spec/DD/20100524/DI"
COLOR_NS = "http://www.omg.org/spec/BPMN/non-normative/color/1.0"
BIOC_NS = "http://bpmn.io/schema/bpmn/biocolor/1.0"

FONT_FAMILY = "Arial, Helvetica, sans-serif"
FONT_SIZE = 12.0
LABEL_FONT_SIZE = 11.0
LINE_HEIGHT = 1.2
MARGIN = 20.0
HEADER = 30.0  # the band of a pool or lane that holds its name
PADDING = 8.0  # between a shape's border and the name written inside it
LABEL_WIDTH = 90.0  # wrapping width of a label outside its shape without DI bounds
BLACK = "#000000"
WHITE = "#ffffff"
NONE = "none"

_SHAPE = f"{{{BPMNDI_NS}}}BPMNShape"
_EDGE = f"{{{BPMNDI_NS}}}BPMNEdge"
_BOUNDS = f"{{{DC_NS}}}Bounds"
_LABEL_BOUNDS = f"{{{BPMNDI_NS}}}BPMNLabel/{{{DC_NS}}}Bounds"
_WAYPOINT = f"{{{DI_NS}}}waypoint"

TASKS = frozenset(
    [
        "task",
        "userTask",
        "serviceTask",
        "sendTask",
        "receiveTask",
        "manualTask",
        "businessRuleTask",
        "scriptTask",
    ]
)
SUB_PROCESSES = frozenset(["subProcess", "adHocSubProcess", "transaction"])
ACTIVITIES = TASKS | SUB_PROCESSES | {"callActivity"}
THROW_EVENTS = frozenset(["endEvent", "intermediateThrowEvent", "implicitThrowEvent"])
EVENTS = THROW_EVENTS | {"startEvent", "intermediateCatchEvent", "boundaryEvent"}
GATEWAYS = frozenset(
    ["exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway"]
)
DATA_OBJECTS = frozenset(["dataObjectReference", "dataObject", "dataInput", "dataOutput"])
DATA_STORES = frozenset(["dataStoreReference", "dataStore"])
DATA_ASSOCIATIONS = frozenset(["dataInputAssociation", "dataOutputAssociation"])

_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}|rgba?\(\s*[0-9.%\s,]{1,40}\)|[a-zA-Z]{3,20}")
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


@dataclass(frozen=True)
class Box:
    """A rectangle of the diagram in DI coordinates."""

    x: float
    y: float
    w: float
    h: float

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class _Shape:
    """A BPMNShape being drawn: its group, DI, model element and colours (DI colours or the defaults)."""

    group: etree._Element
    di: etree._Element
    element: etree._Element
    kind: str
    box: Box
    name: str
    fill: str
    stroke: str


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
        view = f"{_n(x)} {_n(y)} {_n(width)} {_n(height)}"
        _set(root, width=math.ceil(width), height=math.ceil(height), viewBox=view, role="img")
        root.set("class", "bpmn-diagram")
        if caption:
            _sub(root, "title").text = caption
        if self.markers:
            _sub(root, "defs").extend(self.markers.values())
        _draw(root, "rect", {"fill": WHITE}, x=x, y=y, width=width, height=height).set(
            "class", "bpmn-background"
        )
        body = _sub(
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
        group = _sub(None, "g", **{"class": f"bpmn-shape {classes}"})
        if reference:
            group.set("data-element-id", reference)
        if element is None:  # the DI names an element the model does not have
            _draw(group, "rect", _paint(WHITE, BLACK, 1, "4 3"), **_rect(box))
            self.add(group, layer=1, rank=1)
            return
        fill, stroke = _colours(di)
        shape = _Shape(group, di, element, kind, box, _name(element), fill or WHITE, stroke or BLACK)
        area = box.w * box.h
        if kind == "participant":
            self.draw_pool(shape)
            self.add(group, layer=0, rank=0, area=area)
        elif kind == "lane":
            _draw(group, "rect", _paint(fill or NONE, shape.stroke, 1.5), **_rect(box))
            horizontal = _is_horizontal(di)
            self.band_label(shape, _band(box, horizontal), horizontal)
            self.add(group, layer=0, rank=1, area=area)
        elif kind in ACTIVITIES:
            expanded = self.is_expanded(shape)
            self.draw_activity(shape, expanded)
            if expanded:
                self.add(group, layer=0, rank=2, area=area)
            else:
                self.add(group, layer=1, rank=0)
        elif kind in EVENTS:
            self.draw_event(shape)
            self.outer_label(shape, shape.name)
            self.add(group, layer=1, rank=3 if kind == "boundaryEvent" else 2)
        elif kind in GATEWAYS:
            self.draw_gateway(shape)
            self.outer_label(shape, shape.name)
            self.add(group, layer=1, rank=2)
        elif kind in DATA_OBJECTS:
            self.draw_data_object(shape)
            self.outer_label(shape, self.data_object_name(shape))
            self.add(group, layer=1, rank=1)
        elif kind in DATA_STORES:
            _data_store(shape)
            self.outer_label(shape, shape.name)
            self.add(group, layer=1, rank=1)
        elif kind == "textAnnotation":
            self.draw_annotation(shape)
            self.add(group, layer=1, rank=1)
        elif kind == "group":
            _draw(group, "rect", _paint(NONE, shape.stroke, 1.5, "10 4 2 4"), **_rect(box, 10))
            self.group_label(shape)
            self.add(group, layer=3)
        else:  # an element without a symbol of its own (a message, a conversation …)
            _draw(group, "rect", _paint(shape.fill, shape.stroke, 1), **_rect(box))
            self.inner_label(shape, box)
            self.add(group, layer=1, rank=1)

    def is_expanded(self, shape: _Shape) -> bool:
        flag = shape.di.get("isExpanded")
        if flag is not None:
            return flag.strip() == "true"
        # Tools that leave the flag out show a sub-process expanded when its content is on the same diagram.
        return shape.kind in SUB_PROCESSES and any(
            child.get("id") in self.shown for child in shape.element if isinstance(child.tag, str)
        )

    def draw_pool(self, shape: _Shape) -> None:
        box, group = shape.box, shape.group
        _draw(group, "rect", _paint(shape.fill, shape.stroke, 1.5), **_rect(box))
        process = self.resolve(shape.element.get("processRef"))
        if process is None:  # a black-box pool: the name in the middle
            self.inner_label(shape, box)
            return
        horizontal = _is_horizontal(shape.di)
        band = _band(box, horizontal)
        edge = (
            [(band.right, box.y), (band.right, box.bottom)]
            if horizontal
            else [(box.x, band.bottom), (box.right, band.bottom)]
        )
        _draw(group, "path", _paint(NONE, shape.stroke, 1.5), d=_path(edge))
        self.band_label(shape, band, horizontal)

    def draw_activity(self, shape: _Shape, expanded: bool) -> None:
        box, group, kind = shape.box, shape.group, shape.kind
        paint = _paint(shape.fill, shape.stroke, 4 if kind == "callActivity" else 2)
        if shape.element.get("triggeredByEvent") == "true":
            paint.update({"stroke-dasharray": "1 4", "stroke-linecap": "round"})
        _draw(group, "rect", paint, **_rect(box, 10))
        if kind == "transaction":
            inner = Box(box.x + 3, box.y + 3, max(box.w - 6, 0), max(box.h - 6, 0))
            _draw(group, "rect", _paint(NONE, shape.stroke, 1.5), **_rect(inner, 7))
        if kind in TASKS:
            _task_icon(shape)
        markers = _activity_markers(shape, expanded)
        if expanded:
            lines = _wrap(shape.name, max(box.w - 20, 10), FONT_SIZE)
            if lines:
                _text(group, lines, box.x + 10, box.y + 5, FONT_SIZE, anchor="start")
        else:
            # Text as wide as the icon's corner moves down below the icon of the task's type.
            wide = _block_width(_wrap(shape.name, box.w - 2 * PADDING, FONT_SIZE), FONT_SIZE) > box.w - 48
            top = 16.0 if kind in TASKS and kind != "task" and wide else 0.0
            bottom = 18.0 if markers else 0.0
            self.inner_label(shape, box, within=Box(box.x, box.y + top, box.w, max(box.h - top - bottom, 0)))
        _draw_activity_markers(shape, markers)

    def draw_event(self, shape: _Shape) -> None:
        box, element, kind = shape.box, shape.element, shape.kind
        radius = min(box.w, box.h) / 2
        dashed = (kind == "boundaryEvent" and element.get("cancelActivity") == "false") or (
            kind == "startEvent" and element.get("isInterrupting") == "false"
        )
        width = {"endEvent": 4.0, "startEvent": 2.0}.get(kind, 1.5) * min(1.0, radius / 18)
        dash = "5.5 3" if dashed else ""
        _draw(
            shape.group,
            "circle",
            _paint(shape.fill, shape.stroke, width, dash),
            cx=box.cx,
            cy=box.cy,
            r=radius,
        )
        if kind not in ("startEvent", "endEvent"):
            ring = _paint(NONE, shape.stroke, width, dash)
            _draw(shape.group, "circle", ring, cx=box.cx, cy=box.cy, r=max(radius - 3, 1))
        definition = self.event_definition(element)
        if definition:
            _event_symbol(shape, definition, radius / 18)

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

    def draw_gateway(self, shape: _Shape) -> None:
        box, group, kind, element, colour = shape.box, shape.group, shape.kind, shape.element, shape.stroke
        cx, cy = box.cx, box.cy
        diamond = [(cx, box.y), (box.right, cy), (cx, box.bottom), (box.x, cy)]
        _draw(
            group, "polygon", _paint(shape.fill, colour, 2, stroke_linejoin="round"), points=_points(diamond)
        )
        scale = min(box.w, box.h) / 50
        if kind == "exclusiveGateway" and shape.di.get("isMarkerVisible", "true").strip() != "false":
            _draw(
                group, "path", _paint(NONE, colour, 3.5 * scale), d=_cross(cx, cy, 8 * scale, diagonal=True)
            )
        elif kind == "parallelGateway":
            _draw(group, "path", _paint(NONE, colour, 3.5 * scale), d=_cross(cx, cy, 12 * scale))
        elif kind == "inclusiveGateway":
            _draw(group, "circle", _paint(NONE, colour, 2.5 * scale), cx=cx, cy=cy, r=11.5 * scale)
        elif kind == "complexGateway":
            star = _cross(cx, cy, 12 * scale) + " " + _cross(cx, cy, 8.5 * scale, diagonal=True)
            _draw(group, "path", _paint(NONE, colour, 3 * scale), d=star)
        elif kind == "eventBasedGateway":
            _draw(group, "circle", _paint(NONE, colour, scale), cx=cx, cy=cy, r=12.5 * scale)
            if element.get("instantiate") != "true":
                _draw(group, "circle", _paint(NONE, colour, scale), cx=cx, cy=cy, r=10 * scale)
            parallel = element.get("eventGatewayType") == "Parallel"
            symbol = _scaled(_PLUS, cx, cy, 0.85 * scale) if parallel else _regular(5, cx, cy, 7 * scale)
            _draw(group, "polygon", _paint(NONE, colour, 1.5 * scale), points=_points(symbol))

    def draw_data_object(self, shape: _Shape) -> None:
        box, group, kind, colour = shape.box, shape.group, shape.kind, shape.stroke
        fold = min(12.0, box.w * 0.35, box.h * 0.35)
        page = [(box.x, box.y), (box.right - fold, box.y), (box.right, box.y + fold), (box.right, box.bottom)]
        page.append((box.x, box.bottom))
        _draw(
            group,
            "path",
            _paint(shape.fill, colour, 1.5, stroke_linejoin="round"),
            d=_path(page, closed=True),
        )
        corner = [(box.right - fold, box.y), (box.right - fold, box.y + fold), (box.right, box.y + fold)]
        _draw(group, "path", _paint(NONE, colour, 1.5), d=_path(corner))
        if kind in ("dataInput", "dataOutput"):
            arrow = _scaled(
                [(4, 6), (10, 6), (10, 3), (16, 8.5), (10, 14), (10, 11), (4, 11)], box.x, box.y, 1
            )
            paint = _paint(colour if kind == "dataOutput" else WHITE, colour, 1)
            _draw(group, "polygon", paint, points=_points(arrow))
        target = (
            self.resolve(shape.element.get("dataObjectRef"))
            if kind == "dataObjectReference"
            else shape.element
        )
        if target is not None and target.get("isCollection") == "true":
            _draw(group, "path", _paint(NONE, colour, 2), d=_bars(box.cx, box.bottom - 14, vertical=True))

    def data_object_name(self, shape: _Shape) -> str:
        name = shape.name
        if not name and shape.kind == "dataObjectReference":
            target = self.resolve(shape.element.get("dataObjectRef"))
            name = _name(target) if target is not None else ""
        state = shape.element.find(f"{{{MODEL_NS}}}dataState")
        suffix = f"[{(state.get('name') or '').strip()}]" if state is not None else "[]"
        if suffix != "[]" and suffix not in name:  # some tools write the state into the name already
            name = f"{name}\n{suffix}".strip()
        return name

    def draw_annotation(self, shape: _Shape) -> None:
        box = shape.box
        bracket = [(box.x + 10, box.y), (box.x, box.y), (box.x, box.bottom), (box.x + 10, box.bottom)]
        _draw(shape.group, "path", _paint(NONE, shape.stroke, 1.5), d=_path(bracket))
        lines = _wrap(
            (shape.element.findtext(f"{{{MODEL_NS}}}text") or "").strip(), max(box.w - 10, 20), FONT_SIZE
        )
        if lines:
            _text(shape.group, lines, box.x + 5, box.y + 5, FONT_SIZE, anchor="start")
            self.cover(box.x, box.y, _block_width(lines, FONT_SIZE) + 10, _block_height(lines, FONT_SIZE) + 5)

    def group_label(self, shape: _Shape) -> None:
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
        group = _sub(None, "g", **{"class": f"bpmn-edge bpmn-{_kebab(kind) if kind else 'unknown'}"})
        if reference:
            group.set("data-element-id", reference)
        line = _paint(NONE, colour, 1.5, stroke_linejoin="round")
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
        _draw(group, "polyline", line, points=_points(points))
        middle = _midpoint(points)
        if kind == "messageFlow" and (di.get("isMessageVisible") == "true" or di.get("messageVisibleKind")):
            shade = "#d0d0d0" if di.get("messageVisibleKind") == "non_initiating" else WHITE
            _envelope(group, *middle, 1.1, shade, colour)
        self.add(group, layer=2)
        name = _name(element) if element is not None else ""
        height = _block_height(_wrap(name, LABEL_WIDTH, LABEL_FONT_SIZE), LABEL_FONT_SIZE)
        self.place_label(di, name, middle[0], middle[1] - height - 4)

    # --- labels ---

    def inner_label(self, shape: _Shape, box: Box, *, within: Box | None = None) -> None:
        """The name wrapped to the box and centred (in ``within`` when it fits there); lines that do not fit
        the box end in an ellipsis."""
        lines = _wrap(shape.name, max(box.w - 2 * PADDING, 10), FONT_SIZE)
        if lines:
            lines = _fit_lines(lines, max(box.h - 4, FONT_SIZE * LINE_HEIGHT), box.w - 2 * PADDING)
            height = _block_height(lines, FONT_SIZE)
            area = within if within is not None and height <= within.h - 4 else box
            _text(shape.group, lines, area.cx, area.cy - height / 2, FONT_SIZE)

    def band_label(self, shape: _Shape, band: Box, horizontal: bool) -> None:
        """The name of a pool or lane in its band, written upwards when the pool or lane lies horizontally."""
        length, depth = (band.h, band.w) if horizontal else (band.w, band.h)
        lines = _wrap(shape.name, max(length - 10, 10), FONT_SIZE)
        if lines:
            lines = _fit_lines(lines, max(depth - 4, FONT_SIZE * LINE_HEIGHT), length - 10)
            text = _text(
                shape.group, lines, band.cx, band.cy - _block_height(lines, FONT_SIZE) / 2, FONT_SIZE
            )
            if horizontal:
                text.set("transform", f"rotate(-90 {_n(band.cx)} {_n(band.cy)})")

    def outer_label(self, shape: _Shape, name: str) -> None:
        self.place_label(shape.di, name, shape.box.cx, shape.box.bottom + 5)

    def place_label(self, di: etree._Element, name: str, cx: float, top: float) -> None:
        """A label outside its shape or on an edge: in its DI label bounds when given, else centred at cx."""
        label = _bounds(di.find(_LABEL_BOUNDS))
        size = LABEL_FONT_SIZE
        if label is not None and label.w >= 5:
            lines = _wrap(name, max(label.w + 10, 60), size)
            cx, top = label.cx, label.cy - _block_height(lines, size) / 2
        else:
            lines = _wrap(name, LABEL_WIDTH, size)
        if not lines:
            return
        text = _text(None, lines, cx, top, size)
        text.set("class", "bpmn-label")
        if di.get("bpmnElement"):
            text.set("data-element-id", di.get("bpmnElement", ""))
        self.labels.append(text)
        width = _block_width(lines, size)
        self.cover(cx - width / 2, top, width, _block_height(lines, size))


# --- SVG building blocks ------------------------------------------------------------------------------------


def _notice(title: str) -> str:
    message = _("This model contains no diagram.")
    root = svg_root()
    _set(root, width=420, height=80, viewBox="0 0 420 80", role="img")
    root.set("class", "bpmn-diagram bpmn-empty")
    _sub(root, "title").text = title or message
    _draw(root, "rect", _paint("#f5f5f5", "#8a8a8a", 1, "6 4"), **_rect(Box(1, 1, 418, 78), 8))
    attributes = {"fill": "#333333", "font-family": FONT_FAMILY, "font-size": 14, "text-anchor": "middle"}
    _sub(root, "text", x=210, y=45, **attributes).text = message
    return serialise(root)


def _sub(parent: etree._Element | None, tag: str, **attributes: object) -> etree._Element:
    name = f"{{{SVG_NS}}}{tag}"
    node = etree.Element(name) if parent is None else etree.SubElement(parent, name)
    _set(node, **attributes)
    return node


def _draw(parent: etree._Element, tag: str, paint: dict[str, str], **geometry: object) -> etree._Element:
    """A drawing element: its geometry first, then how it is painted."""
    node = _sub(parent, tag, **geometry)
    _set(node, **paint)
    return node


def _paint(fill: str, stroke: str, width: float, dash: str = "", **extra: str) -> dict[str, str]:
    paint = {"fill": fill, "stroke": stroke, "stroke-width": _n(width)}
    if dash:
        paint["stroke-dasharray"] = dash
    paint.update({key.replace("_", "-"): value for key, value in extra.items()})
    return paint


def _rect(box: Box, radius: float = 0.0) -> dict[str, float]:
    geometry = {"x": box.x, "y": box.y, "width": box.w, "height": box.h}
    if radius:
        geometry.update(rx=radius, ry=radius)
    return geometry


def _set(node: etree._Element, **attributes: object) -> None:
    for key, value in attributes.items():
        node.set(key, _n(value) if isinstance(value, int | float) else str(value))


def _n(value: float) -> str:
    """A number as short SVG text: two decimals at most, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _points(points: Iterable[tuple[float, float]]) -> str:
    return " ".join(f"{_n(x)},{_n(y)}" for x, y in points)


def _path(points: Sequence[tuple[float, float]], *, closed: bool = False) -> str:
    text = " ".join(f"{'L' if index else 'M'} {_n(x)} {_n(y)}" for index, (x, y) in enumerate(points))
    return f"{text} Z" if closed else text


def _d(*parts: str | float) -> str:
    """Path data from commands and numbers."""
    return " ".join(part if isinstance(part, str) else _n(part) for part in parts)


def _cross(cx: float, cy: float, arm: float, *, diagonal: bool = False) -> str:
    if diagonal:
        first, second = (
            [(cx - arm, cy - arm), (cx + arm, cy + arm)],
            [(cx + arm, cy - arm), (cx - arm, cy + arm)],
        )
    else:
        first, second = [(cx, cy - arm), (cx, cy + arm)], [(cx - arm, cy), (cx + arm, cy)]
    return f"{_path(first)} {_path(second)}"


def _bars(cx: float, top: float, *, vertical: bool) -> str:
    """The three bars of a multi-instance or collection marker, in a 14 px square centred on cx."""
    if vertical:
        return " ".join(_path([(cx + dx, top + 1), (cx + dx, top + 13)]) for dx in (-4, 0, 4))
    return " ".join(_path([(cx - 6, top + dy), (cx + 6, top + dy)]) for dy in (3, 7, 11))


def _scaled(
    points: Iterable[tuple[float, float]], cx: float, cy: float, scale: float
) -> list[tuple[float, float]]:
    return [(cx + x * scale, cy + y * scale) for x, y in points]


def _regular(corners: int, cx: float, cy: float, radius: float) -> list[tuple[float, float]]:
    angles = (-math.pi / 2 + index * 2 * math.pi / corners for index in range(corners))
    return [(cx + radius * math.cos(angle), cy + radius * math.sin(angle)) for angle in angles]


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


# --- reading the DI -----------------------------------------------------------------------------------------


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


def _is_horizontal(di: etree._Element) -> bool:
    return di.get("isHorizontal", "true").strip() != "false"


def _band(box: Box, horizontal: bool) -> Box:
    """The part of a pool or lane that holds its name."""
    return (
        Box(box.x, box.y, min(HEADER, box.w), box.h)
        if horizontal
        else Box(box.x, box.y, box.w, min(HEADER, box.h))
    )


def _colours(di: etree._Element) -> tuple[str | None, str | None]:
    """Fill and stroke colours given in the DI (OMG colour extension or bpmn.io's), when well-formed."""
    fill = di.get(f"{{{COLOR_NS}}}background-color") or di.get(f"{{{BIOC_NS}}}fill")
    stroke = di.get(f"{{{COLOR_NS}}}border-color") or di.get(f"{{{BIOC_NS}}}stroke")
    return _colour(fill), _colour(stroke)


def _colour(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if value and _COLOUR.fullmatch(value) else None


def _name(element: etree._Element) -> str:
    return (element.get("name") or "").strip()


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


# --- text ---------------------------------------------------------------------------------------------------

# Approximate advance widths of Arial in em: enough to wrap names about where a browser would.
_NARROW = frozenset("iIjl.,:;!|'`()[]{}/\\ ")
_SEMI = frozenset('ftr-"*')
_WIDE = frozenset("mwMW@%")


@functools.cache
def _char_width(char: str) -> float:
    if char in _NARROW:
        return 0.28
    if char in _SEMI:
        return 0.34
    if char in _WIDE:
        return 0.86
    if char.isupper():
        return 0.68
    return 0.56 if char.isdigit() else 0.52


def _text_width(text: str, size: float) -> float:
    # A little wider than Arial, so that names also fit where a wider fallback font is used.
    return sum(map(_char_width, text)) * size * 1.06


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Lines of at most ``width`` px: explicit line breaks kept, words wrapped, over-long words split."""
    lines: list[str] = []
    space = _text_width(" ", size)
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        current, used = "", 0.0
        for word in paragraph.split():
            needed = _text_width(word, size)
            if current and used + space + needed <= width:
                current, used = f"{current} {word}", used + space + needed
                continue
            if current:
                lines.append(current)
            # A word is only broken when it is clearly too long; one a little too long may use the padding.
            while len(word) > 1 and _text_width(word, size) > width * 1.15:
                cut = _break_at(word, width, size)
                lines.append(word[:cut])
                word = word[cut:]
            current, used = word, _text_width(word, size)
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def _break_at(word: str, width: float, size: float) -> int:
    """Where a word too long for a line is broken: after its last hyphen that fits, else where it is full."""
    cut = 1
    while cut < len(word) - 1 and _text_width(word[: cut + 1], size) <= width:
        cut += 1
    hyphen = word.rfind("-", 1, cut)
    return hyphen + 1 if hyphen > 0 else cut


def _fit_lines(lines: list[str], height: float, width: float) -> list[str]:
    """The lines that fit ``height``; when some are cut off, the last one kept ends in an ellipsis."""
    room = max(1, int(height // (FONT_SIZE * LINE_HEIGHT)))
    if len(lines) <= room:
        return lines
    last = lines[room - 1]
    while last and _text_width(last + "…", FONT_SIZE) > width:
        last = last[:-1]
    return [*lines[: room - 1], last.rstrip() + "…"]


def _block_height(lines: Sequence[str], size: float) -> float:
    return len(lines) * size * LINE_HEIGHT


def _block_width(lines: Sequence[str], size: float) -> float:
    return max((_text_width(line, size) for line in lines), default=0.0)


def _text(
    parent: etree._Element | None,
    lines: Sequence[str],
    x: float,
    top: float,
    size: float,
    *,
    anchor: str = "middle",
) -> etree._Element:
    """A <text> with one <tspan> per line, the first line's box starting at ``top``."""
    text = _sub(parent, "text", x=x, **{"text-anchor": anchor})
    if size != FONT_SIZE:
        text.set("font-size", _n(size))
    for index, line in enumerate(lines):
        baseline = top + (index * LINE_HEIGHT + 0.95) * size
        _sub(text, "tspan", x=x, y=baseline).text = line
    return text


# --- symbols ------------------------------------------------------------------------------------------------

_PLUS = [
    (-2.5, -8),
    (2.5, -8),
    (2.5, -2.5),
    (8, -2.5),
    (8, 2.5),
    (2.5, 2.5),
    (2.5, 8),
    (-2.5, 8),
    (-2.5, 2.5),
]
_PLUS += [(-8, 2.5), (-8, -2.5), (-2.5, -2.5)]
_ARROW_HEAD = "M 1 1.5 L 11 6 L 1 10.5"


def _marker(identifier: str, kind: str, colour: str) -> etree._Element:
    """A <marker> for a line end, in user units so that it keeps its size whatever the line's width."""
    marker = _sub(None, "marker", id=identifier, viewBox="0 0 12 12", refX=11, refY=6, markerWidth=12)
    _set(marker, markerHeight=12, markerUnits="userSpaceOnUse", orient="auto")
    if kind == "sequence-end":
        _draw(marker, "path", _paint(colour, colour, 1), d=f"{_ARROW_HEAD} Z")
    elif kind == "message-end":
        _draw(marker, "path", _paint(WHITE, colour, 1), d=f"{_ARROW_HEAD} Z")
    elif kind == "message-start":
        _set(marker, refX=1.5)
        _draw(marker, "circle", _paint(WHITE, colour, 1), cx=6, cy=6, r=4)
    elif kind in ("association-end", "association-start"):
        if kind == "association-start":
            _set(marker, orient="auto-start-reverse")
        _draw(marker, "path", _paint(NONE, colour, 1.2), d=_ARROW_HEAD)
    elif kind == "default-start":  # a slash across the flow near its source
        _set(marker, viewBox="0 0 20 20", refX=0, refY=10, markerWidth=20, markerHeight=20)
        _draw(marker, "path", _paint(NONE, colour, 1.5), d="M 5 15 L 11 5")
    else:  # conditional-start: a small diamond where the flow leaves an activity
        _set(marker, viewBox="0 0 18 12", refX=1, markerWidth=18)
        _draw(marker, "path", _paint(WHITE, colour, 1), d="M 1 6 L 8.5 1.5 L 16 6 L 8.5 10.5 Z")
    return marker


def _envelope(group: etree._Element, cx: float, cy: float, scale: float, fill: str, colour: str) -> None:
    """A letter centred at (cx, cy), 17 × 12 units before scaling; a filled letter has a white flap."""
    body = _scaled([(-8.5, -6), (8.5, -6), (8.5, 6), (-8.5, 6)], cx, cy, scale)
    flap = _scaled([(-8.5, -6), (0, 0.5), (8.5, -6)], cx, cy, scale)
    _draw(group, "polygon", _paint(fill, colour, 1, stroke_linejoin="round"), points=_points(body))
    _draw(group, "polyline", _paint(NONE, WHITE if fill == colour else colour, 1), points=_points(flap))


def _event_symbol(shape: _Shape, kind: str, scale: float) -> None:
    """The symbol of an event's trigger inside its circle; a throwing event has it filled."""
    group, colour, cx, cy = shape.group, shape.stroke, shape.box.cx, shape.box.cy
    inside = colour if shape.kind in THROW_EVENTS else NONE
    outline = _paint(inside, colour, 1.5, stroke_linejoin="round")

    def polygon(points: list[tuple[float, float]]) -> None:
        _draw(group, "polygon", outline, points=_points(_scaled(points, cx, cy, scale)))

    if kind == "message":
        _envelope(group, cx, cy, scale, colour if inside != NONE else shape.fill, colour)
    elif kind == "timer":
        _draw(group, "circle", _paint(shape.fill, colour, 1.5), cx=cx, cy=cy, r=10 * scale)
        angles = [index * math.pi / 6 for index in range(12)]
        ticks = [
            _scaled([(8 * math.cos(a), 8 * math.sin(a)), (10 * math.cos(a), 10 * math.sin(a))], cx, cy, scale)
            for a in angles
        ]
        hands = _scaled([(0, -7), (0, 0), (5, 2)], cx, cy, scale)
        _draw(group, "path", _paint(NONE, colour, 1), d=" ".join(_path(part) for part in [*ticks, hands]))
    elif kind == "error":
        polygon([(-7.5, 8), (-3, -6.5), (1.5, 1.5), (7.5, -8), (3, 6.5), (-1.5, -1.5)])
    elif kind == "signal":
        polygon([(0, -10), (9, 6), (-9, 6)])
    elif kind == "escalation":
        polygon([(0, -10), (7, 8), (0, 1.5), (-7, 8)])
    elif kind == "conditional":
        sheet = _scaled([(-6.5, -8.5), (6.5, -8.5), (6.5, 8.5), (-6.5, 8.5)], cx, cy, scale)
        _draw(group, "polygon", _paint(shape.fill, colour, 1.5), points=_points(sheet))
        rows = " ".join(_path(_scaled([(-4.5, dy), (4.5, dy)], cx, cy, scale)) for dy in (-5, -1.5, 2, 5.5))
        _draw(group, "path", _paint(NONE, colour, 1), d=rows)
    elif kind == "link":
        polygon([(-8, -3.5), (1, -3.5), (1, -8), (9, 0), (1, 8), (1, 3.5), (-8, 3.5)])
    elif kind == "compensate":
        polygon([(-9, 0), (-1, -6), (-1, 6)])
        polygon([(-1, 0), (7, -6), (7, 6)])
    elif kind == "terminate":
        _draw(group, "circle", _paint(colour, colour, 1), cx=cx, cy=cy, r=10 * scale)
    elif kind == "cancel":
        _draw(group, "path", _paint(NONE, colour, 3.5 * scale), d=_cross(cx, cy, 6.5 * scale, diagonal=True))
    elif kind == "multiple":
        _draw(group, "polygon", outline, points=_points(_regular(5, cx, cy, 9 * scale)))
    elif kind == "parallelMultiple":
        _draw(group, "polygon", _paint(NONE, colour, 1.5), points=_points(_scaled(_PLUS, cx, cy, scale)))


def _task_icon(shape: _Shape) -> None:
    """The small symbol of a task's type in its upper left corner."""
    group, kind, fill, colour = shape.group, shape.kind, shape.fill, shape.stroke
    x, y = shape.box.x + 6, shape.box.y + 6
    thin = _paint(fill, colour, 1, stroke_linejoin="round")
    if kind in ("sendTask", "receiveTask"):
        _envelope(group, x + 9, y + 7, 0.95, colour if kind == "sendTask" else fill, colour)
    elif kind == "userTask":
        _draw(group, "circle", thin, cx=x + 8, cy=y + 5, r=3.5)
        body = _d("M", x + 1.5, y + 17, "C", x + 1.5, y + 9, x + 14.5, y + 9, x + 14.5, y + 17, "Z")
        _draw(group, "path", thin, d=body)
    elif kind == "serviceTask":  # a gear: a thick circle dashed into teeth, around a hub
        _draw(group, "circle", _paint(NONE, colour, 3, "2.4 2.31"), cx=x + 8, cy=y + 8, r=6)
        _draw(group, "circle", thin, cx=x + 8, cy=y + 8, r=4.5)
        _draw(group, "circle", thin, cx=x + 8, cy=y + 8, r=1.8)
    elif kind == "manualTask":  # a flat hand with its fingers to the right
        hand = [
            (0, 8),
            (5, 3),
            (16, 3),
            (16, 6),
            (8, 6),
            (16, 6),
            (16, 9),
            (8, 9),
            (15, 9),
            (15, 12),
            (8, 12),
        ]
        hand += [(13, 12), (13, 15), (2, 15), (0, 12)]
        _draw(group, "path", thin, d=_path(_scaled(hand, x, y, 1), closed=True))
    elif kind == "businessRuleTask":  # a table with a dark header row
        _draw(group, "rect", thin, x=x, y=y + 1, width=16, height=13)
        _draw(group, "rect", _paint(colour, colour, 1), x=x, y=y + 1, width=16, height=3.5)
        _draw(
            group,
            "path",
            thin,
            d=f"{_path([(x, y + 9), (x + 16, y + 9)])} {_path([(x + 5, y + 4.5), (x + 5, y + 14)])}",
        )
    elif kind == "scriptTask":  # a curled sheet with lines of text
        sheet = _d("M", x + 4, y, "L", x + 15, y, "C", x + 11, y + 4, x + 17, y + 10, x + 12, y + 15)
        sheet += " " + _d("L", x + 1, y + 15, "C", x + 5, y + 11, x - 1, y + 5, x + 4, y, "Z")
        _draw(group, "path", thin, d=sheet)
        rows = " ".join(
            _path([(x + 4 + dx, y + dy), (x + 11 + dx, y + dy)]) for dx, dy in ((0, 4), (1, 7.5), (0.5, 11))
        )
        _draw(group, "path", _paint(NONE, colour, 1), d=rows)


def _activity_markers(shape: _Shape, expanded: bool) -> list[str]:
    element, kind = shape.element, shape.kind
    markers = []
    loop = next(
        (
            child
            for child in element
            if isinstance(child.tag, str) and child.tag.endswith("LoopCharacteristics")
        ),
        None,
    )
    if loop is not None and etree.QName(loop).localname == "standardLoopCharacteristics":
        markers.append("loop")
    elif loop is not None and etree.QName(loop).localname == "multiInstanceLoopCharacteristics":
        markers.append("sequential" if loop.get("isSequential") == "true" else "parallel")
    if element.get("isForCompensation") == "true":
        markers.append("compensation")
    if kind == "adHocSubProcess":
        markers.append("ad-hoc")
    if (kind in SUB_PROCESSES or kind == "callActivity") and not expanded:
        markers.append("collapsed")
    return markers


def _draw_activity_markers(shape: _Shape, markers: list[str]) -> None:
    """The markers centred along the bottom edge: loop, multi-instance, compensation, ad hoc, [+]."""
    box, group, colour = shape.box, shape.group, shape.stroke
    size, gap = 14.0, 4.0
    left = box.cx - (len(markers) * (size + gap) - gap) / 2
    top = box.bottom - size - 4
    thin = _paint(NONE, colour, 1.5)
    for index, marker in enumerate(markers):
        x = left + index * (size + gap)
        cx = x + size / 2
        if marker == "collapsed":
            _draw(group, "rect", _paint(shape.fill, colour, 1.5), x=x, y=top, width=size, height=size)
            _draw(group, "path", thin, d=_cross(cx, top + size / 2, 4.5))
        elif marker == "loop":
            arc = _d("M", cx - 4, top + 12, "A 5.5 5.5 0 1 1", cx + 4, top + 12)
            head = _path([(cx + 0.5, top + 12.5), (cx + 4, top + 12), (cx + 4.5, top + 8.5)])
            _draw(group, "path", thin, d=f"{arc} {head}")
        elif marker in ("parallel", "sequential"):
            _draw(group, "path", _paint(NONE, colour, 2), d=_bars(cx, top, vertical=marker == "parallel"))
        elif marker == "compensation":
            halves = [
                [(x, top + 7), (x + 7, top + 2), (x + 7, top + 12)],
                [(x + 7, top + 7), (x + 14, top + 2), (x + 14, top + 12)],
            ]
            _draw(group, "path", thin, d=" ".join(_path(half, closed=True) for half in halves))
        elif marker == "ad-hoc":
            tilde = _d("M", x, top + 8, "C", x + 3, top + 3, x + 5, top + 3, cx, top + 7)
            tilde += " " + _d("S", x + 11, top + 11, x + size, top + 6)
            _draw(group, "path", thin, d=tilde)


def _data_store(shape: _Shape) -> None:
    """A cylinder with two rings under its lid."""
    box = shape.box
    x, y, right, bottom = box.x, box.y, box.right, box.bottom
    ry = min(box.h * 0.12, 8.0)
    arc = _d("A", box.w / 2, ry, "0 0 0")
    body = _d(
        "M", x, y + ry, "L", x, bottom - ry, arc, right, bottom - ry, "L", right, y + ry, arc, x, y + ry, "Z"
    )
    _draw(shape.group, "path", _paint(shape.fill, shape.stroke, 1.5), d=body)
    rims = " ".join(_d("M", x, y + ry + dy, arc, right, y + ry + dy) for dy in (0, 4, 8))
    _draw(shape.group, "path", _paint(NONE, shape.stroke, 1.5), d=rims)
