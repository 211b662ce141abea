from django.urls import path

from organisation import views

app_name = "organisation"

urlpatterns = [
    path("", views.unit_list, name="unit_list"),
    path("neu/", views.unit_edit, name="unit_create"),
    path("<uuid:uuid>/bearbeiten/", views.unit_edit, name="unit_edit"),
    path("<uuid:uuid>/loeschen/", views.unit_delete, name="unit_delete"),
]
