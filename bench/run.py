"""The benchmark: the register at growing sizes on SQLite and PostgreSQL, plus a concurrency run.

    .venv/bin/python bench/run.py                        # sizes 1,000 … 200,000 on both databases
    .venv/bin/python bench/run.py --quick                # 1,000 profiles, few requests: a smoke run
    .venv/bin/python bench/run.py --sizes 1000,10000 --databases sqlite
    .venv/bin/python bench/run.py --demo                 # the demo tenant in DATABASE_URL, printed only

For each database the script builds one database and grows it (``manage.py scale_populate``) through the
sizes; after each step ``bench/measure.py`` measures the tenant ``bench-001`` in a fresh process. SQLite
lives in ``var/bench.sqlite3``; PostgreSQL in a server the script starts (``scripts/postgres``, port 54330)
in a temporary directory, or in ``var/bench-postgres`` with ``--keep``, unless ``--postgres-url`` names
one. At the largest PostgreSQL size, ``bench/load.py`` drives the app under gunicorn with parallel clients.
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

from load import default_workers  # noqa: E402
from plot import growth_svg  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python")
RESULTS = ROOT / "bench" / "results" / "latest.json"
DOC = ROOT / "docs" / "benchmarks.md"
PLOT = ROOT / "docs" / "images" / "benchmark-growth.svg"
SQLITE_FILE = ROOT / "var" / "bench.sqlite3"
POSTGRES_KEPT = ROOT / "var" / "bench-postgres"
POSTGRES_PORT = 54330  # CI's server uses 54329
THINK_TIMES = (0.0, 1.0)  # clients back-to-back, and clients reading for a second on average
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
PAGES = {
    "list": "Register list: org unit subtree + OZG topic, sorted by Fallzahl, 50 rows",
    "list_default": "Register list, unfiltered, 50 rows",
    "search": "Full-text search “Hundesteuer”",
    "detail": "Profile detail",
    "dashboard": "Start page (dashboard)",
    "ranking": "Working list by score",
    "figures": "Kennzahlen erheben (grid)",
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


def measure(env: dict[str, str], args: argparse.Namespace, *extra: str) -> dict[str, Any]:
    """One run of ``bench/measure.py`` in a fresh process; its JSON, and a line per page on the terminal."""
    output = run([PYTHON, "bench/measure.py", "--requests", str(args.requests), *extra], env, capture=True)
    measured: dict[str, Any] = json.loads(output)
    for page, values in measured["pages"].items():
        print(
            f"    {page:<13} median {values['median']:7.1f} ms  p95 {values['p95']:7.1f} ms  "
            f"SQL {values['sql_median']:6.2f} ms  ×{values['ratio']:.1f}  {values['queries']} queries",
            flush=True,
        )
    return measured


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
        measured = measure(env, args)
        measured["size"] = size
        measured["populate_seconds"] = populate
        steps.append(measured)
    result: dict[str, Any] = {"steps": steps}
    print(f"==> {name}: recomputing the scores of a tenant", flush=True)
    output = run([PYTHON, "bench/score_recompute.py"], env, capture=True)
    result["score_recompute"] = json.loads(output)
    print("    " + score_note(result["score_recompute"])[2:], flush=True)
    print(f"==> {name}: spreadsheet import of {args.import_rows} profiles", flush=True)
    output = run([PYTHON, "bench/profile_import.py", "--sizes", args.import_rows], env, capture=True)
    result["profile_import"] = json.loads(output)
    print("    " + import_note(result["profile_import"])[2:], flush=True)
    print(f"==> {name}: BPMN import of the MIWG reference models", flush=True)
    output = run([PYTHON, "bench/bpmn_import.py"], env, capture=True)
    result["bpmn_import"] = json.loads(output)
    print("    " + bpmn_note(result["bpmn_import"])[2:], flush=True)
    print(f"==> {name}: LeiKa import of {args.catalog_rows:,} rows", flush=True)
    output = run([PYTHON, "bench/catalog_import.py", "--rows", str(args.catalog_rows)], env, capture=True)
    result["catalog_import"] = json.loads(output)
    print("    " + catalog_note(result["catalog_import"])[2:], flush=True)
    if name == "postgresql" and args.clients > 0:
        tenants = steps[-1]["bench_tenants"]
        result["concurrency"] = [concurrency(env, args, think, tenants) for think in THINK_TIMES]
    return result


def concurrency(env: dict[str, str], args: argparse.Namespace, think: float, tenants: int) -> dict[str, Any]:
    """One load run under gunicorn (``bench/load.py``); its JSON."""
    print(f"==> {args.clients} clients for {args.duration} s, think time {think:g} s", flush=True)
    output = run(
        [
            PYTHON,
            "bench/load.py",
            *("--clients", str(args.clients), "--duration", str(args.duration)),
            *("--workers", str(args.workers), "--worker-class", args.worker_class),
            *("--threads", str(args.threads), "--port", str(free_port())),
            *("--tenants", str(tenants), "--think", str(think)),
        ],
        env,
        capture=True,
    )
    result: dict[str, Any] = json.loads(output)
    print("    " + json.dumps(result), flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,200000", help="profiles, comma-separated")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--requests", type=int, default=20, help="timed requests per page")
    parser.add_argument("--clients", type=int, default=20, help="parallel clients of the load run (0: none)")
    parser.add_argument("--duration", type=int, default=30, help="seconds of each load run")
    parser.add_argument(
        "--workers", type=int, default=default_workers(), help="gunicorn workers (default: 2 × cores + 1)"
    )
    parser.add_argument("--worker-class", choices=["sync", "gthread"], default="sync")
    parser.add_argument("--threads", type=int, default=4, help="threads per gthread worker")
    parser.add_argument(
        "--postgres-url", help="an existing server's database (postgres://…/db); default: start one"
    )
    parser.add_argument("--postgres-port", type=int, default=POSTGRES_PORT, help="port of the started server")
    parser.add_argument(
        "--keep",
        action="store_true",
        help="grow the databases of the last --keep run (var/bench.sqlite3, var/bench-postgres), keep them",
    )
    parser.add_argument(
        "--catalog-rows", type=int, default=10_000, help="rows of the generated LeiKa file to import"
    )
    parser.add_argument(
        "--import-rows",
        default="1000,10000",
        help="rows of the generated spreadsheets to import, comma-separated",
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
    parser.add_argument(
        "--demo",
        action="store_true",
        help="only measure the demo tenant musterstadt in DATABASE_URL (make demo) and print the figures",
    )
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.requests, args.duration, args.import_rows = "1000", 5, 5, "1000"
    sizes = sorted(int(s) for s in args.sizes.split(","))
    started = time.time()
    run(["bash", "scripts/setup"], {})
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], PRODUCTION_ENV)
    if args.demo:  # DATABASE_URL (or the default var/db.sqlite3) comes from the environment
        measure(
            PRODUCTION_ENV, args, "--tenant", "musterstadt", "--user", "betrachter", "--instantiations", "0"
        )
        return
    report: dict[str, Any] = {
        "command": "bench/run.py " + " ".join(sys.argv[1:]),
        "machine": machine(),
        "date": time.strftime("%Y-%m-%d"),
        "databases": json.loads(RESULTS.read_text())["databases"] if args.merge and RESULTS.exists() else {},
    }
    for name in args.databases.split(","):
        if name == "sqlite":
            if not args.keep:
                SQLITE_FILE.unlink(missing_ok=True)
            SQLITE_FILE.parent.mkdir(exist_ok=True)
            report["databases"][name] = bench_database(name, f"sqlite:///{SQLITE_FILE}", sizes, args)
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
    """Start a server (in var/bench-postgres with --keep, else a temporary directory), measure, stop it."""
    if args.postgres_url:
        return bench_database("postgresql", args.postgres_url, sizes, args)
    directory = str(POSTGRES_KEPT) if args.keep else tempfile.mkdtemp(prefix="bench-pg-")
    server = run(
        ["scripts/postgres", "start", directory, str(args.postgres_port)], {"PG_FSYNC": "on"}, capture=True
    ).strip()
    try:
        exists = run(["psql", server, "-Atc", "SELECT 1 FROM pg_database WHERE datname = 'bench'"], {}, True)
        if not exists.strip():
            run(["psql", server, "-q", "-c", "CREATE DATABASE bench"], {})
        return bench_database("postgresql", server.rsplit("/", 1)[0] + "/bench", sizes, args)
    finally:
        run(["scripts/postgres", "stop", directory], {})
        if not args.keep:
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
        lines += ["", *step_notes(steps)]
        if "score_recompute" in database:
            lines.append(score_note(database["score_recompute"]))
        if "profile_import" in database:
            lines.append(import_note(database["profile_import"]))
        if "bpmn_import" in database:
            lines.append(bpmn_note(database["bpmn_import"]))
        if "catalog_import" in database:
            lines.append(catalog_note(database["catalog_import"]))
        for c in database.get("concurrency", []):
            lines += ["", concurrency_note(c, steps[-1]["profiles"])]
    lines += ["", "![p95 against profile count](images/benchmark-growth.svg)"]
    return "\n".join(lines)


def step_notes(steps: list[dict[str, Any]]) -> list[str]:
    """The bullet points under a database's table."""
    first, last = steps[0], steps[-1]
    growth = ", ".join(
        f"{page} {last['pages'][page]['p95'] / first['pages'][page]['p95']:.2f}×" for page in PAGES
    )
    slowest = ", ".join(
        f"{page} {v['slowest_sql_ms']:.2f} of {v['sql_median']:.2f} ms" for page, v in last["pages"].items()
    )
    notes = []
    if all("instantiation" in s for s in steps):
        notes.append(
            f"- Template instantiation ({last['instantiation']['profiles']} profiles with all links, into an "
            "empty tenant, rolled back; median / p95 of 5): "
            + "; ".join(
                f"{s['profiles']:,}: {s['instantiation']['median']:.0f} / {s['instantiation']['p95']:.0f} ms"
                for s in steps
            )
            + "."
        )
    return [
        *notes,
        f"- Growth of p95 from {first['profiles']:,} to {last['profiles']:,} profiles: {growth}.",
        f"- Slowest statement of each page at {last['profiles']:,} profiles (of all its SQL): {slowest}.",
        "- List page queries by rows shown (25 / 50 / 200): "
        + " / ".join(str(v) for v in last["list_queries_by_rows"].values())
        + ".",
        "- Building the data (`scale_populate`, each step adds to the last): "
        + "; ".join(f"{s['profiles']:,} in {s['populate_seconds']:.0f} s" for s in steps)
        + ".",
    ]


