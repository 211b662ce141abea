"""Choices of the Nutzwert-Score."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CriterionKind(models.TextChoices):
    """What a criterion reads from a profile."""

    CASE_COUNT = "case_count", _("Cases per year")
    ANNUAL_WORKLOAD = "annual_workload", _("Annual workload (hours)")
    DIGITALISATION_LEVEL = "digitalisation_level", _("Digitalisation level")
    ONLINE_ASSISTANT = "online_assistant", _("Online application assistant available")
    RECOMMENDED = "recommended", _("Recommended by the digital pilots")
    OZG_RELEVANT = "ozg_relevant", _("OZG-relevant")
    ATTRIBUTE = "attribute", _("Own attribute")


class Mapping(models.TextChoices):
    """How a criterion turns a value into points (0–100)."""

    BANDS = "bands", _("Bands (from a value on)")
    LEVELS = "levels", _("Points per level")
    YES_NO = "yes_no", _("Points for yes and no")
    CHOICES = "choices", _("Points per choice")
