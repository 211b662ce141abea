"""Reads of the process register; every function takes the tenant."""

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404

from catalogues.models import CatalogEntry
from organisation.models import OrgUnit
from register.models import CatalogLink, Folder, ProcessProfile, RegisterTemplate, TemplateVersion
from tenants.models import Tenant

# What a tree node needs as a choice (label, indentation) and as a cleaned value (tenant and subtree checks).
TREE_CHOICE_FIELDS = ("id", "uuid", "tenant", "parent", "name", "path", "depth")


def folder_choices(tenant: Tenant) -> QuerySet[Folder]:
    """The tenant's folders in tree order, loaded lean for select fields."""
    return Folder.objects.for_tenant(tenant).only(*TREE_CHOICE_FIELDS).order_by("path")


def unit_choices(tenant: Tenant) -> QuerySet[OrgUnit]:
    """The tenant's org units in tree order, loaded lean for select fields."""
    return OrgUnit.objects.for_tenant(tenant).only(*TREE_CHOICE_FIELDS, "short_code").order_by("path")


def profiles_for_list(tenant: Tenant) -> QuerySet[ProcessProfile]:
    """Profiles with what the register list shows (long texts and timestamps left out).

    Responsible unit and folder come by prefetch (two small queries by id) rather than a join: joined, the
    database may hash the unit and folder tables of every tenant before applying the page's limit.
    """
    return (
        ProcessProfile.objects.for_tenant(tenant)
        .prefetch_related(
            Prefetch("owner_unit", queryset=OrgUnit.objects.for_tenant(tenant).only(*LIST_UNIT_FIELDS)),
            Prefetch("folder", queryset=Folder.objects.for_tenant(tenant).only(*LIST_FOLDER_FIELDS)),
        )
        .defer("search_document", "short_description", "trigger", "result", "inputs", "waiver_reason")
        .defer("created_at", "updated_at")
    )


LIST_UNIT_FIELDS = ("id", "tenant", "name", "short_code")
LIST_FOLDER_FIELDS = ("id", "tenant", "name")


def profile_for_detail(tenant: Tenant, uuid: str) -> ProcessProfile:
    """One profile with its relations, or 404 (also for another tenant's profile)."""
    entries = CatalogEntry.objects.select_related("catalog").order_by("catalog__kind", "key", "name")
    profile = (
        ProcessProfile.objects.for_tenant(tenant)
        .select_related(
            "owner_unit", "folder", "process_owner", "process_owner__unit", "origin_version__template"
        )
        .defer("origin_version__snapshot", "search_document")
        .prefetch_related(
            Prefetch("participating_units", queryset=OrgUnit.objects.order_by("path")),
            Prefetch("catalog_entries", queryset=entries),
            "predecessors",
            "successors",
        )
        .filter(uuid=uuid)
        .first()
    )
    if profile is None:
        raise Http404("Unknown profile")
    return profile


def get_profile(tenant: Tenant, uuid: str) -> ProcessProfile:
    """One profile of the tenant or 404."""
    profile = ProcessProfile.objects.for_tenant(tenant).filter(uuid=uuid).first()
    if profile is None:
        raise Http404("Unknown profile")
    return profile


def profiles_in_unit_subtree(queryset: QuerySet[ProcessProfile], unit: OrgUnit) -> QuerySet[ProcessProfile]:
    """Profiles the unit or one of its sub-units is responsible for or takes part in.

    Both conditions start from the subtree's few unit ids, so the database only looks at those units'
    participation rows, never at the whole (all tenants') participation table.
    """
    unit_ids = OrgUnit.objects.for_tenant(unit.tenant_id).filter(path__startswith=unit.path).values("pk")
    participating = ProcessProfile.participating_units.through.objects.filter(orgunit_id__in=unit_ids).values(
        "processprofile_id"
    )
    return queryset.filter(Q(owner_unit_id__in=unit_ids) | Q(pk__in=participating))


def register_counts(tenant: Tenant) -> dict[str, int]:
    """Counts for the register header: all, relevant, not relevant."""
    counts = ProcessProfile.objects.for_tenant(tenant).aggregate(
        total=Count("id"), relevant=Count("id", filter=Q(relevant=True))
    )
    return {
        "total": counts["total"],
        "relevant": counts["relevant"],
        "not_relevant": counts["total"] - counts["relevant"],
    }


def catalog_links_for(tenant: Tenant, profile: ProcessProfile) -> QuerySet[CatalogLink]:
    """The profile's catalogue links with their entries and catalogues."""
    return (
        CatalogLink.objects.for_tenant(tenant)
        .filter(profile=profile)
        .select_related("entry", "entry__catalog")
        .order_by("entry__catalog__kind", "entry__key")
    )


def published_versions() -> QuerySet[TemplateVersion]:
    """The newest published version of every template, for "Register aus Vorlage anlegen"."""
    return (
        TemplateVersion.objects.select_related("template", "template__tenant")
        .defer("snapshot")
        .order_by("template__name", "-number")
    )


def templates_of(tenant: Tenant) -> QuerySet[RegisterTemplate]:
    """Templates the tenant publishes."""
    return RegisterTemplate.objects.for_tenant(tenant).prefetch_related(
        Prefetch("versions", queryset=TemplateVersion.objects.defer("snapshot"))
    )


def next_profile_number(tenant: Tenant) -> str:
    """A free process number following the tenant's highest "P-nnnn" number."""
    import re

    highest = 0
    for number in ProcessProfile.objects.for_tenant(tenant).values_list("number", flat=True):
        match = re.fullmatch(r"P-(\d+)", number)
        if match:
            highest = max(highest, int(match.group(1)))
    return f"P-{highest + 1:04d}"
