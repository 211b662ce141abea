"""Reads of the catalogues app."""

from django.db.models import Q, QuerySet

from catalogues.models import Catalog, CatalogEntry
from tenants.models import Tenant


def catalogs_for_tenant(tenant: Tenant) -> QuerySet[Catalog]:
    """Global catalogues and the tenant's own context catalogues."""
    return Catalog.objects.filter(Q(tenant__isnull=True) | Q(tenant=tenant))


def entries_for_tenant(tenant: Tenant) -> QuerySet[CatalogEntry]:
    """Entries the tenant may read and link: global ones and its own."""
    return CatalogEntry.objects.filter(Q(catalog__tenant__isnull=True) | Q(catalog__tenant=tenant))
