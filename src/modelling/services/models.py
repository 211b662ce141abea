"""Writes of process models: create, save a new version, restore, rename, mark as main, delete.

Every save adds an immutable ``ModelVersion``; the model's ``version_count`` names the newest one, and a save
must name the version it started from, so two people saving at once never overwrite each other silently.
"""

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _

from modelling.bpmn.blank import blank_diagram
from modelling.bpmn.checks import findings
from modelling.bpmn.documents import BpmnDocument, BpmnFileError, parse_bpmn
from modelling.bpmn.render import render_svg
from modelling.bpmn.summary import summarise
from modelling.bpmn.svg import SvgError, sanitise_svg
from modelling.choices import ModelKind, VersionSource
from modelling.models import ModelVersion, ProcessModel
from register.models import ProcessProfile
from tenants.models import Tenant

MAX_COMMENT = 500
MAX_MODELS_PER_PROFILE = 50


class ModelError(Exception):
    """A model or version that cannot be saved; ``message`` is German and says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ModelConflict(ModelError):
    """The model was saved by someone else after the editor loaded it."""

    def __init__(self, message: str, *, latest: ModelVersion) -> None:
        super().__init__(message)
        self.latest = latest


@dataclass(frozen=True)
class Analysis:
    """What the checks found in a document and what it holds, as stored on a version: computed once."""

    findings: list[dict[str, Any]]
    summary: dict[str, Any]


def analyse(document: BpmnDocument) -> Analysis:
    """Check ``document`` and summarise it."""
    return Analysis([finding.as_dict() for finding in findings(document)], summarise(document))


def _clean_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ModelError(_("Please give the model a name."))
    if len(name) > 300:
        raise ModelError(_("The name is too long (at most 300 characters)."))
    return name


def picture_of(document: BpmnDocument, *, svg: str = "", title: str = "") -> str:
    """The version's picture: the editor's SVG when sent (sanitised), else one drawn from the diagram.

    The drawing is built from the sanitiser's own element and attribute lists and serialiser, so it passes the
    sanitiser unchanged (``test_render`` checks this for every reference model) and is not parsed again.
    """
    if not svg:
        return render_svg(document.root, title=title)
    try:
        return sanitise_svg(svg)
    except SvgError as error:
        raise ModelError(error.message) from error


def _document(xml: str | bytes, file_name: str = "") -> BpmnDocument:
    try:
        return parse_bpmn(xml, file_name=file_name)
    except BpmnFileError as error:
        raise ModelError(error.message) from error


def _add_version(
    *,
    model: ProcessModel,
    document: BpmnDocument,
    svg: str,
    user: User | None,
    comment: str,
    source: VersionSource,
    file_name: str = "",
    restored_from: int | None = None,
    analysis: Analysis | None = None,
) -> ModelVersion:
    analysis = analysis or analyse(document)
    comment = comment.strip()
    if len(comment) > MAX_COMMENT:
        raise ModelError(_("The comment is too long (at most %(max)d characters).") % {"max": MAX_COMMENT})
    version = ModelVersion(
        tenant_id=model.tenant_id,
        model=model,
        number=model.version_count + 1,
        xml=document.text,
        svg=svg,
        author=user if user is not None and user.is_authenticated else None,
        comment=comment,
        source=source,
        file_name=file_name[:255],
        restored_from=restored_from,
        findings=analysis.findings,
        summary=analysis.summary,
    )
    version.save()
    model.version_count = version.number
    model.save(update_fields=["version_count", "updated_at"])
    return version


@transaction.atomic
def model_create(
    *,
    tenant: Tenant,
    profile: ProcessProfile,
    name: str,
    user: User | None,
    xml: str | bytes | None = None,
    svg: str = "",
    comment: str = "",
    source: VersionSource | None = None,
    file_name: str = "",
    focus_element: str = "",
    main: bool | None = None,
    document: BpmnDocument | None = None,
    analysis: Analysis | None = None,
) -> ProcessModel:
    """A new BPMN model on ``profile`` with its first version (an empty diagram when no XML is given).

    The profile's first model becomes its main model unless ``main`` says otherwise.
    """
    if profile.tenant_id != tenant.pk:
        raise ValueError("The profile belongs to another tenant.")
    name = _clean_name(name)
    existing = ProcessModel.objects.for_tenant(tenant).filter(profile=profile)
    if existing.count() >= MAX_MODELS_PER_PROFILE:
        raise ModelError(_("A process can have at most %(max)d models.") % {"max": MAX_MODELS_PER_PROFILE})
    if document is None:
        document = _document(blank_diagram(name) if xml is None else xml, file_name)
    has_main = existing.filter(is_main=True).exists()
    is_main = not has_main if main is None else main
    if is_main and has_main:
        existing.filter(is_main=True).update(is_main=False)
    model = ProcessModel.objects.create(
        tenant=tenant,
        profile=profile,
        kind=ModelKind.BPMN,
        name=name,
        is_main=is_main,
        focus_element=focus_element[:255],
    )
    if source is None:
        source = VersionSource.IMPORT if file_name else VersionSource.CREATED
    _add_version(
        model=model,
        document=document,
        svg=picture_of(document, svg=svg, title=name),
        user=user,
        comment=comment,
        source=source,
        file_name=file_name,
        analysis=analysis,
    )
    return model


def _locked(tenant: Tenant, model: ProcessModel) -> ProcessModel:
    return ProcessModel.objects.for_tenant(tenant).select_for_update().get(pk=model.pk)


def latest_version(model: ProcessModel) -> ModelVersion:
    """The model's newest version."""
    return ModelVersion.objects.for_tenant(model.tenant_id).get(model=model, number=model.version_count)


