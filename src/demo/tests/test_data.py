"""The invented example data keeps its promises: sizes, uniqueness, references and determinism."""

import re
from collections import Counter

import pytest

from catalogues.choices import MUNICIPAL_LEIKA_TYPES
from demo.data import CatalogItem, catalogues, context, organigram, products
from demo.data.profiles import SERVICE_OBJECTS, THEMENFELDER, build_profiles

FILLER = re.compile(
    r"(Prozess|Leistung|Vorgang|Aufgabe|Sonstige[sr]?|Test|Beispiel)\s*\d+|\d+$", re.IGNORECASE
)
UNITS = {u.code: u for u in organigram.UNITS}


@pytest.fixture(scope="module")
def profiles():
    return build_profiles()


def _keys(items: tuple[CatalogItem, ...]) -> set[str]:
    return {i.key for i in items}


def test_profile_count_is_in_range(profiles):
    assert 930 <= len(profiles) <= 990


def test_numbers_and_names_are_unique(profiles):
    assert len({p.number for p in profiles}) == len(profiles)
    assert len({p.name for p in profiles}) == len(profiles)
    assert [p.number for p in profiles] == [f"P-{i:04d}" for i in range(1, len(profiles) + 1)]


def test_names_are_no_filler(profiles):
    assert [p.name for p in profiles if FILLER.search(p.name)] == []
    assert all(p.short_description and p.trigger and p.result for p in profiles)


def test_there_are_at_least_250_distinct_service_objects(profiles):
    assert len({o.name for o in SERVICE_OBJECTS}) >= 250
    service_profiles = [p for p in profiles if p.leika_keys]
    assert len(service_profiles) >= 500


def test_all_14_themenfelder_are_used(profiles):
    assert {p.ozg_topic for p in profiles} == set(THEMENFELDER)
    assert len(THEMENFELDER) == 14


def test_recommended_and_online_assistant_counts(profiles):
    assert 24 <= sum(p.recommended for p in profiles) <= 28
    assert 36 <= sum(p.online_assistant for p in profiles) <= 44
    for p in profiles:
        assert bool(p.online_assistant_url) == p.online_assistant
        assert not p.online_assistant or p.online_assistant_url.startswith("https://amt24.example/")


def test_figures_are_plausible(profiles):
    missing = sum(p.case_count is None for p in profiles)
    assert 0.02 * len(profiles) <= missing <= 0.08 * len(profiles)
    by_name = {p.name: p for p in profiles}
    assert 120 <= by_name["Hund anmelden (Hundesteuer)"].case_count <= 180
    assert by_name["Hund anmelden (Hundesteuer)"].processing_minutes == 20
    assert 700 <= by_name["Meldebescheinigung ausstellen"].case_count <= 900
    assert 50 <= by_name["Eheschließung anmelden"].case_count <= 70
    for p in profiles:
        assert p.digitalisation_level in (None, 0, 1, 2, 3, 4)
        assert p.process_type in ("fuehrung", "kern", "unterstuetzung")
        assert set(p.addressees) <= {"citizens", "businesses", "administration"} and p.addressees
        assert 1 <= len(p.folder) <= 2


def test_every_reference_exists(profiles):
    leika, ozg, kgst, srh = (
        _keys(c) for c in (catalogues.LEIKA, catalogues.OZG, catalogues.KGST, catalogues.SRH)
    )
    leaves = {i.key for i in catalogues.LEIKA if i.parent_key}
    documents = {i.name for i in context.DOCUMENTS}
    laws = {i.name for i in context.LEGAL_BASES}
    systems = {i.name for i in context.IT_SYSTEMS}
    for p in profiles:
        assert p.owner_unit in UNITS and UNITS[p.owner_unit].kind in ("amt", "sachgebiet"), p.name
        assert set(p.participating_units) <= set(UNITS) and p.owner_unit not in p.participating_units
        assert set(p.leika_keys) <= leaves and set(p.leika_keys) <= leika, p.name
        assert p.ozg_id is None or p.ozg_id in ozg
        assert p.kgst_key in kgst
        assert p.srh_key is None or p.srh_key in srh
        assert set(p.documents) <= documents and set(p.legal_bases) <= laws and set(p.it_systems) <= systems


def test_citizen_services_link_leika_and_mostly_ozg(profiles):
    public = [p for p in profiles if set(p.addressees) & {"citizens", "businesses"}]
    assert all(1 <= len(p.leika_keys) <= 2 for p in public)
    assert sum(p.ozg_id is not None for p in profiles) > len(profiles) / 2
    assert sum(p.srh_key is not None for p in profiles) > len(profiles) / 2


