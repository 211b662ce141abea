"""What management commands of every app share about authorities: finding one by its slug."""

from django.core.management.base import CommandError

from tenants.models import Tenant


def tenant_by_slug(slug: str) -> Tenant:
    """The authority with this slug, or CommandError."""
    tenant = Tenant.objects.filter(slug=slug).first()
    if tenant is None:
        raise CommandError(f"Keine Behörde mit dem Kurznamen „{slug}“.")
    return tenant
