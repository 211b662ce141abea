"""Forms of the tenants app."""

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from tenants.throttling import login_failed, login_locked, login_succeeded


def client_address(request: HttpRequest | None) -> str | None:
    """The client's address as seen by Django (the proxy must set REMOTE_ADDR correctly)."""
    return request.META.get("REMOTE_ADDR") if request is not None else None


class ThrottledAuthenticationForm(AuthenticationForm):
    """Django's login form, refusing further tries after too many failures."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "locked": _("Too many failed login attempts. Please wait 15 minutes and try again."),
    }

    def clean(self) -> dict[str, Any]:
        username = (self.cleaned_data.get("username") or "")[:150]
        address = client_address(self.request)
        if username and login_locked(username=username, address=address):
            raise forms.ValidationError(self.error_messages["locked"], code="locked")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            if username:
                login_failed(username=username, address=address)
            raise
        login_succeeded(username=username)
        return cleaned
