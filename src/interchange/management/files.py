"""What the import and export commands share: the authority by its slug, reading and writing files."""

from pathlib import Path

from django.core.management.base import CommandError

from tenants.models import Tenant


def tenant_by_slug(slug: str) -> Tenant:
    """The authority with this slug, or CommandError."""
    tenant = Tenant.objects.filter(slug=slug).first()
    if tenant is None:
        raise CommandError(f"Keine Behörde mit dem Kurznamen „{slug}“.")
    return tenant


def read_file(path: Path, limit: int) -> bytes:
    """The content of ``path``, refused (CommandError) when missing or larger than ``limit`` bytes before
    it is read into memory."""
    if not path.is_file():
        raise CommandError(f"Datei nicht gefunden: {path}")
    if path.stat().st_size > limit:
        raise CommandError(f"Die Datei ist größer als {limit // (1024 * 1024)} MB.")
    return path.read_bytes()


def write_file(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path``, or CommandError when the folder is missing or not writable."""
    if not path.parent.is_dir():
        raise CommandError(f"Der Ordner {path.parent} existiert nicht.")
    try:
        path.write_bytes(content)
    except OSError as error:
        raise CommandError(f"Die Datei {path} kann nicht geschrieben werden: {error.strerror}") from error
