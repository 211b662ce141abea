"""The manual priority of a profile in the working list."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from register.models import ProcessProfile

MAX_PRIORITY = 999
MAX_REASON = 500


class PriorityForm(forms.Form):
    """Priority 1–999 (1 = first) with its reason; an empty priority removes the override.

    The form parses; ``profile_priority_set`` decides (range, reason required) so every write path checks
    the same rules. The widgets carry the limits for the browser, but the form is rendered ``novalidate``
    so the server's messages are the ones the user reads.
    """

    manual_priority = forms.IntegerField(
        label=_("Manual priority"),
        required=False,
        min_value=1,
        max_value=MAX_PRIORITY,
        help_text=_(
            "1 places the process first, before every process without a manual priority. "
            "Leave the field empty to remove the manual priority."
        ),
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "priority-input"}),
    )
    priority_reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=MAX_REASON,
        help_text=_("Required with a priority, e.g. a council decision or a legal deadline."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, profile: ProcessProfile, **kwargs: Any) -> None:
        kwargs.setdefault(
            "initial",
            {"manual_priority": profile.manual_priority, "priority_reason": profile.priority_reason},
        )
        super().__init__(*args, **kwargs)
