"""Whether two BPMN XML documents say the same thing, however differently they are written.

Equal are documents whose elements (namespace and name), attributes (qualified name, value with white space
normalised, QName values resolved to their namespace, coordinates of ``dc:Bounds`` and ``di:waypoint`` as
numbers), texts, extension elements and vendor attributes agree. Child order, insignificant white space,
namespace prefixes, comments and processing instructions do not count. Children are paired by tag and ``id``
where they have one, else by their whole content (as a multiset); what is left over is paired by tag in
order, so a changed coordinate is reported as such rather than as a removed and an added element.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import TypeAlias

from lxml import etree

from modelling.bpmn.documents import DC_NS, DI_NS, XSI_NS, read_xml

MAX_DIFFERENCES = 200

_QNAME = re.compile(r"^([A-Za-z_][\w.\-]*):([A-Za-z_][\w.\-]*)$")
_XSI_TYPE = f"{{{XSI_NS}}}type"
_NUMERIC_NAMESPACES = frozenset({DC_NS, DI_NS})

XmlInput: TypeAlias = bytes | str | etree._Element


def semantic_differences(a: XmlInput, b: XmlInput) -> list[str]:
    """The differences between two BPMN documents, one English line each; empty when they are equal."""
    first, second = _root(a), _root(b)
    comparison = _Comparison()
    comparison.compare(first, second, "/" + _step(first))
    return comparison.lines


def _root(value: XmlInput) -> etree._Element:
    if isinstance(value, etree._Element):
        return value
    return read_xml(value)[2]


def _normalise(value: str) -> str:
    return " ".join(value.split())


def _qualified(element: etree._Element, value: str, *, default_namespace: bool = False) -> str:
    """A ``prefix:name`` value as ``{namespace}name`` when the prefix is declared, else the value."""
    match = _QNAME.match(value)
    nsmap = element.nsmap or {}
    if match and match[1] in nsmap:
        return f"{{{nsmap[match[1]]}}}{match[2]}"
    if default_namespace and None in nsmap and re.fullmatch(r"[A-Za-z_][\w.\-]*", value):
        return f"{{{nsmap[None]}}}{value}"
    return value


def _attributes(element: etree._Element) -> dict[str, str]:
    numeric = _namespace(element) in _NUMERIC_NAMESPACES
    values: dict[str, str] = {}
    for name, raw in element.attrib.items():
        value = _normalise(raw)
        if numeric:
            try:
                values[name] = repr(float(value))
                continue
            except ValueError:
                pass
        values[name] = _qualified(element, value, default_namespace=name == _XSI_TYPE)
    return values


def _text(element: etree._Element) -> str:
    """The element's own text (its text and the tails of its children), white space normalised."""
    parts = [element.text or ""]
    parts.extend(child.tail or "" for child in element)
    return _qualified(element, _normalise("".join(parts)))


def _namespace(element: etree._Element) -> str:
    tag = element.tag
    return tag[1 : tag.index("}")] if isinstance(tag, str) and tag.startswith("{") else ""


def _elements(element: etree._Element) -> list[etree._Element]:
    return [child for child in element if isinstance(child.tag, str)]


def _step(element: etree._Element) -> str:
    name = etree.QName(element).localname
    identifier = element.get("id")
    return f"{name}[@id='{identifier}']" if identifier else name


def _same_number(a: str, b: str) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-6)
    except ValueError:
        return False


