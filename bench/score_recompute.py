"""Measure recomputing the stored Nutzwert-Score in-process; print the results as JSON.

Run by ``bench/run.py`` once per database after ``scale_populate`` (tenant ``bench-001``, about 950
profiles). Each figure is the median over ``--repeat`` runs after warm-up, inside a transaction that is rolled
back, so every run starts from the same state:

- *floor*: what the database must do at least: read the scored columns of every profile and write a new score
  to each with one bulk statement (``core.bulk.update_values``), with no scoring in between;
- *scheme change*: ``scheme_save`` with other weights — validate, replace the criteria, score every profile
  and write every changed score; the scheme alternates, so every score changes in every run;
- *recompute, nothing changed*: ``scores_recompute`` for the whole tenant when every stored score is current
  (read, score, compare, no write);
- *one profile*: ``scores_recompute`` for one profile, as after an edit.

Query counts are taken for each, so "one set of bulk writes" is checked, not assumed.
"""

import argparse
import json
import os
import statistics
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from measure import time_callable  # noqa: E402

from core.bulk import update_values  # noqa: E402
from register.models import ProcessProfile  # noqa: E402
from scoring.engine import INPUT_FIELDS  # noqa: E402
from scoring.services import default_specs, scheme_ensure, scheme_save, scores_recompute  # noqa: E402
from tenants.models import Tenant  # noqa: E402

TENANT = "bench-001"


class _Undo(Exception):
    pass


def _other_weights(flip: bool) -> list[Any]:
    """The default scheme, or one with recommendation and Digitalisierungsgrad weights swapped."""
    specs = default_specs()
    if flip:
        by_kind = {s.kind: s for s in specs}
        by_kind["recommended"].weight, by_kind["digitalisation_level"].weight = 20, 25
    return specs


def measure(tenant: Tenant, repeat: int) -> dict[str, Any]:
    profiles = ProcessProfile.objects.for_tenant(tenant)
    ids = list(profiles.order_by("pk").values_list("pk", flat=True))
    state = {"flip": False}

    def floor() -> None:
        rows = list(profiles.values(*INPUT_FIELDS))
        state["flip"] = not state["flip"]
        value = Decimal("11.11") if state["flip"] else Decimal("22.22")
        update_values(ProcessProfile, ["score"], [(value, row["id"]) for row in rows])

    def scheme_change() -> None:
        state["flip"] = not state["flip"]
        scheme_save(tenant=tenant, actor=None, specs=_other_weights(state["flip"]), note="")

    def unchanged() -> None:
        scores_recompute(tenant=tenant)

    def one() -> None:
        scores_recompute(tenant=tenant, profile_ids=[ids[len(ids) // 2]])

    results: dict[str, Any] = {"database": connection.vendor, "profiles": len(ids)}
    for name, function in [
        ("floor", floor),
        ("scheme_change", scheme_change),
        ("unchanged", unchanged),
        ("one_profile", one),
    ]:
        try:
            with transaction.atomic():
                scheme_ensure(tenant=tenant)
                scores_recompute(tenant=tenant)
                results[f"{name}_ms"] = statistics.median(time_callable(function, repeat, warm_up=1))
                with CaptureQueriesContext(connection) as queries:
                    function()
                results[f"{name}_queries"] = len(queries)
                raise _Undo
        except _Undo:
            pass
    results["scheme_change_ratio"] = round(results["scheme_change_ms"] / results["floor_ms"], 2)
    results["unchanged_ratio"] = round(results["unchanged_ms"] / results["floor_ms"], 2)
    results["profiles_per_s"] = round(len(ids) / results["scheme_change_ms"] * 1000)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--tenant", default=TENANT)
    args = parser.parse_args()
    json.dump(measure(Tenant.objects.get(slug=args.tenant), args.repeat), sys.stdout)


if __name__ == "__main__":
    main()
