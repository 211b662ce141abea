"""The columns of the register list: what can be shown, how it sorts, what the cell says and what a file
of the same view holds (typed values: numbers as numbers, dates as dates)."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db.models import Choices, F, FloatField, OrderBy, QuerySet
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast
from django.utils.formats import date_format, number_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.html import esc
from register.choices import AttributeType, DocumentationState, OzgTopic, ProcessType, ReleaseStatus
from register.models import AttributeDefinition, ProcessProfile


def _yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return str(_("yes") if value else _("no"))


def _number(value: Any) -> str:
    return "" if value is None else number_format(value, force_grouping=True)


def _label(choices: type[Choices], value: Any) -> str:
    """A choice's label; unlike ``get_FOO_display`` it does not rebuild the choices dict on every call."""
    try:
        return str(choices(value).label)
    except ValueError:
        return "" if value in (None, "") else str(value)


@dataclass(frozen=True)
class Column:
    """One column of the register table."""

    key: str
    label: Any
    render: Callable[[ProcessProfile], str]
    order_field: str | None = None
    numeric: bool = False
    default: bool = False
    custom: AttributeDefinition | None = field(default=None, compare=False)
    nowrap: bool = False
    # The cell's value in an exported file (int, Decimal, date, text); the rendered text when not given.
    value: Callable[[ProcessProfile], Any] | None = field(default=None, compare=False)
    width: int = 16  # characters, for exported files

    def export_value(self, profile: ProcessProfile) -> Any:
        """The typed value for XLSX/CSV; None for an empty cell."""
        value = self.render(profile) if self.value is None else self.value(profile)
        return None if value == "" else value

    @property
    def css_class(self) -> str:
        """Class of the column's cells: numbers align right, short codes never break."""
        return " ".join(name for name, on in (("num", self.numeric), ("nowrap", self.nowrap)) if on)

    def ordering(self, descending: bool) -> list[OrderBy]:
        """ORDER BY terms, empty values last, the process number as tie-breaker."""
        if self.custom is not None:
            expression: Any = KeyTextTransform(self.custom.key, "attributes")
            if self.custom.type == AttributeType.NUMBER:
                expression = Cast(expression, FloatField())
        else:
            expression = F(self.order_field or self.key)
        term = expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)
        return [term, F("number").asc()]


STANDARD_COLUMNS: tuple[Column, ...] = (
    Column("number", _("No."), lambda p: p.number, default=True, nowrap=True, width=12),
    Column("name", _("Name"), lambda p: p.name, default=True, width=48),
    Column("process_type", _("Process type"), lambda p: _label(ProcessType, p.process_type), width=22),
    Column(
        "folder",
        _("Folder"),
        lambda p: p.folder.name if p.folder else "",
        order_field="folder__name",
        width=30,
    ),
    Column(
        "owner_unit",
        _("Responsible unit"),
        lambda p: str(p.owner_unit or ""),
        order_field="owner_unit__name",
        default=True,
        width=30,
    ),
    Column("ozg_topic", _("OZG topic"), lambda p: _label(OzgTopic, p.ozg_topic), default=True, width=28),
    Column(
        "case_count",
        _("Cases per year"),
        lambda p: _number(p.case_count),
        numeric=True,
        default=True,
        value=lambda p: p.case_count,
        width=12,
    ),
    Column(
        "processing_minutes",
        _("Minutes per case"),
        lambda p: _number(p.processing_minutes),
        numeric=True,
        value=lambda p: p.processing_minutes,
        width=12,
    ),
    Column(
        "lead_time_days",
        _("Lead time (days)"),
        lambda p: _number(p.lead_time_days),
        numeric=True,
        value=lambda p: p.lead_time_days,
        width=12,
    ),
    Column(
        "digitalisation_level",
        _("Digitalisation level"),
        lambda p: "" if p.digitalisation_level is None else str(p.digitalisation_level),
        numeric=True,
        default=True,
        value=lambda p: p.digitalisation_level,
        width=12,
    ),
    Column("online_assistant", _("Online assistant"), lambda p: _yes_no(p.online_assistant), width=12),
    Column("recommended", _("Recommended"), lambda p: _yes_no(p.recommended), width=12),
    Column("relevant", _("Relevant"), lambda p: _yes_no(p.relevant), width=10),
    Column(
        "release_status",
        _("Release status"),
        lambda p: _label(ReleaseStatus, p.release_status),
        default=True,
        width=30,
    ),
    Column(
        "documentation_state",
        _("Documentation state"),
        lambda p: _label(DocumentationState, p.documentation_state),
        width=22,
    ),
    Column(
        "score",
        _("Utility score"),
        lambda p: _number(p.score),
        numeric=True,
        value=lambda p: p.score,
        width=12,
    ),
    Column("version", _("Version"), lambda p: p.version, width=10),
    Column(
        "last_review",
        _("Last review"),
        lambda p: date_format(p.last_review) if p.last_review else "",
        value=lambda p: p.last_review,
        width=12,
    ),
    Column(
        "next_review",
        _("Next review"),
        lambda p: date_format(p.next_review) if p.next_review else "",
        value=lambda p: p.next_review,
        width=12,
    ),
)


