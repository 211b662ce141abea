"""manage.py recompute_scores: score every profile of one or all authorities again (after an upgrade or a
bulk change made outside the application's services)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from scoring.selectors import scheme_for
from scoring.services import scheme_ensure, scores_recompute
from tenants.management.lookup import tenant_by_slug
from tenants.models import Tenant


class Command(BaseCommand):
    help = (
        "Berechnet den Nutzwert-Score aller Prozesse neu (eine Behörde mit --tenant, sonst alle). Behörden "
        "ohne Nutzwert-Schema erhalten das Standardschema."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--tenant", help="Kurzname (Slug) der Behörde")

    def handle(self, *args: Any, **options: Any) -> None:
        tenants = Tenant.objects.order_by("slug")
        if options["tenant"]:
            tenants = tenants.filter(pk=tenant_by_slug(options["tenant"]).pk)
        for tenant in tenants:
            with transaction.atomic():
                if scheme_for(tenant) is None:
                    scheme_ensure(tenant=tenant)  # saving the scheme scores every profile
                    self.stdout.write(f"{tenant.slug}: Standardschema angelegt, alle Prozesse bewertet")
                    continue
                changed = scores_recompute(tenant=tenant)
            self.stdout.write(f"{tenant.slug}: {changed} Scores geändert")
        self.stdout.write(self.style.SUCCESS("Fertig."))
