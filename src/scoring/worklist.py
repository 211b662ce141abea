"""Reads of the ranked working list: places of a page of profiles, "why on top", the report's method note.

The working list is ``selectors.ranked_profiles`` (relevant profiles by manual priority, score, number). A
profile's place ("Rang") is always its place in that whole list, also when the page shows a filtered part of
it: ``ranks_of`` numbers the whole list with a window function and picks the page's rows, in one query.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection
from django.db.models import Count, F, Prefetch, Q, QuerySet, Window
from django.db.models.functions import RowNumber
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from organisation.models import OrgUnit
from register.choices import DigitalisationLevel
from register.models import ProcessProfile
from scoring.choices import CriterionKind
from scoring.choices import Mapping as MappingKind
from scoring.engine import Contribution, Result, Rule
from scoring.selectors import NOT_RECORDED, RANKING, ranked_profiles
from scoring.templatetags.scoring import score, value_text
from tenants.models import Tenant

WHY_LIMIT = 3  # criteria named in "why on top"
ROW_FIELDS = (
    "id",
    "tenant",
    "uuid",
    "number",
    "name",
    "owner_unit",
    "score",
    "manual_priority",
    "priority_reason",
    "relevant",
)


def working_list(tenant: Tenant) -> QuerySet[ProcessProfile]:
    """The working list with what its rows show: the responsible unit comes by prefetch (by id, no join)."""
    units = OrgUnit.objects.for_tenant(tenant).only("id", "tenant", "name", "short_code")
    return ranked_profiles(tenant).only(*ROW_FIELDS).prefetch_related(Prefetch("owner_unit", queryset=units))


def ranks_of(tenant: Tenant, profile_ids: Iterable[int]) -> dict[int, int]:
    """Places in the whole working list (1 = first) of the given profiles, in one query.

    Not relevant profiles have no place and are left out. The window numbers the whole list before the
    page's ids are picked: a WHERE on the ids inside the numbered query would number only those rows.
    """
    ids = [int(pk) for pk in profile_ids]
    if not ids:
        return {}
    numbered = (
        ranked_profiles(tenant)
        .order_by()
        .annotate(profile=F("pk"), place=Window(RowNumber(), order_by=list(RANKING)))
        .values_list("profile", "place")
    )
    sql, params = numbered.query.sql_with_params()
    quote = connection.ops.quote_name
    marks = ", ".join(["%s"] * len(ids))
    # Only placeholders carry values; the inner SQL is the ORM's own, with its own parameters.
    query = (
        f"SELECT numbered.{quote('profile')}, numbered.{quote('place')} "  # noqa: S608
        f"FROM ({sql}) numbered WHERE numbered.{quote('profile')} IN ({marks})"
    )
    with connection.cursor() as cursor:
        cursor.execute(query, [*params, *ids])
        return {int(pk): int(place) for pk, place in cursor.fetchall()}


def all_ranks(tenant: Tenant) -> dict[int, int]:
    """Every relevant profile's place, by id (for exports of a filtered list; one query)."""
    ids = ranked_profiles(tenant).values_list("pk", flat=True)
    return {pk: place for place, pk in enumerate(ids.iterator(chunk_size=5000), start=1)}


def reason_text(contribution: Contribution) -> str:
    """A criterion and its value, short: "Recommended", "Digitalisation level 1", "Cases per year 1,200"."""
    rule, value = contribution.rule, contribution.value
    if value is True:
        return rule.label
    if rule.kind == CriterionKind.DIGITALISATION_LEVEL:
        return f"{rule.label} {value}"
    return f"{rule.label}: {value_text(contribution)}"


def why_on_top(result: Result | None, limit: int = WHY_LIMIT) -> list[str]:
    """The criteria with the largest shares of the score, e.g. "Recommended (+25.0)".

    Figures not yet collected are left out: their placeholder points are no reason to be on top.
    """
    if result is None:
        return []
    return [f"{reason_text(c)} (+{score(c.share)})" for c in result.strongest(limit, collected_only=True)]


def points_text(rule: Rule) -> list[str]:
    """What earns points under a rule, one line per band or value (for the method note)."""
    points = rule.points
    mapping = rule.mapping
    if mapping == MappingKind.BANDS:
        hours = rule.kind == CriterionKind.ANNUAL_WORKLOAD
        return [
            (
                _("from %(value)s hours: %(points)s points")
                if hours
                else _("from %(value)s: %(points)s points")
            )
            % {"value": number_format(Decimal(str(lower)), force_grouping=True), "points": band_points}
            for lower, band_points in points.get("bands") or []
        ]
    if mapping == MappingKind.LEVELS:
        return [
            _("%(level)s: %(points)s points")
            % {"level": DigitalisationLevel(int(level)).label, "points": value}
            for level, value in sorted(points.items())
            if level.isdigit() and int(level) in DigitalisationLevel.values
        ]
    if mapping == MappingKind.YES_NO:
        return [
            _("yes: %(points)s points") % {"points": points.get("yes", 0)},
            _("no: %(points)s points") % {"points": points.get("no", 0)},
        ]
    return [
        _("%(choice)s: %(points)s points") % {"choice": key, "points": value} for key, value in points.items()
    ]


@dataclass(frozen=True)
class Figures:
    """How many relevant profiles there are and how many still lack a figure."""

    relevant: int
    missing: int


def figures_of(tenant: Tenant) -> Figures:
    """Relevant profiles, and those still without Fallzahl, Bearbeitungszeit or Digitalisierungsgrad."""
    counts = (
        ProcessProfile.objects.for_tenant(tenant)
        .filter(relevant=True)
        .aggregate(relevant=Count("id"), missing=Count("id", filter=Q(NOT_RECORDED)))
    )
    return Figures(relevant=counts["relevant"], missing=counts["missing"])
