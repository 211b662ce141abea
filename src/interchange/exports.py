"""The register as files: the list page's current view (XLSX, CSV) and the whole register (XLSX workbook).

The view export reads exactly what the list page shows for the same query string (filters, search,
columns, sort) on every page, streamed in chunks over the list's lean queryset. The workbook holds one sheet
per kind; its "Prozesse" sheet has one column per importable field (``interchange.fields``) written the way
the importer reads it back, so the sheet can be imported again unchanged. Both read a constant number of
queries however large the register is (the profile rows come in chunks).
"""

import datetime
from collections.abc import Callable, Iterator
from typing import Any

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext as _

from core.spreadsheets import Table, xlsx_workbook_bytes
from core.trees import sort_as_tree
from interchange.fields import ImportField, Kind, fields_for
from organisation.choices import OrgUnitKind
from organisation.models import OrgUnit, Position
from register.choices import AttributeType
from register.filtersets import ProfileFilterSet
from register.models import AttributeDefinition, CatalogLink, Folder, ProcessProfile
from register.search import parse_query
from register.selectors import profiles_for_list
from register.services.attributes import definitions_for
from register.tables import attribute_value, chosen_columns, columns_for, sorted_profiles
from tenants.models import Tenant

CHUNK = 2000
FORMATS = ("xlsx", "csv")
# Several values in one cell are joined like this; the importer splits on ";".
JOIN = "; "
# Query parameters of the list page that only concern the page, not the rows.
_PAGE_PARAMETERS = ("page", "per_page", "format")


# --- the current view ----------------------------------------------------------------------------------


def register_view_table(tenant: Tenant, params: QueryDict) -> Table:
    """The rows and columns of the register list for the query string ``params``, all pages.

    Invalid filter values raise ValidationError (German message naming the filters).
    """
    params = params.copy()
    for key in _PAGE_PARAMETERS:
        params.pop(key, None)
    definitions = definitions_for(tenant)
    available = columns_for(definitions)
    columns = chosen_columns(available, params.getlist("cols"))
    filterset = ProfileFilterSet(params or None, queryset=profiles_for_list(tenant), tenant=tenant)
    if filterset.is_bound and not filterset.is_valid():
        raise ValidationError(_filter_problems(filterset))
    searching = bool(filterset.is_bound and parse_query(filterset.form.cleaned_data.get("q") or ""))
    queryset, _sort = sorted_profiles(filterset.qs, available, params.get("sort", ""), searching)

    def rows() -> Iterator[list[Any]]:
        for profile in queryset.iterator(chunk_size=CHUNK):
            yield [column.export_value(profile) for column in columns]

    return Table(
        header=[str(column.label) for column in columns],
        rows=rows(),
        widths=[column.width for column in columns],
    )


def _filter_problems(filterset: ProfileFilterSet) -> str:
    form = filterset.form
    problems: list[str] = []
    for name, errors in form.errors.items():
        field = form.fields.get(name)
        label = str(field.label) if field is not None and field.label else name
        problems.extend(f"{label}: {error}" for error in errors)
    return " ".join([_("The filter is not valid:"), *problems])


def view_file_name(tenant: Tenant, today: datetime.date, extension: str) -> str:
    """``prozessregister-<tenant>-<date>.<extension>``."""
    return f"prozessregister-{tenant.slug}-{today.isoformat()}.{extension}"


# --- the whole register ----------------------------------------------------------------------------------


def register_workbook(tenant: Tenant) -> bytes:
    """The whole register as one workbook: processes (importable again), org units, positions, folders,
    catalogue links and attribute definitions."""
    definitions = definitions_for(tenant)
    units = sort_as_tree(list(OrgUnit.objects.for_tenant(tenant).only(*_TREE_FIELDS, "short_code", "kind")))
    folders = sort_as_tree(list(Folder.objects.for_tenant(tenant).only(*_TREE_FIELDS)))
    positions = list(
        Position.objects.for_tenant(tenant).only("id", "tenant", "unit", "name", "pay_group", "fte")
    )
    unit_paths = _paths(units)
    folder_paths = _paths(folders)
    unit_refs = {unit.pk: unit.short_code or unit.name for unit in units}
    return xlsx_workbook_bytes(
        [
            (
                _("Processes"),
                _profiles_table(tenant, definitions, folder_paths, unit_refs, positions),
            ),
            (_("Organisational units"), _units_table(units, unit_paths, unit_refs)),
            (_("Positions"), _positions_table(positions, units, unit_refs)),
            (_("Folders"), _folders_table(folders, folder_paths)),
            (_("Catalogue links"), _links_table(tenant)),
            (_("Attributes"), _attributes_table(definitions)),
        ]
    )