def format_attribute(definition: AttributeDefinition, value: Any) -> str:
    """A tenant-defined attribute's value as text ("" when empty)."""
    if value is None:
        return ""
    if definition.type == AttributeType.BOOLEAN:
        return _yes_no(bool(value))
    if definition.type == AttributeType.MULTIPLE_CHOICE:
        return ", ".join(value)
    if definition.type == AttributeType.NUMBER:
        return _number(value)
    if definition.type == AttributeType.DATE:
        try:
            return date_format(datetime.date.fromisoformat(value))
        except (TypeError, ValueError):
            return str(value)
    return str(value)


def attribute_value(definition: AttributeDefinition, value: Any) -> Any:
    """A tenant-defined attribute's value for a file: numbers as numbers, dates as dates, yes/no as the
    word, several choices joined with "; " (None when empty)."""
    if value in (None, "", []):
        return None
    if definition.type == AttributeType.NUMBER:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return str(value)
    if definition.type == AttributeType.DATE:
        try:
            return datetime.date.fromisoformat(value)
        except (TypeError, ValueError):
            return str(value)
    if definition.type == AttributeType.BOOLEAN:
        return _yes_no(bool(value))
    if definition.type == AttributeType.MULTIPLE_CHOICE and isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return str(value)


def _render_custom(definition: AttributeDefinition) -> Callable[[ProcessProfile], str]:
    def render(profile: ProcessProfile) -> str:
        return format_attribute(definition, profile.attributes.get(definition.key))

    return render


def _value_custom(definition: AttributeDefinition) -> Callable[[ProcessProfile], Any]:
    def value(profile: ProcessProfile) -> Any:
        return attribute_value(definition, profile.attributes.get(definition.key))

    return value


def columns_for(definitions: list[AttributeDefinition]) -> dict[str, Column]:
    """All columns the tenant can choose: the standard ones and one per tenant-defined attribute."""
    columns = {c.key: c for c in STANDARD_COLUMNS}
    for definition in definitions:
        key = f"attr-{definition.key}"
        columns[key] = Column(
            key,
            definition.label,
            _render_custom(definition),
            numeric=definition.type == AttributeType.NUMBER,
            custom=definition,
            value=_value_custom(definition),
            width=12 if definition.type in (AttributeType.NUMBER, AttributeType.DATE) else 24,
        )
    return columns


def chosen_columns(available: dict[str, Column], requested: list[str]) -> list[Column]:
    """The requested columns that exist, always including number and name; the defaults if none."""
    keys = [k for k in dict.fromkeys(requested) if k in available]
    if not keys:
        keys = [c.key for c in STANDARD_COLUMNS if c.default]
    for required in ("name", "number"):
        if required not in keys:
            keys.insert(0, required)
    return [available[k] for k in keys]


def sorted_profiles(
    queryset: QuerySet[ProcessProfile], columns: dict[str, Column], sort: str, searching: bool
) -> tuple[QuerySet[ProcessProfile], str]:
    """The queryset in the order ``sort`` asks for (a column key, "-" for descending) and the sort in effect;
    without a known column the best search matches come first while searching, else the process number."""
    key = sort.removeprefix("-")
    if key in columns:
        return queryset.order_by(*columns[key].ordering(sort.startswith("-"))), sort
    if searching:
        return queryset.order_by("-search_rank", "number"), ""
    return queryset.order_by("number"), ""


def register_row(
    profile: ProcessProfile, columns: list[Column], detail_url: str, selectable: bool
) -> SafeString:
    """One ``<tr>`` of the register table, built here rather than by template loops (50–200 rows a page)."""
    cells = []
    if selectable:
        box_id = f"sel-{profile.uuid}"
        label = gettext("Select %(name)s") % {"name": profile.name}
        cells.append(
            f'<td><input type="checkbox" name="selected" value="{profile.uuid}" id="{box_id}" '
            f'data-row-select><label for="{box_id}" class="visually-hidden">{esc(label)}</label></td>'
        )
    for column in columns:
        value = esc(column.render(profile))
        if column.key == "name":
            badge = "" if profile.relevant else f' <span class="badge">{esc(gettext("not relevant"))}</span>'
            cells.append(f'<td><a href="{esc(detail_url)}">{value}</a>{badge}</td>')
        elif column.css_class:
            cells.append(f'<td class="{column.css_class}">{value}</td>')
        else:
            cells.append(f"<td>{value}</td>")
    row_class = "" if profile.relevant else ' class="not-relevant"'
    return mark_safe(f"<tr{row_class}>{''.join(cells)}</tr>")  # every value above is escaped
