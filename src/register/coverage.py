"""Coverage of catalogues by a tenant's register: which current entries have a relevant process.

What counts, as the coverage page explains it:

- an entry is **covered** when at least one *relevant* profile of the tenant is linked to the entry itself
  or to an entry below it (a Verrichtung whose Verrichtungsdetail is linked is covered, an OZG Lebenslage
  with a linked Leistung is covered); a link to a parent never covers its children;
- only **current** entries count, entries a newer catalogue version removed are left out;
- in the **LeiKa** only services count: Verrichtungen and Verrichtungsdetails (depth ≥ 1); a Leistungsobjekt
  alone is a grouping, not a service. The LeiKa scope can be narrowed to Typisierung codes, by default the
  ones municipalities execute (3, 4, 5 with sub-codes such as "3a" and combinations such as "2/3").

All counting happens in the database. A node at depth d is covered when its path equals the first d + 1
segments of a linked entry's path, so "covered" is one ``path IN (…)`` subquery per depth over the tenant's
few linked entries, answered from the (catalog, path) index; figures per branch are ``COUNT … FILTER``
grouped by the path prefix of the branch.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Count, Max, OuterRef, Q, QuerySet, Subquery, TextField, Value
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce, Substr
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from catalogues.choices import MUNICIPAL_LEIKA_TYPES, CatalogKind
from catalogues.models import Catalog, CatalogEntry
from core.trees import PATH_SEGMENT_LENGTH
from register.models import CatalogLink
from tenants.models import Tenant

NO_TYPE = "none"  # the Typisierung choice for LeiKa entries that have none
TYPE_CHOICES: list[tuple[str, Any]] = [
    ("1", gettext_lazy("1 – federal rules, executed by the federation")),
    ("2", gettext_lazy("2 – federal rules, executed by the Land")),
    ("3", gettext_lazy("3 – federal rules, executed by the municipalities")),
    ("4", gettext_lazy("4 – Land rules, executed by the Land or the municipalities")),
    ("5", gettext_lazy("5 – municipal rules and execution")),
    (NO_TYPE, gettext_lazy("without Typisierung")),
]
DEFAULT_TYPES: tuple[str, ...] = tuple(MUNICIPAL_LEIKA_TYPES)
# Catalogues whose figures are also shown one level below the top branches.
TWO_LEVEL_KINDS = frozenset({CatalogKind.LEIKA, CatalogKind.OZG})


@dataclass(frozen=True)
class Figures:
    """How many entries count and how many of them are covered."""

    total: int = 0
    covered: int = 0

    @property
    def uncovered(self) -> int:
        return self.total - self.covered

    @property
    def percent(self) -> int:
        """The covered share in whole percent; partly covered never shows as 0 or 100."""
        if not self.total:
            return 0
        share = round(self.covered * 100 / self.total)
        if 0 < self.covered < self.total:
            return min(99, max(1, share))
        return share


@dataclass(frozen=True)
class CatalogFigures:
    """A catalogue's number of current entries and its coverage in the default scope."""

    entries: int
    coverage: Figures


@dataclass
class Branch:
    """A top-level branch (or one below it) with its figures."""

    id: int
    uuid: Any
    key: str
    name: str
    path: str
    depth: int
    is_retired: bool
    figures: Figures
    children: list[Branch] = field(default_factory=list)


@dataclass
class Coverage:
    """The coverage of one catalogue: the scope, the covered condition and the totals per top branch."""

    catalog: Catalog
    types: tuple[str, ...] | None
    scope: QuerySet[CatalogEntry]
    covered: Q
    figures: Figures
    branches: list[Branch]

    @property
    def services_only(self) -> bool:
        return self.catalog.kind == CatalogKind.LEIKA

    @property
    def two_levels(self) -> bool:
        return self.catalog.kind in TWO_LEVEL_KINDS


# --- Conditions ------------------------------------------------------------------------------------------


# A LeiKa entry's Typisierung as text, "" when it has none.
_TYPISIERUNG = Coalesce(KT("extra__typisierung"), Value(""), output_field=TextField())


