"""Validation against the official BPMN 2.0 XML schema (OMG), as shipped in the SpiffWorkflow package.

The schema is read from the installed package (never copied), once per process, with a parser that reads no
DTD and goes to no network; its four companion files are included from the same folder. Every violation is a
warning that names the element in German; the parser's own sentences are translated for the common cases.
"""

from __future__ import annotations

import re
import threading
from importlib.resources import as_file, files

from django.utils.translation import gettext as _
from lxml import etree

from modelling.bpmn.checks import Finding, element_label, quoted
from modelling.bpmn.documents import BpmnDocument

_lock = threading.Lock()
_schema: etree.XMLSchema | None = None

_ELEMENT = re.compile(r"^Element '(?:\{([^}]*)\})?([^']+)'(?:, attribute '([^']+)')?: (.*)$", re.DOTALL)
_NOT_ALLOWED = re.compile(r"The attribute '([^']+)' is not allowed")
_REQUIRED = re.compile(r"The attribute '([^']+)' is required but missing")
_INVALID_VALUE = re.compile(
    r"^'(.*)' is not a valid value of the (?:atomic|union|list) type '([^']+)'", re.DOTALL
)
_NOT_IN_SET = re.compile(r"^\[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}")
_NOT_EXPECTED = re.compile(r"This element is not expected")
_MISSING_CHILD = re.compile(r"Missing child element\(s\)\. Expected is (?:one of )?\( ?(.*?) ?\)")
_NCNAME = re.compile(r"^[A-Za-z_][\w.\-]*$")
_NAMESPACE = re.compile(r"\{[^}]*\}")


def bpmn_schema() -> etree.XMLSchema:
    """The BPMN 2.0 schema, loaded on first use."""
    global _schema
    with _lock:
        if _schema is None:
            folder = files("SpiffWorkflow.bpmn.parser") / "schema"
            parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
            with as_file(folder / "BPMN20.xsd") as path:
                _schema = etree.XMLSchema(etree.parse(str(path), parser))
        return _schema


def schema_findings(document: BpmnDocument) -> list[Finding]:
    """Where the document departs from the BPMN 2.0 schema, as warnings naming the element."""
    schema = bpmn_schema()
    tree = document.root.getroottree()
    # One schema object serves every request; its error log is per object, so validation is serialised.
    with _lock:
        valid = schema.validate(tree)
        errors = list(schema.error_log) if not valid else []
    if not errors:
        return []
    locator = _Locator(document.root)
    return [_finding(error, locator) for error in errors if not _is_duplicate_id(error)]


def _is_duplicate_id(error: etree._LogEntry) -> bool:
    """A well-formed id the schema refuses is one used twice: the semantic check names both elements."""
    parts = _ELEMENT.match(" ".join((error.message or "").split()))
    found = _INVALID_VALUE.search(parts[4]) if parts is not None else None
    return found is not None and found[2] == "xs:ID" and _NCNAME.match(found[1]) is not None


