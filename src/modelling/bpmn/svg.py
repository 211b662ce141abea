"""Sanitising a diagram picture (SVG) before it is stored, offered as a download and shown inline.

The in-browser modeller sends its picture (bpmn-js ``saveSVG()``) with every save. Whatever could run, load
or leak is refused as a whole (``SvgError`` with a German message, nothing is stored): scripts, event
handlers, foreign content, links or styles that reach outside the picture, DTDs and entities. What remains
is rebuilt from an allowlist of drawing elements and presentation attributes; the result starts with
``<svg`` so the print view can embed it in HTML, and sanitising it again gives the same text.
"""

from __future__ import annotations

import re

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from lxml import etree

MAX_SVG_BYTES = 10 * 1024 * 1024

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

# bpmn-js writes exactly this DOCTYPE in front of every picture. It names no internal subset (no entities)
# and is never loaded (no network, no DTD loading), so this one literal is removed before parsing; any
# other DOCTYPE is refused.
BPMN_JS_DOCTYPE = (
    b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'
)


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


ALLOWED_ELEMENTS = _names(
    """
    svg g defs marker path rect circle ellipse line polyline polygon text tspan title desc use clipPath mask
    pattern linearGradient radialGradient stop symbol image
    """
)

ALLOWED_ATTRIBUTES = _names(
    """
    id class style data-element-id role aria-label aria-labelledby aria-hidden focusable lang version
    x y width height viewBox preserveAspectRatio transform d points pathLength cx cy r rx ry x1 y1 x2 y2
    fx fy fr dx dy rotate textLength lengthAdjust offset
    refX refY markerWidth markerHeight markerUnits orient patternUnits patternContentUnits patternTransform
    gradientUnits gradientTransform spreadMethod clipPathUnits maskUnits maskContentUnits
    fill fill-opacity fill-rule stroke stroke-width stroke-dasharray stroke-dashoffset stroke-linecap
    stroke-linejoin stroke-miterlimit stroke-opacity opacity color font-family font-size font-style
    font-weight font-variant font-stretch text-anchor text-decoration dominant-baseline alignment-baseline
    baseline-shift letter-spacing word-spacing writing-mode white-space marker-start marker-mid marker-end
    clip-path clip-rule mask stop-color stop-opacity visibility display overflow shape-rendering
    text-rendering vector-effect paint-order
    """
)
# Attributes whose value may hold url(…) and is therefore checked like a style.
_URL_ATTRIBUTES = frozenset(
    {"style", "fill", "stroke", "marker-start", "marker-mid", "marker-end", "clip-path", "mask"}
)

_XML_DECLARATION = re.compile(r"^\ufeff?<\?xml[^>]{0,300}\?>")
_FRAGMENT = re.compile(r"#[^\s\"'()<>\\]+")
_IMAGE_DATA = re.compile(r"data:image/(?:png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*")
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
_CSS_URL = re.compile(r"url\(\s*(?:\"([^\"]*)\"|'([^']*)'|([^\"')]*?))\s*\)", re.IGNORECASE)
# Text in styles that may run code or load something without url(), and markup ("<"), which has no place in
# CSS and could turn into markup when the inline picture is parsed as HTML: refused wherever it appears.
_CSS_FORBIDDEN = ("@import", "expression(", "javascript:", "image-set(", "-moz-binding", "behavior:", "<")