def types_condition(types: Iterable[str] | None) -> Q:
    """LeiKa entries of the given Typisierung codes (needs the ``typisierung`` alias); None = all.

    A code matches where it opens the value or one of its "/"-separated parts: "3" matches "3", "3a",
    "2/3" and "2 / 3b". One regular expression, so the JSON field is read once per row.
    """
    if types is None:
        return Q()
    chosen = set(types)
    codes = sorted(code for code in chosen if code != NO_TYPE)
    condition = Q(pk__isnull=True)  # nothing chosen matches nothing
    if codes:
        alternatives = "|".join(re.escape(code) for code in codes)
        condition |= Q(typisierung__regex=rf"(^|/)\s*({alternatives})")
    if NO_TYPE in chosen:
        condition |= Q(typisierung="")
    return condition


def _relevant_links(tenant: Tenant, catalog: Catalog | None) -> QuerySet[CatalogLink]:
    links = CatalogLink.objects.for_tenant(tenant).filter(profile__relevant=True)
    return links if catalog is None else links.filter(entry__catalog=catalog)


def covered_condition(tenant: Tenant, catalog: Catalog | None = None) -> Q:
    """Entries with a relevant profile of the tenant linked to them or below them (one depth query)."""
    links = _relevant_links(tenant, catalog)
    deepest = links.order_by().aggregate(deepest=Max("entry__depth"))["deepest"]
    if deepest is None:
        return Q(pk__isnull=True)  # no relevant link: nothing is covered
    condition = Q()
    for depth in range(deepest + 1):
        prefixes = (
            links.filter(entry__depth__gte=depth)
            .annotate(prefix=Substr("entry__path", 1, PATH_SEGMENT_LENGTH * (depth + 1)))
            .order_by()
            .values("prefix")
        )
        condition |= Q(depth=depth, path__in=prefixes)
    return condition


def scope_entries(catalog: Catalog, types: tuple[str, ...] | None) -> QuerySet[CatalogEntry]:
    """The current entries whose coverage is measured: in the LeiKa the services of the chosen types."""
    entries = CatalogEntry.objects.filter(catalog=catalog, is_retired=False).order_by()
    if catalog.kind == CatalogKind.LEIKA:
        entries = entries.alias(typisierung=_TYPISIERUNG).filter(Q(depth__gte=1) & types_condition(types))
    return entries


# --- Figures ---------------------------------------------------------------------------------------------


def catalog_figures(tenant: Tenant, catalogs: Sequence[Catalog]) -> dict[int, CatalogFigures]:
    """Per catalogue: current entries and coverage in the default scope (two queries for all catalogues)."""
    if not catalogs:
        return {}
    covered = covered_condition(tenant)
    leika_ids = [c.pk for c in catalogs if c.kind == CatalogKind.LEIKA]
    entries = (
        CatalogEntry.objects.filter(catalog__in=[c.pk for c in catalogs], is_retired=False)
        .alias(typisierung=_TYPISIERUNG)
        .order_by()
    )
    if leika_ids:
        in_scope = ~Q(catalog_id__in=leika_ids) | (Q(depth__gte=1) & types_condition(DEFAULT_TYPES))
        total = Count("id", filter=in_scope)
        covered_count = Count("id", filter=in_scope & covered)
    else:
        total = Count("id")
        covered_count = Count("id", filter=covered)
    rows = entries.values("catalog_id").annotate(entries=Count("id"), total=total, covered=covered_count)
    figures = {
        row["catalog_id"]: CatalogFigures(row["entries"], Figures(row["total"], row["covered"]))
        for row in rows
    }
    return {c.pk: figures.get(c.pk, CatalogFigures(0, Figures())) for c in catalogs}


