"""Catalogues seen from the register: overview, lazy tree, search, entry pages, coverage and export."""

import datetime
import io
from types import SimpleNamespace

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from catalogues.choices import CatalogKind
from catalogues.models import Catalog, CatalogEntry
from catalogues.search import document_of
from catalogues.tests.factories import CatalogEntryFactory, CatalogFactory
from organisation.tests.factories import OrgUnitFactory
from register.coverage import TYPE_CHOICES, Figures, coverage_of
from register.models import ProcessProfile
from register.tests.factories import CatalogLinkFactory, FolderFactory, ProfileFactory
from register.tests.test_views import LIST_PAGE_QUERIES
from register.views.catalogues import EXTRA_LABELS, LEIKA_LEVEL_LABEL, LEIKA_LEVELS
from tenants.choices import Role
from tenants.tests.factories import MembershipFactory, UserFactory

SLUG = "teststadt"


def _url(name, **kwargs):
    return reverse(f"register:{name}", kwargs={"tenant_slug": SLUG, **kwargs})


def _entry(catalog, key, name, parent=None, typisierung=None, **fields):
    extra = {"typisierung": typisierung} if typisierung is not None else {}
    return CatalogEntryFactory(catalog=catalog, key=key, name=name, parent=parent, extra=extra, **fields)


@pytest.fixture
def leika(cast):
    """A small LeiKa with known answers.

    Leistungsobjekte (depth 0) with Verrichtungen (depth 1) and one Verrichtungsdetail (depth 2):

    - Hund (5): Hundesteuer Festsetzung, Hund Anmeldung (+ detail "für Listenhunde"), a removed Verrichtung
    - Fahrerlaubnis (3a): Erteilung (3a), Ersatzausstellung (2/3)
    - Einkommensteuer (2): Festsetzung (2)
    - Sonstiges (no Typisierung): Auskunft

    Links of Teststadt: P-0001 (relevant) → the detail; P-0002 (not relevant) → Hundesteuer Festsetzung;
    P-0003 (relevant) → Fahrerlaubnis Ersatzausstellung; P-0004 (relevant) → Einkommensteuer Festsetzung.
    The neighbour's relevant P-0901 → Fahrerlaubnis Erteilung (never counted for Teststadt).
    """
    catalog = CatalogFactory(
        kind=CatalogKind.LEIKA,
        name="LeiKa",
        version="2025-2",
        issued_on=datetime.date(2025, 6, 30),
        source="FIM-Portal",
    )
    e = SimpleNamespace(catalog=catalog)
    e.dog = _entry(catalog, "99001001000000", "Hund", typisierung="5")
    e.dog_tax = _entry(catalog, "99001001080000", "Hundesteuer Festsetzung", e.dog, "5")
    e.dog_register = _entry(catalog, "99001001010000", "Hund Anmeldung", e.dog, "5")
    e.dog_register_detail = _entry(
        catalog, "99001001010001", "Hund Anmeldung für Listenhunde", e.dog_register, "5"
    )
    e.dog_old = _entry(catalog, "99001001090000", "Hund Zählmarke", e.dog, "5", is_retired=True)
    e.licence = _entry(catalog, "99002000000000", "Fahrerlaubnis", typisierung="3a")
    e.licence_grant = _entry(catalog, "99002000060000", "Fahrerlaubnis Erteilung", e.licence, "3a")
    e.licence_copy = _entry(catalog, "99002000220000", "Fahrerlaubnis Ersatzausstellung", e.licence, "2/3")
    e.income = _entry(catalog, "99003000000000", "Einkommensteuer", typisierung="2")
    e.income_tax = _entry(catalog, "99003000080000", "Einkommensteuer Festsetzung", e.income, "2")
    e.other = _entry(catalog, "99004000000000", "Sonstiges")
    e.other_info = _entry(catalog, "99004000300000", "Sonstiges Auskunft", e.other)

    tenant = cast.tenant
    e.p1 = ProfileFactory(tenant=tenant, number="P-0001", name="Listenhund anmelden")
    e.p2 = ProfileFactory(tenant=tenant, number="P-0002", name="Hundesteuer festsetzen", relevant=False)
    e.p3 = ProfileFactory(tenant=tenant, number="P-0003", name="Führerschein ersetzen")
    e.p4 = ProfileFactory(tenant=tenant, number="P-0004", name="Steuerbescheid erklären")
    e.foreign = ProfileFactory(tenant=cast.other_tenant, number="P-0901", name="Führerschein erteilen")
    CatalogLinkFactory(profile=e.p1, entry=e.dog_register_detail)
    CatalogLinkFactory(profile=e.p2, entry=e.dog_tax)
    CatalogLinkFactory(profile=e.p3, entry=e.licence_copy)
    CatalogLinkFactory(profile=e.p4, entry=e.income_tax)
    CatalogLinkFactory(profile=e.foreign, entry=e.licence_grant)
    return e


