"""manage.py export_register_json: write an authority's whole register as a JSON exchange file.

manage.py export_register_json --tenant musterstadt --output register-musterstadt.json
manage.py export_register_json --tenant musterstadt > register-musterstadt.json
"""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from interchange.management.files import write_file
from interchange.services.register_json import register_json_bytes
from tenants.management.lookup import tenant_by_slug


class Command(BaseCommand):
    help = (
        "Schreibt das ganze Prozessregister einer Behörde als JSON-Austauschdatei (docs/austauschformat.md), "
        "in eine Datei (--output) oder auf die Standardausgabe."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--tenant", required=True, help="Kurzname (Slug) der Behörde")
        parser.add_argument("--output", type=Path, help="Zieldatei (ohne: Standardausgabe)")

    def handle(self, *args: Any, **options: Any) -> None:
        tenant = tenant_by_slug(options["tenant"])
        data = register_json_bytes(tenant=tenant)
        output: Path | None = options["output"]
        if output is None:
            self.stdout.write(data.decode("utf-8"), ending="")
            return
        write_file(output, data)
        self.stderr.write(
            f"{tenant.slug}: Register in {output} geschrieben ({len(data):,} Bytes).".replace(",", ".")
        )
