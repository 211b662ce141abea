"""Drawing the shapes of a BPMN diagram in SVG, and the SVG and text building blocks the picture is made of.

One function per kind of shape draws into the shape's ``<g>``, in the simplified look of bpmn-js: pools and
lanes with their name in a 30 px band, rounded activities with the name wrapped inside, the symbol of a task's
type and the markers of loops and sub-processes, events as circles with the symbol of their trigger, gateways
as diamonds, data objects, stores, annotations and groups. What a shape refers to elsewhere in the model (its
process, its data object, its event definitions) is looked up by ``modelling.bpmn.render`` and passed in.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lxml import etree

from modelling.bpmn.svg import SVG_NS

MODEL_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"

FONT_SIZE = 12.0
LINE_HEIGHT = 1.2
HEADER = 30.0  # the band of a pool or lane that holds its name
PADDING = 8.0  # between a shape's border and the name written inside it
BLACK = "#000000"
WHITE = "#ffffff"
NONE = "none"

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
class Shape:
    """A BPMNShape being drawn: its group, DI, model element and colours (DI colours or the defaults)."""

    group: etree._Element
    di: etree._Element
    element: etree._Element
    kind: str
    box: Box
    name: str
    fill: str
    stroke: str


def element_name(element: etree._Element) -> str:
    return (element.get("name") or "").strip()


# --- shapes -------------------------------------------------------------------------------------------------


def draw_missing(group: etree._Element, box: Box) -> None:
    """A dashed box where the DI names an element the model does not have."""
    draw(group, "rect", paint(WHITE, BLACK, 1, "4 3"), **rect(box))


def draw_pool(shape: Shape, *, black_box: bool) -> None:
    """A pool with its name in its band, or in the middle of a black-box pool (one without a process)."""
    box, group = shape.box, shape.group
    draw(group, "rect", paint(shape.fill, shape.stroke, 1.5), **rect(box))
    if black_box:
        inner_label(shape, box)
        return
    horizontal = _is_horizontal(shape.di)
    band = _band(box, horizontal)
    edge = (
        [(band.right, box.y), (band.right, box.bottom)]
        if horizontal
        else [(box.x, band.bottom), (box.right, band.bottom)]
    )
    draw(group, "path", paint(NONE, shape.stroke, 1.5), d=_path(edge))
    band_label(shape, band, horizontal)


def draw_lane(shape: Shape, di_fill: str | None) -> None:
    """A lane with its name in its band, filled only with a colour of its own from the DI (``di_fill``)."""
    draw(shape.group, "rect", paint(di_fill or NONE, shape.stroke, 1.5), **rect(shape.box))
    horizontal = _is_horizontal(shape.di)
    band_label(shape, _band(shape.box, horizontal), horizontal)


def draw_activity(shape: Shape, expanded: bool) -> None:
    """A task, sub-process or call activity with its name, its type's symbol and its markers."""
    box, group, kind = shape.box, shape.group, shape.kind
    border = paint(shape.fill, shape.stroke, 4 if kind == "callActivity" else 2)
    if shape.element.get("triggeredByEvent") == "true":
        border.update({"stroke-dasharray": "1 4", "stroke-linecap": "round"})
    draw(group, "rect", border, **rect(box, 10))
    if kind == "transaction":
        inner = Box(box.x + 3, box.y + 3, max(box.w - 6, 0), max(box.h - 6, 0))
        draw(group, "rect", paint(NONE, shape.stroke, 1.5), **rect(inner, 7))
    if kind in TASKS:
        _task_icon(shape)
    markers = _activity_markers(shape, expanded)
    if expanded:
        lines = wrap(shape.name, max(box.w - 20, 10), FONT_SIZE)
        if lines:
            text_block(group, lines, box.x + 10, box.y + 5, FONT_SIZE, anchor="start")
    else:
        # Text as wide as the icon's corner moves down below the icon of the task's type.
        wide = block_width(wrap(shape.name, box.w - 2 * PADDING, FONT_SIZE), FONT_SIZE) > box.w - 48
        top = 16.0 if kind in TASKS and kind != "task" and wide else 0.0
        bottom = 18.0 if markers else 0.0
        inner_label(shape, box, within=Box(box.x, box.y + top, box.w, max(box.h - top - bottom, 0)))
    _draw_activity_markers(shape, markers)


