from django.urls import path

from register import views, views_attributes, views_folders, views_templates

app_name = "register"

urlpatterns = [
    path("", views.profile_list, name="profile_list"),
    path("prozesse/neu/", views.profile_edit, name="profile_create"),
    path("prozesse/sammelbearbeitung/", views.profile_bulk_edit, name="profile_bulk_edit"),
    path("prozesse/<uuid:uuid>/", views.profile_detail, name="profile_detail"),
    path("prozesse/<uuid:uuid>/bearbeiten/", views.profile_edit, name="profile_edit"),
    path("prozesse/<uuid:uuid>/relevanz/", views.profile_relevance, name="profile_relevance"),
    path("ordner/", views_folders.folder_list, name="folder_list"),
    path("ordner/neu/", views_folders.folder_edit, name="folder_create"),
    path("ordner/<uuid:uuid>/bearbeiten/", views_folders.folder_edit, name="folder_edit"),
    path("ordner/<uuid:uuid>/loeschen/", views_folders.folder_delete_view, name="folder_delete"),
    path("attribute/", views_attributes.attribute_list, name="attribute_list"),
    path("attribute/neu/", views_attributes.attribute_edit, name="attribute_create"),
    path("attribute/<uuid:uuid>/bearbeiten/", views_attributes.attribute_edit, name="attribute_edit"),
    path("attribute/<uuid:uuid>/loeschen/", views_attributes.attribute_delete, name="attribute_delete"),
    path("vorlagen/", views_templates.template_list, name="template_list"),
    path("vorlagen/veroeffentlichen/", views_templates.template_publish, name="template_publish"),
    path(
        "vorlagen/<uuid:uuid>/anlegen/",
        views_templates.template_instantiate_view,
        name="template_instantiate",
    ),
]
