"""Writes of the Nutzwert-Score: the scheme, and the scores stored on the profiles.

Every write that changes a score's input ends in ``scores_recompute`` inside the same transaction: register's
services call ``scores_after_profiles_changed`` through ``register.hooks``; saving a scheme recomputes all of
the tenant's profiles. Recomputing reads the inputs in one query (two with OZG links) and writes the changed
scores with one bulk statement (``core.bulk.update_rows``).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core.bulk import update_values
from register.hooks import SnapshotSection
from register.models import AttributeDefinition, ProcessProfile
from scoring.choices import CriterionKind
from scoring.choices import Mapping as MappingKind
from scoring.defaults import DEFAULT_CRITERIA
from scoring.engine import Rule, mapping_of, score_all
from scoring.models import Criterion, ScoringScheme
from scoring.selectors import criteria_of, rules_for, scheme_for, scoring_inputs
from tenants.models import Tenant

MAX_CRITERIA = 20
MAX_BANDS = 12
MAX_BAND_VALUE = Decimal(10) ** 12
SCORABLE_TYPES = ("number", "boolean", "choice")
NEVER_MISSING = (CriterionKind.ONLINE_ASSISTANT, CriterionKind.RECOMMENDED, CriterionKind.OZG_RELEVANT)


@dataclass
class CriterionSpec:
    """A criterion as entered (or as stored): validated by ``specs_validate`` before anything is written."""

    kind: str
    weight: int
    points: dict[str, Any]
    missing_points: int
    attribute: AttributeDefinition | None = None
    attribute_missing: bool = False  # the form named an attribute that no longer exists
    errors: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        if self.attribute is not None:
            return self.attribute.label
        if self.kind == CriterionKind.ATTRIBUTE:
            return _("Own attribute")
        return str(CriterionKind(self.kind).label) if self.kind in CriterionKind.values else self.kind

    @property
    def mapping(self) -> str:
        return mapping_of(self.kind, self.attribute.type if self.attribute else "")

    @property
    def can_be_missing(self) -> bool:
        """Whether a profile can lack the value (yes/no fields of the profile never do)."""
        return self.kind not in NEVER_MISSING

    def as_rule(self) -> Rule:
        return Rule(
            kind=self.kind,
            label=self.label,
            weight=self.weight,
            points=self.points,
            missing_points=self.missing_points,
            attribute_key=self.attribute.key if self.attribute else "",
            attribute_type=self.attribute.type if self.attribute else "",
        )


def default_specs() -> list[CriterionSpec]:
    """The default scheme's criteria."""
    return [CriterionSpec(**{**item, "points": dict(item["points"])}) for item in DEFAULT_CRITERIA]


def specs_of(scheme: ScoringScheme) -> list[CriterionSpec]:
    """A stored scheme's criteria as specs (the editor's starting point)."""
    return [
        CriterionSpec(
            kind=c.kind,
            weight=c.weight,
            points=c.points,
            missing_points=c.missing_points,
            attribute=c.attribute,
        )
        for c in criteria_of(scheme)
    ]


