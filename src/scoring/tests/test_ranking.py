"""The ranked working list, the manual priority and the printable report."""

from decimal import Decimal

import pytest
from django.urls import reverse

from organisation.services import orgunit_create
from register.models import ProcessProfile
from register.services.profiles import profile_priority_set
from register.tests.factories import ProfileFactory
from scoring.choices import CriterionKind
from scoring.engine import Contribution, Result, Rule
from scoring.selectors import rank_of, scheme_for
from scoring.services import scheme_ensure
from scoring.worklist import figures_of, points_text, ranks_of, why_on_top

pytestmark = pytest.mark.django_db

# With the default scheme: 25 recommended, 20 cases, 20 level, 15 assistant, 15 workload, 5 OZG topic.
TOP = {  # 100 points: every criterion at its best
    "recommended": True,
    "online_assistant": True,
    "case_count": 20000,
    "processing_minutes": 60,
    "digitalisation_level": 0,
}
MIDDLE = {  # 25 + 4 + 14 + 0 + 0 + 5 = 48
    "recommended": True,
    "online_assistant": False,
    "case_count": 100,
    "processing_minutes": 20,
    "digitalisation_level": 2,
}
LOW = {  # 0 + 4 + 0 + 0 + 0 + 5 = 9
    "recommended": False,
    "online_assistant": False,
    "case_count": 100,
    "processing_minutes": 20,
    "digitalisation_level": 4,
}


def _url(tenant, name, **kwargs):
    return reverse(f"scoring:{name}", kwargs={"tenant_slug": tenant.slug, **kwargs})


def _make(tenant, number, name, figures, **fields):
    return ProfileFactory(tenant=tenant, number=number, name=name, **{**figures, **fields})


@pytest.fixture
def units(cast):
    order = orgunit_create(tenant=cast.tenant, name="Ordnungsamt", kind="amt", short_code="32")
    main = orgunit_create(tenant=cast.tenant, name="Hauptamt", kind="amt", short_code="10")
    return order, main


@pytest.fixture
def worklist(cast, units):
    """Six processes whose order the default scheme and one manual priority decide."""
    tenant = cast.tenant
    order, main = units
    _make(tenant, "P-0001", "Fundsache melden", LOW, owner_unit=order)
    _make(tenant, "P-0002", "Hund anmelden", TOP, owner_unit=order)
    _make(tenant, "P-0003", "Gewerbe anmelden", MIDDLE, owner_unit=main)
    _make(tenant, "P-0004", "Gaststätte anmelden", MIDDLE, owner_unit=order)  # ties with P-0003
    _make(tenant, "P-0005", "Sitzung vorbereiten", LOW, owner_unit=main)
    _make(tenant, "P-0006", "Haushalt aufstellen", TOP, owner_unit=main, relevant=False)
    scheme_ensure(tenant=tenant)
    low = ProcessProfile.objects.for_tenant(tenant).get(number="P-0005")
    profile_priority_set(tenant=tenant, profile=low, priority=1, reason="Ratsbeschluss vom 3. März")
    return tenant


def _numbers(response):
    return [row.profile.number for row in response.context["rows"]]


def _ranks(response):
    return [row.rank for row in response.context["rows"]]


def test_the_working_list_puts_manual_priority_first_then_score_then_number(cast, worklist):
    response = cast.client_for(cast.viewer).get(_url(worklist, "ranking"))
    assert response.status_code == 200
    # P-0005 by hand; P-0002 100 points; P-0003 and P-0004 48 (number decides); P-0001 9; P-0006 not relevant.
    assert _numbers(response) == ["P-0005", "P-0002", "P-0003", "P-0004", "P-0001"]
    assert _ranks(response) == [1, 2, 3, 4, 5]
    scores = [row.profile.score for row in response.context["rows"]]
    assert scores == [Decimal("9.00"), Decimal("100.00"), Decimal("48.00"), Decimal("48.00"), Decimal("9.00")]


def test_the_row_shows_the_manual_priority_with_its_reason_and_the_score(cast, worklist):
    text = cast.client_for(cast.viewer).get(_url(worklist, "ranking")).content.decode()
    assert "Ratsbeschluss vom 3. März" in text
    assert '<td class="num nowrap">100' in text and '<td class="num nowrap">48' in text
    assert "Hund anmelden" in text and "Haushalt aufstellen" not in text


