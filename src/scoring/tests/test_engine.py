"""The pure scoring engine: points mappings, missing values, weights, and a score computed by hand."""

import random
from decimal import Decimal

import pytest

from scoring.choices import CriterionKind
from scoring.choices import Mapping as MappingKind
from scoring.defaults import DEFAULT_CRITERIA
from scoring.engine import (
    Rule,
    evaluate,
    mapping_of,
    needs_attributes,
    needs_ozg_links,
    score_all,
    score_of,
)

CASE_BANDS = {"bands": [[0, 0], [50, 20], [250, 40], [1000, 60]]}
LEVELS = {"0": 100, "1": 90, "2": 70, "3": 30, "4": 0}
YES_NO = {"yes": 100, "no": 0}


def _rule(kind, points, *, weight=100, missing_points=50, key="", type=""):
    return Rule(
        kind=kind,
        label=str(kind),
        weight=weight,
        points=points,
        missing_points=missing_points,
        attribute_key=key,
        attribute_type=type,
    )


def _only(rule, inputs):
    """The single contribution of a one-rule scheme."""
    result = evaluate([rule], inputs)
    assert len(result.contributions) == 1
    return result.contributions[0]


def _default_rules():
    return [
        _rule(item["kind"], item["points"], weight=item["weight"], missing_points=item["missing_points"])
        for item in DEFAULT_CRITERIA
    ]


# --- Which mapping a criterion uses ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "type", "mapping"),
    [
        (CriterionKind.CASE_COUNT, "", MappingKind.BANDS),
        (CriterionKind.ANNUAL_WORKLOAD, "", MappingKind.BANDS),
        (CriterionKind.DIGITALISATION_LEVEL, "", MappingKind.LEVELS),
        (CriterionKind.ONLINE_ASSISTANT, "", MappingKind.YES_NO),
        (CriterionKind.RECOMMENDED, "", MappingKind.YES_NO),
        (CriterionKind.OZG_RELEVANT, "", MappingKind.YES_NO),
        (CriterionKind.ATTRIBUTE, "number", MappingKind.BANDS),
        (CriterionKind.ATTRIBUTE, "boolean", MappingKind.YES_NO),
        (CriterionKind.ATTRIBUTE, "choice", MappingKind.CHOICES),
    ],
)
def test_each_criterion_uses_the_mapping_of_what_it_reads(kind, type, mapping):
    assert mapping_of(kind, type) == mapping
    assert _rule(kind, {}, type=type).mapping == mapping


# --- Bands -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cases", "points"),
    [
        (0, 0),
        (49, 0),
        (50, 20),  # exactly on a threshold: that band's points
        (51, 20),
        (249, 20),
        (250, 40),
        (999, 40),
        (1000, 60),
        (10_000_000, 60),  # above the last band: the last band's points
    ],
)
def test_a_case_count_scores_the_points_of_the_last_band_it_reaches(cases, points):
    contribution = _only(_rule(CriterionKind.CASE_COUNT, CASE_BANDS), {"case_count": cases})
    assert (contribution.value, contribution.points) == (cases, points)
    assert not contribution.missing and not contribution.unmapped


def test_a_value_below_the_first_band_scores_the_first_bands_points():
    rule = _rule(
        CriterionKind.ATTRIBUTE,
        {"bands": [[10, 30], [20, 60], [30, 90]]},
        key="gebuehr",
        type="number",
    )
    assert _only(rule, {"attributes": {"gebuehr": 5}}).points == 30
    assert _only(rule, {"attributes": {"gebuehr": -1000}}).points == 30
    assert _only(rule, {"attributes": {"gebuehr": 10}}).points == 30
    assert _only(rule, {"attributes": {"gebuehr": 20}}).points == 60
    assert _only(rule, {"attributes": {"gebuehr": 1e11}}).points == 90


def test_bands_compare_decimal_values_exactly():
    rule = _rule(
        CriterionKind.ATTRIBUTE, {"bands": [[0, 0], [2.5, 50], ["7.25", 100]]}, key="wert", type="number"
    )
    assert _only(rule, {"attributes": {"wert": 2.49}}).points == 0
    assert _only(rule, {"attributes": {"wert": 2.5}}).points == 50
    assert _only(rule, {"attributes": {"wert": 7.24}}).points == 50
    assert _only(rule, {"attributes": {"wert": 7.25}}).points == 100


