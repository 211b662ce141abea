"""Catalogue links of a profile: the service, the editor's section and the combobox's autocomplete."""

import uuid
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from catalogues.choices import CatalogKind
from catalogues.tests.factories import CatalogEntryFactory, CatalogFactory
from register.catalogue_selectors import MAX_OPTIONS
from register.models import CatalogLink, ProcessProfile
from register.search import search_profiles
from register.services.profiles import (
    MAX_CATALOG_LINKS,
    profile_create,
    profile_links_set,
    profile_update,
)
from register.tests.factories import ProfileFactory
from register.tests.test_views import _form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries(cast):
    """A global LeiKa, the tenant's documents and the neighbour's documents, with recognisable entries."""
    leika = CatalogFactory(kind=CatalogKind.LEIKA, name="LeiKa-Leistungskatalog")
    documents = CatalogFactory(tenant=cast.tenant, kind=CatalogKind.DOCUMENTS, name="Dokumente")
    foreign = CatalogFactory(tenant=cast.other_tenant, kind=CatalogKind.DOCUMENTS, name="Fremde Dokumente")
    return SimpleNamespace(
        leika=leika,
        documents=documents,
        foreign_catalog=foreign,
        dog_tax=CatalogEntryFactory(
            catalog=leika, key="99001003001000", name="Hundesteuer Festsetzung", synonyms=["Hundeabgabe"]
        ),
        dog=CatalogEntryFactory(catalog=leika, key="99001003002000", name="Hund Anmeldung"),
        trade=CatalogEntryFactory(
            catalog=leika, key="99050012104000", name="Gewerbeanmeldung", synonyms=["Gewerbeschein"]
        ),
        tag=CatalogEntryFactory(
            catalog=leika, key="99001003009000", name="Hundemarke Ausgabe", is_retired=True
        ),
        form=CatalogEntryFactory(catalog=documents, key="", name="Antragsformular Hundesteuer"),
        foreign=CatalogEntryFactory(catalog=foreign, key="", name="Geheimes Hundeformular"),
    )


def _linked(profile):
    return set(
        CatalogLink.objects.for_tenant(profile.tenant)
        .filter(profile=profile)
        .values_list("entry_id", flat=True)
    )


def _link(profile, *entries):
    for entry in entries:
        CatalogLink.objects.create(tenant=profile.tenant, profile=profile, entry=entry)


def _search(tenant, query):
    queryset = search_profiles(ProcessProfile.objects.for_tenant(tenant), query, tenant=tenant)
    return list(queryset.values_list("name", flat=True))


def _ids(*entries):
    return {entry.pk for entry in entries}


def _uuids(*entries):
    return [str(entry.uuid) for entry in entries]


def _link_writes(queries):
    table = CatalogLink._meta.db_table
    sql = [q["sql"] for q in queries.captured_queries if table in q["sql"]]
    return [s.split()[0] for s in sql if s.startswith(("INSERT", "DELETE", "UPDATE"))]


# --- Service ----------------------------------------------------------------------------------------


def test_setting_links_adds_and_removes_rows_with_one_statement_each(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant)
    _link(profile, entries.dog, entries.dog_tax)
    with CaptureQueriesContext(connection) as queries:
        profile_links_set(
            tenant=cast.tenant,
            profile=profile,
            entry_uuids=_uuids(entries.dog_tax, entries.trade, entries.form),
        )
    assert _linked(profile) == _ids(entries.dog_tax, entries.trade, entries.form)
    assert _link_writes(queries) == ["DELETE", "INSERT"]


def test_the_same_entry_twice_is_linked_once(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant)
    profile_links_set(tenant=cast.tenant, profile=profile, entry_uuids=_uuids(entries.dog, entries.dog))
    assert _linked(profile) == _ids(entries.dog)


