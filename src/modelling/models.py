"""Process models (BPMN so far) attached to profiles, and their immutable versions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelling.choices import ModelKind, VersionSource
from register.models import ProcessProfile
from tenants.models import TenantOwned


class ProcessModel(TenantOwned):
    """A diagram of how a profile's process runs; its content lives in its versions, the newest is current."""

    profile = models.ForeignKey(
        ProcessProfile, on_delete=models.CASCADE, related_name="process_models", verbose_name=_("process")
    )
    kind = models.CharField(_("notation"), max_length=20, choices=ModelKind.choices, default=ModelKind.BPMN)
    name = models.CharField(_("name"), max_length=300)
    is_main = models.BooleanField(_("main model"), default=False)
    # The participant or process of the file this model stands for (imports that create one profile each).
    focus_element = models.CharField(_("shown element"), max_length=255, blank=True)
    # The newest version's number; a new save must name it (a concurrent save is refused, not overwritten).
    version_count = models.PositiveIntegerField(_("versions"), default=0)

    class Meta:
        verbose_name = _("process model")
        verbose_name_plural = _("process models")
        ordering = ["-is_main", "name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["profile"], condition=models.Q(is_main=True), name="processmodel_one_main_per_profile"
            )
        ]
        indexes = [models.Index(fields=["tenant", "profile"], name="processmodel_tenant_profile")]

    def __str__(self) -> str:
        return self.name


class ModelVersion(TenantOwned):
    """One saved state of a model: its XML, a sanitised picture and the check's findings; never changed."""

    model = models.ForeignKey(
        ProcessModel, on_delete=models.CASCADE, related_name="versions", verbose_name=_("model")
    )
    number = models.PositiveIntegerField(_("version"))
    xml = models.TextField(_("BPMN XML"))
    svg = models.TextField(_("picture (SVG)"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )
    comment = models.CharField(_("comment"), max_length=500, blank=True)
    source = models.CharField(_("source"), max_length=20, choices=VersionSource.choices)
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    restored_from = models.PositiveIntegerField(_("restored from version"), null=True, blank=True)
    # Schema and semantic findings: [{"code", "message", "element_id", "element_name", "line"}, …]
    findings = models.JSONField(_("findings"), default=list, blank=True)
    # What the file holds: shapes, edges, diagrams [{id, name, shapes, edges}], processes, title, …
    summary = models.JSONField(_("summary"), default=dict, blank=True)

    class Meta:
        verbose_name = _("model version")
        verbose_name_plural = _("model versions")
        ordering = ["model", "-number"]
        constraints = [models.UniqueConstraint(fields=["model", "number"], name="modelversion_number_unique")]

    def __str__(self) -> str:
        return f"{self.model} v{self.number}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise ValueError("A model version is immutable; save a new one instead.")
        super().save(*args, **kwargs)  # type: ignore[arg-type]
