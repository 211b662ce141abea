"""Formatting of scores and criterion values in German."""

from decimal import Decimal
from typing import Any

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from register.choices import DigitalisationLevel
from scoring.choices import CriterionKind
from scoring.engine import Contribution

register = template.Library()


@register.filter
def score(value: Decimal | None) -> str:
    """A score as stored, in the active locale without trailing zeros (``72,75``, ``72,5``, ``72``)."""
    if value is None:
        return "–"
    exact = Decimal(value).quantize(Decimal("0.01"))
    places = next(n for n in (0, 1, 2) if exact == exact.quantize(Decimal(1).scaleb(-n)))
    return number_format(exact, decimal_pos=places)


def value_text(contribution: Contribution) -> str:
    """The value a criterion read, as a reader would say it."""
    value: Any = contribution.value
    kind = contribution.rule.kind
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if kind == CriterionKind.DIGITALISATION_LEVEL:
        return str(DigitalisationLevel(value).label) if value in DigitalisationLevel.values else str(value)
    if kind == CriterionKind.ANNUAL_WORKLOAD:
        return _("%(hours)s hours") % {"hours": number_format(round(value), force_grouping=True)}
    if isinstance(value, int | Decimal | float):
        return number_format(value, force_grouping=True)
    return str(value)


@register.filter
def contribution_value(contribution: Contribution) -> str:
    """Template filter of ``value_text``."""
    return value_text(contribution)
