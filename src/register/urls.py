from django.urls import path

from register.views import attributes, folders, profiles, templates

app_name = "register"

urlpatterns = [
    path("", profiles.profile_list, name="profile_list"),
    path("prozesse/neu/", profiles.profile_edit, name="profile_create"),
    path("prozesse/sammelbearbeitung/", profiles.profile_bulk_edit, name="profile_bulk_edit"),
    path("prozesse/<uuid:uuid>/", profiles.profile_detail, name="profile_detail"),
    path("prozesse/<uuid:uuid>/bearbeiten/", profiles.profile_edit, name="profile_edit"),
    path("prozesse/<uuid:uuid>/relevanz/", profiles.profile_relevance, name="profile_relevance"),
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
]