def workbook_file_name(tenant: Tenant, today: datetime.date) -> str:
    """``register-<tenant>-<date>.xlsx``."""
    return f"register-{tenant.slug}-{today.isoformat()}.xlsx"


_TREE_FIELDS = ("id", "uuid", "tenant", "parent", "name", "path", "depth", "position")
# Relation fields: the id column read for them (their cells are looked up by id).
_RELATION_COLUMNS = {
    "folder": "folder_id",
    "owner_unit": "owner_unit_id",
    "process_owner": "process_owner_id",
}
_NOT_COLUMNS = {Kind.UNITS, Kind.PROFILES, Kind.CATALOG}


def _paths(nodes: list[Any]) -> dict[int, str]:
    """Node id → "Parent / Child" (nodes in tree order, so a parent comes before its children)."""
    paths: dict[int, str] = {}
    for node in nodes:
        parent = paths.get(node.parent_id) if node.parent_id else None
        paths[node.pk] = f"{parent} / {node.name}" if parent else node.name
    return paths


def _yes_no(value: Any) -> str | None:
    if value is None:
        return None
    return _("yes") if value else _("no")


def _profiles_table(
    tenant: Tenant,
    definitions: list[AttributeDefinition],
    folder_paths: dict[int, str],
    unit_refs: dict[int, str],
    positions: list[Position],
) -> Table:
    fields = fields_for(tenant, definitions)
    position_names = {position.pk: position.name for position in positions}
    # Participating units in the organigram's order (unit_refs is in tree order).
    unit_order = {pk: index for index, pk in enumerate(unit_refs)}
    participating: dict[int, list[int]] = {}
    for profile_id, unit_id in ProcessProfile.participating_units.through.objects.filter(
        processprofile__tenant=tenant
    ).values_list("processprofile_id", "orgunit_id"):
        participating.setdefault(profile_id, []).append(unit_id)
    unit_lists = {
        profile_id: [
            unit_refs[pk] for pk in sorted(ids, key=lambda pk: unit_order.get(pk, 0)) if pk in unit_refs
        ]
        for profile_id, ids in participating.items()
    }
    predecessors: dict[int, list[str]] = {}
    for profile_id, number in (
        ProcessProfile.predecessors.through.objects.filter(from_processprofile__tenant=tenant)
        .order_by("to_processprofile__number")
        .values_list("from_processprofile_id", "to_processprofile__number")
    ):
        predecessors.setdefault(profile_id, []).append(number)
    keys: dict[tuple[int, str], list[str]] = {}
    for profile_id, kind, key in (
        CatalogLink.objects.for_tenant(tenant)
        .exclude(entry__key="")
        .order_by("entry__key")
        .values_list("profile_id", "entry__catalog__kind", "entry__key")
    ):
        keys.setdefault((profile_id, kind), []).append(key)
    relations: dict[Kind, Callable[[dict[str, Any], ImportField], Any]] = {
        Kind.FOLDER: lambda row, f: folder_paths.get(row["folder_id"]),
        Kind.UNIT: lambda row, f: unit_refs.get(row["owner_unit_id"]),
        Kind.POSITION: lambda row, f: position_names.get(row["process_owner_id"]),
        Kind.UNITS: lambda row, f: _joined(unit_lists.get(row["id"])),
        Kind.PROFILES: lambda row, f: _joined(predecessors.get(row["id"])),
        Kind.CATALOG: lambda row, f: _joined(keys.get((row["id"], f.catalog_kind))),
    }
    readers = [
        (field, relations.get(field.kind) or (_attribute_cell if field.is_attribute else _standard_cell))
        for field in fields
    ]
    columns = [
        _RELATION_COLUMNS.get(f.key, f.key)
        for f in fields
        if not f.is_attribute and f.kind not in _NOT_COLUMNS
    ]
    rows_query = (
        ProcessProfile.objects.for_tenant(tenant).order_by("number").values("id", "attributes", *columns)
    )

    def rows() -> Iterator[list[Any]]:
        for row in rows_query.iterator(chunk_size=CHUNK):
            yield [reader(row, field) for field, reader in readers]

    return Table(
        header=[str(field.label) for field in fields],
        rows=rows(),
        widths=[_field_width(field) for field in fields],
    )


def _joined(values: list[str] | None) -> str | None:
    return JOIN.join(values) if values else None


