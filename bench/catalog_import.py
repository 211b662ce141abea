"""Measure the LeiKa import and the catalogue search in-process; print the results as JSON.

Run by ``bench/run.py`` once per database (``DATABASE_URL`` chooses it). A LeiKa CSV of ``--rows`` entries in
the official layout (``;``, ISO-8859-1) is generated and written to ``var/``; then, each as median over
``--repeat`` runs after warm-up:

- *csv*: the file read with Python's ``csv`` module alone (decode and split every row): the floor;
- *read*: our reader (``catalogues.importers.leika.read_leika``: decode, split, validate every key, type and
  parent, build the entries);
- *import*: reading, the comparison with the (empty) catalogue and writing every entry with its tree path
  and search document in one transaction (rolled back after each run);
- *update*: importing a newer version of the file (5 % renamed, 2 % new, 1 % removed) over the imported one;
- search and browse queries in the imported catalogue (committed and analysed, as in use): a word, a key
  prefix, the roots, a branch's children.
"""

import argparse
import csv
import io
import json
import os
import statistics
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from measure import time_callable  # noqa: E402

from catalogues.choices import CatalogKind, ImportLayout  # noqa: E402
from catalogues.importers.leika import example_leika_rows, read_leika, write_leika_csv  # noqa: E402
from catalogues.models import Catalog, CatalogEntry  # noqa: E402
from catalogues.search import search_entries  # noqa: E402
from catalogues.services.versions import version_apply, version_prepare  # noqa: E402
from tenants.models import Tenant  # noqa: E402

WARM_UP = 1
OWNER = "bench-catalogue-import"


class _Undo(Exception):
    pass


def median_ms(function: Callable[[], Any], repeat: int, warm_up: int = WARM_UP) -> float:
    return statistics.median(time_callable(function, repeat, warm_up))


def csv_floor(data: bytes) -> int:
    """Every row of the file through the csv module: decode and split, nothing else."""
    rows = 0
    for _row in csv.reader(io.StringIO(data.decode("iso-8859-1"), newline=""), delimiter=";"):
        rows += 1
    return rows


def newer_version(data: bytes) -> bytes:
    """The file as a later release might look: some entries renamed, some new, some gone."""
    entries = read_leika(data, "leika.csv").entries
    leaves = [e for e in entries if not e.key.endswith("000")]
    removed = {e.key for e in leaves[::100]}
    changed = []
    for index, entry in enumerate(entries):
        if entry.key in removed:
            continue
        changed.append(replace(entry, name=entry.name + " (neu gefasst)") if index % 20 == 0 else entry)
    extra = example_leika_rows(len(entries) + len(entries) // 50, seed=1)[len(entries) :]
    known = {e.key for e in changed}
    return write_leika_csv(changed + [e for e in extra if e.key not in known])


def import_once(catalog: Catalog, data: bytes, *, keep: bool = False) -> None:
    try:
        with transaction.atomic():
            version = version_prepare(
                catalog=catalog, layout=ImportLayout.LEIKA, data=data, file_name="leika.csv", label="bench"
            )
            version_apply(version=version)
            if not keep:
                raise _Undo
    except _Undo:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    data = write_leika_csv(example_leika_rows(args.rows))
    path = ROOT / "var" / f"bench-leika-{args.rows}.csv"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    rows = csv_floor(data) - 1  # without the header
    update = newer_version(data)

    # A catalogue of its own beside whatever the database holds, removed at the end.
    Tenant.objects.filter(slug=OWNER).delete()
    owner = Tenant.objects.create(slug=OWNER, name="Benchmark", kind="gemeinde")
    try:
        catalog = Catalog.objects.create(tenant=owner, kind=CatalogKind.LEIKA, name="LeiKa (Benchmark)")
        results: dict[str, Any] = {"database": connection.vendor, "rows": rows, "bytes": len(data)}
        results["csv_ms"] = median_ms(lambda: csv_floor(data), args.repeat)
        results["read_ms"] = median_ms(lambda: read_leika(data, "leika.csv"), args.repeat)
        results["import_ms"] = median_ms(lambda: import_once(catalog, data), max(1, args.repeat // 2))
        import_once(catalog, data, keep=True)  # committed: the queries below run as in use
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # planner statistics, as after a while in use
        results["update_ms"] = median_ms(lambda: import_once(catalog, update), max(1, args.repeat // 2))
        entries = CatalogEntry.objects.filter(catalog=catalog)
        results["entries"] = entries.count()
        root = entries.filter(depth=0).order_by("key").first()
        assert root is not None
        probe = entries.filter(depth=2).order_by("key").first() or root
        queries: dict[str, Callable[[], Any]] = {
            "search_word": lambda: list(search_entries(entries, "Ausstellung")[:50]),
            "search_key": lambda: list(search_entries(entries, probe.key[:8])[:50]),
            "roots": lambda: list(entries.filter(depth=0).order_by("key")[:200]),
            "children": lambda: list(entries.filter(parent=root).order_by("key")[:200]),
        }
        results["queries_ms"] = {name: median_ms(q, args.repeat * 4, 3) for name, q in queries.items()}
    finally:
        owner.delete()
    for name in ("read", "import", "update"):
        results[f"{name}_rows_per_s"] = round(rows / results[f"{name}_ms"] * 1000)
        results[f"{name}_ratio"] = round(results[f"{name}_ms"] / results["csv_ms"], 1)
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
