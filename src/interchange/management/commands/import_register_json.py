"""manage.py import_register_json: import a JSON exchange file into an authority's empty register, with the
same checks as the web page. Every problem goes to stderr; then the exit code is 1 and nothing is written.

    manage.py import_register_json register-musterstadt.json --tenant neustadt
"""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from interchange.management.files import read_file
from interchange.services.register_json import MAX_FILE_BYTES, register_json_import
from tenants.management.lookup import tenant_by_slug


class Command(BaseCommand):
    help = (
        "Importiert eine JSON-Austauschdatei (docs/austauschformat.md) in das leere Prozessregister einer "
        "Behörde. Bei Fehlern wird nichts geschrieben."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="die Austauschdatei (JSON)")
        parser.add_argument("--tenant", required=True, help="Kurzname (Slug) der Behörde")

    def handle(self, *args: Any, **options: Any) -> None:
        tenant = tenant_by_slug(options["tenant"])
        path: Path = options["file"]
        data = read_file(path, MAX_FILE_BYTES)
        # The service's messages in the language of the user interface (commands start without one).
        with translation.override(settings.LANGUAGE_CODE):
            try:
                job = register_json_import(tenant=tenant, data=data, file_name=path.name, actor=None)
            except ValidationError as error:
                for message in error.messages:
                    self.stderr.write(message)
                raise CommandError("Die Datei wurde nicht importiert; nichts wurde geändert.") from None
            for notice in job.notices:
                self.stdout.write(f"Hinweis: {notice}")
        counts = job.result["counts"]
        self.stdout.write(
            f"{tenant.slug}: {counts['units']} Organisationseinheiten, {counts['positions']} Stellen, "
            f"{counts['folders']} Ordner, {counts['attribute_definitions']} Attribute, "
            f"{counts['context_entries']} Kontexteinträge, {counts['profiles']} Prozesse, "
            f"{counts['catalog_links']} Katalogverknüpfungen"
        )
        self.stdout.write(self.style.SUCCESS("Importiert."))