@pytest.fixture
def ozg(leika):
    """A small OZG catalogue: Themenfeld → Lebenslage → two Leistungen; P-0001 linked to the first."""
    catalog = CatalogFactory(kind=CatalogKind.OZG, name="OZG")
    o = SimpleNamespace(catalog=catalog)
    o.topic = _entry(catalog, "TF-01", "Recht und Ordnung")
    o.situation = _entry(catalog, "LL-01-01", "Haustiere", o.topic)
    o.dog = CatalogEntryFactory(
        catalog=catalog,
        key="10001",
        name="Hundeanmeldung",
        parent=o.situation,
        extra={"leika_keys": f"{leika.dog_tax.key}|{leika.dog_register.key}", "themenfeld": "recht"},
    )
    o.fish = _entry(catalog, "10002", "Fischereischein", o.situation)
    CatalogLinkFactory(profile=leika.p1, entry=o.dog)
    return o


def _html(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def _query_count(client, url, params=None, headers=None):
    client.get(_url("catalog_list"))  # warm-up: the session settles on the tenant
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {}, headers=headers or {})
    assert response.status_code == 200
    return len(queries)


# --- Overview --------------------------------------------------------------------------------------------


def test_the_overview_lists_global_and_own_context_catalogues_with_their_figures(cast, leika):
    own = CatalogFactory(tenant=cast.tenant, kind=CatalogKind.DOCUMENTS, name="Unsere Dokumente")
    CatalogEntryFactory(catalog=own, key="", name="Personalausweis")
    CatalogFactory(tenant=cast.other_tenant, kind=CatalogKind.DOCUMENTS, name="Dokumente der Nachbarn")
    CatalogFactory(kind=CatalogKind.KGST, name="KGSt-Prozesskatalog", is_example=True)

    response = cast.client_for(cast.viewer).get(_url("catalog_list"))

    html = _html(response)
    assert "LeiKa" in html and "KGSt-Prozesskatalog" in html and "Unsere Dokumente" in html
    assert "Dokumente der Nachbarn" not in html
    assert "2025-2" in html and "FIM-Portal" in html
    assert html.count("badge-example") == 1
    leika_row = next(row for row in response.context["global_rows"] if row["catalog"] == leika.catalog)
    # 11 current entries (the removed Verrichtung left out); 3 of the 5 municipal services covered.
    assert leika_row["figures"].entries == 11
    assert leika_row["figures"].coverage == Figures(total=5, covered=3)
    own_row = response.context["context_rows"][0]
    assert own_row["figures"].entries == 1 and own_row["figures"].coverage == Figures(1, 0)


def test_the_main_navigation_leads_to_the_catalogues(cast):
    html = _html(cast.client_for(cast.viewer).get(_url("profile_list")))
    assert f'href="{_url("catalog_list")}"' in html