def score_note(s: dict[str, Any]) -> str:
    """Recomputing the stored scores against reading the inputs and writing the scores alone."""
    return (
        f"- Nutzwert-Score of {s['profiles']:,} profiles (`bench/score_recompute.py`, median): reading "
        f"the inputs and writing every score in one bulk statement, no scoring (the floor) "
        f"{s['floor_ms']:.0f} ms, {s['floor_queries']} queries; **a scheme change (validate, replace the "
        f"criteria, score and write every profile) {s['scheme_change_ms']:.0f} ms, "
        f"×{s['scheme_change_ratio']} the floor, {s['scheme_change_queries']} queries**; recomputing when "
        f"nothing changed {s['unchanged_ms']:.0f} ms (×{s['unchanged_ratio']}, {s['unchanged_queries']} "
        f"queries); one profile after an edit "
        f"{s['one_profile_ms']:.1f} ms ({s['one_profile_queries']} queries)."
    )


def import_note(p: dict[str, Any]) -> str:
    """The spreadsheet import of profiles against reading the same file with openpyxl alone."""
    parts = [
        f"{s['rows']:,} rows ({s['bytes'] / 1e6:.1f} MB): openpyxl alone {s['floor_ms']:.0f} ms; "
        f"**import {s['import_ms']:.0f} ms, ×{s['ratio']} the floor** ({s['rows_per_s']:,} rows/s, "
        f"{s['queries']} queries); through the pages (upload, check, import) {s['web_ms']:.0f} ms "
        f"(×{s['web_ratio']})"
        for s in p["sizes"]
    ]
    return (
        "- Spreadsheet import of new process profiles (XLSX, 16 columns, `bench/profile_import.py`, median): "
        + "; ".join(parts)
        + "."
    )