def test_a_link_to_a_retired_entry_is_kept_until_it_is_removed(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant)
    _link(profile, entries.tag)
    profile_update(
        tenant=cast.tenant, profile=profile, data={}, catalog_entries=_uuids(entries.tag, entries.dog)
    )
    assert _linked(profile) == _ids(entries.tag, entries.dog)
    profile_update(tenant=cast.tenant, profile=profile, data={}, catalog_entries=_uuids(entries.dog))
    assert _linked(profile) == _ids(entries.dog)


def test_a_retired_entry_cannot_be_newly_linked(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant)
    with pytest.raises(ValidationError) as raised:
        profile_links_set(tenant=cast.tenant, profile=profile, entry_uuids=_uuids(entries.tag))
    assert raised.value.error_dict["catalog_entries"][0].code == "retired"
    assert _linked(profile) == set()


def test_another_tenants_context_entry_is_refused_and_nothing_is_saved(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant, name="Bleibt")
    _link(profile, entries.dog)
    with pytest.raises(ValidationError) as raised:
        profile_update(
            tenant=cast.tenant,
            profile=profile,
            data={"name": "Geändert"},
            catalog_entries=_uuids(entries.trade, entries.foreign),
        )
    assert raised.value.error_dict["catalog_entries"][0].code == "unknown"
    assert ProcessProfile.objects.for_tenant(cast.tenant).get(pk=profile.pk).name == "Bleibt"
    assert _linked(profile) == _ids(entries.dog)


@pytest.mark.parametrize("value", ["kein-uuid", "0d9f3c1e-5b7a-4c2e-9f1d-2a6b8e4c7d10"])
def test_unknown_and_malformed_entry_ids_are_refused(cast, entries, value):
    profile = ProfileFactory(tenant=cast.tenant)
    with pytest.raises(ValidationError) as raised:
        profile_links_set(tenant=cast.tenant, profile=profile, entry_uuids=[str(entries.dog.uuid), value])
    assert raised.value.error_dict["catalog_entries"][0].code == "unknown"
    assert _linked(profile) == set()


