"""Factories of process models and their versions (rows only; the services draw pictures and run checks)."""

from typing import Any

import factory

from modelling.choices import ModelKind, VersionSource
from modelling.models import ModelVersion, ProcessModel
from modelling.tests.bpmn_samples import process_bpmn
from register.tests.factories import ProfileFactory
from tenants.tests.factories import TenantFactory


class ProcessModelFactory(factory.django.DjangoModelFactory[ProcessModel]):
    """A BPMN model of a profile, with a first version unless ``version=False`` is passed.

    ``version=<xml>`` stores that XML as the first version (default: a small process).
    """

    class Meta:
        model = ProcessModel
        skip_postgeneration_save = True

    tenant = factory.SubFactory(TenantFactory)
    profile = factory.SubFactory(ProfileFactory, tenant=factory.SelfAttribute("..tenant"))
    kind = ModelKind.BPMN
    name = factory.Sequence(lambda n: f"Modell {n}")
    is_main = False
    version_count = 0

    @factory.post_generation
    def version(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted is not False:
            xml = extracted if isinstance(extracted, str | bytes) else process_bpmn(str(self.name))
            if isinstance(xml, bytes):
                xml = xml.decode("utf-8")
            ModelVersionFactory(model=self, xml=xml, **kwargs)


class ModelVersionFactory(factory.django.DjangoModelFactory[ModelVersion]):
    """The next version of ``model``; the model's ``version_count`` follows it."""

    class Meta:
        model = ModelVersion

    model = factory.SubFactory(ProcessModelFactory, version=False)
    tenant = factory.SelfAttribute("model.tenant")
    number = factory.LazyAttribute(lambda version: version.model.version_count + 1)
    xml = factory.LazyFunction(lambda: process_bpmn().decode("utf-8"))
    svg = ""
    source = VersionSource.CREATED
    findings = factory.LazyFunction(list)
    summary = factory.LazyFunction(dict)

    @classmethod
    def _create(cls, model_class: type[ModelVersion], *args: Any, **kwargs: Any) -> ModelVersion:
        version = super()._create(model_class, *args, **kwargs)
        model = version.model
        model.version_count = max(model.version_count, version.number)
        model.save(update_fields=["version_count", "updated_at"])
        return version
