"""Views of the Musterprozessregister: list templates, publish a version, create a register from one."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from register.models import ProcessProfile, RegisterTemplate, TemplateInstance, TemplateVersion
from register.selectors import published_versions, templates_of
from register.services.templates import template_instantiate, template_version_publish
from tenants.access import actor_of, tenant_view
from tenants.choices import Role


@tenant_view()
@require_GET
def template_list(request: HttpRequest) -> HttpResponse:
    """Published templates, where this register came from, and (for publishers) their own templates."""
    tenant = request.tenant  # type: ignore[attr-defined]
    return render(
        request,
        "register/template_list.html",
        {
            "versions": published_versions(),
            "own_templates": templates_of(tenant) if tenant.is_template_publisher else [],
            "instances": (
                TemplateInstance.objects.for_tenant(tenant)
                .select_related("version__template")
                .defer("version__snapshot")
            ),
            "register_empty": not ProcessProfile.objects.for_tenant(tenant).exists(),
            "is_admin": request.membership.has_role(Role.ADMINISTRATOR),  # type: ignore[attr-defined]
        },
    )


@tenant_view(Role.ADMINISTRATOR)
@require_POST
def template_publish(request: HttpRequest) -> HttpResponse:
    """Publish the register of the publishing authority as a new template version."""
    tenant = request.tenant  # type: ignore[attr-defined]
    template_uuid = request.POST.get("template", "")
    template = (
        RegisterTemplate.objects.for_tenant(tenant).filter(uuid=template_uuid).first()
        if _is_uuid(template_uuid)
        else None
    )
    if template is None:
        raise Http404("Unknown template")
    try:
        version = template_version_publish(
            tenant=tenant, template=template, actor=actor_of(request), note=request.POST.get("note", "")[:500]
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            ngettext(
                "Version %(number)d of “%(name)s” was published with %(count)d process.",
                "Version %(number)d of “%(name)s” was published with %(count)d processes.",
                version.profile_count,
            )
            % {"number": version.number, "name": template.name, "count": version.profile_count},
        )
    return redirect("register:template_list", tenant_slug=tenant.slug)


@tenant_view(Role.ADMINISTRATOR)
@require_POST
def template_instantiate_view(request: HttpRequest, uuid: str) -> HttpResponse:
    """„Register aus Vorlage anlegen“: copy a template version into this (empty) register."""
    tenant = request.tenant  # type: ignore[attr-defined]
    version = TemplateVersion.objects.select_related("template").filter(uuid=uuid).first()
    if version is None:
        raise Http404("Unknown template version")
    try:
        instance = template_instantiate(tenant=tenant, version=version, actor=actor_of(request))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("register:template_list", tenant_slug=tenant.slug)
    messages.success(
        request,
        _("The register was created from “%(name)s” (version %(number)d).")
        % {"name": instance.version.template.name, "number": instance.version.number},
    )
    return redirect("register:profile_list", tenant_slug=tenant.slug)


def _is_uuid(value: str) -> bool:
    import uuid

    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True
