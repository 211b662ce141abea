"""Finding catalogue entries to link to a profile: the combobox's autocomplete and the search without JS."""

import uuid
from collections.abc import Collection
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from catalogues.selectors import catalogs_for_tenant
from register.catalogue_selectors import MAX_QUERY_LENGTH, MIN_QUERY_LENGTH, catalog_options
from tenants.access import tenant_view
from tenants.models import Tenant


def catalog_search_context(
    request: HttpRequest, tenant: Tenant, *, linked: Collection[uuid.UUID]
) -> dict[str, Any]:
    """What the profile editor's catalogue section needs: the catalogues to narrow by and, for the search
    without JavaScript (``?katalog_q=…``), its hits among the entries not yet linked."""
    query = request.GET.get("katalog_q", "").strip()[:MAX_QUERY_LENGTH]
    scope = request.GET.get("katalog", "")
    return {
        "catalog_query": query,
        "catalog_scope": scope,
        "catalog_scopes": list(catalogs_for_tenant(tenant).order_by("name").values_list("uuid", "name")),
        "catalog_results": catalog_options(tenant, query, scope=scope, exclude=linked) if query else None,
        "catalog_min_query": MIN_QUERY_LENGTH,
    }


@tenant_view()
@require_http_methods(["GET"])
def catalog_autocomplete(request: HttpRequest) -> HttpResponse:
    """The options of the catalogue combobox for ``q`` (and optionally ``katalog``), as list items."""
    tenant = request.tenant  # type: ignore[attr-defined]
    options = catalog_options(tenant, request.GET.get("q", ""), scope=request.GET.get("katalog", ""))
    return render(request, "register/_catalog_options.html", {"options": options})