class _Comparison:
    def __init__(self) -> None:
        self.lines: list[str] = []
        # Keyed by the element itself (kept alive), not by id(): lxml proxies that die may reuse an id.
        self._canonical: dict[etree._Element, str] = {}

    def add(self, line: str) -> None:
        if len(self.lines) < MAX_DIFFERENCES:
            self.lines.append(line)

    def canonical(self, element: etree._Element) -> str:
        """The element's content as one string, independent of child order and prefixes."""
        found = self._canonical.get(element)
        if found is None:
            attributes = " ".join(f"{name}={value!r}" for name, value in sorted(_attributes(element).items()))
            children = sorted(self.canonical(child) for child in _elements(element))
            found = f"<{element.tag} {attributes}>{_text(element)!r}[{','.join(children)}]"
            self._canonical[element] = found
        return found

    def compare(self, a: etree._Element, b: etree._Element, path: str) -> None:
        if a.tag != b.tag:
            self.add(f"{path}: element {a.tag} became {b.tag}")
            return
        self._compare_attributes(a, b, path)
        text_a, text_b = _text(a), _text(b)
        if text_a != text_b:
            self.add(f"{path}: text {text_a!r} became {text_b!r}")
        self._compare_children(a, b, path)

    def _compare_attributes(self, a: etree._Element, b: etree._Element, path: str) -> None:
        values_a, values_b = _attributes(a), _attributes(b)
        for name in sorted(set(values_a) | set(values_b)):
            value_a, value_b = values_a.get(name), values_b.get(name)
            if value_a == value_b:
                continue
            if value_a is None:
                self.add(f"{path}: attribute {name} added ({value_b!r})")
            elif value_b is None:
                self.add(f"{path}: attribute {name} removed (was {value_a!r})")
            elif not _same_number(value_a, value_b):
                self.add(f"{path}: attribute {name} changed from {value_a!r} to {value_b!r}")

    def _compare_children(self, a: etree._Element, b: etree._Element, path: str) -> None:
        with_id_a, rest_a = self._split(_elements(a))
        with_id_b, rest_b = self._split(_elements(b))
        for key in sorted(set(with_id_a) | set(with_id_b)):
            child_a, child_b = with_id_a.get(key), with_id_b.get(key)
            if child_a is not None and child_b is not None:
                self.compare(child_a, child_b, f"{path}/{_step(child_a)}")
            elif child_a is not None:
                self.add(f"{path}/{_step(child_a)}: element removed")
            elif child_b is not None:
                self.add(f"{path}/{_step(child_b)}: element added")
        # Without ids: equal subtrees cancel out; the rest is paired by tag in document order.
        unmatched_b: dict[str, list[etree._Element]] = defaultdict(list)
        for child in rest_b:
            unmatched_b[self.canonical(child)].append(child)
        left_a: list[etree._Element] = []
        for child in rest_a:
            twins = unmatched_b.get(self.canonical(child))
            if twins:
                twins.pop(0)
            else:
                left_a.append(child)
        position = {child: index for index, child in enumerate(rest_b)}
        left_b = sorted(
            (child for twins in unmatched_b.values() for child in twins), key=position.__getitem__
        )
        for child_a, child_b, tag in self._pair_by_tag(left_a, left_b):
            step = etree.QName(tag).localname
            if child_b is None:
                self.add(f"{path}/{step}: element removed ({self._short(child_a)})")
            elif child_a is None:
                self.add(f"{path}/{step}: element added ({self._short(child_b)})")
            else:
                self.compare(child_a, child_b, f"{path}/{step}")

    def _split(
        self, children: list[etree._Element]
    ) -> tuple[dict[tuple[str, str], etree._Element], list[etree._Element]]:
        with_id: dict[tuple[str, str], etree._Element] = {}
        rest: list[etree._Element] = []
        for child in children:
            identifier = child.get("id")
            key = (str(child.tag), identifier or "")
            if identifier and key not in with_id:
                with_id[key] = child
            else:
                rest.append(child)
        return with_id, rest

    @staticmethod
    def _pair_by_tag(
        left_a: list[etree._Element], left_b: list[etree._Element]
    ) -> Iterator[tuple[etree._Element | None, etree._Element | None, str]]:
        by_tag_b: dict[str, list[etree._Element]] = defaultdict(list)
        for child in left_b:
            by_tag_b[str(child.tag)].append(child)
        for child in left_a:
            partners = by_tag_b.get(str(child.tag))
            yield child, (partners.pop(0) if partners else None), str(child.tag)
        for tag, partners in by_tag_b.items():
            for child in partners:
                yield None, child, tag

    def _short(self, element: etree._Element) -> str:
        text = self.canonical(element)
        return text if len(text) <= 160 else text[:159] + "…"
