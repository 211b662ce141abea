"""Views of the organigram: tree, add, rename/move, delete."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from core.forms import add_service_errors
from core.trees import sort_as_tree
from organisation.forms import OrgUnitDeleteForm, OrgUnitForm
from organisation.models import OrgUnit
from organisation.services import orgunit_create, orgunit_delete, orgunit_dependants, orgunit_update
from tenants.access import tenant_view
from tenants.choices import Role
from tenants.models import Tenant


def _get_unit(tenant: Tenant, uuid: str) -> OrgUnit:
    unit = OrgUnit.objects.for_tenant(tenant).filter(uuid=uuid).first()
    if unit is None:
        raise Http404("Unknown unit")
    return unit


@tenant_view()
@require_GET
def unit_list(request: HttpRequest) -> HttpResponse:
    """The organigram as an indented tree with positions and process counts."""
    tenant = request.tenant  # type: ignore[attr-defined]
    units = list(
        OrgUnit.objects.for_tenant(tenant).annotate(
            process_count=Count("owned_profiles", distinct=True),
            position_count=Count("positions", distinct=True),
        )
    )
    return render(
        request,
        "organisation/unit_list.html",
        {
            "units": sort_as_tree(units),
            "can_edit": request.membership.has_role(Role.ADMINISTRATOR),  # type: ignore[attr-defined]
        },
    )


@tenant_view(Role.ADMINISTRATOR)
@require_http_methods(["GET", "POST"])
def unit_edit(request: HttpRequest, uuid: str | None = None) -> HttpResponse:
    """Add a unit, or rename and move an existing one."""
    tenant = request.tenant  # type: ignore[attr-defined]
    unit = _get_unit(tenant, uuid) if uuid else None
    initial = {}
    if unit is not None:
        initial = {
            "name": unit.name,
            "short_code": unit.short_code,
            "kind": unit.kind,
            "parent": unit.parent.uuid if unit.parent else None,
        }
    elif request.GET.get("parent"):
        initial = {"parent": request.GET["parent"]}
    form = OrgUnitForm(request.POST or None, initial=initial, tenant=tenant, unit=unit)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if unit is None:
                unit = orgunit_create(
                    tenant=tenant,
                    name=data["name"],
                    kind=data["kind"],
                    parent=data["parent"],
                    short_code=data["short_code"],
                )
            else:
                unit = orgunit_update(
                    tenant=tenant,
                    unit=unit,
                    name=data["name"],
                    kind=data["kind"],
                    short_code=data["short_code"],
                    parent=data["parent"],
                )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The unit “%(name)s” was saved.") % {"name": unit.name})
            return redirect("organisation:unit_list", tenant_slug=tenant.slug)
    return render(
        request,
        "organisation/unit_form.html",
        {"form": form, "unit": unit},
        status=400 if form.errors else 200,
    )


@tenant_view(Role.ADMINISTRATOR)
@require_http_methods(["GET", "POST"])
def unit_delete(request: HttpRequest, uuid: str) -> HttpResponse:
    """Delete a unit; processes and positions must be handed to another unit first."""
    tenant = request.tenant  # type: ignore[attr-defined]
    unit = _get_unit(tenant, uuid)
    counts = orgunit_dependants(tenant=tenant, unit=unit)
    form = OrgUnitDeleteForm(request.POST if request.method == "POST" else None, tenant=tenant, unit=unit)
    if request.method == "POST" and form.is_valid():
        try:
            orgunit_delete(tenant=tenant, unit=unit, reassign_to=form.cleaned_data["reassign_to"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The unit “%(name)s” was deleted.") % {"name": unit.name})
            return redirect("organisation:unit_list", tenant_slug=tenant.slug)
    return render(
        request,
        "organisation/unit_confirm_delete.html",
        {"unit": unit, "counts": counts, "form": form},
        status=400 if form.errors else 200,
    )