def test_a_value_that_is_no_number_or_a_rule_without_bands_scores_nothing_and_says_so():
    rule = _rule(CriterionKind.ATTRIBUTE, {"bands": [[0, 40]]}, key="wert", type="number")
    contribution = _only(rule, {"attributes": {"wert": "zwölf"}})
    assert (contribution.points, contribution.unmapped, contribution.missing) == (0, True, False)

    empty = _only(_rule(CriterionKind.CASE_COUNT, {"bands": []}), {"case_count": 100})
    assert (empty.points, empty.unmapped) == (0, True)


# --- Annual workload ---------------------------------------------------------------------------------


def test_the_annual_workload_is_cases_times_minutes_in_hours():
    rule = _rule(CriterionKind.ANNUAL_WORKLOAD, {"bands": [[0, 0], [40, 25], [200, 50], [1000, 75]]})
    contribution = _only(rule, {"case_count": 1200, "processing_minutes": 30})
    assert contribution.value == Decimal(600)  # 1200 × 30 min / 60
    assert contribution.points == 50

    odd = _only(rule, {"case_count": 7, "processing_minutes": 10})
    assert odd.value == Decimal(70) / 60  # 1.1666… hours, not rounded before comparing
    assert odd.points == 0

    exact = _only(rule, {"case_count": 80, "processing_minutes": 30})
    assert (exact.value, exact.points) == (Decimal(40), 25)


@pytest.mark.parametrize(
    "inputs",
    [
        {"case_count": None, "processing_minutes": 30},
        {"case_count": 1200, "processing_minutes": None},
        {"case_count": None, "processing_minutes": None},
        {},
    ],
)
def test_the_annual_workload_is_missing_while_either_figure_is_missing(inputs):
    rule = _rule(CriterionKind.ANNUAL_WORKLOAD, {"bands": [[0, 0], [40, 100]]}, missing_points=35)
    contribution = _only(rule, inputs)
    assert (contribution.value, contribution.points, contribution.missing) == (None, 35, True)


def test_no_cases_make_no_workload_but_are_not_missing():
    rule = _rule(CriterionKind.ANNUAL_WORKLOAD, {"bands": [[0, 10], [40, 100]]}, missing_points=50)
    contribution = _only(rule, {"case_count": 0, "processing_minutes": 30})
    assert (contribution.value, contribution.points, contribution.missing) == (Decimal(0), 10, False)


# --- Levels, yes/no, choices -------------------------------------------------------------------------


@pytest.mark.parametrize(("level", "points"), [(0, 100), (1, 90), (2, 70), (3, 30), (4, 0)])
def test_each_digitalisation_level_scores_its_points(level, points):
    contribution = _only(_rule(CriterionKind.DIGITALISATION_LEVEL, LEVELS), {"digitalisation_level": level})
    assert (contribution.points, contribution.missing, contribution.unmapped) == (points, False, False)


def test_a_level_without_points_scores_nothing_and_is_marked_unmapped():
    rule = _rule(CriterionKind.DIGITALISATION_LEVEL, {"0": 100, "1": 80})
    contribution = _only(rule, {"digitalisation_level": 3})
    assert (contribution.points, contribution.unmapped, contribution.missing) == (0, True, False)


@pytest.mark.parametrize("kind", [CriterionKind.ONLINE_ASSISTANT, CriterionKind.RECOMMENDED])
def test_yes_and_no_score_their_own_points(kind):
    rule = _rule(kind, {"yes": 80, "no": 15})
    assert _only(rule, {kind.value: True}).points == 80
    assert _only(rule, {kind.value: False}).points == 15


def test_an_own_choice_attribute_scores_the_points_of_its_value():
    rule = _rule(
        CriterionKind.ATTRIBUTE, {"online": 100, "vor Ort": 20}, key="kanal", type="choice", missing_points=10
    )
    assert _only(rule, {"attributes": {"kanal": "online"}}).points == 100
    assert _only(rule, {"attributes": {"kanal": "vor Ort"}}).points == 20


def test_an_unmapped_choice_value_scores_zero_points_and_is_marked_unmapped():
    rule = _rule(CriterionKind.ATTRIBUTE, {"online": 100}, key="kanal", type="choice", missing_points=50)
    contribution = _only(rule, {"attributes": {"kanal": "Fax"}})
    assert (contribution.value, contribution.points) == ("Fax", 0)
    assert contribution.unmapped and not contribution.missing
    assert evaluate([rule], {"attributes": {"kanal": "Fax"}}).is_provisional is False


def test_an_own_yes_no_attribute_scores_yes_and_no():
    rule = _rule(CriterionKind.ATTRIBUTE, {"yes": 70, "no": 30}, key="gebuehr", type="boolean")
    assert _only(rule, {"attributes": {"gebuehr": True}}).points == 70
    assert _only(rule, {"attributes": {"gebuehr": False}}).points == 30  # False is a value, not a gap


