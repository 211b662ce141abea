"""Choices of the catalogues app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CatalogKind(models.TextChoices):
    # Global catalogues, maintained by platform administrators, read by every tenant.
    LEIKA = "leika", _("LeiKa service catalogue")
    OZG = "ozg", _("OZG implementation catalogue")
    KGST = "kgst", _("KGSt process catalogue")
    SRH = "srh", _("SRH task catalogue")
    PRODUCT = "product", _("Product plan")
    # Context catalogues owned by one tenant.
    DOCUMENTS = "documents", _("Documents")
    IT_SYSTEMS = "it_systems", _("IT systems and software")
    LEGAL_BASES = "legal_bases", _("Legal bases")
    EXTERNAL_PARTIES = "external_parties", _("External parties")


GLOBAL_KINDS = frozenset(
    {CatalogKind.LEIKA, CatalogKind.OZG, CatalogKind.KGST, CatalogKind.SRH, CatalogKind.PRODUCT}
)
CONTEXT_KINDS = frozenset(
    {CatalogKind.DOCUMENTS, CatalogKind.IT_SYSTEMS, CatalogKind.LEGAL_BASES, CatalogKind.EXTERNAL_PARTIES}
)


class VersionStatus(models.TextChoices):
    PENDING = "pending", _("awaiting review")
    APPLIED = "applied", _("applied")
    DISCARDED = "discarded", _("discarded")


class ImportLayout(models.TextChoices):
    """The file layouts the importers read (see catalogues/importers/)."""

    LEIKA = "leika", _("LeiKa CSV (FIM portal)")
    OZG = "ozg", _("OZG implementation catalogue (CSV or XLSX)")
    HIERARCHICAL = "hierarchical", _("Hierarchical list (CSV or XLSX)")
    CONTEXT = "context", _("Context catalogue list (CSV or XLSX)")


# LeiKa Typisierung: 1 federal rules and execution; 2 and 3 federal rules, executed by the Land (2) or the
# municipalities (3); 4 Land rules, executed by the Land or the municipalities; 5 municipal rules and
# execution. Sub-codes ("2a", "4b") and combinations ("2/3") refine them. Municipalities execute 3, 4 and 5.
LEIKA_TYPES = ("1", "2", "3", "4", "5")
MUNICIPAL_LEIKA_TYPES = ("3", "4", "5")
