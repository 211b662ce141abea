"""The process register: folders, process profiles, custom attributes and the register template."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from catalogues.models import CatalogEntry
from core.trees import TreeNode
from organisation.models import OrgUnit, Position
from register.choices import (
    AttributeType,
    DigitalisationLevel,
    DocumentationState,
    OzgTopic,
    ProcessType,
    ReleaseStatus,
)
from tenants.models import TenantOwned

MAX_CASE_COUNT = 10_000_000
MAX_PROCESSING_MINUTES = 100_000
MAX_LEAD_TIME_DAYS = 3_650


class Folder(TreeNode, TenantOwned):
    """A folder (Ordner) of the register; roots are the tenant's top folders."""

    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("parent folder"),
    )
    name = models.CharField(_("name"), max_length=200)
    position = models.PositiveIntegerField(_("order"), default=0)
    origin_uuid = models.UUIDField(_("origin in template"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("folder")
        verbose_name_plural = _("folders")
        ordering = ["path"]
        indexes = [models.Index(fields=["tenant", "path"], name="folder_tenant_path")]

    def __str__(self) -> str:
        return self.name


class AttributeGroup(TenantOwned):
    """A group of tenant-defined attributes, shown as one section of the profile."""

    name = models.CharField(_("name"), max_length=100)
    position = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("attribute group")
        verbose_name_plural = _("attribute groups")
        ordering = ["position", "name"]
        constraints = [models.UniqueConstraint(fields=["tenant", "name"], name="attributegroup_name_unique")]

    def __str__(self) -> str:
        return self.name


class AttributeDefinition(TenantOwned):
    """A typed attribute the tenant defined; values live in ``ProcessProfile.attributes`` under ``key``."""

    group = models.ForeignKey(
        AttributeGroup, on_delete=models.PROTECT, related_name="definitions", verbose_name=_("group")
    )
    key = models.SlugField(_("technical name"), max_length=50, allow_unicode=False)
    label = models.CharField(_("label"), max_length=100)
    type = models.CharField(_("type"), max_length=20, choices=AttributeType.choices)
    choices = models.JSONField(_("choices"), default=list, blank=True)
    required = models.BooleanField(_("required"), default=False)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)
    position = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("attribute")
        verbose_name_plural = _("attributes")
        ordering = ["group__position", "position", "label"]
        constraints = [
            models.UniqueConstraint(fields=["tenant", "key"], name="attributedefinition_key_unique")
        ]

    def __str__(self) -> str:
        return self.label


class ProcessProfile(TenantOwned):
    """A process profile (Prozesssteckbrief): the structured fact sheet of one process."""

    # Identity
    number = models.CharField(_("process number"), max_length=30)
    name = models.CharField(_("name"), max_length=300)
    short_description = models.TextField(_("short description"), blank=True, max_length=5000)
    process_type = models.CharField(
        _("process type"), max_length=20, choices=ProcessType.choices, default=ProcessType.CORE
    )
    folder = models.ForeignKey(
        Folder,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="profiles",
        verbose_name=_("folder"),
    )
    # Responsibility
    owner_unit = models.ForeignKey(
        OrgUnit,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="owned_profiles",
        verbose_name=_("responsible unit"),
    )
    participating_units = models.ManyToManyField(
        OrgUnit, blank=True, related_name="participating_profiles", verbose_name=_("participating units")
    )
    process_owner = models.ForeignKey(
        Position,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_profiles",
        verbose_name=_("process owner (position)"),
    )
    # Content
    trigger = models.TextField(_("trigger"), blank=True, max_length=2000)
    result = models.TextField(_("result"), blank=True, max_length=2000)
    addressees = models.JSONField(_("addressees"), default=list, blank=True)
    inputs = models.TextField(_("inputs"), blank=True, max_length=2000)
    predecessors = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="successors",
        verbose_name=_("preceding processes"),
    )
    catalog_entries: "models.ManyToManyField[CatalogEntry, CatalogLink]" = models.ManyToManyField(
        CatalogEntry,
        through="CatalogLink",
        blank=True,
        related_name="profiles",
        verbose_name=_("catalogue links"),
    )
    ozg_topic = models.CharField(_("OZG topic"), max_length=20, choices=OzgTopic.choices, blank=True)
    # Figures
    case_count = models.PositiveIntegerField(
        _("cases per year"), null=True, blank=True, validators=[MaxValueValidator(MAX_CASE_COUNT)]
    )
    processing_minutes = models.PositiveIntegerField(
        _("processing time (minutes per case)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PROCESSING_MINUTES)],
    )
    lead_time_days = models.PositiveIntegerField(
        _("lead time (days)"), null=True, blank=True, validators=[MaxValueValidator(MAX_LEAD_TIME_DAYS)]
    )
    digitalisation_level = models.PositiveSmallIntegerField(
        _("digitalisation level"), null=True, blank=True, choices=DigitalisationLevel.choices
    )
    online_assistant = models.BooleanField(_("online application assistant available"), default=False)
    online_assistant_url = models.URLField(_("link to the online assistant"), max_length=500, blank=True)
    recommended = models.BooleanField(_("recommended by the digital pilots"), default=False)
    # Prioritisation
    relevant = models.BooleanField(_("relevant"), default=True)
    score = models.DecimalField(_("utility score"), max_digits=5, decimal_places=2, null=True, blank=True)
    manual_priority = models.PositiveSmallIntegerField(
        _("manual priority"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(999)]
    )
    priority_reason = models.CharField(_("reason for the manual priority"), max_length=500, blank=True)
    # Governance
    release_status = models.PositiveSmallIntegerField(
        _("release status"), choices=ReleaseStatus.choices, default=ReleaseStatus.PLANNED
    )
    version = models.CharField(_("version"), max_length=20, default="1.0")
    last_review = models.DateField(_("last review"), null=True, blank=True)
    next_review = models.DateField(_("next review"), null=True, blank=True)
    documentation_state = models.CharField(
        _("documentation state"),
        max_length=20,
        choices=DocumentationState.choices,
        default=DocumentationState.OPEN,
    )
    waiver_reason = models.TextField(
        _("reason the documentation duty is waived"), blank=True, max_length=2000
    )
    # Tenant-defined attributes, validated against AttributeDefinition.
    attributes = models.JSONField(_("further attributes"), default=dict, blank=True)
    # Where the profile came from, for later template updates.
    origin_uuid = models.UUIDField(_("origin in template"), null=True, blank=True, editable=False)
    origin_version = models.ForeignKey(
        "TemplateVersion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("template version"),
    )
    # Stemmed words for full-text search (see register.search).
    search_document = models.TextField(editable=False, blank=True, default="")

    label_fields = ("number", "name")  # its label in select fields (core.forms.RowChoiceField)

    class Meta:
        verbose_name = _("process profile")
        verbose_name_plural = _("process profiles")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["tenant", "number"], name="profile_number_unique_per_tenant"),
            models.CheckConstraint(
                condition=models.Q(digitalisation_level__isnull=True) | models.Q(digitalisation_level__lte=4),
                name="profile_digitalisation_level_range",
            ),
            models.CheckConstraint(
                condition=models.Q(release_status__gte=1, release_status__lte=8),
                name="profile_release_status_range",
            ),
        ]
        indexes = [
            models.Index(fields=["tenant", "relevant", "number"], name="profile_tenant_relevant_number"),
            models.Index(fields=["tenant", "name"], name="profile_tenant_name"),
            models.Index(fields=["tenant", "ozg_topic"], name="profile_tenant_topic"),
            models.Index(fields=["tenant", "owner_unit"], name="profile_tenant_unit"),
            models.Index(fields=["tenant", "case_count"], name="profile_tenant_case_count"),
            models.Index(fields=["tenant", "relevant", "score"], name="profile_tenant_relevant_score"),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.name}"

    @property
    def annual_workload_minutes(self) -> int | None:
        """Fallzahl × Bearbeitungszeit, or None while a figure is missing."""
        if self.case_count is None or self.processing_minutes is None:
            return None
        return self.case_count * self.processing_minutes


