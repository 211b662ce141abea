"""Views that change catalogues: an authority's context entries and imports, and (for platform
administrators) the global catalogues' versions. Browsing and coverage live in ``register.views.catalogues``.
"""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, F, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from catalogues.choices import CONTEXT_KINDS, GLOBAL_KINDS, CatalogKind, VersionStatus
from catalogues.forms import CatalogImportForm, ContextEntryForm
from catalogues.importers.base import MAX_FILE_BYTES, CatalogFileError
from catalogues.models import Catalog, CatalogEntry, CatalogVersion
from catalogues.selectors import catalogs_for_tenant
from catalogues.services.entries import (
    context_catalog_ensure,
    entry_create,
    entry_delete,
    entry_retire,
    entry_update,
    global_catalog_create,
)
from catalogues.services.versions import (
    FIELD_LABELS,
    catalog_diff,
    version_apply,
    version_discard,
    version_items,
    version_prepare,
)
from core.forms import add_service_errors
from tenants.access import actor_of, platform_view, tenant_view
from tenants.choices import Role
from tenants.models import Tenant

SHOWN_PER_LIST = 300
MAX_REQUEST_BYTES = MAX_FILE_BYTES + 1024 * 1024  # the file and the form around it


def _own_context_catalog(tenant: Tenant, uuid: str) -> Catalog:
    catalog = Catalog.objects.filter(tenant=tenant, uuid=uuid, kind__in=CONTEXT_KINDS).first()
    if catalog is None:
        raise Http404("Unknown catalogue")
    return catalog


def _own_entry(tenant: Tenant, uuid: str) -> CatalogEntry:
    entry = (
        CatalogEntry.objects.filter(uuid=uuid, catalog__tenant=tenant, catalog__kind__in=CONTEXT_KINDS)
        .select_related("catalog", "parent")
        .first()
    )
    if entry is None:
        raise Http404("Unknown entry")
    return entry


def _browse_url(tenant: Tenant, catalog: Catalog) -> str:
    return reverse(
        "register:catalog_detail", kwargs={"tenant_slug": tenant.slug, "catalog_uuid": catalog.uuid}
    )


