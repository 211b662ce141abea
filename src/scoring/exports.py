"""The working list as a file: XLSX (openpyxl, write-only) and CSV for Excel in Germany.

Both formats carry the same table (``export_table``): place, figures, score and each criterion's
contribution, for the whole (filtered) working list. Rows are read and explained in chunks of
``CHUNK`` profiles, so memory and the number of queries stay bounded however long the list is.
"""

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from core.spreadsheets import CSV_TYPE, XLSX_TYPE, Table, csv_bytes, csv_text, xlsx_bytes
from register.models import ProcessProfile
from scoring.engine import CENT, Result, Rule
from scoring.selectors import RANKING, explain_many, rules_for
from scoring.worklist import all_ranks
from tenants.models import Tenant

__all__ = [
    "CSV_TYPE",
    "FORMATS",
    "XLSX_TYPE",
    "csv_bytes",
    "csv_text",
    "export_table",
    "file_name",
    "xlsx_bytes",
]

CHUNK = 1000
FORMATS = ("xlsx", "csv")
ROW_VALUES = (
    "id",
    "number",
    "name",
    "owner_unit__name",
    "score",
    "manual_priority",
    "priority_reason",
    "case_count",
    "processing_minutes",
    "digitalisation_level",
)


def export_table(tenant: Tenant, queryset: QuerySet[ProcessProfile], *, narrowed: bool) -> Table:
    """The (filtered) working list ``queryset`` as a table; places are those of the whole working list."""
    rules = rules_for(tenant)
    header = [
        _("Rank"),
        _("Process number"),
        _("Name"),
        _("Organisational unit"),
        _("Utility score"),
        _("Provisional"),
        _("Manual priority"),
        _("Reason for the manual priority"),
        _("Cases per year"),
        _("Processing time (minutes)"),
        _("Digitalisation level"),
        *[_("Contribution: %(criterion)s") % {"criterion": rule.label} for rule in rules],
    ]
    widths = [7, 14, 48, 30, 12, 11, 12, 40, 12, 14, 12, *[16 for _rule in rules]]
    return Table(header=header, rows=_rows(tenant, rules, queryset, narrowed), widths=widths)


def _rows(
    tenant: Tenant, rules: list[Rule], queryset: QuerySet[ProcessProfile], narrowed: bool
) -> Iterator[list[Any]]:
    ids = list(queryset.order_by(*RANKING).values_list("pk", flat=True))
    ranks = all_ranks(tenant) if narrowed else {pk: place for place, pk in enumerate(ids, start=1)}
    yes, no = _("yes"), _("no")
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        values = {
            row["id"]: row
            for row in ProcessProfile.objects.for_tenant(tenant).filter(pk__in=chunk).values(*ROW_VALUES)
        }
        results = explain_many(tenant, rules, chunk)
        for pk in chunk:
            row, result = values.get(pk), results.get(pk)
            if row is None:  # deleted between the two reads
                continue
            yield [
                ranks.get(pk),
                row["number"],
                row["name"],
                row["owner_unit__name"] or "",
                row["score"],
                (yes if result.is_provisional else no) if result else "",
                row["manual_priority"],
                row["priority_reason"],
                row["case_count"],
                row["processing_minutes"],
                row["digitalisation_level"],
                *(_shares(result) if result else [None] * len(rules)),
            ]


def _shares(result: Result) -> list[Decimal | None]:
    return [c.share.quantize(CENT) for c in result.contributions]


def file_name(tenant: Tenant, today: date, extension: str) -> str:
    """``prioritaeten-<tenant>-<date>.<extension>``."""
    return f"prioritaeten-{tenant.slug}-{today.isoformat()}.{extension}"
