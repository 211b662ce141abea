from django.urls import path

from scoring.views import dashboard, figures, ranking, scheme

app_name = "scoring"

urlpatterns = [
    path("uebersicht/", dashboard.dashboard, name="dashboard"),
    path("prioritaeten/", ranking.ranking, name="ranking"),
    path("prioritaeten/export/", ranking.ranking_export, name="ranking_export"),
    path("prioritaeten/bericht/", ranking.ranking_report, name="ranking_report"),
    path("prioritaeten/<uuid:uuid>/prioritaet/", ranking.priority_edit, name="priority_edit"),
    path("nutzwert/", scheme.scheme_detail, name="scheme"),
    path("nutzwert/bearbeiten/", scheme.scheme_edit, name="scheme_edit"),
    path("nutzwert/vorschau/", scheme.scheme_preview, name="scheme_preview"),
    path("kennzahlen/", figures.figures_grid, name="figures"),
    path("kennzahlen/<uuid:uuid>/", figures.figures_cell, name="figures_cell"),
]