class CatalogLink(TenantOwned):
    """A link from a profile to a catalogue entry (LeiKa, OZG, KGSt, SRH, documents, laws …)."""

    profile = models.ForeignKey(
        ProcessProfile,
        on_delete=models.CASCADE,
        related_name="catalog_links",
        verbose_name=_("process profile"),
    )
    entry = models.ForeignKey(
        CatalogEntry,
        on_delete=models.PROTECT,
        related_name="profile_links",
        verbose_name=_("catalogue entry"),
    )

    class Meta:
        verbose_name = _("catalogue link")
        verbose_name_plural = _("catalogue links")
        ordering = ["profile", "entry"]
        constraints = [models.UniqueConstraint(fields=["profile", "entry"], name="cataloglink_unique")]

    def __str__(self) -> str:
        return f"{self.profile} → {self.entry}"


class RegisterTemplate(TenantOwned):
    """A Musterprozessregister, published by a tenant (the state-level team) for others to instantiate."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    is_example = models.BooleanField(_("example data"), default=False)

    class Meta:
        verbose_name = _("register template")
        verbose_name_plural = _("register templates")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TemplateVersion(models.Model):
    """An immutable, published snapshot of a template's register (JSON)."""

    template = models.ForeignKey(
        RegisterTemplate, on_delete=models.CASCADE, related_name="versions", verbose_name=_("template")
    )
    uuid = models.UUIDField(unique=True, editable=False)
    number = models.PositiveIntegerField(_("version"))
    note = models.CharField(_("release note"), max_length=500, blank=True)
    published_at = models.DateTimeField(_("published"), auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("published by"),
    )
    profile_count = models.PositiveIntegerField(_("process profiles"), default=0)
    snapshot = models.JSONField(_("content"), editable=False)

    class Meta:
        verbose_name = _("template version")
        verbose_name_plural = _("template versions")
        ordering = ["template", "-number"]
        constraints = [models.UniqueConstraint(fields=["template", "number"], name="templateversion_unique")]

    def __str__(self) -> str:
        return f"{self.template} v{self.number}"


class TemplateInstance(TenantOwned):
    """Records that a tenant's register was created from a template version."""

    version = models.ForeignKey(
        TemplateVersion,
        on_delete=models.PROTECT,
        related_name="instances",
        verbose_name=_("template version"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )

    class Meta:
        verbose_name = _("register created from a template")
        verbose_name_plural = _("registers created from templates")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.tenant} ← {self.version}"
