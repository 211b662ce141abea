"""The whole register as a JSON exchange file: download it, or import one into an empty register."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from interchange.forms_json import RegisterJsonUploadForm
from interchange.services import register_json as exchange
from tenants.access import actor_of, tenant_view
from tenants.choices import Role

MAX_REQUEST_BYTES = exchange.MAX_FILE_BYTES + 1024 * 1024  # the file and the form around it
JSON_TYPE = "application/json"


@tenant_view(Role.ADMINISTRATOR)
@require_GET
def register_json_export(request: HttpRequest) -> HttpResponse:
    """Download the whole register as ``register-<tenant>-<date>.json``."""
    tenant = request.tenant  # type: ignore[attr-defined]
    file_name = f"register-{tenant.slug}-{timezone.localdate().isoformat()}.json"
    return HttpResponse(
        exchange.register_json_bytes(tenant=tenant),
        content_type=JSON_TYPE,
        headers={"Content-Disposition": content_disposition_header(as_attachment=True, filename=file_name)},
    )


@tenant_view(Role.ADMINISTRATOR)
@require_http_methods(["GET", "POST"])
def register_json_import(request: HttpRequest) -> HttpResponse:
    """Upload a register file into the empty register; every problem of the file is listed."""
    tenant = request.tenant  # type: ignore[attr-defined]
    problems: list[str] = []
    if request.method == "POST" and int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REQUEST_BYTES:
        # Refused before Django reads the body: an oversized upload never reaches the disk.
        problems = [
            _("The file is larger than %(mb)d MB.") % {"mb": exchange.MAX_FILE_BYTES // (1024 * 1024)}
        ]
        context = {"form": RegisterJsonUploadForm(), "problems": problems}
        return render(request, "interchange/register_json_import.html", context, status=413)
    form = (
        RegisterJsonUploadForm(request.POST, request.FILES)
        if request.method == "POST"
        else RegisterJsonUploadForm()
    )
    if form.is_bound and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            job = exchange.register_json_import(
                tenant=tenant, data=upload.read(), file_name=upload.name or "", actor=actor_of(request)
            )
        except ValidationError as error:
            problems = list(error.messages)
        else:
            counts = job.result["counts"]
            messages.success(
                request,
                _(
                    "The register was imported. Processes: %(profiles)d, catalogue links: %(links)d, "
                    "organisational units: %(units)d, positions: %(positions)d, folders: %(folders)d, "
                    "attributes: %(attributes)d, context entries: %(entries)d."
                )
                % {
                    "units": counts["units"],
                    "positions": counts["positions"],
                    "folders": counts["folders"],
                    "attributes": counts["attribute_definitions"],
                    "entries": counts["context_entries"],
                    "profiles": counts["profiles"],
                    "links": counts["catalog_links"],
                },
            )
            for notice in job.notices:
                messages.info(request, notice)
            return redirect("interchange:overview", tenant_slug=tenant.slug)
    failed = bool(form.errors or problems)
    context = {"form": form, "problems": problems}
    return render(request, "interchange/register_json_import.html", context, status=400 if failed else 200)
