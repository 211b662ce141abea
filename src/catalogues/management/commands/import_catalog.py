"""manage.py import_catalog: import a catalogue file with the same checks as the web page.

Shows the differences first; writes them only with --apply. Examples:

    manage.py import_catalog leika leika-2026-2.csv --label 2026-2 --source "FIM-Portal" --apply
    manage.py import_catalog documents dokumente.xlsx --tenant musterstadt --apply
"""

import datetime
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from catalogues.choices import CONTEXT_KINDS, GLOBAL_KINDS, CatalogKind
from catalogues.importers import LAYOUTS_FOR_KIND
from catalogues.importers.base import MAX_FILE_BYTES, CatalogFileError
from catalogues.models import Catalog
from catalogues.services.entries import context_catalog_ensure, global_catalog_create
from catalogues.services.versions import catalog_diff, version_apply, version_items, version_prepare
from tenants.models import Tenant


class Command(BaseCommand):
    help = "Import a catalogue file (LeiKa CSV, OZG, hierarchical list, context list); --apply writes it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("kind", choices=[k.value for k in CatalogKind])
        parser.add_argument("file", type=Path)
        parser.add_argument("--layout", help="file layout (default: the first that fits the kind)")
        parser.add_argument("--label", default="", help="version label, e.g. 2026-2 (default: today)")
        parser.add_argument("--source", default="", help="where the file comes from")
        parser.add_argument("--date", type=datetime.date.fromisoformat, help="as-of date, YYYY-MM-DD")
        parser.add_argument("--tenant", help="slug of the authority (context catalogues only)")
        parser.add_argument("--create", action="store_true", help="create the global catalogue if missing")
        parser.add_argument("--apply", action="store_true", help="write the changes (else: show them)")

    def handle(self, *args: Any, **options: Any) -> None:
        kind = options["kind"]
        catalog = self._catalog(kind, options["tenant"], options["create"])
        layout = options["layout"] or LAYOUTS_FOR_KIND[kind][0]
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"Datei nicht gefunden: {path}")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CommandError(f"Die Datei ist größer als {MAX_FILE_BYTES // (1024 * 1024)} MB.")
        try:
            with transaction.atomic():
                version = version_prepare(
                    catalog=catalog,
                    layout=layout,
                    data=path.read_bytes(),
                    file_name=path.name,
                    label=options["label"],
                    source=options["source"],
                    issued_on=options["date"],
                )
                diff = catalog_diff(catalog, version_items(version))
                for notice in version.notices:
                    self.stdout.write(f"Hinweis: {notice}")
                counts = diff.summary()
                self.stdout.write(
                    f"{catalog.name}, Version {version.label}: {counts['new']} neu, "
                    f"{counts['changed']} geändert, {counts['removed']} entfallen, "
                    f"{counts['unchanged']} unverändert; "
                    f"{counts['links_to_removed']} Verknüpfungen auf entfallene Einträge"
                )
                if options["apply"]:
                    version_apply(version=version)
                    self.stdout.write(self.style.SUCCESS("Übernommen."))
                else:
                    transaction.set_rollback(True)
                    self.stdout.write("Nur Vorschau; mit --apply übernehmen.")
        except CatalogFileError as error:
            for problem in error.problems:
                self.stderr.write(str(problem))
            raise CommandError("Die Datei wurde nicht importiert; nichts wurde geändert.") from error
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error

    def _catalog(self, kind: str, tenant_slug: str | None, create: bool) -> Catalog:
        if kind in CONTEXT_KINDS:
            if not tenant_slug:
                raise CommandError("Kontextkataloge gehören einer Behörde: --tenant angeben.")
            tenant = Tenant.objects.filter(slug=tenant_slug).first()
            if tenant is None:
                raise CommandError(f"Unbekannte Behörde: {tenant_slug}")
            return context_catalog_ensure(tenant=tenant, kind=kind)
        assert kind in GLOBAL_KINDS
        catalog = Catalog.objects.filter(tenant__isnull=True, kind=kind).first()
        if catalog is None:
            if not create:
                raise CommandError("Diesen Katalog gibt es noch nicht: mit --create anlegen.")
            catalog = global_catalog_create(kind=kind)
        return catalog
