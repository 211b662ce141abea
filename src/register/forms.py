"""Forms of the process register: profile editor, bulk edit, attribute definitions."""

import uuid
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from catalogues.models import Catalog, CatalogEntry
from catalogues.selectors import entries_for_tenant
from core.forms import (
    RowChoiceField,
    RowMultipleChoiceField,
    render_selects_in_python,
    set_choices,
    set_queryset,
)
from organisation.models import OrgUnit, Position
from register.choices import Addressee, AttributeType, DigitalisationLevel
from register.models import AttributeDefinition, AttributeGroup, Folder, ProcessProfile
from register.selectors import catalog_links_for, folder_choices, unit_choices
from register.services.profiles import MAX_CATALOG_LINKS, PROFILE_FIELDS, too_many_links_message
from tenants.models import Tenant


class DateInput(forms.DateInput):
    input_type = "date"


CATALOG_LINKS_SHOWN = "catalog_links_shown"


class CatalogLinksInput(forms.MultipleHiddenInput):
    """The linked entries' UUIDs, posted as repeated ``catalog_entries`` values (hidden inputs or ticked
    checkboxes). The section posts a marker too: a post without it leaves the links as they are."""

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        if CATALOG_LINKS_SHOWN not in data:
            return None
        return super().value_from_datadict(data, files, name)

    def id_for_label(self, id_: str) -> str:
        return "catalog-search"  # error summaries lead to the search field of the section


class CatalogLinksField(forms.Field):
    """The complete set of linked entry UUIDs; whether the tenant may link them the service decides."""

    widget = CatalogLinksInput

    def to_python(self, value: Any) -> list[str] | None:
        if value is None:
            return None
        uuids = list(dict.fromkeys(str(v).strip() for v in value if str(v).strip()))
        if len(uuids) > MAX_CATALOG_LINKS:
            raise ValidationError(too_many_links_message(), code="too_many")
        return uuids


