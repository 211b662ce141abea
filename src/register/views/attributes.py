"""Views for tenant-defined attributes (Administrators only)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from core.forms import add_service_errors
from register.forms import AttributeDefinitionForm
from register.models import AttributeDefinition
from register.services.attributes import (
    attribute_definition_delete,
    attribute_definition_save,
    attribute_group_create,
    definitions_for,
)
from tenants.access import tenant_view
from tenants.choices import Role
from tenants.models import Tenant


def _get_definition(tenant: Tenant, uuid: str) -> AttributeDefinition:
    definition = (
        AttributeDefinition.objects.for_tenant(tenant).select_related("group").filter(uuid=uuid).first()
    )
    if definition is None:
        raise Http404("Unknown attribute")
    return definition


@tenant_view(Role.ADMINISTRATOR)
@require_GET
def attribute_list(request: HttpRequest) -> HttpResponse:
    """The tenant's own attributes by group."""
    return render(request, "register/attribute_list.html", {"definitions": definitions_for(request.tenant)})  # type: ignore[attr-defined]


@tenant_view(Role.ADMINISTRATOR)
@require_http_methods(["GET", "POST"])
def attribute_edit(request: HttpRequest, uuid: str | None = None) -> HttpResponse:
    """Create or change an attribute definition."""
    tenant = request.tenant  # type: ignore[attr-defined]
    definition = _get_definition(tenant, uuid) if uuid else None
    initial = {}
    if definition is not None:
        initial = {
            "label": definition.label,
            "group": definition.group.uuid,
            "type": definition.type,
            "choices": "\n".join(definition.choices),
            "required": definition.required,
            "help_text": definition.help_text,
            "position": definition.position,
        }
    form = AttributeDefinitionForm(request.POST or None, initial=initial, tenant=tenant)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            group = data["group"] or attribute_group_create(tenant=tenant, name=data["new_group"])
            saved = attribute_definition_save(
                tenant=tenant,
                definition=definition,
                group=group,
                label=data["label"],
                type=data["type"],
                choices=data["choices"].splitlines(),
                required=data["required"],
                help_text=data["help_text"],
                position=data["position"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The attribute “%(label)s” was saved.") % {"label": saved.label})
            return redirect("register:attribute_list", tenant_slug=tenant.slug)
    return render(
        request,
        "register/attribute_form.html",
        {"form": form, "definition": definition},
        status=400 if form.errors else 200,
    )


@tenant_view(Role.ADMINISTRATOR)
@require_http_methods(["GET", "POST"])
def attribute_delete(request: HttpRequest, uuid: str) -> HttpResponse:
    """Delete an attribute and its values, after confirmation."""
    tenant = request.tenant  # type: ignore[attr-defined]
    definition = _get_definition(tenant, uuid)
    if request.method == "POST":
        try:
            changed = attribute_definition_delete(tenant=tenant, definition=definition)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return redirect("register:attribute_list", tenant_slug=tenant.slug)
        messages.success(
            request,
            ngettext(
                "The attribute “%(label)s” was deleted; %(count)d process had a value.",
                "The attribute “%(label)s” was deleted; %(count)d processes had a value.",
                changed,
            )
            % {"label": definition.label, "count": changed},
        )
        return redirect("register:attribute_list", tenant_slug=tenant.slug)
    return render(request, "register/attribute_confirm_delete.html", {"definition": definition})