def draw_event(shape: Shape, trigger: str) -> None:
    """An event's circle (two for an intermediate one) and the symbol of its ``trigger``, if any."""
    box, element, kind = shape.box, shape.element, shape.kind
    radius = min(box.w, box.h) / 2
    dashed = (kind == "boundaryEvent" and element.get("cancelActivity") == "false") or (
        kind == "startEvent" and element.get("isInterrupting") == "false"
    )
    width = {"endEvent": 4.0, "startEvent": 2.0}.get(kind, 1.5) * min(1.0, radius / 18)
    dash = "5.5 3" if dashed else ""
    draw(
        shape.group,
        "circle",
        paint(shape.fill, shape.stroke, width, dash),
        cx=box.cx,
        cy=box.cy,
        r=radius,
    )
    if kind not in ("startEvent", "endEvent"):
        ring = paint(NONE, shape.stroke, width, dash)
        draw(shape.group, "circle", ring, cx=box.cx, cy=box.cy, r=max(radius - 3, 1))
    if trigger:
        _event_symbol(shape, trigger, radius / 18)


def draw_gateway(shape: Shape) -> None:
    """A gateway's diamond with the marker of its type."""
    box, group, kind, element, colour = shape.box, shape.group, shape.kind, shape.element, shape.stroke
    cx, cy = box.cx, box.cy
    diamond = [(cx, box.y), (box.right, cy), (cx, box.bottom), (box.x, cy)]
    draw(group, "polygon", paint(shape.fill, colour, 2, stroke_linejoin="round"), points=point_list(diamond))
    scale = min(box.w, box.h) / 50
    if kind == "exclusiveGateway" and shape.di.get("isMarkerVisible", "true").strip() != "false":
        draw(group, "path", paint(NONE, colour, 3.5 * scale), d=_cross(cx, cy, 8 * scale, diagonal=True))
    elif kind == "parallelGateway":
        draw(group, "path", paint(NONE, colour, 3.5 * scale), d=_cross(cx, cy, 12 * scale))
    elif kind == "inclusiveGateway":
        draw(group, "circle", paint(NONE, colour, 2.5 * scale), cx=cx, cy=cy, r=11.5 * scale)
    elif kind == "complexGateway":
        star = _cross(cx, cy, 12 * scale) + " " + _cross(cx, cy, 8.5 * scale, diagonal=True)
        draw(group, "path", paint(NONE, colour, 3 * scale), d=star)
    elif kind == "eventBasedGateway":
        draw(group, "circle", paint(NONE, colour, scale), cx=cx, cy=cy, r=12.5 * scale)
        if element.get("instantiate") != "true":
            draw(group, "circle", paint(NONE, colour, scale), cx=cx, cy=cy, r=10 * scale)
        parallel = element.get("eventGatewayType") == "Parallel"
        symbol = _scaled(_PLUS, cx, cy, 0.85 * scale) if parallel else _regular(5, cx, cy, 7 * scale)
        draw(group, "polygon", paint(NONE, colour, 1.5 * scale), points=point_list(symbol))


