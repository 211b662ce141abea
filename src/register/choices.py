"""Choices of the process register."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProcessType(models.TextChoices):
    LEADERSHIP = "fuehrung", _("Management process")
    CORE = "kern", _("Core process")
    SUPPORT = "unterstuetzung", _("Support process")


class OzgTopic(models.TextChoices):
    """The 14 Themenfelder of the OZG implementation catalogue."""

    WORK = "arbeit", _("Work & retirement")
    BUILDING = "bauen", _("Building & housing")
    EDUCATION = "bildung", _("Education")
    MIGRATION = "einwanderung", _("Immigration & emigration")
    VOLUNTEERING = "engagement", _("Volunteering & hobbies")
    FAMILY = "familie", _("Family & children")
    RESEARCH = "forschung", _("Research & funding")
    HEALTH = "gesundheit", _("Health")
    MOBILITY = "mobilitaet", _("Mobility & travel")
    LAW = "recht", _("Law & order")
    TAXES = "steuern", _("Taxes & customs")
    ENVIRONMENT = "umwelt", _("Environment")
    BUSINESS = "unternehmen", _("Business management & development")
    CROSS_CUTTING = "querschnitt", _("Cross-cutting")


class Addressee(models.TextChoices):
    CITIZENS = "citizens", _("Citizens")
    BUSINESSES = "businesses", _("Businesses")
    ADMINISTRATION = "administration", _("Administration")


class DigitalisationLevel(models.IntegerChoices):
    """OZG maturity levels."""

    NONE = 0, _("0 – not online")
    INFORMATION = 1, _("1 – information online")
    FORM_DOWNLOAD = 2, _("2 – form to download")
    ONLINE_APPLICATION = 3, _("3 – online application")
    FULLY_DIGITAL = 4, _("4 – fully digital incl. the decision")


class ReleaseStatus(models.IntegerChoices):
    """FIM release status codes."""

    PLANNED = 1, _("1 – in planning")
    IN_PROGRESS = 2, _("2 – in progress")
    DRAFT = 3, _("3 – draft")
    METHODICALLY_RELEASED = 4, _("4 – methodically released")
    RELEASED_SILVER = 5, _("5 – released by the department (silver)")
    RELEASED_GOLD = 6, _("6 – released by the department (gold)")
    INACTIVE = 7, _("7 – inactive")
    TO_BE_DELETED = 8, _("8 – intended for deletion")


class DocumentationState(models.TextChoices):
    OPEN = "open", _("not yet documented")
    DOCUMENTED = "documented", _("documented")
    ANALYSED = "analysed", _("analysed")
    OPTIMISED = "optimised", _("optimised")
    WAIVED = "waived", _("duty waived")


class AttributeType(models.TextChoices):
    TEXT = "text", _("Text")
    LONG_TEXT = "long_text", _("Long text")
    NUMBER = "number", _("Number")
    BOOLEAN = "boolean", _("Yes/no")
    DATE = "date", _("Date")
    CHOICE = "choice", _("Choice")
    MULTIPLE_CHOICE = "multiple_choice", _("Multiple choice")
    LINK = "link", _("Link")
