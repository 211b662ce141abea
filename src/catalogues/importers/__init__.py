"""Readers of catalogue files: each turns an upload (bytes and file name) into an ``ImportedFile``.

They only read and validate (no database); every problem of a file is raised together as
``CatalogFileError``. ``LAYOUTS_FOR_KIND`` says which layouts fit which kind of catalogue.
"""

from __future__ import annotations

from collections.abc import Callable

from catalogues.choices import CONTEXT_KINDS, CatalogKind, ImportLayout
from catalogues.importers.base import CatalogFileError, FileProblem, ImportedEntry, ImportedFile
from catalogues.importers.context import read_context
from catalogues.importers.hierarchical import read_hierarchical
from catalogues.importers.leika import read_leika
from catalogues.importers.ozg import read_ozg

__all__ = [
    "LAYOUTS_FOR_KIND",
    "READERS",
    "CatalogFileError",
    "FileProblem",
    "ImportedEntry",
    "ImportedFile",
    "read_catalog_file",
]

READERS: dict[str, Callable[[bytes, str], ImportedFile]] = {
    ImportLayout.LEIKA: read_leika,
    ImportLayout.OZG: read_ozg,
    ImportLayout.HIERARCHICAL: read_hierarchical,
    ImportLayout.CONTEXT: read_context,
}

LAYOUTS_FOR_KIND: dict[str, tuple[str, ...]] = {
    CatalogKind.LEIKA: (ImportLayout.LEIKA, ImportLayout.HIERARCHICAL),
    CatalogKind.OZG: (ImportLayout.OZG,),
    CatalogKind.KGST: (ImportLayout.HIERARCHICAL,),
    CatalogKind.SRH: (ImportLayout.HIERARCHICAL,),
    CatalogKind.PRODUCT: (ImportLayout.HIERARCHICAL,),
    **{kind: (ImportLayout.CONTEXT,) for kind in CONTEXT_KINDS},
}


def read_catalog_file(layout: str, data: bytes, file_name: str) -> ImportedFile:
    """Read ``data`` in ``layout`` (an ``ImportLayout``); raise ``CatalogFileError`` when it has problems."""
    try:
        reader = READERS[layout]
    except KeyError:
        raise ValueError(f"unknown file layout {layout!r}") from None
    return reader(data, file_name)
