from django.contrib import admin

from register.models import AttributeDefinition, Folder, ProcessProfile, RegisterTemplate, TemplateVersion


class UnscopedAdmin(admin.ModelAdmin):
    """Platform administrators see every tenant's rows; the admin says so explicitly."""

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return self.model.objects.unscoped().select_related("tenant")


@admin.register(ProcessProfile)
class ProcessProfileAdmin(UnscopedAdmin):
    list_display = ["number", "name", "tenant", "relevant", "release_status"]
    list_filter = ["tenant", "relevant", "release_status", "ozg_topic"]
    search_fields = ["number", "name"]
    raw_id_fields = ["folder", "owner_unit", "process_owner", "participating_units", "predecessors"]
    exclude = ["search_document"]


@admin.register(Folder)
class FolderAdmin(UnscopedAdmin):
    list_display = ["name", "tenant"]
    list_filter = ["tenant"]
    raw_id_fields = ["parent"]


@admin.register(AttributeDefinition)
class AttributeDefinitionAdmin(UnscopedAdmin):
    list_display = ["label", "key", "type", "tenant"]
    list_filter = ["tenant", "type"]


@admin.register(RegisterTemplate)
class RegisterTemplateAdmin(UnscopedAdmin):
    list_display = ["name", "tenant", "is_example"]


@admin.register(TemplateVersion)
class TemplateVersionAdmin(admin.ModelAdmin):
    list_display = ["template", "number", "published_at", "profile_count"]
    exclude = ["snapshot"]
