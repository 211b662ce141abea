"""Reads of the Nutzwert-Score: the scheme as rules, scoring inputs, the ranked working list, a rank."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, F, Q, QuerySet
from django.utils.translation import gettext as _

from catalogues.choices import CatalogKind
from core.trees import sort_as_tree
from organisation.models import OrgUnit
from register.models import AttributeDefinition, CatalogLink, ProcessProfile
from scoring.engine import INPUT_FIELDS, Result, Rule, evaluate, needs_attributes, needs_ozg_links
from scoring.models import Criterion, ScoringScheme
from tenants.models import Tenant

# The working list's order: a manual priority first (1 before 2), then the score, then the number.
RANKING = (
    F("manual_priority").asc(nulls_last=True),
    F("score").desc(nulls_last=True),
    F("number").asc(),
)


def scheme_for(tenant: Tenant) -> ScoringScheme | None:
    """The tenant's scheme, or None before it has one."""
    return ScoringScheme.objects.for_tenant(tenant).first()


def criteria_of(scheme: ScoringScheme) -> list[Criterion]:
    """The scheme's criteria in order, with their attributes."""
    return list(
        Criterion.objects.for_tenant(scheme.tenant_id).filter(scheme=scheme).select_related("attribute")
    )


def rule_of(criterion: Criterion) -> Rule:
    """A stored criterion as an engine rule."""
    attribute = criterion.attribute
    return Rule(
        kind=criterion.kind,
        label=attribute.label if attribute else str(criterion.get_kind_display()),
        weight=criterion.weight,
        points=criterion.points,
        missing_points=criterion.missing_points,
        attribute_key=attribute.key if attribute else "",
        attribute_type=attribute.type if attribute else "",
    )


def rules_for(tenant: Tenant) -> list[Rule]:
    """The tenant's scheme as rules, in one query (empty before it has a scheme; a tenant has one)."""
    criteria = Criterion.objects.for_tenant(tenant).select_related("attribute").order_by("position", "pk")
    return [rule_of(c) for c in criteria]


def scoring_inputs(
    tenant: Tenant,
    rules: list[Rule],
    profiles: QuerySet[ProcessProfile] | None = None,
    extra: tuple[str, ...] = (),
) -> list[dict[str, Any]]:
    """The values the rules read (and the ``extra`` fields), one dict per profile (all of the tenant's
    when ``profiles`` is None)."""
    queryset = ProcessProfile.objects.for_tenant(tenant) if profiles is None else profiles
    fields = [*INPUT_FIELDS, *extra, *(["attributes"] if needs_attributes(rules) else [])]
    rows = list(queryset.values(*fields))
    if needs_ozg_links(rules) and rows:
        linked = _profiles_with_ozg_links(tenant, None if profiles is None else [r["id"] for r in rows])
        for row in rows:
            row["has_ozg_link"] = row["id"] in linked
    return rows


def _profiles_with_ozg_links(tenant: Tenant, profile_ids: list[int] | None) -> set[int]:
    links = CatalogLink.objects.for_tenant(tenant).filter(entry__catalog__kind=CatalogKind.OZG)
    if profile_ids is not None:
        links = links.filter(profile_id__in=profile_ids)
    return set(links.order_by().values_list("profile_id", flat=True).distinct())


def explain(tenant: Tenant, profile: ProcessProfile, rules: list[Rule] | None = None) -> Result:
    """How one profile's score comes about, criterion by criterion (read from the loaded profile; its
    catalogue links from the prefetch when the page has them, else one query)."""
    if profile.tenant_id != tenant.pk:
        return Result(score=Decimal(0))
    rules = rules_for(tenant) if rules is None else rules
    inputs: dict[str, Any] = {field: getattr(profile, field) for field in INPUT_FIELDS}
    inputs["attributes"] = profile.attributes
    if needs_ozg_links(rules):
        prefetched = getattr(profile, "_prefetched_objects_cache", {}).get("catalog_entries")
        if prefetched is not None:
            inputs["has_ozg_link"] = any(e.catalog.kind == CatalogKind.OZG for e in prefetched)
        else:
            inputs["has_ozg_link"] = bool(_profiles_with_ozg_links(tenant, [profile.pk]))
    return evaluate(rules, inputs)


