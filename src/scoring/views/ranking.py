"""The ranked working list with filters and places, manual priority, XLSX/CSV export, printable report."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from core.forms import add_service_errors
from core.http import is_htmx, paginate, query_without
from register.filtersets import ProfileFilterSet
from register.models import ProcessProfile
from register.selectors import get_profile
from register.services.profiles import profile_priority_set
from scoring import exports
from scoring.engine import Result
from scoring.forms import PriorityForm
from scoring.selectors import (
    RANKING,
    criteria_of,
    explain_many,
    rank_of,
    ranked_profiles,
    rule_of,
    rules_for,
    scheme_for,
)
from scoring.worklist import figures_of, points_text, ranks_of, why_on_top, working_list
from tenants.access import tenant_view
from tenants.choices import Role
from tenants.models import Tenant

DEFAULT_PAGE_SIZE = 50
UUID_PLACEHOLDER = "00000000-0000-0000-0000-000000000000"  # reverse() once per page, not once per row
REPORT_TOP = (10, 20, 30, 50, 100)  # offered in the report's form; any whole number in between is accepted
REPORT_DEFAULT = 20


@dataclass(frozen=True)
class Row:
    """One line of the working list."""

    profile: ProcessProfile
    rank: int | None
    result: Result | None
    why: list[str]
    detail_url: str
    priority_url: str

    @property
    def caption_id(self) -> str:
        return f"calc-{self.profile.uuid}"

    @property
    def is_provisional(self) -> bool:
        return bool(self.result and self.result.is_provisional)


def _filtered(
    request: HttpRequest, tenant: Tenant, queryset: QuerySet[ProcessProfile]
) -> tuple[ProfileFilterSet, QuerySet[ProcessProfile], bool]:
    """The register's filters over the working list, in the working list's order.

    Returns the filter set, the filtered list, and whether a filter narrows it (then places must be looked
    up: the n-th row of a filtered list is not the n-th of the working list). The relevance filter is left
    out: the working list holds relevant processes only.
    """
    filterset = ProfileFilterSet(request.GET or None, queryset=queryset, tenant=tenant)
    del filterset.filters["relevant"]
    if filterset.is_bound and not filterset.is_valid():
        return filterset, queryset.none(), True
    narrowed = filterset.is_bound and any(
        value not in (None, "", [], ()) for value in filterset.form.cleaned_data.values()
    )
    # A search would order by its match rank; the working list keeps its own order.
    return filterset, filterset.qs.order_by(*RANKING), narrowed


def _rows(
    request: HttpRequest, tenant: Tenant, profiles: list[ProcessProfile], first: int, narrowed: bool
) -> list[Row]:
    ids = [p.pk for p in profiles]
    results = explain_many(tenant, rules_for(tenant), ids) if ids else {}
    ranks = ranks_of(tenant, ids) if narrowed else {pk: first + i for i, pk in enumerate(ids)}
    detail_url = reverse("register:profile_detail", args=[tenant.slug, UUID_PLACEHOLDER])
    priority_url = reverse("scoring:priority_edit", args=[tenant.slug, UUID_PLACEHOLDER])
    back = "?" + urlencode({"next": "?" + request.GET.urlencode()}) if request.GET else ""
    rows = []
    for profile in profiles:
        uuid = str(profile.uuid)
        result = results.get(profile.pk)
        rows.append(
            Row(
                profile=profile,
                rank=ranks.get(profile.pk),
                result=result,
                why=why_on_top(result),
                detail_url=detail_url.replace(UUID_PLACEHOLDER, uuid),
                priority_url=priority_url.replace(UUID_PLACEHOLDER, uuid) + back,
            )
        )
    return rows


@tenant_view()
@require_GET
def ranking(request: HttpRequest) -> HttpResponse:
    """The working list by manual priority and score, with the register's filters; htmx gets the results."""
    tenant = request.tenant  # type: ignore[attr-defined]
    filterset, queryset, narrowed = _filtered(request, tenant, working_list(tenant))
    page = paginate(request, queryset, sizes=settings.REGISTER_PAGE_SIZES, default=DEFAULT_PAGE_SIZE)
    profiles = list(page.object_list)
    context = {
        "filterset": filterset,
        "rows": _rows(request, tenant, profiles, page.start_index(), narrowed),
        "page": page,
        "page_query": query_without(request, "page"),
        "export_query": query_without(request, "page", "per_page", "format"),
        "page_sizes": settings.REGISTER_PAGE_SIZES,
        "can_edit": request.membership.has_role(Role.MODELLER),  # type: ignore[attr-defined]
    }
    if is_htmx(request):
        return render(request, "scoring/_ranking_results.html", context)
    return render(request, "scoring/ranking.html", context)


