"""Import of BPMN files: attach them to a profile as models, or create one profile per process they hold.

An import is checked whole before anything is written: every file is read (``parse_bpmn``) and every refusal
is collected; only when there is none are the profiles and models written, in one transaction. The stored
XML is the uploaded text (vendor extensions, comments and order kept; the declaration rewritten to UTF-8).
"""

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from modelling.bpmn.documents import BPMN_NS, MAX_BYTES, BpmnDocument, BpmnFileError, parse_bpmn
from modelling.choices import VersionSource
from modelling.models import ProcessModel
from modelling.services.models import MAX_MODELS_PER_PROFILE, Analysis, ModelError, analyse, model_create
from register.models import ProcessProfile
from register.selectors import next_profile_number
from register.services.profiles import profile_create
from tenants.models import Tenant

MAX_FILES = 50
MAX_FILE_BYTES = MAX_BYTES  # one file; parse_bpmn refuses a larger one
MAX_TOTAL_BYTES = 100 * 1024 * 1024
MAX_NEW_PROFILES = 500  # one import creates at most this many processes (participants of all files together)
MAX_NAME = 300
FILE_SUFFIXES = (".bpmn20.xml", ".bpmn", ".xml")
_PARTICIPANT = f"{{{BPMN_NS}}}participant"
_PROCESS = f"{{{BPMN_NS}}}process"


