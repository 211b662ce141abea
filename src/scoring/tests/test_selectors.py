"""Reads of the Nutzwert-Score: the working list and a profile's rank, explanations, recording progress."""

import random
from decimal import Decimal

import pytest
from django.utils import translation

from catalogues.choices import CatalogKind
from catalogues.tests.factories import CatalogEntryFactory, CatalogFactory
from organisation.tests.factories import OrgUnitFactory
from register.models import ProcessProfile
from register.services.profiles import profile_create, profile_links_set
from register.tests.factories import CatalogLinkFactory, ProfileFactory
from scoring.choices import CriterionKind
from scoring.defaults import DEFAULT_CRITERIA
from scoring.selectors import (
    explain,
    explain_many,
    rank_of,
    ranked_profiles,
    recording_progress,
    rules_for,
    scheme_for,
    scorable_attributes,
    scoring_inputs,
)
from scoring.services import scheme_ensure, scheme_save
from scoring.tests.factories import YES_NO, assert_scores_fresh, attribute, spec, specs_with_weights


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _ranking_key(profile):
    """RANKING written out in Python: manual priority (nulls last), score descending (nulls last), number."""
    return (
        profile.manual_priority is None,
        profile.manual_priority or 0,
        profile.score is None,
        -(profile.score or 0),
        profile.number,
    )


def _numbers(profiles):
    return [p.number for p in profiles]


# --- The working list --------------------------------------------------------------------------------


def test_the_working_list_puts_manual_priorities_first_then_scores_then_numbers(cast):
    make = ProfileFactory
    tenant = cast.tenant
    make(tenant=tenant, number="A-01", score=Decimal("90.00"))
    make(tenant=tenant, number="A-02", score=None)
    make(tenant=tenant, number="A-03", score=Decimal("40.50"), manual_priority=2, priority_reason="Rat")
    make(tenant=tenant, number="A-04", score=Decimal("55.00"))
    make(tenant=tenant, number="A-05", score=Decimal("55.00"))  # tie: by number
    make(tenant=tenant, number="A-06", score=None, manual_priority=1, priority_reason="Gesetz")
    make(tenant=tenant, number="A-07", score=Decimal("99.99"), relevant=False)  # not in the list
    make(tenant=tenant, number="A-08", score=Decimal("10.00"), manual_priority=2, priority_reason="Rat")
    make(tenant=tenant, number="A-09", score=None)
    make(tenant=tenant, number="A-10", score=Decimal("100.00"))
    make(tenant=cast.other_tenant, number="A-00", score=Decimal("100.00"))  # another tenant

    assert _numbers(ranked_profiles(tenant)) == [
        "A-06",  # priority 1, even without a score
        "A-03",  # priority 2, higher score
        "A-08",  # priority 2
        "A-10",
        "A-01",
        "A-04",  # 55.00, lower number first
        "A-05",
        "A-02",  # no score: last, by number
        "A-09",
    ]


def test_the_working_list_orders_scores_as_numbers_not_as_text(cast):
    for number, score in [("B-1", "9.50"), ("B-2", "10.00"), ("B-3", "100.00"), ("B-4", "0.00")]:
        ProfileFactory(tenant=cast.tenant, number=number, score=Decimal(score))
    assert _numbers(ranked_profiles(cast.tenant)) == ["B-3", "B-2", "B-1", "B-4"]


def _mixed_register(tenant, seed, size=60):
    """Profiles with many ties, missing scores, manual priorities and irrelevant ones."""
    rng = random.Random(seed)
    scores = [None, Decimal("0.00"), Decimal("42.50"), Decimal("42.50"), Decimal("67.25"), Decimal("100.00")]
    numbers = rng.sample(range(1000), size)  # created out of order
    for number in numbers:
        priority = rng.choice([None, None, None, 1, 2, 2, 999])
        ProfileFactory(
            tenant=tenant,
            number=f"M-{number:03d}",
            score=rng.choice(scores) if rng.random() < 0.8 else Decimal(rng.randint(0, 10000)) / 100,
            manual_priority=priority,
            priority_reason="Begründung" if priority else "",
            relevant=rng.random() < 0.85,
        )


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_the_rank_of_every_profile_is_its_place_in_the_working_list(cast, seed):
    _mixed_register(cast.tenant, seed)
    _mixed_register(cast.other_tenant, seed + 100, size=20)
    ranked = list(ranked_profiles(cast.tenant))
    everyone = list(ProcessProfile.objects.for_tenant(cast.tenant))

    assert ranked == sorted((p for p in everyone if p.relevant), key=_ranking_key)
    assert any(p.manual_priority for p in ranked) and any(p.score is None for p in ranked)
    for place, profile in enumerate(ranked, start=1):
        assert rank_of(cast.tenant, profile) == place, profile
    for profile in everyone:
        if not profile.relevant:
            assert rank_of(cast.tenant, profile) is None


