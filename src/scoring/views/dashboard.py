"""The tenant's start page (being built)."""

from django.http import HttpRequest, HttpResponse

from tenants.access import tenant_view


@tenant_view()
def dashboard(request: HttpRequest) -> HttpResponse:
    return HttpResponse("")