def _standard_cell(row: dict[str, Any], field: ImportField) -> Any:
    return _cell(field, row.get(field.key))


def _attribute_cell(row: dict[str, Any], field: ImportField) -> Any:
    definition = field.definition
    assert definition is not None  # only attribute fields come here
    value = (row["attributes"] or {}).get(definition.key)
    if definition.type in (AttributeType.CHOICE, AttributeType.MULTIPLE_CHOICE, AttributeType.BOOLEAN):
        return _cell(field, value)
    return attribute_value(definition, value)


def _cell(field: ImportField, value: Any) -> Any:
    """A value as the importer reads it back: choices by label, yes/no as the word, lists joined."""
    if value is None or value == "" or value == []:
        return None
    if field.kind == Kind.BOOLEAN:
        return _yes_no(bool(value))
    if field.kind == Kind.CHOICE:
        return _choice_label(field, value)
    if field.kind == Kind.MULTIPLE_CHOICE:
        values = value if isinstance(value, list) else [value]
        return JOIN.join(_choice_label(field, item) for item in values)
    return value


def _choice_label(field: ImportField, value: Any) -> str:
    return next((label for choice, label in field.choices if choice == value), str(value))


def _field_width(field: ImportField) -> int:
    if field.key == "name":
        return 48
    if field.kind == Kind.LONG_TEXT:
        return 50
    if field.kind in (Kind.INTEGER, Kind.NUMBER, Kind.DATE, Kind.BOOLEAN):
        return max(12, min(len(str(field.label)) + 2, 20))
    return max(16, min(len(str(field.label)) + 4, 36))


def _units_table(units: list[OrgUnit], paths: dict[int, str], refs: dict[int, str]) -> Table:
    header = [_("Path"), _("Short code"), _("Name"), _("Level"), _("Parent unit")]
    rows = (
        [
            paths[unit.pk],
            unit.short_code or None,
            unit.name,
            _kind_label(unit.kind),
            refs.get(unit.parent_id) if unit.parent_id else None,
        ]
        for unit in units
    )
    return Table(header=header, rows=rows, widths=[60, 12, 40, 24, 30])


def _kind_label(kind: str) -> str:
    try:
        return str(OrgUnitKind(kind).label)
    except ValueError:
        return kind


def _positions_table(positions: list[Position], units: list[OrgUnit], refs: dict[int, str]) -> Table:
    order = {unit.pk: index for index, unit in enumerate(units)}
    positions = sorted(positions, key=lambda p: (order.get(p.unit_id, len(order)), p.name.lower()))
    header = [_("Organisational unit"), _("Name"), _("Pay group"), _("Full-time equivalents")]
    rows = (
        [refs.get(position.unit_id), position.name, position.pay_group or None, position.fte]
        for position in positions
    )
    return Table(header=header, rows=rows, widths=[30, 40, 12, 12])


def _folders_table(folders: list[Folder], paths: dict[int, str]) -> Table:
    return Table(header=[_("Path")], rows=([paths[folder.pk]] for folder in folders), widths=[70])


def _links_table(tenant: Tenant) -> Table:
    header = [
        _("Process number"),
        _("Process name"),
        _("Catalogue"),
        _("Key"),
        _("Entry"),
        _("Removed from the catalogue"),
    ]
    links = (
        CatalogLink.objects.for_tenant(tenant)
        .order_by("profile__number", "entry__catalog__kind", "entry__key", "entry__name")
        .values_list(
            "profile__number",
            "profile__name",
            "entry__catalog__name",
            "entry__key",
            "entry__name",
            "entry__is_retired",
        )
    )

    def rows() -> Iterator[list[Any]]:
        for number, name, catalog, key, entry, retired in links.iterator(chunk_size=CHUNK):
            yield [number, name, catalog, key or None, entry, _yes_no(retired)]

    return Table(header=header, rows=rows(), widths=[14, 40, 30, 18, 50, 14])


def _attributes_table(definitions: list[AttributeDefinition]) -> Table:
    header = [_("Key"), _("Label"), _("Type"), _("Group"), _("Choices"), _("Required"), _("Help text")]
    rows = (
        [
            definition.key,
            definition.label,
            _type_label(definition.type),
            definition.group.name,
            JOIN.join(str(choice) for choice in definition.choices) or None,
            _yes_no(definition.required),
            definition.help_text or None,
        ]
        for definition in definitions
    )
    return Table(header=header, rows=rows, widths=[20, 30, 16, 24, 50, 10, 50])


def _type_label(value: str) -> str:
    try:
        return str(AttributeType(value).label)
    except ValueError:
        return value
