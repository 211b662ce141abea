"""Factories for catalogues and their entries."""

import factory

from catalogues.choices import CatalogKind
from catalogues.models import Catalog, CatalogEntry
from catalogues.search import document_of


class CatalogFactory(factory.django.DjangoModelFactory[Catalog]):
    """A global catalogue unless ``tenant`` is given (then pick a context kind)."""

    class Meta:
        model = Catalog

    tenant = None
    kind = CatalogKind.LEIKA
    name = factory.LazyAttribute(lambda catalog: str(CatalogKind(catalog.kind).label))


class CatalogEntryFactory(factory.django.DjangoModelFactory[CatalogEntry]):
    """An entry with its tree path and search document, like one written by the import."""

    class Meta:
        model = CatalogEntry

    catalog = factory.SubFactory(CatalogFactory)
    parent = None
    key = factory.Sequence(lambda n: f"{n:05d}")
    name = factory.Sequence(lambda n: f"Eintrag {n}")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):  # type: ignore[no-untyped-def]
        entry = model_class(*args, **kwargs)
        entry.compute_path()
        entry.search_document = document_of(entry)
        entry.save()
        return entry