def draw_data_object(shape: Shape, *, collection: bool) -> None:
    """A sheet with a folded corner; data inputs and outputs get an arrow, collections three bars."""
    box, group, kind, colour = shape.box, shape.group, shape.kind, shape.stroke
    fold = min(12.0, box.w * 0.35, box.h * 0.35)
    page = [(box.x, box.y), (box.right - fold, box.y), (box.right, box.y + fold), (box.right, box.bottom)]
    page.append((box.x, box.bottom))
    draw(
        group,
        "path",
        paint(shape.fill, colour, 1.5, stroke_linejoin="round"),
        d=_path(page, closed=True),
    )
    corner = [(box.right - fold, box.y), (box.right - fold, box.y + fold), (box.right, box.y + fold)]
    draw(group, "path", paint(NONE, colour, 1.5), d=_path(corner))
    if kind in ("dataInput", "dataOutput"):
        arrow = _scaled([(4, 6), (10, 6), (10, 3), (16, 8.5), (10, 14), (10, 11), (4, 11)], box.x, box.y, 1)
        arrow_paint = paint(colour if kind == "dataOutput" else WHITE, colour, 1)
        draw(group, "polygon", arrow_paint, points=point_list(arrow))
    if collection:
        draw(group, "path", paint(NONE, colour, 2), d=_bars(box.cx, box.bottom - 14, vertical=True))


def draw_data_store(shape: Shape) -> None:
    """A cylinder with two rings under its lid."""
    box = shape.box
    x, y, right, bottom = box.x, box.y, box.right, box.bottom
    ry = min(box.h * 0.12, 8.0)
    arc = _d("A", box.w / 2, ry, "0 0 0")
    body = _d(
        "M", x, y + ry, "L", x, bottom - ry, arc, right, bottom - ry, "L", right, y + ry, arc, x, y + ry, "Z"
    )
    draw(shape.group, "path", paint(shape.fill, shape.stroke, 1.5), d=body)
    rims = " ".join(_d("M", x, y + ry + dy, arc, right, y + ry + dy) for dy in (0, 4, 8))
    draw(shape.group, "path", paint(NONE, shape.stroke, 1.5), d=rims)


def draw_annotation(shape: Shape) -> Box | None:
    """A bracket with the text beside it; gives the area the text covers, which may pass the shape."""
    box = shape.box
    bracket = [(box.x + 10, box.y), (box.x, box.y), (box.x, box.bottom), (box.x + 10, box.bottom)]
    draw(shape.group, "path", paint(NONE, shape.stroke, 1.5), d=_path(bracket))
    lines = wrap(
        (shape.element.findtext(f"{{{MODEL_NS}}}text") or "").strip(), max(box.w - 10, 20), FONT_SIZE
    )
    if not lines:
        return None
    text_block(shape.group, lines, box.x + 5, box.y + 5, FONT_SIZE, anchor="start")
    return Box(box.x, box.y, block_width(lines, FONT_SIZE) + 10, block_height(lines, FONT_SIZE) + 5)


def draw_group(shape: Shape) -> None:
    """A group's dash-dotted frame; its label is placed with the other labels."""
    draw(shape.group, "rect", paint(NONE, shape.stroke, 1.5, "10 4 2 4"), **rect(shape.box, 10))


def draw_plain(shape: Shape) -> None:
    """An element without a symbol of its own (a message, a conversation …): a box with its name."""
    draw(shape.group, "rect", paint(shape.fill, shape.stroke, 1), **rect(shape.box))
    inner_label(shape, shape.box)


def inner_label(shape: Shape, box: Box, *, within: Box | None = None) -> None:
    """The name wrapped to the box and centred (in ``within`` when it fits there); lines that do not fit
    the box end in an ellipsis."""
    lines = wrap(shape.name, max(box.w - 2 * PADDING, 10), FONT_SIZE)
    if lines:
        lines = _fit_lines(lines, max(box.h - 4, FONT_SIZE * LINE_HEIGHT), box.w - 2 * PADDING)
        height = block_height(lines, FONT_SIZE)
        area = within if within is not None and height <= within.h - 4 else box
        text_block(shape.group, lines, area.cx, area.cy - height / 2, FONT_SIZE)


def band_label(shape: Shape, band: Box, horizontal: bool) -> None:
    """The name of a pool or lane in its band, written upwards when the pool or lane lies horizontally."""
    length, depth = (band.h, band.w) if horizontal else (band.w, band.h)
    lines = wrap(shape.name, max(length - 10, 10), FONT_SIZE)
    if lines:
        lines = _fit_lines(lines, max(depth - 4, FONT_SIZE * LINE_HEIGHT), length - 10)
        text = text_block(
            shape.group, lines, band.cx, band.cy - block_height(lines, FONT_SIZE) / 2, FONT_SIZE
        )
        if horizontal:
            text.set("transform", f"rotate(-90 {svg_number(band.cx)} {svg_number(band.cy)})")


