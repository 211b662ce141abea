"""Tenant-defined attributes: their definitions and the validation of their values."""

import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import ProtectedError
from django.utils.text import slugify
from django.utils.translation import gettext as _

from register.choices import AttributeType
from register.hooks import attribute_change_problems, profiles_changed
from register.models import AttributeDefinition, AttributeGroup, ProcessProfile
from tenants.models import Tenant

MAX_TEXT = 500
MAX_LONG_TEXT = 10_000
MAX_CHOICES = 100
MAX_NUMBER = Decimal("1e12")


def definitions_for(tenant: Tenant) -> list[AttributeDefinition]:
    """The tenant's attribute definitions in display order, with their groups."""
    return list(AttributeDefinition.objects.for_tenant(tenant).select_related("group"))


def clean_attribute_value(definition: AttributeDefinition, value: Any) -> Any:
    """Validate and normalise one value for storage in JSON; None means empty."""
    if value in (None, "", [], ()):
        if definition.required:
            raise ValidationError(_("“%(label)s” is required.") % {"label": definition.label})
        return None
    kind = definition.type
    if kind in (AttributeType.TEXT, AttributeType.LONG_TEXT):
        text = str(value).strip()
        limit = MAX_TEXT if kind == AttributeType.TEXT else MAX_LONG_TEXT
        if len(text) > limit:
            raise ValidationError(
                _("“%(label)s” may have at most %(limit)d characters.")
                % {"label": definition.label, "limit": limit}
            )
        return text
    if kind == AttributeType.NUMBER:
        try:
            number = Decimal(str(value).replace(",", "."))
        except InvalidOperation:
            raise ValidationError(_("“%(label)s” must be a number.") % {"label": definition.label}) from None
        if not number.is_finite() or abs(number) >= MAX_NUMBER:
            raise ValidationError(_("“%(label)s” must be a number.") % {"label": definition.label})
        return int(number) if number == number.to_integral_value() else float(number)
    if kind == AttributeType.BOOLEAN:
        if isinstance(value, bool):
            return value
        if str(value).lower() in {"true", "1", "ja", "yes"}:
            return True
        if str(value).lower() in {"false", "0", "nein", "no"}:
            return False
        raise ValidationError(_("“%(label)s” must be yes or no.") % {"label": definition.label})
    if kind == AttributeType.DATE:
        if isinstance(value, datetime.date):
            return value.isoformat()
        try:
            return datetime.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise ValidationError(_("“%(label)s” must be a date.") % {"label": definition.label}) from None
    if kind == AttributeType.CHOICE:
        if str(value) not in definition.choices:
            raise ValidationError(
                _("“%(value)s” is not a choice of “%(label)s”.") % {"value": value, "label": definition.label}
            )
        return str(value)
    if kind == AttributeType.MULTIPLE_CHOICE:
        values = list(value) if isinstance(value, list | tuple | set) else [value]
        unknown = [v for v in values if str(v) not in definition.choices]
        if unknown:
            raise ValidationError(
                _("“%(value)s” is not a choice of “%(label)s”.")
                % {"value": unknown[0], "label": definition.label}
            )
        return [str(v) for v in values]
    if kind == AttributeType.LINK:
        link = str(value).strip()
        try:
            URLValidator(schemes=["http", "https"])(link)
        except ValidationError:
            raise ValidationError(
                _("“%(label)s” must be a web address starting with https://.") % {"label": definition.label}
            ) from None
        return link
    raise ValidationError(_("Unknown attribute type."))


def clean_attributes(*, tenant: Tenant, values: dict[str, Any]) -> dict[str, Any]:
    """Validate all values against the tenant's definitions; errors are collected per attribute key."""
    definitions = {d.key: d for d in definitions_for(tenant)}
    errors: dict[str, list[ValidationError]] = {}
    cleaned: dict[str, Any] = {}
    unknown = set(values) - set(definitions)
    if unknown:
        raise ValidationError(_("Unknown attributes: %(keys)s") % {"keys": ", ".join(sorted(unknown))})
    for key, definition in definitions.items():
        try:
            value = clean_attribute_value(definition, values.get(key))
        except ValidationError as error:
            errors[key] = [error]
            continue
        if value is not None:
            cleaned[key] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


