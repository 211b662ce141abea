"""Server time of register pages on the demo data, measured through Django's test client.

Usage (after `make run` or `make demo` loaded the demo into the database in DATABASE_URL):

    .venv/bin/python bench/register_list.py [--requests 20]

Prints median and 95th percentile per page and the number of SQL queries each page runs.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from register.models import ProcessProfile  # noqa: E402
from tenants.models import Tenant  # noqa: E402

PAGES = [
    ("Register list (default, 50 rows)", "/t/{slug}/"),
    ("Register list, filter topic + sort by cases", "/t/{slug}/?ozg_topic=familie&sort=-case_count"),
    (
        "Register list, 200 rows, all columns",
        "/t/{slug}/?per_page=200&cols=number&cols=name&cols=owner_unit"
        "&cols=ozg_topic&cols=case_count&cols=digitalisation_level&cols=release_status&cols=folder",
    ),
    ("Full-text search 'Hundesteuer'", "/t/{slug}/?q=Hundesteuer"),
    ("Register list, htmx fragment", "/t/{slug}/?ozg_topic=bauen"),
    ("Profile detail", "/t/{slug}/prozesse/{uuid}/"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--tenant", default="musterstadt")
    parser.add_argument("--user", default="betrachter")
    args = parser.parse_args()

    settings.ALLOWED_HOSTS = ["*"]
    tenant = Tenant.objects.get(slug=args.tenant)
    profile = ProcessProfile.objects.for_tenant(tenant).order_by("number").first()
    assert profile is not None, "load the demo first: make demo"
    client = Client()
    client.force_login(get_user_model().objects.get(username=args.user))
    vendor = connection.vendor
    count = ProcessProfile.objects.for_tenant(tenant).count()
    print(f"{vendor}, tenant {tenant.slug} with {count} profiles, {args.requests} requests per page")
    print(f"{'page':<48} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for label, template in PAGES:
        url = template.format(slug=tenant.slug, uuid=profile.uuid)
        headers = {"HX-Request": "true"} if "htmx" in label else {}
        for _ in range(3):
            assert client.get(url, headers=headers).status_code == 200
        times = []
        for _ in range(args.requests):
            reset_queries()
            start = time.perf_counter()
            response = client.get(url, headers=headers)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        with CaptureQueriesContext(connection) as queries:
            client.get(url, headers=headers)
        p95 = sorted(times)[max(0, round(0.95 * len(times)) - 1)]
        print(f"{label:<48} {statistics.median(times):>10.1f} {p95:>8.1f} {len(queries):>8}")


if __name__ == "__main__":
    main()
