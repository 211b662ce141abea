"""Access control for tenant routes: every view under /t/<tenant_slug>/ goes through ``tenant_view``.

Another tenant's data answers 404 (not a member, or the object belongs elsewhere); a member with too
little role gets 403.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any, ParamSpec, TypeVar

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse

from tenants.choices import Role
from tenants.models import Membership, Tenant
from tenants.selectors import memberships_for_user

P = ParamSpec("P")
R = TypeVar("R", bound=HttpResponse)


class TenantRequest(HttpRequest):
    """An HttpRequest after ``tenant_view`` has resolved the tenant (for type checkers)."""

    tenant: Tenant
    membership: Membership


def get_membership(request: HttpRequest, tenant_slug: str) -> Membership:
    """Return the user's membership in the tenant, or raise 404 for tenants the user does not belong to.

    All of the user's memberships are read in one query and kept on the request: the header's tenant
    switcher shows them without asking again.
    """
    memberships = list(memberships_for_user(request.user))
    request.user_memberships = memberships  # type: ignore[attr-defined]
    membership = next((m for m in memberships if m.tenant.slug == tenant_slug), None)
    if membership is None:
        raise Http404("Unknown tenant")
    return membership


def tenant_view(
    role: Role = Role.VIEWER,
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Decorate a view taking ``tenant_slug``: log-in required, membership checked, role enforced."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, tenant_slug: str, *args: Any, **kwargs: Any) -> HttpResponse:
            membership = get_membership(request, tenant_slug)
            if not membership.has_role(role):
                raise PermissionDenied("Role too low")
            request.tenant = membership.tenant  # type: ignore[attr-defined]
            request.membership = membership  # type: ignore[attr-defined]
            if request.session.get("tenant_slug") != tenant_slug:  # write the session only on a switch
                request.session["tenant_slug"] = tenant_slug
            return view(request, *args, **kwargs)

        wrapped.required_role = role  # type: ignore[attr-defined]
        return login_required(wrapped)

    return decorator


def platform_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Decorate a view of the platform administration (global catalogues): log-in and superuser required."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_superuser:
            raise PermissionDenied("Platform administrators only")
        return view(request, *args, **kwargs)

    return login_required(wrapped)


def actor_of(request: HttpRequest) -> User | None:
    """The logged-in user for services that record who acted, or None."""
    user = request.user
    return user if isinstance(user, User) else None


def require_role(request: HttpRequest, role: Role) -> None:
    """Raise 403 unless the current membership grants ``role`` (for actions inside a wider view)."""
    if not request.membership.has_role(role):  # type: ignore[attr-defined]
        raise PermissionDenied("Role too low")