def test_catalogues_have_the_promised_sizes():
    assert 1500 <= len(catalogues.LEIKA) <= 2200
    assert len(catalogues.OZG) >= 600
    assert 250 <= len(catalogues.KGST) <= 450
    assert 250 <= len(catalogues.SRH) <= 450
    assert 200 <= len(products.PRODUCTS) <= 300


def test_leika_keys_follow_object_verrichtung_and_detail():
    by_key = {i.key: i for i in catalogues.LEIKA}
    levels = Counter()
    for item in catalogues.LEIKA:
        assert re.fullmatch(r"99\d{12}", item.key), item.key
        assert item.extra["gruppierung"] == item.key[2:5] and item.extra["kennung"] == item.key[5:8]
        if item.key.endswith("000000"):
            levels["object"] += 1
            assert item.parent_key is None and "verrichtung" not in item.extra, item.key
        elif item.key.endswith("000"):
            levels["verrichtung"] += 1
            assert item.parent_key == item.key[:8] + "000000", item.key
            assert item.extra["verrichtung"] and item.extra["verrichtung"] in item.name
            assert "verrichtungsdetail" not in item.extra
        else:
            levels["detail"] += 1
            assert item.parent_key == item.key[:11] + "000", item.key
            parent = by_key[item.parent_key]
            assert item.extra["verrichtung"] == parent.extra["verrichtung"]
            assert item.name == f"{parent.name} {item.extra['verrichtungsdetail']}"
        assert all(isinstance(value, str) for value in item.extra.values())
    assert levels["object"] >= 600 and levels["verrichtung"] >= 800 and levels["detail"] >= 100


def test_every_leika_entry_has_a_realistic_typisierung():
    types = Counter(i.extra["typisierung"] for i in catalogues.LEIKA)
    assert set(types) <= set(catalogues.TYPISIERUNGEN)
    assert {"1", "2", "3", "4", "5"} <= set(types) and {"2a", "4a"} <= set(types)
    municipal = sum(n for t, n in types.items() if t in MUNICIPAL_LEIKA_TYPES)
    assert 0.7 * len(catalogues.LEIKA) <= municipal <= 0.95 * len(catalogues.LEIKA)
    # A Verrichtung has the Typisierung of its Leistungsobjekt
    by_key = {i.key: i for i in catalogues.LEIKA}
    assert all(
        i.extra["typisierung"] == by_key[i.key[:8] + "000000"].extra["typisierung"] for i in catalogues.LEIKA
    )


def test_municipal_groupings_are_executed_by_municipalities():
    # Gruppierungen 101-143 are the town's own services; only federal register extracts and certificates
    # of good conduct, which the town merely takes applications for (Gruppierung 105), are executed above.
    municipal = [i for i in catalogues.LEIKA if 101 <= int(i.extra["gruppierung"]) <= 143]
    others = {
        i.extra["gruppierung"] for i in municipal if i.extra["typisierung"] not in MUNICIPAL_LEIKA_TYPES
    }
    assert others == {"105"}
    assert len(municipal) >= 1200
    groups = {i.extra["gruppierung"] for i in catalogues.LEIKA}
    assert len(groups) >= 60
    assert any(g.startswith("2") for g in groups) and any(g.startswith("15") for g in groups)


def test_a_good_share_of_leika_entries_has_synonyms():
    with_synonyms = [i for i in catalogues.LEIKA if i.synonyms]
    assert len(with_synonyms) >= 0.3 * len(catalogues.LEIKA)
    by_key = {i.key: i for i in catalogues.LEIKA}
    wohnsitz = next(i for i in catalogues.LEIKA if i.name == "Wohnsitz Ummeldung")
    assert "Umzug melden" in wohnsitz.synonyms
    assert "Aufenthaltsbescheinigung" in by_key[wohnsitz.key[:5] + "003000000"].synonyms
    assert any("besondere_merkmale" in i.extra for i in catalogues.LEIKA)


def test_siblings_in_the_leika_have_different_names():
    names = Counter((i.parent_key, i.name) for i in catalogues.LEIKA)
    assert [name for name, count in names.items() if count > 1] == []


