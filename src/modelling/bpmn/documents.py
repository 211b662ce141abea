"""Reading a BPMN file safely: size, text encoding, XML without DTD or entities, a BPMN 2.0 root.

Only a file that is not a BPMN model at all is refused (``BpmnFileError`` with a German message naming the
file and, for syntax errors, the line); everything a modeller can fix in the model is a finding
(``modelling.bpmn.checks``). The XML is read from its text: the file's declared encoding (a BOM, UTF-16 and
``<?xml … encoding="ISO-8859-1"?>`` included) is decoded once, the declaration is rewritten to UTF-8 and the
rest of the text is kept exactly as it was (vendor extensions, comments, order), so the stored text is the
uploaded file and line numbers of findings match the user's file.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from lxml import etree

MAX_BYTES = 20 * 1024 * 1024
BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI"
DC_NS = "http://www.omg.org/spec/DD/20100524/DC"
DI_NS = "http://www.omg.org/spec/DD/20100524/DI"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

UTF8_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

# Namespaces of files that are not BPMN 2.0 but are easily mistaken for it (same root name or same tools).
_OTHER_FORMATS = (
    ("http://www.omg.org/spec/DMN/", "DMN"),
    ("https://www.omg.org/spec/DMN/", "DMN"),
    ("http://www.omg.org/spec/CMMN/", "CMMN"),
    ("http://www.wfmc.org/", "XPDL"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_BYTES_DECLARATION = re.compile(
    rb"\s{0,100}<\?xml\s[^>]{0,300}?encoding\s*=\s*[\"']([A-Za-z][A-Za-z0-9._-]{0,40})[\"']"
)
_DECLARATION = re.compile(r"<\?xml(?=\s)[^>]{0,300}?\?>")
_DECLARED_ENCODING = re.compile(r"(encoding\s*=\s*)([\"'])[^\"']*\2")
_DECLARED_VERSION = re.compile(r"version\s*=\s*([\"'])[^\"']*\1")
_LIBXML_POSITION = re.compile(r", line \d+, column \d+$")


class BpmnFileError(Exception):
    """A file that cannot be read as a BPMN model; ``message`` says why in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class BpmnDocument:
    """A parsed BPMN 2.0 file: its ``definitions`` element, its text to store and the encoding it came in."""

    root: etree._Element
    text: str
    encoding: str


def parse_bpmn(data: bytes | str, *, file_name: str = "") -> BpmnDocument:
    """Read a BPMN 2.0 file, or raise ``BpmnFileError`` when it is not one."""
    text, encoding, root = read_xml(data, file_name=file_name)
    _check_root(root, file_name)
    return BpmnDocument(root=root, text=text, encoding=encoding)


def read_xml(data: bytes | str, *, file_name: str = "") -> tuple[str, str, etree._Element]:
    """The text to store, the encoding read and the root element of any XML file, read without a DTD."""
    subject = _subject(file_name)
    if isinstance(data, str):
        if len(data) > MAX_BYTES:
            raise _too_large(subject, len(data))
        text, encoding = data.removeprefix("\ufeff"), "UTF-8"
    else:
        if len(data) > MAX_BYTES:
            raise _too_large(subject, len(data))
        text, encoding = _decode(data, subject)
    if not text.strip():
        raise BpmnFileError(_("%(file)s is empty.") % {"file": subject})
    text = _declare_utf8(text)
    _refuse_doctype(text, subject)
    encoded = text.encode("utf-8")
    if len(encoded) > MAX_BYTES:
        raise _too_large(subject, len(encoded))
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=False
    )
    try:
        root = etree.fromstring(encoded, parser)
    except etree.XMLSyntaxError as error:
        if _looks_like_html(text):
            raise _html(subject) from None
        raise BpmnFileError(
            _("%(file)s is not an XML file: %(reason)s (line %(line)d).")
            % {"file": subject, "reason": _syntax_reason(error), "line": error.lineno or 1}
        ) from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise _doctype(subject)
    return text, encoding, root


# --- messages ----------------------------------------------------------------------------------------------


def _subject(file_name: str) -> str:
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not name:
        return _("The file")
    if len(name) > 100:
        name = name[:99] + "…"
    # Translators: the subject of a sentence about an uploaded file, e.g. “The file “x.bpmn” is empty.”
    return _("The file “%(name)s”") % {"name": name}


def _too_large(subject: str, size: int) -> BpmnFileError:
    return BpmnFileError(
        _("%(file)s is too large: it has %(size)s MB, at most %(limit)d MB are accepted.")
        % {
            "file": subject,
            "size": number_format(size / (1024 * 1024), 1),
            "limit": MAX_BYTES // (1024 * 1024),
        }
    )


