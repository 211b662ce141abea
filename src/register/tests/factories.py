"""Factories for the process register."""

import factory

from catalogues.tests.factories import CatalogEntryFactory
from register.choices import OzgTopic, ProcessType
from register.models import AttributeDefinition, AttributeGroup, CatalogLink, Folder, ProcessProfile
from register.services.search_index import profiles_reindex
from tenants.tests.factories import TenantFactory


class FolderFactory(factory.django.DjangoModelFactory[Folder]):
    class Meta:
        model = Folder

    tenant = factory.SubFactory(TenantFactory)
    name = factory.Sequence(lambda n: f"Ordner {n}")
    parent = None

    @classmethod
    def _create(cls, model_class, *args, **kwargs):  # type: ignore[no-untyped-def]
        folder = model_class(*args, **kwargs)
        folder.compute_path()
        folder.save()
        return folder


class ProfileFactory(factory.django.DjangoModelFactory[ProcessProfile]):
    """A profile, indexed for search like one saved through the services."""

    class Meta:
        model = ProcessProfile
        skip_postgeneration_save = True

    tenant = factory.SubFactory(TenantFactory)
    number = factory.Sequence(lambda n: f"P-{n:04d}")
    name = factory.Sequence(lambda n: f"Gewerbe anmelden {n}")
    process_type = ProcessType.CORE
    ozg_topic = OzgTopic.BUSINESS
    case_count = 100
    processing_minutes = 20
    digitalisation_level = 2

    @factory.post_generation
    def index(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            profiles_reindex(tenant=self.tenant, profile_ids=[self.pk])


class AttributeGroupFactory(factory.django.DjangoModelFactory[AttributeGroup]):
    class Meta:
        model = AttributeGroup

    tenant = factory.SubFactory(TenantFactory)
    name = factory.Sequence(lambda n: f"Gruppe {n}")


class AttributeDefinitionFactory(factory.django.DjangoModelFactory[AttributeDefinition]):
    class Meta:
        model = AttributeDefinition

    group = factory.SubFactory(AttributeGroupFactory)
    tenant = factory.SelfAttribute("group.tenant")
    key = factory.Sequence(lambda n: f"attribut_{n}")
    label = factory.Sequence(lambda n: f"Attribut {n}")
    type = "text"


class CatalogLinkFactory(factory.django.DjangoModelFactory[CatalogLink]):
    """A link from a profile to a catalogue entry; the profile is reindexed like after a service write."""

    class Meta:
        model = CatalogLink
        skip_postgeneration_save = True

    profile = factory.SubFactory(ProfileFactory)
    tenant = factory.SelfAttribute("profile.tenant")
    entry = factory.SubFactory(CatalogEntryFactory)

    @factory.post_generation
    def index(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            profiles_reindex(tenant=self.tenant, profile_ids=[self.profile_id])