def test_ozg_has_14_themenfelder_each_with_lagen_and_leistungen():
    assert {i.key for i in catalogues.OZG if i.parent_key is None} == {f"TF-{n:02d}" for n in range(1, 15)}
    assert all(i.extra["themenfeld"] in THEMENFELDER for i in catalogues.OZG)
    lagen = [i for i in catalogues.OZG if i.key.startswith("LL-")]
    assert Counter(i.parent_key for i in lagen).keys() == {key for key, _name in THEMENFELDER.values()}
    assert all(count >= 2 for count in Counter(i.parent_key for i in lagen).values())
    assert all(i.extra["art"] in ("Lebenslage", "Unternehmenslage") for i in lagen)
    assert {i.extra["art"] for i in lagen if i.parent_key == "TF-13"} == {"Unternehmenslage"}
    leistungen = [i for i in catalogues.OZG if re.fullmatch(r"\d{5}", i.key)]
    assert len(leistungen) >= 500
    lage_keys = {i.key for i in lagen}
    assert all(i.parent_key in lage_keys for i in leistungen)
    assert len(leistungen) + len(lagen) + 14 == len(catalogues.OZG)


def test_every_ozg_leistung_bundles_existing_leika_verrichtungen():
    leika = {i.key: i for i in catalogues.LEIKA}
    for item in catalogues.OZG:
        if not re.fullmatch(r"\d{5}", item.key):
            continue
        keys = item.extra["leika_keys"].split(" ")
        assert keys and all(k in leika and leika[k].extra.get("verrichtung") for k in keys), item.key


def test_kgst_srh_and_product_keys_are_dotted_and_nested():
    for items in (catalogues.KGST, catalogues.SRH):
        assert all(re.fullmatch(r"\d+(\.\d+)*", i.key) for i in items)
        assert all(i.parent_key is None or i.key.rsplit(".", 1)[0] == i.parent_key for i in items)
    assert {i.key for i in catalogues.KGST if i.parent_key is None} == {"1", "2", "3"}
    assert sum(i.key.count(".") == 2 for i in catalogues.KGST) >= 250
    assert sum(i.key.count(".") == 2 for i in catalogues.SRH) >= 50
    for item in products.PRODUCTS:
        assert re.fullmatch(r"\d{2}(\.\d(\.\d{2})?)?", item.key), item.key
        level = {0: "Produktbereich", 1: "Produktgruppe", 2: "Produkt"}[item.key.count(".")]
        assert item.extra["ebene"] == level
    assert sum(i.key.count(".") == 2 for i in products.PRODUCTS) >= 150


def test_every_profile_belongs_to_an_existing_product(profiles):
    product_keys = {i.key for i in products.PRODUCTS if i.key.count(".") == 2}
    assigned = Counter(products.product_key(p) for p in profiles)
    assert set(assigned) <= product_keys
    assert len(assigned) >= 100  # the register spreads over the plan, not into a few products
    assert set(products.PRODUCT_BY_KGST.values()) | set(products.PRODUCT_BY_OBJECT.values()) <= product_keys
    kgst_areas = {i.key for i in catalogues.KGST if i.key.count(".") == 1}
    assert kgst_areas <= set(products.PRODUCT_BY_KGST)
    by_name = {p.name: products.product_key(p) for p in profiles}
    assert by_name["Hund anmelden (Hundesteuer)"] == "61.1.02"
    assert by_name["Wohnsitz anmelden (Zuzug)"] == "12.3.01"


@pytest.mark.parametrize("name", ["LEIKA", "OZG", "KGST", "SRH", "PRODUCTS"])
def test_catalogue_keys_are_unique_and_parents_exist(name):
    items = getattr(products if name == "PRODUCTS" else catalogues, name)
    keys = _keys(items)
    assert len(keys) == len(items)
    assert all(i.parent_key is None or i.parent_key in keys for i in items)


def test_context_catalogues_have_20_to_80_unique_entries():
    for items in (context.DOCUMENTS, context.IT_SYSTEMS, context.LEGAL_BASES, context.EXTERNAL_PARTIES):
        assert 20 <= len(items) <= 80
        assert len({i.name for i in items}) == len(items)
    assert all(
        i.url.startswith("https://") for i in context.LEGAL_BASES if "(" in i.name and "TVöD" not in i.name
    )


def test_organigram_has_three_levels():
    assert 40 <= len(organigram.UNITS) <= 60
    assert len(UNITS) == len(organigram.UNITS)
    kinds = {"dezernat": None, "amt": "dezernat", "sachgebiet": "amt"}
    for unit in organigram.UNITS:
        parent = UNITS.get(unit.parent_code) if unit.parent_code else None
        assert (parent.kind if parent else None) == kinds[unit.kind], unit.code
        if unit.kind == "sachgebiet":
            assert 1 <= len(unit.positions) <= 4
    assert {u.kind for u in organigram.UNITS} == set(kinds)


def test_build_profiles_is_deterministic(profiles):
    build_profiles.cache_clear()
    assert build_profiles() == profiles