# --- Context entries -----------------------------------------------------------------------------------


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def entry_edit(
    request: HttpRequest, uuid: str | None = None, catalog_uuid: str | None = None
) -> HttpResponse:
    """Create an entry in a context catalogue, or change one."""
    tenant = request.tenant  # type: ignore[attr-defined]
    entry = _own_entry(tenant, uuid) if uuid else None
    catalog = entry.catalog if entry is not None else _own_context_catalog(tenant, str(catalog_uuid))
    initial: dict[str, Any] = {}
    if entry is not None:
        initial = {
            "name": entry.name,
            "key": entry.key,
            "parent": entry.parent.uuid if entry.parent else None,
            "description": entry.description,
            "url": entry.url,
            "synonyms": "\n".join(entry.synonyms or []),
        }
    form = ContextEntryForm(request.POST or None, initial=initial, catalog=catalog, entry=entry)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if entry is None:
                entry = entry_create(tenant=tenant, catalog=catalog, **data)
            else:
                entry = entry_update(tenant=tenant, entry=entry, **data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The entry “%(name)s” was saved.") % {"name": entry.name})
            return redirect("register:catalog_entry", tenant_slug=tenant.slug, uuid=entry.uuid)
    context = {"form": form, "entry": entry, "catalog": catalog, "cancel_url": _browse_url(tenant, catalog)}
    return render(request, "catalogues/entry_form.html", context, status=400 if form.errors else 200)


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def entry_delete_view(request: HttpRequest, uuid: str) -> HttpResponse:
    """Delete a context entry, or — while profiles link to it — mark it as no longer in use."""
    tenant = request.tenant  # type: ignore[attr-defined]
    entry = _own_entry(tenant, uuid)
    subtree = CatalogEntry.objects.filter(catalog=entry.catalog, path__startswith=entry.path)
    linked = subtree.filter(profile_links__tenant=tenant).values("profile_links__profile").distinct().count()
    error = ""
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "retire" or action == "reinstate":
                entry_retire(tenant=tenant, entry=entry, retired=action == "retire")
                messages.success(request, _("The entry “%(name)s” was saved.") % {"name": entry.name})
                return redirect("register:catalog_entry", tenant_slug=tenant.slug, uuid=entry.uuid)
            entry_delete(tenant=tenant, entry=entry)
        except ValidationError as problem:
            error = " ".join(problem.messages)
        else:
            messages.success(request, _("The entry “%(name)s” was deleted.") % {"name": entry.name})
            return redirect(_browse_url(tenant, entry.catalog))
    context = {
        "entry": entry,
        "linked": linked,
        "descendants": subtree.count() - 1,
        "error": error,
        "cancel_url": reverse(
            "register:catalog_entry", kwargs={"tenant_slug": tenant.slug, "uuid": entry.uuid}
        ),
    }
    return render(request, "catalogues/entry_confirm_delete.html", context, status=400 if error else 200)


@tenant_view(Role.MODELLER)
@require_POST
def context_catalog_create(request: HttpRequest) -> HttpResponse:
    """Create one of the authority's context catalogues that it does not have yet."""
    tenant = request.tenant  # type: ignore[attr-defined]
    kind = request.POST.get("kind", "")
    if kind not in CONTEXT_KINDS:
        messages.error(request, _("A catalogue of this kind exists already or the kind is unknown."))
        return redirect("register:catalog_list", tenant_slug=tenant.slug)
    catalog = context_catalog_ensure(tenant=tenant, kind=kind)
    messages.success(request, _("The catalogue “%(name)s” was created.") % {"name": catalog.name})
    return redirect(_browse_url(tenant, catalog))


# --- Imports and versions: shared by the authority's context catalogues and the platform's global ones --


def _import(
    request: HttpRequest,
    catalog: Catalog,
    *,
    review_url: Callable[[CatalogVersion], str],
    cancel_url: str,
) -> HttpResponse:
    problems: list[str] = []
    if request.method == "POST" and int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REQUEST_BYTES:
        # Refused before Django reads the body: a 100 MB upload never reaches the disk.
        form = CatalogImportForm(catalog=catalog)
        problems = [_("The file is larger than %(mb)d MB.") % {"mb": MAX_FILE_BYTES // (1024 * 1024)}]
        context = {"form": form, "catalog": catalog, "problems": problems, "cancel_url": cancel_url}
        return render(request, "catalogues/import_form.html", context, status=413)
    form = CatalogImportForm(request.POST or None, request.FILES or None, catalog=catalog)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        upload = data["file"]
        try:
            version = version_prepare(
                catalog=catalog,
                layout=data["layout"],
                data=upload.read(),
                file_name=upload.name or "",
                label=data["label"],
                source=data["source"],
                issued_on=data["issued_on"],
                actor=actor_of(request),
            )
        except CatalogFileError as error:
            problems = [str(problem) for problem in error.problems]
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect(review_url(version))
    context = {"form": form, "catalog": catalog, "problems": problems, "cancel_url": cancel_url}
    failed = bool(form.errors or problems)
    return render(request, "catalogues/import_form.html", context, status=400 if failed else 200)


def _review(
    request: HttpRequest, version: CatalogVersion, *, done_url: str, tenant: Tenant | None
) -> HttpResponse:
    catalog = version.catalog
    if request.method == "POST" and version.status == VersionStatus.PENDING:
        try:
            if request.POST.get("action") == "apply":
                diff = version_apply(version=version, actor=actor_of(request))
                counts = diff.summary()
                messages.success(
                    request,
                    _(
                        "Version %(label)s applied: %(new)d new, %(changed)d changed, %(removed)d removed "
                        "entries."
                    )
                    % {"label": version.label, **counts},
                )
            else:
                version_discard(version=version)
                messages.info(request, _("The upload was discarded; the catalogue is unchanged."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(done_url)
    context: dict[str, Any] = {"version": version, "catalog": catalog, "done_url": done_url, "tenant": tenant}
    if version.status == VersionStatus.PENDING:
        diff = catalog_diff(catalog, version_items(version))
        context.update(
            diff=diff,
            summary=diff.summary(),
            new=diff.new[:SHOWN_PER_LIST],
            changed=[
                (change, [str(FIELD_LABELS[name]) for name in change.fields])
                for change in diff.changed[:SHOWN_PER_LIST]
            ],
            removed=[(entry, diff.removed_links.get(entry.pk, 0)) for entry in diff.removed[:SHOWN_PER_LIST]],
            affected_profiles=_profiles_linking(diff.linked_removed, tenant),
            affected_tenants=_tenant_names(diff.removed_tenants),
            shown=SHOWN_PER_LIST,
        )
    return render(request, "catalogues/version_review.html", context)


def _profiles_linking(entries: list[CatalogEntry], tenant: Tenant | None) -> list[dict[str, Any]]:
    """The profiles that link to entries a version removes (all tenants for the platform; capped)."""
    if not entries:
        return []
    rows = CatalogEntry.objects.filter(pk__in=[e.pk for e in entries], profile_links__isnull=False)
    if tenant is not None:
        rows = rows.filter(profile_links__tenant=tenant)
    return [
        dict(row)
        for row in rows.values(
            "key",
            "name",
            tenant_name=F("profile_links__tenant__name"),
            tenant_slug=F("profile_links__tenant__slug"),
            profile_uuid=F("profile_links__profile__uuid"),
            profile_number=F("profile_links__profile__number"),
            profile_name=F("profile_links__profile__name"),
        ).order_by("profile_links__tenant__name", "profile_links__profile__number")[:SHOWN_PER_LIST]
    ]


def _tenant_names(counts: dict[int, int]) -> list[tuple[str, int]]:
    names = dict(Tenant.objects.filter(pk__in=counts).values_list("pk", "name"))
    return sorted(((names.get(pk, "?"), n) for pk, n in counts.items()), key=lambda row: row[0])


def _versions_context(catalog: Catalog) -> dict[str, Any]:
    return {
        "catalog": catalog,
        "versions": list(
            CatalogVersion.objects.filter(catalog=catalog)
            .exclude(status=VersionStatus.DISCARDED)
            .select_related("created_by")
            .defer("items")
        ),
    }


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def catalog_import(request: HttpRequest, catalog_uuid: str) -> HttpResponse:
    """Upload a list into a context catalogue (new entries are added, known ones updated)."""
    tenant = request.tenant  # type: ignore[attr-defined]
    catalog = _own_context_catalog(tenant, catalog_uuid)
    return _import(
        request,
        catalog,
        review_url=lambda version: reverse(
            "catalogues:version_review", kwargs={"tenant_slug": tenant.slug, "uuid": version.uuid}
        ),
        cancel_url=_browse_url(tenant, catalog),
    )


@tenant_view(Role.MODELLER)
@require_http_methods(["GET", "POST"])
def version_review(request: HttpRequest, uuid: str) -> HttpResponse:
    """The differences an uploaded list would make to a context catalogue; apply or discard."""
    tenant = request.tenant  # type: ignore[attr-defined]
    version = (
        CatalogVersion.objects.filter(uuid=uuid, catalog__tenant=tenant, catalog__kind__in=CONTEXT_KINDS)
        .select_related("catalog", "created_by")
        .first()
    )
    if version is None:
        raise Http404("Unknown version")
    return _review(request, version, done_url=_browse_url(tenant, version.catalog), tenant=tenant)


@tenant_view()
@require_GET
def catalog_versions(request: HttpRequest, catalog_uuid: str) -> HttpResponse:
    """A catalogue's versions, and this authority's links to entries that are no longer in it."""
    tenant = request.tenant  # type: ignore[attr-defined]
    catalog = catalogs_for_tenant(tenant).filter(uuid=catalog_uuid).first()
    if catalog is None:
        raise Http404("Unknown catalogue")
    context = _versions_context(catalog)
    context["retired_links"] = list(
        CatalogEntry.objects.filter(catalog=catalog, is_retired=True, profile_links__tenant=tenant)
        .values(
            "key",
            "name",
            "uuid",
            version_label=F("retired_in__label"),
            profile_uuid=F("profile_links__profile__uuid"),
            profile_number=F("profile_links__profile__number"),
            profile_name=F("profile_links__profile__name"),
        )
        .order_by("key", "name", "profile_links__profile__number")
    )
    context["browse_url"] = _browse_url(tenant, catalog)
    return render(request, "catalogues/version_list.html", context)


# --- Platform administration: the global catalogues -----------------------------------------------------


def _global_catalog(uuid: str) -> Catalog:
    catalog = Catalog.objects.filter(uuid=uuid, tenant__isnull=True).first()
    if catalog is None:
        raise Http404("Unknown catalogue")
    return catalog


@platform_view
@require_GET
def platform_catalog_list(request: HttpRequest) -> HttpResponse:
    """The global catalogues with their versions; catalogues of missing kinds can be created."""
    catalogs = list(
        Catalog.objects.filter(tenant__isnull=True).annotate(
            entry_count=Count("entries", filter=Q(entries__is_retired=False))
        )
    )
    present = {c.kind for c in catalogs}
    pending = {
        v.catalog_id: v
        for v in CatalogVersion.objects.filter(
            catalog__tenant__isnull=True, status=VersionStatus.PENDING
        ).defer("items")
    }
    for catalog in catalogs:
        catalog.pending = pending.get(catalog.pk)  # type: ignore[attr-defined]
    missing = [
        (kind.value, kind.label) for kind in CatalogKind if kind in GLOBAL_KINDS and kind not in present
    ]
    return render(request, "catalogues/platform_list.html", {"catalogs": catalogs, "missing": missing})


@platform_view
@require_POST
def platform_catalog_create(request: HttpRequest) -> HttpResponse:
    """Create an empty global catalogue of a kind that has none yet."""
    try:
        catalog = global_catalog_create(kind=request.POST.get("kind", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The catalogue “%(name)s” was created.") % {"name": catalog.name})
    return redirect("platform_catalogues:catalog_list")


@platform_view
@require_http_methods(["GET", "POST"])
def platform_catalog_import(request: HttpRequest, catalog_uuid: str) -> HttpResponse:
    """Upload a new version of a global catalogue."""
    catalog = _global_catalog(catalog_uuid)
    return _import(
        request,
        catalog,
        review_url=lambda version: reverse(
            "platform_catalogues:version_review", kwargs={"uuid": version.uuid}
        ),
        cancel_url=reverse("platform_catalogues:catalog_list"),
    )


@platform_view
@require_http_methods(["GET", "POST"])
def platform_version_review(request: HttpRequest, uuid: str) -> HttpResponse:
    """The differences a new version would make to a global catalogue, with the profiles it affects."""
    version = (
        CatalogVersion.objects.filter(uuid=uuid, catalog__tenant__isnull=True)
        .select_related("catalog", "created_by")
        .first()
    )
    if version is None:
        raise Http404("Unknown version")
    return _review(request, version, done_url=reverse("platform_catalogues:catalog_list"), tenant=None)


@platform_view
@require_GET
def platform_catalog_versions(request: HttpRequest, catalog_uuid: str) -> HttpResponse:
    """The version history of a global catalogue."""
    context = _versions_context(_global_catalog(catalog_uuid))
    context["browse_url"] = ""
    return render(request, "catalogues/version_list.html", context)
