"""Import of BPMN files: attach them to a profile or create profiles from them."""

import uuid
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from modelling.forms_import import ATTACH, BpmnImportForm
from modelling.services.imports import (
    MAX_TOTAL_BYTES,
    BpmnImportError,
    ImportFile,
    import_summary,
    models_import,
)
from register.models import ProcessProfile
from tenants.access import actor_of, tenant_view
from tenants.choices import Role
from tenants.models import Tenant

MAX_REQUEST_BYTES = MAX_TOTAL_BYTES + 1024 * 1024  # the files and the form around them
TEMPLATE = "modelling/models_import.html"


def _preselected(tenant: Tenant, value: str) -> ProcessProfile | None:
    """The process named by ``?prozess=<uuid>``; an unknown or malformed one is ignored."""
    try:
        key = uuid.UUID(value)
    except ValueError:
        return None
    return ProcessProfile.objects.for_tenant(tenant).filter(uuid=key).first()


def _too_large() -> str:
    return _("The files are larger than %(mb)d MB together. Please import them in parts.") % {
        "mb": MAX_TOTAL_BYTES // (1024 * 1024)
    }


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def models_import_view(request: HttpRequest) -> HttpResponse:
    """Upload BPMN files; they become models of a process or new processes. Every refusal is listed."""
    tenant = request.tenant  # type: ignore[attr-defined]
    preselected = _preselected(tenant, request.GET.get("prozess", ""))
    initial = {"target": ATTACH, "number": preselected.number} if preselected else {}
    context: dict[str, Any] = {"preselected": preselected, "problems": []}
    if request.method == "POST" and int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REQUEST_BYTES:
        # Refused before Django reads the body: an oversized upload never reaches the disk.
        context.update(form=BpmnImportForm(tenant=tenant, initial=initial), problems=[_too_large()])
        return render(request, TEMPLATE, context, status=413)
    if request.method != "POST":
        context["form"] = BpmnImportForm(tenant=tenant, initial=initial)
        return render(request, TEMPLATE, context)
    form = BpmnImportForm(request.POST, request.FILES, tenant=tenant, initial=initial)
    context["form"] = form
    if not form.is_valid():
        return render(request, TEMPLATE, context, status=400)
    files = [ImportFile(name=upload.name or "", data=upload.read()) for upload in form.cleaned_data["files"]]
    try:
        result = models_import(
            tenant=tenant,
            user=actor_of(request),
            files=files,
            profile=form.profile,
            create_profiles=form.create_profiles,
        )
    except BpmnImportError as error:
        context.update(problems=error.problems, several_files=len(files) > 1)
        return render(request, TEMPLATE, context, status=400)
    summary = import_summary(result)
    messages.success(request, summary)
    context.update(result=result, summary=summary)
    return render(request, TEMPLATE, context)
