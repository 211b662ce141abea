"""Measure the spreadsheet import of process profiles against reading the same file; print JSON.

Run by ``bench/run.py`` once per database after ``scale_populate`` (tenant ``bench-001``). For each size
(default 1,000 and 10,000 rows) it writes an XLSX file as a municipal list looks (16 columns: number, name,
description, type, folder path, responsible unit, figures, maturity, LeiKa key, topic, relevance, review
date, trigger, result) whose rows are all new processes, and takes the median over ``--repeat`` runs:

- *floor*: openpyxl alone reading every cell of the file (``read_only=True, values_only=True``), the way a
  script would read the list before doing anything with it;
- *import*: what ``manage.py import_profiles --apply`` does: read the file with every check, find the header
  and assign the columns, check every row against the register (units, folders, LeiKa keys, the model's
  rules), create the profiles with their folders, links and search documents and score them — inside a
  transaction that is rolled back, so every run starts from the same register;
- *web*: the same through the pages' steps (upload, check when the assignment is saved, import, which checks
  again).

The ratio import / floor is the figure the issue sets a target for (at most 2).
"""

import argparse
import datetime
import io
import json
import os
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

import openpyxl  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from measure import time_callable  # noqa: E402

from catalogues.models import CatalogEntry  # noqa: E402
from interchange.services.profiles_import import import_apply, import_check, import_upload  # noqa: E402
from organisation.models import OrgUnit  # noqa: E402
from register.models import Folder, ProcessProfile  # noqa: E402
from tenants.models import Tenant  # noqa: E402

TENANT = "bench-001"
HEADER = [
    "Prozess-Nr.",
    "Bezeichnung",
    "Kurzbeschreibung",
    "Prozesstyp",
    "Ordner",
    "Zuständige OE",
    "Fallzahl",
    "Bearbeitungszeit (Min.)",
    "Digitalisierungsgrad",
    "LeiKa-Schlüssel",
    "Themenfeld",
    "Relevant",
    "Nächste Prüfung",
    "Auslöser",
    "Ergebnis",
    "Bemerkung",
]
TOPICS = ["Familie & Kind", "Bauen & Wohnen", "Mobilität & Reisen", "Steuern & Zoll", "Gesundheit"]
TYPES = ["Kernprozess", "Unterstützungsprozess", "Führungsprozess"]


class _Undo(Exception):
    pass


def example_rows(tenant: Tenant, count: int) -> list[list[Any]]:
    """``count`` new processes referring to the tenant's units, folders and LeiKa entries."""
    units = list(
        OrgUnit.objects.for_tenant(tenant).exclude(short_code="").values_list("short_code", flat=True)
    )
    units = units or list(OrgUnit.objects.for_tenant(tenant).values_list("name", flat=True)) or [""]
    folders = [" / ".join(_folder_path(f)) for f in Folder.objects.for_tenant(tenant)[:50]] or [""]
    keys = list(
        CatalogEntry.objects.filter(catalog__kind="leika", catalog__tenant=None).values_list(
            "key", flat=True
        )[:500]
    )
    keys = keys or [""]
    rows = []
    for n in range(count):
        rows.append(
            [
                f"IMP-{n:05d}",
                f"Antrag auf Genehmigung Nummer {n} bearbeiten",
                "Die Behörde prüft den Antrag, fordert fehlende Unterlagen nach und erlässt einen Bescheid.",
                TYPES[n % 3],
                folders[n % len(folders)],
                units[n % len(units)],
                f"{(n * 37) % 5000 + 10:,}".replace(",", "."),
                (n % 90) + 5,
                n % 5,
                keys[n % len(keys)],
                TOPICS[n % len(TOPICS)],
                "ja" if n % 7 else "nein",
                datetime.date(2027, n % 12 + 1, n % 28 + 1),
                "Antrag geht ein",
                "Bescheid",
                "intern",
            ]
        )
    return rows


def _folder_path(folder: Folder) -> list[str]:
    names = [folder.name]
    while folder.parent_id:
        folder = folder.parent  # type: ignore[assignment]
        names.insert(0, folder.name)
    return names


def write_xlsx(rows: list[list[Any]]) -> bytes:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Prozesse")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def openpyxl_floor(data: bytes) -> int:
    """Read every cell with openpyxl alone; returns the number of rows."""
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    count = sum(1 for _row in workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    return count


def import_once(tenant: Tenant, data: bytes, *, web: bool = False, keep: bool = False) -> dict[str, Any]:
    """Import the file into the tenant (rolled back unless ``keep``); returns the job's counts."""
    try:
        with transaction.atomic():
            job = import_upload(tenant=tenant, actor=None, data=data, file_name="bench.xlsx")
            if web:
                import_check(tenant=tenant, job=job)
            job = import_apply(tenant=tenant, job=job, actor=None, report=web)
            result = dict(job.result)
            if not keep:
                raise _Undo
    except _Undo:
        pass
    return result


def _times(tenant: Tenant, data: bytes, runs: int) -> tuple[float, float, float]:
    """Medians of the floor, the import and the import through the pages' steps (milliseconds)."""

    def floor() -> None:
        openpyxl_floor(data)

    def imported() -> None:
        import_once(tenant, data)

    def web() -> None:
        import_once(tenant, data, web=True)

    return (
        statistics.median(time_callable(floor, runs, warm_up=1)),
        statistics.median(time_callable(imported, runs, warm_up=1)),
        statistics.median(time_callable(web, runs, warm_up=0)),
    )


def measure(tenant: Tenant, sizes: list[int], repeat: int) -> dict[str, Any]:
    results: dict[str, Any] = {"database": connection.vendor, "sizes": []}
    before = ProcessProfile.objects.for_tenant(tenant).count()
    for size in sizes:
        data = write_xlsx(example_rows(tenant, size))
        assert openpyxl_floor(data) == size + 1
        counts = import_once(tenant, data)
        assert counts["create"] == size and counts["invalid"] == 0, counts["problems"][:3]
        floor_ms, import_ms, web_ms = _times(tenant, data, max(1, repeat if size <= 2000 else repeat // 2))
        with CaptureQueriesContext(connection) as queries:
            import_once(tenant, data)
        results["sizes"].append(
            {
                "rows": size,
                "bytes": len(data),
                "floor_ms": round(floor_ms, 1),
                "import_ms": round(import_ms, 1),
                "web_ms": round(web_ms, 1),
                "ratio": round(import_ms / floor_ms, 2),
                "web_ratio": round(web_ms / floor_ms, 2),
                "rows_per_s": round(size / import_ms * 1000),
                "queries": len(queries),
            }
        )
    assert ProcessProfile.objects.for_tenant(tenant).count() == before  # every run was rolled back
    results["profiles_before"] = before
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--tenant", default=TENANT)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    json.dump(measure(Tenant.objects.get(slug=args.tenant), sizes, args.repeat), sys.stdout)


if __name__ == "__main__":
    main()
