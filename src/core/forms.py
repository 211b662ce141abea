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


class RowChoiceIterator(ModelChoiceIterator):
    """Choices read as value rows (value, label fields[, depth]): no model instance per option.

    The label is the model's ``label_fields`` joined by a space; tree nodes (models with ``depth``) are
    indented by one em space per level. For selects of hundreds of folders, units or processes.
    """

    def __iter__(self) -> Any:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        assert self.queryset is not None
        model = self.queryset.model
        value_field = self.field.to_field_name or "pk"
        depth_field = ["depth"] if any(f.name == "depth" for f in model._meta.concrete_fields) else []
        label_fields = model.label_fields
        for value, *rest in self.queryset.values_list(value_field, *depth_field, *label_fields):
            indent = "\u2003" * rest.pop(0) if depth_field else ""
            yield (str(value), indent + " ".join(str(part) for part in rest if part))


class RowChoiceField(forms.ModelChoiceField):
    """A choice of one object among many (folder, org unit, process), options read as value rows."""

    iterator = RowChoiceIterator


class RowMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A choice of several objects among many, options read as value rows."""

    iterator = RowChoiceIterator
