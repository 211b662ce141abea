from django.urls import path

from interchange.views import exports, imports, overview, register_json

app_name = "interchange"

urlpatterns = [
    path("austausch/", overview.overview, name="overview"),
    path("austausch/import/", imports.import_upload_view, name="import_upload"),
    path("austausch/import/<uuid:uuid>/", imports.import_preview, name="import_preview"),
    path("austausch/import/<uuid:uuid>/zuordnung/", imports.import_mapping, name="import_mapping"),
    path("austausch/import/<uuid:uuid>/fortschritt/", imports.import_progress, name="import_progress"),
    path("austausch/import/<uuid:uuid>/verwerfen/", imports.import_discard_view, name="import_discard"),
    path("austausch/importvorlage.xlsx", exports.import_template, name="import_template"),
    path("austausch/ansicht/", exports.register_view_export, name="register_view_export"),
    path("austausch/register.xlsx", exports.register_export, name="register_export"),
    path("austausch/register.json", register_json.register_json_export, name="register_json_export"),
    path("austausch/json-import/", register_json.register_json_import, name="register_json_import"),
]