def _grouped(
    scope: QuerySet[CatalogEntry], covered: Q, *, level: int, roots: Sequence[str] | None = None
) -> dict[str, Figures]:
    """Figures per branch at ``level`` (0 = top), optionally only below the given top-level paths."""
    entries = scope.filter(depth__gte=level).annotate(
        branch=Substr("path", 1, PATH_SEGMENT_LENGTH * (level + 1))
    )
    if roots is not None:
        entries = entries.annotate(root=Substr("path", 1, PATH_SEGMENT_LENGTH)).filter(root__in=list(roots))
    rows = (
        entries.values("branch").annotate(total=Count("id"), covered=Count("id", filter=covered)).order_by()
    )
    return {row["branch"]: Figures(row["total"], row["covered"]) for row in rows}


BRANCH_FIELDS = ("id", "uuid", "key", "name", "path", "depth", "is_retired")


def _branches(nodes: QuerySet[CatalogEntry], figures: dict[str, Figures]) -> list[Branch]:
    """The nodes that have entries in scope, in key order, with their figures."""
    return [
        Branch(**row, figures=figures[row["path"]])
        for row in nodes.order_by("key", "name").values(*BRANCH_FIELDS)
        if row["path"] in figures
    ]


def coverage_of(tenant: Tenant, catalog: Catalog, *, types: tuple[str, ...] | None = None) -> Coverage:
    """Totals and top-level branches of a catalogue's coverage (three queries).

    ``types`` narrows the LeiKa to Typisierung codes (None: every service); other catalogues ignore it.
    """
    scope = scope_entries(catalog, types if catalog.kind == CatalogKind.LEIKA else None)
    covered = covered_condition(tenant, catalog)
    figures = _grouped(scope, covered, level=0)
    branches = _branches(CatalogEntry.objects.filter(catalog=catalog, depth=0), figures)
    total = Figures(sum(f.total for f in figures.values()), sum(f.covered for f in figures.values()))
    return Coverage(catalog, types, scope, covered, total, branches)


def add_sub_branches(coverage: Coverage, branches: Sequence[Branch] | None = None) -> None:
    """Fill the second level of the given top branches (all when None): two queries."""
    selected = coverage.branches if branches is None else branches
    if not selected:
        return
    roots = None if branches is None else [b.path for b in selected]
    figures = _grouped(coverage.scope, coverage.covered, level=1, roots=roots)
    nodes = CatalogEntry.objects.filter(catalog=coverage.catalog, depth=1)
    if branches is not None:
        nodes = nodes.filter(parent_id__in=[b.id for b in selected])
    by_root = {b.path: b for b in selected}
    for child in _branches(nodes, figures):
        parent = by_root.get(child.path[:PATH_SEGMENT_LENGTH])
        if parent is not None:
            parent.children.append(child)


def uncovered_entries(coverage: Coverage) -> QuerySet[CatalogEntry]:
    """Entries in scope without a relevant process, by key, with their top branch's key and name."""
    return _with_branch(coverage.scope.exclude(coverage.covered))


def covered_entries(coverage: Coverage) -> QuerySet[CatalogEntry]:
    """Entries in scope with a relevant process, by key."""
    return _with_branch(coverage.scope.filter(coverage.covered))


def _with_branch(entries: QuerySet[CatalogEntry]) -> QuerySet[CatalogEntry]:
    top = CatalogEntry.objects.filter(
        catalog_id=OuterRef("catalog_id"), path=Substr(OuterRef("path"), 1, PATH_SEGMENT_LENGTH)
    ).order_by()
    return (
        entries.annotate(
            branch_key=Subquery(top.values("key")[:1]),
            branch_name=Subquery(top.values("name")[:1]),
            typisierung_text=_TYPISIERUNG,
        )
        .only("id", "uuid", "catalog_id", "key", "name", "path", "depth", "extra")
        .order_by("key", "name")
    )


def linked_numbers(tenant: Tenant, catalog: Catalog) -> dict[str, list[str]]:
    """The numbers of the relevant profiles linked to each node or below it, by the node's path.

    For the export's list of covered entries; it reads every relevant link of the catalogue once.
    """
    numbers: dict[str, set[str]] = defaultdict(set)
    rows = _relevant_links(tenant, catalog).values_list("entry__path", "profile__number").order_by()
    for path, number in rows.iterator():
        for end in range(PATH_SEGMENT_LENGTH, len(path) + 1, PATH_SEGMENT_LENGTH):
            numbers[path[:end]].add(number)
    return {path: sorted(values) for path, values in numbers.items()}


