from django.urls import path

from register.views import attributes, catalogue_links, folders, profiles, templates
from register.views import catalogues as catalogue_views

app_name = "register"

urlpatterns = [
    path("", profiles.profile_list, name="profile_list"),
    path("prozesse/neu/", profiles.profile_edit, name="profile_create"),
    path("prozesse/sammelbearbeitung/", profiles.profile_bulk_edit, name="profile_bulk_edit"),
    path("prozesse/<uuid:uuid>/", profiles.profile_detail, name="profile_detail"),
    path("prozesse/<uuid:uuid>/bearbeiten/", profiles.profile_edit, name="profile_edit"),
    path("prozesse/<uuid:uuid>/druckansicht/", profiles.profile_print, name="profile_print"),
    path("prozesse/<uuid:uuid>/relevanz/", profiles.profile_relevance, name="profile_relevance"),
    path("kataloge/suche/", catalogue_links.catalog_autocomplete, name="catalog_autocomplete"),
    path("ordner/", folders.folder_list, name="folder_list"),
    path("ordner/neu/", folders.folder_edit, name="folder_create"),
    path("ordner/<uuid:uuid>/bearbeiten/", folders.folder_edit, name="folder_edit"),
    path("ordner/<uuid:uuid>/loeschen/", folders.folder_delete_view, name="folder_delete"),
    path("attribute/", attributes.attribute_list, name="attribute_list"),
    path("attribute/neu/", attributes.attribute_edit, name="attribute_create"),
    path("attribute/<uuid:uuid>/bearbeiten/", attributes.attribute_edit, name="attribute_edit"),
    path("attribute/<uuid:uuid>/loeschen/", attributes.attribute_delete, name="attribute_delete"),
    path("vorlagen/", templates.template_list, name="template_list"),
    path("vorlagen/veroeffentlichen/", templates.template_publish, name="template_publish"),
    path(
        "vorlagen/<uuid:uuid>/anlegen/",
        templates.template_instantiate_view,
        name="template_instantiate",
    ),
    path("kataloge/", catalogue_views.catalog_list, name="catalog_list"),
    path("kataloge/<uuid:catalog_uuid>/", catalogue_views.catalog_detail, name="catalog_detail"),
    path(
        "kataloge/<uuid:catalog_uuid>/zweig/<uuid:entry_uuid>/",
        catalogue_views.catalog_branch,
        name="catalog_branch",
    ),
    path(
        "kataloge/<uuid:catalog_uuid>/abdeckung/", catalogue_views.catalog_coverage, name="catalog_coverage"
    ),
    path(
        "kataloge/<uuid:catalog_uuid>/abdeckung.xlsx",
        catalogue_views.catalog_coverage_export,
        name="catalog_coverage_export",
    ),
    path("kataloge/eintraege/<uuid:uuid>/", catalogue_views.catalog_entry, name="catalog_entry"),
]
