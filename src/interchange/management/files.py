"""What the import and export commands share: reading and writing files (the authority by its slug is
``tenants.management.lookup.tenant_by_slug``)."""

from pathlib import Path

from django.core.management.base import CommandError


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
