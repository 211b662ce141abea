"""Form widgets that render their options in Python.

Django renders every ``<option>`` of a select through templates (one template include per option and one
for its attributes) after building a dict per option. For the selects of tree nodes (folders, org units)
and of processes, which have hundreds of options, that was most of a page's render time. These widgets
produce the same HTML — the attributes Django computes for the ``<select>`` (``id``, ``aria-describedby``,
``aria-invalid``, ``multiple``, ``required``) included — and escape every value and label.
"""

from typing import Any

from django import forms
from django.forms.utils import flatatt
from django.utils.safestring import SafeString, mark_safe

from core.html import esc


class PythonRenderedSelectMixin:
    """Render ``<select>`` and its options without a template per option."""

    allow_multiple_selected: bool
    choices: Any

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        final_attrs = self.build_attrs(self.attrs, attrs)  # type: ignore[attr-defined]
        if self.allow_multiple_selected:
            final_attrs["multiple"] = True
        selected = set(self.format_value(value))  # type: ignore[attr-defined]
        parts = [f'<select name="{esc(name)}"{flatatt(final_attrs)}>']
        for option_value, label in self.choices:
            if isinstance(label, list | tuple):
                parts.append(f'<optgroup label="{esc(option_value)}">')
                parts.extend(self._option(value, text, selected) for value, text in label)
                parts.append("</optgroup>")
            else:
                parts.append(self._option(option_value, label, selected))
        parts.append("</select>")
        return mark_safe("".join(parts))  # every value and label above is escaped

    def _option(self, value: Any, label: Any, selected: set[str]) -> str:
        text = "" if value is None else str(value)
        # Like Django: once one option of a single select is selected, later equal values are not.
        is_selected = text in selected
        if is_selected and not self.allow_multiple_selected:
            selected.discard(text)
        marker = " selected" if is_selected else ""
        return f'<option value="{esc(text)}"{marker}>{esc(label)}</option>'


class CheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes for a multiple choice, rendered without a template per box (same HTML as Django's)."""

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        group_id = widget["attrs"].get("id")
        parts = ["<div"]
        if group_id:
            parts.append(f' id="{esc(group_id)}"')
        if widget["attrs"].get("class"):
            parts.append(f' class="{esc(widget["attrs"]["class"])}"')
        parts.append(">")
        for group, options, _index in widget["optgroups"]:
            if group:
                parts.append(f"<div><label>{esc(group)}</label>")
            for option in options:
                value_attr = "" if option["value"] is None else f' value="{esc(option["value"])}"'
                box = (
                    f'<input type="{esc(option["type"])}" name="{esc(option["name"])}"'
                    f"{value_attr}{flatatt(option['attrs'])}>"
                )
                option_id = option["attrs"].get("id")
                label_for = f' for="{esc(option_id)}"' if option_id else ""
                parts.append(f"<div><label{label_for}>{box} {esc(option['label'])}</label></div>")
            if group:
                parts.append("</div>")
        parts.append("</div>")
        return mark_safe("".join(parts))  # every value and label above is escaped


class Select(PythonRenderedSelectMixin, forms.Select):
    """A single-choice select for many options."""


class SelectMultiple(PythonRenderedSelectMixin, forms.SelectMultiple):
    """A multiple-choice select for many options."""
