"""Choices of the interchange app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class JobKind(models.TextChoices):
    PROFILES = "profiles", _("Process profiles from a spreadsheet")
    REGISTER = "register", _("Whole register from JSON")


class JobStatus(models.TextChoices):
    UPLOADED = "uploaded", _("uploaded, columns to assign")
    CHECKED = "checked", _("checked, ready to import")
    IMPORTED = "imported", _("imported")
    DISCARDED = "discarded", _("discarded")


class ExistingProfiles(models.TextChoices):
    """What a spreadsheet row does whose process number is already in the register."""

    UPDATE = "update", _("create new processes and update existing ones")
    SKIP = "skip", _("only create new processes, leave existing ones unchanged")
    ONLY_UPDATE = "only_update", _("only update existing processes, create none")
