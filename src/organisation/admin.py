from django.contrib import admin

from organisation.models import OrgUnit, Position


@admin.register(OrgUnit)
class OrgUnitAdmin(admin.ModelAdmin):
    list_display = ["name", "short_code", "kind", "tenant"]
    list_filter = ["tenant", "kind"]
    search_fields = ["name", "short_code"]
    raw_id_fields = ["parent"]

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return OrgUnit.objects.unscoped().select_related("tenant")


@admin.register(Position)
class PositionAdmin(admin.ModelAdmin):
    list_display = ["name", "unit", "pay_group", "fte", "tenant"]
    list_filter = ["tenant"]
    search_fields = ["name"]
    raw_id_fields = ["unit"]

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return Position.objects.unscoped().select_related("tenant", "unit")
