"""Downloads: the blank import template, the register list's current view (XLSX, CSV), the whole register."""

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core.spreadsheets import CSV_TYPE, XLSX_TYPE, csv_bytes, xlsx_bytes
from interchange import exports, template_xlsx
from tenants.access import tenant_view
from tenants.choices import Role

TEXT_TYPE = "text/plain; charset=utf-8"


def _attachment(content: bytes, content_type: str, filename: str) -> HttpResponse:
    return HttpResponse(
        content,
        content_type=content_type,
        headers={"Content-Disposition": content_disposition_header(as_attachment=True, filename=filename)},
    )


@tenant_view(Role.MODELLER)
@require_GET
def import_template(request: HttpRequest) -> HttpResponse:
    """The blank import template for the tenant's current fields and attributes."""
    tenant = request.tenant  # type: ignore[attr-defined]
    content = template_xlsx.import_template_bytes(tenant, today=timezone.localdate())
    return _attachment(content, XLSX_TYPE, template_xlsx.file_name(tenant))


@tenant_view(Role.VIEWER)
@require_GET
def register_view_export(request: HttpRequest) -> HttpResponse:
    """The register list as shown (filters, search, columns, sort), all pages, as XLSX or CSV."""
    tenant = request.tenant  # type: ignore[attr-defined]
    kind = request.GET.get("format", "xlsx")
    if kind not in exports.FORMATS:
        return HttpResponseBadRequest(
            _("Unknown export format “%(format)s”. Choose xlsx or csv.") % {"format": kind[:20]},
            content_type=TEXT_TYPE,
        )
    try:
        table = exports.register_view_table(tenant, request.GET)
    except ValidationError as error:
        return HttpResponseBadRequest(" ".join(error.messages), content_type=TEXT_TYPE)
    if kind == "xlsx":
        content, content_type = xlsx_bytes(table, title=_("Process register")), XLSX_TYPE
    else:
        content, content_type = csv_bytes(table), CSV_TYPE
    return _attachment(content, content_type, exports.view_file_name(tenant, timezone.localdate(), kind))


@tenant_view(Role.VIEWER)
@require_GET
def register_export(request: HttpRequest) -> HttpResponse:
    """The whole register as one workbook, a sheet per kind."""
    tenant = request.tenant  # type: ignore[attr-defined]
    content = exports.register_workbook(tenant)
    return _attachment(content, XLSX_TYPE, exports.workbook_file_name(tenant, timezone.localdate()))