class BpmnImportError(Exception):
    """An import that was refused; ``problems`` lists every reason (German), nothing was written."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class ImportFile:
    """One uploaded file: its name as the user chose it and its bytes."""

    name: str
    data: bytes


@dataclass
class NewProfile:
    """A profile to create from a file: its name and the participant or process its model shows."""

    name: str
    focus_element: str = ""


@dataclass
class PlannedFile:
    """A file that was read as BPMN, with what the import takes from it."""

    file: ImportFile
    document: BpmnDocument
    analysis: Analysis  # findings and summary, stored on every model made from the file

    @property
    def summary(self) -> dict[str, Any]:
        return self.analysis.summary

    @cached_property
    def _names(self) -> dict[str, str]:
        """Full names of the participants and processes by id (the summary shortens them for display)."""
        root = self.document.root
        elements = [*root.iter(_PARTICIPANT), *root.iterchildren(_PROCESS)]
        return {element.get("id") or "": clean_name(element.get("name") or "") for element in elements}

    @cached_property
    def title(self) -> str:
        """The model's name: its first named pool, else its first named process, else the name of the model
        (as the summary's title, but not shortened), else the file's name without the suffix."""
        root = self.document.root
        for element in [*root.iter(_PARTICIPANT), *root.iterchildren(_PROCESS)]:
            name = clean_name(element.get("name") or "")
            if name:
                return name
        return clean_name(root.get("name") or "") or file_stem(self.file.name)

    def new_profiles(self) -> list[NewProfile]:
        """One profile per participant with a process, else per process, else one for the whole file; each
        named after its participant, else its process, else the file."""
        processes = list(self.summary.get("processes") or [])
        pooled = [process for process in processes if process.get("participant_id")]
        chosen = pooled or processes
        if not chosen:
            return [NewProfile(self.title)]
        profiles = []
        for process in chosen:
            process_id, participant_id = (
                str(process.get("id") or ""),
                str(process.get("participant_id") or ""),
            )
            name = self._names.get(participant_id, "") if pooled else ""
            name = name or self._names.get(process_id, "") or file_stem(self.file.name)
            profiles.append(NewProfile(name, participant_id if pooled else process_id))
        return profiles


@dataclass
class ImportPlan:
    """What checking the files found: the readable files and every refusal."""

    files: list[PlannedFile] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class ImportedModel:
    """A model written by the import, on a new or an existing profile, with the number of its notes."""

    model: ProcessModel
    profile: ProcessProfile
    profile_created: bool
    findings: int = 0


@dataclass
class ImportedFile:
    """A file of the import and what became of it."""

    name: str
    models: list[ImportedModel] = field(default_factory=list)


@dataclass
class ImportResult:
    """Everything an import wrote, by file."""

    files: list[ImportedFile] = field(default_factory=list)

    @property
    def model_count(self) -> int:
        return sum(len(imported.models) for imported in self.files)

    @property
    def profile_count(self) -> int:
        return sum(1 for imported in self.files for entry in imported.models if entry.profile_created)

    @property
    def findings_count(self) -> int:
        return sum(entry.findings for imported in self.files for entry in imported.models)


def clean_name(text: str) -> str:
    """A name taken from a model: line breaks and runs of spaces made single spaces, cut to 300 characters."""
    name = " ".join(text.split())
    if len(name) > MAX_NAME:
        name = name[: MAX_NAME - 1].rstrip() + "…"
    return name


def file_stem(file_name: str) -> str:
    """The file's name without folders and without ``.bpmn``/``.bpmn20.xml``/``.xml``."""
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    for suffix in FILE_SUFFIXES:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    return clean_name(name.replace("_", " ")) or _("Imported model")


def _megabytes(size: int) -> str:
    return number_format(size / (1024 * 1024), 1)


def upload_limit_problems(count: int, total_bytes: int) -> list[str]:
    """Why ``count`` files of ``total_bytes`` together cannot be imported at once; empty when they can."""
    problems = []
    if count == 0:
        problems.append(_("Please choose at least one BPMN file."))
    if count > MAX_FILES:
        problems.append(
            _(
                "You chose %(count)d files; at most %(max)d files can be imported at once. Please import "
                "them in parts."
            )
            % {"count": count, "max": MAX_FILES}
        )
    if total_bytes > MAX_TOTAL_BYTES:
        problems.append(
            _(
                "The files have %(size)s MB together; at most %(max)d MB can be imported at once. Please "
                "import them in parts."
            )
            % {"size": _megabytes(total_bytes), "max": MAX_TOTAL_BYTES // (1024 * 1024)}
        )
    return problems


def bpmn_files_check(files: list[ImportFile]) -> ImportPlan:
    """Read every file as BPMN 2.0 and collect every refusal (each names its file); writes nothing."""
    # Too many or too much at once: refused before any file is parsed, the upload has to be split anyway.
    plan = ImportPlan(problems=upload_limit_problems(len(files), sum(len(upload.data) for upload in files)))
    if plan.problems:
        return plan
    for upload in files:
        try:
            document = parse_bpmn(upload.data, file_name=upload.name)
        except BpmnFileError as error:
            plan.problems.append(error.message)
            continue
        plan.files.append(PlannedFile(file=upload, document=document, analysis=analyse(document)))
    return plan


def _attach_problems(tenant: Tenant, profile: ProcessProfile, count: int) -> list[str]:
    existing = ProcessModel.objects.for_tenant(tenant).filter(profile=profile).count()
    if existing + count <= MAX_MODELS_PER_PROFILE:
        return []
    return [
        ngettext(
            "The process “%(name)s” has %(existing)d model; with %(count)d more it would have more than the "
            "%(max)d models a process can have.",
            "The process “%(name)s” has %(existing)d models; with %(count)d more it would have more than the "
            "%(max)d models a process can have.",
            existing,
        )
        % {"name": profile.name, "existing": existing, "count": count, "max": MAX_MODELS_PER_PROFILE}
    ]


def _numbers(tenant: Tenant, count: int) -> list[str]:
    """``count`` consecutive free process numbers after the tenant's highest "P-nnnn" number."""
    first = int(next_profile_number(tenant).removeprefix("P-"))
    return [f"P-{first + offset:04d}" for offset in range(count)]


def models_import(
    *,
    tenant: Tenant,
    user: User | None,
    files: list[ImportFile],
    profile: ProcessProfile | None,
    create_profiles: bool,
) -> ImportResult:
    """Import BPMN files: each as a model of ``profile``, or (``create_profiles``) as new profiles, one per
    participant or process, each with a model of the whole file focused on it.

    Raises ``BpmnImportError`` with every problem of every file; then nothing is written.
    """
    if create_profiles == (profile is not None):
        raise ValueError("Give either a profile to attach to or create_profiles=True.")
    if profile is not None and profile.tenant_id != tenant.pk:
        raise ValueError("The profile belongs to another tenant.")
    plan = bpmn_files_check(files)
    problems = list(plan.problems)
    if profile is not None and not problems:
        problems += _attach_problems(tenant, profile, len(plan.files))
    if create_profiles and not problems:
        wanted = sum(len(planned.new_profiles()) for planned in plan.files)
        if wanted > MAX_NEW_PROFILES:
            problems.append(
                _(
                    "The files hold %(count)d processes and participants; one import creates at most %(max)d "
                    "processes. Please import the files in parts."
                )
                % {"count": wanted, "max": MAX_NEW_PROFILES}
            )
    if problems:
        raise BpmnImportError(problems)
    with transaction.atomic():
        if profile is not None:
            result = _attach(tenant=tenant, user=user, plan=plan, profile=profile)
        else:
            result = _create(tenant=tenant, user=user, plan=plan)
    return result


def _model(
    *,
    tenant: Tenant,
    user: User | None,
    planned: PlannedFile,
    profile: ProcessProfile,
    **options: Any,
) -> ProcessModel:
    try:
        return model_create(
            tenant=tenant,
            profile=profile,
            user=user,
            xml=planned.document.text,
            document=planned.document,
            analysis=planned.analysis,
            source=VersionSource.IMPORT,
            file_name=planned.file.name,
            **options,
        )
    except ModelError as error:
        # Raised inside the import's transaction: everything written so far is rolled back.
        raise BpmnImportError(
            [_("The file “%(name)s”: %(message)s") % {"name": planned.file.name, "message": error.message}]
        ) from error


def _attach(*, tenant: Tenant, user: User | None, plan: ImportPlan, profile: ProcessProfile) -> ImportResult:
    result = ImportResult()
    for planned in plan.files:
        model = _model(tenant=tenant, user=user, planned=planned, profile=profile, name=planned.title)
        model.profile = profile
        result.files.append(
            ImportedFile(
                planned.file.name,
                [
                    ImportedModel(
                        model=model,
                        profile=profile,
                        profile_created=False,
                        findings=len(planned.analysis.findings),
                    )
                ],
            )
        )
    return result


def _create(*, tenant: Tenant, user: User | None, plan: ImportPlan) -> ImportResult:
    wanted = [(planned, planned.new_profiles()) for planned in plan.files]
    numbers = iter(_numbers(tenant, sum(len(profiles) for _planned, profiles in wanted)))
    result = ImportResult()
    for planned, profiles in wanted:
        imported = ImportedFile(planned.file.name)
        for new in profiles:
            try:
                profile = profile_create(tenant=tenant, data={"number": next(numbers), "name": new.name})
            except ValidationError as error:
                raise BpmnImportError(
                    [
                        _("The file “%(name)s”: the process “%(process)s” cannot be created: %(reason)s")
                        % {"name": planned.file.name, "process": new.name, "reason": " ".join(error.messages)}
                    ]
                ) from error
            model = _model(
                tenant=tenant,
                user=user,
                planned=planned,
                profile=profile,
                name=new.name,
                focus_element=new.focus_element,
                main=True,
            )
            model.profile = profile
            imported.models.append(
                ImportedModel(
                    model=model,
                    profile=profile,
                    profile_created=True,
                    findings=len(planned.analysis.findings),
                )
            )
        result.files.append(imported)
    return result


def import_summary(result: ImportResult) -> str:
    """One sentence on what an import wrote (for the success message and the command)."""
    models = ngettext("%(count)d model", "%(count)d models", result.model_count) % {
        "count": result.model_count
    }
    files = ngettext("%(count)d file", "%(count)d files", len(result.files)) % {"count": len(result.files)}
    if result.profile_count:
        profiles = ngettext("%(count)d new process", "%(count)d new processes", result.profile_count) % {
            "count": result.profile_count
        }
        return _("Imported from %(files)s: %(models)s in %(profiles)s.") % {
            "files": files,
            "models": models,
            "profiles": profiles,
        }
    return _("Imported from %(files)s: %(models)s.") % {"files": files, "models": models}
