"""The Nutzwert-Score scheme: read by every member, edited by administrators with a what-if preview."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from scoring.forms_scheme import (
    CriterionRow,
    addable,
    input_errors,
    new_spec,
    renumber,
    row_of,
    rows_from_post,
    rows_of,
    specs_of_rows,
)
from scoring.preview import TOP, WhatIf, what_if
from scoring.selectors import scheme_for
from scoring.services import MAX_CRITERIA, default_specs, scheme_save, specs_of, specs_validate
from scoring.worklist import points_text
from tenants.access import tenant_view
from tenants.choices import Role

MAX_NOTE = 3000


@tenant_view()
@require_GET
def scheme_detail(request: HttpRequest) -> HttpResponse:
    """The criteria, their weights and what earns points: the score made transparent."""
    tenant = request.tenant  # type: ignore[attr-defined]
    scheme = scheme_for(tenant)
    specs = specs_of(scheme) if scheme else default_specs()
    return render(
        request,
        "scoring/scheme_detail.html",
        {
            "scheme": scheme,
            "criteria": [(spec, points_text(spec.as_rule())) for spec in specs],
            "can_edit": request.membership.has_role(Role.ADMINISTRATOR),  # type: ignore[attr-defined]
        },
    )


def _check(tenant: object, rows: list[CriterionRow]) -> list[str]:
    """Every problem of the submitted scheme: fields first, then the scheme as a whole."""
    errors = input_errors(rows)
    if errors:
        return errors
    try:
        specs_validate(tenant=tenant, specs=specs_of_rows(rows))  # type: ignore[arg-type]
    except ValidationError as error:
        return list(error.messages)
    return []


@tenant_view(Role.ADMINISTRATOR)
@require_http_methods(["GET", "POST"])
def scheme_edit(request: HttpRequest) -> HttpResponse:
    """Edit weights and points; *Vorschau* shows the new top 20 before anything is saved."""
    tenant = request.tenant  # type: ignore[attr-defined]
    scheme = scheme_for(tenant)
    note = scheme.note if scheme else ""
    preview: WhatIf | None = None
    errors: list[str] = []
    if request.method == "GET":
        rows = rows_of(specs_of(scheme) if scheme else default_specs())
    else:
        action = request.POST.get("action", "save")
        note = request.POST.get("note", "")[:MAX_NOTE]
        rows = renumber(rows_from_post(tenant, request.POST))
        if action == "add":
            spec = new_spec(tenant, request.POST.get("add", ""))
            if spec is None:
                errors = [_("Choose a criterion to add.")]
            elif len(rows) >= MAX_CRITERIA:
                errors = [_("A scheme has at most %(max)d criteria.") % {"max": MAX_CRITERIA}]
            else:
                rows.append(row_of(len(rows), spec))
        elif action == "default":
            rows = rows_of(default_specs())
            messages.info(request, _("The default scheme is loaded. It is saved only when you save it."))
        else:
            errors = _check(tenant, rows)
            if not errors and action == "preview":
                preview = what_if(tenant, [s.as_rule() for s in specs_of_rows(rows)])
            elif not errors:
                scheme_save(tenant=tenant, actor=request.user, specs=specs_of_rows(rows), note=note)  # type: ignore[arg-type]
                messages.success(request, _("The scheme was saved and every score recalculated."))
                return redirect("scoring:scheme", tenant_slug=tenant.slug)
    return render(
        request,
        "scoring/scheme_form.html",
        {
            "rows": rows,
            "note": note,
            "errors": errors,
            "preview": preview,
            "top": TOP,
            "weight_sum": sum(r.spec.weight for r in rows if isinstance(r.spec.weight, int)),
            "addable": addable(tenant, rows),
        },
        status=400 if errors else 200,
    )


@tenant_view(Role.ADMINISTRATOR)
@require_POST
def scheme_preview(request: HttpRequest) -> HttpResponse:
    """The what-if fragment for the editor (htmx, on every change): new top 20 or what is still wrong."""
    tenant = request.tenant  # type: ignore[attr-defined]
    rows = renumber(rows_from_post(tenant, request.POST))
    errors = _check(tenant, rows)
    preview = None if errors else what_if(tenant, [s.as_rule() for s in specs_of_rows(rows)])
    return render(
        request,
        "scoring/_what_if.html",
        {
            "preview": preview,
            "errors": errors,
            "top": TOP,
            "weight_sum": sum(r.spec.weight for r in rows if isinstance(r.spec.weight, int)),
        },
    )