def test_the_overview_needs_the_same_queries_for_one_or_many_catalogues(cast, leika):
    client = cast.client_for(cast.viewer)
    few = _query_count(client, _url("catalog_list"))
    for kind in (CatalogKind.KGST, CatalogKind.SRH, CatalogKind.PRODUCT):
        CatalogEntryFactory(catalog=CatalogFactory(kind=kind))
    CatalogEntryFactory(catalog=CatalogFactory(tenant=cast.tenant, kind=CatalogKind.IT_SYSTEMS))
    assert _query_count(client, _url("catalog_list")) == few


# --- Tree ------------------------------------------------------------------------------------------------


def test_the_tree_page_renders_only_the_roots_with_lazy_branches(cast, leika):
    response = cast.client_for(cast.viewer).get(_url("catalog_detail", catalog_uuid=leika.catalog.uuid))

    html = _html(response)
    assert [row["entry"] for row in response.context["nodes"]] == [
        leika.dog,
        leika.licence,
        leika.income,
        leika.other,
    ]
    assert "Hundesteuer Festsetzung" not in html  # children are not rendered
    branch = _url("catalog_branch", catalog_uuid=leika.catalog.uuid, entry_uuid=leika.dog.uuid)
    assert f'hx-get="{branch}"' in html and 'hx-trigger="toggle once"' in html
    assert f'href="{branch}"' in html  # without JavaScript the same address opens as a page
    # Hund: P-0001 below it and the not relevant P-0002; Fahrerlaubnis: only Teststadt's P-0003.
    counts = {row["entry"].key: row["node"].profile_count for row in response.context["nodes"]}
    assert counts == {"99001001000000": 2, "99002000000000": 1, "99003000000000": 1, "99004000000000": 0}


def test_a_branch_answers_htmx_with_the_children_and_marks_removed_ones(cast, leika):
    url = _url("catalog_branch", catalog_uuid=leika.catalog.uuid, entry_uuid=leika.dog.uuid)

    response = cast.client_for(cast.viewer).get(url, headers={"HX-Request": "true"})

    html = _html(response)
    assert "<html" not in html and html.lstrip().startswith('<ul class="catalog-tree">')
    nodes = {row["entry"].name: row["node"] for row in response.context["nodes"]}
    assert list(nodes) == ["Hund Anmeldung", "Hundesteuer Festsetzung", "Hund Zählmarke"]  # by key
    assert nodes["Hund Anmeldung"].has_children and not nodes["Hundesteuer Festsetzung"].has_children
    assert html.count("badge-retired") == 1
    assert nodes["Hund Anmeldung"].profile_count == 1 and nodes["Hundesteuer Festsetzung"].profile_count == 1


def test_a_branch_without_htmx_is_a_full_page_with_its_place_in_the_tree(cast, leika):
    url = _url("catalog_branch", catalog_uuid=leika.catalog.uuid, entry_uuid=leika.dog_register.uuid)

    html = _html(cast.client_for(cast.viewer).get(url))

    assert "<html" in html and "Hund Anmeldung für Listenhunde" in html
    assert _url("catalog_entry", uuid=leika.dog.uuid) in html  # breadcrumb through the ancestors


def test_a_branch_of_another_catalogue_is_not_found(cast, leika, ozg):
    url = _url("catalog_branch", catalog_uuid=ozg.catalog.uuid, entry_uuid=leika.dog.uuid)
    assert cast.client_for(cast.viewer).get(url).status_code == 404


def _many_roots(count, kind=CatalogKind.KGST):
    catalog = CatalogFactory(kind=kind)
    entries = []
    for n in range(count):
        entry = CatalogEntry(catalog=catalog, key=f"{n:04d}", name=f"Aufgabe {n}")
        entry.compute_path()
        entry.search_document = document_of(entry)
        entries.append(entry)
    CatalogEntry.objects.bulk_create(entries)
    return catalog


