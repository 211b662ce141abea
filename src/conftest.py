"""The fixed test cast used everywhere: one tenant with a member of every role, and an outsider tenant.

- ``tenant``: "Teststadt" with ``admin``, ``modeller``, ``reviewer``, ``viewer``;
- ``other_tenant``: "Nachbargemeinde" with its own ``outsider`` administrator, who must never see Teststadt.
"""

from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import AbstractUser
from django.test import Client

from tenants.choices import Role
from tenants.models import Tenant
from tenants.tests.factories import MembershipFactory, TenantFactory, UserFactory


@dataclass
class Cast:
    tenant: Tenant
    other_tenant: Tenant
    admin: AbstractUser
    modeller: AbstractUser
    reviewer: AbstractUser
    viewer: AbstractUser
    outsider: AbstractUser

    def client_for(self, user: AbstractUser | None) -> Client:
        client = Client()
        if user is not None:
            client.force_login(user)
        return client


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Any) -> None:
    """Argon2 is deliberately slow; tests that do not test hashing use a fast hasher."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def cast(db: None) -> Cast:
    tenant = TenantFactory(slug="teststadt", name="Teststadt")
    other = TenantFactory(slug="nachbargemeinde", name="Nachbargemeinde")
    users = {}
    for role, name in [
        (Role.ADMINISTRATOR, "admin"),
        (Role.MODELLER, "modeller"),
        (Role.REVIEWER, "reviewer"),
        (Role.VIEWER, "viewer"),
    ]:
        users[name] = UserFactory(username=f"test-{name}")
        MembershipFactory(tenant=tenant, user=users[name], role=role)
    outsider = UserFactory(username="test-outsider")
    MembershipFactory(tenant=other, user=outsider, role=Role.ADMINISTRATOR)
    return Cast(tenant=tenant, other_tenant=other, outsider=outsider, **users)