class _Locator:
    """Finds the element a schema error is about, by the error's path or else by its line and tag."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self._by_line: dict[tuple[int, str], list[etree._Element]] | None = None

    def find(self, path: str, line: int, namespace: str, name: str) -> etree._Element | None:
        element = self._walk(path)
        if element is not None and etree.QName(element).localname == name:
            return element
        if self._by_line is None:
            self._by_line = {}
            for candidate in self.root.iter():
                if isinstance(candidate.tag, str) and candidate.sourceline is not None:
                    key = (candidate.sourceline, etree.QName(candidate).localname)
                    self._by_line.setdefault(key, []).append(candidate)
        candidates = self._by_line.get((line, name), [])
        for candidate in candidates:
            if (etree.QName(candidate).namespace or "") == namespace:
                return candidate
        return candidates[0] if candidates else None

    def _walk(self, path: str) -> etree._Element | None:
        """Follow a libxml2 node path such as ``/bpmn:definitions/bpmn:process[1]/*[2]``."""
        steps = [step for step in path.split("/") if step]
        if not steps:
            return None
        element: etree._Element | None = None
        for step in steps:
            match = re.fullmatch(r"(?:([\w.\-]+):)?([\w.\-]+|\*)(?:\[(\d+)\])?", step)
            if match is None:
                return None
            prefix, name, index = match[1], match[2], int(match[3] or 1)
            siblings = [self.root] if element is None else [c for c in element if isinstance(c.tag, str)]
            matching = [
                sibling
                for sibling in siblings
                if name == "*" or (sibling.prefix == prefix and etree.QName(sibling).localname == name)
            ]
            if name == "*":
                matching = [sibling for sibling in matching if sibling.prefix is None]
            if len(matching) < index:
                return None
            element = matching[index - 1]
        return element


def _type_name(kind: str) -> str:
    """What an XML schema type means to a modeller, e.g. ``xs:double`` → „eine Zahl“."""
    names = {
        "xs:double": _("number"),
        "xs:float": _("number"),
        "xs:decimal": _("number"),
        "xs:integer": _("whole number"),
        "xs:int": _("whole number"),
        "xs:nonNegativeInteger": _("whole number of at least 0"),
        "xs:positiveInteger": _("whole number of at least 1"),
        "xs:anyURI": _("address (URI)"),
        "xs:QName": _("reference to an element"),
        "xs:IDREF": _("reference to an element"),
    }
    return names.get(kind, kind)


def _label(element: etree._Element | None, name: str) -> str:
    """The element's label; one without a name or id (such as ``dc:Bounds``) is placed in its parent."""
    if element is None:
        return quoted(name)
    label = element_label(element)
    parent = element.getparent()
    if element.get("id") or element.get("name") or parent is None:
        return label
    return _("%(element)s in %(parent)s") % {"element": label, "parent": element_label(parent)}


def _finding(error: etree._LogEntry, locator: _Locator) -> Finding:
    line = error.line or None
    raw = " ".join((error.message or "").split())
    parts = _ELEMENT.match(raw)
    if parts is None:
        return Finding(
            code="schema",
            message=_("The model does not conform to the BPMN 2.0 schema: %(detail)s.")
            % {"detail": _NAMESPACE.sub("", raw)},
            line=line,
        )
    namespace, name, attribute, detail = parts[1] or "", parts[2], parts[3], parts[4]
    element = locator.find(error.path or "", error.line, namespace, name)
    label = _label(element, name)
    values = {"element": label, "attribute": attribute or ""}
    if (found := _NOT_ALLOWED.search(detail)) is not None:
        values["attribute"] = found[1]
        message = _("%(element)s has the attribute “%(attribute)s”, which BPMN 2.0 does not define.")
    elif (found := _REQUIRED.search(detail)) is not None:
        values["attribute"] = found[1]
        message = _("%(element)s lacks the attribute “%(attribute)s”, which BPMN 2.0 requires.")
    elif (found := _INVALID_VALUE.search(detail)) is not None and attribute:
        value, kind = found[1], found[2]
        values["value"] = value
        if kind == "xs:ID":
            message = _(
                "%(element)s has the id “%(value)s”, which is not valid: "
                "an id must begin with a letter or “_” and must not contain spaces or colons."
            )
        elif kind == "xs:boolean":
            message = _(
                "The attribute “%(attribute)s” of %(element)s has the value “%(value)s”; "
                "BPMN 2.0 allows only “true” or “false”."
            )
        else:
            values["type"] = _type_name(kind)
            message = _(
                "The attribute “%(attribute)s” of %(element)s has the value “%(value)s”, "
                "which is not a valid %(type)s."
            )
    elif (found := _NOT_IN_SET.search(detail)) is not None and attribute:
        values["value"] = found[1]
        values["allowed"] = ", ".join(quoted(item.strip().strip(chr(39))) for item in found[2].split(","))
        message = _(
            "The attribute “%(attribute)s” of %(element)s has the value “%(value)s”; "
            "BPMN 2.0 allows only %(allowed)s."
        )
    elif _NOT_EXPECTED.search(detail):
        parent = element.getparent() if element is not None else None
        values["parent"] = element_label(parent) if parent is not None else "—"
        values["tag"] = name
        message = _(
            "The element “%(tag)s” is not allowed at this place in %(parent)s by BPMN 2.0, or not in this "
            "order."
        )
    elif (found := _MISSING_CHILD.search(detail)) is not None:
        expected = ", ".join(quoted(_NAMESPACE.sub("", item).strip()) for item in found[1].split(","))
        values["expected"] = expected
        message = _("%(element)s lacks a required element: %(expected)s.")
    else:
        values["detail"] = _NAMESPACE.sub("", detail)
        message = _("%(element)s does not conform to the BPMN 2.0 schema: %(detail)s.")
    return Finding(
        code="schema",
        message=message % values,
        element_id=(element.get("id") or "") if element is not None else "",
        element_name=(element.get("name") or "") if element is not None else "",
        line=line,
    )
