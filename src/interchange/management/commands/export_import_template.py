"""manage.py export_import_template: the blank import template of an authority, as on the download page.

manage.py export_import_template --tenant musterstadt --output importvorlage.xlsx
"""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from interchange.management.files import write_file
from interchange.template_xlsx import import_template_bytes
from tenants.management.lookup import tenant_by_slug


class Command(BaseCommand):
    help = "Schreibt die leere Importvorlage (XLSX) einer Behörde mit ihren aktuellen Feldern und Attributen."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--tenant", required=True, help="Kurzname (Slug) der Behörde")
        parser.add_argument("--output", required=True, type=Path, help="Zieldatei, z. B. importvorlage.xlsx")

    def handle(self, *args: Any, **options: Any) -> None:
        content = import_template_bytes(tenant_by_slug(options["tenant"]))
        write_file(options["output"], content)
        self.stdout.write(self.style.SUCCESS(f"Geschrieben: {options['output']} ({len(content)} Bytes)"))
