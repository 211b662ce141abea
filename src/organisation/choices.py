"""Choices of the organisation app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrgUnitKind(models.TextChoices):
    """The three levels of a municipal organigram."""

    DIVISION = "dezernat", _("Division (Dezernat / Geschäftsbereich)")
    OFFICE = "amt", _("Office (Amt / Fachbereich)")
    SECTION = "sachgebiet", _("Section (Sachgebiet)")
