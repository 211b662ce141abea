"""Measure the register of one bench tenant in-process; print the results as JSON.

Run by ``bench/run.py`` once per database and size (``DATABASE_URL`` chooses the database), after
``manage.py scale_populate``. For every page: server time through Django's test client (median and p95
over ``--requests`` after warm-up), the SQL the page ran replayed through the database driver alone (the
floor for what the page asks of the database) and the ratio of the two, and the number of queries.
"""

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402

from organisation.models import OrgUnit  # noqa: E402
from register.models import ProcessProfile, TemplateVersion  # noqa: E402
from register.services.templates import template_instantiate  # noqa: E402
from tenants.models import Tenant  # noqa: E402

TENANT = "bench-001"
USER = "bench-001-modellierer"
WARM_UP = 3
SEARCH = "Hundesteuer"


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (share 0.95 → p95)."""
    ordered = sorted(values)
    return ordered[max(0, round(share * len(ordered)) - 1)]


def summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "p95": percentile(values, 0.95)}


class Recorder:
    """Collects the exact statements (SQL and parameters) a request runs, via an execute wrapper."""

    def __init__(self) -> None:
        self.statements: list[tuple[str, Any, bool]] = []

    def __call__(self, execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any) -> Any:
        self.statements.append((sql, params, many))
        return execute(sql, params, many, context)


def driver_statement(sql: str, params: Any) -> tuple[str, Any]:
    """The statement as the driver takes it: sqlite3 wants ``?`` where Django writes ``%s``, and a tuple."""
    if connection.vendor != "sqlite":
        return sql, params
    if params is None:
        return sql, ()
    if isinstance(params, dict):
        return sql % {name: f":{name}" for name in params}, params
    return sql % tuple("?" * len(params)), params


def bare_sql_ms(statements: list[tuple[str, Any, bool]], repeat: int) -> dict[str, Any]:
    """Replay the statements through a cursor of the driver's own connection, fetching every row.

    Below Django entirely (no query logging, wrappers or type conversion): the floor of what the page
    asks of the database. Also names the slowest statement (its median), which shows where the time goes.
    """
    replay = [driver_statement(sql, params) for sql, params, many in statements if not many]
    times = []
    per_statement: list[list[float]] = [[] for _ in replay]
    connection.ensure_connection()
    cursor = connection.connection.cursor()  # sqlite3 or psycopg
    try:
        for round_ in range(WARM_UP + repeat):
            start = time.perf_counter()
            for index, (sql, params) in enumerate(replay):
                began = time.perf_counter()
                cursor.execute(sql, params)
                if cursor.description is not None:
                    cursor.fetchall()
                if round_ >= WARM_UP:
                    per_statement[index].append((time.perf_counter() - began) * 1000)
            times.append((time.perf_counter() - start) * 1000)
    finally:
        cursor.close()
    medians = [statistics.median(t) if t else 0.0 for t in per_statement]
    slowest = max(range(len(replay)), key=medians.__getitem__) if replay else None
    return {
        **summary(times[WARM_UP:]),
        "slowest_ms": medians[slowest] if slowest is not None else 0.0,
        "slowest_sql": " ".join(replay[slowest][0].split())[:300] if slowest is not None else "",
    }


def time_callable(function: Callable[[], Any], repeat: int, warm_up: int = WARM_UP) -> list[float]:
    """Milliseconds of ``repeat`` calls after ``warm_up`` untimed ones."""
    for _ in range(warm_up):
        function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def measure_page(client: Client, url: str, repeat: int) -> dict[str, Any]:
    def get() -> None:
        response = client.get(url, secure=True)
        assert response.status_code == 200, (url, response.status_code)

    times = time_callable(get, repeat)
    recorder = Recorder()
    with connection.execute_wrapper(recorder):
        get()
    return _result(times, recorder.statements, repeat)


def _result(times: list[float], statements: list[tuple[str, Any, bool]], repeat: int) -> dict[str, Any]:
    page = summary(times)
    bare = bare_sql_ms(statements, repeat)
    return {
        **page,
        "sql_median": bare["median"],
        "slowest_sql_ms": bare["slowest_ms"],
        "slowest_sql": bare["slowest_sql"],
        "ratio": page["median"] / bare["median"] if bare["median"] else None,
        "queries": len(statements),
    }


def list_query_counts(client: Client, base: str) -> dict[str, int]:
    """Queries of the list page for 25, 50 and 200 rows: equal when nothing is loaded per row."""
    counts = {}
    for size in (25, 50, 200):
        recorder = Recorder()
        with connection.execute_wrapper(recorder):
            assert client.get(f"{base}?per_page={size}", secure=True).status_code == 200
        counts[str(size)] = len(recorder.statements)
    return counts


class _Undo(Exception):
    pass


def instantiation_ms(repeat: int) -> dict[str, float]:
    """Copy the template into a fresh tenant (rolled back afterwards), ``repeat`` times."""
    version = TemplateVersion.objects.order_by("-published_at").first()
    assert version is not None
    times = []
    for index in range(repeat):
        try:
            with transaction.atomic():
                tenant = Tenant.objects.create(slug=f"bench-probe-{index}", name="Probe", kind="gemeinde")
                start = time.perf_counter()
                template_instantiate(tenant=tenant, version=version, actor=None)
                times.append((time.perf_counter() - start) * 1000)
                raise _Undo
        except _Undo:
            pass
    return {**summary(times), "profiles": version.profile_count}


def pages(tenant: Tenant) -> dict[str, str]:
    """The measured URLs, the same in every run and database.

    The filtered list shows the subtree of the first office (Amt) with sections by short code and the office's
    most frequent OZG topic; the detail page shows the profile with the lowest number.
    """
    base = f"/t/{tenant.slug}/"
    office = (
        OrgUnit.objects.for_tenant(tenant)
        .filter(depth=1)
        .annotate(sections=Count("children"))
        .filter(sections__gt=0)
        .order_by("short_code", "name")
        .first()
    )
    assert office is not None
    topic = (
        ProcessProfile.objects.for_tenant(tenant)
        .filter(owner_unit__path__startswith=office.path)
        .exclude(ozg_topic="")
        .values_list("ozg_topic")
        .annotate(n=Count("id"))
        .order_by("-n", "ozg_topic")
        .first()
    )
    assert topic is not None
    profile = ProcessProfile.objects.for_tenant(tenant).order_by("number").first()
    assert profile is not None
    return {
        "list": f"{base}?unit={office.uuid}&ozg_topic={topic[0]}&sort=-case_count",
        "list_default": base,
        "search": f"{base}?q={SEARCH}",
        "detail": f"{base}prozesse/{profile.uuid}/",
        "dashboard": f"{base}uebersicht/",
        "ranking": f"{base}prioritaeten/",
        "figures": f"{base}kennzahlen/",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--instantiations", type=int, default=5, help="template copies to time (0: none)")
    parser.add_argument("--tenant", default=TENANT, help="slug of the measured tenant")
    parser.add_argument("--user", default=USER, help="the member the pages are requested as")
    args = parser.parse_args()

    tenant = Tenant.objects.get(slug=args.tenant)
    client = Client()
    client.force_login(tenant.memberships.get(user__username=args.user).user)
    results: dict[str, Any] = {
        "database": connection.vendor,
        "profiles": ProcessProfile.all_tenants.count(),
        "tenants": Tenant.objects.count(),
        "bench_tenants": Tenant.objects.filter(slug__startswith="bench-")
        .exclude(slug__startswith="bench-probe")
        .count(),
        "tenant_profiles": ProcessProfile.objects.for_tenant(tenant).count(),
        "pages": {},
    }
    for name, url in pages(tenant).items():
        results["pages"][name] = {"url": url, **measure_page(client, url, args.requests)}
    results["list_queries_by_rows"] = list_query_counts(client, f"/t/{tenant.slug}/")
    if args.instantiations:
        results["instantiation"] = instantiation_ms(args.instantiations)
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