def _is_horizontal(di: etree._Element) -> bool:
    return di.get("isHorizontal", "true").strip() != "false"


def _band(box: Box, horizontal: bool) -> Box:
    """The part of a pool or lane that holds its name."""
    return (
        Box(box.x, box.y, min(HEADER, box.w), box.h)
        if horizontal
        else Box(box.x, box.y, box.w, min(HEADER, box.h))
    )


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


def envelope(group: etree._Element, cx: float, cy: float, scale: float, fill: str, colour: str) -> None:
    """A letter centred at (cx, cy), 17 × 12 units before scaling; a filled letter has a white flap."""
    body = _scaled([(-8.5, -6), (8.5, -6), (8.5, 6), (-8.5, 6)], cx, cy, scale)
    flap = _scaled([(-8.5, -6), (0, 0.5), (8.5, -6)], cx, cy, scale)
    draw(group, "polygon", paint(fill, colour, 1, stroke_linejoin="round"), points=point_list(body))
    draw(group, "polyline", paint(NONE, WHITE if fill == colour else colour, 1), points=point_list(flap))


def _event_symbol(shape: Shape, kind: str, scale: float) -> None:
    """The symbol of an event's trigger inside its circle; a throwing event has it filled."""
    group, colour, cx, cy = shape.group, shape.stroke, shape.box.cx, shape.box.cy
    inside = colour if shape.kind in THROW_EVENTS else NONE
    outline = paint(inside, colour, 1.5, stroke_linejoin="round")

    def polygon(points: list[tuple[float, float]]) -> None:
        draw(group, "polygon", outline, points=point_list(_scaled(points, cx, cy, scale)))

    if kind == "message":
        envelope(group, cx, cy, scale, colour if inside != NONE else shape.fill, colour)
    elif kind == "timer":
        draw(group, "circle", paint(shape.fill, colour, 1.5), cx=cx, cy=cy, r=10 * scale)
        angles = [index * math.pi / 6 for index in range(12)]
        ticks = [
            _scaled([(8 * math.cos(a), 8 * math.sin(a)), (10 * math.cos(a), 10 * math.sin(a))], cx, cy, scale)
            for a in angles
        ]
        hands = _scaled([(0, -7), (0, 0), (5, 2)], cx, cy, scale)
        draw(group, "path", paint(NONE, colour, 1), d=" ".join(_path(part) for part in [*ticks, hands]))
    elif kind == "error":
        polygon([(-7.5, 8), (-3, -6.5), (1.5, 1.5), (7.5, -8), (3, 6.5), (-1.5, -1.5)])
    elif kind == "signal":
        polygon([(0, -10), (9, 6), (-9, 6)])
    elif kind == "escalation":
        polygon([(0, -10), (7, 8), (0, 1.5), (-7, 8)])
    elif kind == "conditional":
        sheet = _scaled([(-6.5, -8.5), (6.5, -8.5), (6.5, 8.5), (-6.5, 8.5)], cx, cy, scale)
        draw(group, "polygon", paint(shape.fill, colour, 1.5), points=point_list(sheet))
        rows = " ".join(_path(_scaled([(-4.5, dy), (4.5, dy)], cx, cy, scale)) for dy in (-5, -1.5, 2, 5.5))
        draw(group, "path", paint(NONE, colour, 1), d=rows)
    elif kind == "link":
        polygon([(-8, -3.5), (1, -3.5), (1, -8), (9, 0), (1, 8), (1, 3.5), (-8, 3.5)])
    elif kind == "compensate":
        polygon([(-9, 0), (-1, -6), (-1, 6)])
        polygon([(-1, 0), (7, -6), (7, 6)])
    elif kind == "terminate":
        draw(group, "circle", paint(colour, colour, 1), cx=cx, cy=cy, r=10 * scale)
    elif kind == "cancel":
        draw(group, "path", paint(NONE, colour, 3.5 * scale), d=_cross(cx, cy, 6.5 * scale, diagonal=True))
    elif kind == "multiple":
        draw(group, "polygon", outline, points=point_list(_regular(5, cx, cy, 9 * scale)))
    elif kind == "parallelMultiple":
        draw(group, "polygon", paint(NONE, colour, 1.5), points=point_list(_scaled(_PLUS, cx, cy, scale)))


