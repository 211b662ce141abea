"""Login with throttling, password hashing, logout, tenant choice, deploy settings and the CSP header."""

import importlib
import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.test import Client
from django.urls import reverse

from tenants.choices import Role
from tenants.models import LoginFailure
from tenants.tests.factories import PASSWORD, MembershipFactory, UserFactory

REPO_ROOT = Path(__file__).resolve().parents[3]
# The project settings as written (tests swap the password hashers); config lies above this app.
project_settings = importlib.import_module("config.settings")


def _login(client, username, password, **extra):
    return client.post(reverse("login"), {"username": username, "password": password}, **extra)


def _logged_in(client):
    return "_auth_user_id" in client.session


def _error_codes(response):
    return [error.code for error in response.context["form"].non_field_errors().as_data()]


# --- Login and throttling ---------------------------------------------------------------------------


def test_login_with_the_correct_password_works(cast):
    client = Client()
    response = _login(client, "test-viewer", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert _logged_in(client)
    assert client.session["_auth_user_id"] == str(cast.viewer.pk)


def test_login_with_a_wrong_password_fails_and_is_recorded(cast):
    client = Client()
    response = _login(client, "test-viewer", "falsch-falsch")
    assert response.status_code == 200
    assert not _logged_in(client)
    assert _error_codes(response) == ["invalid_login"]
    assert LoginFailure.objects.filter(username="test-viewer").count() == 1


def test_login_with_an_unknown_user_fails(cast):
    client = Client()
    response = _login(client, "niemand", PASSWORD)
    assert response.status_code == 200
    assert not _logged_in(client)


def test_after_the_failure_limit_even_the_correct_password_is_refused(cast):
    assert settings.LOGIN_FAILURE_LIMIT == 5
    client = Client()
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        _login(client, "test-viewer", "falsch-falsch")
    response = _login(client, "test-viewer", PASSWORD)
    assert response.status_code == 200
    assert not _logged_in(client)
    assert _error_codes(response) == ["locked"]


def test_the_lock_holds_for_other_spellings_of_the_user_name(cast):
    client = Client()
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        _login(client, "Test-Viewer", "falsch-falsch")
    response = _login(Client(), "test-viewer", PASSWORD)
    assert _error_codes(response) == ["locked"]


def test_one_failure_below_the_limit_still_allows_the_correct_password(cast):
    client = Client()
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        _login(client, "test-viewer", "falsch-falsch")
    response = _login(client, "test-viewer", PASSWORD)
    assert response.status_code == 302
    assert _logged_in(client)


def test_failures_of_one_user_do_not_lock_another(cast):
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        _login(Client(), "test-viewer", "falsch-falsch")
    client = Client()
    _login(client, "test-admin", PASSWORD)
    assert _logged_in(client)


def test_many_failures_from_one_address_lock_that_address(cast, settings):
    settings.LOGIN_FAILURE_LIMIT = 1  # the address limit is ten times the user name limit
    for n in range(10):
        _login(Client(), f"geraten-{n}", "falsch-falsch", REMOTE_ADDR="203.0.113.7")
    locked = _login(Client(), "test-admin", PASSWORD, REMOTE_ADDR="203.0.113.7")
    assert _error_codes(locked) == ["locked"]
    client = Client()
    _login(client, "test-admin", PASSWORD, REMOTE_ADDR="203.0.113.8")
    assert _logged_in(client)


def test_a_successful_login_clears_the_failures_of_the_user_name(cast):
    client = Client()
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        _login(client, "test-viewer", "falsch-falsch")
    _login(Client(), "test-admin", "falsch-falsch")
    assert LoginFailure.objects.filter(username="test-viewer").count() == settings.LOGIN_FAILURE_LIMIT - 1
    _login(client, "test-viewer", PASSWORD)
    assert _logged_in(client)
    assert not LoginFailure.objects.filter(username="test-viewer").exists()
    assert LoginFailure.objects.filter(username="test-admin").count() == 1


def test_failures_older_than_the_window_are_forgotten(cast):
    from datetime import timedelta

    from django.utils import timezone

    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        _login(Client(), "test-viewer", "falsch-falsch")
    LoginFailure.objects.update(
        at=timezone.now() - timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS + 1)
    )
    client = Client()
    _login(client, "test-viewer", PASSWORD)
    assert _logged_in(client)


def test_a_very_long_user_name_is_refused_without_error(cast):
    response = _login(Client(), "x" * 5000, "falsch-falsch")
    assert response.status_code == 200
    assert all(len(f.username) <= 150 for f in LoginFailure.objects.all())


def test_the_login_page_renders_and_a_logged_in_user_is_sent_on(cast):
    assert Client().get(reverse("login")).status_code == 200
    response = cast.client_for(cast.viewer).get(reverse("login"))
    assert response.status_code == 302


# --- Password hashing -------------------------------------------------------------------------------


def test_argon2_is_the_first_password_hasher_of_the_project():
    assert project_settings.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_the_project_hashers_produce_and_verify_argon2_hashes(settings):
    settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS
    encoded = make_password("Ein-langes-Passwort-42")
    assert encoded.startswith("argon2$")
    assert check_password("Ein-langes-Passwort-42", encoded)
    assert not check_password("falsch", encoded)


def test_passwords_need_at_least_ten_characters():
    validators = {v["NAME"].rsplit(".", 1)[1]: v for v in project_settings.AUTH_PASSWORD_VALIDATORS}
    assert validators["MinimumLengthValidator"]["OPTIONS"]["min_length"] >= 10


# --- Logout -----------------------------------------------------------------------------------------


def test_logout_is_a_post(cast):
    client = cast.client_for(cast.viewer)
    assert client.get(reverse("logout")).status_code == 405
    assert _logged_in(client)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert response["Location"] == reverse("login")
    assert not _logged_in(client)


