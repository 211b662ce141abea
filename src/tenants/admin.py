from django.contrib import admin

from tenants.models import LoginFailure, Membership, Tenant


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["user"]


@admin.register(Tenant)
class TenantAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "kind", "size_class", "municipality_key", "is_template_publisher"]
    list_filter = ["kind", "size_class", "is_template_publisher"]
    search_fields = ["name", "slug", "municipality_key"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


@admin.register(LoginFailure)
class LoginFailureAdmin(admin.ModelAdmin):
    list_display = ["username", "address", "at"]
    search_fields = ["username", "address"]
