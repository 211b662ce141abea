"""Forms of the organigram."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import RowChoiceField, render_selects_in_python, set_queryset
from organisation.choices import OrgUnitKind
from organisation.models import OrgUnit
from tenants.models import Tenant


class OrgUnitForm(forms.Form):
    """Add, rename or move a unit."""

    name = forms.CharField(label=_("Name"), max_length=200)
    short_code = forms.CharField(label=_("Short code"), max_length=20, required=False)
    kind = forms.ChoiceField(label=_("Level"), choices=OrgUnitKind.choices)
    parent = RowChoiceField(
        label=_("Parent unit"),
        queryset=OrgUnit.objects.none(),
        required=False,
        to_field_name="uuid",
        empty_label=_("none (top level)"),
    )

    def __init__(self, *args: Any, tenant: Tenant, unit: OrgUnit | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        parents = OrgUnit.objects.for_tenant(tenant).order_by("path")
        if unit is not None:
            parents = parents.exclude(path__startswith=unit.path)
        set_queryset(self, "parent", parents)
        render_selects_in_python(self)


class OrgUnitDeleteForm(forms.Form):
    """Choose the unit that takes over processes and positions of a deleted unit."""

    reassign_to = RowChoiceField(
        label=_("Unit that takes over processes and positions"),
        queryset=OrgUnit.objects.none(),
        required=False,
        to_field_name="uuid",
        empty_label=_("– choose –"),
    )

    def __init__(self, *args: Any, tenant: Tenant, unit: OrgUnit, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        set_queryset(
            self, "reassign_to", OrgUnit.objects.for_tenant(tenant).exclude(pk=unit.pk).order_by("path")
        )
        render_selects_in_python(self)
