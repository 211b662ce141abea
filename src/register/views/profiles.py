"""Views of the process register: list, detail, edit, relevance, bulk edit."""

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from core.http import is_htmx, paginate, query_without
from register.choices import Addressee
from register.filtersets import ProfileFilterSet
from register.forms import BulkEditForm, ProfileForm
from register.hooks import print_sections, profile_panels
from register.models import ProcessProfile
from register.search import parse_query
from register.selectors import (
    get_profile,
    next_profile_number,
    profile_for_detail,
    profiles_for_list,
    register_counts,
)
from register.services.attributes import definitions_for
from register.services.profiles import (
    BulkChanges,
    profile_create,
    profile_set_relevance,
    profile_update,
    profiles_bulk_update,
)
from register.tables import chosen_columns, columns_for, format_attribute, register_row, sorted_profiles
from register.views.catalogue_links import catalog_search_context
from tenants.access import tenant_view
from tenants.choices import Role

DEFAULT_PAGE_SIZE = 50
UUID_PLACEHOLDER = "00000000-0000-0000-0000-000000000000"  # reverse() once per page, not once per row


@tenant_view()
@require_http_methods(["GET"])
def profile_list(request: HttpRequest) -> HttpResponse:
    """The register: filter panel, choosable columns, sorting, pagination; htmx gets the table only."""
    tenant = request.tenant  # type: ignore[attr-defined]
    definitions = definitions_for(tenant)
    available = columns_for(definitions)
    columns = chosen_columns(available, request.GET.getlist("cols"))
    filterset = ProfileFilterSet(request.GET or None, queryset=profiles_for_list(tenant), tenant=tenant)
    valid = filterset.is_valid() if filterset.is_bound else True
    queryset = filterset.qs if valid else ProcessProfile.objects.for_tenant(tenant).none()
    # Only a query with words is ranked; "!!!" searches nothing and has no search_rank to sort by.
    searching = bool(valid and filterset.is_bound and parse_query(filterset.form.cleaned_data.get("q") or ""))
    queryset, sort = sorted_profiles(queryset, available, request.GET.get("sort", ""), searching)
    page = paginate(request, queryset, sizes=settings.REGISTER_PAGE_SIZES, default=DEFAULT_PAGE_SIZE)
    can_edit = request.membership.has_role(Role.MODELLER)  # type: ignore[attr-defined]
    detail_url = reverse("register:profile_detail", args=[tenant.slug, UUID_PLACEHOLDER])
    rows = [
        register_row(profile, columns, detail_url.replace(UUID_PLACEHOLDER, str(profile.uuid)), can_edit)
        for profile in page.object_list
    ]
    context = {
        "filterset": filterset,
        "columns": columns,
        "available_columns": list(available.values()),
        "chosen_keys": {c.key for c in columns},
        "rows": rows,
        "page": page,
        "sort": sort,
        "sort_query": query_without(request, "sort", "page"),
        "page_query": query_without(request, "page"),
        "export_query": query_without(request, "page", "per_page", "format"),
        "page_sizes": settings.REGISTER_PAGE_SIZES,
        "can_edit": can_edit,
        "bulk_form": BulkEditForm(tenant=tenant, prefix="bulk"),
    }
    if is_htmx(request):
        return render(request, "register/_results.html", context)
    context["counts"] = register_counts(tenant)
    return render(request, "register/profile_list.html", context)


@tenant_view()
@require_http_methods(["GET"])
def profile_detail(request: HttpRequest, uuid: str) -> HttpResponse:
    """A profile by attribute groups, with its catalogue links and org units."""
    tenant = request.tenant  # type: ignore[attr-defined]
    profile = profile_for_detail(tenant, uuid)
    context = _profile_context(request, profile)
    context["panels"] = profile_panels(request, profile)
    return render(request, "register/profile_detail.html", context)


@tenant_view(Role.VIEWER)
def profile_print(request: HttpRequest, uuid: str) -> HttpResponse:
    """The profile laid out for printing, with the sections other apps add (e.g. the main process model)."""
    tenant = request.tenant  # type: ignore[attr-defined]
    profile = profile_for_detail(tenant, uuid)
    context = _profile_context(request, profile)
    context["panels"] = print_sections(request, profile)
    return render(request, "register/profile_print.html", context)