def _percent(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and 0 <= value <= 100:
        return value
    return None


def _check_points(spec: CriterionSpec) -> list[str]:
    """Problems with a spec's points mapping, in German, without its label."""
    points, problems = spec.points, []
    points_message = _("Points must be whole numbers from 0 to 100.")
    if not isinstance(points, dict):  # e.g. from a damaged template snapshot
        return [points_message]
    mapping = spec.mapping
    if mapping == MappingKind.BANDS:
        bands = points.get("bands")
        if not isinstance(bands, list) or not bands:
            return [_("Give at least one band.")]
        if len(bands) > MAX_BANDS:
            return [_("Give at most %(max)d bands.") % {"max": MAX_BANDS}]
        lowers: list[Decimal] = []
        for band in bands:
            try:
                lower = Decimal(str(band[0]))
            except (InvalidOperation, TypeError, LookupError, ValueError):
                return [_("Every band needs a number where it starts.")]
            if not lower.is_finite() or abs(lower) > MAX_BAND_VALUE:
                return [_("A band starts at an absurd value.")]
            if lower < 0 and spec.kind != CriterionKind.ATTRIBUTE:
                problems.append(_("Bands of figures start at 0 or above."))
            lowers.append(lower)
            if len(band) != 2 or _percent(band[1]) is None:
                problems.append(points_message)
        if any(b <= a for a, b in pairwise(lowers)):
            problems.append(_("The bands must start at ascending values."))
        return list(dict.fromkeys(problems))
    if mapping == MappingKind.LEVELS:
        expected = ["0", "1", "2", "3", "4"]
    elif mapping == MappingKind.YES_NO:
        expected = ["yes", "no"]
    else:
        expected = [str(c) for c in (spec.attribute.choices if spec.attribute else [])]
    if sorted(points) != sorted(expected):
        unknown = sorted(set(points) - set(expected))
        if unknown:
            return [_("Points for values that do not exist: %(values)s.") % {"values": ", ".join(unknown)}]
        return [_("Give points for every value.")]
    if any(_percent(points[key]) is None for key in expected):
        problems.append(points_message)
    return problems


def specs_validate(*, tenant: Tenant, specs: Sequence[CriterionSpec]) -> None:
    """Check a whole scheme; every problem is named (per criterion in ``spec.errors``), nothing is written."""
    general: list[str] = []
    if not specs:
        general.append(_("A scheme needs at least one criterion."))
    if len(specs) > MAX_CRITERIA:
        general.append(_("A scheme has at most %(max)d criteria.") % {"max": MAX_CRITERIA})
    seen: set[object] = set()
    for spec in specs:
        spec.errors = []
        if spec.kind not in CriterionKind.values:
            spec.errors.append(_("Unknown criterion."))
            continue
        if spec.kind == CriterionKind.ATTRIBUTE:
            if spec.attribute is None or spec.attribute_missing:
                spec.errors.append(
                    _("The attribute of this criterion no longer exists. Remove the criterion.")
                )
                continue
            if spec.attribute.tenant_id != tenant.pk:
                spec.errors.append(_("Unknown attribute."))
                continue
            if spec.attribute.type not in SCORABLE_TYPES:
                spec.errors.append(_("Only number, yes/no and choice attributes can be scored."))
                continue
        elif spec.attribute is not None:  # the database would refuse it (a check constraint)
            spec.errors.append(_("Unknown attribute."))
            continue
        identity = spec.attribute.pk if spec.attribute else spec.kind
        if identity in seen:
            spec.errors.append(_("This criterion appears twice."))
        seen.add(identity)
        if _percent(spec.weight) is None:
            spec.errors.append(_("The weight must be a whole number from 0 to 100 per cent."))
        if _percent(spec.missing_points) is None:
            spec.errors.append(_("Points for “not yet collected” must be a whole number from 0 to 100."))
        spec.errors.extend(_check_points(spec))
    weights = [s.weight for s in specs if isinstance(s.weight, int) and not isinstance(s.weight, bool)]
    if specs and sum(weights) != 100:
        general.append(
            _("The weights add up to %(total)d per cent; they must add up to exactly 100.")
            % {"total": sum(weights)}
        )
    problems = general + [f"{spec.label}: {error}" for spec in specs for error in spec.errors]
    if problems:
        raise ValidationError(problems)


@transaction.atomic
def scheme_save(
    *, tenant: Tenant, actor: User | None, specs: Sequence[CriterionSpec], note: str | None = None
) -> ScoringScheme:
    """Replace the tenant's criteria with ``specs`` and recompute every score, all in one transaction."""
    specs_validate(tenant=tenant, specs=specs)
    scheme = scheme_for(tenant) or ScoringScheme(tenant=tenant)
    if note is not None:
        scheme.note = note.strip()
    # A TextField's max_length is not checked by full_clean.
    limit = ScoringScheme._meta.get_field("note").max_length or 0
    if len(scheme.note) > limit:
        message = _("The method note may be at most %(max)d characters long.") % {"max": limit}
        raise ValidationError({"note": message})
    scheme.changed_by = actor
    scheme.full_clean(exclude=["tenant"])
    scheme.save()
    Criterion.objects.for_tenant(tenant).filter(scheme=scheme).delete()
    criteria = [
        Criterion(
            tenant=tenant,
            scheme=scheme,
            kind=spec.kind,
            attribute=spec.attribute,
            weight=spec.weight,
            points=spec.points,
            missing_points=spec.missing_points,
            position=index,
        )
        for index, spec in enumerate(specs)
    ]
    Criterion.objects.bulk_create(criteria)
    scores_recompute(tenant=tenant, rules=[spec.as_rule() for spec in specs])
    return scheme


def scheme_ensure(*, tenant: Tenant) -> ScoringScheme:
    """The tenant's scheme, created from the default on first use."""
    scheme = scheme_for(tenant)
    if scheme is not None:
        return scheme
    return scheme_save(tenant=tenant, actor=None, specs=default_specs(), note="")


def scores_recompute(
    *, tenant: Tenant, profile_ids: Sequence[int] | None = None, rules: list[Rule] | None = None
) -> int:
    """Recompute and store the scores of the given profiles (all when None); returns how many changed.

    One query reads the scheme's rules (none when the caller has them), one the inputs with the stored
    scores (one more for OZG links), one bulk statement writes the scores that changed.
    """
    rules = rules_for(tenant) if rules is None else rules
    profiles = ProcessProfile.objects.for_tenant(tenant)
    if profile_ids is not None:
        profiles = profiles.filter(pk__in=list(profile_ids))
    rows = scoring_inputs(tenant, rules, profiles if profile_ids is not None else None, extra=("score",))
    scores: dict[int, Decimal | None] = (
        dict(score_all(rules, rows)) if rules else dict.fromkeys((row["id"] for row in rows), None)
    )
    current = {row["id"]: row["score"] for row in rows}
    changed = [(score, pk) for pk, score in scores.items() if current.get(pk) != score]
    if changed:
        update_values(ProcessProfile, ["score"], changed)
    return len(changed)


def scores_after_profiles_changed(*, tenant: Tenant, profile_ids: list[int] | None) -> None:
    """Register's hook: keep the stored scores of written profiles fresh (creating the default scheme)."""
    rules = rules_for(tenant)
    if not rules:  # a saved scheme has at least one criterion: this tenant has none yet
        scheme_ensure(tenant=tenant)  # scores every profile
        return
    scores_recompute(tenant=tenant, profile_ids=profile_ids, rules=rules)


def scheme_export(tenant: Tenant) -> dict[str, Any] | None:
    """The scheme as plain data, for template snapshots (attributes by key)."""
    scheme = scheme_for(tenant)
    if scheme is None:
        return None
    return {
        "note": scheme.note,
        "criteria": [
            {
                "kind": c.kind,
                "attribute": c.attribute.key if c.attribute else None,
                "weight": c.weight,
                "points": c.points,
                "missing_points": c.missing_points,
            }
            for c in criteria_of(scheme)
        ],
    }


def scheme_instantiate(tenant: Tenant, data: Any) -> None:
    """Create a new tenant's scheme from a template snapshot; the default when it has none or it no longer
    fits (the template's attributes are copied first, so attribute criteria find theirs by key).

    A scheme the tenant already has is kept when a person saved it; an untouched default (created
    automatically, e.g. when a page of the empty register was opened) gives way to the template's scheme.
    """
    specs, note, fits = default_specs(), "", False
    if isinstance(data, dict) and isinstance(data.get("criteria"), list):
        attributes = {a.key: a for a in AttributeDefinition.objects.for_tenant(tenant)}
        candidate = []
        for item in data["criteria"]:
            if not isinstance(item, dict):
                continue
            key = item.get("attribute")
            key = key if isinstance(key, str) else ""
            candidate.append(
                CriterionSpec(
                    kind=item.get("kind", ""),
                    weight=item.get("weight"),  # type: ignore[arg-type]  # checked by specs_validate
                    points=item.get("points") or {},
                    missing_points=item.get("missing_points"),  # type: ignore[arg-type]
                    attribute=attributes.get(key),
                    attribute_missing=bool(item.get("attribute")) and key not in attributes,
                )
            )
        try:
            specs_validate(tenant=tenant, specs=candidate)
        except ValidationError:
            pass
        else:
            specs, note, fits = candidate, str(data.get("note") or ""), True
    existing = scheme_for(tenant)
    if existing is None or (fits and existing.changed_by_id is None):
        scheme_save(tenant=tenant, actor=None, specs=specs, note=note)


def attribute_type_check(*, tenant: Tenant, definition: AttributeDefinition, new_type: str) -> list[str]:
    """Register's hook: an attribute a criterion scores keeps a type the criterion can read."""
    if (
        new_type == definition.type
        or not Criterion.objects.for_tenant(tenant).filter(attribute=definition).exists()
    ):
        return []
    return [
        _(
            "The utility score scheme scores this attribute, so its type cannot change. "
            "Remove its criterion from the scheme first; nothing was changed."
        )
    ]


SNAPSHOT_SECTION = SnapshotSection(key="scoring_scheme", export=scheme_export, instantiate=scheme_instantiate)
