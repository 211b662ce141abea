"""Tenants (authorities), their members, and the base class of every tenant-owned row."""

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.scoping import ScopedManager, ScopedQuerySet
from tenants.choices import Role, SizeClass, TenantKind


class Tenant(models.Model):
    """An authority (Behörde) using the platform; every domain row belongs to exactly one."""

    slug = models.SlugField(_("short name in addresses"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=30, choices=TenantKind.choices, default=TenantKind.MUNICIPALITY
    )
    size_class = models.CharField(_("size class"), max_length=12, choices=SizeClass.choices, blank=True)
    municipality_key = models.CharField(
        _("official municipality key (AGS)"), max_length=8, blank=True, help_text=_("Eight digits.")
    )
    is_template_publisher = models.BooleanField(
        _("publishes register templates"),
        default=False,
        help_text=_("State-level teams that maintain a Musterprozessregister."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("tenant")
        verbose_name_plural = _("tenants")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A user's role in one tenant; a user may belong to several tenants."""

    tenant = models.ForeignKey(
        Tenant, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("tenant")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("user")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.VIEWER)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["tenant__name", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["tenant", "user"], name="membership_unique_per_tenant")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.tenant} ({self.get_role_display()})"

    def has_role(self, role: Role) -> bool:
        """Whether this membership grants at least ``role``."""
        return Role(self.role).includes(role)


class TenantQuerySet(ScopedQuerySet[Any]):
    """Queryset of tenant-owned rows; must be limited with ``for_tenant``."""

    def for_tenant(self, tenant: "Tenant | int") -> "TenantQuerySet":
        return self.for_scope(tenant)


class TenantManager(ScopedManager[Any]):
    """Default manager of tenant-owned models."""

    def get_queryset(self) -> TenantQuerySet:
        return TenantQuerySet(self.model, using=self._db, hints=self._hints)  # type: ignore[attr-defined]

    def for_tenant(self, tenant: "Tenant | int") -> TenantQuerySet:
        return self.get_queryset().for_tenant(tenant)


class TenantOwned(models.Model):
    """Base of every tenant-owned model: non-null tenant, public UUID, timestamps, scoped manager."""

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="+", verbose_name=_("tenant"))
    uuid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    # Django's own machinery (unique checks, related managers, admin) uses the first manager; project
    # code queries through ``objects``, which refuses to run without a tenant.
    all_tenants = models.Manager()
    objects = TenantManager()

    class Meta:
        abstract = True


class LoginFailure(models.Model):
    """A failed login, kept for the throttling window (shared by all app processes via the database)."""

    username = models.CharField(_("user name"), max_length=150, db_index=True)
    address = models.GenericIPAddressField(_("IP address"), null=True, blank=True, db_index=True)
    at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("failed login")
        verbose_name_plural = _("failed logins")
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.username} {self.address} {self.at:%Y-%m-%d %H:%M}"
