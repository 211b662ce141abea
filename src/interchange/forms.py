"""Forms of the spreadsheet import: the upload and the column assignment."""

from typing import Any

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from core.numbers import grouped
from interchange.choices import ExistingProfiles
from interchange.fields import ImportField, Section
from interchange.models import ImportJob
from interchange.services.profiles_import import MAX_IMPORT_BYTES, MAX_IMPORT_ROWS


class ProfileUploadForm(forms.Form):
    """An XLSX or CSV file with one process per row."""

    file = forms.FileField(
        label=_("Spreadsheet (XLSX or CSV)"),
        help_text=format_lazy(
            _(
                "One process per row, headings in the first row. At most {mb} MB and {rows} rows; "
                "CSV in UTF-8, Windows-1252 or ISO-8859-1, separated by semicolons, commas or tabs."
            ),
            mb=MAX_IMPORT_BYTES // (1024 * 1024),
            rows=grouped(MAX_IMPORT_ROWS),
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv,.txt"}),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(mb)d MB.") % {"mb": MAX_IMPORT_BYTES // (1024 * 1024)}
            )
        if upload.size == 0:
            raise forms.ValidationError(_("The file is empty."))
        return upload


def field_choices(fields: list[ImportField]) -> list[Any]:
    """The options of a column's select: "not imported", then the fields grouped by section."""
    groups: dict[Section, list[tuple[str, str]]] = {}
    for f in fields:
        groups.setdefault(f.section, []).append((f.key, str(f.label)))
    return [("", _("– do not import –")), *((section.label, options) for section, options in groups.items())]


class MappingForm(forms.Form):
    """One select per column of the file (``col_<index>``) and the import options."""

    existing = forms.ChoiceField(
        label=_("Processes whose number is already in the register"),
        choices=ExistingProfiles.choices,
        widget=forms.RadioSelect,
        initial=ExistingProfiles.UPDATE,
    )
    only_valid = forms.BooleanField(
        label=_("Import only the valid rows if some rows have problems"),
        required=False,
        help_text=_("Otherwise a file with a faulty row changes nothing."),
    )
    remember = forms.BooleanField(
        label=_("Remember this assignment for the next file"), required=False, initial=True
    )

    def __init__(self, *args: Any, job: ImportJob, fields: list[ImportField], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.job = job
        choices = field_choices(fields)
        samples = [cells for _row, cells in job.rows[:3]]
        self.columns: list[dict[str, Any]] = []
        for index, header in enumerate(job.headers):
            name = f"col_{index}"
            self.fields[name] = forms.ChoiceField(
                label=header, choices=choices, required=False, initial=job.mapping.get(str(index), "")
            )
            values = [cells[index] for cells in samples if index < len(cells) and cells[index]]
            self.columns.append({"index": index, "header": header, "name": name, "samples": values})
        self.initial.setdefault("existing", job.existing)
        self.initial.setdefault("only_valid", job.only_valid)

    def bound_columns(self) -> list[dict[str, Any]]:
        return [{**column, "field": self[column["name"]]} for column in self.columns]

    def mapping(self) -> dict[int, str]:
        return {column["index"]: self.cleaned_data.get(column["name"]) or "" for column in self.columns}
