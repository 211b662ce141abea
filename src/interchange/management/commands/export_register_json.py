"""manage.py export_register_json: write an authority's whole register as a JSON exchange file.

manage.py export_register_json --tenant musterstadt --output register-musterstadt.json
manage.py export_register_json --tenant musterstadt > register-musterstadt.json
"""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from interchange.services.register_json import register_json_bytes
from tenants.models import Tenant


class Command(BaseCommand):
    help = (
        "Schreibt das ganze Prozessregister einer Behörde als JSON-Austauschdatei (docs/austauschformat.md), "
        "in eine Datei (--output) oder auf die Standardausgabe."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--tenant", required=True, help="Kurzname (Slug) der Behörde")
        parser.add_argument("--output", type=Path, help="Zieldatei (ohne: Standardausgabe)")

    def handle(self, *args: Any, **options: Any) -> None:
        tenant = Tenant.objects.filter(slug=options["tenant"]).first()
        if tenant is None:
            raise CommandError(f"Keine Behörde mit dem Kurznamen „{options['tenant']}“.")
        data = register_json_bytes(tenant=tenant)
        output: Path | None = options["output"]
        if output is None:
            self.stdout.write(data.decode("utf-8"), ending="")
            return
        try:
            output.write_bytes(data)
        except OSError as error:
            raise CommandError(
                f"Die Datei {output} kann nicht geschrieben werden: {error.strerror}"
            ) from None
        self.stderr.write(
            f"{tenant.slug}: Register in {output} geschrieben ({len(data):,} Bytes).".replace(",", ".")
        )
