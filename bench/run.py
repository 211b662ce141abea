"""The benchmark: the register at growing sizes on SQLite and PostgreSQL, plus a concurrency run.

    .venv/bin/python bench/run.py                        # sizes 1,000 … 200,000 on both databases
    .venv/bin/python bench/run.py --quick                # 1,000 profiles, few requests: a smoke run
    .venv/bin/python bench/run.py --sizes 1000,10000 --databases sqlite

For each database the script builds one database and grows it (``manage.py scale_populate``) through the
sizes; after each step ``bench/measure.py`` measures the tenant ``bench-001``. PostgreSQL runs in a server
the script starts in a temporary directory (``scripts/postgres``) unless ``--postgres-url`` names one. At
the largest PostgreSQL size, ``bench/load.py`` drives the app under gunicorn with parallel clients.
Results go to ``bench/results/latest.json``, the tables to ``docs/benchmarks.md`` (between the bench
markers) and the growth plot to ``docs/images/benchmark-growth.svg``.
"""

import argparse
import json
import os
import platform
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from plot import growth_svg  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python")
RESULTS = ROOT / "bench" / "results" / "latest.json"
DOC = ROOT / "docs" / "benchmarks.md"
PLOT = ROOT / "docs" / "images" / "benchmark-growth.svg"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
PAGES = {
    "list": "Register list: org unit subtree + OZG topic, sorted by Fallzahl, 50 rows",
    "list_default": "Register list, unfiltered, 50 rows",
    "search": "Full-text search “Hundesteuer”",
    "detail": "Profile detail",
    "counts": "Start page counts (ORM, no HTTP)",
}
# Production-like settings for the measured processes (no debug, no HTTPS redirect on 127.0.0.1).
PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "benchmark-only-not-a-secret",
    "DJANGO_ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
    "DJANGO_SECURE_SSL_REDIRECT": "0",
    "CACHE_IN_DATABASE": "0",
}


def run(args: list[str], env: dict[str, str], capture: bool = False) -> str:
    result = subprocess.run(  # noqa: S603 - our own interpreter and scripts
        args, cwd=ROOT, env={**os.environ, **env}, check=True, text=True, capture_output=capture
    )
    return result.stdout if capture else ""


def machine() -> dict[str, str]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    os_name = "Linux"
    release = Path("/etc/os-release")
    if release.exists():
        match = re.search(r'^PRETTY_NAME="?([^"\n]+)', release.read_text(), re.MULTILINE)
        os_name = match.group(1) if match else os_name
    postgres = shutil.which("postgres") or next(
        iter(sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"))), None
    )
    pg_version = run([str(postgres), "--version"], {}, capture=True).strip() if postgres else "not installed"
    return {
        "cpu": f"{os.cpu_count()} × {cpu}",
        "memory": f"{memory_kb / 1024 / 1024:.0f} GB",
        "os": os_name,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": pg_version,
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def bench_database(name: str, url: str, sizes: list[int], args: argparse.Namespace) -> dict[str, Any]:
    env = {**PRODUCTION_ENV, "DATABASE_URL": url}
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env)
    steps = []
    for size in sizes:
        print(f"==> {name}: {size:,} profiles", flush=True)
        start = time.perf_counter()
        run([PYTHON, "manage.py", "scale_populate", "--profiles", str(size)], env, capture=True)
        populate = time.perf_counter() - start
        if name == "postgresql":
            # The steady state of a live server: planner statistics and visibility map current (autovacuum
            # would get there), and the bulk load's dirty pages written before anything is timed.
            run(["psql", url, "-q", "-c", "VACUUM ANALYZE", "-c", "CHECKPOINT"], {})
        else:
            with sqlite3.connect(url.removeprefix("sqlite:///")) as database:
                database.execute("ANALYZE")  # planner statistics, as after a while in use
        measured = json.loads(
            run([PYTHON, "bench/measure.py", "--requests", str(args.requests)], env, capture=True)
        )
        measured["size"] = size
        measured["populate_seconds"] = populate
        steps.append(measured)
        for page, values in measured["pages"].items():
            print(
                f"    {page:<13} median {values['median']:7.1f} ms  p95 {values['p95']:7.1f} ms  "
                f"SQL {values['sql_median']:6.2f} ms  ×{values['ratio']:.1f}  {values['queries']} queries"
            )
    result: dict[str, Any] = {"steps": steps}
    if name == "postgresql" and args.clients > 0:
        result["concurrency"] = []
        for think in (0.0, 1.0):
            print(
                f"==> {name}: {args.clients} clients for {args.duration} s, think time {think} s", flush=True
            )
            load = run(
                [
                    PYTHON,
                    "bench/load.py",
                    "--clients",
                    str(args.clients),
                    "--duration",
                    str(args.duration),
                    "--workers",
                    str(args.workers),
                    "--port",
                    str(free_port()),
                    "--tenants",
                    str(steps[-1]["bench_tenants"]),
                    "--think",
                    str(think),
                ],
                env,
                capture=True,
            )
            result["concurrency"].append(json.loads(load))
            print("    " + json.dumps(result["concurrency"][-1]))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,200000")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--clients", type=int, default=20, help="parallel clients of the load run (0: none)")
    parser.add_argument("--duration", type=int, default=30, help="seconds of the load run")
    parser.add_argument("--workers", type=int, default=5, help="gunicorn worker processes")
    parser.add_argument(
        "--postgres-url", help="an existing server (postgres://…/postgres); default: start one"
    )
    parser.add_argument("--quick", action="store_true", help="1,000 profiles, 5 requests, 5 s load")
    parser.add_argument(
        "--no-docs", action="store_true", help="do not rewrite docs/benchmarks.md and the plot"
    )
    parser.add_argument(
        "--merge",
        action="store_true",
        help="keep the other databases' results of the last run (re-measure one)",
    )
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.requests, args.duration = "1000", 5, 5
    sizes = sorted(int(s) for s in args.sizes.split(","))
    started = time.time()
    run(["bash", "scripts/setup"], {})
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], PRODUCTION_ENV)
    report: dict[str, Any] = {
        "command": "bench/run.py " + " ".join(sys.argv[1:]),
        "machine": machine(),
        "date": time.strftime("%Y-%m-%d"),
        "databases": json.loads(RESULTS.read_text())["databases"] if args.merge and RESULTS.exists() else {},
    }
    for name in args.databases.split(","):
        if name == "sqlite":
            path = ROOT / "var" / "bench.sqlite3"
            path.unlink(missing_ok=True)
            report["databases"][name] = bench_database(name, f"sqlite:///{path}", sizes, args)
        elif name == "postgresql":
            report["databases"][name] = bench_postgres(sizes, args)
        else:
            parser.error(f"unknown database {name}")
    report["seconds"] = round(time.time() - started)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=1))
    if not args.no_docs:
        write_docs(report)
    print(f"Done in {report['seconds']} s: {RESULTS.relative_to(ROOT)}")