def _clean_choices(kind: str, choices: list[str]) -> list[str]:
    cleaned = list(dict.fromkeys(c.strip() for c in choices if c.strip()))
    if kind in (AttributeType.CHOICE, AttributeType.MULTIPLE_CHOICE):
        if not cleaned:
            raise ValidationError({"choices": _("Give at least one choice, one per line.")})
        if len(cleaned) > MAX_CHOICES:
            raise ValidationError(
                {"choices": _("An attribute may have at most %(n)d choices.") % {"n": MAX_CHOICES}}
            )
        if any(len(c) > 100 for c in cleaned):
            raise ValidationError({"choices": _("A choice may have at most 100 characters.")})
        return cleaned
    return []


@transaction.atomic
def attribute_group_create(*, tenant: Tenant, name: str, position: int = 0) -> AttributeGroup:
    """Create an attribute group."""
    group = AttributeGroup(tenant=tenant, name=name.strip(), position=position)
    group.full_clean()
    group.save()
    return group


@transaction.atomic
def attribute_definition_save(
    *,
    tenant: Tenant,
    definition: AttributeDefinition | None,
    group: AttributeGroup,
    label: str,
    type: str,
    choices: list[str],
    required: bool,
    help_text: str = "",
    position: int = 0,
) -> AttributeDefinition:
    """Create or change an attribute definition; the type of a used attribute cannot change."""
    if group.tenant_id != tenant.pk:
        raise ValidationError({"group": _("Unknown group.")})
    if definition is None:
        base = slugify(label).replace("-", "_")[:40] or "attribut"
        key, n = base, 2
        while AttributeDefinition.objects.for_tenant(tenant).filter(key=key).exists():
            key, n = f"{base}_{n}", n + 1
        definition = AttributeDefinition(tenant=tenant, key=key)
    elif definition.type != type and _is_used(tenant, definition.key):
        raise ValidationError({"type": _("The type of an attribute that has values cannot be changed.")})
    elif definition.type != type:
        problems = attribute_change_problems(tenant=tenant, definition=definition, new_type=type)
        if problems:
            raise ValidationError({"type": problems})
    definition.group, definition.label, definition.type = group, label.strip(), type
    definition.choices = _clean_choices(type, choices)
    definition.required, definition.help_text, definition.position = required, help_text.strip(), position
    is_new = definition.pk is None
    definition.full_clean()
    definition.save()
    if not is_new:  # a changed choice list may change how profiles score on this attribute
        profiles_changed(tenant=tenant, profile_ids=None)
    return definition


def _is_used(tenant: Tenant, key: str) -> bool:
    return ProcessProfile.objects.for_tenant(tenant).filter(attributes__has_key=key).exists()


@transaction.atomic
def attribute_definition_delete(*, tenant: Tenant, definition: AttributeDefinition) -> int:
    """Delete a definition and remove its values from every profile; returns how many profiles changed."""
    profiles = list(ProcessProfile.objects.for_tenant(tenant).filter(attributes__has_key=definition.key))
    for profile in profiles:
        profile.attributes.pop(definition.key, None)
    ProcessProfile.objects.for_tenant(tenant).bulk_update(profiles, ["attributes"], batch_size=500)
    try:
        definition.delete()
    except ProtectedError as error:
        users = ", ".join(sorted({str(obj) for obj in error.protected_objects}))
        raise ValidationError(
            _("The attribute is used by %(users)s. Remove it there first; nothing was deleted.")
            % {"users": users}
        ) from None
    profiles_changed(tenant=tenant, profile_ids=[p.pk for p in profiles])
    return len(profiles)
