"""Form helpers shared by all apps."""

from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.forms.models import ModelChoiceIterator


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
    """Switch plain selects and checkbox groups to ``core.widgets`` (same HTML, less render time)."""
    from core import widgets

    replacements: dict[type, type] = {
        forms.Select: widgets.Select,
        forms.SelectMultiple: widgets.SelectMultiple,
        forms.CheckboxSelectMultiple: widgets.CheckboxSelectMultiple,
    }
    for field in form.fields.values():
        replacement = replacements.get(type(field.widget))
        if replacement is not None:
            field.widget.__class__ = replacement  # a subclass that only overrides render()


class TreeChoiceIterator(ModelChoiceIterator):
    """Choices of tree nodes read as (value, depth, label fields) rows: no model instance per option.

    The label is the node's ``label_fields`` joined by a space, indented by one em space per level.
    """

    def __iter__(self) -> Any:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        assert self.queryset is not None
        value_field = self.field.to_field_name or "pk"
        label_fields = self.queryset.model.label_fields
        for value, depth, *parts in self.queryset.values_list(value_field, "depth", *label_fields):
            yield (str(value), "\u2003" * depth + " ".join(str(p) for p in parts if p))


class TreeChoiceField(forms.ModelChoiceField):
    """A choice of one tree node (folder, org unit), shown indented in tree order."""

    iterator = TreeChoiceIterator


class TreeMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A choice of several tree nodes, shown indented in tree order."""

    iterator = TreeChoiceIterator
