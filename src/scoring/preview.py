"""What-if: how the top of the working list would change under a draft scheme, before it is saved."""

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from scoring.engine import Rule, score_all
from scoring.selectors import ranked_profiles, scoring_inputs
from tenants.models import Tenant

TOP = 20


@dataclass(frozen=True)
class Placing:
    """A profile in the draft's top list, beside its place and score today."""

    uuid: str
    number: str
    name: str
    rank: int
    score: Decimal | None
    old_rank: int
    old_score: Decimal | None
    manual_priority: int | None

    @property
    def moved(self) -> int:
        """Places gained (positive) or lost (negative)."""
        return self.old_rank - self.rank

    @property
    def lost(self) -> int:
        """Places lost (positive), for the template."""
        return -self.moved

    @property
    def is_new(self) -> bool:
        return self.old_rank > TOP


@dataclass(frozen=True)
class WhatIf:
    top: list[Placing]
    dropped: list[Placing]  # in today's top, not in the draft's
    changed_scores: int
    total: int


def _order(row: Mapping[str, Any], score: Decimal | None) -> tuple[Any, ...]:
    """The working list's order (scoring.selectors.RANKING) as a sort key."""
    priority = row["manual_priority"]
    return (priority is None, priority or 0, score is None, -(score or 0), row["number"])


def what_if(tenant: Tenant, rules: list[Rule], limit: int = TOP) -> WhatIf:
    """Score every relevant profile with ``rules`` and compare the top ``limit`` with today's (3 queries)."""
    profiles = ranked_profiles(tenant)
    rows = {r["id"]: r for r in profiles.values("id", "uuid", "number", "name", "manual_priority", "score")}
    scores = score_all(rules, scoring_inputs(tenant, rules, profiles)) if rows else {}
    old_order = sorted(rows, key=lambda pk: _order(rows[pk], rows[pk]["score"]))
    new_order = sorted(rows, key=lambda pk: _order(rows[pk], scores.get(pk)))
    old_rank = {pk: place for place, pk in enumerate(old_order, start=1)}
    new_rank = {pk: place for place, pk in enumerate(new_order, start=1)}

    def placing(pk: int) -> Placing:
        row = rows[pk]
        return Placing(
            uuid=str(row["uuid"]),
            number=row["number"],
            name=row["name"],
            rank=new_rank[pk],
            score=scores.get(pk),
            old_rank=old_rank[pk],
            old_score=row["score"],
            manual_priority=row["manual_priority"],
        )

    top = [placing(pk) for pk in new_order[:limit]]
    in_top = {p.uuid for p in top}
    dropped = [placing(pk) for pk in old_order[:limit] if str(rows[pk]["uuid"]) not in in_top]
    changed = sum(1 for pk, row in rows.items() if row["score"] != scores.get(pk))
    return WhatIf(top=top, dropped=dropped, changed_scores=changed, total=len(rows))