def test_ranks_on_page_two_continue_where_page_one_ended(cast):
    tenant = cast.tenant
    for index in range(1, 31):
        _make(tenant, f"P-{index:04d}", f"Prozess {index}", MIDDLE)
    scheme_ensure(tenant=tenant)
    client = cast.client_for(cast.viewer)
    response = client.get(_url(tenant, "ranking"), {"per_page": 25, "page": 2})
    assert _ranks(response) == [26, 27, 28, 29, 30]
    assert _numbers(response) == [f"P-{i:04d}" for i in range(26, 31)]


def test_ranks_with_a_filter_are_places_in_the_whole_working_list(cast, worklist, units):
    order, _main = units
    response = cast.client_for(cast.viewer).get(_url(worklist, "ranking"), {"unit": str(order.uuid)})
    # Ordnungsamt: P-0002 (2nd), P-0004 (4th), P-0001 (5th) of the whole list.
    assert _numbers(response) == ["P-0002", "P-0004", "P-0001"]
    assert _ranks(response) == [2, 4, 5]


def test_ranks_with_a_filter_on_page_two_are_still_places_in_the_whole_list(cast, units):
    tenant = cast.tenant
    order, main = units
    for index in range(1, 61):
        unit = order if index % 2 else main
        _make(tenant, f"P-{index:04d}", f"Prozess {index}", MIDDLE, owner_unit=unit)
    scheme_ensure(tenant=tenant)
    response = cast.client_for(cast.viewer).get(
        _url(tenant, "ranking"), {"unit": str(main.uuid), "per_page": 25, "page": 2}
    )
    # Equal scores: the number decides, so the main office's even numbers 52 … 60 hold places 52 … 60.
    assert _numbers(response) == [f"P-{i:04d}" for i in range(52, 61, 2)]
    assert _ranks(response) == list(range(52, 61, 2))


def test_a_search_keeps_the_working_list_order_and_places(cast, worklist):
    response = cast.client_for(cast.viewer).get(_url(worklist, "ranking"), {"q": "anmelden"})
    assert _numbers(response) == ["P-0002", "P-0003", "P-0004"]
    assert _ranks(response) == [2, 3, 4]


def test_an_invalid_filter_shows_its_message_and_no_rows(cast, worklist):
    response = cast.client_for(cast.viewer).get(_url(worklist, "ranking"), {"unit": "not-a-unit"})
    assert response.status_code == 200
    assert response.context["rows"] == []
    assert "error-summary" in response.content.decode()


def test_ranks_of_agrees_with_rank_of_for_every_kind_of_row(cast, worklist):
    tenant = worklist
    # Rows without a score and ties on priority make every branch of the order count.
    nameless = _make(tenant, "P-0007", "Ohne Score", MIDDLE)
    ProcessProfile.objects.for_tenant(tenant).filter(pk=nameless.pk).update(score=None)
    second = ProcessProfile.objects.for_tenant(tenant).get(number="P-0001")
    profile_priority_set(tenant=tenant, profile=second, priority=1, reason="Frist")
    profiles = list(ProcessProfile.objects.for_tenant(tenant))
    ranks = ranks_of(tenant, [p.pk for p in profiles])
    assert ranks == {p.pk: rank_of(tenant, p) for p in profiles if p.relevant}
    assert sorted(ranks.values()) == list(range(1, 7))
    assert ranks_of(tenant, []) == {}


def test_the_why_names_the_criteria_with_the_largest_shares(cast, worklist):
    response = cast.client_for(cast.viewer).get(_url(worklist, "ranking"))
    rows = {row.profile.number: row for row in response.context["rows"]}
    why = rows["P-0002"].why
    assert len(why) == 3
    labels = {c.rule.kind: c.rule.label for c in rows["P-0002"].result.contributions}
    assert why[0] == f"{labels[CriterionKind.RECOMMENDED]} (+25)"
    assert why[1] in (
        f"{labels[CriterionKind.CASE_COUNT]}: 20.000 (+20)",
        f"{labels[CriterionKind.DIGITALISATION_LEVEL]} 0 (+20)",
    )
    text = response.content.decode()
    assert f"{labels[CriterionKind.RECOMMENDED]} (+25) · " in text
    assert 'id="calc-' in text  # the full calculation per row


