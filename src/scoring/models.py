"""The Nutzwert-Score: one scoring scheme per tenant, made of weighted criteria with a points mapping.

The score itself is stored on ``register.ProcessProfile.score`` for fast sorting; ``scoring.services`` keeps
it fresh. How a criterion's points are stored (``Criterion.points``) depends on its mapping:

- bands: ``{"bands": [[from_value, points], …]}``, ascending; a value scores the points of the last band it
  reaches (values below the first band score the first band's points);
- levels (Digitalisierungsgrad): ``{"0": points, …, "4": points}``;
- yes/no: ``{"yes": points, "no": points}``;
- choices: ``{choice: points, …}`` for every choice of the attribute.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from register.models import AttributeDefinition
from scoring.choices import CriterionKind
from tenants.models import TenantOwned


class ScoringScheme(TenantOwned):
    """A tenant's Nutzwert-Score: its criteria, and a method note for the printed report."""

    note = models.TextField(_("method note"), blank=True, max_length=3000)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("changed by"),
    )

    class Meta:
        verbose_name = _("scoring scheme")
        verbose_name_plural = _("scoring schemes")
        ordering = ["tenant"]
        constraints = [models.UniqueConstraint(fields=["tenant"], name="scoring_scheme_one_per_tenant")]

    def __str__(self) -> str:
        return str(_("Utility score scheme"))


class Criterion(TenantOwned):
    """One weighted criterion of a scheme; weights of a scheme add up to 100 (per cent)."""

    scheme = models.ForeignKey(
        ScoringScheme, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("scheme")
    )
    kind = models.CharField(_("criterion"), max_length=30, choices=CriterionKind.choices)
    # An attribute in use by a criterion cannot be deleted: the score would silently change.
    attribute = models.ForeignKey(
        AttributeDefinition,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("attribute"),
    )
    weight = models.PositiveSmallIntegerField(_("weight (per cent)"), validators=[MaxValueValidator(100)])
    points = models.JSONField(_("points"), default=dict)
    missing_points = models.PositiveSmallIntegerField(
        _("points when not yet collected"), default=50, validators=[MaxValueValidator(100)]
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["scheme", "position", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(weight__lte=100), name="criterion_weight_at_most_100"),
            models.CheckConstraint(
                condition=models.Q(missing_points__lte=100), name="criterion_missing_points_at_most_100"
            ),
            models.CheckConstraint(
                condition=models.Q(kind=CriterionKind.ATTRIBUTE, attribute__isnull=False)
                | (~models.Q(kind=CriterionKind.ATTRIBUTE) & models.Q(attribute__isnull=True)),
                name="criterion_attribute_only_for_attribute_kind",
            ),
            models.UniqueConstraint(
                fields=["scheme", "kind"],
                condition=~models.Q(kind=CriterionKind.ATTRIBUTE),
                name="criterion_kind_once_per_scheme",
            ),
            models.UniqueConstraint(
                fields=["scheme", "attribute"],
                condition=models.Q(attribute__isnull=False),
                name="criterion_attribute_once_per_scheme",
            ),
        ]
        indexes = [models.Index(fields=["tenant", "scheme"], name="criterion_tenant_scheme")]

    def __str__(self) -> str:
        label = self.attribute.label if self.attribute_id and self.attribute else self.get_kind_display()
        return str(_("criterion “%(label)s” of the utility score") % {"label": label})