def _html(subject: str) -> BpmnFileError:
    return BpmnFileError(
        _(
            "%(file)s is a web page (HTML), not a BPMN model. Please upload the .bpmn file that your "
            "modelling tool exports."
        )
        % {"file": subject}
    )


def _doctype(subject: str) -> BpmnFileError:
    return BpmnFileError(
        _(
            "%(file)s contains a document type declaration (<!DOCTYPE …>). BPMN files never need one, and "
            "it is refused for safety because it can define entities that read other files or fill the "
            "memory. Remove it and upload the file again."
        )
        % {"file": subject}
    )


def _syntax_reason(error: etree.XMLSyntaxError) -> str:
    """The parser's complaint in the user's language where it is a common one, else as the parser says it."""
    message = _LIBXML_POSITION.sub("", error.msg or "")
    mismatch = re.match(r"Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)", message)
    if mismatch:
        return _("the element “%(open)s” opened in line %(opened)s is closed as “%(close)s”") % {
            "open": mismatch[1],
            "opened": mismatch[2],
            "close": mismatch[3],
        }
    unfinished = re.match(r"Premature end of data in tag (\S+) line (\d+)", message)
    if unfinished:
        return _("the file ends before the element “%(tag)s” opened in line %(opened)s is closed") % {
            "tag": unfinished[1],
            "opened": unfinished[2],
        }
    entity = re.match(r"Entity '([^']+)' not defined", message)
    if entity:
        return _("the entity “&%(name)s;” is not defined (write a plain “&” as “&amp;”)") % {
            "name": entity[1]
        }
    prefix = re.match(r"Namespace prefix (\S+) (?:on|for) (\S+) is not defined", message)
    if prefix:
        return _("the namespace prefix “%(prefix)s” of “%(element)s” is not declared") % {
            "prefix": prefix[1],
            "element": prefix[2],
        }
    redefined = re.match(r"Attribute (\S+) redefined", message)
    if redefined:
        return _("the attribute “%(name)s” is given twice in one element") % {"name": redefined[1]}
    known = {
        "Start tag expected": _("it does not begin with an XML element"),
        "Document is empty": _("it does not begin with an XML element"),
        "Extra content at the end of the document": _(
            "there is more content after the end of the root element"
        ),
        "xmlParseEntityRef: no name": _("a plain “&” must be written as “&amp;”"),
        "EntityRef: expecting ';'": _("a plain “&” must be written as “&amp;”"),
        "Couldn't find end of Start Tag": _("a start tag is not closed with “>”"),
        "AttValue: \" or ' expected": _("an attribute value is not enclosed in quotation marks"),
        "PCDATA invalid Char value": _("it contains a control character that XML does not allow"),
        "Char 0x": _("it contains a control character that XML does not allow"),
        "XML declaration allowed only at the start": _(
            "the XML declaration (<?xml …?>) must be at the very beginning of the file"
        ),
    }
    for start, reason in known.items():
        if message.startswith(start):
            return reason
    return message


# --- text and encoding -------------------------------------------------------------------------------------