def _rule(kind, label, weight=20):
    return Rule(kind=kind, label=label, weight=weight, points={}, missing_points=50)


def test_why_on_top_leaves_out_missing_figures_and_criteria_without_points():
    level = _rule(CriterionKind.DIGITALISATION_LEVEL, "Digitalisierungsgrad")
    cases = _rule(CriterionKind.CASE_COUNT, "Fallzahl")
    assistant = _rule(CriterionKind.ONLINE_ASSISTANT, "Online-Assistent")
    recommended = _rule(CriterionKind.RECOMMENDED, "Empfohlen")
    result = Result(
        score=Decimal("53"),
        contributions=[
            Contribution(level, 1, 90, Decimal("18.00")),
            Contribution(cases, None, 50, Decimal("10.00"), missing=True),
            Contribution(assistant, False, 0, Decimal("0.00")),
            Contribution(recommended, True, 100, Decimal("25.00")),
        ],
    )
    assert why_on_top(result) == ["Empfohlen (+25)", "Digitalisierungsgrad 1 (+18)"]
    assert why_on_top(result, limit=1) == ["Empfohlen (+25)"]
    assert why_on_top(None) == []


def test_the_list_page_runs_a_fixed_number_of_queries(cast, units, django_assert_max_num_queries):
    tenant = cast.tenant
    order, main = units
    for index in range(1, 71):
        _make(tenant, f"P-{index:04d}", f"Prozess {index}", MIDDLE, owner_unit=order if index % 3 else main)
    scheme_ensure(tenant=tenant)
    client = cast.client_for(cast.modeller)
    client.get(_url(tenant, "ranking"))  # session and caches warm
    with django_assert_max_num_queries(12):
        response = client.get(_url(tenant, "ranking"), {"per_page": 50})
    assert len(response.context["rows"]) == 50
    with django_assert_max_num_queries(14):
        response = client.get(
            _url(tenant, "ranking"), {"per_page": 50, "unit": str(order.uuid), "q": "Prozess"}
        )
    assert len(response.context["rows"]) == 47


def test_htmx_gets_only_the_results(cast, worklist):
    response = cast.client_for(cast.viewer).get(_url(worklist, "ranking"), headers={"HX-Request": "true"})
    text = response.content.decode()
    assert text.startswith('<div id="ranking-results">')
    assert "<html" not in text


def test_viewers_see_no_priority_links_and_modellers_do(cast, worklist):
    viewer = cast.client_for(cast.viewer).get(_url(worklist, "ranking")).content.decode()
    modeller = (
        cast.client_for(cast.modeller).get(_url(worklist, "ranking"), {"q": "anmelden"}).content.decode()
    )
    assert "/prioritaet/" not in viewer
    profile = ProcessProfile.objects.for_tenant(worklist).get(number="P-0002")
    link = _url(worklist, "priority_edit", uuid=profile.uuid)
    assert f'href="{link}?next=%3Fq%3Danmelden"' in modeller


def test_the_list_links_the_exports_with_its_filter(cast, worklist, units):
    order, _main = units
    text = (
        cast.client_for(cast.viewer)
        .get(_url(worklist, "ranking"), {"unit": str(order.uuid), "page": 1})
        .content.decode()
    )
    export = _url(worklist, "ranking_export")
    assert f"{export}?unit={order.uuid}&amp;format=xlsx" in text
    assert f"{export}?unit={order.uuid}&amp;format=csv" in text


# Manual priority


def _profile(tenant, number):
    return ProcessProfile.objects.for_tenant(tenant).get(number=number)


def test_the_priority_form_shows_the_current_priority(cast, worklist):
    profile = _profile(worklist, "P-0005")
    response = cast.client_for(cast.modeller).get(_url(worklist, "priority_edit", uuid=profile.uuid))
    assert response.status_code == 200
    assert response.context["form"].initial == {
        "manual_priority": 1,
        "priority_reason": "Ratsbeschluss vom 3. März",
    }
    assert response.context["rank"] == 1


