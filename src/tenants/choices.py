"""Choices of the tenants app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TenantKind(models.TextChoices):
    MUNICIPALITY = "gemeinde", _("Municipality")
    TOWN = "stadt", _("Town")
    ADMINISTRATIVE_ASSOCIATION = "verwaltungsverband", _("Administrative association")
    DISTRICT = "landkreis", _("District")
    STATE_AGENCY = "landesbehoerde", _("State agency")
    UNIVERSITY = "hochschule", _("University")


class SizeClass(models.TextChoices):
    """Size classes (Größenklassen) of the KGSt by inhabitants."""

    GK_5000 = "GK-5000", _("GK-5000 (up to 5,000 inhabitants)")
    GK_5000_V = "GK-5000-V", _("GK-5000-V (up to 5,000, member of an association)")
    GK_10000 = "GK-10000", _("GK-10000 (5,001 to 10,000 inhabitants)")
    GK_20000 = "GK-20000", _("GK-20000 (10,001 to 20,000 inhabitants)")
    GK_50000 = "GK-50000", _("GK-50000 (20,001 to 50,000 inhabitants)")
    GK_100000 = "GK-100000", _("GK-100000 (50,001 to 100,000 inhabitants)")
    GK_100001 = "GK-100001", _("GK-100001 (more than 100,000 inhabitants)")


class Role(models.TextChoices):
    """Roles of a member; each role includes the rights of the roles listed before it."""

    VIEWER = "viewer", _("Viewer")
    REVIEWER = "reviewer", _("Reviewer")
    MODELLER = "modeller", _("Modeller")
    ADMINISTRATOR = "administrator", _("Administrator")

    @property
    def rank(self) -> int:
        return ROLE_RANK[self]

    def includes(self, other: "Role") -> bool:
        """Whether this role has at least the rights of ``other``."""
        return ROLE_RANK[self] >= ROLE_RANK[other]


ROLE_RANK = {Role.VIEWER: 10, Role.REVIEWER: 20, Role.MODELLER: 30, Role.ADMINISTRATOR: 40}
