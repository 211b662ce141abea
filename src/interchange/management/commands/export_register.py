"""manage.py export_register: the register as a file, with the same services as the download buttons.

    manage.py export_register --tenant musterstadt --format workbook --output register.xlsx
    manage.py export_register --tenant musterstadt --format csv --output familie.csv \\
        --query "ozg_topic=familie&cols=number&cols=name&sort=-case_count"

``xlsx`` and ``csv`` write the register list's view for ``--query`` (the list page's query string: filters,
``q``, ``cols``, ``sort``); ``workbook`` writes the whole register, one sheet per kind.
"""

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.http import QueryDict
from django.utils.translation import gettext as _

from core.spreadsheets import csv_bytes, xlsx_bytes
from interchange.exports import register_view_table, register_workbook
from interchange.management.files import write_file
from tenants.management.lookup import tenant_by_slug

FORMATS = ("xlsx", "csv", "workbook")


class Command(BaseCommand):
    help = (
        "Exportiert das Prozessregister einer Behörde: die Registeransicht (--query) als XLSX oder CSV "
        "oder das ganze Register als Arbeitsmappe (--format workbook)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--tenant", required=True, help="Kurzname (Slug) der Behörde")
        parser.add_argument("--format", default="xlsx", help="xlsx, csv oder workbook (Standard: xlsx)")
        parser.add_argument(
            "--query", default="", help='Abfrage der Registerliste, z. B. "ozg_topic=familie&cols=name"'
        )
        parser.add_argument("--output", required=True, type=Path, help="Zieldatei")

    def handle(self, *args: Any, **options: Any) -> None:
        kind = options["format"]
        if kind not in FORMATS:
            raise CommandError(f"Unbekanntes Format „{kind}“; möglich sind xlsx, csv und workbook.")
        tenant = tenant_by_slug(options["tenant"])
        if kind == "workbook":
            if options["query"]:
                raise CommandError("--query gilt nur für die Formate xlsx und csv.")
            content = register_workbook(tenant)
        else:
            try:
                table = register_view_table(tenant, QueryDict(options["query"]))
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from error
            content = xlsx_bytes(table, title=_("Process register")) if kind == "xlsx" else csv_bytes(table)
        write_file(options["output"], content)
        self.stdout.write(self.style.SUCCESS(f"Geschrieben: {options['output']} ({len(content)} Bytes)"))