def test_a_profile_that_is_not_relevant_has_no_rank(cast):
    profile = ProfileFactory(tenant=cast.tenant, relevant=False, score=Decimal("100.00"))
    ProfileFactory(tenant=cast.tenant, score=Decimal("1.00"))
    assert rank_of(cast.tenant, profile) is None
    assert profile not in ranked_profiles(cast.tenant)


def test_the_rank_is_counted_in_one_query(cast, django_assert_num_queries):
    _mixed_register(cast.tenant, 9, size=20)
    profile = ranked_profiles(cast.tenant)[5]
    with django_assert_num_queries(1):
        assert rank_of(cast.tenant, profile) == 6


# --- Ranking checked by hand against the default scheme ----------------------------------------------


def test_the_ranking_under_the_default_scheme_matches_a_calculation_by_hand(cast):
    ozg_entry = CatalogEntryFactory(catalog=CatalogFactory(kind=CatalogKind.OZG), name="Hundesteuer")
    weight = {item["kind"]: item["weight"] for item in DEFAULT_CRITERIA}

    def create(number, **data):
        return profile_create(tenant=cast.tenant, data={"number": number, "name": number, **data})

    # Points by hand from scoring/defaults.py; shares are weight × points / 100.
    dog = create(
        "H-1",
        recommended=True,  # 100
        case_count=300,  # band from 250 → 40
        processing_minutes=40,  # 300 × 40 / 60 = 200 h → band from 200 → 50
        digitalisation_level=2,  # 70
        online_assistant=True,  # 100
    )
    profile_links_set(tenant=cast.tenant, profile=dog, entry_uuids=[str(ozg_entry.uuid)])  # OZG → 100
    trade = create(
        "H-2",
        case_count=6000,  # band from 5,000 → 80
        processing_minutes=30,  # 3,000 h → band from 1,000 → 75
        digitalisation_level=0,  # 100
        ozg_topic="unternehmen",  # OZG → 100
    )
    unknown = create("H-3", recommended=True)  # figures missing → 50 each; OZG no → 0
    digital = create(
        "H-4", case_count=10, processing_minutes=5, digitalisation_level=4, ozg_topic="familie"
    )  # 0, 0, 0, OZG 100
    pinned = create("H-5", case_count=10, manual_priority=1, priority_reason="Ratsbeschluss")

    by_hand = {
        dog.pk: (
            weight["recommended"] * 100
            + weight["case_count"] * 40
            + weight["annual_workload"] * 50
            + weight["digitalisation_level"] * 70
            + weight["online_assistant"] * 100
            + weight["ozg_relevant"] * 100
        ),
        trade.pk: (
            weight["case_count"] * 80
            + weight["annual_workload"] * 75
            + weight["digitalisation_level"] * 100
            + weight["ozg_relevant"] * 100
        ),
        unknown.pk: (
            weight["recommended"] * 100
            + weight["case_count"] * 50
            + weight["annual_workload"] * 50
            + weight["digitalisation_level"] * 50
        ),
        digital.pk: weight["ozg_relevant"] * 100,
        pinned.pk: (  # 10 cases → 0; workload and level not collected → 50
            weight["annual_workload"] * 50 + weight["digitalisation_level"] * 50
        ),
    }
    expected = {pk: Decimal(total) / 100 for pk, total in by_hand.items()}
    # 25 + 8 + 7.5 + 14 + 15 + 5 = 74.5; 16 + 11.25 + 20 + 5 = 52.25; 25 + 10 + 7.5 + 10 = 52.5; 5; 17.5
    assert list(expected.values()) == [
        Decimal("74.5"),
        Decimal("52.25"),
        Decimal("52.5"),
        Decimal(5),
        Decimal("17.5"),
    ]
    stored = dict(ProcessProfile.objects.for_tenant(cast.tenant).values_list("pk", "score"))
    assert stored == expected
    assert _numbers(ranked_profiles(cast.tenant)) == ["H-5", "H-1", "H-3", "H-2", "H-4"]
    assert explain(cast.tenant, unknown).is_provisional
    assert not explain(cast.tenant, dog).is_provisional