class ProfileForm(forms.ModelForm):
    """The profile editor; tenant-defined attributes become extra fields named ``attr__<key>``."""

    addressees = forms.MultipleChoiceField(
        label=_("Addressees"), choices=Addressee.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    participating_units = RowMultipleChoiceField(
        label=_("Participating units"),
        queryset=OrgUnit.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    predecessors = RowMultipleChoiceField(
        label=_("Preceding processes"),
        required=False,
        queryset=ProcessProfile.objects.none(),
        to_field_name="uuid",
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    catalog_entries = CatalogLinksField(label=_("Catalogue links"), required=False)

    RELATIONS = ("folder", "owner_unit", "process_owner", "participating_units", "predecessors")

    class Meta:
        model = ProcessProfile
        fields = [f for f in PROFILE_FIELDS if f != "relevant"] + ["relevant"]
        field_classes = {"folder": RowChoiceField, "owner_unit": RowChoiceField}
        widgets = {
            "short_description": forms.Textarea(attrs={"rows": 3}),
            "trigger": forms.Textarea(attrs={"rows": 2}),
            "result": forms.Textarea(attrs={"rows": 2}),
            "inputs": forms.Textarea(attrs={"rows": 2}),
            "waiver_reason": forms.Textarea(attrs={"rows": 2}),
            "last_review": DateInput(format="%Y-%m-%d"),
            "next_review": DateInput(format="%Y-%m-%d"),
        }

    def __init__(
        self, *args: Any, tenant: Tenant, definitions: list[AttributeDefinition], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.tenant = tenant
        self.definitions = definitions
        units = unit_choices(tenant)
        set_queryset(self, "folder", folder_choices(tenant))
        set_queryset(self, "owner_unit", units)
        set_queryset(self, "participating_units", units)
        set_queryset(
            self,
            "process_owner",
            Position.objects.for_tenant(tenant).select_related("unit").order_by("unit__path", "name"),
        )
        # Related objects travel as UUIDs, never as sequential ids.
        for name in self.RELATIONS:
            self.fields[name].to_field_name = "uuid"  # type: ignore[attr-defined]
        others = ProcessProfile.objects.for_tenant(tenant).only("uuid", "number", "name").order_by("number")
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
            for name in ("folder", "owner_unit", "process_owner"):
                self.initial[name] = getattr(self.instance, name)
            self.initial["participating_units"] = list(self.instance.participating_units.all())
            self.initial["predecessors"] = [p.uuid for p in self.instance.predecessors.all()]
        set_queryset(self, "predecessors", others)
        set_choices(
            self, "digitalisation_level", [("", _("not yet collected")), *DigitalisationLevel.choices]
        )
        for definition in definitions:
            name = f"attr__{definition.key}"
            self.fields[name] = attribute_field(definition)
            if self.instance.pk:
                self.initial[name] = self.instance.attributes.get(definition.key)
        render_selects_in_python(self)

    def attribute_values(self) -> dict[str, Any]:
        """The cleaned values of the tenant-defined attributes, by key."""
        return {d.key: self.cleaned_data.get(f"attr__{d.key}") for d in self.definitions}

    def standard_data(self) -> dict[str, Any]:
        """The cleaned standard attributes, by model field."""
        return {f: self.cleaned_data[f] for f in PROFILE_FIELDS if f in self.cleaned_data}

    def linked_entries(self) -> list[CatalogEntry]:
        """The entries the section shows as linked: the posted ones when bound, else the saved links."""
        if not hasattr(self, "_linked_entries"):
            self._linked_entries = self._read_linked_entries()
        return self._linked_entries

    def _read_linked_entries(self) -> list[CatalogEntry]:
        posted = self["catalog_entries"].data if self.is_bound else None
        if posted is None:
            if not self.instance.pk:
                return []
            return [link.entry for link in catalog_links_for(self.tenant, self.instance)]
        uuids = []
        for value in posted[:MAX_CATALOG_LINKS]:
            try:
                uuids.append(uuid.UUID(str(value)))
            except ValueError:
                continue  # shown as the field's error, not as a row
        return list(entries_for_tenant(self.tenant).filter(uuid__in=uuids).select_related("catalog"))

    def catalog_link_groups(self) -> list[tuple[Catalog, list[CatalogEntry]]]:
        """The linked entries grouped by catalogue, catalogues by name, entries by key."""
        groups: dict[int, tuple[Catalog, list[CatalogEntry]]] = {}
        for entry in self.linked_entries():
            groups.setdefault(entry.catalog_id, (entry.catalog, []))[1].append(entry)
        for _catalog, entries in groups.values():
            entries.sort(key=lambda e: (e.key, e.name))
        return sorted(groups.values(), key=lambda group: group[0].name.lower())

    def attribute_fields(self) -> list[tuple[AttributeGroup, list[forms.BoundField]]]:
        """Bound fields of the tenant-defined attributes, grouped, for the template."""
        groups: dict[int, tuple[AttributeGroup, list[forms.BoundField]]] = {}
        for definition in self.definitions:
            groups.setdefault(definition.group_id, (definition.group, []))[1].append(
                self[f"attr__{definition.key}"]
            )
        return list(groups.values())


def attribute_field(definition: AttributeDefinition) -> forms.Field:
    """A form field for one tenant-defined attribute."""
    common: dict[str, Any] = {
        "label": definition.label,
        "required": definition.required,
        "help_text": definition.help_text,
    }
    kind = definition.type
    if kind == AttributeType.TEXT:
        return forms.CharField(max_length=500, **common)
    if kind == AttributeType.LONG_TEXT:
        return forms.CharField(max_length=10_000, widget=forms.Textarea(attrs={"rows": 3}), **common)
    if kind == AttributeType.NUMBER:
        # localize: accepts the German "12,5" as well as "12.5" and shows stored values the German way.
        return forms.DecimalField(max_digits=15, decimal_places=4, localize=True, **common)
    if kind == AttributeType.BOOLEAN:
        return forms.NullBooleanField(widget=forms.NullBooleanSelect, **common)
    if kind == AttributeType.DATE:
        return forms.DateField(widget=DateInput(format="%Y-%m-%d"), **common)
    if kind == AttributeType.CHOICE:
        return forms.ChoiceField(choices=[("", "–"), *[(c, c) for c in definition.choices]], **common)
    if kind == AttributeType.MULTIPLE_CHOICE:
        return forms.MultipleChoiceField(
            choices=[(c, c) for c in definition.choices], widget=forms.CheckboxSelectMultiple, **common
        )
    return forms.URLField(max_length=500, assume_scheme="https", **common)


class BulkEditForm(forms.Form):
    """Changes applied to all selected rows of the register list."""

    KEEP = ""
    selected = forms.CharField(widget=forms.MultipleHiddenInput, required=False)
    case_count = forms.IntegerField(
        label=_("Cases per year"), required=False, min_value=0, max_value=10_000_000
    )
    digitalisation_level = forms.TypedChoiceField(
        label=_("Digitalisation level"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[(KEEP, _("leave unchanged")), *DigitalisationLevel.choices],
    )
    relevant = forms.TypedChoiceField(
        label=_("Relevance"),
        required=False,
        empty_value=None,
        coerce=lambda v: v == "yes",
        choices=[(KEEP, _("leave unchanged")), ("yes", _("relevant")), ("no", _("not relevant"))],
    )
    owner_unit = RowChoiceField(
        label=_("Responsible unit"),
        required=False,
        queryset=OrgUnit.objects.none(),
        to_field_name="uuid",
        empty_label=_("leave unchanged"),
    )

    def __init__(self, *args: Any, tenant: Tenant, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        set_queryset(self, "owner_unit", unit_choices(tenant))
        render_selects_in_python(self)


class AttributeDefinitionForm(forms.Form):
    """Create or change a tenant-defined attribute."""

    label = forms.CharField(label=_("Label"), max_length=100)
    group = forms.ModelChoiceField(
        label=_("Group"),
        queryset=AttributeGroup.objects.none(),
        to_field_name="uuid",
        required=False,
        empty_label=_("new group (name below)"),
    )
    new_group = forms.CharField(label=_("Name of the new group"), max_length=100, required=False)
    type = forms.ChoiceField(label=_("Type"), choices=AttributeType.choices)
    choices = forms.CharField(
        label=_("Choices (one per line)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    required = forms.BooleanField(label=_("Required"), required=False)
    help_text = forms.CharField(label=_("Help text"), max_length=300, required=False)
    position = forms.IntegerField(label=_("Order"), min_value=0, max_value=9999, initial=0)

    def __init__(self, *args: Any, tenant: Tenant, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        set_queryset(self, "group", AttributeGroup.objects.for_tenant(tenant))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not cleaned.get("group") and not (cleaned.get("new_group") or "").strip():
            self.add_error("new_group", _("Choose a group or name a new one."))
        return cleaned


class FolderForm(forms.Form):
    """Create, rename or move a folder."""

    name = forms.CharField(label=_("Name"), max_length=200)
    parent = RowChoiceField(
        label=_("Parent folder"),
        queryset=Folder.objects.none(),
        required=False,
        to_field_name="uuid",
        empty_label=_("none (top level)"),
    )

    def __init__(self, *args: Any, tenant: Tenant, folder: Folder | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        parents = Folder.objects.for_tenant(tenant).order_by("path")
        if folder is not None:
            parents = parents.exclude(path__startswith=folder.path)
        set_queryset(self, "parent", parents)
        render_selects_in_python(self)


class FolderDeleteForm(forms.Form):
    """Where the processes of a deleted folder go."""

    move_to = RowChoiceField(
        label=_("Move its processes to"),
        queryset=Folder.objects.none(),
        required=False,
        to_field_name="uuid",
        empty_label=_("no folder"),
    )

    def __init__(self, *args: Any, tenant: Tenant, folder: Folder, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        set_queryset(
            self, "move_to", Folder.objects.for_tenant(tenant).exclude(pk=folder.pk).order_by("path")
        )
        render_selects_in_python(self)
