"""Sanitising diagram pictures: what is refused (with which message) and what a bpmn-js picture keeps."""

import pytest
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext
from lxml import etree

from modelling.bpmn.svg import MAX_SVG_BYTES, SVG_NS, XLINK_NS, SvgError, sanitise_svg, svg_document

SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'

# What bpmn-js 18 (saveSVG) writes for a start event, a task and the sequence flow between them, shortened.
BPMN_JS_SVG = """<?xml version="1.0" encoding="utf-8"?>
<!-- created with bpmn-js / http://bpmn.io -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="328" height="118" \
viewBox="146 76 328 118" version="1.1"><defs><marker id="sequenceflow-end-white-black-3uw8gm2xh8g7sl8x" \
viewBox="0 0 20 20" refX="11" refY="10" markerWidth="10" markerHeight="10" orient="auto"><path \
d="M 1 5 L 11 10 L 1 15 Z" style="fill: black; stroke-width: 1px; stroke-linecap: round; \
stroke-dasharray: 10000, 1; stroke: black;"/></marker></defs><g class="djs-group"><g \
class="djs-element djs-connection" data-element-id="Flow_1" style="display: block;"><g class="djs-visual">\
<path d="m 188,120 52,0" marker-end="url('#sequenceflow-end-white-black-3uw8gm2xh8g7sl8x')" \
style="fill: none; stroke-width: 2px; stroke: black; stroke-linejoin: round; \
marker-end: url(&quot;#sequenceflow-end-white-black-3uw8gm2xh8g7sl8x&quot;);"/></g><polyline \
points="188,120 240,120" class="djs-hit djs-hit-stroke" style="fill: none; stroke-opacity: 0; stroke: white; \
stroke-width: 15px;"/></g></g><g class="djs-group"><g class="djs-element djs-shape" \
data-element-id="StartEvent_1" style="display: block;" transform="matrix(1 0 0 1 152 102)"><g \
class="djs-visual"><circle cx="18" cy="18" r="18" style="stroke: black; stroke-width: 2px; fill: white; \
fill-opacity: 0.95;"/></g><rect x="0" y="0" width="36" height="36" class="djs-hit djs-hit-all" \
style="fill: none; stroke-opacity: 0; stroke: white; stroke-width: 15px;"/></g></g><g class="djs-group"><g \
class="djs-element djs-shape" data-element-id="Activity_1" style="display: block;" \
transform="matrix(1 0 0 1 240 80)"><g class="djs-visual"><rect x="0" y="0" width="100" height="80" rx="10" \
ry="10" style="stroke: black; stroke-width: 2px; fill: white; fill-opacity: 0.95;"/><text lineHeight="1.2" \
class="djs-label" style="font-family: Arial, sans-serif; font-size: 12px; font-weight: normal; fill: black;">\
<tspan x="11.5" y="43.6">Antrag &amp; Unterlagen prüfen</tspan></text></g></g></g></svg>"""


def refusal(data: str | bytes) -> str:
    with pytest.raises(SvgError) as caught:
        sanitise_svg(data)
    assert str(caught.value) == caught.value.message
    return caught.value.message


def refused_because(reason: str) -> str:
    return f"{reason} {gettext('Nothing was stored.')}"


def parsed(svg: str) -> etree._Element:
    return etree.fromstring(svg.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))


# --- a picture from the modeller ----------------------------------------------------------------------------


def test_it_keeps_the_drawing_of_a_bpmn_js_picture() -> None:
    svg = sanitise_svg(BPMN_JS_SVG)

    root = parsed(svg)
    original = parsed(BPMN_JS_SVG.split("\n", 3)[3])
    assert [node.tag for node in root.iter()] == [node.tag for node in original.iter()]
    assert root.get("viewBox") == "146 76 328 118"
    marker = root.find(f"{{{SVG_NS}}}defs/{{{SVG_NS}}}marker")
    assert marker.get("id") == "sequenceflow-end-white-black-3uw8gm2xh8g7sl8x"
    assert marker.get("refX") == "11"
    flow = root.find(f".//{{{SVG_NS}}}g[@data-element-id='Flow_1']//{{{SVG_NS}}}path")
    assert flow.get("marker-end") == "url('#sequenceflow-end-white-black-3uw8gm2xh8g7sl8x')"
    assert 'marker-end: url("#sequenceflow-end-white-black-3uw8gm2xh8g7sl8x")' in flow.get("style")
    task = root.find(f".//{{{SVG_NS}}}g[@data-element-id='Activity_1']")
    assert task.get("transform") == "matrix(1 0 0 1 240 80)"
    assert task.get("class") == "djs-element djs-shape"
    assert "".join(task.itertext()) == "Antrag & Unterlagen prüfen"


