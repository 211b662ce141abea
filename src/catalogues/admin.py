from django.contrib import admin

from catalogues.models import Catalog, CatalogEntry


@admin.register(Catalog)
class CatalogAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "tenant", "version", "is_example"]
    list_filter = ["kind", "is_example"]
    search_fields = ["name"]


@admin.register(CatalogEntry)
class CatalogEntryAdmin(admin.ModelAdmin):
    list_display = ["key", "name", "catalog"]
    list_filter = ["catalog"]
    search_fields = ["key", "name"]
    raw_id_fields = ["parent"]
