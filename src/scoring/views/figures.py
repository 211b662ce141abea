"""Kennzahlen erheben: a keyboard-friendly grid to record Fallzahl, Bearbeitungszeit, Digitalisierungsgrad
and relevance for many profiles, with the recording progress per org unit.

With JavaScript every cell is saved on its own (``figures_cell``, answering JSON); without it the page is one
form whose rows are all checked before anything is written (``figures_grid`` POST).
"""

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from core.http import paginate, query_without
from organisation.models import OrgUnit
from register.models import ProcessProfile
from register.search import parse_query
from register.selectors import LIST_UNIT_FIELDS
from register.services.profiles import profiles_figures_set
from scoring.forms_figures import (
    FIGURE_FIELDS,
    FigureError,
    FiguresFilterSet,
    GridInput,
    column_labels,
    display_figure,
    grid_row,
    level_choices,
    parse_figure,
    parse_grid,
)
from scoring.selectors import recording_progress
from scoring.templatetags.scoring import score
from tenants.access import tenant_view
from tenants.choices import Role
from tenants.models import Tenant

DEFAULT_PAGE_SIZE = 50
UUID_PLACEHOLDER = "00000000-0000-0000-0000-000000000000"  # reverse() once per page, not once per row
GRID_FIELDS = ("id", "uuid", "tenant", "number", "name", "owner_unit", "score", *FIGURE_FIELDS)


def _grid_profiles(tenant: Tenant) -> QuerySet[ProcessProfile]:
    """The profiles with just what the grid shows; the owning units come by one prefetch."""
    units = OrgUnit.objects.for_tenant(tenant).only(*LIST_UNIT_FIELDS)
    return (
        ProcessProfile.objects.for_tenant(tenant)
        .only(*GRID_FIELDS)
        .prefetch_related(Prefetch("owner_unit", queryset=units))
    )


def _progress_context(tenant: Tenant) -> dict[str, Any]:
    total, units = recording_progress(tenant)
    return {"progress_total": total, "progress_units": units}


def _grid_context(request: HttpRequest, posted: GridInput | None) -> dict[str, Any]:
    tenant = request.tenant  # type: ignore[attr-defined]
    filterset = FiguresFilterSet(request.GET or None, queryset=_grid_profiles(tenant), tenant=tenant)
    valid = filterset.is_valid() if filterset.is_bound else True
    queryset = filterset.qs if valid else ProcessProfile.objects.for_tenant(tenant).none()
    # Only a query with words is ranked; "!!!" searches nothing and has no search_rank to sort by.
    searching = bool(valid and filterset.is_bound and parse_query(filterset.form.cleaned_data.get("q") or ""))
    queryset = queryset.order_by("-search_rank", "number") if searching else queryset.order_by("number")
    page = paginate(request, queryset, sizes=settings.REGISTER_PAGE_SIZES, default=DEFAULT_PAGE_SIZE)
    detail_url = reverse("register:profile_detail", args=[tenant.slug, UUID_PLACEHOLDER])
    cell_url = reverse("scoring:figures_cell", args=[tenant.slug, UUID_PLACEHOLDER])
    labels, levels = column_labels(), level_choices()
    rows = [
        grid_row(
            profile,
            detail_url=detail_url.replace(UUID_PLACEHOLDER, str(profile.uuid)),
            cell_url=cell_url.replace(UUID_PLACEHOLDER, str(profile.uuid)),
            labels=labels,
            level_choices=levels,
            posted=posted,
        )
        for profile in page.object_list
    ]
    return {
        "filterset": filterset,
        "rows": rows,
        "labels": labels,
        "page": page,
        "page_query": query_without(request, "page"),
        "page_sizes": settings.REGISTER_PAGE_SIZES,
        "cell_errors": [cell for row in rows for cell in row.cells.values() if cell.error],
        **_progress_context(tenant),
    }


def _take_errors(posted: GridInput, error: ValidationError) -> list[str]:
    """Put the service's per-cell problems beside the cells; return the ones that belong to no cell."""
    if not hasattr(error, "error_dict"):
        return list(error.messages)
    general = []
    for key, problems in error.message_dict.items():
        name = key.partition(":")[2]
        if name in FIGURE_FIELDS:
            posted.errors[key] = " ".join(problems)
        else:
            general.extend(problems)
    return general


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def figures_grid(request: HttpRequest) -> HttpResponse:
    """The grid of a page of profiles with the recording progress; POST saves all its rows or none."""
    tenant = request.tenant  # type: ignore[attr-defined]
    posted: GridInput | None = None
    problems: list[str] = []
    if request.method == "POST":
        posted = parse_grid(request.POST)
        if not posted.rows:
            problems.append(_("There was nothing to save: the form listed no processes."))
        elif not posted.errors:
            try:
                changed = profiles_figures_set(tenant=tenant, rows=posted.rows)
            except ValidationError as error:
                problems.extend(_take_errors(posted, error))
            else:
                messages.success(
                    request,
                    ngettext(
                        "The figures were saved: %(count)d process changed.",
                        "The figures were saved: %(count)d processes changed.",
                        changed,
                    )
                    % {"count": changed},
                )
                return redirect(request.get_full_path())
    context = _grid_context(request, posted)
    context["problems"] = problems
    return render(request, "scoring/figures.html", context, status=200 if posted is None else 400)


@tenant_view(Role.MODELLER)
@require_POST
def figures_cell(request: HttpRequest, uuid: str) -> HttpResponse:
    """Save one figure of one profile (``field`` and ``value``); answer JSON with the new score and progress.

    A value that cannot be read or is implausible answers 400 with the message and changes nothing.
    """
    tenant = request.tenant  # type: ignore[attr-defined]
    profiles = ProcessProfile.objects.for_tenant(tenant).filter(uuid=uuid)
    profile = profiles.only("id", "uuid").first()
    if profile is None:
        raise Http404("Unknown profile")
    name = request.POST.get("field", "")
    if name not in FIGURE_FIELDS:
        message = _("Say which figure to save: cases per year, processing time, level or relevance.")
        return JsonResponse({"ok": False, "field": "", "message": message}, status=400)
    try:
        value = parse_figure(name, request.POST.get("value"))
        profiles_figures_set(tenant=tenant, rows={str(profile.uuid): {name: value}})
    except FigureError as error:
        return JsonResponse({"ok": False, "field": name, "message": error.message}, status=400)
    except ValidationError as error:
        return JsonResponse({"ok": False, "field": name, "message": " ".join(error.messages)}, status=400)
    saved = profiles.values(*dict.fromkeys((name, "score", "relevant"))).get()
    progress = render_to_string("scoring/_figures_progress.html", _progress_context(tenant), request=request)
    return JsonResponse(
        {
            "ok": True,
            "field": name,
            "value": display_figure(name, saved[name]),
            "score": score(saved["score"]),
            "relevant": saved["relevant"],
            "message": _("Saved."),
            "progress": progress,
        }
    )