# --- OZG relevance -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("inputs", "relevant"),
    [
        ({"ozg_topic": "", "has_ozg_link": False}, False),
        ({"ozg_topic": "", "has_ozg_link": True}, True),
        ({"ozg_topic": "unternehmen", "has_ozg_link": False}, True),
        ({"ozg_topic": "unternehmen", "has_ozg_link": True}, True),
        ({"ozg_topic": ""}, False),  # the link lookup is skipped when no rule needs it
    ],
)
def test_a_process_is_ozg_relevant_by_its_ozg_topic_or_a_link_to_the_ozg_catalogue(inputs, relevant):
    contribution = _only(_rule(CriterionKind.OZG_RELEVANT, {"yes": 100, "no": 0}), inputs)
    assert (contribution.value, contribution.points) == (relevant, 100 if relevant else 0)
    assert not contribution.missing  # known from the profile, never "not yet collected"


# --- Missing values ----------------------------------------------------------------------------------


def test_a_missing_case_count_scores_the_criterions_missing_points():
    rule = _rule(CriterionKind.CASE_COUNT, CASE_BANDS, weight=100, missing_points=35)
    result = evaluate([rule], {"case_count": None})
    contribution = result.contributions[0]
    assert (contribution.value, contribution.points, contribution.missing) == (None, 35, True)
    assert not contribution.unmapped
    assert result.score == Decimal("35.00")
    assert result.missing == [contribution]
    assert result.is_provisional


def test_a_missing_level_is_missing_but_level_zero_is_a_value():
    rule = _rule(CriterionKind.DIGITALISATION_LEVEL, LEVELS, missing_points=50)
    assert _only(rule, {"digitalisation_level": None}).missing
    zero = _only(rule, {"digitalisation_level": 0})
    assert (zero.missing, zero.points) == (False, 100)


@pytest.mark.parametrize(
    "attributes",
    [{"gebuehr": ""}, {"gebuehr": []}, {"gebuehr": None}, {}, None],
    ids=["empty-string", "empty-list", "none", "absent", "no-attributes"],
)
@pytest.mark.parametrize("type", ["number", "boolean", "choice"])
def test_an_empty_own_attribute_counts_as_missing(attributes, type):
    points = {"number": {"bands": [[0, 100]]}, "boolean": YES_NO, "choice": {"a": 100}}[type]
    rule = _rule(CriterionKind.ATTRIBUTE, points, key="gebuehr", type=type, missing_points=40)
    contribution = _only(rule, {"attributes": attributes})
    assert (contribution.value, contribution.points, contribution.missing) == (None, 40, True)


def test_zero_is_a_value_of_a_number_attribute():
    rule = _rule(CriterionKind.ATTRIBUTE, {"bands": [[0, 70]]}, key="gebuehr", type="number")
    contribution = _only(rule, {"attributes": {"gebuehr": 0}})
    assert (contribution.missing, contribution.points) == (False, 70)


def test_a_missing_value_of_a_criterion_without_weight_leaves_the_score_final():
    weighted = _rule(CriterionKind.RECOMMENDED, YES_NO, weight=100)
    unweighted = _rule(CriterionKind.CASE_COUNT, CASE_BANDS, weight=0)
    result = evaluate([weighted, unweighted], {"recommended": True, "case_count": None})
    assert [c.missing for c in result.contributions] == [False, True]
    assert result.missing == [result.contributions[1]]
    assert result.is_provisional is False
    assert result.score == Decimal("100.00")


def test_a_complete_profile_is_not_provisional():
    result = evaluate(
        _default_rules(),
        {
            "case_count": 10,
            "processing_minutes": 5,
            "digitalisation_level": 4,
            "online_assistant": False,
            "recommended": False,
            "ozg_topic": "",
            "has_ozg_link": False,
        },
    )
    assert result.missing == []
    assert result.is_provisional is False


# --- Weights, range and rounding ---------------------------------------------------------------------


def test_a_share_is_the_weight_times_the_points_in_per_cent():
    rules = [
        _rule(CriterionKind.RECOMMENDED, {"yes": 70, "no": 0}, weight=33),
        _rule(CriterionKind.ONLINE_ASSISTANT, {"yes": 0, "no": 37}, weight=67),
    ]
    result = evaluate(rules, {"recommended": True, "online_assistant": False})
    assert [c.share for c in result.contributions] == [Decimal("23.1"), Decimal("24.79")]
    assert result.score == Decimal("47.89")
    assert sum(c.share for c in result.contributions) == result.score