def test_at_most_the_maximum_number_of_links_is_accepted(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    too_many = [str(uuid.uuid4()) for _ in range(MAX_CATALOG_LINKS + 1)]
    with pytest.raises(ValidationError) as raised:
        profile_links_set(tenant=cast.tenant, profile=profile, entry_uuids=too_many)
    assert raised.value.error_dict["catalog_entries"][0].code == "too_many"


def test_a_new_profile_is_created_with_its_links(cast, entries):
    profile = profile_create(
        tenant=cast.tenant,
        data={"number": "P-0100", "name": "Neu"},
        catalog_entries=_uuids(entries.dog, entries.form),
    )
    assert _linked(profile) == _ids(entries.dog, entries.form)


def test_an_update_without_links_leaves_the_links_alone(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant)
    _link(profile, entries.dog)
    profile_update(tenant=cast.tenant, profile=profile, data={"name": "Umbenannt"})
    assert _linked(profile) == _ids(entries.dog)


def test_the_register_search_finds_a_profile_by_its_linked_entries(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant, name="Erlaubnis ausstellen")
    ProfileFactory(tenant=cast.tenant, name="Anderer Prozess")
    assert _search(cast.tenant, "Gewerbeschein") == []
    profile_links_set(tenant=cast.tenant, profile=profile, entry_uuids=_uuids(entries.trade))
    assert _search(cast.tenant, "Gewerbeschein") == ["Erlaubnis ausstellen"]
    assert _search(cast.tenant, "Gewerbeanmeldungen") == ["Erlaubnis ausstellen"]
    profile_links_set(tenant=cast.tenant, profile=profile, entry_uuids=[])
    assert _search(cast.tenant, "Gewerbeschein") == []


def test_links_of_another_tenants_profile_cannot_be_set(cast, entries):
    foreign = ProfileFactory(tenant=cast.other_tenant)
    with pytest.raises(ValidationError):
        profile_links_set(tenant=cast.tenant, profile=foreign, entry_uuids=_uuids(entries.dog))
    assert CatalogLink.objects.for_tenant(cast.other_tenant).count() == 0


# --- The profile editor -----------------------------------------------------------------------------


def _edit(profile):
    return reverse("register:profile_edit", args=[profile.tenant.slug, profile.uuid])


def _with_links(profile, *entries, **overrides):
    return {
        **_form_data(profile, **overrides),
        "catalog_links_shown": "1",
        "catalog_entries": _uuids(*entries),
    }


def test_the_editor_lists_the_links_grouped_by_catalogue_and_marks_retired_entries(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant)
    _link(profile, entries.dog, entries.tag, entries.form)
    response = cast.client_for(cast.modeller).get(_edit(profile))
    assert response.status_code == 200
    groups = response.context["form"].catalog_link_groups()
    assert [(c.name, [e.name for e in linked]) for c, linked in groups] == [
        ("Dokumente", ["Antragsformular Hundesteuer"]),
        ("LeiKa-Leistungskatalog", ["Hund Anmeldung", "Hundemarke Ausgabe"]),
    ]
    html = response.content.decode()
    for entry in (entries.dog, entries.tag, entries.form):
        assert f'name="catalog_entries" value="{entry.uuid}" id="catalog-link-{entry.uuid}" checked' in html
    row = html[html.index(f'data-uuid="{entries.tag.uuid}"') :]
    row = row[: row.index("</li>")]
    with translation.override("de"):
        assert f'<span class="badge">{gettext("retired")}</span>' in row
    assert 'class="badge"' not in html[html.index(f'data-uuid="{entries.dog.uuid}"') :].split("</li>")[0]
    assert 'id="catalog-search"' in html
    assert reverse("register:catalog_autocomplete", args=[cast.tenant.slug]) in html
    assert "<script>" not in html and "style=" not in html


def test_posting_the_editor_saves_the_chosen_links(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant, name="Hund anmelden")
    _link(profile, entries.dog, entries.tag)
    data = _with_links(profile, entries.tag, entries.dog_tax, entries.form)
    response = cast.client_for(cast.modeller).post(_edit(profile), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else None
    assert _linked(profile) == _ids(entries.tag, entries.dog_tax, entries.form)
    detail = cast.client_for(cast.viewer).get(response["Location"]).content.decode()
    assert "Hundesteuer Festsetzung" in detail and "Antragsformular Hundesteuer" in detail
    assert "Hund Anmeldung" not in detail


def test_a_new_process_is_created_with_links_from_the_editor(cast, entries):
    url = reverse("register:profile_create", args=[cast.tenant.slug])
    client = cast.client_for(cast.modeller)
    assert "catalog-search" in client.get(url).content.decode()
    template = ProcessProfile(tenant=cast.tenant, number="P-0042", name="Neuer Prozess")
    response = client.post(url, _with_links(template, entries.trade, entries.form))
    assert response.status_code == 302
    profile = ProcessProfile.objects.for_tenant(cast.tenant).get(number="P-0042")
    assert _linked(profile) == _ids(entries.trade, entries.form)


def test_a_refused_link_creates_no_new_process(cast, entries):
    url = reverse("register:profile_create", args=[cast.tenant.slug])
    template = ProcessProfile(tenant=cast.tenant, number="P-0042", name="Neuer Prozess")
    response = cast.client_for(cast.modeller).post(url, _with_links(template, entries.foreign))
    assert response.status_code == 400
    assert "catalog_entries" in response.context["form"].errors
    assert not ProcessProfile.objects.for_tenant(cast.tenant).filter(number="P-0042").exists()


def test_posting_the_editor_without_any_link_removes_them_all(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant)
    _link(profile, entries.dog)
    data = {**_form_data(profile), "catalog_links_shown": "1"}
    assert cast.client_for(cast.modeller).post(_edit(profile), data).status_code == 302
    assert _linked(profile) == set()


def test_a_post_without_the_catalogue_section_keeps_the_links(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant)
    _link(profile, entries.dog)
    assert cast.client_for(cast.modeller).post(_edit(profile), _form_data(profile)).status_code == 302
    assert _linked(profile) == _ids(entries.dog)


@pytest.mark.parametrize("bad", ["foreign", "unknown", "malformed"])
def test_a_bad_entry_answers_400_with_a_german_error_and_nothing_changes(cast, entries, bad):
    profile = ProfileFactory(tenant=cast.tenant, name="Bleibt")
    _link(profile, entries.dog)
    value = {"foreign": str(entries.foreign.uuid), "unknown": str(uuid.uuid4()), "malformed": "x"}[bad]
    data = _with_links(profile, entries.trade, name="Geändert")
    data["catalog_entries"].append(value)
    response = cast.client_for(cast.modeller).post(_edit(profile), data)
    assert response.status_code == 400
    errors = response.context["form"].errors["catalog_entries"]
    with translation.override("de"):
        expected = gettext(
            "Some of the chosen catalogue entries do not exist or are not available to your authority. "
            "Reload the page and choose them again."
        )
    assert errors == [expected]
    assert ProcessProfile.objects.for_tenant(cast.tenant).get(pk=profile.pk).name == "Bleibt"
    assert _linked(profile) == _ids(entries.dog)
    html = response.content.decode()
    assert 'href="#catalog-search"' in html  # the error summary leads to the search field
    assert "Geheimes Hundeformular" not in html
    # The valid choice is still shown, so the user does not lose it.
    assert f'value="{entries.trade.uuid}" id="catalog-link-{entries.trade.uuid}" checked' in html


def test_more_links_than_allowed_are_refused_by_the_form(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant)
    data = {**_form_data(profile), "catalog_links_shown": "1"}
    data["catalog_entries"] = [str(uuid.uuid4()) for _ in range(MAX_CATALOG_LINKS + 1)]
    response = cast.client_for(cast.modeller).post(_edit(profile), data)
    assert response.status_code == 400
    assert "catalog_entries" in response.context["form"].errors


def test_a_viewer_cannot_change_links(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant)
    _link(profile, entries.dog)
    response = cast.client_for(cast.viewer).post(_edit(profile), _with_links(profile, entries.trade))
    assert response.status_code == 403
    assert _linked(profile) == _ids(entries.dog)


def test_the_search_without_javascript_lists_entries_to_tick(cast, entries):
    profile = ProfileFactory(tenant=cast.tenant)
    _link(profile, entries.dog)
    response = cast.client_for(cast.modeller).get(_edit(profile), {"katalog_q": "Hundesteuer"})
    assert response.status_code == 200
    found = {option.entry.name for option in response.context["catalog_results"]}
    # Already linked, retired and the neighbour's entries are not offered.
    assert found == {"Hundesteuer Festsetzung", "Antragsformular Hundesteuer"}
    html = response.content.decode()
    assert (
        f'name="catalog_entries" value="{entries.dog_tax.uuid}" id="catalog-add-{entries.dog_tax.uuid}">'
        in html
    )
    assert 'id="catalog-search-form" method="get"' in html
    scoped = cast.client_for(cast.modeller).get(
        _edit(profile), {"katalog_q": "Hundesteuer", "katalog": str(entries.documents.uuid)}
    )
    assert [o.entry.name for o in scoped.context["catalog_results"]] == ["Antragsformular Hundesteuer"]


# --- Autocomplete -----------------------------------------------------------------------------------


def _autocomplete(cast, user=None, **params):
    url = reverse("register:catalog_autocomplete", args=[cast.tenant.slug])
    return cast.client_for(user or cast.viewer).get(url, params)


def _found(response):
    return [option.entry.name for option in response.context["options"]]


def test_the_autocomplete_finds_entries_by_name_as_list_options(cast, entries):
    response = _autocomplete(cast, q="Gewerbeanmeldungen")
    assert response.status_code == 200
    assert _found(response) == ["Gewerbeanmeldung"]
    html = response.content.decode()
    assert "<html" not in html
    assert html.count('role="option"') == 1
    assert f'id="catalog-option-{entries.trade.uuid}"' in html
    assert f'data-uuid="{entries.trade.uuid}"' in html
    assert 'data-label="99050012104000 Gewerbeanmeldung"' in html
    assert 'data-catalog-name="LeiKa-Leistungskatalog"' in html
    assert "Gewerbeschein" not in html  # the name matched: no synonym shown


def test_the_autocomplete_shows_the_synonym_that_matched(cast, entries):
    response = _autocomplete(cast, q="Gewerbeschein")
    assert [option.synonym for option in response.context["options"]] == ["Gewerbeschein"]
    assert "Gewerbeschein" in response.content.decode()


def test_the_autocomplete_finds_entries_by_the_beginning_of_their_key(cast, entries):
    assert _found(_autocomplete(cast, q="99001003")) == ["Hundesteuer Festsetzung", "Hund Anmeldung"]
    assert _found(_autocomplete(cast, q="990 010 030 01")) == ["Hundesteuer Festsetzung"]


def test_the_autocomplete_splits_compounds_and_never_offers_other_tenants_or_retired_entries(cast, entries):
    response = _autocomplete(cast, q="Hundesteuer")
    assert set(_found(response)) == {
        "Hundesteuer Festsetzung",
        "Hund Anmeldung",
        "Antragsformular Hundesteuer",
    }
    html = response.content.decode()
    assert "Geheimes Hundeformular" not in html
    assert "Hundemarke" not in html
    outsider = _autocomplete(cast, q="Hundeformular", katalog=str(entries.foreign_catalog.uuid))
    assert _found(outsider) == []


def test_the_autocomplete_narrows_to_one_catalogue_by_kind_or_uuid(cast, entries):
    assert _found(_autocomplete(cast, q="Hund", katalog=CatalogKind.DOCUMENTS)) == [
        "Antragsformular Hundesteuer"
    ]
    by_uuid = _autocomplete(cast, q="Hund", katalog=str(entries.leika.uuid))
    assert _found(by_uuid) == ["Hundesteuer Festsetzung", "Hund Anmeldung"]
    assert _found(_autocomplete(cast, q="Hund", katalog="kein-katalog")) == []


@pytest.mark.parametrize("query", ["", " ", "H", " 9 "])
def test_the_autocomplete_answers_an_empty_list_for_less_than_two_characters(cast, entries, query):
    response = _autocomplete(cast, q=query)
    assert response.status_code == 200
    assert response.context["options"] == []
    assert 'role="option"' not in response.content.decode()


def test_the_autocomplete_returns_at_most_twenty_options(cast, entries):
    for n in range(MAX_OPTIONS + 5):
        CatalogEntryFactory(catalog=entries.leika, key=f"9900{n:04d}", name=f"Gewerbe Nummer {n}")
    response = _autocomplete(cast, q="Gewerbe")
    assert len(response.context["options"]) == MAX_OPTIONS == 20
    assert response.content.decode().count('role="option"') == MAX_OPTIONS


def test_another_tenants_member_cannot_use_the_autocomplete(cast, entries):
    assert _autocomplete(cast, user=cast.outsider, q="Hund").status_code == 404


# The autocomplete runs exactly this many queries, whatever the number of hits: session, user, the user's
# memberships, the entries (with their catalogues joined).
AUTOCOMPLETE_QUERIES = 4


def test_the_autocomplete_needs_the_same_number_of_queries_for_one_and_twenty_hits(cast, entries):
    for n in range(MAX_OPTIONS):
        CatalogEntryFactory(
            catalog=entries.documents, key="", name=f"Formular Nummer {n}", synonyms=["Vordruck"]
        )
    client = cast.client_for(cast.viewer)
    url = reverse("register:catalog_autocomplete", args=[cast.tenant.slug])
    client.get(url, {"q": "warm-up"})
    counts = {}
    for query in ("Gewerbeanmeldung", "Vordruck"):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, {"q": query})
        counts[query] = (len(queries), len(response.context["options"]))
    assert counts == {"Gewerbeanmeldung": (AUTOCOMPLETE_QUERIES, 1), "Vordruck": (AUTOCOMPLETE_QUERIES, 20)}
