"""Keeping the search documents of profiles up to date."""

from collections import defaultdict
from collections.abc import Iterable

from core.bulk import update_rows
from register.models import CatalogLink, ProcessProfile
from register.search import build_document, sync_fts
from tenants.models import Tenant

DOCUMENT_SOURCE_FIELDS = ("id", "number", "name", "short_description", "trigger", "result", "inputs")


def profile_document(profile: ProcessProfile, entry_texts: Iterable[str]) -> str:
    """The search document of one profile: its texts and the keys, names and synonyms of its entries."""
    return build_document(
        name=profile.name,
        number=profile.number,
        fields=[
            profile.short_description,
            profile.trigger,
            profile.result,
            profile.inputs,
            *entry_texts,
        ],
    )


def entry_texts_by_key(rows: Iterable[tuple[object, str, str, list[str] | None]]) -> dict[object, list[str]]:
    """Group (owner key, entry key, entry name, synonyms) rows into the searchable texts per owner key."""
    texts: dict[object, list[str]] = defaultdict(list)
    for owner, key, name, synonyms in rows:
        texts[owner].extend([key, name, *(synonyms or [])])
    return texts


def profiles_reindex(*, tenant: Tenant, profile_ids: Iterable[int] | None = None) -> int:
    """Rebuild the search documents of the given profiles (all of the tenant's when None)."""
    queryset = ProcessProfile.objects.for_tenant(tenant)
    if profile_ids is not None:
        queryset = queryset.filter(pk__in=list(profile_ids))
    profiles = list(queryset.only(*DOCUMENT_SOURCE_FIELDS))
    if not profiles:
        return 0
    links = (
        CatalogLink.objects.for_tenant(tenant)
        .filter(profile_id__in=[p.pk for p in profiles])
        .values_list("profile_id", "entry__key", "entry__name", "entry__synonyms")
    )
    entry_texts = entry_texts_by_key(links)
    for profile in profiles:
        profile.search_document = profile_document(profile, entry_texts.get(profile.pk, []))
    update_rows(ProcessProfile, profiles, ["search_document"])
    sync_fts([(p.pk, p.search_document) for p in profiles])
    return len(profiles)
