"""Keeping the search documents of profiles up to date."""

from collections import defaultdict
from collections.abc import Iterable

from register.models import CatalogLink, ProcessProfile
from register.search import build_document, sync_fts
from tenants.models import Tenant

BATCH = 500


def profiles_reindex(*, tenant: Tenant, profile_ids: Iterable[int] | None = None) -> int:
    """Rebuild the search documents of the given profiles (all of the tenant's when None)."""
    queryset = ProcessProfile.objects.for_tenant(tenant)
    if profile_ids is not None:
        queryset = queryset.filter(pk__in=list(profile_ids))
    profiles = list(queryset.only("id", "number", "name", "short_description", "trigger", "result", "inputs"))
    if not profiles:
        return 0
    entry_texts: dict[int, list[str]] = defaultdict(list)
    links = (
        CatalogLink.objects.for_tenant(tenant)
        .filter(profile_id__in=[p.pk for p in profiles])
        .values_list("profile_id", "entry__key", "entry__name", "entry__synonyms")
    )
    for profile_id, key, name, synonyms in links:
        entry_texts[profile_id].extend([key, name, *(synonyms or [])])
    for profile in profiles:
        profile.search_document = build_document(
            name=profile.name,
            number=profile.number,
            fields=[
                profile.short_description,
                profile.trigger,
                profile.result,
                profile.inputs,
                *entry_texts.get(profile.pk, []),
            ],
        )
    ProcessProfile.objects.for_tenant(tenant).bulk_update(profiles, ["search_document"], batch_size=BATCH)
    sync_fts((p.pk, p.search_document) for p in profiles)
    return len(profiles)
