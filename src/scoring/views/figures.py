"""Kennzahlen erheben (being built)."""

from django.http import HttpRequest, HttpResponse

from register.selectors import get_profile
from tenants.access import tenant_view
from tenants.choices import Role


@tenant_view(Role.MODELLER)
def figures_grid(request: HttpRequest) -> HttpResponse:
    return HttpResponse("")


@tenant_view(Role.MODELLER)
def figures_cell(request: HttpRequest, uuid: str) -> HttpResponse:
    get_profile(request.tenant, uuid)  # type: ignore[attr-defined]
    return HttpResponse("")
