"""manage.py import_profiles: import process profiles from an XLSX or CSV file, as the web page does.

Columns are assigned by their headings (and the authority's remembered assignments); ``--map`` changes an
assignment. Without ``--apply`` the file is only checked. Examples:

    manage.py import_profiles prozesse.xlsx --tenant musterstadt
    manage.py import_profiles prozesse.csv --tenant musterstadt --map "Kennziffer=number" --apply
    manage.py import_profiles prozesse.xlsx --tenant musterstadt --existing skip --only-valid --apply
"""

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from catalogues.importers.files import normalise_header
from interchange.choices import ExistingProfiles
from interchange.fields import fields_for
from interchange.management.files import read_file
from interchange.services.profiles_import import (
    MAX_IMPORT_BYTES,
    import_apply,
    import_check,
    import_discard,
    import_mapping_set,
    import_upload,
)
from tenants.management.lookup import tenant_by_slug


class Command(BaseCommand):
    help = "Import process profiles from an XLSX or CSV file (one process per row); --apply writes them."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--tenant", required=True, help="slug of the authority")
        parser.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="HEADING=FIELD",
            help="assign a column to a field key (e.g. number, name, case_count, attr:KEY, catalog:leika); "
            "an empty FIELD leaves the column out",
        )
        parser.add_argument(
            "--existing",
            choices=ExistingProfiles.values,
            default=ExistingProfiles.UPDATE,
            help="what rows with a known process number do (default: update)",
        )
        parser.add_argument(
            "--only-valid", action="store_true", help="import the valid rows of a faulty file"
        )
        parser.add_argument("--apply", action="store_true", help="write the profiles (else: check only)")

    def handle(self, *args: Any, **options: Any) -> None:
        translation.activate("de")
        tenant = tenant_by_slug(options["tenant"])
        path: Path = options["file"]
        data = read_file(path, MAX_IMPORT_BYTES)
        try:
            job = import_upload(tenant=tenant, actor=None, data=data, file_name=path.name)
            mapping = {int(index): key for index, key in job.mapping.items()}
            keys = {f.key for f in fields_for(tenant)}
            headings = {normalise_header(text): index for index, text in enumerate(job.headers)}
            for item in options["map"]:
                heading, _sep, key = item.partition("=")
                index = headings.get(normalise_header(heading))
                if index is None:
                    raise CommandError(f"Die Datei hat keine Spalte „{heading}“.")
                if key and key not in keys:
                    raise CommandError(f"Unbekanntes Feld „{key}“. Bekannt sind: {', '.join(sorted(keys))}")
                mapping = {i: k for i, k in mapping.items() if k != key or not key}
                mapping[index] = key
            job = import_mapping_set(
                tenant=tenant,
                job=job,
                mapping=mapping,
                existing=options["existing"],
                only_valid=options["only_valid"],
                remember=False,
                actor=None,
            )
            for index, key in sorted(mapping.items()):
                if key:
                    self.stdout.write(f"  {job.headers[index]} → {key}")
            plan = import_check(tenant=tenant, job=job, report=False)
            for problem in plan.problems[:200]:
                self.stderr.write(
                    f"Zeile {problem['row']}, Spalte „{problem['column'] or '–'}“: {problem['message']}"
                )
            counts = job.result
            self.stdout.write(
                f"{counts['create']} neu, {counts['update']} geändert, {counts['unchanged']} unverändert, "
                f"{counts['skip']} übersprungen, {counts['invalid']} fehlerhaft."
            )
            if not options["apply"]:
                import_discard(tenant=tenant, job=job)
                if plan.problems:
                    raise CommandError(f"{counts['invalid']} Zeilen sind fehlerhaft; nichts importiert.")
                self.stdout.write("Nur geprüft; mit --apply wird importiert.")
                return
            import_apply(tenant=tenant, job=job, actor=None, report=False)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(self.style.SUCCESS("Importiert."))
