"""Views of the register's folder tree (Modellers and Administrators change it)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from core.forms import add_service_errors
from core.trees import sort_as_tree
from register.forms import FolderDeleteForm, FolderForm
from register.models import Folder
from register.services.folders import folder_create, folder_delete, folder_update
from tenants.access import tenant_view
from tenants.choices import Role
from tenants.models import Tenant


def _get_folder(tenant: Tenant, uuid: str) -> Folder:
    folder = Folder.objects.for_tenant(tenant).filter(uuid=uuid).first()
    if folder is None:
        raise Http404("Unknown folder")
    return folder


@tenant_view()
@require_GET
def folder_list(request: HttpRequest) -> HttpResponse:
    """The folder tree with the number of processes in each folder."""
    tenant = request.tenant  # type: ignore[attr-defined]
    folders = list(Folder.objects.for_tenant(tenant).annotate(process_count=Count("profiles")))
    return render(
        request,
        "register/folder_list.html",
        {
            "folders": sort_as_tree(folders),
            "can_edit": request.membership.has_role(Role.MODELLER),  # type: ignore[attr-defined]
        },
    )


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def folder_edit(request: HttpRequest, uuid: str | None = None) -> HttpResponse:
    """Create a folder, or rename and move one."""
    tenant = request.tenant  # type: ignore[attr-defined]
    folder = _get_folder(tenant, uuid) if uuid else None
    initial: dict[str, object] = {}
    if folder is None and request.GET.get("parent"):
        initial = {"parent": request.GET["parent"]}
    if folder is not None:
        initial = {"name": folder.name, "parent": folder.parent.uuid if folder.parent else None}
    form = FolderForm(request.POST or None, initial=initial, tenant=tenant, folder=folder)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if folder is None:
                folder = folder_create(tenant=tenant, name=data["name"], parent=data["parent"])
            else:
                folder = folder_update(tenant=tenant, folder=folder, name=data["name"], parent=data["parent"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The folder “%(name)s” was saved.") % {"name": folder.name})
            return redirect("register:folder_list", tenant_slug=tenant.slug)
    return render(
        request,
        "register/folder_form.html",
        {"form": form, "folder": folder},
        status=400 if form.errors else 200,
    )


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def folder_delete_view(request: HttpRequest, uuid: str) -> HttpResponse:
    """Delete a folder; its processes move to another folder, never away."""
    tenant = request.tenant  # type: ignore[attr-defined]
    folder = _get_folder(tenant, uuid)
    form = FolderDeleteForm(request.POST if request.method == "POST" else None, tenant=tenant, folder=folder)
    if request.method == "POST" and form.is_valid():
        try:
            moved = folder_delete(tenant=tenant, folder=folder, move_profiles_to=form.cleaned_data["move_to"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                ngettext(
                    "The folder “%(name)s” was deleted; %(count)d process was moved.",
                    "The folder “%(name)s” was deleted; %(count)d processes were moved.",
                    moved,
                )
                % {"name": folder.name, "count": moved},
            )
            return redirect("register:folder_list", tenant_slug=tenant.slug)
    context = {
        "folder": folder,
        "form": form,
        "has_children": Folder.objects.for_tenant(tenant).filter(parent=folder).exists(),
        "process_count": folder.profiles.count(),
    }
    return render(request, "register/folder_confirm_delete.html", context, status=400 if form.errors else 200)
