"""Catalogues seen from the register: overview, lazy tree, search, entry pages, coverage and its export."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header, urlencode
from django.utils.text import get_valid_filename
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_GET

from catalogues.choices import CONTEXT_KINDS, GLOBAL_KINDS, CatalogKind
from catalogues.models import Catalog
from catalogues.selectors import catalogs_for_tenant
from core.forms import render_selects_in_python
from core.http import is_htmx, query_without
from register import catalogue_selectors as browse
from register.coverage import (
    DEFAULT_TYPES,
    TYPE_CHOICES,
    Coverage,
    add_sub_branches,
    catalog_figures,
    coverage_of,
    coverage_workbook,
    scope_description,
    uncovered_entries,
)
from tenants.access import tenant_view
from tenants.choices import Role

SIBLINGS_PER_REQUEST = 200
BRANCHES_PER_PAGE = 50
UNCOVERED_PER_PAGE = 50
LINKED_PROFILES_SHOWN = 100
UUID_PLACEHOLDER = "00000000-0000-0000-0000-000000000000"  # reverse() once per list, not once per node
KIND_ORDER = {kind: index for index, kind in enumerate(CatalogKind.values)}
# Labels of the further fields the importers write; unknown fields show their own name.
EXTRA_LABELS = {
    "typisierung": gettext_lazy("Typisierung"),
    "themenfeld": gettext_lazy("Topic (Themenfeld)"),
    "art": gettext_lazy("Kind"),
    "leika_keys": gettext_lazy("Bundled LeiKa services"),
    "gruppierung": gettext_lazy("Grouping"),
    "kennung": gettext_lazy("Identifier"),
    "verrichtung": gettext_lazy("Verrichtung"),
    "verrichtungsdetail": gettext_lazy("Verrichtungsdetail"),
    "bezeichnung2": gettext_lazy("Second name"),
    "besondere_merkmale": gettext_lazy("Special features"),
}
LEIKA_LEVEL_LABEL = gettext_lazy("LeiKa level")
LEIKA_LEVELS = (
    gettext_lazy("Leistungsobjekt (groups services, not a service itself)"),
    gettext_lazy("Verrichtung (service)"),
    gettext_lazy("Verrichtungsdetail (service)"),
)
TYPE_LABELS = dict(TYPE_CHOICES)
TYPE_FILTER = "typ_filter"  # present once the Typisierung form was sent: an empty choice then means all


class CoverageFilterForm(forms.Form):
    """The LeiKa coverage's Typisierung choice."""

    typ = forms.MultipleChoiceField(
        label=gettext_lazy("Typisierung"),
        choices=TYPE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Without a choice every service counts."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        render_selects_in_python(self)


def _extra_value(name: str, value: object) -> str:
    """A further field for display; the Typisierung with the meaning of its codes ("2/3a" → 2 …; 3 …)."""
    text = str(value)
    if name != "typisierung":
        return text
    meanings = [
        str(TYPE_LABELS[part.strip()[:1]]) for part in text.split("/") if part.strip()[:1] in TYPE_LABELS
    ]
    return f"{text} ({'; '.join(meanings)})" if meanings else text


def _urls(tenant_slug: str, catalog: Catalog) -> dict[str, str]:
    """URL templates of a catalogue's pages; ``UUID_PLACEHOLDER`` stands for the entry."""
    return {
        "entry": reverse("register:catalog_entry", args=[tenant_slug, UUID_PLACEHOLDER]),
        "branch": reverse("register:catalog_branch", args=[tenant_slug, catalog.uuid, UUID_PLACEHOLDER]),
    }


def _node_rows(nodes: list[browse.Node], urls: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "node": node,
            "entry": node.entry,
            "entry_url": urls["entry"].replace(UUID_PLACEHOLDER, str(node.entry.uuid)),
            "branch_url": urls["branch"].replace(UUID_PLACEHOLDER, str(node.entry.uuid)),
        }
        for node in nodes
    ]


def _offset(request: HttpRequest) -> int:
    try:
        return max(0, int(request.GET.get("offset", 0)))
    except ValueError:
        return 0


def _editing_context(request: HttpRequest, catalog: Catalog) -> dict[str, bool]:
    """Context catalogues are edited by modellers (the catalogues app's pages)."""
    can_edit = not catalog.is_global and request.membership.has_role(Role.MODELLER)  # type: ignore[attr-defined]
    return {"can_edit_catalog": can_edit}


