"""The ranked working list (being built)."""

from django.http import HttpRequest, HttpResponse

from register.selectors import get_profile
from tenants.access import tenant_view
from tenants.choices import Role


@tenant_view()
def ranking(request: HttpRequest) -> HttpResponse:
    return HttpResponse("")


@tenant_view()
def ranking_export(request: HttpRequest) -> HttpResponse:
    return HttpResponse("")


@tenant_view()
def ranking_report(request: HttpRequest) -> HttpResponse:
    return HttpResponse("")


@tenant_view(Role.MODELLER)
def priority_edit(request: HttpRequest, uuid: str) -> HttpResponse:
    get_profile(request.tenant, uuid)  # type: ignore[attr-defined]
    return HttpResponse("")
