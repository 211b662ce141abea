"""Imports in progress and their record: the uploaded table, the column mapping, the check, the outcome."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from interchange.choices import ExistingProfiles, JobKind, JobStatus
from tenants.models import TenantOwned


class ImportJob(TenantOwned):
    """One upload: its table is kept until it is imported or discarded; afterwards the record stays."""

    kind = models.CharField(_("kind"), max_length=20, choices=JobKind.choices, default=JobKind.PROFILES)
    status = models.CharField(
        _("status"), max_length=20, choices=JobStatus.choices, default=JobStatus.UPLOADED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    file_size = models.PositiveIntegerField(_("file size (bytes)"), default=0)
    sheet = models.CharField(_("worksheet"), max_length=100, blank=True)
    header_row = models.PositiveIntegerField(_("header row"), default=1)
    headers = models.JSONField(_("column headings"), default=list, blank=True)
    # [[row number in the file, [cell, …]], …]: emptied once the import is done or discarded.
    rows = models.JSONField(_("rows"), default=list, blank=True)
    row_count = models.PositiveIntegerField(_("data rows"), default=0)
    notices = models.JSONField(_("notices"), default=list, blank=True)
    # {"<column index>": "<field key>"}; columns not listed are not imported.
    mapping = models.JSONField(_("column assignment"), default=dict, blank=True)
    existing = models.CharField(
        _("existing processes"),
        max_length=20,
        choices=ExistingProfiles.choices,
        default=ExistingProfiles.UPDATE,
    )
    only_valid = models.BooleanField(_("import only the valid rows"), default=False)
    progress_done = models.PositiveIntegerField(_("rows done"), default=0)
    progress_total = models.PositiveIntegerField(_("rows in total"), default=0)
    # The outcome of the last check or of the import: counts, problems by row and column, sample rows.
    result = models.JSONField(_("result"), default=dict, blank=True)
    # For a register imported from JSON: the template it once came from, when unknown here.
    origin = models.JSONField(_("template origin"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["tenant", "-created_at"], name="importjob_tenant_created")]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.get_status_display()})"


class HeaderMapping(TenantOwned):
    """A column heading the tenant assigned to a field once, remembered for the next file."""

    header = models.CharField(_("normalised heading"), max_length=100)
    header_text = models.CharField(_("column heading"), max_length=100)
    # A field key of interchange.fields, or "" for a column that is never imported.
    field_key = models.CharField(_("field"), max_length=80, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("changed by"),
    )

    class Meta:
        verbose_name = _("remembered column assignment")
        verbose_name_plural = _("remembered column assignments")
        ordering = ["header_text"]
        constraints = [models.UniqueConstraint(fields=["tenant", "header"], name="headermapping_unique")]

    def __str__(self) -> str:
        return f"{self.header_text} → {self.field_key or '–'}"
