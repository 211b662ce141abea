"""Catalogue versions (diff and apply), context entries and the catalogue search."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from catalogues.choices import CatalogKind, ImportLayout, VersionStatus
from catalogues.importers.base import ImportedEntry
from catalogues.models import CatalogEntry, CatalogVersion
from catalogues.search import search_entries
from catalogues.services.entries import entry_create, entry_delete, entry_retire, entry_update
from catalogues.services.versions import catalog_diff, version_apply, version_discard
from catalogues.tests.factories import CatalogEntryFactory, CatalogFactory
from tenants.tests.factories import TenantFactory

pytestmark = pytest.mark.django_db


def _version(catalog, items, label="2026-1"):
    return CatalogVersion.objects.create(
        catalog=catalog,
        label=label,
        layout=ImportLayout.HIERARCHICAL,
        items=[item.as_json() for item in items],
        issued_on=datetime.date(2026, 3, 1),
    )


FIRST = [
    ImportedEntry(key="1", name="Steuerung"),
    ImportedEntry(key="1.1", name="Strategische Planung", parent_key="1"),
    ImportedEntry(key="2", name="Leistung"),
    ImportedEntry(key="2.1", name="Bürgerdienste", parent_key="2", synonyms=("Bürgerbüro",)),
    ImportedEntry(key="2.1.1", name="Meldewesen", parent_key="2.1"),
    ImportedEntry(key="2.2", name="Ordnung", parent_key="2"),
]


def _entries(catalog):
    return {e.key: e for e in CatalogEntry.objects.filter(catalog=catalog).select_related("parent")}


def test_the_first_version_builds_the_tree_with_search_documents():
    catalog = CatalogFactory(kind=CatalogKind.KGST)
    diff = version_apply(version=_version(catalog, FIRST))
    assert diff.summary() == {"new": 6, "changed": 0, "removed": 0, "unchanged": 0, "links_to_removed": 0}
    entries = _entries(catalog)
    assert entries["2.1.1"].parent == entries["2.1"]
    assert entries["2.1.1"].path.startswith(entries["2"].path)
    assert entries["2.1.1"].depth == 2
    assert " burgerburo" in entries["2.1"].search_document
    catalog.refresh_from_db()
    assert (catalog.version, catalog.issued_on) == ("2026-1", datetime.date(2026, 3, 1))
    assert CatalogVersion.objects.get().status == VersionStatus.APPLIED


def test_a_newer_version_adds_changes_moves_and_retires_without_losing_anything():
    catalog = CatalogFactory(kind=CatalogKind.KGST)
    version_apply(version=_version(catalog, FIRST))
    before = _entries(catalog)
    second = [
        ImportedEntry(key="1", name="Steuerung"),
        ImportedEntry(key="2", name="Leistungen"),  # renamed
        ImportedEntry(key="2.2", name="Ordnung", parent_key="2"),
        ImportedEntry(key="2.1", name="Bürgerdienste", parent_key="2.2", synonyms=("Bürgerbüro",)),  # moved
        ImportedEntry(key="2.1.1", name="Meldewesen", parent_key="2.1"),
        ImportedEntry(key="3", name="Unterstützung"),  # new
    ]
    version = _version(catalog, second, label="2026-2")
    diff = catalog_diff(catalog, [ImportedEntry.from_json(i) for i in version.items])
    assert [i.key for i in diff.new] == ["3"]
    assert {c.entry.key: c.fields for c in diff.changed} == {"2": ["name"], "2.1": ["parent"]}
    assert [e.key for e in diff.removed] == ["1.1"]
    version_apply(version=version)
    after = _entries(catalog)
    assert after["2"].name == "Leistungen"
    assert after["2.1"].parent == after["2.2"]
    assert after["2.1.1"].path.startswith(after["2.2"].path), "the moved entry's subtree follows it"
    assert after["2.1.1"].depth == 3
    assert after["1.1"].is_retired and after["1.1"].retired_in == version
    assert after["1.1"].pk == before["1.1"].pk, "a removed entry is kept, never deleted"
    assert after["3"].depth == 0


def test_an_entry_that_comes_back_is_taken_back_into_use():
    catalog = CatalogFactory(kind=CatalogKind.SRH)
    version_apply(version=_version(catalog, FIRST))
    version_apply(version=_version(catalog, FIRST[:1], label="2"))
    assert _entries(catalog)["2.1"].is_retired
    diff = version_apply(version=_version(catalog, FIRST, label="3"))
    assert diff.summary()["changed"] == 5
    assert not any(e.is_retired for e in _entries(catalog).values())


def test_a_context_catalogue_is_merged_by_name_where_entries_have_no_key():
    tenant = TenantFactory()
    catalog = CatalogFactory(tenant=tenant, kind=CatalogKind.DOCUMENTS)
    kept = CatalogEntryFactory(catalog=catalog, key="", name="Personalausweis")
    items = [
        ImportedEntry(key="", name="personalausweis", description="Nachweis der Identität"),
        ImportedEntry(key="", name="Meldebescheinigung"),
    ]
    diff = version_apply(version=_version(catalog, items))
    assert diff.summary() == {"new": 1, "changed": 1, "removed": 0, "unchanged": 0, "links_to_removed": 0}
    kept.refresh_from_db()
    assert kept.description == "Nachweis der Identität"
    assert CatalogEntry.objects.filter(catalog=catalog).count() == 2


def test_a_version_is_applied_once_and_a_discarded_one_never():
    catalog = CatalogFactory(kind=CatalogKind.KGST)
    version = _version(catalog, FIRST)
    version_apply(version=version)
    with pytest.raises(ValidationError):
        version_apply(version=version)
    other = _version(catalog, FIRST, label="x")
    version_discard(version=other)
    with pytest.raises(ValidationError):
        version_apply(version=other)
    assert CatalogEntry.objects.filter(catalog=catalog).count() == 6


def test_a_cycle_in_the_stored_items_changes_nothing():
    catalog = CatalogFactory(kind=CatalogKind.KGST)
    items = [
        ImportedEntry(key="a", name="A", parent_key="b"),
        ImportedEntry(key="b", name="B", parent_key="a"),
    ]
    with pytest.raises(ValidationError):
        version_apply(version=_version(catalog, items))
    assert not CatalogEntry.objects.filter(catalog=catalog).exists()
    assert CatalogVersion.objects.get().status == VersionStatus.PENDING


def test_context_entries_are_created_moved_and_deleted_by_their_tenant_only():
    tenant, other = TenantFactory(), TenantFactory()
    catalog = CatalogFactory(tenant=tenant, kind=CatalogKind.LEGAL_BASES)
    law = entry_create(tenant=tenant, catalog=catalog, name="Bundesmeldegesetz", key="BMG")
    section = entry_create(tenant=tenant, catalog=catalog, name="§ 17 Anmeldung", parent=law)
    assert section.path.startswith(law.path)
    with pytest.raises(ValidationError):
        entry_create(tenant=tenant, catalog=catalog, name="bundesmeldegesetz")
    with pytest.raises(ValidationError):
        entry_create(tenant=other, catalog=catalog, name="Fremd")
    with pytest.raises(ValidationError):
        entry_update(tenant=tenant, entry=law, name=law.name, parent=section)
    moved = entry_create(tenant=tenant, catalog=catalog, name="Meldewesen")
    entry_update(tenant=tenant, entry=law, name=law.name, key="BMG", parent=moved)
    section.refresh_from_db()
    assert section.path.startswith(moved.path) and section.depth == 2
    entry_retire(tenant=tenant, entry=section)
    assert CatalogEntry.objects.get(pk=section.pk).is_retired
    entry_delete(tenant=tenant, entry=moved)
    assert not CatalogEntry.objects.filter(catalog=catalog).exists()


def test_global_catalogues_cannot_be_edited_as_context_catalogues():
    tenant = TenantFactory()
    catalog = CatalogFactory(kind=CatalogKind.LEIKA)
    with pytest.raises(ValidationError):
        entry_create(tenant=tenant, catalog=catalog, name="Eigenes")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Hundesteuer", {"99001003000000"}),
        ("hund", {"99001003000000"}),
        ("Ummeldung", {"99001004012000"}),
        ("99001003", {"99001003000000"}),
        ("99001", {"99001003000000", "99001004012000"}),
        ("Steuer Hunde", {"99001003000000"}),
        ("Fahrrad", set()),
    ],
)
def test_the_catalogue_search_finds_words_stems_synonyms_and_keys(query, expected):
    catalog = CatalogFactory(kind=CatalogKind.LEIKA)
    CatalogEntryFactory(catalog=catalog, key="99001003000000", name="Hundesteuer Festsetzung")
    CatalogEntryFactory(
        catalog=catalog, key="99001004012000", name="Meldung Wohnsitz Änderung", synonyms=["Ummeldung"]
    )
    found = search_entries(CatalogEntry.objects.filter(catalog=catalog), query)
    assert {e.key for e in found} == expected
