"""Concurrency run: the app under gunicorn, parallel logged-in clients with a mix of reads and writes.

Started by ``bench/run.py`` with ``DATABASE_URL`` and production settings in the environment, after the
scale data exists. Each client logs in as the modeller of its own bench tenant, then requests until the
time is up, without pause or with a random think time of ``--think`` seconds on average: register lists
(pages 1–5, filters, sorting, htmx fragments), searches, profile pages, and writes (marking a profile not
relevant and then relevant again, so the data stays as it was). The first ``--warm-up`` seconds are not
timed (fresh workers load templates and catalogues). Any answer other than 2xx/3xx, and any broken
connection, is an error. Prints one JSON object.
"""

import argparse
import contextlib
import http.client
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
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

    def __init__(
        self, clients: int, duration: int, tenants: int, port: int, think: float, warm_up: float
    ) -> None:
        self.think = think
        self.duration = duration
        self.warm_up = warm_up
        self.timed_from = 0.0
        self.deadline = 0.0
        # When every client has logged in, the barrier's action starts the clock and releases them all.
        self.ready = threading.Barrier(clients + 1, action=self._start)
        self.tenants = tenants
        self.port = port
        self.results: list[tuple[str, float, str]] = []  # kind, milliseconds, error ("" if none)
        self.lock = threading.Lock()

    def _start(self) -> None:
        self.timed_from = time.perf_counter() + self.warm_up
        self.deadline = self.timed_from + self.duration


def open_session(port: int, slug: str) -> tuple[Session, str, list[str]]:
    """Log in as the tenant's modeller; the CSRF token (rotated at login) and profile ids from a list page."""
    session = Session(port)
    session.log_in(f"{slug}-modellierer")
    status, page = session.request("GET", f"/t/{slug}/?per_page=200")
    uuids = DETAIL_LINK.findall(page)
    csrf = CSRF_META.search(page)
    assert status == 200 and uuids and csrf, status
    return session, csrf.group(1), uuids


def next_request(
    rng: random.Random, slug: str, uuids: list[str], token: str, pending_write: str | None
) -> tuple[str, str, str, str | None, dict[str, str]]:
    """The next request of the mix: kind, method, path, form body, extra headers."""
    roll = rng.random()
    register = f"/t/{slug}/?"
    if roll < 0.35:
        query = {"page": rng.randint(1, 5), "ozg_topic": rng.choice(["", *TOPICS]), "sort": rng.choice(SORTS)}
        return (
            "list",
            "GET",
            register + urllib.parse.urlencode({k: v for k, v in query.items() if v}),
            None,
            {},
        )
    if roll < 0.50:
        query = {"ozg_topic": rng.choice(TOPICS), "sort": rng.choice(SORTS)}
        path = register + urllib.parse.urlencode({k: v for k, v in query.items() if v})
        return "fragment", "GET", path, None, {"HX-Request": "true"}
    if roll < 0.65:
        return "search", "GET", register + urllib.parse.urlencode({"q": rng.choice(SEARCHES)}), None, {}
    if roll < 0.85:
        return "detail", "GET", f"/t/{slug}/prozesse/{rng.choice(uuids)}/", None, {}
    csrf = {"X-CSRFToken": token}
    if pending_write is not None:  # the profile this client marked not relevant becomes relevant again
        return "write", "POST", pending_write, urllib.parse.urlencode({"relevant": "yes"}), csrf
    path = f"/t/{slug}/prozesse/{rng.choice(uuids)}/relevanz/"
    return "write", "POST", path, urllib.parse.urlencode({"relevant": "no"}), csrf


def client(index: int, run: Run) -> None:
    rng = random.Random(index)
    slug = f"bench-{index % run.tenants + 1:03d}"
    try:
        session, token, uuids = open_session(run.port, slug)
    except BaseException:
        run.ready.abort()  # the others would wait for this client for ever
        raise
    own: list[tuple[str, float, str]] = []
    pending_write: str | None = None  # a profile this client marked not relevant and will restore
    run.ready.wait()
    while time.perf_counter() < run.deadline:
        kind, method, path, body, headers = next_request(rng, slug, uuids, token, pending_write)
        if method == "POST":
            pending_write = path if body == "relevant=no" else None
        start = time.perf_counter()
        try:
            status, _ = session.request(method, path, body, headers)
            error = "" if 200 <= status < 400 else f"HTTP {status}"
        except (OSError, http.client.HTTPException) as exception:
            status, error = 0, type(exception).__name__
        if start >= run.timed_from:  # the warm-up (every worker has loaded its templates) is not counted
            own.append((kind, (time.perf_counter() - start) * 1000, error))
        if not status:
            # The connection broke: a fresh one and a new login, as the user's browser would.
            with contextlib.suppress(OSError, http.client.HTTPException, AssertionError):
                session, token, uuids = open_session(run.port, slug)
        if run.think:
            time.sleep(rng.expovariate(1 / run.think))  # a person reading the page
    if pending_write is not None:  # after the deadline, untimed: leave the data as it was
        body = urllib.parse.urlencode({"relevant": "yes"})
        session.request("POST", pending_write, body, {"X-CSRFToken": token})
    with run.lock:
        run.results.extend(own)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(share * len(ordered)) - 1)]


def default_workers() -> int:
    """gunicorn's rule of thumb for sync workers: two per core and one more."""
    return 2 * (os.cpu_count() or 1) + 1


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
    parser.add_argument("--workers", type=int, default=default_workers(), help="default: 2 × cores + 1")
    parser.add_argument("--worker-class", choices=["sync", "gthread"], default="sync")
    parser.add_argument("--threads", type=int, default=4, help="threads per gthread worker")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--tenants", type=int, default=1, help="bench tenants to spread the clients over")
    parser.add_argument("--think", type=float, default=0.0, help="mean pause between a client's requests (s)")
    parser.add_argument("--warm-up", type=float, default=5.0, help="seconds of requests before the timing")
    args = parser.parse_args()
    threads = args.threads if args.worker_class == "gthread" else 1
    server = subprocess.Popen(  # noqa: S603 - our own virtualenv's gunicorn
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            *("--chdir", str(ROOT / "src"), "config.wsgi:application"),
            *("--workers", str(args.workers), "--worker-class", args.worker_class, "--threads", str(threads)),
            *("--bind", f"127.0.0.1:{args.port}", "--log-level", "warning"),
        ],
        cwd=ROOT,
        stdout=sys.stderr,
    )
    try:
        wait_for(args.port, 30)
        run = Run(args.clients, args.duration, args.tenants, args.port, args.think, args.warm_up)
        clients = [threading.Thread(target=client, args=(i, run)) for i in range(args.clients)]
        for thread in clients:
            thread.start()
        run.ready.wait()
        for thread in clients:
            thread.join()
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
            "worker_class": args.worker_class,
            "threads": threads,
            "tenants": min(args.tenants, args.clients),
            "clients": args.clients,
            "think": args.think,
            "duration": args.duration,
            "warm_up": args.warm_up,
            "mix": MIX,
            "requests": len(results),
            "rps": len(results) / args.duration,  # the requests started in the timed window
            "p50": statistics.median(times),
            "p95": percentile(times, 0.95),
            "p99": percentile(times, 0.99),
            "errors": sum(1 for *_, error in results if error),
            "error_kinds": dict(Counter(error for *_, error in results if error)),
            "p95_by_kind": by_kind,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