def test_long_sibling_lists_load_in_pages_of_200(cast):
    catalog = _many_roots(450)
    client = cast.client_for(cast.viewer)
    url = _url("catalog_detail", catalog_uuid=catalog.uuid)

    first = client.get(url)
    assert len(first.context["nodes"]) == 200
    assert first.context["more_url"].endswith("offset=200")
    second = client.get(first.context["more_url"], headers={"HX-Request": "true"})
    html = _html(second)
    assert "<ul" not in html and html.count('class="tree-node"') == 200  # list items to append
    assert second.context["nodes"][0]["entry"].key == "0200"
    assert "data-focus-on-load" in html
    third = client.get(second.context["more_url"], headers={"HX-Request": "true"})
    assert len(third.context["nodes"]) == 50 and third.context["more_url"] == ""
    # Without htmx the next window is a page of its own.
    page = _html(client.get(url, {"offset": 400}))
    assert "<html" in page and "Aufgabe 449" in page and "Aufgabe 10<" not in page


def test_the_tree_needs_the_same_queries_for_few_and_many_entries(cast, leika):
    client = cast.client_for(cast.viewer)
    few = _query_count(client, _url("catalog_detail", catalog_uuid=leika.catalog.uuid))
    many_catalog = _many_roots(300)
    many = _query_count(client, _url("catalog_detail", catalog_uuid=many_catalog.uuid))
    assert many == few

    branch = _url("catalog_branch", catalog_uuid=leika.catalog.uuid, entry_uuid=leika.dog.uuid)
    small = _query_count(client, branch, headers={"HX-Request": "true"})
    for n in range(60):
        _entry(leika.catalog, f"990010011{n:02d}000", f"Hund Verrichtung {n}", leika.dog, "5")
    assert _query_count(client, branch, headers={"HX-Request": "true"}) == small


# --- Search ----------------------------------------------------------------------------------------------


def test_searching_by_word_shows_hits_with_their_path_instead_of_the_tree(cast, leika):
    url = _url("catalog_detail", catalog_uuid=leika.catalog.uuid)

    response = cast.client_for(cast.viewer).get(url, {"q": "Listenhunde"})

    html = _html(response)
    assert [row["entry"] for row in response.context["results"]] == [leika.dog_register_detail]
    assert "Hund › Hund Anmeldung" in html  # the ancestors' names
    assert "nodes" not in response.context


def test_searching_by_the_beginning_of_a_key_finds_the_entries_below(cast, leika):
    url = _url("catalog_detail", catalog_uuid=leika.catalog.uuid)

    response = cast.client_for(cast.viewer).get(url, {"q": "99002000"})

    keys = [row["entry"].key for row in response.context["results"]]
    assert keys == ["99002000000000", "99002000060000", "99002000220000"]  # higher levels first


def test_searching_compound_words_finds_their_parts(cast, leika):
    url = _url("catalog_detail", catalog_uuid=leika.catalog.uuid)
    response = cast.client_for(cast.viewer).get(url, {"q": "Hundesteuer"})
    names = {row["entry"].name for row in response.context["results"]}
    assert "Hundesteuer Festsetzung" in names and "Fahrerlaubnis" not in names


def test_search_needs_the_same_queries_for_few_and_many_hits(cast):
    catalog = _many_roots(60)
    client = cast.client_for(cast.viewer)
    url = _url("catalog_detail", catalog_uuid=catalog.uuid)
    few = _query_count(client, url, {"q": "0001"})
    many = _query_count(client, url, {"q": "Aufgabe"})
    assert many == few


# --- Entry page ------------------------------------------------------------------------------------------


