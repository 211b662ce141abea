"""Reads for the start page: register counts, the top of the working list and distributions of the relevant
processes by Themenfeld, Digitalisierungsgrad and org unit, each in one grouped query."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db.models import Avg, Count, Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from organisation.choices import OrgUnitKind
from organisation.models import OrgUnit
from register.choices import DigitalisationLevel, OzgTopic
from register.models import ProcessProfile
from scoring.engine import Contribution, Result
from scoring.selectors import explain_many, ranked_profiles, rules_for
from tenants.models import Tenant

TOP_COUNT = 10
REASON_COUNT = 2  # criteria named per top process: those with the largest share of its score
UNIT_LIMIT = 15  # org-unit groups charted one by one; the rest share one bar
NOT_COLLECTED = "none"  # the register filter's value for "Digitalisierungsgrad not yet collected"
TENTH = Decimal("0.1")


@dataclass(frozen=True)
class RegisterCounts:
    """How many processes the register holds, how many are relevant, and their average score."""

    total: int
    relevant: int
    average_score: Decimal | None

    @property
    def not_relevant(self) -> int:
        return self.total - self.relevant


@dataclass(frozen=True)
class Share:
    """One category of a distribution: its label, how many relevant processes fall in it, of how many.

    ``filter_value`` is the register list's filter value showing these processes ("" when it has none).
    """

    label: str
    count: int
    total: int
    filter_value: str = ""

    @property
    def percent(self) -> Decimal:
        if not self.total:
            return Decimal(0)
        return (Decimal(100 * self.count) / self.total).quantize(TENTH, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Distribution:
    """The relevant processes split into categories (every process in exactly one)."""

    shares: list[Share]
    total: int
    filter_param: str = ""  # the register list's query parameter for the shares' filter values

    @property
    def largest(self) -> Share | None:
        return max(self.shares, key=lambda share: share.count, default=None)


@dataclass
class TopProcess:
    """A place in the top of the working list, with the criteria that lift it most."""

    rank: int
    profile: ProcessProfile
    result: Result | None = None
    reasons: list[Contribution] = field(default_factory=list)


def register_counts(tenant: Tenant) -> RegisterCounts:
    """All, relevant and the relevant processes' average score, in one query."""
    row = ProcessProfile.objects.for_tenant(tenant).aggregate(
        total_count=Count("id"),
        relevant_count=Count("id", filter=Q(relevant=True)),
        average_score=Avg("score", filter=Q(relevant=True)),
    )
    average = row["average_score"]
    return RegisterCounts(
        total=row["total_count"],
        relevant=row["relevant_count"],
        average_score=None if average is None else Decimal(str(average)).quantize(TENTH),
    )


def _relevant(tenant: Tenant) -> QuerySet[ProcessProfile]:
    return ProcessProfile.objects.for_tenant(tenant).filter(relevant=True)


def _counts_by(tenant: Tenant, column: str) -> dict[Any, int]:
    rows = _relevant(tenant).values(column).annotate(n=Count("id")).order_by()
    return {row[column]: row["n"] for row in rows}


def by_topic(tenant: Tenant) -> Distribution:
    """Relevant processes per OZG Themenfeld (largest first), those without one last."""
    counts = _counts_by(tenant, "ozg_topic")
    total = sum(counts.values())
    shares = sorted(
        (
            Share(str(topic.label), counts[topic.value], total, topic.value)
            for topic in OzgTopic
            if counts.get(topic.value)
        ),
        key=lambda share: -share.count,
    )
    # Values no longer among the choices count as "without" rather than vanishing from the total.
    without = total - sum(share.count for share in shares)
    if without:
        shares.append(Share(_("without OZG topic"), without, total))
    return Distribution(shares, total, "ozg_topic")


def by_level(tenant: Tenant) -> Distribution:
    """Relevant processes per Digitalisierungsgrad 0–4 in order, then those not yet collected."""
    counts = _counts_by(tenant, "digitalisation_level")
    total = sum(counts.values())
    shares = [
        Share(str(level.label), counts.get(level.value, 0), total, str(level.value))
        for level in DigitalisationLevel
    ]
    shares.append(Share(_("not yet collected"), total - sum(s.count for s in shares), total, NOT_COLLECTED))
    return Distribution(shares, total, "digitalisation_level")


def by_unit(tenant: Tenant, limit: int = UNIT_LIMIT) -> Distribution:
    """Relevant processes per office (Amt), counting the processes of its sections, in two queries.

    A process counts for the topmost office above or at its responsible unit; where the chain has no office
    (a tree without levels, or a process of a division itself) for the chain's root. The largest
    ``limit - 1`` groups get their own share when there are more than ``limit``; the rest share one.
    """
    counts = _counts_by(tenant, "owner_unit_id")
    total = sum(counts.values())
    groups: dict[int, int] = {}
    units: dict[int, dict[str, Any]] = {}
    if any(unit_id is not None for unit_id in counts):
        units = {
            unit["id"]: unit
            for unit in OrgUnit.objects.for_tenant(tenant).values(
                "id", "uuid", "name", "short_code", "path", "kind"
            )
        }
        by_hex = {unit["uuid"].hex: unit for unit in units.values()}
        for unit_id, count in counts.items():
            if unit_id is None:
                continue
            group = _group_of(units[unit_id], by_hex)
            groups[group["id"]] = groups.get(group["id"], 0) + count
    ranked = sorted(groups.items(), key=lambda item: (-item[1], _unit_label(units[item[0]]).lower()))
    shares = [Share(_unit_label(units[unit_id]), count, total) for unit_id, count in ranked]
    if len(shares) > limit:
        rest = shares[limit - 1 :]
        shares = shares[: limit - 1]
        label = ngettext("%(n)d further unit", "%(n)d further units", len(rest)) % {"n": len(rest)}
        shares.append(Share(label, sum(share.count for share in rest), total))
    if counts.get(None):
        shares.append(Share(_("without an org unit"), counts[None], total))
    return Distribution(shares, total)


def _group_of(unit: dict[str, Any], by_hex: dict[str, dict[str, Any]]) -> dict[str, Any]:
    chain = [by_hex[part] for part in unit["path"].split("/") if part in by_hex] or [unit]
    return next((node for node in chain if node["kind"] == OrgUnitKind.OFFICE), chain[0])


def _unit_label(unit: dict[str, Any]) -> str:
    return f"{unit['short_code']} {unit['name']}".strip()


def top_processes(tenant: Tenant, count: int = TOP_COUNT) -> list[TopProcess]:
    """The first places of the working list with their strongest criteria, in a fixed number of queries."""
    profiles = list(
        ranked_profiles(tenant).only(
            "id", "uuid", "number", "name", "score", "manual_priority", "priority_reason"
        )[:count]
    )
    if not profiles:
        return []
    rules = rules_for(tenant)
    results = explain_many(tenant, rules, [p.pk for p in profiles]) if rules else {}
    top = []
    for rank, profile in enumerate(profiles, start=1):
        result = results.get(profile.pk)
        reasons = result.strongest(REASON_COUNT) if result else []
        top.append(TopProcess(rank, profile, result, reasons))
    return top