def _profile_context(request: HttpRequest, profile: ProcessProfile) -> dict[str, Any]:
    definitions = definitions_for(request.tenant)  # type: ignore[attr-defined]
    groups: dict[str, list[tuple[str, str]]] = {}
    for definition in definitions:
        value = format_attribute(definition, profile.attributes.get(definition.key))
        groups.setdefault(definition.group.name, []).append((definition.label, value or "–"))
    workload = profile.annual_workload_minutes
    links: dict[str, list[object]] = {}
    for entry in profile.catalog_entries.all():
        links.setdefault(entry.catalog.get_kind_display(), []).append(entry)
    return {
        "profile": profile,
        "custom_groups": groups,
        "addressees": ", ".join(str(Addressee(a).label) for a in profile.addressees if a in Addressee.values),
        "workload_hours": None if workload is None else round(workload / 60),
        "catalog_links": links,
        "can_edit": request.membership.has_role(Role.MODELLER),  # type: ignore[attr-defined]
    }


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def profile_edit(request: HttpRequest, uuid: str | None = None) -> HttpResponse:
    """Create or edit a profile and its catalogue links; errors are explained next to each field.

    ``?katalog_q=…`` lists matching catalogue entries to tick, for browsers without JavaScript.
    """
    tenant = request.tenant  # type: ignore[attr-defined]
    profile = get_profile(tenant, uuid) if uuid else ProcessProfile(tenant=tenant)
    definitions = definitions_for(tenant)
    initial = {} if profile.pk else {"number": next_profile_number(tenant)}
    form = ProfileForm(
        request.POST or None, instance=profile, initial=initial, tenant=tenant, definitions=definitions
    )
    if request.method == "POST" and form.is_valid():
        arguments = {
            "tenant": tenant,
            "data": form.standard_data(),
            "participating_units": list(form.cleaned_data["participating_units"]),
            "predecessors": list(form.cleaned_data["predecessors"]),
            "attributes": form.attribute_values(),
            "catalog_entries": form.cleaned_data["catalog_entries"],
        }
        try:
            if profile.pk:
                profile = profile_update(profile=profile, **arguments)
            else:
                profile = profile_create(**arguments)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The process “%(name)s” was saved.") % {"name": profile.name})
            return redirect("register:profile_detail", tenant_slug=tenant.slug, uuid=profile.uuid)
    linked = {entry.uuid for entry in form.linked_entries()}
    return render(
        request,
        "register/profile_form.html",
        {"form": form, "profile": profile, **catalog_search_context(request, tenant, linked=linked)},
        status=400 if form.errors else 200,
    )


def _add_errors(form: ProfileForm, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            target = (
                field
                if field in form.fields
                else (f"attr__{field}" if f"attr__{field}" in form.fields else None)
            )
            for item in errors:
                form.add_error(target, item)
    else:
        form.add_error(None, error)


@tenant_view(Role.MODELLER)
@require_POST
def profile_relevance(request: HttpRequest, uuid: str) -> HttpResponse:
    """Mark a profile relevant or not relevant."""
    tenant = request.tenant  # type: ignore[attr-defined]
    profile = get_profile(tenant, uuid)
    relevant = request.POST.get("relevant") == "yes"
    profile_set_relevance(tenant=tenant, profile=profile, relevant=relevant)
    if relevant:
        messages.success(request, _("“%(name)s” is relevant again.") % {"name": profile.name})
    else:
        messages.success(
            request,
            _("“%(name)s” is marked not relevant and hidden from the working list.") % {"name": profile.name},
        )
    return redirect("register:profile_detail", tenant_slug=tenant.slug, uuid=profile.uuid)


@tenant_view(Role.MODELLER)
@require_POST
def profile_bulk_edit(request: HttpRequest) -> HttpResponse:
    """Apply Fallzahl, Digitalisierungsgrad, relevance or responsible unit to the selected rows."""
    tenant = request.tenant  # type: ignore[attr-defined]
    form = BulkEditForm(request.POST, tenant=tenant, prefix="bulk")
    back = request.POST.get("next", "")
    if not back.startswith("?"):
        back = ""
    if form.is_valid():
        data = form.cleaned_data
        changes = BulkChanges(
            case_count=data["case_count"],
            digitalisation_level=data["digitalisation_level"],
            relevant=data["relevant"],
            owner_unit=data["owner_unit"],
        )
        try:
            count = profiles_bulk_update(
                tenant=tenant, profile_uuids=request.POST.getlist("selected"), changes=changes
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(
                request,
                ngettext("%(count)d process was changed.", "%(count)d processes were changed.", count)
                % {"count": count},
            )
    else:
        for field_errors in form.errors.values():
            for text in field_errors:
                messages.error(request, str(text))
    return redirect(reverse("register:profile_list", kwargs={"tenant_slug": tenant.slug}) + back)
