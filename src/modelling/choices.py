"""Choices of the modelling app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ModelKind(models.TextChoices):
    """The notations a process model can be drawn in (only BPMN so far; the others come later)."""

    BPMN = "bpmn", _("BPMN 2.0")


class VersionSource(models.TextChoices):
    """How a model version came about."""

    CREATED = "created", _("created")
    EDITOR = "editor", _("saved in the modeller")
    IMPORT = "import", _("imported from a file")
    RESTORE = "restore", _("restored from an earlier version")