# --- Choosing a tenant ------------------------------------------------------------------------------


def test_home_sends_anonymous_users_to_the_login(db):
    response = Client().get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_home_redirects_to_the_only_tenant(cast):
    response = cast.client_for(cast.viewer).get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"] == reverse("scoring:dashboard", args=["teststadt"])


def test_home_lists_the_tenants_of_a_user_with_several(cast):
    MembershipFactory(tenant=cast.other_tenant, user=cast.viewer, role=Role.VIEWER)
    response = cast.client_for(cast.viewer).get(reverse("home"))
    assert response.status_code == 200
    assert {m.tenant.slug for m in response.context["memberships"]} == {"teststadt", "nachbargemeinde"}


def test_home_returns_to_the_last_used_tenant(cast):
    MembershipFactory(tenant=cast.other_tenant, user=cast.viewer, role=Role.VIEWER)
    client = cast.client_for(cast.viewer)
    client.get(reverse("register:profile_list", args=["nachbargemeinde"]))
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"] == reverse("scoring:dashboard", args=["nachbargemeinde"])


def test_home_ignores_a_last_tenant_the_user_no_longer_belongs_to(cast):
    membership = MembershipFactory(tenant=cast.other_tenant, user=cast.viewer, role=Role.VIEWER)
    client = cast.client_for(cast.viewer)
    client.get(reverse("register:profile_list", args=["nachbargemeinde"]))
    membership.delete()
    response = client.get(reverse("home"))
    assert response["Location"] == reverse("scoring:dashboard", args=["teststadt"])


def test_a_user_without_tenants_sees_an_empty_tenant_list(db):
    user = UserFactory(username="ohne-mandant")
    client = Client()
    client.force_login(user)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert list(response.context["memberships"]) == []


def test_the_tenant_list_shows_only_the_users_tenants(cast):
    response = cast.client_for(cast.viewer).get(reverse("tenant_list"))
    assert response.status_code == 200
    assert [m.tenant.slug for m in response.context["memberships"]] == ["teststadt"]
    assert "Nachbargemeinde" not in response.content.decode()


def test_the_tenant_list_needs_a_login(db):
    response = Client().get(reverse("tenant_list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_switch_tenant_goes_to_a_tenant_the_user_belongs_to(cast):
    MembershipFactory(tenant=cast.other_tenant, user=cast.viewer, role=Role.VIEWER)
    response = cast.client_for(cast.viewer).get(reverse("switch_tenant"), {"tenant": "nachbargemeinde"})
    assert response.status_code == 302
    assert response["Location"] == reverse("scoring:dashboard", args=["nachbargemeinde"])


@pytest.mark.parametrize("slug", ["nachbargemeinde", "gibt-es-nicht", "", "../admin", "x" * 500])
def test_switch_tenant_refuses_a_tenant_the_user_does_not_belong_to(cast, slug):
    response = cast.client_for(cast.viewer).get(reverse("switch_tenant"), {"tenant": slug})
    assert response.status_code == 302
    assert response["Location"] == reverse("tenant_list")


def test_switch_tenant_only_answers_get(cast):
    response = cast.client_for(cast.viewer).post(reverse("switch_tenant"), {"tenant": "teststadt"})
    assert response.status_code == 405


# --- Deployment settings and headers ----------------------------------------------------------------


def test_the_production_settings_pass_the_deploy_check():
    alphabet = string.ascii_letters + string.digits + "!#%&()*+,-./:;<=>?@[]^_{|}~"
    environment = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "".join(secrets.choice(alphabet) for _ in range(50)),
        "DJANGO_ALLOWED_HOSTS": "example.org",
    }
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests only
    result = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, str(REPO_ROOT / "manage.py"), "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_refuse_the_insecure_default_secret_key():
    environment = {**os.environ, "DJANGO_DEBUG": "0", "DJANGO_ALLOWED_HOSTS": "example.org"}
    environment.pop("DJANGO_SECRET_KEY", None)
    result = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, str(REPO_ROOT / "manage.py"), "check"],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def _csp(response):
    return {
        directive.split()[0]: directive.split()[1:]
        for directive in (part.strip() for part in response["Content-Security-Policy"].split(";"))
        if directive
    }


@pytest.mark.parametrize("who", ["anonymous", "viewer"])
def test_responses_carry_a_content_security_policy_without_unsafe_inline(cast, who):
    client = Client() if who == "anonymous" else cast.client_for(cast.viewer)
    url = reverse("login") if who == "anonymous" else reverse("register:profile_list", args=["teststadt"])
    response = client.get(url)
    assert response.status_code == 200
    header = response["Content-Security-Policy"]
    assert "unsafe-inline" not in header
    assert "unsafe-eval" not in header
    policy = _csp(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]


def test_redirects_and_errors_carry_the_content_security_policy_too(cast):
    assert "Content-Security-Policy" in Client().get(reverse("home"))
    assert "Content-Security-Policy" in cast.client_for(cast.outsider).get(
        reverse("register:profile_list", args=["teststadt"])
    )


def test_pages_contain_no_inline_scripts_or_styles(cast):
    import re

    html = (
        cast.client_for(cast.admin).get(reverse("register:profile_list", args=["teststadt"])).content.decode()
    )
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"])
def test_login_never_redirects_to_another_site(cast, target):
    response = Client().post(
        reverse("login"), {"username": "test-viewer", "password": PASSWORD, "next": target}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("home")


def test_login_follows_a_local_next_url(cast):
    target = reverse("register:profile_list", args=["teststadt"])
    response = Client().post(
        reverse("login"), {"username": "test-viewer", "password": PASSWORD, "next": target}
    )
    assert response["Location"] == target
