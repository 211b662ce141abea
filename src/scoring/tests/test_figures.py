"""Kennzahlen erheben: the grid page, saving one cell, saving the whole page without JavaScript."""

import json

import pytest
from django.urls import reverse

from organisation.tests.factories import OrgUnitFactory
from register.tests.factories import ProfileFactory
from scoring.forms_figures import FigureError, display_figure, parse_figure
from scoring.services import scheme_ensure
from scoring.templatetags.scoring import score

pytestmark = pytest.mark.django_db


@pytest.fixture
def grid(cast):
    """Two units with three relevant profiles (one without figures) and one profile marked not relevant."""
    tenant = cast.tenant
    office = OrgUnitFactory(tenant=tenant, name="Ordnungsamt")
    registry = OrgUnitFactory(tenant=tenant, name="Standesamt")
    profiles = {
        "dogs": ProfileFactory(
            tenant=tenant, number="P-0001", name="Hund anmelden", owner_unit=office, case_count=1200
        ),
        "trade": ProfileFactory(
            tenant=tenant, number="P-0002", name="Gewerbe anmelden", owner_unit=office, digitalisation_level=4
        ),
        "birth": ProfileFactory(
            tenant=tenant,
            number="P-0003",
            name="Geburt beurkunden",
            owner_unit=registry,
            case_count=None,
            processing_minutes=None,
            digitalisation_level=None,
        ),
        "archive": ProfileFactory(
            tenant=tenant, number="P-0004", name="Akten archivieren", owner_unit=registry, relevant=False
        ),
    }
    scheme_ensure(tenant=tenant)  # the default scheme scores every profile
    for profile in profiles.values():
        profile.refresh_from_db()
    return profiles


def grid_url(cast, query=""):
    return reverse("scoring:figures", args=[cast.tenant.slug]) + query


def cell_url(cast, profile):
    return reverse("scoring:figures_cell", args=[cast.tenant.slug, profile.uuid])


def figures_of(profile):
    profile.refresh_from_db()
    return (profile.case_count, profile.processing_minutes, profile.digitalisation_level, profile.relevant)


def row_data(profile, **values):
    """The no-JavaScript form's fields of one row (relevant ticked unless ``relevant=None``)."""
    key = str(profile.uuid)
    data = {
        f"{key}:case_count": display_figure("case_count", profile.case_count),
        f"{key}:processing_minutes": display_figure("processing_minutes", profile.processing_minutes),
        f"{key}:digitalisation_level": display_figure("digitalisation_level", profile.digitalisation_level),
        f"{key}:relevant": "yes",
    }
    for name, value in values.items():
        if value is None:
            data.pop(f"{key}:{name}")
        else:
            data[f"{key}:{name}"] = value
    return data


def post_grid(client, url, rows):
    data = {"row": [str(profile.uuid) for profile, _values in rows]}
    for profile, values in rows:
        data.update(row_data(profile, **values))
    return client.post(url, data)


# --- reading what users type --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1.200", 1200), ("1200", 1200), ("1 200", 1200), (" 12.000.000 ", 12_000_000), ("0", 0), ("", None)],
)
def test_german_numbers_are_read_with_thousands_separators(text, expected):
    assert parse_figure("case_count", text) == expected


@pytest.mark.parametrize("text", ["abc", "1,5", "12.5", "1.2.3", "1e5", "9" * 40])
def test_text_that_is_no_whole_number_is_refused(text):
    with pytest.raises(FigureError):
        parse_figure("processing_minutes", text)


def test_levels_and_relevance_are_read_from_the_select_and_the_checkbox():
    assert parse_figure("digitalisation_level", "") is None
    assert parse_figure("digitalisation_level", "0") == 0
    assert parse_figure("relevant", "yes") is True
    assert parse_figure("relevant", "") is False
    for name, text in [("digitalisation_level", "5"), ("digitalisation_level", "-1"), ("relevant", "maybe")]:
        with pytest.raises(FigureError):
            parse_figure(name, text)