def test_the_score_is_rounded_to_two_decimals():
    rules = [
        _rule(CriterionKind.RECOMMENDED, {"yes": 1, "no": 0}, weight=33),
        _rule(CriterionKind.ONLINE_ASSISTANT, {"yes": 0, "no": 3}, weight=67),
    ]
    score = evaluate(rules, {"recommended": True, "online_assistant": False}).score
    assert score == Decimal("2.34")  # 0.33 + 2.01
    assert score.as_tuple().exponent == -2
    assert str(evaluate(rules, {"recommended": False, "online_assistant": True}).score) == "0.00"


def test_the_best_and_the_worst_profile_score_100_and_0_under_the_default_scheme():
    rules = _default_rules()
    best = {
        "case_count": 100_000,
        "processing_minutes": 600,
        "digitalisation_level": 0,
        "online_assistant": True,
        "recommended": True,
        "ozg_topic": "familie",
        "has_ozg_link": True,
    }
    worst = {
        "case_count": 0,
        "processing_minutes": 1,
        "digitalisation_level": 4,
        "online_assistant": False,
        "recommended": False,
        "ozg_topic": "",
        "has_ozg_link": False,
    }
    assert sum(rule.weight for rule in rules) == 100
    assert evaluate(rules, best).score == Decimal("100.00")
    assert evaluate(rules, worst).score == Decimal("0.00")


def test_weights_adding_up_to_100_keep_every_score_between_0_and_100():
    rng = random.Random(5)
    rules = _default_rules()
    for _ in range(500):
        inputs = {
            "case_count": rng.choice([None, 0, 1, 49, 50, 999, 20_000, 10_000_000]),
            "processing_minutes": rng.choice([None, 1, 15, 90, 100_000]),
            "digitalisation_level": rng.choice([None, 0, 1, 2, 3, 4]),
            "online_assistant": rng.random() < 0.5,
            "recommended": rng.random() < 0.5,
            "ozg_topic": rng.choice(["", "familie"]),
            "has_ozg_link": rng.random() < 0.5,
        }
        result = evaluate(rules, inputs)
        assert Decimal(0) <= result.score <= Decimal(100)
        assert result.score == sum(c.share for c in result.contributions)
        assert result.is_provisional == any(
            inputs[name] is None for name in ("case_count", "processing_minutes", "digitalisation_level")
        )


def test_an_empty_scheme_scores_zero():
    result = evaluate([], {"case_count": 5})
    assert (result.score, result.contributions, result.is_provisional) == (Decimal("0.00"), [], False)


# --- A profile scored by hand against the default scheme ---------------------------------------------


def test_a_profile_scored_by_hand_against_the_default_scheme_matches_the_engine():
    weight = {item["kind"]: item["weight"] for item in DEFAULT_CRITERIA}
    profile = {
        "recommended": True,  # yes → 100 points
        "case_count": 1200,  # band from 1,000 → 60 points
        "digitalisation_level": 1,  # level 1 → 90 points
        "online_assistant": False,  # no → 0 points
        "processing_minutes": 30,  # 1,200 × 30 / 60 = 600 hours, band from 200 → 50 points
        "ozg_topic": "",
        "has_ozg_link": True,  # linked to the OZG catalogue → yes → 100 points
    }
    expected = (
        Decimal(weight[CriterionKind.RECOMMENDED] * 100)
        + Decimal(weight[CriterionKind.CASE_COUNT] * 60)
        + Decimal(weight[CriterionKind.DIGITALISATION_LEVEL] * 90)
        + Decimal(weight[CriterionKind.ONLINE_ASSISTANT] * 0)
        + Decimal(weight[CriterionKind.ANNUAL_WORKLOAD] * 50)
        + Decimal(weight[CriterionKind.OZG_RELEVANT] * 100)
    ) / 100
    # 25 × 100 + 20 × 60 + 20 × 90 + 15 × 0 + 15 × 50 + 5 × 100 = 6,750 → 67.50
    assert expected == Decimal("67.5")

    result = evaluate(_default_rules(), profile)
    assert result.score == expected
    assert [(c.rule.kind, c.points, c.share) for c in result.contributions] == [
        (CriterionKind.RECOMMENDED, 100, Decimal(25)),
        (CriterionKind.CASE_COUNT, 60, Decimal(12)),
        (CriterionKind.DIGITALISATION_LEVEL, 90, Decimal(18)),
        (CriterionKind.ONLINE_ASSISTANT, 0, Decimal(0)),
        (CriterionKind.ANNUAL_WORKLOAD, 50, Decimal("7.5")),
        (CriterionKind.OZG_RELEVANT, 100, Decimal(5)),
    ]
    assert not result.is_provisional


