"""The fixed test cast used everywhere: one tenant with a member of every role, and an outsider tenant.

- ``tenant``: "Teststadt" with ``admin``, ``modeller``, ``reviewer``, ``viewer``;
- ``other_tenant``: "Nachbargemeinde" with its own ``outsider`` administrator, who must never see Teststadt.
"""

import os
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import AbstractUser
from django.db import connection
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


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> None:
    """On PostgreSQL, no autovacuum in the test database.

    Every test rolls its rows back. An autoanalyze between two tests records a table as empty while its pages
    are still full of dead rows; the next test fills it again inside its transaction, and the planner, taking
    "empty", joins whole tables in nested loops (a demo load then takes minutes instead of seconds).
    """
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            return
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        for (table,) in cursor.fetchall():
            options = "autovacuum_enabled = off, toast.autovacuum_enabled = off"
            cursor.execute(f'ALTER TABLE "{table}" SET ({options})')


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


@pytest.fixture(scope="session")
def browser() -> Any:
    """One headless Debian Chromium for the whole run."""
    from core.testing import CHROMIUM_ARGS, chromium_path

    executable = chromium_path()
    if executable is None:
        pytest.fail("Chromium is missing: scripts/setup installs it (apt-get install chromium).")
    # Playwright's synchronous API runs an event loop; Django's ORM calls in the tests are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Any:
    """A fresh browser page (own cookies) in German."""
    context = browser.new_context(locale="de-DE", viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def accessible(page: Any) -> Any:
    """Call ``accessible()`` to assert the current page has no WCAG 2.1 AA violations (axe-core)."""
    from core.testing import axe_violations, describe_violations

    def check() -> None:
        violations = axe_violations(page)
        assert violations == [], f"{page.url}\n{describe_violations(violations)}"

    return check