# --- Export ----------------------------------------------------------------------------------------------


def scope_description(coverage: Coverage) -> str:
    """The measured entries in words, for the page and the export."""
    if not coverage.services_only:
        return _("All current entries of the catalogue.")
    if coverage.types is None:
        return _("LeiKa services (Verrichtungen and Verrichtungsdetails) of every Typisierung.")
    labels = [str(label) for code, label in TYPE_CHOICES if code in coverage.types]
    return _("LeiKa services (Verrichtungen and Verrichtungsdetails) of the Typisierung: %(types)s.") % {
        "types": "; ".join(labels)
    }


def _cell(sheet: WriteOnlyWorksheet, value: object, *, bold: bool) -> object:
    """A plain value where possible (fast); a styled or text-forced cell where needed."""
    formula_like = isinstance(value, str) and value.startswith("=")
    if not (bold or formula_like):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    if formula_like:
        cell.data_type = "s"  # a name is text, never a formula
    if bold:
        cell.font = Font(bold=True)
    return cell


def _row(sheet: WriteOnlyWorksheet, values: Iterable[object], *, bold: bool = False) -> None:
    sheet.append([_cell(sheet, value, bold=bold) for value in values])


def _branch_rows(branches: Iterable[Branch]) -> Iterator[Branch]:
    for branch in branches:
        yield branch
        yield from branch.children


def coverage_workbook(tenant: Tenant, coverage: Coverage, *, today: date) -> bytes:
    """The coverage as an XLSX file: overview per branch, uncovered and covered entries."""
    if coverage.two_levels:
        add_sub_branches(coverage)
    workbook = Workbook(write_only=True)
    overview = workbook.create_sheet(_("Overview"))
    catalog = coverage.catalog
    _row(overview, [_("Coverage of the catalogue by the process register")], bold=True)
    _row(overview, [_("Authority"), tenant.name])
    _row(overview, [_("Catalogue"), catalog.name])
    _row(overview, [_("Version"), catalog.version or "–"])
    _row(overview, [_("As of"), catalog.issued_on.isoformat() if catalog.issued_on else "–"])
    _row(overview, [_("Counted"), scope_description(coverage)])
    _row(
        overview,
        [_("Covered"), _("at least one relevant process is linked to the entry or an entry below it")],
    )
    _row(overview, [_("Exported on"), today.isoformat()])
    _row(overview, [])
    _row(overview, [_("Key"), _("Branch"), _("Level"), _("Entries"), _("Covered"), _("Share (%)")], bold=True)
    total = coverage.figures
    _row(overview, ["", _("Whole catalogue"), "", total.total, total.covered, total.percent])
    for branch in _branch_rows(coverage.branches):
        figures = branch.figures
        _row(
            overview,
            [branch.key, branch.name, branch.depth + 1, figures.total, figures.covered, figures.percent],
        )

    uncovered = workbook.create_sheet(_("Not covered"))
    _row(uncovered, [_("Key"), _("Name"), _("Typisierung"), _("Branch")], bold=True)
    rows = uncovered_entries(coverage).values_list(  # type: ignore[misc]  # annotated names
        "key", "name", "typisierung_text", "branch_key", "branch_name", "depth"
    )
    for key, name, typisierung, branch_key, branch_name, depth in rows.iterator(chunk_size=2000):
        top = " ".join(part for part in (branch_key, branch_name) if part) if depth else ""
        _row(uncovered, [key, name, typisierung or "", top])

    covered = workbook.create_sheet(_("Covered"))
    _row(covered, [_("Key"), _("Name"), _("Linked processes")], bold=True)
    numbers = linked_numbers(tenant, catalog)
    for key, name, path in (
        covered_entries(coverage).values_list("key", "name", "path").iterator(chunk_size=2000)
    ):
        _row(covered, [key, name, ", ".join(numbers.get(path, []))])

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