def test_the_entry_page_shows_fields_path_children_and_this_tenants_processes_only(cast, leika):
    url = _url("catalog_entry", uuid=leika.licence.uuid)

    response = cast.client_for(cast.viewer).get(url)

    html = _html(response)
    assert "99002000000000" in html and "3a" in html  # key and Typisierung
    fields = {str(label): value for label, value in response.context["extra"]}
    assert fields[str(LEIKA_LEVEL_LABEL)] == LEIKA_LEVELS[0]  # a Leistungsobjekt
    assert fields[str(EXTRA_LABELS["typisierung"])] == f"3a ({TYPE_CHOICES[2][1]})"  # the code's meaning
    assert "Fahrerlaubnis Erteilung" in html and "Fahrerlaubnis Ersatzausstellung" in html  # children
    assert [p.number for p in response.context["profiles"]] == ["P-0003"]
    assert response.context["profile_total"] == 1
    assert "P-0901" not in html and "Führerschein erteilen" not in html  # never the neighbour's process
    register = response.context["register_filter_url"]
    assert (
        f"katalogeintrag={leika.licence.uuid}" in register
        and f'href="{register.replace("&", "&amp;")}"' in html
    )


def test_the_entry_page_marks_direct_links_and_shows_the_ancestors(cast, leika):
    response = cast.client_for(cast.viewer).get(_url("catalog_entry", uuid=leika.dog_register.uuid))

    html = _html(response)
    assert [(p.number, p.direct) for p in response.context["profiles"]] == [("P-0001", False)]
    assert response.context["ancestors"] == [leika.dog]
    assert _url("catalog_entry", uuid=leika.dog.uuid) in html


def test_a_removed_entry_says_so(cast, leika):
    html = _html(cast.client_for(cast.viewer).get(_url("catalog_entry", uuid=leika.dog_old.uuid)))
    assert "notice-retired" in html and "badge-retired" in html


def test_an_ozg_service_links_its_bundled_leika_services_and_back(cast, leika, ozg):
    client = cast.client_for(cast.viewer)

    ozg_page = client.get(_url("catalog_entry", uuid=ozg.dog.uuid))

    assert [e.key for e in ozg_page.context["bundled"]] == [leika.dog_register.key, leika.dog_tax.key]
    html = _html(ozg_page)
    assert _url("catalog_entry", uuid=leika.dog_tax.uuid) in html
    leika_page = client.get(_url("catalog_entry", uuid=leika.dog_tax.uuid))
    assert leika_page.context["bundling"] == [ozg.dog]


def test_the_entry_page_needs_the_same_queries_for_one_or_many_processes(cast, leika):
    client = cast.client_for(cast.viewer)
    url = _url("catalog_entry", uuid=leika.dog.uuid)
    few = _query_count(client, url)
    for _ in range(25):
        CatalogLinkFactory(profile=ProfileFactory(tenant=cast.tenant), entry=leika.dog_tax)
    assert _query_count(client, url) == few


def test_another_tenants_context_catalogue_and_entries_are_not_found(cast):
    foreign = CatalogFactory(tenant=cast.other_tenant, kind=CatalogKind.DOCUMENTS)
    parent = CatalogEntryFactory(catalog=foreign, name="Nachweise")
    CatalogEntryFactory(catalog=foreign, name="Meldebescheinigung", parent=parent)
    client = cast.client_for(cast.admin)
    for url in [
        _url("catalog_detail", catalog_uuid=foreign.uuid),
        _url("catalog_branch", catalog_uuid=foreign.uuid, entry_uuid=parent.uuid),
        _url("catalog_entry", uuid=parent.uuid),
        _url("catalog_coverage", catalog_uuid=foreign.uuid),
        _url("catalog_coverage_export", catalog_uuid=foreign.uuid),
    ]:
        assert client.get(url).status_code == 404, url


