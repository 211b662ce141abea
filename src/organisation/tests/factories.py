"""Factories for the organigram."""

import factory

from organisation.choices import OrgUnitKind
from organisation.models import OrgUnit, Position
from tenants.tests.factories import TenantFactory


class OrgUnitFactory(factory.django.DjangoModelFactory[OrgUnit]):
    class Meta:
        model = OrgUnit

    tenant = factory.SubFactory(TenantFactory)
    name = factory.Sequence(lambda n: f"Amt {n}")
    short_code = factory.Sequence(lambda n: f"A{n}")
    kind = OrgUnitKind.OFFICE
    parent = None

    @classmethod
    def _create(cls, model_class, *args, **kwargs):  # type: ignore[no-untyped-def]
        unit = model_class(*args, **kwargs)
        unit.compute_path()
        unit.save()
        return unit


class PositionFactory(factory.django.DjangoModelFactory[Position]):
    class Meta:
        model = Position

    unit = factory.SubFactory(OrgUnitFactory)
    tenant = factory.SelfAttribute("unit.tenant")
    name = factory.Sequence(lambda n: f"Sachbearbeitung {n}")
    pay_group = "EG 8"