def test_stored_figures_are_shown_in_german():
    assert display_figure("case_count", 1_234_567) == "1.234.567"
    assert display_figure("processing_minutes", None) == ""
    assert display_figure("digitalisation_level", 0) == "0"


# --- the page -----------------------------------------------------------------------------------------


def test_the_grid_lists_the_relevant_profiles_with_labelled_cells_and_progress(cast, grid):
    response = cast.client_for(cast.modeller).get(grid_url(cast))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hund anmelden" in html and "Geburt beurkunden" in html
    assert "Akten archivieren" not in html  # not relevant: only when asked for
    dogs = grid["dogs"].uuid
    assert f'name="{dogs}:case_count" value="1.200"' in html
    assert f'<label for="fig-{dogs}-case_count" class="visually-hidden">' in html
    assert '<option value="2" selected>' in html
    assert '<th scope="col"' in html and "<caption>" in html
    progress = response.context["progress_total"]
    assert (progress.recorded, progress.total) == (2, 3)  # the third has no figures yet
    assert sorted((u.label, u.recorded, u.total) for u in response.context["progress_units"]) == [
        ("Ordnungsamt", 2, 2),
        ("Standesamt", 0, 1),
    ]


def test_the_filter_not_yet_collected_lists_only_profiles_missing_a_figure(cast, grid):
    response = cast.client_for(cast.modeller).get(grid_url(cast, "?recorded=no"))
    assert [row.profile.number for row in response.context["rows"]] == ["P-0003"]
    recorded = cast.client_for(cast.modeller).get(grid_url(cast, "?recorded=yes"))
    assert [row.profile.number for row in recorded.context["rows"]] == ["P-0001", "P-0002"]


def test_profiles_marked_not_relevant_are_listed_when_asked_for(cast, grid):
    response = cast.client_for(cast.modeller).get(grid_url(cast, "?relevant=all"))
    numbers = [row.profile.number for row in response.context["rows"]]
    assert numbers == ["P-0001", "P-0002", "P-0003", "P-0004"]
    assert "not-relevant" in response.content.decode()


def test_the_grid_filters_by_text_and_unit_like_the_register(cast, grid):
    client = cast.client_for(cast.modeller)
    response = client.get(grid_url(cast, "?q=Gewerbe"))
    assert [row.profile.number for row in response.context["rows"]] == ["P-0002"]
    unit = grid["birth"].owner_unit
    response = client.get(grid_url(cast, f"?unit={unit.uuid}&relevant=all"))
    assert [row.profile.number for row in response.context["rows"]] == ["P-0003", "P-0004"]


def test_a_page_of_fifty_rows_runs_a_fixed_number_of_queries(cast, django_assert_max_num_queries):
    units = [OrgUnitFactory(tenant=cast.tenant) for _ in range(5)]
    for index in range(60):
        ProfileFactory(tenant=cast.tenant, owner_unit=units[index % 5], case_count=index or None)
    scheme_ensure(tenant=cast.tenant)
    client = cast.client_for(cast.modeller)
    client.get(grid_url(cast))  # warm the session
    with django_assert_max_num_queries(11):
        response = client.get(grid_url(cast, "?per_page=50&recorded=no&relevant=all"))
    assert response.status_code == 200
    with django_assert_max_num_queries(11):
        response = client.get(grid_url(cast, "?per_page=50"))
    assert len(response.context["rows"]) == 50


def test_reviewers_and_viewers_may_not_record_figures(cast, grid):
    for user in (cast.reviewer, cast.viewer):
        client = cast.client_for(user)
        assert client.get(grid_url(cast)).status_code == 403
        response = client.post(cell_url(cast, grid["dogs"]), {"field": "case_count", "value": "5"})
        assert response.status_code == 403
    assert figures_of(grid["dogs"])[0] == 1200


# --- saving one cell (JavaScript) -----------------------------------------------------------------------


