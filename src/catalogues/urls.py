"""Routes that change catalogues, below /t/<tenant_slug>/kataloge/ (browsing: register.urls)."""

from django.urls import path

from catalogues import views

app_name = "catalogues"

urlpatterns = [
    path("neu/", views.context_catalog_create, name="context_catalog_create"),
    path("<uuid:catalog_uuid>/eintraege/neu/", views.entry_edit, name="entry_create"),
    path("eintraege/<uuid:uuid>/bearbeiten/", views.entry_edit, name="entry_edit"),
    path("eintraege/<uuid:uuid>/loeschen/", views.entry_delete_view, name="entry_delete"),
    path("<uuid:catalog_uuid>/importieren/", views.catalog_import, name="catalog_import"),
    path("<uuid:catalog_uuid>/versionen/", views.catalog_versions, name="catalog_versions"),
    path("importe/<uuid:uuid>/", views.version_review, name="version_review"),
]
