"""Catalogues (Prozesskontexte): global public catalogues and the tenants' own context catalogues."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from catalogues.choices import CatalogKind, ImportLayout, VersionStatus
from core.trees import TreeNode
from tenants.models import Tenant


class Catalog(models.Model):
    """A catalogue: global when ``tenant`` is empty, otherwise a tenant's own context catalogue."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    tenant = models.ForeignKey(
        Tenant,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="catalogs",
        verbose_name=_("owning tenant"),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=CatalogKind.choices)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    # The applied version's label, source and date, kept here for display (history in CatalogVersion).
    source = models.CharField(_("source"), max_length=300, blank=True)
    version = models.CharField(_("version"), max_length=50, blank=True)
    issued_on = models.DateField(_("as of"), null=True, blank=True)
    is_example = models.BooleanField(_("example data"), default=False)

    class Meta:
        verbose_name = _("catalogue")
        verbose_name_plural = _("catalogues")
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind"], condition=models.Q(tenant__isnull=True), name="catalog_one_global_per_kind"
            ),
            models.UniqueConstraint(fields=["tenant", "kind"], name="catalog_one_per_kind_and_tenant"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_global(self) -> bool:
        return self.tenant_id is None


class CatalogVersion(models.Model):
    """One imported file of a catalogue: pending while its diff is reviewed, then applied or discarded.

    ``items`` holds the validated entries of the file (see ``catalogues.importers.base.ImportedEntry``);
    ``summary`` the counts of the diff when it was applied.
    """

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    catalog = models.ForeignKey(
        Catalog, on_delete=models.CASCADE, related_name="versions", verbose_name=_("catalogue")
    )
    label = models.CharField(_("version"), max_length=50)
    source = models.CharField(_("source"), max_length=300, blank=True)
    issued_on = models.DateField(_("as of"), null=True, blank=True)
    layout = models.CharField(_("file layout"), max_length=20, choices=ImportLayout.choices)
    file_name = models.CharField(_("file"), max_length=255, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=VersionStatus.choices, default=VersionStatus.PENDING
    )
    items = models.JSONField(_("entries"), default=list, editable=False)
    notices = models.JSONField(_("notices"), default=list, editable=False)
    summary = models.JSONField(_("changes"), default=dict, editable=False)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    applied_at = models.DateTimeField(_("applied"), null=True, blank=True)

    class Meta:
        verbose_name = _("catalogue version")
        verbose_name_plural = _("catalogue versions")
        ordering = ["catalog", "-created_at"]
        indexes = [models.Index(fields=["catalog", "status"], name="catalogversion_catalog_status")]

    def __str__(self) -> str:
        return f"{self.catalog} {self.label}"


class CatalogEntry(TreeNode):
    """An entry of a catalogue (LeiKa service, OZG service, KGSt process, document, law …)."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    catalog = models.ForeignKey(
        Catalog, on_delete=models.CASCADE, related_name="entries", verbose_name=_("catalogue")
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
        verbose_name=_("parent entry"),
    )
    key = models.CharField(_("key"), max_length=40, blank=True)
    name = models.CharField(_("name"), max_length=500)
    description = models.TextField(_("description"), blank=True)
    synonyms = models.JSONField(_("synonyms"), default=list, blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)
    extra = models.JSONField(_("further fields"), default=dict, blank=True)
    # An entry a newer version no longer contains stays, flagged, so links to it are never lost.
    retired_in = models.ForeignKey(
        CatalogVersion,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="retired_entries",
        verbose_name=_("removed in version"),
    )
    is_retired = models.BooleanField(_("removed from the catalogue"), default=False)
    # Stemmed words of key, name, synonyms and description, space-delimited (see catalogues.search).
    search_document = models.TextField(editable=False, blank=True, default="")

    label_fields = ("key", "name")

    class Meta:
        verbose_name = _("catalogue entry")
        verbose_name_plural = _("catalogue entries")
        ordering = ["catalog", "path"]
        indexes = [
            models.Index(fields=["catalog", "key"], name="catalogentry_catalog_key"),
            models.Index(fields=["catalog", "path"], name="catalogentry_catalog_path"),
            models.Index(fields=["catalog", "depth", "key"], name="catalogentry_catalog_depth_key"),
        ]

    def __str__(self) -> str:
        return f"{self.key} {self.name}".strip()
