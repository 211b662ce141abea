"""Factories for tenants, users and memberships."""

import factory
from django.contrib.auth import get_user_model

from tenants.choices import Role, SizeClass, TenantKind
from tenants.models import Membership, Tenant

User = get_user_model()
PASSWORD = "Testpasswort-123"


class TenantFactory(factory.django.DjangoModelFactory[Tenant]):
    class Meta:
        model = Tenant
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Gemeinde {n}")
    slug = factory.Sequence(lambda n: f"gemeinde-{n}")
    kind = TenantKind.MUNICIPALITY
    size_class = SizeClass.GK_10000


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person{n}")
    first_name = "Erika"
    last_name = "Muster"
    password = factory.django.Password(PASSWORD)


class MembershipFactory(factory.django.DjangoModelFactory[Membership]):
    class Meta:
        model = Membership

    tenant = factory.SubFactory(TenantFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.VIEWER