class SvgError(Exception):
    """A picture that is refused; ``message`` says why in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def sanitise_svg(data: str | bytes) -> str:
    """The picture as safe SVG text starting with ``<svg``, or ``SvgError`` when it holds anything unsafe."""
    raw = _as_bytes(data)
    if len(raw) > MAX_SVG_BYTES:
        raise _refused(
            _("The picture (SVG) is too large: it has %(size)s MB, at most %(limit)d MB are accepted.")
            % {"size": number_format(len(raw) / (1024 * 1024), 1), "limit": MAX_SVG_BYTES // (1024 * 1024)}
        )
    if not raw.strip():
        raise _refused(_("The picture (SVG) is empty."))
    root = _parse(raw.replace(BPMN_JS_DOCTYPE, b"", 1))
    if root.tag != f"{{{SVG_NS}}}svg" and etree.QName(root).localname == "svg":
        raise _refused(
            _(
                "The picture's <svg> element does not declare the SVG namespace "
                '(xmlns="http://www.w3.org/2000/svg"), so it is not read as a drawing.'
            )
        )
    if root.tag != f"{{{SVG_NS}}}svg":
        raise _refused(
            _("The picture is not an SVG drawing: its outermost element is <%(element)s> instead of <svg>.")
            % {"element": _display_name(root)}
        )
    _check_tree(root)
    return serialise(_rebuild(root))


def svg_document(svg: str) -> bytes:
    """The picture as a downloadable file: an XML declaration and the sanitised SVG, encoded as UTF-8."""
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + svg.encode("utf-8") + b"\n"


def serialise(root: etree._Element) -> str:
    """The text of an SVG tree as ``sanitise_svg`` writes it (shared with the renderer, so both agree)."""
    return etree.tostring(root, encoding="unicode")


def svg_root() -> etree._Element:
    """An empty ``<svg>`` element with the namespace declarations every sanitised picture carries."""
    return etree.Element(f"{{{SVG_NS}}}svg", nsmap={None: SVG_NS, "xlink": XLINK_NS})


# --- reading ------------------------------------------------------------------------------------------------


def _as_bytes(data: str | bytes) -> bytes:
    if isinstance(data, str):
        # A text has already been decoded: its declaration (which may name another encoding) is dropped.
        return _XML_DECLARATION.sub("", data, count=1).encode("utf-8")
    return data


def _parse(raw: bytes) -> etree._Element:
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as error:
        raise _refused(
            _("The picture (SVG) is not well-formed XML (line %(line)d).") % {"line": error.lineno or 1}
        ) from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise _refused(
            _(
                "The picture (SVG) contains a document type declaration (<!DOCTYPE …>); pictures with a "
                "DOCTYPE or entities are not accepted."
            )
        )
    return root


# --- checks -------------------------------------------------------------------------------------------------


def _check_tree(root: etree._Element) -> None:
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue  # no entities without a DTD; comments and processing instructions are parsed away
        _check_element(node)
        for name, value in node.attrib.items():
            _check_attribute(node, str(name), str(value))
        if etree.QName(node).localname == "style":
            _check_css("".join(node.itertext()), node)


def _check_element(node: etree._Element) -> None:
    qname = etree.QName(node)
    line = node.sourceline or 1
    if qname.localname.lower() == "script":
        raise _refused(
            _(
                "The picture (SVG) contains a script (<script>, line %(line)d); pictures with scripts are "
                "refused."
            )
            % {"line": line}
        )
    if qname.localname.lower() == "foreignobject":
        raise _refused(
            _(
                "The picture (SVG) embeds foreign content (<foreignObject>, line %(line)d); only drawings "
                "are accepted."
            )
            % {"line": line}
        )
    if qname.namespace != SVG_NS or qname.localname not in ALLOWED_ELEMENTS:
        raise _refused(
            _(
                "The picture (SVG) contains the element <%(element)s> (line %(line)d), which is not allowed "
                "in a diagram picture."
            )
            % {"element": _display_name(node), "line": line}
        )


def _check_attribute(node: etree._Element, name: str, value: str) -> None:
    qname = etree.QName(name)
    local = qname.localname
    if local.lower().startswith("on"):
        raise _refused(
            _(
                "The element <%(element)s> of the picture (SVG, line %(line)d) has the event handler "
                "“%(attribute)s”; pictures with event handlers are refused."
            )
            % {"element": _display_name(node), "line": node.sourceline or 1, "attribute": local}
        )
    if local == "href" and qname.namespace in (None, XLINK_NS):
        _check_href(node, value)
        return
    if qname.namespace is None and local in _URL_ATTRIBUTES:
        _check_css(value, node)


def _check_href(node: etree._Element, value: str) -> None:
    target = value.strip()
    if _FRAGMENT.fullmatch(target):
        return
    if etree.QName(node).localname == "image" and _IMAGE_DATA.fullmatch(target):
        return
    raise _refused(
        _(
            "The element <%(element)s> of the picture (SVG, line %(line)d) refers to “%(target)s”; a picture "
            "may only refer to its own parts (#…)."
        )
        % {"element": _display_name(node), "line": node.sourceline or 1, "target": _shorten(target)}
    )


def _check_css(text: str, node: etree._Element) -> None:
    """Refuse style text (a style attribute, a <style> element, a presentation attribute) reaching outside."""
    if not text:
        return
    line = node.sourceline or 1
    css = _CSS_COMMENT.sub("", text)
    if "\\" in css:
        raise _refused(
            _(
                "A style in the picture (SVG, line %(line)d) uses escape sequences (\\); they are not "
                "accepted in pictures."
            )
            % {"line": line}
        )
    lowered = css.lower()
    for forbidden in _CSS_FORBIDDEN:
        if forbidden in lowered:
            raise _refused(
                _("A style in the picture (SVG, line %(line)d) contains “%(text)s”, which is not accepted.")
                % {"line": line, "text": forbidden}
            )
    urls = list(_CSS_URL.finditer(css))
    if lowered.count("url(") != len(urls):
        raise _refused(
            _("A style in the picture (SVG, line %(line)d) contains an incomplete url(…).") % {"line": line}
        )
    for match in urls:
        target = next((group for group in match.groups() if group is not None), "").strip()
        if not _FRAGMENT.fullmatch(target):
            raise _refused(
                _(
                    "A style in the picture (SVG, line %(line)d) loads “%(target)s”; styles may only refer "
                    "to parts of the picture itself (#…)."
                )
                % {"line": line, "target": _shorten(target)}
            )


# --- rebuilding ---------------------------------------------------------------------------------------------


def _rebuild(source: etree._Element) -> etree._Element:
    """A fresh tree of the checked one: SVG as default namespace, only allowlisted attributes, no comments."""
    root = svg_root()
    _copy_into(root, source)
    return root


def _copy_into(target: etree._Element, source: etree._Element) -> None:
    for name, value in source.attrib.items():
        kept = _kept_attribute_name(str(name))
        if kept is not None:
            target.set(kept, str(value))
    target.text = source.text
    for child in source:
        if not isinstance(child.tag, str):
            continue  # the parser has removed comments and processing instructions already
        copy = etree.SubElement(target, child.tag)
        _copy_into(copy, child)
        copy.tail = child.tail


def _kept_attribute_name(name: str) -> str | None:
    """The name under which an attribute is kept, or None when it is dropped."""
    qname = etree.QName(name)
    if qname.namespace is None:
        return name if name in ALLOWED_ATTRIBUTES or name == "href" else None
    if qname.namespace == XLINK_NS and qname.localname == "href":
        return name
    if qname.namespace == XML_NS and qname.localname in ("space", "lang"):
        return name
    return None


# --- messages -----------------------------------------------------------------------------------------------


def _refused(reason: str) -> SvgError:
    nothing_stored = _("Nothing was stored.")
    return SvgError(f"{reason} {nothing_stored}")


def _display_name(node: etree._Element) -> str:
    qname = etree.QName(node)
    if qname.namespace in (None, SVG_NS):
        return qname.localname
    prefix = node.prefix
    return f"{prefix}:{qname.localname}" if prefix else qname.localname


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