def test_editing_links_of_context_catalogues_are_offered_to_modellers_only(cast):
    own = CatalogFactory(tenant=cast.tenant, kind=CatalogKind.DOCUMENTS)
    entry = CatalogEntryFactory(catalog=own, name="Vollmacht")
    create = reverse("catalogues:entry_create", kwargs={"tenant_slug": SLUG, "catalog_uuid": own.uuid})
    edit = reverse("catalogues:entry_edit", kwargs={"tenant_slug": SLUG, "uuid": entry.uuid})
    tree, page = _url("catalog_detail", catalog_uuid=own.uuid), _url("catalog_entry", uuid=entry.uuid)

    assert create in _html(cast.client_for(cast.modeller).get(tree))
    assert edit in _html(cast.client_for(cast.modeller).get(page))
    assert create not in _html(cast.client_for(cast.viewer).get(tree))
    assert edit not in _html(cast.client_for(cast.reviewer).get(page))


def test_global_catalogues_offer_no_editing_even_to_administrators(cast, leika):
    html = _html(cast.client_for(cast.admin).get(_url("catalog_detail", catalog_uuid=leika.catalog.uuid)))
    assert "/eintraege/neu/" not in html and "/importieren/" not in html


# --- Register filter -------------------------------------------------------------------------------------


def _numbers(response):
    assert response.status_code == 200
    return sorted(p.number for p in response.context["page"].object_list)


def test_the_register_filters_by_an_entry_and_everything_below_it(cast, leika):
    client = cast.client_for(cast.viewer)
    register = _url("profile_list")

    assert _numbers(client.get(register, {"katalogeintrag": leika.dog.uuid, "relevant": "all"})) == [
        "P-0001",
        "P-0002",
    ]
    assert _numbers(client.get(register, {"katalogeintrag": leika.dog.uuid})) == ["P-0001"]  # relevant only
    assert _numbers(client.get(register, {"katalogeintrag": leika.dog_register.uuid})) == ["P-0001"]
    assert _numbers(client.get(register, {"katalogeintrag": leika.licence_grant.uuid})) == []  # neighbour's


def test_the_register_shows_the_entry_filter_and_how_to_remove_it(cast, leika):
    response = cast.client_for(cast.viewer).get(
        _url("profile_list"), {"katalogeintrag": leika.dog.uuid, "relevant": "all"}
    )

    html = _html(response)
    assert "active-filter" in html and "Hund" in html
    assert 'href="?relevant=all"' in html  # the same list without the entry filter
    assert f'type="hidden" name="katalogeintrag" value="{leika.dog.uuid}"' in html  # kept by the filter form
    assert '<label for="id_katalogeintrag"' not in html


def test_an_unknown_entry_in_the_register_filter_matches_nothing(cast, leika):
    other = CatalogFactory(tenant=cast.other_tenant, kind=CatalogKind.DOCUMENTS)
    foreign = CatalogEntryFactory(catalog=other, name="Fremd")
    response = cast.client_for(cast.viewer).get(_url("profile_list"), {"katalogeintrag": foreign.uuid})
    assert _numbers(response) == [] and "active-filter" in _html(response)


def test_the_entry_filter_costs_the_register_list_one_query(cast, leika):
    client = cast.client_for(cast.modeller)
    unit = OrgUnitFactory(tenant=cast.tenant)
    ProcessProfile.objects.for_tenant(cast.tenant).update(
        owner_unit=unit, folder=FolderFactory(tenant=cast.tenant)
    )
    count = _query_count(client, _url("profile_list"), {"katalogeintrag": leika.dog.uuid, "relevant": "all"})
    assert count == LIST_PAGE_QUERIES + 1  # the entry, read once for the filter and its notice


# --- Coverage --------------------------------------------------------------------------------------------


def _coverage(client, catalog, params=None):
    response = client.get(_url("catalog_coverage", catalog_uuid=catalog.uuid), params or {})
    assert response.status_code == 200
    return response


