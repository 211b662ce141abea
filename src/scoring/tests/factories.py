"""Helpers for tests of the Nutzwert-Score: criteria specs, scheme snapshots, freshness checks."""

from decimal import Decimal
from typing import Any

from register.models import AttributeDefinition, ProcessProfile
from register.tests.factories import AttributeDefinitionFactory
from scoring.choices import CriterionKind
from scoring.models import Criterion, ScoringScheme
from scoring.selectors import explain_many, rules_for
from scoring.services import CriterionSpec, default_specs
from tenants.models import Tenant

YES_NO = {"yes": 100, "no": 0}
LEVELS = {"0": 100, "1": 90, "2": 70, "3": 30, "4": 0}
CASE_BANDS = {"bands": [[0, 0], [50, 20], [250, 40], [1000, 60], [5000, 80], [20000, 100]]}


def spec(
    kind: str,
    weight: Any,
    points: Any = None,
    *,
    missing_points: Any = 50,
    attribute: AttributeDefinition | None = None,
    attribute_missing: bool = False,
) -> CriterionSpec:
    """A criterion spec; ``points`` default to a valid mapping for the kind."""
    if points is None:
        points = {
            CriterionKind.CASE_COUNT: CASE_BANDS,
            CriterionKind.ANNUAL_WORKLOAD: {"bands": [[0, 0], [40, 50], [200, 100]]},
            CriterionKind.DIGITALISATION_LEVEL: LEVELS,
        }.get(kind, YES_NO)
    return CriterionSpec(
        kind=kind,
        weight=weight,
        points=dict(points) if isinstance(points, dict) else points,
        missing_points=missing_points,
        attribute=attribute,
        attribute_missing=attribute_missing,
    )


def specs_with_weights(**weights: int) -> list[CriterionSpec]:
    """The default criteria with some weights changed (by kind)."""
    specs = default_specs()
    for item in specs:
        item.weight = weights.get(str(item.kind), item.weight)
    return specs


def attribute(tenant: Tenant, type: str, key: str, **kwargs: Any) -> AttributeDefinition:
    """A tenant-defined attribute (choices ``online`` / ``vor Ort`` for choice types)."""
    if type in ("choice", "multiple_choice"):
        kwargs.setdefault("choices", ["online", "vor Ort"])
    kwargs.setdefault("label", key.title())
    return AttributeDefinitionFactory(group__tenant=tenant, key=key, type=type, **kwargs)


def scheme_state(tenant: Tenant) -> tuple[Any, ...]:
    """Everything a scheme write could change: the scheme row and its criteria, in order."""
    scheme = ScoringScheme.objects.for_tenant(tenant).first()
    if scheme is None:
        return (None,)
    criteria = Criterion.objects.for_tenant(tenant).filter(scheme=scheme)
    return (
        scheme.pk,
        scheme.note,
        scheme.changed_by_id,
        [(c.pk, c.kind, c.attribute_id, c.weight, c.points, c.missing_points, c.position) for c in criteria],
    )


def stored_scores(tenant: Tenant) -> dict[int, Decimal | None]:
    """The stored score of every profile of the tenant, by id."""
    return dict(ProcessProfile.objects.for_tenant(tenant).values_list("id", "score"))


def assert_scores_fresh(tenant: Tenant) -> None:
    """Every stored score equals the score computed now from the tenant's scheme (explain)."""
    stored = stored_scores(tenant)
    fresh = explain_many(tenant, rules_for(tenant), stored)
    assert stored, "no profiles to check"
    assert {pk: fresh[pk].score for pk in stored} == stored
