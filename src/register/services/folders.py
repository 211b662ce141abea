"""Writes of the register's folder tree."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core.trees import check_new_parent, rebase
from register.models import Folder, ProcessProfile
from tenants.models import Tenant


def _check(tenant: Tenant, folder: Folder | None, parent: Folder | None) -> None:
    if parent is not None and parent.tenant_id != tenant.pk:
        raise ValidationError({"parent": _("The parent folder belongs to another authority.")})
    if not check_new_parent(folder, parent):
        raise ValidationError(
            {"parent": _("A folder cannot be moved below itself or one of its sub-folders.")}
        )


@transaction.atomic
def folder_create(*, tenant: Tenant, name: str, parent: Folder | None = None) -> Folder:
    """Create a folder below ``parent`` (or at the top)."""
    _check(tenant, None, parent)
    folder = Folder(tenant=tenant, name=name.strip(), parent=parent)
    folder.compute_path()
    folder.full_clean()
    folder.save()
    return folder


@transaction.atomic
def folder_update(*, tenant: Tenant, folder: Folder, name: str, parent: Folder | None) -> Folder:
    """Rename a folder and move it, with its sub-folders, below ``parent``."""
    _check(tenant, folder, parent)
    old_path = folder.path
    folder.name, folder.parent = name.strip(), parent
    folder.compute_path()
    folder.full_clean()
    folder.save()
    if folder.path != old_path:
        below = list(
            Folder.objects.for_tenant(tenant).filter(path__startswith=old_path).exclude(pk=folder.pk)
        )
        rebase(below, old_prefix=old_path, new_prefix=folder.path)
        Folder.objects.for_tenant(tenant).bulk_update(below, ["path", "depth"])
    return folder


@transaction.atomic
def folder_delete(*, tenant: Tenant, folder: Folder, move_profiles_to: Folder | None = None) -> int:
    """Delete an empty-of-sub-folders folder; its processes move to ``move_profiles_to`` (or no folder).

    Returns how many processes were moved. Processes are never deleted with a folder.
    """
    if folder.tenant_id != tenant.pk:
        raise ValidationError(_("This belongs to another authority. Choose one of your own authority."))
    if Folder.objects.for_tenant(tenant).filter(parent=folder).exists():
        raise ValidationError(
            _("Delete or move the sub-folders of “%(name)s” first.") % {"name": folder.name}
        )
    if move_profiles_to is not None and (
        move_profiles_to.tenant_id != tenant.pk or move_profiles_to.pk == folder.pk
    ):
        raise ValidationError(_("Choose another folder of this authority."))
    moved = ProcessProfile.objects.for_tenant(tenant).filter(folder=folder).update(folder=move_profiles_to)
    folder.delete()
    return moved
