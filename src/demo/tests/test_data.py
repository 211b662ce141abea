"""The invented example data keeps its promises: sizes, uniqueness, references and determinism."""

import re
from collections import Counter

import pytest

from demo.data import CatalogItem, catalogues, context, organigram
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


def test_catalogue_key_formats():
    for item in catalogues.LEIKA:
        assert re.fullmatch(r"99\d{12}", item.key), item.key
        assert item.extra["typisierung"] in {"1", "2", "3", "4", "5"}
        assert item.parent_key is None or (item.key.endswith("000") and not item.key.endswith("000000"))
    leistungen = [i for i in catalogues.OZG if re.fullmatch(r"\d{5}", i.key)]
    assert len(leistungen) >= 200
    assert all(i.extra["themenfeld"] in THEMENFELDER for i in catalogues.OZG)
    assert {i.key for i in catalogues.OZG if i.parent_key is None} == {f"TF-{n:02d}" for n in range(1, 15)}
    lagen = Counter(i.parent_key for i in catalogues.OZG if i.key.startswith("LL-"))
    assert all(2 <= count <= 5 for count in lagen.values()) and len(lagen) == 14
    assert len(catalogues.LEIKA) >= 600
    assert sum(i.key.count(".") == 2 for i in catalogues.KGST) >= 150
    assert sum("." in i.key for i in catalogues.SRH) >= 120
    for items in (catalogues.KGST, catalogues.SRH):
        assert all(re.fullmatch(r"\d+(\.\d+)*", i.key) for i in items)


@pytest.mark.parametrize("name", ["LEIKA", "OZG", "KGST", "SRH"])
def test_catalogue_keys_are_unique_and_parents_exist(name):
    items = getattr(catalogues, name)
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
