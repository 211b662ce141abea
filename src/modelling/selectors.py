"""Reads of process models and their versions; every one takes the tenant."""

from django.db.models import QuerySet
from django.http import Http404

from modelling.models import ModelVersion, ProcessModel
from register.models import ProcessProfile
from tenants.models import Tenant


def get_model(tenant: Tenant, uuid: str) -> ProcessModel:
    """One model of the tenant with its profile, or 404."""
    model = ProcessModel.objects.for_tenant(tenant).select_related("profile").filter(uuid=uuid).first()
    if model is None:
        raise Http404("Unknown model")
    return model


def get_version(tenant: Tenant, model: ProcessModel, number: int) -> ModelVersion:
    """One version of the model, or 404."""
    version = (
        ModelVersion.objects.for_tenant(tenant)
        .select_related("author")
        .filter(model=model, number=number)
        .first()
    )
    if version is None:
        raise Http404("Unknown version")
    version.model = model
    return version


def version_history(tenant: Tenant, model: ProcessModel) -> QuerySet[ModelVersion]:
    """The model's versions, newest first, without their XML and picture."""
    return (
        ModelVersion.objects.for_tenant(tenant)
        .filter(model=model)
        .select_related("author")
        .defer("xml", "svg", "summary")
        .order_by("-number")
    )


def models_of_profile(tenant: Tenant, profile: ProcessProfile) -> list[ProcessModel]:
    """The profile's models, the main one first."""
    return list(
        ProcessModel.objects.for_tenant(tenant).filter(profile=profile).order_by("-is_main", "name", "id")
    )


def main_version(tenant: Tenant, models: list[ProcessModel], *, picture: bool = False) -> ModelVersion | None:
    """The newest version of the main model among ``models`` (the first one when none is marked).

    Without its XML (the viewer fetches it) and, unless ``picture``, its SVG: the profile page stays light.
    """
    if not models:
        return None
    model = next((m for m in models if m.is_main), models[0])
    deferred = ("xml", "findings") if picture else ("xml", "findings", "svg")
    version = (
        ModelVersion.objects.for_tenant(tenant)
        .select_related("author")
        .defer(*deferred)
        .filter(model=model, number=model.version_count)
        .first()
    )
    if version is not None:
        version.model = model
    return version