@transaction.atomic
def model_save(
    *,
    tenant: Tenant,
    model: ProcessModel,
    xml: str,
    svg: str,
    user: User | None,
    base_version: int,
    comment: str = "",
) -> ModelVersion:
    """Save the editor's diagram as the model's next version.

    Refused with ``ModelConflict`` when another version was saved after ``base_version``; nothing is stored
    when the XML is not BPMN or the picture is unsafe.
    """
    model = _locked(tenant, model)
    if base_version != model.version_count:
        latest = latest_version(model)
        author = (
            latest.author.get_full_name() or latest.author.get_username() if latest.author else _("someone")
        )
        raise ModelConflict(
            _(
                "Version %(number)d of this model was saved by %(author)s in the meantime. Your changes "
                "are still in the editor: save them as a copy or compare with the newer version first."
            )
            % {"number": latest.number, "author": author},
            latest=latest,
        )
    document = _document(xml)
    return _add_version(
        model=model,
        document=document,
        svg=picture_of(document, svg=svg, title=model.name),
        user=user,
        comment=comment,
        source=VersionSource.EDITOR,
    )


@transaction.atomic
def version_restore(
    *, tenant: Tenant, version: ModelVersion, user: User | None, comment: str = ""
) -> ModelVersion:
    """Make an earlier version the newest again (as a new version: the history is never rewritten)."""
    if version.tenant_id != tenant.pk:
        raise ValueError("The version belongs to another tenant.")
    model = _locked(tenant, version.model)
    document = _document(version.xml)
    return _add_version(
        model=model,
        document=document,
        svg=version.svg or picture_of(document, title=model.name),
        user=user,
        comment=comment or _("Restored from version %(number)d") % {"number": version.number},
        source=VersionSource.RESTORE,
        restored_from=version.number,
    )


@transaction.atomic
def model_update(*, tenant: Tenant, model: ProcessModel, name: str, is_main: bool) -> ProcessModel:
    """Rename a model and make it (or stop it being) the profile's main model."""
    model = _locked(tenant, model)
    name = _clean_name(name)
    if is_main and not model.is_main:
        ProcessModel.objects.for_tenant(tenant).filter(profile_id=model.profile_id, is_main=True).update(
            is_main=False
        )
    model.name = name
    model.is_main = is_main
    model.save(update_fields=["name", "is_main", "updated_at"])
    return model


@transaction.atomic
def model_delete(*, tenant: Tenant, model: ProcessModel) -> None:
    """Delete a model with all its versions; another model of the profile becomes the main one."""
    model = _locked(tenant, model)
    profile_id, was_main = model.profile_id, model.is_main
    model.delete()
    if was_main:
        successor = (
            ProcessModel.objects.for_tenant(tenant).filter(profile_id=profile_id).order_by("name").first()
        )
        if successor is not None:
            successor.is_main = True
            successor.save(update_fields=["is_main", "updated_at"])


def as_json(version: ModelVersion) -> dict[str, Any]:
    """What the editor needs to know after a save."""
    return {
        "version": version.number,
        "findings": [
            {"message": f["message"], "element_id": f.get("element_id", ""), "code": f.get("code", "")}
            for f in version.findings
        ],
    }