def test_leika_coverage_counts_municipal_services_with_a_relevant_process(cast, leika):
    response = _coverage(cast.client_for(cast.viewer), leika.catalog)

    coverage = response.context["coverage"]
    assert coverage.figures == Figures(total=5, covered=3)
    assert coverage.figures.percent == 60
    branches = {b.name: b for b in coverage.branches}
    assert list(branches) == ["Hund", "Fahrerlaubnis"]  # no municipal service under the other two
    assert branches["Hund"].figures == Figures(
        3, 2
    )  # Anmeldung and its detail; not Hundesteuer (not relevant)
    assert branches["Fahrerlaubnis"].figures == Figures(2, 1)  # the neighbour's link does not count
    # One level further for the LeiKa: the Verrichtungen.
    assert {c.name: c.figures for c in branches["Hund"].children} == {
        "Hund Anmeldung": Figures(2, 2),
        "Hundesteuer Festsetzung": Figures(1, 0),
    }
    uncovered = [row["entry"].name for row in response.context["uncovered_rows"]]
    assert uncovered == ["Hundesteuer Festsetzung", "Fahrerlaubnis Erteilung"]
    html = _html(response)
    assert "<meter" in html and 'value="60"' in html and "style=" not in html


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ([], Figures(7, 4)),  # nothing ticked: every service, whatever its Typisierung
        (["none"], Figures(1, 0)),  # only Sonstiges Auskunft
        (["2"], Figures(2, 2)),  # Einkommensteuer Festsetzung (2) and the "2/3" Ersatzausstellung
        (["3"], Figures(2, 1)),  # "3a" and "2/3"
        (["5"], Figures(3, 2)),
    ],
)
def test_the_typisierung_filter_changes_the_leika_scope(cast, leika, choice, expected):
    response = _coverage(cast.client_for(cast.viewer), leika.catalog, {"typ_filter": "1", "typ": choice})
    assert response.context["coverage"].figures == expected


def test_other_catalogues_count_every_current_entry_and_parents_of_linked_ones(cast, leika, ozg):
    response = _coverage(cast.client_for(cast.viewer), ozg.catalog)

    coverage = response.context["coverage"]
    assert response.context["form"] is None  # no Typisierung outside the LeiKa
    assert coverage.figures == Figures(4, 3)  # Themenfeld and Lebenslage covered through Hundeanmeldung
    (topic,) = coverage.branches
    assert [(c.name, c.figures) for c in topic.children] == [("Haustiere", Figures(3, 2))]
    assert [row["entry"].name for row in response.context["uncovered_rows"]] == ["Fischereischein"]


def test_coverage_without_any_relevant_link_is_zero(cast):
    catalog = CatalogFactory(kind=CatalogKind.SRH)
    CatalogEntryFactory(catalog=catalog, key="1", name="Finanzen")
    response = _coverage(cast.client_for(cast.viewer), catalog)
    assert response.context["coverage"].figures == Figures(1, 0)


def test_uncovered_entries_are_paged(cast):
    catalog = _many_roots(120)
    response = _coverage(cast.client_for(cast.viewer), catalog, {"page": "3"})
    assert response.context["uncovered_page"].paginator.count == 120
    assert [row["entry"].key for row in response.context["uncovered_rows"]][:1] == ["0100"]
    assert response.context["branch_page"].paginator.num_pages == 3


def test_the_coverage_page_needs_the_same_queries_for_small_and_large_catalogues(cast, leika):
    client = cast.client_for(cast.viewer)
    small = _query_count(client, _url("catalog_coverage", catalog_uuid=leika.catalog.uuid))
    for n in range(40):
        root = _entry(leika.catalog, f"9901{n:04d}000000", f"Objekt {n}", typisierung="4")
        verrichtung = _entry(leika.catalog, f"9901{n:04d}010000", f"Objekt {n} Anmeldung", root, "4")
        if n % 3 == 0:
            CatalogLinkFactory(profile=ProfileFactory(tenant=cast.tenant), entry=verrichtung)
    assert _query_count(client, _url("catalog_coverage", catalog_uuid=leika.catalog.uuid)) == small


