"""The upload form of the register exchange file (JSON)."""

from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from interchange.services.register_json import MAX_FILE_BYTES


class RegisterJsonUploadForm(forms.Form):
    """A register file exported by this or another installation (docs/austauschformat.md)."""

    file = forms.FileField(
        label=_("Register file (JSON)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Formatted per request, in the request's language (a lazy text formatted at import would not be).
        self.fields["file"].help_text = gettext(
            "A file in the register exchange format, at most %(mb)d MB. It is imported only into an empty "
            "register and only as a whole: if anything in it is wrong, nothing is saved."
        ) % {"mb": MAX_FILE_BYTES // (1024 * 1024)}

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                gettext("The file is larger than %(mb)d MB.") % {"mb": MAX_FILE_BYTES // (1024 * 1024)}
            )
        if upload.size == 0:
            raise forms.ValidationError(gettext("The file is empty."))
        return upload