# --- Explanations ------------------------------------------------------------------------------------


def test_explain_shows_each_criterions_contribution_in_scheme_order(cast):
    profile = ProfileFactory(tenant=cast.tenant, case_count=None, recommended=True, ozg_topic="")
    scheme_ensure(tenant=cast.tenant)
    result = explain(cast.tenant, profile)
    assert [c.rule.kind for c in result.contributions] == [c["kind"] for c in DEFAULT_CRITERIA]
    case = result.contributions[1]
    assert (case.value, case.missing, case.points) == (None, True, 50)
    assert result.score == ProcessProfile.objects.for_tenant(cast.tenant).get(pk=profile.pk).score


def test_explain_with_draft_rules_scores_without_writing(cast):
    profile = ProfileFactory(tenant=cast.tenant, recommended=True)
    scheme_ensure(tenant=cast.tenant)
    stored = ProcessProfile.objects.for_tenant(cast.tenant).get(pk=profile.pk).score
    draft = [spec("recommended", 100).as_rule()]
    assert explain(cast.tenant, profile, draft).score == Decimal("100.00")
    assert ProcessProfile.objects.for_tenant(cast.tenant).get(pk=profile.pk).score == stored


def test_explain_of_a_profile_of_another_tenant_gives_no_contributions(cast):
    foreign = ProfileFactory(tenant=cast.other_tenant, recommended=True)
    scheme_ensure(tenant=cast.tenant)
    result = explain(cast.tenant, foreign)
    assert (result.score, result.contributions) == (Decimal(0), [])


def test_explain_many_explains_a_page_of_profiles_in_two_queries(cast, django_assert_max_num_queries):
    ozg = CatalogEntryFactory(catalog=CatalogFactory(kind=CatalogKind.OZG))
    gebuehr = attribute(cast.tenant, "boolean", "gebuehr")
    profiles = [
        ProfileFactory(tenant=cast.tenant, ozg_topic="", attributes={"gebuehr": i % 2 == 0} if i % 3 else {})
        for i in range(50)
    ]
    for profile in profiles[::4]:
        CatalogLinkFactory(profile=profile, entry=ozg)
    specs = specs_with_weights(recommended=15)
    specs.append(spec("attribute", 10, YES_NO, attribute=gebuehr))
    scheme_save(tenant=cast.tenant, actor=None, specs=specs)
    foreign = ProfileFactory(tenant=cast.other_tenant)
    rules = rules_for(cast.tenant)

    with django_assert_max_num_queries(2):
        results = explain_many(cast.tenant, rules, [p.pk for p in profiles] + [foreign.pk])

    assert set(results) == {p.pk for p in profiles}
    for profile in profiles:
        assert results[profile.pk].score == explain(cast.tenant, profile).score
        ozg_share = results[profile.pk].contributions[5]
        assert ozg_share.value is (profile in profiles[::4])
    assert_scores_fresh(cast.tenant)


def test_scoring_inputs_read_links_to_the_ozg_catalogue_only(cast):
    leika = CatalogEntryFactory(catalog=CatalogFactory(kind=CatalogKind.LEIKA))
    ozg = CatalogEntryFactory(catalog=CatalogFactory(kind=CatalogKind.OZG))
    only_leika = ProfileFactory(tenant=cast.tenant, ozg_topic="")
    with_ozg = ProfileFactory(tenant=cast.tenant, ozg_topic="")
    CatalogLinkFactory(profile=only_leika, entry=leika)
    CatalogLinkFactory(profile=with_ozg, entry=ozg)
    rules = [spec("ozg_relevant", 100).as_rule()]
    rows = {row["id"]: row for row in scoring_inputs(cast.tenant, rules)}
    assert (rows[only_leika.pk]["has_ozg_link"], rows[with_ozg.pk]["has_ozg_link"]) == (False, True)
    assert "attributes" not in rows[with_ozg.pk]

    plain = scoring_inputs(cast.tenant, [spec("case_count", 100).as_rule()])
    assert all("has_ozg_link" not in row and "attributes" not in row for row in plain)