def test_it_writes_a_picture_that_can_be_embedded_in_html() -> None:
    svg = sanitise_svg(BPMN_JS_SVG)

    assert svg.startswith(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    )
    assert "<?xml" not in svg
    assert "DOCTYPE" not in svg
    assert "created with bpmn-js" not in svg
    assert "Antrag &amp; Unterlagen prüfen" in svg


def test_it_drops_attributes_that_are_not_for_drawing() -> None:
    svg = sanitise_svg(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape">'
        '<rect x="1" y="2" width="3" height="4" data-foo="bar" inkscape:label="Ebene" tabindex="0" '
        'fill="#fff"/><text lineHeight="1.2" xml:space="preserve">a</text></svg>'
    )

    rect = parsed(svg).find(f"{{{SVG_NS}}}rect")
    assert dict(rect.attrib) == {"x": "1", "y": "2", "width": "3", "height": "4", "fill": "#fff"}
    assert "inkscape" not in svg
    assert "lineHeight" not in svg
    assert 'xml:space="preserve"' in svg


def test_it_writes_other_prefixes_of_the_svg_namespace_as_the_default_namespace() -> None:
    svg = sanitise_svg(f'<s:svg xmlns:s="{SVG_NS}"><s:g><s:rect width="1" height="1"/></s:g></s:svg>')

    assert svg == f'<svg xmlns="{SVG_NS}" xmlns:xlink="{XLINK_NS}"><g><rect width="1" height="1"/></g></svg>'


def test_it_drops_comments_and_processing_instructions_but_keeps_the_text_around_them() -> None:
    svg = sanitise_svg(f"{SVG_OPEN}<text>Vor<!-- note -->gang<?pi data?> 1</text></svg>")

    assert "".join(parsed(svg).itertext()) == "Vorgang 1"
    assert "note" not in svg
    assert "<?" not in svg


def test_sanitising_a_sanitised_picture_changes_nothing() -> None:
    once = sanitise_svg(BPMN_JS_SVG)

    assert sanitise_svg(once) == once
    assert sanitise_svg(once.encode("utf-8")) == once


def test_it_reads_bytes_and_text_alike() -> None:
    assert sanitise_svg(BPMN_JS_SVG.encode("utf-8")) == sanitise_svg(BPMN_JS_SVG)


def test_it_accepts_references_to_its_own_parts() -> None:
    svg = sanitise_svg(
        f'{SVG_OPEN}<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>'
        '<symbol id="s"><circle r="2"/></symbol></defs><rect fill="url(#g)" style="fill: url( \'#g\' )"/>'
        '<use xlink:href="#s"/><use href="#s"/></svg>'
    )

    root = parsed(svg)
    assert root.find(f"{{{SVG_NS}}}use").get(f"{{{XLINK_NS}}}href") == "#s"
    assert root.findall(f"{{{SVG_NS}}}use")[1].get("href") == "#s"
    assert root.find(f"{{{SVG_NS}}}rect").get("fill") == "url(#g)"


def test_it_accepts_an_embedded_bitmap_image() -> None:
    bitmap = (
        "data:image/png;base64,"
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    )

    svg = sanitise_svg(f'{SVG_OPEN}<image width="1" height="1" xlink:href="{bitmap}"/></svg>')

    assert parsed(svg).find(f"{{{SVG_NS}}}image").get(f"{{{XLINK_NS}}}href") == bitmap


def test_the_download_is_the_picture_behind_an_xml_declaration() -> None:
    svg = sanitise_svg(BPMN_JS_SVG)

    document = svg_document(svg)

    assert document.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<svg ')
    assert document.decode("utf-8").strip().endswith(svg)
    assert etree.fromstring(document).tag == f"{{{SVG_NS}}}svg"


# --- refusals -----------------------------------------------------------------------------------------------


def test_it_refuses_a_script_and_names_its_line() -> None:
    message = refusal(f'{SVG_OPEN}\n<g>\n<script type="text/javascript">alert(1)</script></g></svg>')

    expected = gettext(
        "The picture (SVG) contains a script (<script>, line %(line)d); pictures with scripts are refused."
    ) % {"line": 3}
    assert message == refused_because(expected)


def test_it_refuses_a_script_in_the_german_interface() -> None:
    with translation.override("de"):
        message = refusal(f"{SVG_OPEN}<script>alert(1)</script></svg>")
        assert message.endswith(gettext("Nothing was stored."))


