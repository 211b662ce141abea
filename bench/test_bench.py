"""CI smoke test of the benchmark: it runs at a tiny size, every page answers, query counts hold.

No timing is asserted: timings belong to ``bench/run.py`` and ``docs/benchmarks.md``.
"""

from xml.etree import ElementTree

import measure
import plot
import pytest
import run
from django.test import Client

from demo.scale import scale_populate
from tenants.models import Tenant

pytestmark = pytest.mark.django_db


def test_the_measurements_run_on_a_small_database():
    scale_populate(profiles=1)
    tenant = Tenant.objects.get(slug=measure.TENANT)
    client = Client()
    client.force_login(tenant.memberships.get(user__username=measure.USER).user)
    pages = {name: measure.measure_page(client, url, repeat=2) for name, url in measure.pages(tenant).items()}
    for name, result in pages.items():
        assert result["queries"] > 0, name
        assert result["sql_median"] > 0, name
        assert result["median"] > 0, name
    counts = measure.list_query_counts(client, f"/t/{tenant.slug}/")
    assert len(set(counts.values())) == 1, counts  # no query per row
    instantiation = measure.instantiation_ms(repeat=1)
    assert instantiation["profiles"] > 900
    assert Tenant.objects.filter(slug__startswith="bench-probe").count() == 0  # rolled back

    step = {
        "profiles": 1000,
        "size": 1000,
        "populate_seconds": 1.0,
        "pages": pages,
        "list_queries_by_rows": counts,
        "instantiation": instantiation,
    }
    report = {
        "command": "bench/run.py --quick",
        "date": "2026-11-22",
        "seconds": 60,
        "machine": {
            "cpu": "2 × test",
            "memory": "1 GB",
            "os": "Linux",
            "python": "3.11",
            "sqlite": "3",
            "postgresql": "15",
        },
        "databases": {"sqlite": {"steps": [step, {**step, "profiles": 10000}]}},
    }
    text = run.markdown(report)
    assert "| Register list: org unit subtree" in text
    svg = plot.growth_svg(report, run.PAGES)
    root = ElementTree.fromstring(svg)  # noqa: S314 - our own SVG; checks it is well-formed
    assert root.find("{http://www.w3.org/2000/svg}title") is not None


def test_the_catalogue_import_measurement_runs_on_a_small_file():
    import catalog_import

    data = catalog_import.write_leika_csv(catalog_import.example_leika_rows(300))
    assert catalog_import.csv_floor(data) == 301  # the header and every row
    newer = catalog_import.read_leika(catalog_import.newer_version(data), "leika.csv").entries
    assert 290 < len(newer) < 320
    catalog = catalog_import.Catalog.objects.create(kind="leika", name="LeiKa")
    catalog_import.import_once(catalog, data)
    assert not catalog.entries.exists()  # rolled back
    catalog_import.import_once(catalog, data, keep=True)
    assert catalog.entries.count() == 300
    note = run.catalog_note(
        {
            "rows": 300,
            "bytes": len(data),
            "csv_ms": 1.0,
            "read_ms": 2.0,
            "import_ms": 3.0,
            "update_ms": 4.0,
            "entries": 300,
            "read_rows_per_s": 150000,
            "import_rows_per_s": 100000,
            "update_rows_per_s": 75000,
            "read_ratio": 2.0,
            "import_ratio": 3.0,
            "update_ratio": 4.0,
            "queries_ms": {"search_word": 1.0, "search_key": 1.0, "roots": 1.0, "children": 1.0},
        }
    )
    assert "×3.0 the csv module" in note


def test_the_score_recompute_measurement_runs_and_writes_in_bulk():
    import score_recompute

    scale_populate(profiles=1)
    tenant = Tenant.objects.get(slug=measure.TENANT)
    result = score_recompute.measure(tenant, repeat=1)
    assert result["profiles"] > 900
    assert result["floor_queries"] <= 5  # read + one bulk write (PostgreSQL: temporary table and COPY)
    assert result["unchanged_queries"] <= 4 and result["one_profile_queries"] <= 4
    assert result["scheme_change_queries"] <= 15  # a constant, not one per profile
    assert f"{result['profiles']:,} profiles" in run.score_note(result)


def test_the_profile_import_measurement_runs_and_rolls_back():
    import profile_import

    scale_populate(profiles=1)
    tenant = Tenant.objects.get(slug=measure.TENANT)
    result = profile_import.measure(tenant, [50], repeat=1)
    size = result["sizes"][0]
    assert size["rows"] == 50 and size["floor_ms"] > 0
    assert size["queries"] <= 40  # a constant, not one per row
    assert "×" in run.import_note(result)


def test_the_bpmn_import_measurement_runs_and_rolls_back():
    import bpmn_import

    from modelling.models import ProcessModel

    if not bpmn_import.reference_files():
        pytest.skip(f"the MIWG reference models are not in {bpmn_import.MIWG}")
    scale_populate(profiles=1)
    tenant = Tenant.objects.get(slug=measure.TENANT)
    result = bpmn_import.measure(tenant, repeat=1)
    assert result["files"] == 21 and result["floor_ms"] > 0 and result["validate_ms"] > 0
    assert result["import_queries"] <= 15 * result["files"]  # a few per model, none per element
    page = result["page"]
    assert page["with_queries"] - page["without_queries"] <= 1  # the main version
    assert page["with_kb"] > page["without_kb"]  # the model's XML is in the page for the viewer
    assert not ProcessModel.objects.for_tenant(tenant).exists()  # rolled back
    assert "MIWG" in run.bpmn_note(result)
