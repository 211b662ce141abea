"""Template context for the header: current tenant, membership and the tenant switcher."""

from typing import Any

from django.http import HttpRequest

from tenants.selectors import memberships_for_user


def tenancy(request: HttpRequest) -> dict[str, Any]:
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    return {
        "current_tenant": getattr(request, "tenant", None),
        "current_membership": getattr(request, "membership", None),
        # Read once by tenant_view on tenant pages; elsewhere (tenant list, errors) read here.
        "user_memberships": getattr(request, "user_memberships", None) or memberships_for_user(request.user),
    }