@pytest.mark.parametrize(
    ("attribute", "element"),
    [("onload", "svg"), ("onclick", "rect"), ("onmouseover", "text"), ("ONFOCUSIN", "g")],
)
def test_it_refuses_an_event_handler(attribute: str, element: str) -> None:
    if element == "svg":
        data = f'<svg xmlns="{SVG_NS}" {attribute}="alert(1)"/>'
    else:
        data = f'<svg xmlns="{SVG_NS}"><{element} {attribute}="alert(1)"/></svg>'

    expected = gettext(
        "The element <%(element)s> of the picture (SVG, line %(line)d) has the event handler "
        "“%(attribute)s”; pictures with event handlers are refused."
    ) % {"element": element, "line": 1, "attribute": attribute}
    assert refusal(data) == refused_because(expected)


@pytest.mark.parametrize(
    ("element", "target"),
    [
        ("use", "javascript:alert(1)"),
        ("use", " JavaScript:alert(1)"),
        ("use", "http://example.org/sprite.svg#icon"),
        ("use", "//example.org/sprite.svg#icon"),
        ("use", "sprite.svg#icon"),
        ("image", "http://example.org/logo.png"),
        ("image", "data:image/svg+xml;base64,PHN2Zy8+"),
        ("image", "file:///etc/passwd"),
    ],
)
def test_it_refuses_a_link_out_of_the_picture(element: str, target: str) -> None:
    expected = gettext(
        "The element <%(element)s> of the picture (SVG, line %(line)d) refers to “%(target)s”; a picture "
        "may only refer to its own parts (#…)."
    ) % {"element": element, "line": 1, "target": target.strip()}

    assert refusal(f'{SVG_OPEN}<{element} xlink:href="{target}"/></svg>') == refused_because(expected)
    assert refusal(f'{SVG_OPEN}<{element} href="{target}"/></svg>') == refused_because(expected)


def test_it_refuses_foreign_content() -> None:
    message = refusal(
        f'{SVG_OPEN}<foreignObject width="10" height="10"><p xmlns="http://www.w3.org/1999/xhtml">x</p>'
        "</foreignObject></svg>"
    )

    expected = gettext(
        "The picture (SVG) embeds foreign content (<foreignObject>, line %(line)d); only drawings "
        "are accepted."
    ) % {"line": 1}
    assert message == refused_because(expected)


@pytest.mark.parametrize(
    ("markup", "name"),
    [
        ('<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://example.org"/>', "iframe"),
        ('<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="https://example.org"/>', "h:iframe"),
        ('<a href="#x"><rect/></a>', "a"),
        ('<set attributeName="href" to="javascript:alert(1)"/>', "set"),
        ('<animate attributeName="x" values="0;1"/>', "animate"),
        # inlined in the print view, a style sheet would restyle the whole page; bpmn-js never writes one
        ("<style>body { display: none }</style>", "style"),
        ('<filter id="f"><feImage href="https://example.org/x.png"/></filter>', "filter"),
    ],
)
def test_it_refuses_an_element_that_is_not_for_drawing(markup: str, name: str) -> None:
    expected = gettext(
        "The picture (SVG) contains the element <%(element)s> (line %(line)d), which is not allowed in a "
        "diagram picture."
    ) % {"element": name, "line": 1}

    assert refusal(f"{SVG_OPEN}{markup}</svg>") == refused_because(expected)


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE svg [<!ENTITY name "Vorgang">]>',
        '<!DOCTYPE svg SYSTEM "file:///etc/passwd">',
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" '
        '[<!ATTLIST svg onload CDATA "alert(1)">]>',
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://example.org/evil.dtd">',
    ],
)
def test_it_refuses_a_doctype_other_than_the_one_bpmn_js_writes(doctype: str) -> None:
    expected = gettext(
        "The picture (SVG) contains a document type declaration (<!DOCTYPE …>); pictures with a DOCTYPE or "
        "entities are not accepted."
    )

    assert refusal(f'{doctype}<svg xmlns="{SVG_NS}"><text>&#65;</text></svg>') == refused_because(expected)


def test_it_refuses_an_entity_that_is_not_declared() -> None:
    message = refusal(f'<svg xmlns="{SVG_NS}"><text>&name;</text></svg>')

    assert message == refused_because(
        gettext("The picture (SVG) is not well-formed XML (line %(line)d).") % {"line": 1}
    )