def _task_icon(shape: Shape) -> None:
    """The small symbol of a task's type in its upper left corner."""
    group, kind, fill, colour = shape.group, shape.kind, shape.fill, shape.stroke
    x, y = shape.box.x + 6, shape.box.y + 6
    thin = paint(fill, colour, 1, stroke_linejoin="round")
    if kind in ("sendTask", "receiveTask"):
        envelope(group, x + 9, y + 7, 0.95, colour if kind == "sendTask" else fill, colour)
    elif kind == "userTask":
        draw(group, "circle", thin, cx=x + 8, cy=y + 5, r=3.5)
        body = _d("M", x + 1.5, y + 17, "C", x + 1.5, y + 9, x + 14.5, y + 9, x + 14.5, y + 17, "Z")
        draw(group, "path", thin, d=body)
    elif kind == "serviceTask":  # a gear: a thick circle dashed into teeth, around a hub
        draw(group, "circle", paint(NONE, colour, 3, "2.4 2.31"), cx=x + 8, cy=y + 8, r=6)
        draw(group, "circle", thin, cx=x + 8, cy=y + 8, r=4.5)
        draw(group, "circle", thin, cx=x + 8, cy=y + 8, r=1.8)
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
        draw(group, "path", thin, d=_path(_scaled(hand, x, y, 1), closed=True))
    elif kind == "businessRuleTask":  # a table with a dark header row
        draw(group, "rect", thin, x=x, y=y + 1, width=16, height=13)
        draw(group, "rect", paint(colour, colour, 1), x=x, y=y + 1, width=16, height=3.5)
        draw(
            group,
            "path",
            thin,
            d=f"{_path([(x, y + 9), (x + 16, y + 9)])} {_path([(x + 5, y + 4.5), (x + 5, y + 14)])}",
        )
    elif kind == "scriptTask":  # a curled sheet with lines of text
        sheet = _d("M", x + 4, y, "L", x + 15, y, "C", x + 11, y + 4, x + 17, y + 10, x + 12, y + 15)
        sheet += " " + _d("L", x + 1, y + 15, "C", x + 5, y + 11, x - 1, y + 5, x + 4, y, "Z")
        draw(group, "path", thin, d=sheet)
        rows = " ".join(
            _path([(x + 4 + dx, y + dy), (x + 11 + dx, y + dy)]) for dx, dy in ((0, 4), (1, 7.5), (0.5, 11))
        )
        draw(group, "path", paint(NONE, colour, 1), d=rows)


def _activity_markers(shape: Shape, expanded: bool) -> list[str]:
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