def _decode(data: bytes, subject: str) -> tuple[str, str]:
    """The file's text, decoded as its BOM or declaration says, and the name of that encoding."""
    codec, label, body = "", "", data
    for bom, bom_codec, bom_label in _BOMS:
        if data.startswith(bom):
            codec, label = bom_codec, bom_label
            break
    if not codec and data[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        codec, label = ("utf-16-le" if data[0] else "utf-16-be"), "UTF-16"
    if not codec:
        declared = _BYTES_DECLARATION.match(data)
        label = declared[1].decode("ascii").upper() if declared else "UTF-8"
        try:
            codec = codecs.lookup(label).name
        except LookupError:
            raise BpmnFileError(
                _("%(file)s declares the character encoding “%(encoding)s”, which is unknown.")
                % {"file": subject, "encoding": label}
            ) from None
        if codec.startswith(("utf-16", "utf-32")):
            # A declaration that names UTF-16 in a file whose bytes are plainly ASCII-compatible.
            codec, label = "utf-8", "UTF-8"
    try:
        text = body.decode(codec)
    except LookupError:
        raise BpmnFileError(
            _("%(file)s declares the character encoding “%(encoding)s”, which is unknown.")
            % {"file": subject, "encoding": label}
        ) from None
    except UnicodeDecodeError as error:
        if codec.startswith(("utf-16", "utf-32")):
            line = body[: error.start].decode(codec, errors="replace").count("\n") + 1
        else:
            line = body[: error.start].count(b"\n") + 1
        raise BpmnFileError(
            _(
                "%(file)s cannot be read as %(encoding)s text: line %(line)d holds bytes that are not valid "
                "in this encoding. Save the file as UTF-8 and upload it again."
            )
            % {"file": subject, "encoding": label, "line": line}
        ) from None
    return text.removeprefix("\ufeff"), label


def _declare_utf8(text: str) -> str:
    """The text with its XML declaration naming UTF-8, or with such a declaration in front of it."""
    stripped = text.lstrip()
    late = _DECLARATION.match(stripped) if len(stripped) < len(text) else None
    if late is not None:
        # White space before the declaration is not XML; put it behind so the line numbers stay.
        leading = text[: len(text) - len(stripped)]
        text = stripped[: late.end()] + leading + stripped[late.end() :]
    declaration = _DECLARATION.match(text)
    if declaration is None:
        if text.startswith("<?xml"):
            return text  # a malformed declaration: the parser says what is wrong with it
        # No line break after it: the line numbers stay those of the user's file.
        return UTF8_DECLARATION + text
    old = declaration[0]
    if _DECLARED_ENCODING.search(old):
        new = _DECLARED_ENCODING.sub(lambda match: f"{match[1]}{match[2]}UTF-8{match[2]}", old, count=1)
    else:
        new = _DECLARED_VERSION.sub(lambda match: f'{match[0]} encoding="UTF-8"', old, count=1)
    return new + text[len(old) :]


def _refuse_doctype(text: str, subject: str) -> None:
    """Refuse a document type declaration before the parser sees it (entity bombs, external entities).

    It can only stand in the prolog: after the XML declaration, among comments, processing instructions and
    white space, before the first element.
    """
    position = 0
    declaration = _DECLARATION.match(text)
    if declaration:
        position = declaration.end()
    length = len(text)
    while position < length:
        if text[position].isspace():
            position += 1
        elif text.startswith("<!--", position):
            end = text.find("-->", position + 4)
            if end < 0:
                return
            position = end + 3
        elif text.startswith("<?", position):
            end = text.find("?>", position + 2)
            if end < 0:
                return
            position = end + 2
        elif text[position : position + 9].upper() == "<!DOCTYPE":
            if re.match(r"\s+html\b", text[position + 9 : position + 30], re.IGNORECASE):
                raise _html(subject)
            raise _doctype(subject)
        else:
            return


def _looks_like_html(text: str) -> bool:
    start = _DECLARATION.sub("", text[:2000], count=1).lstrip().lower()
    while start.startswith("<!--") and "-->" in start:
        start = start[start.index("-->") + 3 :].lstrip()
    return start.startswith(("<html", "<!doctype html", "<head", "<body"))


# --- the root ----------------------------------------------------------------------------------------------


def _check_root(root: etree._Element, file_name: str) -> None:
    subject = _subject(file_name)
    name = etree.QName(root)
    namespace = name.namespace or ""
    if name.localname.lower() == "html":
        raise _html(subject)
    if name.localname == "definitions" and namespace == BPMN_NS:
        return
    for prefix, notation in _OTHER_FORMATS:
        if namespace.startswith(prefix):
            raise BpmnFileError(
                _(
                    "%(file)s is a %(notation)s file, not a BPMN 2.0 model. "
                    "Export the diagram as BPMN 2.0 XML."
                )
                % {"file": subject, "notation": notation}
            )
    if name.localname == "definitions":
        if not namespace:
            raise BpmnFileError(
                _(
                    "%(file)s is not a BPMN 2.0 model: its root element “definitions” has no namespace, "
                    "BPMN 2.0 requires the namespace “%(expected)s”. "
                    "Export the diagram again as BPMN 2.0 XML."
                )
                % {"file": subject, "expected": BPMN_NS}
            )
        raise BpmnFileError(
            _(
                "%(file)s is not a BPMN 2.0 model: its root element “definitions” has the namespace "
                "“%(namespace)s” instead of “%(expected)s”. "
                "It may come from an older tool or from a draft of BPMN 2.0; "
                "export the diagram again as BPMN 2.0 XML."
            )
            % {"file": subject, "namespace": namespace, "expected": BPMN_NS}
        )
    if namespace in (BPMN_NS, BPMNDI_NS):
        raise BpmnFileError(
            _(
                "%(file)s holds only a part of a BPMN model (a “%(element)s” element), not a whole model, "
                "which begins with “definitions”. Export the whole diagram as BPMN 2.0 XML."
            )
            % {"file": subject, "element": name.localname}
        )
    raise BpmnFileError(
        _(
            "%(file)s is an XML file, but not a BPMN model: it begins with the element “%(element)s” "
            "instead of “definitions”."
        )
        % {"file": subject, "element": name.localname}
    )
