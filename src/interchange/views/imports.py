"""Views of the spreadsheet import: upload, assign columns, check (with progress), import or discard."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.forms import add_service_errors
from interchange.choices import JobKind, JobStatus
from interchange.fields import fields_for
from interchange.forms import MappingForm, ProfileUploadForm
from interchange.models import ImportJob
from interchange.services.profiles_import import (
    MAX_IMPORT_BYTES,
    ImportRefused,
    import_apply,
    import_check,
    import_discard,
    import_mapping_set,
    import_upload,
)
from tenants.access import actor_of, tenant_view
from tenants.choices import Role
from tenants.models import Tenant

MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 1024 * 1024  # the file and the form around it
PROBLEMS_SHOWN = 500


def _job(tenant: Tenant, uuid: str) -> ImportJob:
    return get_object_or_404(ImportJob.objects.for_tenant(tenant), uuid=uuid, kind=JobKind.PROFILES)


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def import_upload_view(request: HttpRequest) -> HttpResponse:
    """Upload a spreadsheet; its columns are assigned on the next page."""
    tenant = request.tenant  # type: ignore[attr-defined]
    problems: list[str] = []
    if request.method == "POST" and int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REQUEST_BYTES:
        # Refused before Django reads the body: a 100 MB upload never reaches the disk.
        problems = [_("The file is larger than %(mb)d MB.") % {"mb": MAX_IMPORT_BYTES // (1024 * 1024)}]
        return render(
            request,
            "interchange/import_upload.html",
            {"form": ProfileUploadForm(), "problems": problems},
            status=413,
        )
    form = ProfileUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            job = import_upload(
                tenant=tenant, actor=actor_of(request), data=upload.read(), file_name=upload.name or ""
            )
        except ImportRefused as error:
            problems = list(error.messages)
        else:
            return redirect("interchange:import_mapping", tenant_slug=tenant.slug, uuid=job.uuid)
    status = 400 if (form.errors or problems) else 200
    return render(
        request, "interchange/import_upload.html", {"form": form, "problems": problems}, status=status
    )


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def import_mapping(request: HttpRequest, uuid: str) -> HttpResponse:
    """Assign the file's columns to fields and choose the options; saving checks every row."""
    tenant = request.tenant  # type: ignore[attr-defined]
    job = _job(tenant, uuid)
    if job.status in (JobStatus.IMPORTED, JobStatus.DISCARDED):
        return redirect("interchange:import_preview", tenant_slug=tenant.slug, uuid=job.uuid)
    fields = fields_for(tenant)
    form = MappingForm(request.POST or None, job=job, fields=fields)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            job = import_mapping_set(
                tenant=tenant,
                job=job,
                mapping=form.mapping(),
                existing=data["existing"],
                only_valid=data["only_valid"],
                remember=data["remember"],
                actor=actor_of(request),
            )
            import_check(tenant=tenant, job=job)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("interchange:import_preview", tenant_slug=tenant.slug, uuid=job.uuid)
    return render(
        request,
        "interchange/import_mapping.html",
        {"job": job, "form": form, "columns": form.bound_columns()},
        status=400 if form.errors else 200,
    )


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def import_preview(request: HttpRequest, uuid: str) -> HttpResponse:
    """What the file would do (or did): counts, problems by row and column, first rows; POST imports."""
    tenant = request.tenant  # type: ignore[attr-defined]
    job = _job(tenant, uuid)
    if job.status == JobStatus.UPLOADED:
        return redirect("interchange:import_mapping", tenant_slug=tenant.slug, uuid=job.uuid)
    error = ""
    if request.method == "POST":
        if request.POST.get("only_valid") == "1" and not job.only_valid:
            job.only_valid = True
            job.save(update_fields=["only_valid", "updated_at"])
        try:
            job = import_apply(tenant=tenant, job=job, actor=actor_of(request))
        except ValidationError as problem:
            error = " ".join(problem.messages)
            job.refresh_from_db()
        else:
            result = job.result
            messages.success(
                request,
                _(
                    "The import is done. Created: %(create)d, updated: %(update)d, unchanged: %(unchanged)d "
                    "processes."
                )
                % {"create": result["create"], "update": result["update"], "unchanged": result["unchanged"]},
            )
            return redirect("interchange:import_preview", tenant_slug=tenant.slug, uuid=job.uuid)
    result = job.result or {}
    problems = result.get("problems", [])
    return render(
        request,
        "interchange/import_preview.html",
        {
            "job": job,
            "result": result,
            "problems": problems[:PROBLEMS_SHOWN],
            "problems_hidden": max(result.get("problem_count", 0) - PROBLEMS_SHOWN, 0),
            "error": error,
            "finished": job.status in (JobStatus.IMPORTED, JobStatus.DISCARDED),
            "importable": result.get("create", 0) + result.get("update", 0),
        },
        status=400 if error else 200,
    )


@tenant_view(Role.MODELLER)
@require_GET
def import_progress(request: HttpRequest, uuid: str) -> JsonResponse:
    """How far the check of a file has come (read by the progress bar while the check runs)."""
    tenant = request.tenant  # type: ignore[attr-defined]
    job = _job(tenant, uuid)
    return JsonResponse({"done": job.progress_done, "total": job.progress_total, "status": job.status})


@tenant_view(Role.MODELLER)
@require_POST
def import_discard_view(request: HttpRequest, uuid: str) -> HttpResponse:
    """Drop the upload; the register stays as it is."""
    tenant = request.tenant  # type: ignore[attr-defined]
    job = _job(tenant, uuid)
    try:
        import_discard(tenant=tenant, job=job)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.info(request, _("The upload was discarded; the register is unchanged."))
    return redirect("interchange:overview", tenant_slug=tenant.slug)
