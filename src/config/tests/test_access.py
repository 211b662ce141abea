"""Every tenant route: anonymous users go to the login, outsiders get 404, too little role gets 403.

``ROUTES`` lists every URL name below /t/<tenant_slug>/ with the least role it needs. The first test walks
the URL configuration and fails when a new route is missing here, so no route escapes these checks.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from catalogues.choices import CatalogKind, ImportLayout
from catalogues.models import Catalog, CatalogVersion
from catalogues.tests.factories import CatalogEntryFactory
from interchange.models import ImportJob
from organisation.tests.factories import OrgUnitFactory
from register.models import RegisterTemplate, TemplateVersion
from register.tests.factories import AttributeDefinitionFactory, FolderFactory, ProfileFactory
from tenants.choices import ROLE_RANK, Role

PUBLIC_ROUTES = {"home", "login", "logout", "tenant_list", "switch_tenant"}


@dataclass(frozen=True)
class Route:
    name: str
    role: Role
    methods: tuple[str, ...]
    objects: Callable[[Any], dict[str, Any]] = lambda tenant: {}
    shared: bool = False  # the object is published for every tenant (template versions)
    data: Callable[[Any], dict[str, Any]] = lambda tenant: {}


def _profile(tenant: Any) -> dict[str, Any]:
    return {"uuid": ProfileFactory(tenant=tenant).uuid}


def _unit(tenant: Any) -> dict[str, Any]:
    return {"uuid": OrgUnitFactory(tenant=tenant).uuid}


def _folder(tenant: Any) -> dict[str, Any]:
    return {"uuid": FolderFactory(tenant=tenant).uuid}


def _attribute(tenant: Any) -> dict[str, Any]:
    return {"uuid": AttributeDefinitionFactory(group__tenant=tenant).uuid}


def _template_version(tenant: Any) -> dict[str, Any]:
    import uuid

    template = RegisterTemplate.objects.create(tenant=tenant, name="Vorlage")
    version = TemplateVersion.objects.create(
        template=template, uuid=uuid.uuid4(), number=1, snapshot={"format": 99}
    )
    return {"uuid": version.uuid}


def _catalog(tenant: Any, kind: str) -> Catalog:
    return Catalog.objects.get_or_create(tenant=tenant, kind=kind, defaults={"name": kind})[0]


def _context_catalog(tenant: Any) -> dict[str, Any]:
    return {"catalog_uuid": _catalog(tenant, CatalogKind.DOCUMENTS).uuid}


def _context_entry(tenant: Any) -> dict[str, Any]:
    catalog = _catalog(tenant, CatalogKind.DOCUMENTS)
    return {"uuid": CatalogEntryFactory(catalog=catalog, name="Personalausweis").uuid}


def _context_upload(tenant: Any) -> dict[str, Any]:
    catalog = _catalog(tenant, CatalogKind.DOCUMENTS)
    version = CatalogVersion.objects.create(
        catalog=catalog, label="1", layout=ImportLayout.CONTEXT, items=[{"key": "", "name": "Vollmacht"}]
    )
    return {"uuid": version.uuid}


def _context_branch(tenant: Any) -> dict[str, Any]:
    catalog = _catalog(tenant, CatalogKind.DOCUMENTS)
    parent = CatalogEntryFactory(catalog=catalog, name="Nachweise")
    CatalogEntryFactory(catalog=catalog, parent=parent, name="Meldebescheinigung")
    return {"catalog_uuid": catalog.uuid, "entry_uuid": parent.uuid}


def _own_template(tenant: Any) -> dict[str, Any]:
    return {"template": str(RegisterTemplate.objects.create(tenant=tenant, name="Eigene Vorlage").uuid)}


def _model(tenant: Any) -> dict[str, Any]:
    from modelling.services.models import model_create

    model = model_create(tenant=tenant, profile=ProfileFactory(tenant=tenant), name="Ablauf", user=None)
    return {"uuid": model.uuid}


def _model_version(tenant: Any) -> dict[str, Any]:
    return {**_model(tenant), "number": 1}


def _model_profile(tenant: Any) -> dict[str, Any]:
    return {"profile_uuid": ProfileFactory(tenant=tenant).uuid}


def _import_job(tenant: Any) -> dict[str, Any]:
    job = ImportJob.objects.create(
        tenant=tenant,
        file_name="liste.csv",
        headers=["Nr.", "Name"],
        rows=[[2, ["P-1", "Eins"]]],
        row_count=1,
        mapping={"0": "number", "1": "name"},
        progress_total=1,
    )
    return {"uuid": job.uuid}


ROUTES = [
    Route("interchange:overview", Role.VIEWER, ("get",)),
    Route("interchange:import_upload", Role.MODELLER, ("get", "post")),
    Route("interchange:import_preview", Role.MODELLER, ("get", "post"), _import_job),
    Route("interchange:import_mapping", Role.MODELLER, ("get", "post"), _import_job),
    Route("interchange:import_progress", Role.MODELLER, ("get",), _import_job),
    Route("interchange:import_discard", Role.MODELLER, ("post",), _import_job),
    Route("interchange:import_template", Role.MODELLER, ("get",)),
    Route("interchange:register_view_export", Role.VIEWER, ("get",)),
    Route("interchange:register_export", Role.VIEWER, ("get",)),
    Route("interchange:register_json_export", Role.ADMINISTRATOR, ("get",)),
    Route("interchange:register_json_import", Role.ADMINISTRATOR, ("get", "post")),
    Route("register:profile_list", Role.VIEWER, ("get",)),
    Route("register:profile_create", Role.MODELLER, ("get", "post")),
    Route("register:profile_bulk_edit", Role.MODELLER, ("post",)),
    Route("register:profile_detail", Role.VIEWER, ("get",), _profile),
    Route("register:profile_edit", Role.MODELLER, ("get", "post"), _profile),
    Route("register:profile_relevance", Role.MODELLER, ("post",), _profile),
    Route("register:profile_print", Role.VIEWER, ("get",), _profile),
    Route(
        "modelling:model_create",
        Role.MODELLER,
        ("get", "post"),
        _model_profile,
        data=lambda t: {"name": "Neu"},
    ),
    Route("modelling:models_import", Role.MODELLER, ("get", "post")),
    Route("modelling:model_detail", Role.VIEWER, ("get",), _model),
    Route("modelling:model_edit", Role.MODELLER, ("get", "post"), _model),
    Route("modelling:model_settings", Role.MODELLER, ("post",), _model, data=lambda t: {"name": "Umbenannt"}),
    Route("modelling:model_delete", Role.MODELLER, ("get", "post"), _model),
    Route("modelling:version_detail", Role.VIEWER, ("get",), _model_version),
    Route("modelling:version_restore", Role.MODELLER, ("post",), _model_version),
    Route("modelling:version_bpmn", Role.VIEWER, ("get",), _model_version),
    Route("modelling:version_svg", Role.VIEWER, ("get",), _model_version),
    Route("register:catalog_autocomplete", Role.VIEWER, ("get",)),
    Route("register:folder_list", Role.VIEWER, ("get",)),
    Route("register:folder_create", Role.MODELLER, ("get", "post")),
    Route("register:folder_edit", Role.MODELLER, ("get", "post"), _folder),
    Route("register:folder_delete", Role.MODELLER, ("get", "post"), _folder),
    Route("register:attribute_list", Role.ADMINISTRATOR, ("get",)),
    Route("register:attribute_create", Role.ADMINISTRATOR, ("get", "post")),
    Route("register:attribute_edit", Role.ADMINISTRATOR, ("get", "post"), _attribute),
    Route("register:attribute_delete", Role.ADMINISTRATOR, ("get", "post"), _attribute),
    Route("register:template_list", Role.VIEWER, ("get",)),
    Route("register:template_publish", Role.ADMINISTRATOR, ("post",), data=_own_template),
    Route("register:template_instantiate", Role.ADMINISTRATOR, ("post",), _template_version, shared=True),
    Route(
        "catalogues:context_catalog_create", Role.MODELLER, ("post",), data=lambda t: {"kind": "documents"}
    ),
    Route("catalogues:entry_create", Role.MODELLER, ("get", "post"), _context_catalog),
    Route("catalogues:entry_edit", Role.MODELLER, ("get", "post"), _context_entry),
    Route("catalogues:entry_delete", Role.MODELLER, ("get", "post"), _context_entry),
    Route("catalogues:catalog_import", Role.MODELLER, ("get", "post"), _context_catalog),
    Route("catalogues:catalog_versions", Role.VIEWER, ("get",), _context_catalog),
    Route("catalogues:version_review", Role.MODELLER, ("get", "post"), _context_upload),
    Route("register:catalog_list", Role.VIEWER, ("get",)),
    Route("register:catalog_detail", Role.VIEWER, ("get",), _context_catalog),
    Route("register:catalog_branch", Role.VIEWER, ("get",), _context_branch),
    Route("register:catalog_entry", Role.VIEWER, ("get",), _context_entry),
    Route("register:catalog_coverage", Role.VIEWER, ("get",), _context_catalog),
    Route("register:catalog_coverage_export", Role.VIEWER, ("get",), _context_catalog),
    Route("scoring:dashboard", Role.VIEWER, ("get",)),
    Route("scoring:ranking", Role.VIEWER, ("get",)),
    Route("scoring:ranking_export", Role.VIEWER, ("get",)),
    Route("scoring:ranking_report", Role.VIEWER, ("get",)),
    Route("scoring:priority_edit", Role.MODELLER, ("get", "post"), _profile),
    Route("scoring:scheme", Role.VIEWER, ("get",)),
    Route("scoring:scheme_edit", Role.ADMINISTRATOR, ("get", "post")),
    Route("scoring:scheme_preview", Role.ADMINISTRATOR, ("post",)),
    Route("scoring:figures", Role.MODELLER, ("get", "post")),
    Route("scoring:figures_cell", Role.MODELLER, ("post",), _profile),
    Route("organisation:unit_list", Role.VIEWER, ("get",)),
    Route("organisation:unit_create", Role.ADMINISTRATOR, ("get", "post")),
    Route("organisation:unit_edit", Role.ADMINISTRATOR, ("get", "post"), _unit),
    Route("organisation:unit_delete", Role.ADMINISTRATOR, ("get", "post"), _unit),
]
ROUTES_BY_NAME = {route.name: route for route in ROUTES}
ROLES = [Role.VIEWER, Role.REVIEWER, Role.MODELLER, Role.ADMINISTRATOR]


def _named_patterns(resolver: URLResolver, namespace: str = "", prefix: str = "") -> list[tuple[str, str]]:
    found = []
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            found += _named_patterns(pattern, inner, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern) and pattern.name:
            found.append((namespace + pattern.name, prefix + str(pattern.pattern)))
    return found


def test_every_tenant_route_is_covered_by_the_access_tests():
    tenant_routes = {
        name for name, route in _named_patterns(get_resolver()) if route.startswith("t/<slug:tenant_slug>/")
    }
    other_routes = {
        name
        for name, route in _named_patterns(get_resolver())
        if not route.startswith(("t/", "plattform-admin/", "plattform/"))
    }
    assert tenant_routes - set(ROUTES_BY_NAME) == set(), "add the new routes to ROUTES"
    assert set(ROUTES_BY_NAME) - tenant_routes == set(), "ROUTES names routes that no longer exist"
    assert other_routes <= PUBLIC_ROUTES, (
        f"routes outside /t/ that are not known: {other_routes - PUBLIC_ROUTES}"
    )


def _url(route: Route, tenant: Any, objects: dict[str, Any]) -> str:
    return reverse(route.name, kwargs={"tenant_slug": tenant.slug, **objects})


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.name)
def test_anonymous_users_are_sent_to_the_login(route, cast):
    url = _url(route, cast.tenant, route.objects(cast.tenant))
    for method in route.methods:
        response = getattr(cast.client_for(None), method)(url)
        assert response.status_code == 302, (method, url)
        assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.name)
def test_members_of_another_tenant_get_404(route, cast):
    url = _url(route, cast.tenant, route.objects(cast.tenant))
    client = cast.client_for(cast.outsider)  # an administrator, but of the other tenant
    for method in route.methods:
        assert getattr(client, method)(url).status_code == 404, (method, url)


@pytest.mark.parametrize(
    "route", [r for r in ROUTES if r.objects is not Route.objects and not r.shared], ids=lambda r: r.name
)
def test_another_tenants_object_under_the_own_tenant_gets_404(route, cast):
    url = _url(route, cast.tenant, route.objects(cast.other_tenant))
    client = cast.client_for(cast.admin)
    for method in route.methods:
        assert getattr(client, method)(url).status_code == 404, (method, url)


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.name)
def test_too_little_role_gets_403_and_enough_role_gets_through(route, cast):
    users = {
        Role.VIEWER: cast.viewer,
        Role.REVIEWER: cast.reviewer,
        Role.MODELLER: cast.modeller,
        Role.ADMINISTRATOR: cast.admin,
    }
    for role in ROLES:
        client = cast.client_for(users[role])
        for method in route.methods:
            # Fresh objects for every request: an allowed POST may delete or change them.
            url = _url(route, cast.tenant, route.objects(cast.tenant))
            data = route.data(cast.tenant)
            status = (client.post(url, data) if method == "post" else client.get(url)).status_code
            if ROLE_RANK[role] < ROLE_RANK[route.role]:
                assert status == 403, (role, method, url, status)
            else:
                assert status not in (403, 404, 500), (role, method, url, status)


# --- Platform administration (/plattform/): superusers only ------------------------------------------------


def _global_catalog() -> dict[str, Any]:
    return {"catalog_uuid": _catalog(None, CatalogKind.KGST).uuid}


def _global_upload() -> dict[str, Any]:
    catalog = _catalog(None, CatalogKind.SRH)
    version = CatalogVersion.objects.create(
        catalog=catalog, label="1", layout=ImportLayout.HIERARCHICAL, items=[{"key": "1", "name": "Finanzen"}]
    )
    return {"uuid": version.uuid}


PLATFORM_ROUTES: list[tuple[str, tuple[str, ...], Callable[[], dict[str, Any]]]] = [
    ("platform_catalogues:catalog_list", ("get",), dict),
    ("platform_catalogues:catalog_create", ("post",), dict),
    ("platform_catalogues:catalog_import", ("get", "post"), _global_catalog),
    ("platform_catalogues:catalog_versions", ("get",), _global_catalog),
    ("platform_catalogues:version_review", ("get", "post"), _global_upload),
]


def test_every_platform_route_is_covered_by_the_access_tests():
    platform = {name for name, route in _named_patterns(get_resolver()) if route.startswith("plattform/")}
    assert platform == {name for name, _methods, _objects in PLATFORM_ROUTES}


@pytest.mark.parametrize(("name", "methods", "objects"), PLATFORM_ROUTES, ids=[r[0] for r in PLATFORM_ROUTES])
def test_platform_routes_are_for_superusers_only(name, methods, objects, cast, django_user_model):
    superuser = django_user_model.objects.create_user("platform", is_staff=True, is_superuser=True)
    for method in methods:
        url = reverse(name, kwargs=objects())
        anonymous = getattr(cast.client_for(None), method)(url)
        assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("login"))
        assert getattr(cast.client_for(cast.admin), method)(url).status_code == 403, (method, url)
        status = getattr(cast.client_for(superuser), method)(url).status_code
        assert status not in (403, 404, 500), (method, url, status)
