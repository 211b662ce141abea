"""Pages of one process model: create, view with its history, edit in the modeller, settings, delete."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from modelling.forms import ModelForm
from modelling.models import ProcessModel
from modelling.selectors import get_model, get_version, version_history
from modelling.services.models import (
    ModelConflict,
    ModelError,
    as_json,
    model_create,
    model_delete,
    model_save,
    model_update,
)
from register.selectors import get_profile
from tenants.access import actor_of, tenant_view
from tenants.choices import Role

MAX_SAVE_BYTES = 30 * 1024 * 1024


def _detail_url(request: HttpRequest, model: ProcessModel) -> str:
    return reverse(
        "modelling:model_detail",
        kwargs={"tenant_slug": request.tenant.slug, "uuid": model.uuid},  # type: ignore[attr-defined]
    )


def _profile_url(request: HttpRequest, model: ProcessModel) -> str:
    return reverse(
        "register:profile_detail",
        kwargs={"tenant_slug": request.tenant.slug, "uuid": model.profile.uuid},  # type: ignore[attr-defined]
    )


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def model_create_view(request: HttpRequest, profile_uuid: str) -> HttpResponse:
    """Name a new BPMN model of a process; it opens in the modeller with an empty diagram."""
    tenant = request.tenant  # type: ignore[attr-defined]
    profile = get_profile(tenant, profile_uuid)
    has_models = ProcessModel.objects.for_tenant(tenant).filter(profile=profile).exists()
    form = ModelForm(request.POST or None, initial={"name": profile.name, "is_main": not has_models})
    if request.method == "POST" and form.is_valid():
        try:
            model = model_create(
                tenant=tenant,
                profile=profile,
                name=form.cleaned_data["name"],
                user=actor_of(request),
                main=form.cleaned_data["is_main"] or not has_models,
            )
        except ModelError as error:
            form.add_error(None, error.message)
        else:
            return redirect("modelling:model_edit", tenant_slug=tenant.slug, uuid=model.uuid)
    return render(request, "modelling/model_create.html", {"profile": profile, "form": form})


@tenant_view(Role.VIEWER)
def model_detail(request: HttpRequest, uuid: str) -> HttpResponse:
    """The model's newest version in the viewer, its findings, its history and the exports."""
    tenant = request.tenant  # type: ignore[attr-defined]
    model = get_model(tenant, uuid)
    version = get_version(tenant, model, model.version_count)
    can_edit = request.membership.has_role(Role.MODELLER)  # type: ignore[attr-defined]
    return render(
        request,
        "modelling/model_detail.html",
        {
            "model": model,
            "profile": model.profile,
            "version": version,
            "is_latest": True,
            "history": version_history(tenant, model),
            "can_edit": can_edit,
            "settings_form": ModelForm(initial={"name": model.name, "is_main": model.is_main})
            if can_edit
            else None,
        },
    )


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def model_edit(request: HttpRequest, uuid: str) -> HttpResponse:
    """The modeller (GET); a save from it (POST, answered in JSON for the editor's script)."""
    tenant = request.tenant  # type: ignore[attr-defined]
    model = get_model(tenant, uuid)
    if request.method == "POST":
        return _save(request, model)
    version = get_version(tenant, model, model.version_count)
    return render(
        request,
        "modelling/model_edit.html",
        {
            "model": model,
            "profile": model.profile,
            "version": version,
            "save_url": reverse(
                "modelling:model_edit", kwargs={"tenant_slug": tenant.slug, "uuid": model.uuid}
            ),
            "detail_url": _detail_url(request, model),
        },
    )


def _save(request: HttpRequest, model: ProcessModel) -> JsonResponse:
    tenant = request.tenant  # type: ignore[attr-defined]
    try:
        base_version = int(request.POST.get("base_version", ""))
    except ValueError:
        return JsonResponse({"error": _("The editor did not say which version it started from.")}, status=400)
    xml = request.POST.get("xml", "")
    if not xml.strip():
        return JsonResponse({"error": _("The editor sent no diagram.")}, status=400)
    try:
        version = model_save(
            tenant=tenant,
            model=model,
            xml=xml,
            svg=request.POST.get("svg", ""),
            comment=request.POST.get("comment", ""),
            user=actor_of(request),
            base_version=base_version,
        )
    except ModelConflict as conflict:
        return JsonResponse(
            {
                "error": conflict.message,
                "latest_version": conflict.latest.number,
                "latest_url": reverse(
                    "modelling:version_detail",
                    kwargs={"tenant_slug": tenant.slug, "uuid": model.uuid, "number": conflict.latest.number},
                ),
            },
            status=409,
        )
    except ModelError as error:
        return JsonResponse({"error": error.message, "problems": []}, status=400)
    answer = as_json(version)
    answer["message"] = _("Version %(number)d saved.") % {"number": version.number}
    answer["detail_url"] = _detail_url(request, model)
    return JsonResponse(answer)


@tenant_view(Role.MODELLER)
@require_POST
def model_settings(request: HttpRequest, uuid: str) -> HttpResponse:
    """Rename the model or make it the main model of its process."""
    tenant = request.tenant  # type: ignore[attr-defined]
    model = get_model(tenant, uuid)
    form = ModelForm(request.POST)
    if form.is_valid():
        try:
            model_update(
                tenant=tenant,
                model=model,
                name=form.cleaned_data["name"],
                is_main=form.cleaned_data["is_main"],
            )
        except ModelError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The model’s settings were saved."))
    else:
        messages.error(request, _("Please give the model a name of at most 300 characters."))
    return redirect(_detail_url(request, model))


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def model_delete_view(request: HttpRequest, uuid: str) -> HttpResponse:
    """Ask, then delete the model with all its versions."""
    tenant = request.tenant  # type: ignore[attr-defined]
    model = get_model(tenant, uuid)
    if request.method == "POST":
        profile_url = _profile_url(request, model)
        model_delete(tenant=tenant, model=model)
        messages.success(request, _("The model “%(name)s” was deleted.") % {"name": model.name})
        return redirect(profile_url)
    return render(request, "modelling/model_confirm_delete.html", {"model": model, "profile": model.profile})
