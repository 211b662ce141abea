"""manage.py prune_imports: discard uploads that were never imported, so their tables do not pile up.

An upload keeps its table (``ImportJob.rows``) until it is imported or discarded. This discards every
unfinished upload older than ``--days`` (default 7): its table is removed, its record stays in the
authority's list of imports as "discarded". Run it daily, e.g. from cron or a systemd timer:

    manage.py prune_imports --days 7
"""

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from interchange.services.profiles_import import imports_prune


class Command(BaseCommand):
    help = "Verwirft Uploads, die seit --days Tagen (Vorgabe 7) nicht importiert wurden."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=7, help="Alter in Tagen (Vorgabe: 7)")

    def handle(self, *args: Any, **options: Any) -> None:
        before = timezone.now() - datetime.timedelta(days=max(options["days"], 0))
        count = imports_prune(before=before)
        self.stdout.write(f"{count} nicht abgeschlossene Uploads verworfen.")
