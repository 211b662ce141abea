"""Forms of the modelling app: a new model, a model's name and main flag, BPMN file import."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ModelForm(forms.Form):
    """Name a model and say whether it is the process's main model."""

    name = forms.CharField(label=_("Name of the model"), max_length=300)
    is_main = forms.BooleanField(
        label=_("Main model of the process (shown on the process page)"), required=False
    )


class RestoreForm(forms.Form):
    """An optional comment for the restored version."""

    comment = forms.CharField(label=_("Comment on the version"), max_length=500, required=False)
