"""The import and export page: every way in and out of the register, and the last imports."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from interchange.forms import ProfileUploadForm
from interchange.models import ImportJob
from interchange.services.register_json_checks import register_is_empty
from tenants.access import tenant_view
from tenants.choices import Role

JOBS_SHOWN = 20


@tenant_view()
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    """Import from Excel or CSV, the blank template, the exports, JSON in and out, the import record."""
    tenant = request.tenant  # type: ignore[attr-defined]
    membership = request.membership  # type: ignore[attr-defined]
    can_import = membership.has_role(Role.MODELLER)
    jobs = []
    if can_import:
        jobs = list(
            ImportJob.objects.for_tenant(tenant)
            .select_related("created_by")
            .defer("rows", "headers", "notices")
            .order_by("-created_at")[:JOBS_SHOWN]
        )
    return render(
        request,
        "interchange/overview.html",
        {
            "can_import": can_import,
            "is_admin": membership.has_role(Role.ADMINISTRATOR),
            "register_empty": register_is_empty(tenant),
            "form": ProfileUploadForm() if can_import else None,
            "jobs": jobs,
        },
    )