@tenant_view()
@require_GET
def catalog_list(request: HttpRequest) -> HttpResponse:
    """The global catalogues and the tenant's context catalogues with their figures."""
    tenant = request.tenant  # type: ignore[attr-defined]
    catalogs = sorted(catalogs_for_tenant(tenant), key=lambda c: (KIND_ORDER.get(c.kind, 99), c.name))
    figures = catalog_figures(tenant, catalogs)
    return render(
        request,
        "register/catalogues/catalog_list.html",
        {
            "global_rows": [
                {"catalog": c, "figures": figures[c.pk]}
                for c in catalogs
                if c.is_global and c.kind in GLOBAL_KINDS
            ],
            "context_rows": [{"catalog": c, "figures": figures[c.pk]} for c in catalogs if not c.is_global],
            "missing_context_kinds": [
                (kind.value, kind.label)
                for kind in CatalogKind
                if kind in CONTEXT_KINDS and kind not in {c.kind for c in catalogs if not c.is_global}
            ],
            "can_edit": request.membership.has_role(Role.MODELLER),  # type: ignore[attr-defined]
            "default_types": ", ".join(DEFAULT_TYPES),
        },
    )


@tenant_view()
@require_GET
def catalog_detail(request: HttpRequest, catalog_uuid: str) -> HttpResponse:
    """The catalogue as a tree (roots only, children load on demand) or the results of a search in it."""
    tenant = request.tenant  # type: ignore[attr-defined]
    catalog = browse.get_catalog(tenant, catalog_uuid)
    query = request.GET.get("q", "").strip()[: settings.SEARCH_QUERY_MAX_LENGTH]
    urls = _urls(tenant.slug, catalog)
    offset = _offset(request)
    context: dict[str, Any] = {"catalog": catalog, "query": query, **_editing_context(request, catalog)}
    if query:
        context["results"] = _node_rows(browse.search_nodes(tenant, catalog, query), urls)
        context["max_results"] = browse.MAX_RESULTS
    else:
        nodes, more = browse.child_nodes(tenant, catalog, None, offset=offset, limit=SIBLINGS_PER_REQUEST)
        context.update(_window(request, nodes, more, offset, urls))
        if is_htmx(request) and offset:
            return render(request, "register/catalogues/_nodes.html", context)
    context["entry_count"] = browse.current_entry_count(catalog)
    return render(request, "register/catalogues/catalog_detail.html", context)


def _window(
    request: HttpRequest, nodes: list[browse.Node], more: bool, offset: int, urls: dict[str, str]
) -> dict[str, Any]:
    query = query_without(request, "offset")
    more_url = f"{request.path}?{query}{'&' if query else ''}offset={offset + SIBLINGS_PER_REQUEST}"
    return {
        "nodes": _node_rows(nodes, urls),
        "more_url": more_url if more else "",
        "offset": offset,
        "focus_first": bool(offset) and is_htmx(request),  # "load more" moves focus to the first new node
        "first_number": offset + 1,
        "last_number": offset + len(nodes),
    }


@tenant_view()
@require_GET
def catalog_branch(request: HttpRequest, catalog_uuid: str, entry_uuid: str) -> HttpResponse:
    """The children of one entry: an htmx fragment for the tree, without htmx a page of its own."""
    tenant = request.tenant  # type: ignore[attr-defined]
    catalog = browse.get_catalog(tenant, catalog_uuid)
    entry = browse.get_entry(tenant, entry_uuid, catalog=catalog)
    offset = _offset(request)
    urls = _urls(tenant.slug, catalog)
    nodes, more = browse.child_nodes(tenant, catalog, entry, offset=offset, limit=SIBLINGS_PER_REQUEST)
    context = {"catalog": catalog, "entry": entry, **_window(request, nodes, more, offset, urls)}
    if is_htmx(request):
        template = "_nodes.html" if offset else "_branch.html"
        return render(request, f"register/catalogues/{template}", context)
    context["ancestors"] = browse.ancestors_of(entry)
    context["entry_url"] = urls["entry"].replace(UUID_PLACEHOLDER, str(entry.uuid))
    return render(request, "register/catalogues/branch.html", context)


