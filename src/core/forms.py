"""Form helpers shared by all apps."""

from typing import Any, cast

from django import forms
from django.db.models import QuerySet


def set_queryset(form: forms.BaseForm, name: str, queryset: QuerySet[Any]) -> None:
    """Give a model choice field its (tenant-scoped) queryset."""
    cast(forms.ModelChoiceField, form.fields[name]).queryset = queryset


def set_choices(form: forms.BaseForm, name: str, choices: list[tuple[Any, Any]]) -> None:
    """Replace the choices of a choice field."""
    cast(forms.ChoiceField, form.fields[name]).choices = choices