def test_a_profile_without_figures_scored_by_hand_against_the_default_scheme():
    weight = {item["kind"]: item["weight"] for item in DEFAULT_CRITERIA}
    missing = {item["kind"]: item["missing_points"] for item in DEFAULT_CRITERIA}
    profile = {
        "recommended": False,
        "case_count": None,
        "digitalisation_level": None,
        "online_assistant": True,
        "processing_minutes": None,
        "ozg_topic": "",
        "has_ozg_link": False,
    }
    expected = (
        Decimal(weight[CriterionKind.RECOMMENDED] * 0)
        + Decimal(weight[CriterionKind.CASE_COUNT] * missing[CriterionKind.CASE_COUNT])
        + Decimal(weight[CriterionKind.DIGITALISATION_LEVEL] * missing[CriterionKind.DIGITALISATION_LEVEL])
        + Decimal(weight[CriterionKind.ONLINE_ASSISTANT] * 100)
        + Decimal(weight[CriterionKind.ANNUAL_WORKLOAD] * missing[CriterionKind.ANNUAL_WORKLOAD])
        + Decimal(weight[CriterionKind.OZG_RELEVANT] * 0)
    ) / 100
    assert expected == Decimal("42.5")  # 0 + 10 + 10 + 15 + 7.5 + 0
    result = evaluate(_default_rules(), profile)
    assert result.score == expected
    assert [c.rule.kind for c in result.missing] == [
        CriterionKind.CASE_COUNT,
        CriterionKind.DIGITALISATION_LEVEL,
        CriterionKind.ANNUAL_WORKLOAD,
    ]
    assert result.is_provisional


# --- Helpers -----------------------------------------------------------------------------------------


def test_score_all_scores_many_rows_by_id():
    rules = [_rule(CriterionKind.CASE_COUNT, CASE_BANDS, missing_points=50)]
    rows = [{"id": 1, "case_count": 300}, {"id": 2, "case_count": None}, {"id": 3, "case_count": 0}]
    assert score_all(rules, rows) == {1: Decimal("40.00"), 2: Decimal("50.00"), 3: Decimal("0.00")}


def test_attributes_and_ozg_links_are_read_only_when_a_rule_needs_them():
    plain = [_rule(CriterionKind.CASE_COUNT, CASE_BANDS)]
    own = _rule(CriterionKind.ATTRIBUTE, YES_NO, key="x", type="boolean")
    ozg = _rule(CriterionKind.OZG_RELEVANT, YES_NO)
    assert (needs_attributes(plain), needs_ozg_links(plain)) == (False, False)
    assert (needs_attributes([*plain, own]), needs_ozg_links([*plain, own])) == (True, False)
    assert (needs_attributes([ozg]), needs_ozg_links([ozg])) == (False, True)


def test_the_fast_score_of_many_profiles_equals_the_explained_score():
    rng = random.Random(17)
    own = [
        _rule(
            CriterionKind.ATTRIBUTE,
            {"bands": [[-5, 10], [0, 40], [2.5, 70], [100, 100]]},
            key="n",
            type="number",
        ),
        _rule(CriterionKind.ATTRIBUTE, {"yes": 90, "no": 20}, key="b", type="boolean"),
        _rule(CriterionKind.ATTRIBUTE, {"online": 100, "vor Ort": 30}, key="c", type="choice"),
    ]
    for _ in range(300):
        rules = rng.sample(_default_rules() + own, rng.randint(1, 9))
        rules = [
            Rule(
                r.kind,
                r.label,
                rng.randint(0, 100),
                r.points,
                rng.randint(0, 100),
                r.attribute_key,
                r.attribute_type,
            )
            for r in rules
        ]
        inputs = {
            "id": 1,
            "case_count": rng.choice([None, 0, 50, 1234, 20_000]),
            "processing_minutes": rng.choice([None, 1, 7, 45]),
            "digitalisation_level": rng.choice([None, 0, 1, 2, 3, 4, 9]),
            "online_assistant": rng.random() < 0.5,
            "recommended": rng.random() < 0.5,
            "ozg_topic": rng.choice(["", "bauen"]),
            "has_ozg_link": rng.random() < 0.5,
            "attributes": {
                "n": rng.choice([None, "", -10, -5, 0, 1.5, 2.5, 99.99, 100, 10**11, "viel"]),
                "b": rng.choice([None, True, False]),
                "c": rng.choice([None, "", "online", "vor Ort", "Fax"]),
            },
        }
        assert score_of(rules, inputs) == evaluate(rules, inputs).score, (rules, inputs)
        assert score_all(rules, [inputs]) == {1: evaluate(rules, inputs).score}
