"""The upload form of the BPMN import: one or many files, attached to a process or made into new processes."""

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelling.services.imports import MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES
from register.models import ProcessProfile
from tenants.models import Tenant

ACCEPT = ".bpmn,.xml,.bpmn20.xml"
ATTACH = "attach"
CREATE = "create"


class MultipleFileInput(forms.ClearableFileInput):
    """A file input that lets the user choose several files at once."""

    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field whose cleaned value is the list of chosen files."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        single = super().clean
        if isinstance(data, list | tuple):
            chosen = [item for item in data if item]
            if chosen:
                return [single(item, initial) for item in chosen]
            data = None
        return [single(data, initial)]


class BpmnImportForm(forms.Form):
    """BPMN files and where their models go: to an existing process (by its number) or into new processes."""

    # Django's metaclass moves fields off the class, so this does not hide the form's uploaded ``files``.
    files = MultipleFileField(label=_("BPMN files"))  # type: ignore[assignment]
    target = forms.ChoiceField(
        label=_("Where the models go"),
        choices=[
            (ATTACH, _("Attach the models to an existing process")),
            (CREATE, _("Create one process per process or participant in the files")),
        ],
        widget=forms.RadioSelect,
        initial=CREATE,
    )
    number = forms.CharField(
        label=_("Number of the process"),
        max_length=30,
        required=False,
        help_text=_("Only when attaching, e.g. P-0001."),
    )

    def __init__(self, *args: Any, tenant: Tenant, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tenant = tenant
        self.profile: ProcessProfile | None = None
        # Formatted per request, in the request's language (a lazy text formatted at import would not be).
        self.fields["files"].help_text = gettext(
            "BPMN 2.0 files (.bpmn or .xml) as modelling tools export them: at most %(files)d files, "
            "%(file_mb)d MB each and %(total_mb)d MB together. If any file cannot be read, nothing is "
            "imported."
        ) % {
            "files": MAX_FILES,
            "file_mb": MAX_FILE_BYTES // (1024 * 1024),
            "total_mb": MAX_TOTAL_BYTES // (1024 * 1024),
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("target") != ATTACH:
            return data
        number = (data.get("number") or "").strip()
        if not number:
            self.add_error("number", gettext("Please give the number of the process the models belong to."))
            return data
        self.profile = ProcessProfile.objects.for_tenant(self.tenant).filter(number=number).first()
        if self.profile is None:
            self.add_error(
                "number",
                gettext("There is no process with the number “%(number)s” in this register.")
                % {"number": number},
            )
        return data

    @property
    def create_profiles(self) -> bool:
        return self.cleaned_data.get("target") == CREATE