def _draw_activity_markers(shape: Shape, markers: list[str]) -> None:
    """The markers centred along the bottom edge: loop, multi-instance, compensation, ad hoc, [+]."""
    box, group, colour = shape.box, shape.group, shape.stroke
    size, gap = 14.0, 4.0
    left = box.cx - (len(markers) * (size + gap) - gap) / 2
    top = box.bottom - size - 4
    thin = paint(NONE, colour, 1.5)
    for index, marker in enumerate(markers):
        x = left + index * (size + gap)
        cx = x + size / 2
        if marker == "collapsed":
            draw(group, "rect", paint(shape.fill, colour, 1.5), x=x, y=top, width=size, height=size)
            draw(group, "path", thin, d=_cross(cx, top + size / 2, 4.5))
        elif marker == "loop":
            arc = _d("M", cx - 4, top + 12, "A 5.5 5.5 0 1 1", cx + 4, top + 12)
            head = _path([(cx + 0.5, top + 12.5), (cx + 4, top + 12), (cx + 4.5, top + 8.5)])
            draw(group, "path", thin, d=f"{arc} {head}")
        elif marker in ("parallel", "sequential"):
            draw(group, "path", paint(NONE, colour, 2), d=_bars(cx, top, vertical=marker == "parallel"))
        elif marker == "compensation":
            halves = [
                [(x, top + 7), (x + 7, top + 2), (x + 7, top + 12)],
                [(x + 7, top + 7), (x + 14, top + 2), (x + 14, top + 12)],
            ]
            draw(group, "path", thin, d=" ".join(_path(half, closed=True) for half in halves))
        elif marker == "ad-hoc":
            tilde = _d("M", x, top + 8, "C", x + 3, top + 3, x + 5, top + 3, cx, top + 7)
            tilde += " " + _d("S", x + 11, top + 11, x + size, top + 6)
            draw(group, "path", thin, d=tilde)


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


def wrap(text: str, width: float, size: float) -> list[str]:
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


def block_height(lines: Sequence[str], size: float) -> float:
    return len(lines) * size * LINE_HEIGHT


def block_width(lines: Sequence[str], size: float) -> float:
    return max((_text_width(line, size) for line in lines), default=0.0)


def text_block(
    parent: etree._Element | None,
    lines: Sequence[str],
    x: float,
    top: float,
    size: float,
    *,
    anchor: str = "middle",
) -> etree._Element:
    """A <text> with one <tspan> per line, the first line's box starting at ``top``."""
    text = svg_node(parent, "text", x=x, **{"text-anchor": anchor})
    if size != FONT_SIZE:
        text.set("font-size", svg_number(size))
    for index, line in enumerate(lines):
        baseline = top + (index * LINE_HEIGHT + 0.95) * size
        svg_node(text, "tspan", x=x, y=baseline).text = line
    return text


# --- SVG building blocks ------------------------------------------------------------------------------------


def svg_node(parent: etree._Element | None, tag: str, **attributes: object) -> etree._Element:
    name = f"{{{SVG_NS}}}{tag}"
    node = etree.Element(name) if parent is None else etree.SubElement(parent, name)
    set_attributes(node, **attributes)
    return node


def draw(parent: etree._Element, tag: str, style: dict[str, str], **geometry: object) -> etree._Element:
    """A drawing element: its geometry first, then how it is painted."""
    node = svg_node(parent, tag, **geometry)
    set_attributes(node, **style)
    return node


def paint(fill: str, stroke: str, width: float, dash: str = "", **extra: str) -> dict[str, str]:
    style = {"fill": fill, "stroke": stroke, "stroke-width": svg_number(width)}
    if dash:
        style["stroke-dasharray"] = dash
    style.update({key.replace("_", "-"): value for key, value in extra.items()})
    return style


def rect(box: Box, radius: float = 0.0) -> dict[str, float]:
    geometry = {"x": box.x, "y": box.y, "width": box.w, "height": box.h}
    if radius:
        geometry.update(rx=radius, ry=radius)
    return geometry


def set_attributes(node: etree._Element, **attributes: object) -> None:
    for key, value in attributes.items():
        node.set(key, svg_number(value) if isinstance(value, int | float) else str(value))


def svg_number(value: float) -> str:
    """A number as short SVG text: two decimals at most, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def point_list(points: Iterable[tuple[float, float]]) -> str:
    return " ".join(f"{svg_number(x)},{svg_number(y)}" for x, y in points)


def _path(points: Sequence[tuple[float, float]], *, closed: bool = False) -> str:
    text = " ".join(
        f"{'L' if index else 'M'} {svg_number(x)} {svg_number(y)}" for index, (x, y) in enumerate(points)
    )
    return f"{text} Z" if closed else text


def _d(*parts: str | float) -> str:
    """Path data from commands and numbers."""
    return " ".join(part if isinstance(part, str) else svg_number(part) for part in parts)


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
