"""Measure the BPMN import of the OMG MIWG reference models and the profile page with a model; print JSON.

Run by ``bench/run.py`` once per database after ``scale_populate`` (tenant ``bench-001``). It reads the 21
MIWG reference models from ``../shared/data/bpmn-miwg/`` beside the checkout (``{"skipped": …}`` when absent)
and takes the median over ``--repeat`` runs of

- *floor*: a bare lxml parse of every file (``lxml.etree.fromstring`` with entities and network off), the
  least any importer does;
- *validate*: what the import does before writing, for every file: the safe parse with its refusals, the
  BPMN 2.0 XSD, the semantic checks and the summary (shapes, edges, processes);
- *import*: ``manage.py import_bpmn`` of the whole set onto one profile — validation, the picture drawn
  from the diagram and sanitised, one model and version per file written — in a transaction rolled back.

The ratios validate / floor and import / floor are the figures of the issue. The profile page is then timed
with and without its main model (the largest reference model, C.8.0): the page with the model should stay
within 2× the page without it. The viewer fetches the model's XML separately; that request is timed too.
"""

import argparse
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

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from lxml import etree  # noqa: E402
from measure import USER, time_callable  # noqa: E402

from modelling.bpmn.checks import findings  # noqa: E402
from modelling.bpmn.documents import parse_bpmn  # noqa: E402
from modelling.bpmn.summary import summarise  # noqa: E402
from modelling.services.imports import ImportFile, models_import  # noqa: E402
from modelling.services.models import model_create  # noqa: E402
from register.models import ProcessProfile  # noqa: E402
from tenants.models import Tenant  # noqa: E402

TENANT = "bench-001"
MIWG = ROOT.parent / "shared" / "data" / "bpmn-miwg"
PAGE_MODEL = "C.8.0.bpmn"


class _Undo(Exception):
    pass


def reference_files() -> list[tuple[str, bytes]]:
    """The MIWG reference models as (file name, bytes), sorted by name."""
    return [(path.name, path.read_bytes()) for path in sorted(MIWG.glob("*.bpmn"))]


def bare_parse(files: list[tuple[str, bytes]]) -> int:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return sum(len(etree.fromstring(data, parser)) for _name, data in files)


def validate(files: list[tuple[str, bytes]]) -> int:
    notes = 0
    for name, data in files:
        document = parse_bpmn(data, file_name=name)
        notes += len(findings(document))
        summarise(document)
    return notes


def import_once(tenant: Tenant, profile: ProcessProfile, files: list[tuple[str, bytes]]) -> None:
    try:
        with transaction.atomic():
            models_import(
                tenant=tenant,
                user=None,
                files=[ImportFile(name=name, data=data) for name, data in files],
                profile=profile,
                create_profiles=False,
            )
            raise _Undo
    except _Undo:
        pass


def page_times(tenant: Tenant, profile: ProcessProfile, runs: int) -> dict[str, Any]:
    """The profile page without and with its main model (created in a transaction that is rolled back)."""
    client = Client()
    client.force_login(tenant.memberships.get(user__username=USER).user)
    url = f"/t/{tenant.slug}/prozesse/{profile.uuid}/"

    def measured(address: str = url) -> tuple[float, int, int]:
        def get() -> None:
            response = client.get(address, secure=True)
            assert response.status_code == 200, response.status_code

        times = time_callable(get, runs, warm_up=2)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(address, secure=True)
        return statistics.median(times), len(queries), len(response.content)

    without_ms, without_queries, without_bytes = measured()
    result: dict[str, Any] = {}
    try:
        with transaction.atomic():
            model = model_create(
                tenant=tenant,
                profile=profile,
                name="Referenzmodell",
                user=None,
                xml=(MIWG / PAGE_MODEL).read_bytes(),
                file_name=PAGE_MODEL,
            )
            with_ms, with_queries, with_bytes = measured()
            # What the viewer then fetches (once; the browser may keep it for ten minutes).
            xml_ms, _queries, xml_bytes = measured(
                f"/t/{tenant.slug}/modelle/{model.uuid}/versionen/1/modell.bpmn"
            )
            result = {
                "without_ms": round(without_ms, 1),
                "with_ms": round(with_ms, 1),
                "ratio": round(with_ms / without_ms, 2),
                "without_queries": without_queries,
                "with_queries": with_queries,
                "without_kb": round(without_bytes / 1024),
                "with_kb": round(with_bytes / 1024),
                "model": PAGE_MODEL,
                "xml_ms": round(xml_ms, 1),
                "xml_kb": round(xml_bytes / 1024),
            }
            raise _Undo
    except _Undo:
        pass
    return result


def measure(tenant: Tenant, repeat: int) -> dict[str, Any]:
    files = reference_files()
    if not files:
        return {"skipped": f"no reference models in {MIWG}"}
    profile = ProcessProfile.objects.for_tenant(tenant).order_by("number").first()
    assert profile is not None
    floor = statistics.median(time_callable(lambda: bare_parse(files), repeat * 4, warm_up=2))
    validated = statistics.median(time_callable(lambda: validate(files), repeat * 4, warm_up=1))
    imported = statistics.median(
        time_callable(lambda: import_once(tenant, profile, files), repeat, warm_up=1)
    )
    with CaptureQueriesContext(connection) as queries:
        import_once(tenant, profile, files)
    return {
        "database": connection.vendor,
        "files": len(files),
        "bytes": sum(len(data) for _name, data in files),
        "findings": validate(files),
        "floor_ms": round(floor, 2),
        "validate_ms": round(validated, 2),
        "import_ms": round(imported, 1),
        "validate_ratio": round(validated / floor, 1),
        "import_ratio": round(imported / floor, 1),
        "import_queries": len(queries),
        "page": page_times(tenant, profile, repeat * 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--tenant", default=TENANT)
    args = parser.parse_args()
    json.dump(measure(Tenant.objects.get(slug=args.tenant), args.repeat), sys.stdout)


if __name__ == "__main__":
    main()
