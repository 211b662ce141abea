"""The organigram: organisational units and positions (Stellen)."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.trees import TreeNode
from organisation.choices import OrgUnitKind
from tenants.models import TenantOwned


class OrgUnit(TreeNode, TenantOwned):
    """An organisational unit (Organisationseinheit) in the tenant's organigram."""

    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("parent unit"),
    )
    name = models.CharField(_("name"), max_length=200)
    short_code = models.CharField(_("short code"), max_length=20, blank=True)
    kind = models.CharField(
        _("level"), max_length=20, choices=OrgUnitKind.choices, default=OrgUnitKind.OFFICE
    )
    position = models.PositiveIntegerField(_("order"), default=0)
    origin_uuid = models.UUIDField(_("origin in template"), null=True, blank=True, editable=False)

    label_fields = ("short_code", "name")

    class Meta:
        verbose_name = _("organisational unit")
        verbose_name_plural = _("organisational units")
        ordering = ["path"]
        indexes = [models.Index(fields=["tenant", "path"], name="orgunit_tenant_path")]
        constraints = [
            models.UniqueConstraint(
                fields=["tenant", "short_code"],
                condition=~models.Q(short_code=""),
                name="orgunit_short_code_unique_per_tenant",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.short_code} {self.name}".strip()


class Position(TenantOwned):
    """A position (Stelle) in an organisational unit; processes name positions, not persons."""

    unit = models.ForeignKey(
        OrgUnit, on_delete=models.CASCADE, related_name="positions", verbose_name=_("organisational unit")
    )
    name = models.CharField(_("name"), max_length=200)
    pay_group = models.CharField(_("pay group"), max_length=20, blank=True)
    fte = models.DecimalField(
        _("full-time equivalents"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("1.00"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("999"))],
    )

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        ordering = ["unit__path", "name"]

    def __str__(self) -> str:
        return self.name
