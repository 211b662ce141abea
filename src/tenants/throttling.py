"""Login throttling: too many failed logins for a user name or from an address lock further tries."""

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from tenants.models import LoginFailure


def _window_start() -> datetime:
    return timezone.now() - timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS)


def login_locked(*, username: str, address: str | None) -> bool:
    """Whether the user name or the address has reached the failure limit within the window."""
    LoginFailure.objects.filter(at__lt=_window_start()).delete()
    limit = settings.LOGIN_FAILURE_LIMIT
    if LoginFailure.objects.filter(username__iexact=username).count() >= limit:
        return True
    # A whole town hall often shares one address: the address limit is ten times higher.
    return bool(address) and LoginFailure.objects.filter(address=address).count() >= limit * 10


def login_failed(*, username: str, address: str | None) -> None:
    """Record a failed login."""
    LoginFailure.objects.create(username=username[:150], address=address or None)


def login_succeeded(*, username: str) -> None:
    """Forget the user name's failures after a successful login."""
    LoginFailure.objects.filter(username__iexact=username).delete()
