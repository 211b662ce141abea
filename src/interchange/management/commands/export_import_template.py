"""manage.py export_import_template: the blank import template of an authority, as on the download page.

manage.py export_import_template --tenant musterstadt --output importvorlage.xlsx
"""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from interchange.template_xlsx import import_template_bytes
from tenants.models import Tenant


def tenant_by_slug(slug: str) -> Tenant:
    """The authority with this slug, or CommandError."""
    tenant = Tenant.objects.filter(slug=slug).first()
    if tenant is None:
        raise CommandError(f"Keine Behörde mit dem Kurznamen „{slug}“.")
    return tenant


def write_file(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path``, or CommandError when the folder is missing or not writable."""
    if not path.parent.is_dir():
        raise CommandError(f"Der Ordner {path.parent} existiert nicht.")
    try:
        path.write_bytes(content)
    except OSError as error:
        raise CommandError(f"Die Datei {path} kann nicht geschrieben werden: {error.strerror}") from error


class Command(BaseCommand):
    help = "Schreibt die leere Importvorlage (XLSX) einer Behörde mit ihren aktuellen Feldern und Attributen."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--tenant", required=True, help="Kurzname (Slug) der Behörde")
        parser.add_argument("--output", required=True, type=Path, help="Zieldatei, z. B. importvorlage.xlsx")

    def handle(self, *args: Any, **options: Any) -> None:
        content = import_template_bytes(tenant_by_slug(options["tenant"]))
        write_file(options["output"], content)
        self.stdout.write(self.style.SUCCESS(f"Geschrieben: {options['output']} ({len(content)} Bytes)"))
