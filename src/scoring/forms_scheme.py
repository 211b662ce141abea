"""The scheme editor's form: criteria rows read from and written to plain POST fields.

A row is one criterion; its fields are named ``c<index>-<field>``: ``kind``, ``attribute`` (UUID),
``weight``, ``missing``, ``remove``, and the points — ``band<j>-from``/``band<j>-points``, ``level<n>``,
``yes``/``no`` or ``choice<k>``. The editor shows what the user typed, with a message at every field
that is not a whole number in range; the scheme as a whole is checked by ``services.specs_validate``.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.http import QueryDict
from django.utils.translation import gettext as _

from core.numbers import parse_german_number
from register.choices import DigitalisationLevel
from scoring.choices import CriterionKind
from scoring.choices import Mapping as MappingKind
from scoring.selectors import scorable_attributes
from scoring.services import MAX_BANDS, MAX_CRITERIA, CriterionSpec

MIN_BAND_ROWS = 4


@dataclass
class Input:
    """One input of the editor: its name, the text shown, and a message when it is wrong."""

    name: str
    value: str
    label: str = ""
    error: str = ""


@dataclass
class CriterionRow:
    """A criterion as the editor shows it."""

    index: int
    spec: CriterionSpec
    attribute_uuid: str
    weight: Input
    missing: Input
    bands: list[tuple[Input, Input]] = field(default_factory=list)
    points: list[Input] = field(default_factory=list)
    remove: bool = False

    @property
    def prefix(self) -> str:
        return f"c{self.index}"

    @property
    def has_errors(self) -> bool:
        return bool(self.spec.errors) or any(i.error for i in self.inputs)

    @property
    def inputs(self) -> list[Input]:
        return [self.weight, self.missing, *(i for pair in self.bands for i in pair), *self.points]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal | float):
        return str(value).replace(".", ",")
    return str(value)


def _point_labels(spec: CriterionSpec) -> list[tuple[str, str]]:
    """(key, label) of every value that gets points, for levels, yes/no and choices."""
    if spec.mapping == MappingKind.LEVELS:
        return [(str(level), str(label)) for level, label in DigitalisationLevel.choices]
    if spec.mapping == MappingKind.YES_NO:
        return [("yes", _("yes")), ("no", _("no"))]
    if spec.mapping == MappingKind.CHOICES and spec.attribute is not None:
        return [(str(choice), str(choice)) for choice in spec.attribute.choices]
    return []


def row_of(index: int, spec: CriterionSpec) -> CriterionRow:
    """The editor row of a stored or default criterion."""
    prefix = f"c{index}"
    row = CriterionRow(
        index=index,
        spec=spec,
        attribute_uuid=str(spec.attribute.uuid) if spec.attribute else "",
        weight=Input(f"{prefix}-weight", _text(spec.weight)),
        missing=Input(f"{prefix}-missing", _text(spec.missing_points)),
    )
    if spec.mapping == MappingKind.BANDS:
        bands = list(spec.points.get("bands") or [])
        count = min(MAX_BANDS, max(MIN_BAND_ROWS, len(bands) + 1))
        for j in range(count):
            lower, points = bands[j] if j < len(bands) else (None, None)
            row.bands.append(
                (
                    Input(f"{prefix}-band{j}-from", _text(lower)),
                    Input(f"{prefix}-band{j}-points", _text(points)),
                )
            )
    else:
        for n, (key, label) in enumerate(_point_labels(spec)):
            row.points.append(
                Input(_point_name(prefix, spec.mapping, key, n), _text(spec.points.get(key)), label)
            )
    return row


def _point_name(prefix: str, mapping: str, key: str, n: int) -> str:
    if mapping == MappingKind.LEVELS:
        return f"{prefix}-level{key}"
    if mapping == MappingKind.YES_NO:
        return f"{prefix}-{key}"
    return f"{prefix}-choice{n}"


def rows_of(specs: list[CriterionSpec]) -> list[CriterionRow]:
    """Editor rows for a list of criteria."""
    return [row_of(index, spec) for index, spec in enumerate(specs)]


def _whole(data: QueryDict, item: Input, low: int = 0, high: int = 100) -> int | None:
    item.value = data.get(item.name, "").strip()[:30]
    number = parse_german_number(item.value)
    if number is None or number != number.to_integral_value() or not low <= number <= high:
        item.error = _("Enter a whole number from %(low)d to %(high)d.") % {"low": low, "high": high}
        return None
    return int(number)


def _band_value(data: QueryDict, item: Input) -> int | float | None:
    item.value = data.get(item.name, "").strip()[:30]
    number = parse_german_number(item.value)
    if number is None:
        item.error = _("Enter a number.")
        return None
    return int(number) if number == number.to_integral_value() else float(number)


def rows_from_post(tenant: Any, data: QueryDict) -> list[CriterionRow]:
    """The rows as submitted; every field keeps the text typed and gets its own message."""
    attributes = {str(a.uuid): a for a in scorable_attributes(tenant)}
    try:
        count = min(int(data.get("count", "0")), MAX_CRITERIA + 1)
    except ValueError:
        count = 0
    rows = []
    for index in range(max(count, 0)):
        prefix = f"c{index}"
        kind = data.get(f"{prefix}-kind", "")
        attribute_uuid = data.get(f"{prefix}-attribute", "")
        attribute = attributes.get(attribute_uuid)
        spec = CriterionSpec(
            kind=kind,
            weight=0,
            points={},
            missing_points=0,
            attribute=attribute,
            attribute_missing=kind == CriterionKind.ATTRIBUTE and attribute is None,
        )
        if kind not in CriterionKind.values:
            continue
        row = row_of(index, spec)
        row.remove = data.get(f"{prefix}-remove") == "on"
        spec.weight = _whole(data, row.weight)  # type: ignore[assignment]  # None is flagged at the input
        spec.missing_points = _whole(data, row.missing)  # type: ignore[assignment]
        if spec.mapping == MappingKind.BANDS:
            filled, bands = [], []
            for j in range(MAX_BANDS):
                lower = Input(f"{prefix}-band{j}-from", "")
                points = Input(f"{prefix}-band{j}-points", "")
                if data.get(lower.name, "").strip() or data.get(points.name, "").strip():
                    bands.append([_band_value(data, lower), _whole(data, points)])
                    filled.append((lower, points))
            spec.points = {"bands": bands}
            row.bands = [
                (
                    Input(f"{prefix}-band{j}-from", lower.value, error=lower.error),
                    Input(f"{prefix}-band{j}-points", points.value, error=points.error),
                )
                for j, (lower, points) in enumerate(filled)
            ]
            for j in range(len(filled), min(MAX_BANDS, max(MIN_BAND_ROWS, len(filled) + 1))):
                row.bands.append((Input(f"{prefix}-band{j}-from", ""), Input(f"{prefix}-band{j}-points", "")))
        else:
            spec.points = {}
            for (key, _label), item in zip(_point_labels(spec), row.points, strict=True):
                spec.points[key] = _whole(data, item)
        rows.append(row)
    return rows


def renumber(rows: list[CriterionRow]) -> list[CriterionRow]:
    """Rows without the removed ones, numbered afresh (field names follow)."""
    return rows_of([row.spec for row in rows if not row.remove]) if any(r.remove for r in rows) else rows


def specs_of_rows(rows: list[CriterionRow]) -> list[CriterionSpec]:
    """The criteria to validate and save (removed rows left out)."""
    return [row.spec for row in rows if not row.remove]


def input_errors(rows: list[CriterionRow]) -> list[str]:
    """Messages of fields that are not numbers in range, named by criterion."""
    return [
        f"{row.spec.label}: {item.error}"
        for row in rows
        if not row.remove
        for item in row.inputs
        if item.error
    ]


def addable(tenant: Any, rows: list[CriterionRow]) -> list[tuple[str, str]]:
    """(value, label) of the criteria that can still be added: standard kinds and scorable attributes."""
    used_kinds = {row.spec.kind for row in rows if not row.remove}
    used_attributes = {row.attribute_uuid for row in rows if not row.remove}
    options = [
        (f"kind:{kind}", str(label))
        for kind, label in CriterionKind.choices
        if kind != CriterionKind.ATTRIBUTE and kind not in used_kinds
    ]
    options += [
        (f"attribute:{a.uuid}", _("Attribute “%(label)s”") % {"label": a.label})
        for a in scorable_attributes(tenant)
        if str(a.uuid) not in used_attributes
    ]
    return options


def new_spec(tenant: Any, choice: str) -> CriterionSpec | None:
    """A criterion to add, with weight 0 and a neutral starting mapping; None for an unknown choice."""
    what, _sep, value = choice.partition(":")
    if what == "kind" and value in CriterionKind.values and value != CriterionKind.ATTRIBUTE:
        spec = CriterionSpec(kind=value, weight=0, points={}, missing_points=50)
    elif what == "attribute":
        attribute = next((a for a in scorable_attributes(tenant) if str(a.uuid) == value), None)
        if attribute is None:
            return None
        spec = CriterionSpec(
            kind=CriterionKind.ATTRIBUTE, weight=0, points={}, missing_points=50, attribute=attribute
        )
    else:
        return None
    if spec.mapping == MappingKind.BANDS:
        spec.points = {"bands": [[0, 0]]}
    else:
        spec.points = {key: 0 for key, _label in _point_labels(spec)}
    if spec.mapping == MappingKind.YES_NO:
        spec.points = {"yes": 100, "no": 0}
    return spec
