"""Root URL configuration: every tenant route lives below /t/<tenant_slug>/."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from tenants import views as tenant_views

urlpatterns = [
    path("", tenant_views.home, name="home"),
    path("anmelden/", tenant_views.LoginView.as_view(), name="login"),
    path("abmelden/", auth_views.LogoutView.as_view(), name="logout"),
    path("mandanten/", tenant_views.tenant_list, name="tenant_list"),
    path("mandanten/wechseln/", tenant_views.switch_tenant, name="switch_tenant"),
    path("t/<slug:tenant_slug>/organigramm/", include("organisation.urls")),
    path("t/<slug:tenant_slug>/kataloge/", include("catalogues.urls")),
    path("t/<slug:tenant_slug>/", include("scoring.urls")),
    path("t/<slug:tenant_slug>/", include("interchange.urls")),
    path("t/<slug:tenant_slug>/", include("modelling.urls")),
    path("t/<slug:tenant_slug>/", include("register.urls")),
    path("plattform/kataloge/", include("catalogues.urls_platform")),
    path("plattform-admin/", admin.site.urls),
]
