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