def explain_many(tenant: Tenant, rules: list[Rule], profile_ids: Iterable[int]) -> dict[int, Result]:
    """Explanations for a page of profiles, in two queries at most."""
    ids = list(profile_ids)
    rows = scoring_inputs(tenant, rules, ProcessProfile.objects.for_tenant(tenant).filter(pk__in=ids))
    return {row["id"]: evaluate(rules, row) for row in rows}


def ranked_profiles(tenant: Tenant) -> QuerySet[ProcessProfile]:
    """The working list: relevant profiles by manual priority, then score."""
    return ProcessProfile.objects.for_tenant(tenant).filter(relevant=True).order_by(*RANKING)


def rank_of(tenant: Tenant, profile: ProcessProfile) -> int | None:
    """The profile's place in the working list (1 = first); None when it is not relevant."""
    return rank_and_count(tenant, profile)[0]


def rank_and_count(tenant: Tenant, profile: ProcessProfile) -> tuple[int | None, int]:
    """The profile's place in the working list (None when not relevant) and the list's length, one query."""
    counts = ranked_profiles(tenant).aggregate(
        before=Count("id", filter=_sorts_before(profile)), total=Count("id")
    )
    return (counts["before"] + 1 if profile.relevant else None), counts["total"]


def _sorts_before(profile: ProcessProfile) -> Q:
    """Profiles that come before ``profile`` in RANKING (nulls last in both sort keys)."""
    by_number = Q(number__lt=profile.number)
    if profile.score is None:
        by_score = Q(score__isnull=False) | (Q(score__isnull=True) & by_number)
    else:
        by_score = Q(score__gt=profile.score) | (Q(score=profile.score) & by_number)
    if profile.manual_priority is None:
        return Q(manual_priority__isnull=False) | (Q(manual_priority__isnull=True) & by_score)
    return Q(manual_priority__lt=profile.manual_priority) | (
        Q(manual_priority=profile.manual_priority) & by_score
    )


def scorable_attributes(tenant: Tenant) -> list[AttributeDefinition]:
    """The tenant's attributes a criterion can read: numbers, yes/no and single choices."""
    return list(
        AttributeDefinition.objects.for_tenant(tenant)
        .filter(type__in=("number", "boolean", "choice"))
        .order_by("group__position", "position", "label")
    )


# A relevant profile counts as recorded ("erhoben") when its three figures are all known.
RECORDED = Q(case_count__isnull=False, processing_minutes__isnull=False, digitalisation_level__isnull=False)
NOT_RECORDED = (
    Q(case_count__isnull=True) | Q(processing_minutes__isnull=True) | Q(digitalisation_level__isnull=True)
)


@dataclass(frozen=True)
class Progress:
    """How many relevant profiles of an org unit (or of the whole tenant) have their figures recorded."""

    label: str
    recorded: int
    total: int
    depth: int = 0
    unit_uuid: str = ""

    @property
    def percent(self) -> int:
        return round(100 * self.recorded / self.total) if self.total else 0


def recording_progress(tenant: Tenant) -> tuple[Progress, list[Progress]]:
    """Recorded relevant profiles in total and per owning org unit (units in tree order), in two queries."""
    counts = (
        ProcessProfile.objects.for_tenant(tenant)
        .filter(relevant=True)
        .values("owner_unit_id")
        .annotate(total=Count("id"), recorded=Count("id", filter=RECORDED))
        .order_by()
    )
    by_unit = {row["owner_unit_id"]: (row["recorded"], row["total"]) for row in counts}
    # All units (a few hundred at most) so the tree order, siblings by name as in the organigram, is known.
    units = sort_as_tree(
        list(OrgUnit.objects.for_tenant(tenant).only("id", "uuid", "parent_id", "name", "depth", "position"))
    )
    rows = [
        Progress(unit.name, *by_unit[unit.pk], depth=unit.depth, unit_uuid=str(unit.uuid))
        for unit in units
        if unit.pk in by_unit
    ]
    if None in by_unit:
        rows.append(Progress(str(_("without an org unit")), *by_unit[None]))
    total = Progress(
        str(_("All relevant processes")),
        sum(r for r, _t in by_unit.values()),
        sum(t for _r, t in by_unit.values()),
    )
    return total, rows