def bench_postgres(sizes: list[int], args: argparse.Namespace) -> dict[str, Any]:
    if args.postgres_url:
        return bench_database("postgresql", args.postgres_url, sizes, args)
    directory = tempfile.mkdtemp(prefix="bench-pg-")
    url = run(["scripts/postgres", "start", directory, str(free_port())], {"PG_FSYNC": "on"}, capture=True)
    try:
        server = url.strip()
        run(["psql", server, "-q", "-c", "CREATE DATABASE bench"], {})
        return bench_database("postgresql", server.rsplit("/", 1)[0] + "/bench", sizes, args)
    finally:
        run(["scripts/postgres", "stop", directory], {})
        shutil.rmtree(directory, ignore_errors=True)


def write_docs(report: dict[str, Any]) -> None:
    PLOT.parent.mkdir(parents=True, exist_ok=True)
    PLOT.write_text(growth_svg(report, PAGES))
    text = DOC.read_text()
    begin, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    DOC.write_text(text[:begin] + "\n" + markdown(report) + "\n" + text[end:])


def markdown(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        f"Measured {report['date']} with `.venv/bin/python {report['command'].strip()}` "
        f"({report['seconds'] // 60} min). Machine: {m['cpu']}, {m['memory']} RAM, {m['os']}, "
        f"Python {m['python']}, SQLite {m['sqlite']}, {m['postgresql']}.",
        "",
        "Times in ms, server time through Django's test client with production settings; *SQL* is the "
        "median of the same statements replayed through the database driver alone; *×* is page median / "
        "SQL median; *q* the number of queries. Tenant `bench-001` (953 profiles) in a database of the "
        "given total size.",
    ]
    for name, database in report["databases"].items():
        steps = database["steps"]
        lines += ["", f"### {'PostgreSQL' if name == 'postgresql' else 'SQLite'}", ""]
        header = "| page | " + " | ".join(
            f"{s['profiles']:,} profiles: median / p95 / SQL / × / q" for s in steps
        )
        lines += [header + " |", "|---|" + "---|" * len(steps)]
        for page, label in PAGES.items():
            cells = []
            for step in steps:
                v = step["pages"][page]
                cells.append(
                    f"{v['median']:.1f} / {v['p95']:.1f} / {v['sql_median']:.2f} / "
                    f"{v['ratio']:.1f} / {v['queries']}"
                )
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
        first, last = steps[0], steps[-1]
        growth = ", ".join(
            f"{page} {last['pages'][page]['p95'] / first['pages'][page]['p95']:.2f}×" for page in PAGES
        )
        lines += [
            "",
            "Template instantiation (953 profiles with all links, median / p95 of 5): "
            + "; ".join(
                f"{s['profiles']:,}: {s['instantiation']['median']:.0f} / {s['instantiation']['p95']:.0f} ms"
                for s in steps
            )
            + ".",
            f"Growth of p95 from {first['profiles']:,} to {last['profiles']:,} profiles: {growth}.",
            "List page queries by rows shown (25 / 50 / 200): "
            + " / ".join(str(v) for v in last["list_queries_by_rows"].values())
            + ". Building the data (`scale_populate`): "
            + "; ".join(f"{s['profiles']:,} in {s['populate_seconds']:.0f} s" for s in steps)
            + ".",
        ]
        for c in database.get("concurrency", []):
            pacing = (
                "each client sends its next request as soon as the last is answered"
                if not c["think"]
                else f"each client pauses {c['think']:g} s on average between requests, like a reader"
            )
            lines += [
                "",
                f"Concurrency at {last['profiles']:,} profiles, gunicorn with {c['workers']} sync workers, "
                f"{c['clients']} parallel clients for {c['duration']} s, {pacing} ({c['mix']}): "
                f"**{c['requests']} requests, {c['rps']:.1f} requests/s, p50 {c['p50']:.0f} ms, "
                f"p95 {c['p95']:.0f} ms, p99 {c['p99']:.0f} ms, {c['errors']} errors** "
                f"(p95 by kind: {', '.join(f'{k} {v:.0f}' for k, v in c['p95_by_kind'].items())} ms).",
            ]
    lines += ["", "![p95 against profile count](images/benchmark-growth.svg)"]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
