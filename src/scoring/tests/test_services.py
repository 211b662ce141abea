"""Writes of the Nutzwert-Score: validating and saving a scheme, recomputing stored scores, templates."""

import json
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from catalogues.choices import CatalogKind
from catalogues.models import Catalog
from catalogues.tests.factories import CatalogEntryFactory, CatalogFactory
from register.models import CatalogLink, ProcessProfile
from register.tests.factories import ProfileFactory
from scoring import services
from scoring.choices import CriterionKind
from scoring.defaults import DEFAULT_CRITERIA
from scoring.models import Criterion, ScoringScheme
from scoring.selectors import explain, scheme_for
from scoring.services import (
    MAX_BANDS,
    MAX_CRITERIA,
    CriterionSpec,
    default_specs,
    scheme_ensure,
    scheme_export,
    scheme_instantiate,
    scheme_save,
    scores_recompute,
    specs_of,
    specs_validate,
)
from scoring.tests.factories import (
    CASE_BANDS,
    LEVELS,
    YES_NO,
    assert_scores_fresh,
    attribute,
    scheme_state,
    spec,
    specs_with_weights,
    stored_scores,
)
from tenants.tests.factories import TenantFactory


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in their English source text."""
    with translation.override("en"):
        yield


@pytest.fixture
def scored(cast):
    """Teststadt with three profiles, scored under the default scheme."""
    profiles = [
        ProfileFactory(tenant=cast.tenant, recommended=True, case_count=1200, digitalisation_level=1),
        ProfileFactory(tenant=cast.tenant, case_count=None, digitalisation_level=None),
        ProfileFactory(tenant=cast.tenant, online_assistant=True, case_count=20, processing_minutes=5),
    ]
    scheme_ensure(tenant=cast.tenant)
    return profiles


def _default_rows():
    return [(c["kind"], c["weight"], c["points"], c["missing_points"]) for c in DEFAULT_CRITERIA]


def _criteria_rows(tenant):
    return [
        (c.kind, c.weight, c.points, c.missing_points)
        for c in Criterion.objects.for_tenant(tenant).order_by("position")
    ]


# --- Refused schemes: a clear message, nothing written -----------------------------------------------


def _others(tenant, *, without=(), **weights):
    """The default criteria except those of kinds ``without``."""
    return [s for s in specs_with_weights(**weights) if s.kind not in without]


BAD_SCHEMES = {
    "no-criteria": (lambda t: [], "A scheme needs at least one criterion."),
    "weights-add-up-to-105": (
        lambda t: specs_with_weights(recommended=30),
        "The weights add up to 105 per cent; they must add up to exactly 100.",
    ),
    "weights-add-up-to-95": (
        lambda t: specs_with_weights(ozg_relevant=0),
        "The weights add up to 95 per cent",
    ),
    "weight-above-100": (
        lambda t: [spec(CriterionKind.RECOMMENDED, 101)],
        "Recommended by the digital pilots: The weight must be a whole number from 0 to 100 per cent.",
    ),
    "negative-weight": (
        lambda t: [
            *_others(t, without=["recommended", "online_assistant"]),
            spec("recommended", -5),
            spec("online_assistant", 45),
        ],
        "The weight must be a whole number from 0 to 100 per cent.",
    ),
    "weight-as-bool": (
        lambda t: [*_others(t, without=["ozg_relevant"], recommended=29), spec("ozg_relevant", True)],
        "The weight must be a whole number from 0 to 100 per cent.",
    ),
    "weight-as-fraction": (
        lambda t: [*_others(t, without=["ozg_relevant"]), spec("ozg_relevant", 5.0)],
        "The weight must be a whole number from 0 to 100 per cent.",
    ),
    "weight-as-text": (
        lambda t: [*_others(t, without=["ozg_relevant"]), spec("ozg_relevant", "5")],
        "The weight must be a whole number from 0 to 100 per cent.",
    ),
    "yes-points-above-100": (
        lambda t: [spec("recommended", 100, {"yes": 101, "no": 0})],
        "Recommended by the digital pilots: Points must be whole numbers from 0 to 100.",
    ),
    "negative-no-points": (
        lambda t: [spec("recommended", 100, {"yes": 100, "no": -1})],
        "Points must be whole numbers from 0 to 100.",
    ),
    "level-points-above-100": (
        lambda t: [spec("digitalisation_level", 100, {**LEVELS, "2": 150})],
        "Digitalisation level: Points must be whole numbers from 0 to 100.",
    ),
    "band-points-above-100": (
        lambda t: [spec("case_count", 100, {"bands": [[0, 0], [50, 120]]})],
        "Cases per year: Points must be whole numbers from 0 to 100.",
    ),
    "band-without-points": (
        lambda t: [spec("case_count", 100, {"bands": [[0, 0], [50]]})],
        "Cases per year: Points must be whole numbers from 0 to 100.",
    ),
    "missing-points-above-100": (
        lambda t: [spec("case_count", 100, missing_points=101)],
        "Cases per year: Points for “not yet collected” must be a whole number from 0 to 100.",
    ),
    "missing-points-none": (
        lambda t: [spec("case_count", 100, missing_points=None)],
        "Points for “not yet collected” must be a whole number from 0 to 100.",
    ),
    "bands-descending": (
        lambda t: [spec("case_count", 100, {"bands": [[0, 0], [100, 50], [50, 60]]})],
        "Cases per year: The bands must start at ascending values.",
    ),
    "bands-starting-twice-at-the-same-value": (
        lambda t: [spec("case_count", 100, {"bands": [[0, 0], [50, 50], [50, 60]]})],
        "The bands must start at ascending values.",
    ),
    "negative-band-of-a-figure": (
        lambda t: [spec("case_count", 100, {"bands": [[-10, 0], [50, 50]]})],
        "Cases per year: Bands of figures start at 0 or above.",
    ),
    "negative-band-of-the-workload": (
        lambda t: [spec("annual_workload", 100, {"bands": [[-1, 0]]})],
        "Annual workload (hours): Bands of figures start at 0 or above.",
    ),
    "band-at-1e30": (
        lambda t: [spec("case_count", 100, {"bands": [[0, 0], [1e30, 100]]})],
        "Cases per year: A band starts at an absurd value.",
    ),
    "band-at-nan": (
        lambda t: [spec("case_count", 100, {"bands": [[0, 0], [float("nan"), 100]]})],
        "A band starts at an absurd value.",
    ),
    "band-at-nan-text": (
        lambda t: [spec("case_count", 100, {"bands": [["NaN", 0]]})],
        "A band starts at an absurd value.",
    ),
    "band-at-infinity": (
        lambda t: [spec("case_count", 100, {"bands": [[0, 0], ["Infinity", 100]]})],
        "A band starts at an absurd value.",
    ),
    "band-at-abc": (
        lambda t: [spec("case_count", 100, {"bands": [[0, 0], ["abc", 100]]})],
        "Cases per year: Every band needs a number where it starts.",
    ),
    "band-without-start": (
        lambda t: [spec("case_count", 100, {"bands": [[]]})],
        "Every band needs a number where it starts.",
    ),
    "band-as-object": (
        lambda t: [spec("case_count", 100, {"bands": [{"from": 0, "points": 10}]})],
        "Every band needs a number where it starts.",
    ),
    "no-bands": (
        lambda t: [spec("case_count", 100, {"bands": []})],
        "Cases per year: Give at least one band.",
    ),
    "too-many-bands": (
        lambda t: [spec("case_count", 100, {"bands": [[i, 0] for i in range(MAX_BANDS + 1)]})],
        f"Give at most {MAX_BANDS} bands.",
    ),
    "points-not-a-mapping": (
        lambda t: [spec("recommended", 100, [100, 0])],
        "Recommended by the digital pilots: Points must be whole numbers from 0 to 100.",
    ),
    "levels-incomplete": (
        lambda t: [spec("digitalisation_level", 100, {"0": 100, "1": 90, "2": 70, "3": 30})],
        "Digitalisation level: Give points for every value.",
    ),
    "level-that-does-not-exist": (
        lambda t: [spec("digitalisation_level", 100, {**LEVELS, "5": 0})],
        "Digitalisation level: Points for values that do not exist: 5.",
    ),
    "yes-without-no": (
        lambda t: [spec("online_assistant", 100, {"yes": 100})],
        "Online application assistant available: Give points for every value.",
    ),
    "choice-points-incomplete": (
        lambda t: [spec("attribute", 100, {"online": 100}, attribute=attribute(t, "choice", "kanal"))],
        "Kanal: Give points for every value.",
    ),
    "choice-points-for-an-unknown-choice": (
        lambda t: [
            spec(
                "attribute",
                100,
                {"online": 100, "vor Ort": 0, "Fax": 10},
                attribute=attribute(t, "choice", "kanal"),
            )
        ],
        "Kanal: Points for values that do not exist: Fax.",
    ),
    "the-same-criterion-twice": (
        lambda t: [spec("case_count", 50), spec("case_count", 50)],
        "Cases per year: This criterion appears twice.",
    ),
    "the-same-attribute-twice": (
        lambda t: [
            spec("attribute", 50, YES_NO, attribute=(a := attribute(t, "boolean", "gebuehr"))),
            spec("attribute", 50, YES_NO, attribute=a),
        ],
        "Gebuehr: This criterion appears twice.",
    ),
    "an-attribute-of-another-tenant": (
        lambda t: [
            spec(
                "attribute",
                100,
                YES_NO,
                attribute=attribute(TenantFactory(slug="fremd"), "boolean", "fremd"),
            )
        ],
        "Fremd: Unknown attribute.",
    ),
    "a-text-attribute": (
        lambda t: [spec("attribute", 100, YES_NO, attribute=attribute(t, "text", "bemerkung"))],
        "Bemerkung: Only number, yes/no and choice attributes can be scored.",
    ),
    "a-multiple-choice-attribute": (
        lambda t: [spec("attribute", 100, {}, attribute=attribute(t, "multiple_choice", "kanaele"))],
        "Only number, yes/no and choice attributes can be scored.",
    ),
    "a-deleted-attribute": (
        lambda t: [
            *_others(t, without=["ozg_relevant"]),
            spec("attribute", 5, YES_NO, attribute=None, attribute_missing=True),
        ],
        "Own attribute: The attribute of this criterion no longer exists. Remove the criterion.",
    ),
    "a-deleted-attribute-still-named": (
        lambda t: [
            *_others(t, without=["ozg_relevant"]),
            spec("attribute", 5, YES_NO, attribute=attribute(t, "boolean", "alt"), attribute_missing=True),
        ],
        "The attribute of this criterion no longer exists. Remove the criterion.",
    ),
    "a-figure-criterion-carrying-an-attribute": (
        lambda t: [spec("case_count", 100, attribute=attribute(t, "number", "gebuehr"))],
        "Gebuehr: Unknown attribute.",
    ),
    "an-unknown-kind": (
        lambda t: [spec("beliebtheit", 100, YES_NO)],
        "beliebtheit: Unknown criterion.",
    ),
    "too-many-criteria": (
        lambda t: [
            spec("attribute", 5, YES_NO, attribute=attribute(t, "boolean", f"merkmal_{i}"))
            for i in range(MAX_CRITERIA + 1)
        ],
        f"A scheme has at most {MAX_CRITERIA} criteria.",
    ),
}


@pytest.mark.parametrize("case", BAD_SCHEMES, ids=list(BAD_SCHEMES))
def test_a_bad_scheme_is_refused_with_a_clear_message_and_nothing_is_written(cast, scored, case):
    build, message = BAD_SCHEMES[case]
    specs = build(cast.tenant)
    with pytest.raises(ValidationError) as excinfo:
        specs_validate(tenant=cast.tenant, specs=specs)
    assert any(message in m for m in excinfo.value.messages), excinfo.value.messages

    ProfileFactory(tenant=cast.tenant, case_count=5000)  # unscored: a recompute would show
    state, scores = scheme_state(cast.tenant), stored_scores(cast.tenant)
    with pytest.raises(ValidationError) as excinfo:
        scheme_save(tenant=cast.tenant, actor=cast.admin, specs=specs, note="Neu")
    assert any(message in m for m in excinfo.value.messages)
    assert scheme_state(cast.tenant) == state
    assert stored_scores(cast.tenant) == scores


def test_a_bad_scheme_is_refused_before_a_tenant_has_any_scheme(cast):
    ProfileFactory(tenant=cast.tenant)
    with pytest.raises(ValidationError):
        scheme_save(tenant=cast.tenant, actor=cast.admin, specs=specs_with_weights(recommended=0))
    assert not ScoringScheme.objects.for_tenant(cast.tenant).exists()
    assert not Criterion.objects.for_tenant(cast.tenant).exists()
    assert set(stored_scores(cast.tenant).values()) == {None}


def test_every_problem_of_a_scheme_is_named_at_once_and_kept_on_its_criterion(cast):
    specs = [
        spec("case_count", 60, {"bands": [[0, 0], [10, 5], [5, 7]]}),
        spec("recommended", 101, {"yes": 100, "no": 0}),
    ]
    with pytest.raises(ValidationError) as excinfo:
        specs_validate(tenant=cast.tenant, specs=specs)
    assert excinfo.value.messages == [
        "The weights add up to 161 per cent; they must add up to exactly 100.",
        "Cases per year: The bands must start at ascending values.",
        "Recommended by the digital pilots: The weight must be a whole number from 0 to 100 per cent.",
    ]
    assert specs[0].errors == ["The bands must start at ascending values."]
    assert specs[1].errors == ["The weight must be a whole number from 0 to 100 per cent."]


def test_a_valid_scheme_passes_validation_and_clears_old_errors(cast):
    specs = default_specs()
    specs[0].errors = ["stale"]
    specs_validate(tenant=cast.tenant, specs=specs)
    assert all(s.errors == [] for s in specs)


def test_bands_of_an_own_number_attribute_may_start_below_zero_and_at_fractions(cast):
    balance = attribute(cast.tenant, "number", "saldo")
    specs = [spec("attribute", 100, {"bands": [[-1000, 0], [-0.5, 40], [2.5, 100]]}, attribute=balance)]
    specs_validate(tenant=cast.tenant, specs=specs)


def test_a_weight_of_zero_is_allowed(cast):
    specs_validate(tenant=cast.tenant, specs=[spec("recommended", 100), spec("case_count", 0)])


# --- Saving a scheme ---------------------------------------------------------------------------------


def test_scheme_save_replaces_the_criteria_and_recomputes_every_stored_score(cast, scored):
    old_ids = set(Criterion.objects.for_tenant(cast.tenant).values_list("pk", flat=True))
    scheme_pk = scheme_for(cast.tenant).pk
    gebuehr = attribute(cast.tenant, "boolean", "gebuehr")
    scored[2].attributes = {"gebuehr": True}
    scored[2].save(update_fields=["attributes"])
    specs = [
        spec("recommended", 60, {"yes": 100, "no": 10}),
        spec("attribute", 40, {"yes": 100, "no": 0}, attribute=gebuehr, missing_points=25),
    ]

    scheme = scheme_save(tenant=cast.tenant, actor=cast.admin, specs=specs, note="  Beschluss vom 1.3.  ")

    assert scheme.pk == scheme_pk  # one scheme per tenant, kept
    assert (scheme.note, scheme.changed_by) == ("Beschluss vom 1.3.", cast.admin)
    criteria = list(Criterion.objects.for_tenant(cast.tenant).order_by("position"))
    assert not old_ids & {c.pk for c in criteria}
    assert [(c.kind, c.attribute, c.weight, c.position) for c in criteria] == [
        ("recommended", None, 60, 0),
        ("attribute", gebuehr, 40, 1),
    ]
    # recommended 60 × 100 % + gebuehr missing 40 × 25 % = 70; not recommended 6 + 10; gebuehr yes 6 + 40
    assert stored_scores(cast.tenant) == {
        scored[0].pk: Decimal("70.00"),
        scored[1].pk: Decimal("16.00"),
        scored[2].pk: Decimal("46.00"),
    }
    assert_scores_fresh(cast.tenant)


def test_scheme_save_keeps_the_note_when_none_is_given(cast, scored):
    scheme_save(tenant=cast.tenant, actor=cast.admin, specs=default_specs(), note="Methode")
    scheme_save(
        tenant=cast.tenant, actor=cast.admin, specs=specs_with_weights(recommended=20, ozg_relevant=10)
    )
    assert scheme_for(cast.tenant).note == "Methode"


def test_a_too_long_method_note_is_refused_and_nothing_is_written(cast, scored):
    state, scores = scheme_state(cast.tenant), stored_scores(cast.tenant)
    with pytest.raises(ValidationError) as excinfo:
        scheme_save(
            tenant=cast.tenant,
            actor=cast.admin,
            specs=specs_with_weights(recommended=20, ozg_relevant=10),
            note="x" * 3001,
        )
    assert "note" in excinfo.value.message_dict
    assert (scheme_state(cast.tenant), stored_scores(cast.tenant)) == (state, scores)


def test_scheme_save_writes_criteria_and_scores_in_one_transaction(cast, scored, monkeypatch):
    state, scores = scheme_state(cast.tenant), stored_scores(cast.tenant)

    def broken(**kwargs):
        raise RuntimeError("recompute failed")

    monkeypatch.setattr(services, "scores_recompute", broken)
    with pytest.raises(RuntimeError):
        scheme_save(
            tenant=cast.tenant, actor=cast.admin, specs=specs_with_weights(recommended=20, ozg_relevant=10)
        )
    assert (scheme_state(cast.tenant), stored_scores(cast.tenant)) == (state, scores)


def test_specs_of_a_stored_scheme_save_back_unchanged(cast, scored):
    before = _criteria_rows(cast.tenant)
    scheme_save(tenant=cast.tenant, actor=cast.admin, specs=specs_of(scheme_for(cast.tenant)))
    assert _criteria_rows(cast.tenant) == before


# --- The default scheme ------------------------------------------------------------------------------


def test_scheme_ensure_creates_the_default_scheme_once_and_scores_every_profile(cast):
    profiles = [ProfileFactory(tenant=cast.tenant) for _ in range(3)]
    assert scheme_for(cast.tenant) is None
    assert set(stored_scores(cast.tenant).values()) == {None}

    scheme = scheme_ensure(tenant=cast.tenant)

    assert (scheme.tenant, scheme.changed_by, scheme.note) == (cast.tenant, None, "")
    assert _criteria_rows(cast.tenant) == _default_rows()
    assert sum(c["weight"] for c in DEFAULT_CRITERIA) == 100
    assert all(stored_scores(cast.tenant)[p.pk] is not None for p in profiles)
    assert_scores_fresh(cast.tenant)

    criteria = set(Criterion.objects.for_tenant(cast.tenant).values_list("pk", flat=True))
    assert scheme_ensure(tenant=cast.tenant).pk == scheme.pk
    assert set(Criterion.objects.for_tenant(cast.tenant).values_list("pk", flat=True)) == criteria
    assert ScoringScheme.objects.for_tenant(cast.tenant).count() == 1


def test_scheme_ensure_keeps_a_scheme_the_tenant_changed(cast, scored):
    scheme_save(tenant=cast.tenant, actor=cast.admin, specs=[spec("recommended", 100)])
    scheme_ensure(tenant=cast.tenant)
    assert _criteria_rows(cast.tenant) == [("recommended", 100, YES_NO, 50)]


def test_the_default_scheme_is_valid():
    tenant = TenantFactory.build()
    specs_validate(tenant=tenant, specs=default_specs())


def test_default_specs_are_copies_that_leave_the_defaults_alone():
    specs = default_specs()
    specs[1].points["bands"] = []
    specs[0].points["yes"] = 0
    assert DEFAULT_CRITERIA[0]["points"] == {"yes": 100, "no": 0}
    assert DEFAULT_CRITERIA[1]["points"] == CASE_BANDS


# --- Recomputing stored scores -----------------------------------------------------------------------


def test_scores_recompute_writes_only_changed_scores_and_returns_their_count(cast, scored, monkeypatch):
    assert scores_recompute(tenant=cast.tenant) == 0

    written = []
    update_values = services.update_values

    def spy(model, names, rows):
        rows = list(rows)
        written.append(([pk for *_values, pk in rows], list(names)))
        return update_values(model, names, rows)

    monkeypatch.setattr(services, "update_values", spy)
    assert scores_recompute(tenant=cast.tenant) == 0
    assert written == []

    # A write that bypasses the services leaves the stored score stale until the next recompute.
    ProcessProfile.objects.for_tenant(cast.tenant).filter(pk=scored[1].pk).update(case_count=30_000)
    assert scores_recompute(tenant=cast.tenant, profile_ids=[scored[0].pk, scored[2].pk]) == 0
    assert scores_recompute(tenant=cast.tenant) == 1
    assert written == [([scored[1].pk], ["score"])]
    assert_scores_fresh(cast.tenant)


def test_scores_recompute_of_given_profiles_leaves_the_others(cast, scored):
    query = ProcessProfile.objects.for_tenant(cast.tenant)
    query.update(recommended=False)
    assert scores_recompute(tenant=cast.tenant, profile_ids=[scored[0].pk]) == 1
    scored[0].refresh_from_db()  # explain reads the profile it is given
    fresh = explain(cast.tenant, scored[0]).score
    assert stored_scores(cast.tenant)[scored[0].pk] == fresh
    assert scores_recompute(tenant=cast.tenant, profile_ids=[]) == 0


def test_scores_recompute_ignores_profiles_of_another_tenant(cast, scored):
    foreign = ProfileFactory(tenant=cast.other_tenant)
    assert scores_recompute(tenant=cast.tenant, profile_ids=[foreign.pk]) == 0
    foreign.refresh_from_db()
    assert foreign.score is None


def test_without_a_scheme_scores_are_cleared_not_invented(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    ProcessProfile.objects.for_tenant(cast.tenant).update(score=Decimal("12.34"))
    assert scores_recompute(tenant=cast.tenant) == 1
    profile.refresh_from_db()
    assert profile.score is None


def _bulk_profiles(tenant, count, *, ozg_every=7):
    profiles = ProcessProfile.objects.bulk_create(
        ProcessProfile(
            tenant=tenant,
            number=f"B-{i:05d}",
            name=f"Prozess {i}",
            case_count=None if i % 5 == 0 else i * 13,
            processing_minutes=None if i % 4 == 0 else 1 + i % 90,
            digitalisation_level=None if i % 6 == 0 else i % 5,
            recommended=i % 3 == 0,
            online_assistant=i % 2 == 0,
            ozg_topic="familie" if i % 11 == 0 else "",
            attributes={"gebuehr": i % 200} if i % 2 else {},
        )
        for i in range(count)
    )
    catalog = Catalog.objects.filter(tenant=None, kind=CatalogKind.OZG).first() or CatalogFactory(
        kind=CatalogKind.OZG
    )
    entry = CatalogEntryFactory(catalog=catalog)
    CatalogLink.objects.bulk_create(
        CatalogLink(tenant=tenant, profile=p, entry=entry) for p in profiles[::ozg_every]
    )
    return profiles


def _rich_scheme(tenant):
    """The default criteria plus an own number attribute, so every input is read."""
    gebuehr = attribute(tenant, "number", "gebuehr")
    specs = specs_with_weights(recommended=15)
    specs.append(spec("attribute", 10, {"bands": [[0, 0], [50, 50], [150, 100]]}, attribute=gebuehr))
    scheme_save(tenant=tenant, actor=None, specs=specs)


# Scheme, criteria, inputs with the stored scores, OZG links, and the bulk update: one executemany, or on
# PostgreSQL a temporary table filled by COPY and one UPDATE … FROM it (create, copy, update, drop).
RECOMPUTE_QUERIES = 8


def test_recomputing_1000_profiles_runs_a_small_constant_number_of_queries(
    cast, django_assert_max_num_queries
):
    _rich_scheme(cast.tenant)
    profiles = _bulk_profiles(cast.tenant, 1000)
    assert set(stored_scores(cast.tenant).values()) == {None}

    with django_assert_max_num_queries(RECOMPUTE_QUERIES):
        changed = scores_recompute(tenant=cast.tenant)
    assert changed == 1000
    assert_scores_fresh(cast.tenant)

    ProcessProfile.objects.for_tenant(cast.tenant).update(score=None)
    with django_assert_max_num_queries(RECOMPUTE_QUERIES):
        changed = scores_recompute(tenant=cast.tenant, profile_ids=[p.pk for p in profiles])
    assert changed == 1000
    assert_scores_fresh(cast.tenant)


def test_the_number_of_recompute_queries_does_not_grow_with_the_profiles(cast):
    counts = []
    # Both sizes above core.bulk.COPY_UPDATE_FROM: PostgreSQL writes through COPY from there on.
    for tenant, size in ((cast.tenant, 150), (cast.other_tenant, 600)):
        _rich_scheme(tenant)
        _bulk_profiles(tenant, size)
        with CaptureQueriesContext(connection) as queries:
            assert scores_recompute(tenant=tenant) == size
        counts.append(len(queries))
    assert counts[0] == counts[1] <= RECOMPUTE_QUERIES


# --- Templates: exporting and instantiating a scheme ------------------------------------------------


def _template_scheme(tenant):
    kanal = attribute(tenant, "choice", "kanal")
    specs = specs_with_weights(recommended=20)
    specs.append(spec("attribute", 5, {"online": 100, "vor Ort": 30}, attribute=kanal, missing_points=10))
    scheme_save(tenant=tenant, actor=None, specs=specs, note="Landesweite Empfehlung")
    return kanal


def test_a_scheme_exported_for_a_template_instantiates_with_its_attribute_found_by_key(cast):
    _template_scheme(cast.tenant)
    data = json.loads(json.dumps(scheme_export(cast.tenant)))  # stored as JSON in the snapshot
    assert data["note"] == "Landesweite Empfehlung"
    assert data["criteria"][-1] == {
        "kind": "attribute",
        "attribute": "kanal",
        "weight": 5,
        "points": {"online": 100, "vor Ort": 30},
        "missing_points": 10,
    }

    target = TenantFactory(slug="neustadt")
    their_kanal = attribute(target, "choice", "kanal")  # copied by the template before the scheme
    scheme_instantiate(target, data)

    assert scheme_export(target) == data
    copied = Criterion.objects.for_tenant(target).get(kind=CriterionKind.ATTRIBUTE)
    assert copied.attribute == their_kanal
    assert scheme_for(target).changed_by is None


def test_scheme_export_of_a_tenant_without_a_scheme_is_none(cast):
    assert scheme_export(cast.tenant) is None


def _criteria_of_data(data):
    return [(c["kind"], c["weight"], c["points"], c["missing_points"]) for c in data["criteria"]]


def _fitting_data():
    return {
        "note": "Vorlage",
        "criteria": [
            {"kind": "recommended", "attribute": None, "weight": 70, "points": YES_NO, "missing_points": 0},
            {
                "kind": "case_count",
                "attribute": None,
                "weight": 30,
                "points": CASE_BANDS,
                "missing_points": 50,
            },
        ],
    }


def _with(changes, index=0):
    data = _fitting_data()
    data["criteria"][index] = {**data["criteria"][index], **changes}
    return data


MISFITS = {
    "no-section": None,
    "not-a-mapping": ["recommended"],
    "criteria-not-a-list": {"criteria": "recommended"},
    "no-criteria": {"criteria": []},
    "weights-off": _with({"weight": 60}),
    "unknown-kind": _with({"kind": "beliebtheit"}),
    "unknown-attribute": _with({"kind": "attribute", "attribute": "gibt_es_nicht"}),
    "attribute-of-unscorable-type": _with({"kind": "attribute", "attribute": "bemerkung"}),
    "attribute-key-not-text": _with({"kind": "attribute", "attribute": ["kanal"]}),
    "figure-with-an-attribute": _with({"attribute": "kanal"}),
    "points-not-a-mapping": _with({"points": [100, 0]}),
    "band-as-object": _with({"points": {"bands": [{"0": 0}]}}, index=1),
    "weight-missing": _with({"weight": None}),
    "criterion-not-a-mapping": {"criteria": ["recommended"]},
}


@pytest.mark.parametrize("case", MISFITS, ids=list(MISFITS))
def test_a_template_scheme_that_does_not_fit_falls_back_to_the_default(cast, case):
    attribute(cast.tenant, "text", "bemerkung")
    attribute(cast.tenant, "choice", "kanal")
    scheme_instantiate(cast.tenant, MISFITS[case])
    assert _criteria_rows(cast.tenant) == _default_rows()
    assert scheme_for(cast.tenant).note == ""


def test_a_fitting_template_scheme_is_taken_as_it_is(cast):
    scheme_instantiate(cast.tenant, _fitting_data())
    assert _criteria_rows(cast.tenant) == _criteria_of_data(_fitting_data())
    assert scheme_for(cast.tenant).note == "Vorlage"


def test_a_template_scheme_replaces_an_untouched_default_but_not_a_scheme_a_person_saved(cast):
    scheme_ensure(tenant=cast.tenant)  # e.g. created when a page of the empty register was opened
    scheme_instantiate(cast.tenant, _fitting_data())
    assert _criteria_rows(cast.tenant) == _criteria_of_data(_fitting_data())

    scheme_save(tenant=cast.other_tenant, actor=cast.outsider, specs=[spec("online_assistant", 100)])
    scheme_instantiate(cast.other_tenant, _fitting_data())
    assert _criteria_rows(cast.other_tenant) == [("online_assistant", 100, YES_NO, 50)]


def test_a_template_without_a_scheme_leaves_an_existing_scheme_alone(cast):
    scheme_save(tenant=cast.tenant, actor=None, specs=[spec("online_assistant", 100)])
    scheme_instantiate(cast.tenant, None)
    assert _criteria_rows(cast.tenant) == [("online_assistant", 100, YES_NO, 50)]


def test_criterion_specs_label_what_they_read(cast):
    kanal = attribute(cast.tenant, "choice", "kanal")
    assert spec("case_count", 1).label == "Cases per year"
    assert spec("attribute", 1, {}, attribute=kanal).label == "Kanal"
    assert CriterionSpec(kind="attribute", weight=1, points={}, missing_points=0).label == "Own attribute"
    assert spec("unbekannt", 1).label == "unbekannt"
    rule = spec("attribute", 7, {"online": 1, "vor Ort": 2}, attribute=kanal).as_rule()
    assert (rule.attribute_key, rule.attribute_type, rule.mapping, rule.weight) == (
        "kanal",
        "choice",
        "choices",
        7,
    )
