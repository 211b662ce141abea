from django.urls import path

from modelling.views import imports, models, versions

app_name = "modelling"

urlpatterns = [
    path("prozesse/<uuid:profile_uuid>/modelle/neu/", models.model_create_view, name="model_create"),
    path("modelle/import/", imports.models_import_view, name="models_import"),
    path("modelle/<uuid:uuid>/", models.model_detail, name="model_detail"),
    path("modelle/<uuid:uuid>/bearbeiten/", models.model_edit, name="model_edit"),
    path("modelle/<uuid:uuid>/einstellungen/", models.model_settings, name="model_settings"),
    path("modelle/<uuid:uuid>/loeschen/", models.model_delete_view, name="model_delete"),
    path("modelle/<uuid:uuid>/versionen/<int:number>/", versions.version_detail, name="version_detail"),
    path(
        "modelle/<uuid:uuid>/versionen/<int:number>/wiederherstellen/",
        versions.version_restore_view,
        name="version_restore",
    ),
    path(
        "modelle/<uuid:uuid>/versionen/<int:number>/modell.bpmn", versions.version_bpmn, name="version_bpmn"
    ),
    path("modelle/<uuid:uuid>/versionen/<int:number>/modell.svg", versions.version_svg, name="version_svg"),
]
