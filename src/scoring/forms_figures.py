"""Kennzahlen erheben: the grid's filters, how typed figures are read, and the rows the grid shows.

Figures arrive as text typed by German users (``1.200`` is twelve hundred, spaces group digits, empty means
"not collected"). Reading the text is done here; whether a number is plausible (not negative, not absurd)
is decided by ``register.services.profiles.profiles_figures_set``, the one write path for figures.
"""

import uuid as uuid_module
from dataclasses import dataclass, field
from typing import Any

import django_filters
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.numbers import grouped, parse_german_number
from register.choices import DigitalisationLevel
from register.filtersets import ProfileFilterSet
from register.models import ProcessProfile
from register.services.profiles import FIGURE_FIELDS  # the grid's columns, in the order Tab walks
from scoring.selectors import NOT_RECORDED, RECORDED

NUMBER_FIELDS = ("case_count", "processing_minutes")
MAX_INPUT_LENGTH = 30  # longer text is no figure anybody means; not worth parsing
TRUE_WORDS = frozenset({"yes", "true", "on", "1"})
FALSE_WORDS = frozenset({"no", "false", "off", "0", ""})


class FigureError(ValueError):
    """Text that cannot be read as the figure it stands for; ``message`` is shown next to the cell."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def column_labels() -> dict[str, str]:
    """The columns' names as the table headers and the inputs' labels say them."""
    return {
        "case_count": _("Cases per year"),
        "processing_minutes": _("Processing time (minutes per case)"),
        "digitalisation_level": _("Digitalisation level"),
        "relevant": _("Relevant"),
    }


def parse_figure(name: str, raw: str | None) -> int | bool | None:
    """The value of one typed figure (None: not collected); raises FigureError with a message."""
    text = (raw or "").strip()
    if name == "relevant":
        word = text.lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise FigureError(_("Relevant is yes or no."))
    if name == "digitalisation_level":
        if not text:
            return None
        if text in {str(level) for level in DigitalisationLevel.values}:
            return int(text)
        raise FigureError(_("Choose a digitalisation level from 0 to 4."))
    if name not in NUMBER_FIELDS:
        raise FigureError(_("This is not a figure of the grid."))
    if not text:
        return None
    number = parse_german_number(text) if len(text) <= MAX_INPUT_LENGTH else None
    if number is None:
        raise FigureError(_("Enter a whole number such as 1.200, or leave the field empty."))
    if number != number.to_integral_value():
        raise FigureError(_("Enter a whole number without decimals."))
    return int(number)


def display_figure(name: str, value: Any) -> str:
    """A stored figure as the grid's input shows it (German thousands separator, empty when not collected)."""
    if value is None:
        return ""
    if name in NUMBER_FIELDS:
        return grouped(int(value))
    if name == "relevant":
        return "yes" if value else "no"
    return str(value)


@dataclass
class GridInput:
    """What the no-JavaScript form posted: parsed rows for the service, problems and raw text by cell."""

    rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)  # "<uuid>:<field>" → message
    raw: dict[str, str] = field(default_factory=dict)  # "<uuid>:<field>" → what was typed


def parse_grid(data: QueryDict) -> GridInput:
    """Read every row of the posted grid (``row`` lists the page's profiles; inputs are ``<uuid>:<field>``).

    An unticked checkbox is not posted, so a listed row without ``<uuid>:relevant`` is not relevant.
    """
    result = GridInput()
    for key in dict.fromkeys(data.getlist("row")):
        try:
            uuid = str(uuid_module.UUID(key))
        except ValueError:
            continue  # not a row the page rendered; nothing to save for it
        values: dict[str, Any] = {}
        for name in FIGURE_FIELDS:
            cell = f"{uuid}:{name}"
            raw = data.get(cell, "") if name != "relevant" else ("yes" if cell in data else "no")
            result.raw[cell] = raw
            try:
                values[name] = parse_figure(name, raw)
            except FigureError as error:
                result.errors[cell] = error.message
        result.rows[uuid] = values
    return result


class FiguresFilterSet(ProfileFilterSet):
    """The register's filters that matter when collecting figures, plus "not yet collected"."""

    recorded = django_filters.ChoiceFilter(
        label=gettext_lazy("Figures"),
        choices=(("no", gettext_lazy("not yet collected")), ("yes", gettext_lazy("collected"))),
        method="filter_recorded",
        empty_label=gettext_lazy("all"),
    )

    # Filters of the register list that do not help when recording figures.
    LEFT_OUT = (
        "process_type",
        "digitalisation_level",
        "release_status",
        "online_assistant",
        "recommended",
        "katalogeintrag",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in self.LEFT_OUT:
            self.filters.pop(name, None)

    def filter_recorded(
        self, queryset: QuerySet[ProcessProfile], name: str, value: str
    ) -> QuerySet[ProcessProfile]:
        """``no``: at least one of Fallzahl, Bearbeitungszeit, Digitalisierungsgrad is missing."""
        if value == "no":
            return queryset.filter(NOT_RECORDED)
        if value == "yes":
            return queryset.filter(RECORDED)
        return queryset


@dataclass(frozen=True)
class Cell:
    """One editable cell of a row: input name and id, its label, shown value and any problem."""

    field: str
    name: str
    id: str
    label: str
    value: str  # what the input shows: the stored figure, or what was typed when a post was rejected
    saved: str  # the stored figure (Escape restores it)
    error: str = ""

    @property
    def message_id(self) -> str:
        return f"{self.id}-msg"

    @property
    def checked(self) -> bool:
        return self.value == "yes"


@dataclass(frozen=True)
class LevelOption:
    value: str
    label: str
    selected: bool


@dataclass(frozen=True)
class GridRow:
    """One profile of the grid."""

    profile: ProcessProfile
    detail_url: str
    cell_url: str
    cells: dict[str, Cell]
    level_options: list[LevelOption]

    @property
    def has_errors(self) -> bool:
        return any(cell.error for cell in self.cells.values())


def grid_row(
    profile: ProcessProfile,
    *,
    detail_url: str,
    cell_url: str,
    labels: dict[str, str],
    level_choices: list[tuple[str, str]],
    posted: GridInput | None = None,
) -> GridRow:
    """The row of ``profile``; after a rejected post the cells keep what was typed, with the problems."""
    key = str(profile.uuid)
    process = f"{profile.number} {profile.name}"
    cells = {}
    for name in FIGURE_FIELDS:
        cell_key = f"{key}:{name}"
        saved = display_figure(name, getattr(profile, name))
        value = posted.raw[cell_key] if posted is not None and cell_key in posted.raw else saved
        cells[name] = Cell(
            field=name,
            name=cell_key,
            id=f"fig-{key}-{name}",
            label=_("%(column)s for %(process)s") % {"column": labels[name], "process": process},
            value=value,
            saved=saved,
            error=posted.errors.get(cell_key, "") if posted is not None else "",
        )
    level = cells["digitalisation_level"].value
    options = [LevelOption(value, label, value == level) for value, label in level_choices]
    return GridRow(profile, detail_url, cell_url, cells, options)


def level_choices() -> list[tuple[str, str]]:
    """The Digitalisierungsgrad select's options, "not collected" first."""
    return [("", _("not yet collected")), *((str(v), str(label)) for v, label in DigitalisationLevel.choices)]
