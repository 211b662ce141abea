"""manage.py rebuild_search_index: recompute the search documents of every tenant's profiles."""

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from register.services.search_index import profiles_reindex
from tenants.models import Tenant


class Command(BaseCommand):
    help = "Rebuilds the full-text search index of all (or the given) tenants."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("slugs", nargs="*", help="tenant slugs (default: all)")

    def handle(self, *args: Any, **options: Any) -> None:
        tenants = Tenant.objects.order_by("slug")
        if options["slugs"]:
            tenants = tenants.filter(slug__in=options["slugs"])
        for tenant in tenants:
            with transaction.atomic():
                count = profiles_reindex(tenant=tenant)
            self.stdout.write(f"{tenant.slug}: {count} Prozesssteckbriefe indiziert")
