"""Concurrency run: the app under gunicorn, parallel logged-in clients with a mix of reads and writes.

Started by ``bench/run.py`` with ``DATABASE_URL`` and production settings in the environment, after the
scale data exists. Each client logs in as the modeller of its own bench tenant, then requests until the
time is up, without pause or with a random think time of ``--think`` seconds on average: register lists
(pages, filters, sorting, htmx fragments), searches, profile pages, and writes (marking a profile not
relevant and relevant again). Prints one JSON object.
"""

import argparse
import http.client
import json
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "Prozesse-2026"  # noqa: S105 - the printed demo password of the bench users
TOPICS = ["bauen", "familie", "steuern", "mobilitaet", "unternehmen", "recht", "querschnitt"]
SEARCHES = ["Hundesteuer", "Anmeldungen", "Gewerbe anmelden", "Baugenehmigung", "Kita Beitrag", "Friedhof"]
SORTS = ["", "-case_count", "name", "-digitalisation_level", "owner_unit"]
MIX = "35 % lists, 15 % htmx list fragments, 15 % searches, 20 % profile pages, 15 % writes"
DETAIL_LINK = re.compile(r"/prozesse/([0-9a-f-]{36})/")
CSRF_META = re.compile(r'name="csrf-token" content="([^"]+)"')
LOGIN_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Session:
    """One browser-like client: keep-alive connection and cookies."""

    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookies: dict[str, str] = {}

    def request(
        self, method: str, path: str, body: str | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, str]:
        all_headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()), **(headers or {})}
        if body is not None:
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=body, headers=all_headers)
        response = self.connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie()
            cookie.load(header)
            for key, morsel in cookie.items():
                self.cookies[key] = morsel.value
        return response.status, text

    def log_in(self, username: str) -> None:
        status, page = self.request("GET", "/anmelden/")
        token = LOGIN_CSRF.search(page)
        assert status == 200 and token, status
        body = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token.group(1), "username": username, "password": PASSWORD}
        )
        status, _ = self.request("POST", "/anmelden/", body)
        assert status == 302, f"login of {username} failed: {status}"


class Run:
    """Shared by the client threads: start together after logging in, stop at the deadline."""

    def __init__(self, clients: int, duration: int, tenants: int, port: int, think: float) -> None:
        self.think = think
        self.duration = duration
        self.deadline = 0.0
        # When every client has logged in, the barrier's action starts the clock and releases them all.
        self.ready = threading.Barrier(clients + 1, action=self._start)
        self.tenants = tenants
        self.port = port
        self.results: list[tuple[str, float, bool]] = []
        self.lock = threading.Lock()

    def _start(self) -> None:
        self.deadline = time.perf_counter() + self.duration


def client(index: int, run: Run) -> None:
    rng = random.Random(index)
    port = run.port
    slug = f"bench-{index % run.tenants + 1:03d}"
    session = Session(port)
    session.log_in(f"{slug}-modellierer")
    status, page = session.request("GET", f"/t/{slug}/?per_page=200")
    uuids = DETAIL_LINK.findall(page)
    csrf = CSRF_META.search(page)
    assert status == 200 and uuids and csrf
    token = csrf.group(1)
    own: list[tuple[str, float, bool]] = []
    run.ready.wait()
    while time.perf_counter() < run.deadline:
        roll = rng.random()
        headers = {}
        body = None
        method = "GET"
        if roll < 0.35:
            kind = "list"
            query = {
                "page": rng.randint(1, 5),
                "ozg_topic": rng.choice(["", *TOPICS]),
                "sort": rng.choice(SORTS),
            }
            path = f"/t/{slug}/?" + urllib.parse.urlencode({k: v for k, v in query.items() if v})
        elif roll < 0.50:
            kind = "fragment"
            query = {"ozg_topic": rng.choice(TOPICS), "sort": rng.choice(SORTS)}
            path = f"/t/{slug}/?" + urllib.parse.urlencode({k: v for k, v in query.items() if v})
            headers = {"HX-Request": "true"}
        elif roll < 0.65:
            kind = "search"
            path = f"/t/{slug}/?" + urllib.parse.urlencode({"q": rng.choice(SEARCHES)})
        elif roll < 0.85:
            kind = "detail"
            path = f"/t/{slug}/prozesse/{rng.choice(uuids)}/"
        else:
            kind = "write"
            method = "POST"
            path = f"/t/{slug}/prozesse/{rng.choice(uuids)}/relevanz/"
            body = urllib.parse.urlencode({"relevant": rng.choice(["yes", "no"])})
            headers = {"X-CSRFToken": token}
        start = time.perf_counter()
        try:
            status, _ = session.request(method, path, body, headers)
            ok = status in (200, 302)
        except (OSError, http.client.HTTPException):
            ok = False
            session = Session(port)
            session.log_in(f"{slug}-modellierer")
        own.append((kind, (time.perf_counter() - start) * 1000, ok))
        if run.think:
            time.sleep(rng.expovariate(1 / run.think))  # a person reading the page
    with run.lock:
        run.results.extend(own)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(share * len(ordered)) - 1)]


def wait_for(port: int, seconds: float) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/anmelden/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--duration", type=int, default=30)
    parser.add_argument("--workers", type=int, default=5)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--tenants", type=int, default=1, help="bench tenants to spread the clients over")
    parser.add_argument("--think", type=float, default=0.0, help="mean pause between a client's requests (s)")
    args = parser.parse_args()
    server = subprocess.Popen(  # noqa: S603 - our own virtualenv's gunicorn
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "--chdir",
            str(ROOT / "src"),
            "config.wsgi:application",
            "--workers",
            str(args.workers),
            "--bind",
            f"127.0.0.1:{args.port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        stdout=sys.stderr,
    )
    try:
        wait_for(args.port, 30)
        run = Run(args.clients, args.duration, args.tenants, args.port, args.think)
        threads = [threading.Thread(target=client, args=(i, run)) for i in range(args.clients)]
        for thread in threads:
            thread.start()
        run.ready.wait()
        start = time.perf_counter()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(10)
    results = run.results
    times = [t for _, t, _ in results]
    by_kind = {
        kind: round(percentile([t for k, t, _ in results if k == kind], 0.95), 1)
        for kind in sorted({k for k, _, _ in results})
    }
    json.dump(
        {
            "workers": args.workers,
            "tenants": min(args.tenants, args.clients),
            "clients": args.clients,
            "think": args.think,
            "duration": args.duration,
            "mix": MIX,
            "requests": len(results),
            "rps": len(results) / elapsed,
            "p50": statistics.median(times),
            "p95": percentile(times, 0.95),
            "p99": percentile(times, 0.99),
            "errors": sum(1 for _, _, ok in results if not ok),
            "p95_by_kind": by_kind,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
