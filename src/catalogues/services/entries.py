"""Catalogues and the entries of a tenant's own context catalogues (documents, IT systems, laws, partners)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from catalogues.choices import CONTEXT_KINDS, GLOBAL_KINDS, CatalogKind
from catalogues.models import Catalog, CatalogEntry
from catalogues.search import document_of
from core.trees import check_new_parent, rebase
from tenants.models import Tenant

BATCH = 1000
ENTRY_FIELDS = ("key", "name", "description", "url", "synonyms")


def context_catalog_ensure(*, tenant: Tenant, kind: str) -> Catalog:
    """The tenant's context catalogue of ``kind``, created empty if it does not exist yet."""
    if kind not in CONTEXT_KINDS:
        raise ValidationError(_("Only context catalogues belong to an authority."))
    catalog, _created = Catalog.objects.get_or_create(
        tenant=tenant, kind=kind, defaults={"name": str(CatalogKind(kind).label)}
    )
    return catalog


def global_catalog_create(*, kind: str) -> Catalog:
    """Create the empty global catalogue of ``kind``; refused for a context kind or one that exists."""
    if kind not in GLOBAL_KINDS:
        raise ValidationError(_("Only public catalogues are global."))
    if Catalog.objects.filter(tenant__isnull=True, kind=kind).exists():
        raise ValidationError(_("A catalogue of this kind exists already or the kind is unknown."))
    return Catalog.objects.create(kind=kind, name=str(CatalogKind(kind).label))


def _check_editable(tenant: Tenant, catalog: Catalog) -> None:
    if catalog.tenant_id != tenant.pk or catalog.kind not in CONTEXT_KINDS:
        raise ValidationError(_("Only the authority's own context catalogues can be edited here."))


def _check_unique(catalog: Catalog, entry: CatalogEntry) -> None:
    siblings = CatalogEntry.objects.filter(catalog=catalog).exclude(pk=entry.pk)
    if entry.key and siblings.filter(key=entry.key).exists():
        raise ValidationError({"key": _("Another entry of this catalogue has this key.")})
    if siblings.filter(name__iexact=entry.name, is_retired=False).exists():
        raise ValidationError({"name": _("Another entry of this catalogue has this name.")})


@transaction.atomic
def entry_create(
    *, tenant: Tenant, catalog: Catalog, parent: CatalogEntry | None = None, **fields: Any
) -> CatalogEntry:
    """Add an entry to the tenant's context catalogue."""
    _check_editable(tenant, catalog)
    if parent is not None and parent.catalog_id != catalog.pk:
        raise ValidationError({"parent": _("The parent entry belongs to another catalogue.")})
    entry = CatalogEntry(
        catalog=catalog, parent=parent, **{k: v for k, v in fields.items() if k in ENTRY_FIELDS}
    )
    entry.compute_path()
    entry.full_clean()
    _check_unique(catalog, entry)
    entry.search_document = document_of(entry)
    entry.save()
    return entry


@transaction.atomic
def entry_update(
    *, tenant: Tenant, entry: CatalogEntry, parent: CatalogEntry | None = None, **fields: Any
) -> CatalogEntry:
    """Change an entry of the tenant's context catalogue (moving it moves its subtree)."""
    catalog = entry.catalog
    _check_editable(tenant, catalog)
    if parent is not None and (parent.catalog_id != catalog.pk or not check_new_parent(entry, parent)):
        raise ValidationError({"parent": _("An entry cannot be placed below itself or another catalogue.")})
    for name, value in fields.items():
        if name in ENTRY_FIELDS:
            setattr(entry, name, value)
    old_path = entry.path
    entry.parent = parent
    entry.compute_path()
    entry.full_clean()
    _check_unique(catalog, entry)
    entry.search_document = document_of(entry)
    entry.save()
    if entry.path != old_path:
        descendants = list(
            CatalogEntry.objects.filter(catalog=catalog, path__startswith=old_path).exclude(pk=entry.pk)
        )
        CatalogEntry.objects.bulk_update(
            rebase(descendants, old_prefix=old_path, new_prefix=entry.path),
            ["path", "depth"],
            batch_size=BATCH,
        )
    return entry


@transaction.atomic
def entry_delete(*, tenant: Tenant, entry: CatalogEntry) -> None:
    """Delete an entry with its sub-entries; refused while a profile links to any of them."""
    _check_editable(tenant, entry.catalog)
    subtree = CatalogEntry.objects.filter(catalog=entry.catalog, path__startswith=entry.path)
    linked = subtree.filter(profile_links__isnull=False).values("profile_links__profile").distinct().count()
    if linked:
        raise ValidationError(
            _(
                "%(n)d process profiles link to this entry or its sub-entries. Remove the links first, "
                "or mark the entry as no longer in use."
            )
            % {"n": linked}
        )
    subtree.delete()


@transaction.atomic
def entry_retire(*, tenant: Tenant, entry: CatalogEntry, retired: bool = True) -> CatalogEntry:
    """Mark an entry as no longer in use (its links stay, flagged) or take it back into use."""
    _check_editable(tenant, entry.catalog)
    entry.is_retired = retired
    entry.save(update_fields=["is_retired"])
    return entry
