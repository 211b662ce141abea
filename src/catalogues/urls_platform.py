"""Routes of the platform administration for the global catalogues, below /plattform/kataloge/."""

from django.urls import path

from catalogues import views

app_name = "platform_catalogues"

urlpatterns = [
    path("", views.platform_catalog_list, name="catalog_list"),
    path("neu/", views.platform_catalog_create, name="catalog_create"),
    path("<uuid:catalog_uuid>/importieren/", views.platform_catalog_import, name="catalog_import"),
    path("<uuid:catalog_uuid>/versionen/", views.platform_catalog_versions, name="catalog_versions"),
    path("importe/<uuid:uuid>/", views.platform_version_review, name="version_review"),
]
