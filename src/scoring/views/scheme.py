"""The scheme editor (being built)."""

from django.http import HttpRequest, HttpResponse

from tenants.access import tenant_view
from tenants.choices import Role


@tenant_view()
def scheme_detail(request: HttpRequest) -> HttpResponse:
    return HttpResponse("")


@tenant_view(Role.ADMINISTRATOR)
def scheme_edit(request: HttpRequest) -> HttpResponse:
    return HttpResponse("")


@tenant_view(Role.ADMINISTRATOR)
def scheme_preview(request: HttpRequest) -> HttpResponse:
    return HttpResponse("")