def bpmn_note(b: dict[str, Any]) -> str:
    """The BPMN import of the MIWG set against a bare lxml parse, and the profile page with its model."""
    if "skipped" in b:
        return f"- BPMN import: skipped ({b['skipped']})."
    page = b["page"]
    return (
        f"- BPMN import of the {b['files']} MIWG reference models ({b['bytes'] / 1e3:.0f} kB, "
        f"`bench/bpmn_import.py`, median): bare lxml parse {b['floor_ms']:.1f} ms; **parse, XSD and checks "
        f"{b['validate_ms']:.1f} ms (×{b['validate_ratio']})**; import with pictures and versions "
        f"{b['import_ms']:.0f} ms (×{b['import_ratio']}, {b['import_queries']} queries); {b['findings']} "
        f"notes. **Profile page with its main model ({page['model']}) {page['with_ms']:.1f} ms against "
        f"{page['without_ms']:.1f} ms without, ×{page['ratio']}** ({page['with_queries']} / "
        f"{page['without_queries']} queries, {page['with_kb']} / {page['without_kb']} kB); the viewer then "
        f"fetches the XML ({page['xml_kb']} kB) in {page['xml_ms']:.1f} ms."
    )


def catalog_note(c: dict[str, Any]) -> str:
    """The LeiKa import against the csv module alone, and the queries in the imported catalogue."""
    q = c["queries_ms"]
    return (
        f"- LeiKa import of a generated {c['rows']:,}-row CSV in the official layout "
        f"({c['bytes'] / 1e6:.1f} MB, `bench/catalog_import.py`, median): csv module alone "
        f"{c['csv_ms']:.0f} ms; our reader with every "
        f"check {c['read_ms']:.0f} ms ({c['read_rows_per_s']:,} rows/s, ×{c['read_ratio']}); "
        f"**import into an empty catalogue {c['import_ms']:.0f} ms ({c['import_rows_per_s']:,} rows/s, "
        f"×{c['import_ratio']} the csv module)**; a newer version over it (diff and apply) "
        f"{c['update_ms']:.0f} ms (×{c['update_ratio']}). In the {c['entries']:,} entries: search for a word "
        f"{q['search_word']:.1f} ms, for a key prefix {q['search_key']:.1f} ms, roots {q['roots']:.1f} ms, "
        f"a branch's children {q['children']:.1f} ms."
    )


def concurrency_note(c: dict[str, Any], profiles: int) -> str:
    pacing = (
        "each client sends its next request as soon as the last is answered"
        if not c["think"]
        else f"each client pauses {c['think']:g} s on average between requests, like a reader"
    )
    workers = (
        f"{c['workers']} gthread workers × {c['threads']} threads"
        if c.get("worker_class") == "gthread"
        else f"{c['workers']} sync workers"
    )
    errors = ", ".join(f"{n} {kind}" for kind, n in c.get("error_kinds", {}).items())
    return (
        f"Concurrency at {profiles:,} profiles, gunicorn with {workers}, {c['clients']} parallel clients "
        f"(modellers of {c['tenants']} tenants) for {c['duration']} s, {pacing} ({c['mix']}): "
        f"**{c['requests']} requests, {c['rps']:.1f} requests/s, p50 {c['p50']:.0f} ms, "
        f"p95 {c['p95']:.0f} ms, p99 {c['p99']:.0f} ms, {c['errors']} errors**"
        + (f" ({errors})" if errors else "")
        + f" (p95 by kind: {', '.join(f'{k} {v:.0f}' for k, v in c['p95_by_kind'].items())} ms)."
    )


if __name__ == "__main__":
    main()
