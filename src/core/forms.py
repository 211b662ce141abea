"""Form helpers shared by all apps."""

from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet


def set_queryset(form: forms.BaseForm, name: str, queryset: QuerySet[Any]) -> None:
    """Give a model choice field its (tenant-scoped) queryset."""
    cast(forms.ModelChoiceField, form.fields[name]).queryset = queryset


def set_choices(form: forms.BaseForm, name: str, choices: list[tuple[Any, Any]]) -> None:
    """Replace the choices of a choice field."""
    cast(forms.ChoiceField, form.fields[name]).choices = choices


def add_service_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a service's ValidationError on the form: at the named field when the form has it, else on top."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            for item in errors:
                form.add_error(field if field in form.fields else None, item)
    else:
        form.add_error(None, error)


def render_selects_in_python(form: forms.BaseForm) -> None:
    """Switch the form's plain selects to ``core.widgets`` (same HTML, far less render time)."""
    from core import widgets

    replacements: dict[type, type] = {
        forms.Select: widgets.Select,
        forms.SelectMultiple: widgets.SelectMultiple,
    }
    for field in form.fields.values():
        replacement = replacements.get(type(field.widget))
        if replacement is not None:
            field.widget.__class__ = replacement  # a subclass that only overrides render()