def test_a_cell_save_stores_the_value_and_recomputes_the_score(cast, grid):
    trade = grid["trade"]
    before = trade.score
    response = cast.client_for(cast.modeller).post(
        cell_url(cast, trade), {"field": "digitalisation_level", "value": "0"}
    )
    assert response.status_code == 200
    data = json.loads(response.content)
    trade.refresh_from_db()
    assert trade.digitalisation_level == 0
    assert trade.score > before  # a lower level leaves more potential: more points
    assert data["ok"] is True
    assert data["value"] == "0"
    assert data["score"] == score(trade.score)
    assert "data-figures-progress" in data["progress"]


def test_a_german_number_is_stored_and_answered_as_shown(cast, grid):
    birth = grid["birth"]
    response = cast.client_for(cast.modeller).post(
        cell_url(cast, birth), {"field": "case_count", "value": " 12 500 "}
    )
    assert response.status_code == 200
    assert json.loads(response.content)["value"] == "12.500"
    assert figures_of(birth)[0] == 12500


def test_an_empty_cell_means_not_collected(cast, grid):
    dogs = grid["dogs"]
    response = cast.client_for(cast.modeller).post(cell_url(cast, dogs), {"field": "case_count", "value": ""})
    assert response.status_code == 200
    assert figures_of(dogs)[0] is None


def test_recording_the_last_missing_figures_updates_the_progress(cast, grid):
    birth, client = grid["birth"], cast.client_for(cast.modeller)
    client.post(cell_url(cast, birth), {"field": "case_count", "value": "40"})
    client.post(cell_url(cast, birth), {"field": "processing_minutes", "value": "30"})
    response = client.post(cell_url(cast, birth), {"field": "digitalisation_level", "value": "1"})
    progress = json.loads(response.content)["progress"]
    assert "3 of 3" in progress or "3 von 3" in progress


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("case_count", "-5"),
        ("case_count", "99.999.999.999"),
        ("case_count", "viele"),
        ("case_count", "1,5"),
        ("processing_minutes", "0"),
        ("processing_minutes", "-1"),
        ("processing_minutes", "1.000.000"),
        ("digitalisation_level", "7"),
        ("relevant", "vielleicht"),
    ],
)
def test_a_bad_value_answers_400_with_a_message_and_changes_nothing(cast, grid, name, value):
    dogs = grid["dogs"]
    before, score = figures_of(dogs), dogs.score
    response = cast.client_for(cast.modeller).post(cell_url(cast, dogs), {"field": name, "value": value})
    assert response.status_code == 400
    data = json.loads(response.content)
    assert data["ok"] is False and data["field"] == name and data["message"]
    assert figures_of(dogs) == before
    assert dogs.score == score


def test_a_cell_post_without_data_or_with_an_unknown_field_answers_400(cast, grid):
    client = cast.client_for(cast.modeller)
    assert client.post(cell_url(cast, grid["dogs"]), {}).status_code == 400
    response = client.post(cell_url(cast, grid["dogs"]), {"field": "score", "value": "100"})
    assert response.status_code == 400
    assert figures_of(grid["dogs"])[0] == 1200


def test_another_tenants_profile_is_not_found(cast, grid):
    foreign = ProfileFactory(tenant=cast.other_tenant, case_count=7)
    url = reverse("scoring:figures_cell", args=[cast.tenant.slug, foreign.uuid])
    response = cast.client_for(cast.modeller).post(url, {"field": "case_count", "value": "9"})
    assert response.status_code == 404
    assert figures_of(foreign)[0] == 7


def test_unticking_relevant_takes_the_profile_out_of_the_progress(cast, grid):
    birth = grid["birth"]
    response = cast.client_for(cast.modeller).post(
        cell_url(cast, birth), {"field": "relevant", "value": "no"}
    )
    data = json.loads(response.content)
    assert data["relevant"] is False and data["value"] == "no"
    assert figures_of(birth)[3] is False
    assert "2 of 2" in data["progress"] or "2 von 2" in data["progress"]
    response = cast.client_for(cast.modeller).post(
        cell_url(cast, birth), {"field": "relevant", "value": "yes"}
    )
    assert figures_of(birth)[3] is True