def test_a_modeller_sets_a_priority_and_the_process_goes_on_top(cast, worklist):
    profile = _profile(worklist, "P-0001")
    client = cast.client_for(cast.modeller)
    response = client.post(
        _url(worklist, "priority_edit", uuid=profile.uuid),
        {"manual_priority": "1", "priority_reason": " Frist laut Gesetz ", "next": "?q=melden&page=1"},
    )
    assert response.status_code == 302
    assert response["Location"] == _url(worklist, "ranking") + "?q=melden&page=1"
    profile.refresh_from_db()
    assert (profile.manual_priority, profile.priority_reason) == (1, "Frist laut Gesetz")
    # Same priority as P-0005: the score decides between them (9 each), then the number.
    assert _numbers(client.get(_url(worklist, "ranking")))[:2] == ["P-0001", "P-0005"]


def test_a_priority_without_a_reason_is_refused_and_nothing_is_saved(cast, worklist):
    profile = _profile(worklist, "P-0002")
    response = cast.client_for(cast.modeller).post(
        _url(worklist, "priority_edit", uuid=profile.uuid), {"manual_priority": "3", "priority_reason": "  "}
    )
    assert response.status_code == 400
    assert response.context["form"].errors["priority_reason"]
    profile.refresh_from_db()
    assert (profile.manual_priority, profile.priority_reason) == (None, "")


@pytest.mark.parametrize("value", ["0", "1000", "-1", "zwei", "1.5"])
def test_a_priority_out_of_range_or_not_a_number_is_refused(cast, worklist, value):
    profile = _profile(worklist, "P-0005")
    response = cast.client_for(cast.modeller).post(
        _url(worklist, "priority_edit", uuid=profile.uuid),
        {"manual_priority": value, "priority_reason": "Neu"},
    )
    assert response.status_code == 400
    assert response.context["form"].errors["manual_priority"]
    profile.refresh_from_db()
    assert (profile.manual_priority, profile.priority_reason) == (1, "Ratsbeschluss vom 3. März")


def test_a_reason_that_is_too_long_is_refused(cast, worklist):
    profile = _profile(worklist, "P-0002")
    response = cast.client_for(cast.modeller).post(
        _url(worklist, "priority_edit", uuid=profile.uuid),
        {"manual_priority": "2", "priority_reason": "x" * 501},
    )
    assert response.status_code == 400
    profile.refresh_from_db()
    assert profile.manual_priority is None


def test_removing_the_priority_clears_the_reason(cast, worklist):
    profile = _profile(worklist, "P-0005")
    client = cast.client_for(cast.modeller)
    response = client.post(
        _url(worklist, "priority_edit", uuid=profile.uuid),
        {"manual_priority": "", "priority_reason": "bleibt nicht"},
    )
    assert response.status_code == 302
    assert response["Location"] == _url(worklist, "ranking")
    profile.refresh_from_db()
    assert (profile.manual_priority, profile.priority_reason) == (None, "")
    assert _numbers(client.get(_url(worklist, "ranking")))[0] == "P-0002"


@pytest.mark.parametrize("back", ["https://example.org/", "//example.org", "/t/other/"])
def test_the_return_address_must_be_a_query_of_the_list(cast, worklist, back):
    profile = _profile(worklist, "P-0002")
    response = cast.client_for(cast.modeller).post(
        _url(worklist, "priority_edit", uuid=profile.uuid),
        {"manual_priority": "2", "priority_reason": "Dringend", "next": back},
    )
    assert response["Location"] == _url(worklist, "ranking")


def test_another_tenants_profile_is_not_found(cast, worklist):
    stranger = ProfileFactory(tenant=cast.other_tenant)
    response = cast.client_for(cast.modeller).post(
        _url(worklist, "priority_edit", uuid=stranger.uuid), {"manual_priority": "1", "priority_reason": "x"}
    )
    assert response.status_code == 404
    stranger.refresh_from_db()
    assert stranger.manual_priority is None


# Report