def test_a_tenant_without_a_scheme_has_no_rules(cast):
    assert scheme_for(cast.tenant) is None
    assert rules_for(cast.tenant) == []


def test_rules_follow_the_scheme_and_are_labelled_by_their_attribute(cast):
    kanal = attribute(cast.tenant, "choice", "kanal", label="Zugangskanal")
    scheme_save(
        tenant=cast.tenant,
        actor=None,
        specs=[
            spec("attribute", 40, {"online": 100, "vor Ort": 0}, attribute=kanal),
            spec("case_count", 60),
        ],
    )
    rules = rules_for(cast.tenant)
    assert [(r.kind, r.label, r.weight, r.attribute_key, r.attribute_type) for r in rules] == [
        (CriterionKind.ATTRIBUTE, "Zugangskanal", 40, "kanal", "choice"),
        (CriterionKind.CASE_COUNT, "Cases per year", 60, "", ""),
    ]


def test_scorable_attributes_are_the_tenants_numbers_yes_no_and_single_choices(cast):
    wanted = [
        attribute(cast.tenant, "number", "gebuehr"),
        attribute(cast.tenant, "boolean", "online"),
        attribute(cast.tenant, "choice", "kanal"),
    ]
    for type in ("text", "long_text", "date", "multiple_choice", "link"):
        attribute(cast.tenant, type, f"nicht_{type}")
    attribute(cast.other_tenant, "number", "fremd")
    assert {a.key for a in scorable_attributes(cast.tenant)} == {a.key for a in wanted}


# --- Recording progress ------------------------------------------------------------------------------


def test_recording_progress_counts_recorded_relevant_profiles_per_unit(cast, django_assert_max_num_queries):
    office = OrgUnitFactory(tenant=cast.tenant, name="Ordnungsamt")
    section = OrgUnitFactory(tenant=cast.tenant, name="Gewerbe", parent=office)
    registry = OrgUnitFactory(tenant=cast.tenant, name="Bürgeramt")
    OrgUnitFactory(tenant=cast.tenant, name="Leer")  # no profiles: not listed

    def make(unit, recorded, relevant=True, **figures):
        values = {"case_count": 10, "processing_minutes": 5, "digitalisation_level": 1}
        if not recorded:
            values.update(figures or {"case_count": None})
        ProfileFactory(tenant=cast.tenant, owner_unit=unit, relevant=relevant, **values)

    make(office, True)
    make(office, False, processing_minutes=None)
    make(office, False, digitalisation_level=None)
    make(office, True, relevant=False)  # not relevant: not counted
    make(section, True)
    make(section, True)
    make(registry, False)
    make(None, True)
    make(None, False)
    make(None, False, relevant=False)
    ProfileFactory(tenant=cast.other_tenant)

    with django_assert_max_num_queries(2):
        total, rows = recording_progress(cast.tenant)

    assert (total.label, total.recorded, total.total, total.percent) == ("All relevant processes", 4, 8, 50)
    paths = [registry, office, section]  # tree order, siblings by name as in the organigram
    assert [(r.label, r.recorded, r.total, r.depth, r.unit_uuid) for r in rows] == [
        *(
            (u.name, *{office: (1, 3), section: (2, 2), registry: (0, 1)}[u], u.depth, str(u.uuid))
            for u in paths
        ),
        ("without an org unit", 1, 2, 0, ""),
    ]
    assert [r.percent for r in rows if r.label == "Gewerbe"] == [100]
    assert [r.percent for r in rows if r.label == "Ordnungsamt"] == [33]


def test_recording_progress_of_an_empty_register_is_zero_of_zero(cast):
    total, rows = recording_progress(cast.tenant)
    assert (total.recorded, total.total, total.percent, rows) == (0, 0, 0, [])