def test_coverage_is_counted_in_grouped_queries_not_per_entry(cast, leika):
    with CaptureQueriesContext(connection) as queries:
        coverage = coverage_of(cast.tenant, leika.catalog, types=("3", "4", "5"))
    assert coverage.figures == Figures(5, 3)
    assert len(queries) == 3  # deepest linked level, figures per branch, the branches' names


# --- Export ----------------------------------------------------------------------------------------------


def _workbook(response):
    assert response.status_code == 200
    return openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)


def _rows(sheet):
    return [tuple(cell for cell in row) for row in sheet.iter_rows(values_only=True)]


def test_the_coverage_exports_as_an_excel_file_with_three_sheets(cast, leika):
    url = _url("catalog_coverage_export", catalog_uuid=leika.catalog.uuid)

    response = cast.client_for(cast.viewer).get(url)

    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    today = timezone.localdate().isoformat()
    assert f'filename="{gettext("Coverage")}_LeiKa_Teststadt_{today}.xlsx"' in disposition
    book = _workbook(response)
    overview, uncovered, covered = (book[name] for name in book.sheetnames)
    assert len(book.sheetnames) == 3
    figures = {row[1]: row[3:] for row in _rows(overview) if len(row) == 6 and isinstance(row[3], int)}
    assert len(figures) == 7  # the whole catalogue, two Leistungsobjekte, four Verrichtungen
    assert next(iter(figures.values())) == (5, 3, 60)  # the whole catalogue first
    assert figures["Hund"] == (3, 2, 67)
    assert figures["Hund Anmeldung"] == (2, 2, 100)
    assert figures["Fahrerlaubnis"] == (2, 1, 50)
    assert _rows(uncovered)[1:] == [
        ("99001001080000", "Hundesteuer Festsetzung", "5", "99001001000000 Hund"),
        ("99002000060000", "Fahrerlaubnis Erteilung", "3a", "99002000000000 Fahrerlaubnis"),
    ]
    assert _rows(covered)[1:] == [
        ("99001001010000", "Hund Anmeldung", "P-0001"),
        ("99001001010001", "Hund Anmeldung für Listenhunde", "P-0001"),
        ("99002000220000", "Fahrerlaubnis Ersatzausstellung", "P-0003"),
    ]


def test_the_export_follows_the_typisierung_filter(cast, leika):
    url = _url("catalog_coverage_export", catalog_uuid=leika.catalog.uuid)
    response = cast.client_for(cast.viewer).get(url, {"typ_filter": "1", "typ": ["2"]})
    book = _workbook(response)
    covered = _rows(book[book.sheetnames[2]])[1:]
    assert [row[0] for row in covered] == ["99002000220000", "99003000080000"]


def test_a_name_like_a_formula_is_exported_as_text(cast):
    catalog = CatalogFactory(tenant=cast.tenant, kind=CatalogKind.LEGAL_BASES)
    CatalogEntryFactory(catalog=catalog, key="", name='=HYPERLINK("http://example.org","x")')
    response = cast.client_for(cast.viewer).get(_url("catalog_coverage_export", catalog_uuid=catalog.uuid))
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book[book.sheetnames[1]]
    assert sheet["B2"].value.startswith("=HYPERLINK") and sheet["B2"].data_type == "s"


def test_viewers_of_a_tenant_may_read_every_page(cast, leika):
    # A member with the lowest role of the neighbour reads the same global catalogue with its own figures.
    neighbour = UserFactory(username="nachbar-betrachter")
    MembershipFactory(tenant=cast.other_tenant, user=neighbour, role=Role.VIEWER)
    url = reverse(
        "register:catalog_coverage",
        kwargs={"tenant_slug": "nachbargemeinde", "catalog_uuid": leika.catalog.uuid},
    )
    response = cast.client_for(neighbour).get(url)
    assert response.status_code == 200
    assert response.context["coverage"].figures == Figures(5, 1)  # only P-0901 on Fahrerlaubnis Erteilung
    assert Catalog.objects.filter(pk=leika.catalog.pk, tenant__isnull=True).exists()