def test_the_report_lists_the_top_processes_with_method_and_missing_figures(cast, worklist):
    ProfileFactory(tenant=worklist, number="P-0100", name="Ohne Fallzahl", case_count=None)
    scheme = scheme_for(worklist)
    scheme.note = "Beschlossen im Hauptausschuss."
    scheme.save()
    response = cast.client_for(cast.viewer).get(_url(worklist, "ranking_report"))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Teststadt" in text
    rows = response.context["rows"]
    assert [row["profile"].number for row in rows][:5] == ["P-0005", "P-0002", "P-0003", "P-0004", "P-0001"]
    assert [row["rank"] for row in rows] == list(range(1, len(rows) + 1))
    assert "Ratsbeschluss vom 3. März" in text
    assert "Beschlossen im Hauptausschuss." in text
    assert "25 %" in text and "15 %" in text  # weights of the method note
    assert response.context["figures"].missing == 1
    assert response.context["figures"].relevant == 6


@pytest.mark.parametrize(("top", "expected"), [("", 20), ("10", 10), ("100", 100), (" 30 ", 30)])
def test_the_report_shows_as_many_processes_as_asked(cast, top, expected):
    for index in range(1, 121):
        _make(cast.tenant, f"P-{index:04d}", f"Prozess {index}", MIDDLE)
    scheme_ensure(tenant=cast.tenant)
    response = cast.client_for(cast.viewer).get(_url(cast.tenant, "ranking_report"), {"top": top})
    assert response.status_code == 200
    assert len(response.context["rows"]) == expected


@pytest.mark.parametrize("top", ["9", "101", "0", "-5", "zwanzig", "1e3"])
def test_the_report_refuses_a_number_of_processes_out_of_bounds(cast, worklist, top):
    response = cast.client_for(cast.viewer).get(_url(worklist, "ranking_report"), {"top": top})
    assert response.status_code == 400
    assert "rows" not in response.context
    assert 'role="alert"' in response.content.decode()


def test_the_report_runs_a_fixed_number_of_queries(cast, django_assert_max_num_queries):
    for index in range(1, 121):
        _make(cast.tenant, f"P-{index:04d}", f"Prozess {index}", MIDDLE)
    scheme_ensure(tenant=cast.tenant)
    client = cast.client_for(cast.viewer)
    client.get(_url(cast.tenant, "ranking_report"))
    with django_assert_max_num_queries(9):
        response = client.get(_url(cast.tenant, "ranking_report"), {"top": 100})
    assert len(response.context["rows"]) == 100


def test_the_report_without_a_scheme_says_so(cast):
    response = cast.client_for(cast.viewer).get(_url(cast.tenant, "ranking_report"))
    assert response.status_code == 200
    assert response.context["rows"] == []
    assert response.context["method"] == []


def test_points_text_describes_every_mapping():
    def rule(kind, points):
        return Rule(kind=kind, label="x", weight=10, points=points, missing_points=50)

    bands = points_text(rule(CriterionKind.ANNUAL_WORKLOAD, {"bands": [[0, 0], [1000, 75]]}))
    assert len(bands) == 2
    assert "1.000" in bands[1] and "75" in bands[1]  # German grouping
    levels = points_text(rule(CriterionKind.DIGITALISATION_LEVEL, {"0": 100, "4": 0}))
    assert len(levels) == 2 and levels[0].startswith("0 –") and "100" in levels[0]
    yes_no = points_text(rule(CriterionKind.RECOMMENDED, {"yes": 100, "no": 0}))
    assert len(yes_no) == 2 and "100" in yes_no[0] and "0" in yes_no[1]
    choices = points_text(
        Rule(
            kind=CriterionKind.ATTRIBUTE,
            label="Kanal",
            weight=10,
            points={"online": 80, "vor Ort": 20},
            missing_points=50,
            attribute_key="kanal",
            attribute_type="choice",
        )
    )
    assert [line.split(":")[0] for line in choices] == ["online", "vor Ort"]


def test_figures_count_relevant_processes_without_a_figure(cast):
    ProfileFactory(tenant=cast.tenant, case_count=None)
    ProfileFactory(tenant=cast.tenant, digitalisation_level=None)
    ProfileFactory(tenant=cast.tenant)
    ProfileFactory(tenant=cast.tenant, processing_minutes=None, relevant=False)
    figures = figures_of(cast.tenant)
    assert (figures.relevant, figures.missing) == (3, 2)