@pytest.mark.parametrize(
    ("markup", "target"),
    [
        ('<rect style="fill: url(http://example.org/p.svg#a)"/>', "http://example.org/p.svg#a"),
        ("<rect style=\"fill: url('https://example.org/x')\"/>", "https://example.org/x"),
        ('<rect style="background:URL( &quot;//example.org/x&quot; )"/>', "//example.org/x"),
        ('<rect fill="url(https://example.org/p.svg#g)"/>', "https://example.org/p.svg#g"),
        ("<path marker-end=\"url('data:image/svg+xml,x')\"/>", "data:image/svg+xml,x"),
        ('<g style="fill: url(https://example.org/p.svg#g)"/>', "https://example.org/p.svg#g"),
    ],
)
def test_it_refuses_a_style_that_loads_something(markup: str, target: str) -> None:
    expected = gettext(
        "A style in the picture (SVG, line %(line)d) loads “%(target)s”; styles may only refer to parts of "
        "the picture itself (#…)."
    ) % {"line": 1, "target": target}

    assert refusal(f"{SVG_OPEN}{markup}</svg>") == refused_because(expected)


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<rect style='@import \"https://example.org/x.css\";'/>", "@import"),
        ('<rect style="@IMPORT url(#x);"/>', "@import"),
        ('<rect style="width: expression(alert(1))"/>', "expression("),
        ('<rect style="fill: javascript:alert(1)"/>', "javascript:"),
        ('<rect style="-moz-binding: x"/>', "-moz-binding"),
        ("<rect style=\"fill: -webkit-image-set('https://example.org/x.png' 1x)\"/>", "image-set("),
        ('<rect style="fill: red &lt;img src=x onerror=alert(1)&gt;"/>', "<"),
    ],
)
def test_it_refuses_a_style_that_imports_or_runs_code(markup: str, text: str) -> None:
    expected = gettext(
        "A style in the picture (SVG, line %(line)d) contains “%(text)s”, which is not accepted."
    ) % {"line": 1, "text": text}

    assert refusal(f"{SVG_OPEN}{markup}</svg>") == refused_because(expected)


def test_it_refuses_a_style_hidden_behind_css_escapes() -> None:
    expected = gettext(
        "A style in the picture (SVG, line %(line)d) uses escape sequences (\\); they are not accepted in "
        "pictures."
    ) % {"line": 1}

    message = refusal(f'{SVG_OPEN}<rect style="fill: u\\72l(https://example.org)"/></svg>')

    assert message == refused_because(expected)


def test_it_refuses_an_import_split_by_a_css_comment() -> None:
    expected = gettext(
        "A style in the picture (SVG, line %(line)d) contains “%(text)s”, which is not accepted."
    ) % {"line": 1, "text": "@import"}

    assert refusal(f"{SVG_OPEN}<rect style=\"@im/**/port 'x.css';\"/></svg>") == refused_because(expected)


def test_it_refuses_an_unfinished_url() -> None:
    expected = gettext("A style in the picture (SVG, line %(line)d) contains an incomplete url(…).") % {
        "line": 1
    }

    assert refusal(f'{SVG_OPEN}<rect style="fill: url(https://example.org"/></svg>') == refused_because(
        expected
    )


def test_it_refuses_what_is_not_xml_and_names_the_line() -> None:
    expected = gettext("The picture (SVG) is not well-formed XML (line %(line)d).") % {"line": 2}

    assert refusal(f"{SVG_OPEN}\n<g></svg>") == refused_because(expected)


def test_it_refuses_an_empty_picture() -> None:
    expected = refused_because(gettext("The picture (SVG) is empty."))

    assert refusal("") == expected
    assert refusal(b"  \n") == expected


def test_it_refuses_a_document_that_is_not_an_svg_drawing() -> None:
    expected = gettext(
        "The picture is not an SVG drawing: its outermost element is <%(element)s> instead of <svg>."
    ) % {"element": "html"}

    assert refusal('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>') == refused_because(expected)


def test_it_refuses_an_svg_element_without_the_svg_namespace() -> None:
    expected = gettext(
        "The picture's <svg> element does not declare the SVG namespace "
        '(xmlns="http://www.w3.org/2000/svg"), so it is not read as a drawing.'
    )

    assert refusal("<svg><rect/></svg>") == refused_because(expected)


def test_it_refuses_a_picture_above_the_size_limit() -> None:
    padding = " " * (MAX_SVG_BYTES + 1 - len(SVG_OPEN) - len("</svg>"))

    message = refusal(f"{SVG_OPEN}{padding}</svg>")

    expected = gettext(
        "The picture (SVG) is too large: it has %(size)s MB, at most %(limit)d MB are accepted."
    ) % {"size": number_format((MAX_SVG_BYTES + 1) / (1024 * 1024), 1), "limit": 10}
    assert message == refused_because(expected)


def test_it_refuses_the_whole_picture_not_only_the_bad_part() -> None:
    hostile = BPMN_JS_SVG.replace('<g class="djs-visual">', '<g class="djs-visual" onmouseover="steal()">', 1)

    with pytest.raises(SvgError):
        sanitise_svg(hostile)