def test_a_cell_save_runs_a_fixed_number_of_queries(cast, grid, django_assert_max_num_queries):
    client = cast.client_for(cast.modeller)
    client.post(cell_url(cast, grid["dogs"]), {"field": "case_count", "value": "1.300"})  # warm the session
    with django_assert_max_num_queries(16):
        response = client.post(cell_url(cast, grid["dogs"]), {"field": "case_count", "value": "1.400"})
    assert response.status_code == 200


# --- saving the whole page (no JavaScript) -------------------------------------------------------------


def test_the_whole_page_is_saved_and_the_user_sent_back_to_it(cast, grid):
    dogs, birth = grid["dogs"], grid["birth"]
    response = post_grid(
        cast.client_for(cast.modeller),
        grid_url(cast, "?recorded=no"),
        [
            (dogs, {"case_count": "2.000"}),
            (birth, {"case_count": "80", "processing_minutes": "15", "digitalisation_level": "3"}),
        ],
    )
    assert response.status_code == 302
    assert response["Location"] == grid_url(cast, "?recorded=no")
    assert figures_of(dogs)[0] == 2000
    assert figures_of(birth) == (80, 15, 3, True)
    followed = cast.client_for(cast.modeller).get(response["Location"])
    assert followed.status_code == 200


def test_an_unticked_checkbox_in_the_page_form_marks_the_profile_not_relevant(cast, grid):
    response = post_grid(
        cast.client_for(cast.modeller), grid_url(cast), [(grid["trade"], {"relevant": None})]
    )
    assert response.status_code == 302
    assert figures_of(grid["trade"])[3] is False


def test_one_unreadable_value_in_the_page_form_saves_nothing(cast, grid):
    dogs, birth = grid["dogs"], grid["birth"]
    before = {key: figures_of(profile) for key, profile in grid.items()}
    response = post_grid(
        cast.client_for(cast.modeller),
        grid_url(cast),
        [(dogs, {"case_count": "3.000"}), (birth, {"processing_minutes": "zehn"})],
    )
    assert response.status_code == 400
    assert {key: figures_of(profile) for key, profile in grid.items()} == before
    html = response.content.decode()
    cell = f"fig-{birth.uuid}-processing_minutes"
    assert f'aria-invalid="true" aria-describedby="{cell}-msg"' in html
    assert f'id="{cell}-msg"' in html
    assert 'value="zehn"' in html and 'value="3.000"' in html  # what was typed stays
    assert f'href="#{cell}"' in html  # the summary leads to the cell


def test_an_implausible_value_in_the_page_form_saves_nothing(cast, grid):
    dogs, trade = grid["dogs"], grid["trade"]
    before = {key: figures_of(profile) for key, profile in grid.items()}
    response = post_grid(
        cast.client_for(cast.modeller),
        grid_url(cast),
        [(dogs, {"case_count": "-3"}), (trade, {"digitalisation_level": "0"})],
    )
    assert response.status_code == 400
    assert {key: figures_of(profile) for key, profile in grid.items()} == before
    html = response.content.decode()
    assert f'id="fig-{dogs.uuid}-case_count" name="{dogs.uuid}:case_count" value="-3"' in html
    assert f'aria-describedby="fig-{dogs.uuid}-case_count-msg"' in html


def test_an_empty_page_form_answers_400(cast, grid):
    response = cast.client_for(cast.modeller).post(grid_url(cast), {})
    assert response.status_code == 400
    assert response.context["problems"]


def test_a_page_form_with_another_tenants_profile_saves_nothing(cast, grid):
    foreign = ProfileFactory(tenant=cast.other_tenant, case_count=7)
    response = post_grid(
        cast.client_for(cast.modeller),
        grid_url(cast),
        [(grid["dogs"], {"case_count": "5"}), (foreign, {"case_count": "9"})],
    )
    assert response.status_code == 400
    assert figures_of(grid["dogs"])[0] == 1200
    assert figures_of(foreign)[0] == 7