@tenant_view()
@require_GET
def ranking_export(request: HttpRequest) -> HttpResponse:
    """The whole (filtered) working list as XLSX or CSV (``?format=xlsx|csv``)."""
    tenant = request.tenant  # type: ignore[attr-defined]
    kind = request.GET.get("format", "xlsx")
    if kind not in exports.FORMATS:
        return HttpResponseBadRequest(
            _("Unknown export format “%(format)s”. Choose xlsx or csv.") % {"format": kind[:20]},
            content_type="text/plain; charset=utf-8",
        )
    filterset, queryset, narrowed = _filtered(request, tenant, ranked_profiles(tenant))
    if filterset.is_bound and not filterset.is_valid():
        return HttpResponseBadRequest(_("The filter is not valid."), content_type="text/plain; charset=utf-8")
    table = exports.export_table(tenant, queryset, narrowed=narrowed)
    today = timezone.localdate()
    if kind == "xlsx":
        content, content_type = exports.xlsx_bytes(table, title=_("Working list")), exports.XLSX_TYPE
    else:
        content, content_type = exports.csv_bytes(table), exports.CSV_TYPE
    return HttpResponse(
        content,
        content_type=content_type,
        headers={
            "Content-Disposition": content_disposition_header(
                as_attachment=True, filename=exports.file_name(tenant, today, kind)
            )
        },
    )


def _report_top(request: HttpRequest) -> int | None:
    """The requested number of processes (10–100), the default without a request, None when invalid."""
    raw = request.GET.get("top", "").strip()
    if not raw:
        return REPORT_DEFAULT
    try:
        top = int(raw)
    except ValueError:
        return None
    return top if REPORT_TOP[0] <= top <= REPORT_TOP[-1] else None


@tenant_view()
@require_GET
def ranking_report(request: HttpRequest) -> HttpResponse:
    """A printable report for the mayor or council: the top processes and a short method note."""
    tenant = request.tenant  # type: ignore[attr-defined]
    top = _report_top(request)
    scheme = scheme_for(tenant)
    criteria = criteria_of(scheme) if scheme else []
    rules = [rule_of(c) for c in criteria]
    context: dict[str, object] = {
        "today": timezone.localdate(),
        "top": top,
        "top_choices": REPORT_TOP,
        "scheme": scheme,
        "method": [{"rule": rule, "points": points_text(rule)} for rule in rules],
        "figures": figures_of(tenant),
    }
    if top is None:
        context["top_error"] = _("Choose a number of processes between %(min)d and %(max)d.") % {
            "min": REPORT_TOP[0],
            "max": REPORT_TOP[-1],
        }
        return render(request, "scoring/report.html", context, status=400)
    profiles = list(working_list(tenant)[:top])
    results = explain_many(tenant, rules, [p.pk for p in profiles]) if profiles else {}
    context["rows"] = [
        {
            "rank": place,
            "profile": profile,
            "result": results.get(profile.pk),
            "why": why_on_top(results.get(profile.pk)),
        }
        for place, profile in enumerate(profiles, start=1)
    ]
    return render(request, "scoring/report.html", context)


def _safe_back(value: str) -> str:
    """A query string to return to the list with (``?…``); anything else is dropped (no open redirect)."""
    return value if value.startswith("?") and "\n" not in value and "\r" not in value else ""


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def priority_edit(request: HttpRequest, uuid: str) -> HttpResponse:
    """Set or remove a profile's manual priority (1–999, with a reason)."""
    tenant = request.tenant  # type: ignore[attr-defined]
    profile = get_profile(tenant, uuid)
    back = _safe_back(
        request.POST.get("next", "") if request.method == "POST" else request.GET.get("next", "")
    )
    form = PriorityForm(request.POST if request.method == "POST" else None, profile=profile)
    if request.method == "POST" and form.is_valid():
        try:
            profile_priority_set(
                tenant=tenant,
                profile=profile,
                priority=form.cleaned_data["manual_priority"],
                reason=form.cleaned_data["priority_reason"],
            )
        except ValidationError as error:
            add_service_errors(form, error)  # the service checks before it changes anything
        else:
            if profile.manual_priority is None:
                text = _("The manual priority of “%(name)s” was removed.")
            else:
                text = _("“%(name)s” now has the manual priority %(priority)d.")
            messages.success(request, text % {"name": profile.name, "priority": profile.manual_priority or 0})
            return redirect(reverse("scoring:ranking", kwargs={"tenant_slug": tenant.slug}) + back)
    return render(
        request,
        "scoring/priority_form.html",
        {
            "form": form,
            "profile": profile,
            "rank": rank_of(tenant, profile),
            "next": back,
            "back_url": reverse("scoring:ranking", kwargs={"tenant_slug": tenant.slug}) + back,
        },
        status=400 if form.errors else 200,
    )
