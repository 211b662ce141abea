"""Computing the Nutzwert-Score: pure functions, no database.

A scheme is a list of ``Rule``s. Each rule reads one value from a profile's inputs, maps it to points
(0–100) and weighs them; the score is the weighted sum, 0–100 with two decimals. A value that has not been
collected yet scores the rule's ``missing_points`` and is reported as missing, never as a silent zero.
The same functions score the stored scheme (services) and an unsaved draft (the what-if preview).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from scoring.choices import CriterionKind
from scoring.choices import Mapping as MappingKind

HUNDRED = Decimal(100)
CENT = Decimal("0.01")
# The inputs a profile needs for scoring: its own columns plus whether it has an OZG link.
INPUT_FIELDS = (
    "id",
    "case_count",
    "processing_minutes",
    "digitalisation_level",
    "online_assistant",
    "recommended",
    "ozg_topic",
)


def mapping_of(kind: str, attribute_type: str = "") -> str:
    """The points mapping a criterion uses, from what it reads."""
    if kind in (CriterionKind.CASE_COUNT, CriterionKind.ANNUAL_WORKLOAD):
        return MappingKind.BANDS
    if kind == CriterionKind.DIGITALISATION_LEVEL:
        return MappingKind.LEVELS
    if kind == CriterionKind.ATTRIBUTE:
        return {"number": MappingKind.BANDS, "choice": MappingKind.CHOICES}.get(
            attribute_type, MappingKind.YES_NO
        )
    return MappingKind.YES_NO


@dataclass(frozen=True)
class Rule:
    """One criterion, ready to score: what it reads, its weight (per cent) and its points."""

    kind: str
    label: str
    weight: int
    points: Mapping[str, Any]
    missing_points: int
    attribute_key: str = ""
    attribute_type: str = ""

    def __post_init__(self) -> None:
        # Decided once per rule, not once per profile: the mapping and the bands as numbers.
        object.__setattr__(self, "mapping", mapping_of(self.kind, self.attribute_type))
        bands: list[tuple[Decimal, int]] = []
        if self.mapping == MappingKind.BANDS:
            for band in self.points.get("bands") or []:
                try:
                    bands.append((Decimal(str(band[0])), int(band[1])))
                except (ArithmeticError, TypeError, ValueError, LookupError):
                    continue
        object.__setattr__(self, "_bands", bands)

    mapping: str = field(init=False, compare=False)
    _bands: list[tuple[Decimal, int]] = field(init=False, compare=False, repr=False)

    def value(self, inputs: Mapping[str, Any]) -> Any:
        """The profile's value for this rule; None when it has not been collected."""
        kind = self.kind
        if kind == CriterionKind.ATTRIBUTE:
            value = (inputs.get("attributes") or {}).get(self.attribute_key)
            return None if value in ("", []) else value
        if kind == CriterionKind.ANNUAL_WORKLOAD:
            cases, minutes = inputs.get("case_count"), inputs.get("processing_minutes")
            return None if cases is None or minutes is None else Decimal(cases * minutes) / 60
        if kind == CriterionKind.OZG_RELEVANT:
            return bool(inputs.get("ozg_topic")) or bool(inputs.get("has_ozg_link"))
        return inputs.get(kind)

    def points_for(self, value: Any) -> int | None:
        """Points for a collected value; None when the mapping has no points for it."""
        mapping = self.mapping
        if mapping == MappingKind.BANDS:
            bands = self._bands
            if not bands:
                return None
            if isinstance(value, bool) or not isinstance(value, int | Decimal):
                try:
                    value = Decimal(str(value))
                except ArithmeticError:
                    return None
                if not value.is_finite():
                    return None
            points = bands[0][1]
            for lower, band_points in bands:
                if value >= lower:
                    points = band_points
            return points
        if mapping == MappingKind.YES_NO:
            found = self.points.get("yes" if value else "no")
        else:
            found = self.points.get(str(value))
        return None if found is None else int(found)


@dataclass(frozen=True)
class Contribution:
    """What one rule gave one profile: the value, its points, and the weighted share of the score."""

    rule: Rule
    value: Any
    points: int
    share: Decimal
    missing: bool = False
    unmapped: bool = False


@dataclass
class Result:
    """A profile's score and how it came about."""

    score: Decimal
    contributions: list[Contribution] = field(default_factory=list)

    @property
    def missing(self) -> list[Contribution]:
        return [c for c in self.contributions if c.missing]

    def strongest(self, count: int, *, collected_only: bool = False) -> list[Contribution]:
        """The criteria that add most to the score, largest first (never one that adds nothing); with
        ``collected_only``, placeholder points of figures not yet collected are no reason either."""
        lifting = [c for c in self.contributions if c.share > 0 and not (collected_only and c.missing)]
        return sorted(lifting, key=lambda c: c.share, reverse=True)[:count]

    @property
    def is_provisional(self) -> bool:
        """True while a weighted figure is missing: the score will move once it is collected."""
        return any(c.missing and c.rule.weight for c in self.contributions)


def evaluate(rules: Iterable[Rule], inputs: Mapping[str, Any]) -> Result:
    """Score one profile's inputs."""
    total = Decimal(0)
    contributions = []
    for rule in rules:
        value = rule.value(inputs)
        missing = value is None
        unmapped = False
        if missing:
            points = rule.missing_points
        else:
            found = rule.points_for(value)
            unmapped = found is None
            points = 0 if found is None else found
        share = Decimal(rule.weight * points) / HUNDRED
        total += share
        contributions.append(Contribution(rule, value, points, share, missing, unmapped))
    return Result(score=total.quantize(CENT, rounding=ROUND_HALF_UP), contributions=contributions)


def score_of(rules: Iterable[Rule], inputs: Mapping[str, Any]) -> Decimal:
    """Only the score of ``evaluate``, for many profiles: weights and points are whole numbers, so the sum
    of weight × points is exact in integers and divided once."""
    total = 0
    for rule in rules:
        value = rule.value(inputs)
        points = rule.missing_points if value is None else (rule.points_for(value) or 0)
        total += rule.weight * points
    return (Decimal(total) / HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)


def score_all(rules: list[Rule], rows: Iterable[Mapping[str, Any]]) -> dict[int, Decimal]:
    """Scores by profile id for many input rows."""
    return {row["id"]: score_of(rules, row) for row in rows}


def needs_attributes(rules: Iterable[Rule]) -> bool:
    """Whether scoring must read the profiles' JSON attributes (skipped when no rule uses them)."""
    return any(rule.kind == CriterionKind.ATTRIBUTE for rule in rules)


def needs_ozg_links(rules: Iterable[Rule]) -> bool:
    """Whether scoring must look up the profiles' links to the OZG catalogue."""
    return any(rule.kind == CriterionKind.OZG_RELEVANT for rule in rules)
