"""The models panel on a profile's page and the main model in its print view (see register.hooks)."""

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from modelling.selectors import main_version, models_of_profile
from register.models import ProcessProfile
from tenants.choices import Role


def model_panel(request: HttpRequest, profile: ProcessProfile) -> str:
    """The profile's models: the main one in the viewer, the others as links, and the ways to add one."""
    tenant = request.tenant  # type: ignore[attr-defined]
    models = models_of_profile(tenant, profile)
    return render_to_string(
        "modelling/_panel.html",
        {
            "profile": profile,
            "models": models,
            "version": main_version(tenant, models),
            "can_edit": request.membership.has_role(Role.MODELLER),  # type: ignore[attr-defined]
        },
        request=request,
    )


def model_print_section(request: HttpRequest, profile: ProcessProfile) -> str:
    """The main model's picture, inline: it was sanitised when the version was stored."""
    tenant = request.tenant  # type: ignore[attr-defined]
    models = models_of_profile(tenant, profile)
    version = main_version(tenant, models, picture=True)
    return render_to_string(
        "modelling/_print_section.html",
        {"version": version, "picture": mark_safe(version.svg) if version else "", "models": models},
        request=request,
    )