@tenant_view()
@require_GET
def catalog_entry(request: HttpRequest, uuid: str) -> HttpResponse:
    """An entry with its fields, place in the tree, children and the tenant's linked processes."""
    tenant = request.tenant  # type: ignore[attr-defined]
    entry = browse.get_entry(tenant, uuid)
    catalog = entry.catalog
    urls = _urls(tenant.slug, catalog)
    children, more_children = browse.child_nodes(tenant, catalog, entry, offset=0, limit=SIBLINGS_PER_REQUEST)
    profiles, profile_total = browse.linked_profiles(tenant, entry, limit=LINKED_PROFILES_SHOWN)
    extra: list[tuple[object, object]] = [
        (EXTRA_LABELS.get(name, name.replace("_", " ").capitalize()), _extra_value(name, value))
        for name, value in (entry.extra or {}).items()
        if name != "leika_keys" and value not in ("", None)
    ]
    if catalog.kind == CatalogKind.LEIKA:
        extra.insert(0, (LEIKA_LEVEL_LABEL, LEIKA_LEVELS[min(entry.depth, len(LEIKA_LEVELS) - 1)]))
    # Not "register_url": the main navigation sets that name in the same template context.
    register_filter_url = reverse("register:profile_list", args=[tenant.slug])
    register_filter_url += "?" + urlencode({"katalogeintrag": str(entry.uuid), "relevant": "all"})
    return render(
        request,
        "register/catalogues/entry_detail.html",
        {
            "catalog": catalog,
            "entry": entry,
            "ancestors": browse.ancestors_of(entry),
            "children": _node_rows(children, urls),
            "more_children": more_children,
            "branch_url": urls["branch"].replace(UUID_PLACEHOLDER, str(entry.uuid)),
            "extra": extra,
            "bundled": browse.bundled_services(tenant, entry),
            "bundling": browse.bundling_services(tenant, entry),
            "profiles": profiles,
            "profile_total": profile_total,
            "register_filter_url": register_filter_url,
            **_editing_context(request, catalog),
        },
    )


def _coverage_types(
    request: HttpRequest, catalog: Catalog
) -> tuple[CoverageFilterForm | None, tuple[str, ...] | None]:
    """The Typisierung form (LeiKa only) and the chosen codes: the municipal ones until the form is sent."""
    if catalog.kind != CatalogKind.LEIKA:
        return None, None
    if TYPE_FILTER not in request.GET:
        return CoverageFilterForm(initial={"typ": list(DEFAULT_TYPES)}), DEFAULT_TYPES
    form = CoverageFilterForm(request.GET)
    if not form.is_valid():
        return form, DEFAULT_TYPES
    chosen = tuple(form.cleaned_data["typ"])
    return form, chosen or None


@tenant_view()
@require_GET
def catalog_coverage(request: HttpRequest, catalog_uuid: str) -> HttpResponse:
    """How much of the catalogue the tenant's relevant processes cover, per branch, and what is missing."""
    tenant = request.tenant  # type: ignore[attr-defined]
    catalog = browse.get_catalog(tenant, catalog_uuid)
    form, types = _coverage_types(request, catalog)
    coverage = coverage_of(tenant, catalog, types=types)
    branch_page = Paginator(coverage.branches, BRANCHES_PER_PAGE).get_page(request.GET.get("branch_page"))
    if coverage.two_levels:
        add_sub_branches(coverage, list(branch_page.object_list))
    uncovered_page = Paginator(uncovered_entries(coverage), UNCOVERED_PER_PAGE).get_page(
        request.GET.get("page")
    )
    entry_url = _urls(tenant.slug, catalog)["entry"]
    branch_rows = [
        {
            "branch": branch,
            "url": entry_url.replace(UUID_PLACEHOLDER, str(branch.uuid)),
            "top": branch.depth == 0,
        }
        for top in branch_page.object_list
        for branch in (top, *top.children)
    ]
    uncovered_rows = [
        {"entry": entry, "url": entry_url.replace(UUID_PLACEHOLDER, str(entry.uuid))}
        for entry in uncovered_page.object_list
    ]
    return render(
        request,
        "register/catalogues/coverage.html",
        {
            "catalog": catalog,
            "coverage": coverage,
            "scope": scope_description(coverage),
            "form": form,
            "type_filter": TYPE_FILTER,
            "branch_page": branch_page,
            "branch_rows": branch_rows,
            "uncovered_page": uncovered_page,
            "uncovered_rows": uncovered_rows,
            "branch_query": query_without(request, "branch_page"),
            "page_query": query_without(request, "page"),
            "filter_query": query_without(request, "page", "branch_page"),
        },
    )


def export_file_name(coverage: Coverage, tenant_name: str, today: date) -> str:
    """A German file name with catalogue, authority and date."""
    name = f"{gettext('Coverage')} {coverage.catalog.name} {tenant_name} {today.isoformat()}.xlsx"
    return get_valid_filename(name)


@tenant_view()
@require_GET
def catalog_coverage_export(request: HttpRequest, catalog_uuid: str) -> HttpResponse:
    """The coverage as an Excel file (overview, uncovered and covered entries)."""
    tenant = request.tenant  # type: ignore[attr-defined]
    catalog = browse.get_catalog(tenant, catalog_uuid)
    _form, types = _coverage_types(request, catalog)
    coverage = coverage_of(tenant, catalog, types=types)
    today = timezone.localdate()
    content = coverage_workbook(tenant, coverage, today=today)
    return HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={
            "Content-Disposition": content_disposition_header(
                as_attachment=True, filename=export_file_name(coverage, tenant.name, today)
            )
        },
    )
