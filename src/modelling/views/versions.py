"""One version of a model: view it, restore it, download it as BPMN or SVG."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from modelling.bpmn.svg import svg_document
from modelling.forms import RestoreForm
from modelling.models import ModelVersion
from modelling.selectors import get_model, get_version, version_history
from modelling.services.models import ModelError, version_restore
from tenants.access import actor_of, tenant_view
from tenants.choices import Role


def _file_name(version: ModelVersion, extension: str) -> str:
    base = slugify(f"{version.model.profile.number} {version.model.name}")[:80] or "modell"
    return f"{base}-v{version.number}.{extension}"


@tenant_view(Role.VIEWER)
def version_detail(request: HttpRequest, uuid: str, number: int) -> HttpResponse:
    """An earlier (or the newest) version in the viewer, with its findings and the way back to it."""
    tenant = request.tenant  # type: ignore[attr-defined]
    model = get_model(tenant, uuid)
    version = get_version(tenant, model, number)
    can_edit = request.membership.has_role(Role.MODELLER)  # type: ignore[attr-defined]
    return render(
        request,
        "modelling/version_detail.html",
        {
            "model": model,
            "profile": model.profile,
            "version": version,
            "is_latest": version.number == model.version_count,
            "history": version_history(tenant, model),
            "can_edit": can_edit,
            "restore_form": RestoreForm() if can_edit else None,
        },
    )


@tenant_view(Role.MODELLER)
@require_POST
def version_restore_view(request: HttpRequest, uuid: str, number: int) -> HttpResponse:
    """Make this version the newest one again (saved as a new version)."""
    tenant = request.tenant  # type: ignore[attr-defined]
    model = get_model(tenant, uuid)
    version = get_version(tenant, model, number)
    form = RestoreForm(request.POST)
    comment = form.cleaned_data["comment"] if form.is_valid() else ""
    try:
        restored = version_restore(tenant=tenant, version=version, user=actor_of(request), comment=comment)
    except ModelError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Version %(old)d was restored as version %(new)d.")
            % {"old": version.number, "new": restored.number},
        )
    return redirect("modelling:model_detail", tenant_slug=tenant.slug, uuid=model.uuid)


@tenant_view(Role.VIEWER)
def version_bpmn(request: HttpRequest, uuid: str, number: int) -> HttpResponse:
    """The version's BPMN XML as stored (vendor extensions and diagram coordinates included)."""
    tenant = request.tenant  # type: ignore[attr-defined]
    version = get_version(tenant, get_model(tenant, uuid), number)
    response = HttpResponse(version.xml.encode("utf-8"), content_type="application/xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_file_name(version, "bpmn")}"'
    # A version never changes: the viewer on the profile page may fetch it from the browser's cache.
    response["Cache-Control"] = "private, max-age=600"
    return response


@tenant_view(Role.VIEWER)
def version_svg(request: HttpRequest, uuid: str, number: int) -> HttpResponse:
    """The version's picture as an SVG file (sanitised when it was stored)."""
    tenant = request.tenant  # type: ignore[attr-defined]
    version = get_version(tenant, get_model(tenant, uuid), number)
    response = HttpResponse(svg_document(version.svg), content_type="image/svg+xml")
    response["Content-Disposition"] = f'attachment; filename="{_file_name(version, "svg")}"'
    # Opened directly, the file still cannot run anything: no scripts, no outside requests.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    return response
