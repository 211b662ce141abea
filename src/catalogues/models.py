"""Catalogues (Prozesskontexte): global public catalogues and the tenants' own context catalogues."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from catalogues.choices import CatalogKind
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
    source = models.CharField(_("source"), max_length=300, blank=True)
    version = models.CharField(_("version"), max_length=50, blank=True)
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

    class Meta:
        verbose_name = _("catalogue entry")
        verbose_name_plural = _("catalogue entries")
        ordering = ["catalog", "path"]
        indexes = [
            models.Index(fields=["catalog", "key"], name="catalogentry_catalog_key"),
            models.Index(fields=["catalog", "path"], name="catalogentry_catalog_path"),
        ]

    def __str__(self) -> str:
        return f"{self.key} {self.name}".strip()
