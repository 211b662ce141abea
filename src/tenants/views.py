"""Login, logout, choosing a tenant."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from tenants.forms import ThrottledAuthenticationForm
from tenants.selectors import memberships_for_user


class LoginView(auth_views.LoginView):
    """Django's login view with throttling."""

    form_class = ThrottledAuthenticationForm
    template_name = "tenants/login.html"
    redirect_authenticated_user = True


@require_GET
@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Send the user to the start page of the last used tenant or their only tenant, else the tenant list."""
    memberships = list(memberships_for_user(request.user))
    slugs = [m.tenant.slug for m in memberships]
    last = request.session.get("tenant_slug")
    if last in slugs:
        return redirect("scoring:dashboard", tenant_slug=last)
    if len(slugs) == 1:
        return redirect("scoring:dashboard", tenant_slug=slugs[0])
    return render(request, "tenants/tenant_list.html", {"memberships": memberships})


@require_GET
@login_required
def tenant_list(request: HttpRequest) -> HttpResponse:
    """All tenants the user belongs to, to switch between them."""
    return render(request, "tenants/tenant_list.html", {"memberships": memberships_for_user(request.user)})


@require_GET
@login_required
def switch_tenant(request: HttpRequest) -> HttpResponse:
    """Target of the tenant switcher in the header (works without JavaScript)."""
    slug = request.GET.get("tenant", "")
    if any(m.tenant.slug == slug for m in memberships_for_user(request.user)):
        return redirect("scoring:dashboard", tenant_slug=slug)
    return redirect("tenant_list")
