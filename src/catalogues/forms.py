"""Forms of the catalogues app: context entries and catalogue imports."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from catalogues.choices import ImportLayout
from catalogues.importers import LAYOUTS_FOR_KIND
from catalogues.importers.base import MAX_FILE_BYTES
from catalogues.models import Catalog, CatalogEntry
from core.forms import RowChoiceField, render_selects_in_python, set_queryset

MAX_SYNONYMS = 50


class ContextEntryForm(forms.Form):
    """An entry of an authority's own context catalogue."""

    name = forms.CharField(label=_("Name"), max_length=500)
    key = forms.CharField(
        label=_("Key or reference number"),
        max_length=40,
        required=False,
        help_text=_("Optional, e.g. a form number or the abbreviation of a law."),
    )
    parent = RowChoiceField(
        label=_("Parent entry"),
        queryset=CatalogEntry.objects.none(),
        to_field_name="uuid",
        required=False,
        empty_label=_("(top level)"),
    )
    description = forms.CharField(
        label=_("Description"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=2000
    )
    url = forms.URLField(
        label=_("Link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("For laws: the address of the law, e.g. on gesetze-im-internet.de."),
    )
    synonyms = forms.CharField(
        label=_("Synonyms"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=2000,
        help_text=_("One per line; the search finds the entry by them too."),
    )

    def __init__(
        self, *args: Any, catalog: Catalog, entry: CatalogEntry | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        parents = CatalogEntry.objects.filter(catalog=catalog, is_retired=False).order_by("path")
        if entry is not None:
            parents = parents.exclude(path__startswith=entry.path)
        set_queryset(self, "parent", parents)
        render_selects_in_python(self)

    def clean_synonyms(self) -> list[str]:
        lines = [" ".join(line.split()) for line in self.cleaned_data["synonyms"].splitlines()]
        synonyms = list(dict.fromkeys(line for line in lines if line))
        if len(synonyms) > MAX_SYNONYMS:
            raise forms.ValidationError(_("At most %(n)d synonyms.") % {"n": MAX_SYNONYMS})
        return synonyms


class CatalogImportForm(forms.Form):
    """Upload of a catalogue file; the differences are shown before anything changes."""

    file = forms.FileField(
        label=_("File"),
        help_text=_("CSV or XLSX, at most %(mb)d MB.") % {"mb": MAX_FILE_BYTES // (1024 * 1024)},
    )
    layout = forms.ChoiceField(label=_("File layout"), choices=ImportLayout.choices)
    label = forms.CharField(
        label=_("Version"),
        max_length=50,
        required=False,
        help_text=_("E.g. “2026-2”; empty: today's date."),
    )
    source = forms.CharField(
        label=_("Source"),
        max_length=300,
        required=False,
        help_text=_("Where the file comes from, e.g. “FIM-Portal, Download vom 01.03.2026”."),
    )
    issued_on = forms.DateField(
        label=_("As of"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("The date of the catalogue's content; empty: the date in the file, if any."),
    )

    def __init__(self, *args: Any, catalog: Catalog, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        layouts = LAYOUTS_FOR_KIND.get(catalog.kind, ())
        field = self.fields["layout"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(value, label) for value, label in ImportLayout.choices if value in layouts]
        if len(layouts) == 1:
            field.initial = layouts[0]
        self.fields["file"].widget.attrs["accept"] = ".csv,.txt,.xlsx"
        render_selects_in_python(self)

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(mb)d MB.") % {"mb": MAX_FILE_BYTES // (1024 * 1024)}
            )
        if upload.size == 0:
            raise forms.ValidationError(_("The file is empty."))
        return upload
