"""Views of the register: list (filters, sorting, columns, pages, htmx), detail, edit, relevance, bulk."""

import datetime

import pytest
from django.contrib import messages
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from catalogues.choices import CatalogKind
from catalogues.models import Catalog, CatalogEntry
from organisation.tests.factories import OrgUnitFactory, PositionFactory
from register.choices import AttributeType, OzgTopic, ProcessType, ReleaseStatus
from register.models import CatalogLink, ProcessProfile
from register.tables import STANDARD_COLUMNS
from register.tests.factories import AttributeDefinitionFactory, FolderFactory, ProfileFactory

LIST = reverse("register:profile_list", args=["teststadt"])
BULK = reverse("register:profile_bulk_edit", args=["teststadt"])


def _detail(profile):
    return reverse("register:profile_detail", args=["teststadt", profile.uuid])


def _edit(profile):
    return reverse("register:profile_edit", args=["teststadt", profile.uuid])


def _names(response):
    assert response.status_code == 200
    return {p.name for p in response.context["page"].object_list}


def _list(cast, **params):
    return cast.client_for(cast.viewer).get(LIST, {"per_page": 200, **params})


# --- Filters ----------------------------------------------------------------------------------------


def test_the_folder_filter_includes_sub_folders(cast):
    root = FolderFactory(tenant=cast.tenant)
    child = FolderFactory(tenant=cast.tenant, parent=root)
    grandchild = FolderFactory(tenant=cast.tenant, parent=child)
    other = FolderFactory(tenant=cast.tenant)
    ProfileFactory(tenant=cast.tenant, name="in root", folder=root)
    ProfileFactory(tenant=cast.tenant, name="in child", folder=child)
    ProfileFactory(tenant=cast.tenant, name="in grandchild", folder=grandchild)
    ProfileFactory(tenant=cast.tenant, name="elsewhere", folder=other)
    ProfileFactory(tenant=cast.tenant, name="no folder")
    assert _names(_list(cast, folder=root.uuid)) == {"in root", "in child", "in grandchild"}
    assert _names(_list(cast, folder=child.uuid)) == {"in child", "in grandchild"}
    assert _names(_list(cast, folder=other.uuid)) == {"elsewhere"}
    assert len(_names(_list(cast, folder=""))) == 5


def test_the_unit_filter_includes_sub_units_and_participating_units(cast):
    root = OrgUnitFactory(tenant=cast.tenant)
    child = OrgUnitFactory(tenant=cast.tenant, parent=root)
    other = OrgUnitFactory(tenant=cast.tenant)
    ProfileFactory(tenant=cast.tenant, name="owned by root", owner_unit=root)
    ProfileFactory(tenant=cast.tenant, name="owned by child", owner_unit=child)
    participated = ProfileFactory(tenant=cast.tenant, name="child takes part", owner_unit=other)
    participated.participating_units.add(child)
    both = ProfileFactory(tenant=cast.tenant, name="both", owner_unit=root)
    both.participating_units.add(root, child)
    ProfileFactory(tenant=cast.tenant, name="elsewhere", owner_unit=other)
    assert _names(_list(cast, unit=root.uuid)) == {
        "owned by root",
        "owned by child",
        "child takes part",
        "both",
    }
    assert _names(_list(cast, unit=child.uuid)) == {"owned by child", "child takes part", "both"}
    assert _names(_list(cast, unit=other.uuid)) == {"child takes part", "elsewhere"}
    assert response_count(_list(cast, unit=root.uuid)) == 4  # no duplicates from the joins


def test_the_unit_and_folder_choices_read_as_an_indented_tree(cast):
    office = OrgUnitFactory(tenant=cast.tenant, name="Ordnungsamt", short_code="32")
    OrgUnitFactory(tenant=cast.tenant, name="Gewerbe <&>", short_code="32.1", parent=office)
    parent = FolderFactory(tenant=cast.tenant, name="Bürgerdienste")
    FolderFactory(tenant=cast.tenant, name="Meldewesen", parent=parent)
    OrgUnitFactory(tenant=cast.other_tenant, name="Fremdamt")
    html = cast.client_for(cast.viewer).get(LIST).content.decode()
    unit_select = html[html.index('name="unit"') : html.index("</select>", html.index('name="unit"'))]
    assert '<option value="" selected>' in unit_select
    assert f'<option value="{office.uuid}">32 Ordnungsamt</option>' in unit_select
    assert "\u200332.1 Gewerbe &lt;&amp;&gt;</option>" in unit_select
    assert "Fremdamt" not in html
    assert "\u2003Meldewesen</option>" in html


def response_count(response):
    return response.context["page"].paginator.count


def test_the_process_type_and_ozg_topic_filters(cast):
    ProfileFactory(
        tenant=cast.tenant, name="core business", process_type=ProcessType.CORE, ozg_topic=OzgTopic.BUSINESS
    )
    ProfileFactory(
        tenant=cast.tenant, name="support tax", process_type=ProcessType.SUPPORT, ozg_topic=OzgTopic.TAXES
    )
    ProfileFactory(
        tenant=cast.tenant, name="lead family", process_type=ProcessType.LEADERSHIP, ozg_topic=OzgTopic.FAMILY
    )
    assert _names(_list(cast, process_type=ProcessType.SUPPORT)) == {"support tax"}
    assert _names(_list(cast, process_type=[ProcessType.SUPPORT, ProcessType.CORE])) == {
        "support tax",
        "core business",
    }
    assert _names(_list(cast, ozg_topic=OzgTopic.FAMILY)) == {"lead family"}
    assert _names(
        _list(cast, ozg_topic=[OzgTopic.FAMILY, OzgTopic.TAXES], process_type=ProcessType.SUPPORT)
    ) == {"support tax"}


def test_the_relevance_filter_hides_not_relevant_profiles_by_default(cast):
    ProfileFactory(tenant=cast.tenant, name="relevant")
    ProfileFactory(tenant=cast.tenant, name="not relevant", relevant=False)
    assert _names(cast.client_for(cast.viewer).get(LIST)) == {"relevant"}
    assert _names(_list(cast)) == {"relevant"}
    assert _names(_list(cast, relevant="")) == {"relevant"}
    assert _names(_list(cast, relevant="no")) == {"not relevant"}
    assert _names(_list(cast, relevant="all")) == {"relevant", "not relevant"}


def test_the_online_assistant_and_recommended_filters(cast):
    ProfileFactory(tenant=cast.tenant, name="assistant", online_assistant=True)
    ProfileFactory(tenant=cast.tenant, name="recommended", recommended=True)
    ProfileFactory(tenant=cast.tenant, name="neither")
    assert _names(_list(cast, online_assistant="yes")) == {"assistant"}
    assert _names(_list(cast, online_assistant="no")) == {"recommended", "neither"}
    assert _names(_list(cast, recommended="yes")) == {"recommended"}
    assert _names(_list(cast, recommended="no")) == {"assistant", "neither"}
    assert _names(_list(cast, recommended="yes", online_assistant="yes")) == set()


def test_the_digitalisation_filter_tells_level_zero_from_not_collected(cast):
    ProfileFactory(tenant=cast.tenant, name="level 0", digitalisation_level=0)
    ProfileFactory(tenant=cast.tenant, name="level 3", digitalisation_level=3)
    ProfileFactory(tenant=cast.tenant, name="not collected", digitalisation_level=None)
    assert _names(_list(cast, digitalisation_level="0")) == {"level 0"}
    assert _names(_list(cast, digitalisation_level="none")) == {"not collected"}
    assert _names(_list(cast, digitalisation_level=["3", "none"])) == {"level 3", "not collected"}
    assert len(_names(_list(cast, digitalisation_level=[]))) == 3


def test_the_release_status_filter(cast):
    ProfileFactory(tenant=cast.tenant, name="planned", release_status=ReleaseStatus.PLANNED)
    ProfileFactory(tenant=cast.tenant, name="gold", release_status=ReleaseStatus.RELEASED_GOLD)
    ProfileFactory(tenant=cast.tenant, name="silver", release_status=ReleaseStatus.RELEASED_SILVER)
    assert _names(_list(cast, release_status=ReleaseStatus.RELEASED_GOLD)) == {"gold"}
    assert _names(_list(cast, release_status=[5, 6])) == {"gold", "silver"}


def test_filters_combine_with_the_search(cast):
    folder = FolderFactory(tenant=cast.tenant)
    ProfileFactory(tenant=cast.tenant, name="Hund anmelden", folder=folder)
    ProfileFactory(tenant=cast.tenant, name="Hund abmelden")
    ProfileFactory(tenant=cast.tenant, name="Katze anmelden", folder=folder)
    assert _names(_list(cast, q="Hund", folder=folder.uuid)) == {"Hund anmelden"}


INVALID_FILTERS = [
    {"folder": "kein-uuid"},
    {"folder": "00000000-0000-0000-0000-000000000000"},
    {"unit": "'; DROP TABLE register_processprofile; --"},
    {"process_type": "bogus"},
    {"ozg_topic": "<script>"},
    {"digitalisation_level": "9"},
    {"digitalisation_level": "abc"},
    {"release_status": "99"},
    {"online_assistant": "vielleicht"},
    {"recommended": "1"},
    {"relevant": "maybe"},
    {"q": "x" * 201},
]


@pytest.mark.parametrize("params", INVALID_FILTERS, ids=lambda p: next(iter(p)))
def test_invalid_filter_values_answer_200_with_an_error(cast, params):
    ProfileFactory(tenant=cast.tenant)
    response = _list(cast, **params)
    assert response.status_code == 200
    assert response.context["filterset"].errors
    assert 'class="error-summary"' in response.content.decode()
    assert _names(response) == set()


def test_folders_and_units_of_another_tenant_are_invalid_filter_values(cast):
    ProfileFactory(tenant=cast.tenant)
    for params in (
        {"folder": FolderFactory(tenant=cast.other_tenant).uuid},
        {"unit": OrgUnitFactory(tenant=cast.other_tenant).uuid},
    ):
        response = _list(cast, **params)
        assert response.status_code == 200
        assert response.context["filterset"].errors
        assert _names(response) == set()


@pytest.mark.parametrize(
    "params",
    [
        {"per_page": "abc"},
        {"per_page": "-1"},
        {"per_page": "100000"},
        {"page": "abc"},
        {"page": "-5"},
        {"page": "99999"},
        {"sort": "bogus"},
        {"sort": "-"},
        {"sort": "--name"},
        {"sort": "search_rank"},
        {"sort": "attr-unbekannt"},
        {"cols": "<script>alert(1)</script>"},
        {"cols": ["number"] * 50},
        {"unknown": "x"},
    ],
    ids=lambda p: f"{next(iter(p))}={str(next(iter(p.values())))[:10]}",
)
def test_nonsense_paging_sorting_and_column_values_answer_200(cast, params):
    ProfileFactory(tenant=cast.tenant)
    response = cast.client_for(cast.viewer).get(LIST, params)
    assert response.status_code == 200
    assert response.context["page"].paginator.count == 1
    assert "<script>alert(1)</script>" not in response.content.decode()


# --- Sorting, columns and pages ---------------------------------------------------------------------


def _sortable_register(cast):
    a, b = OrgUnitFactory(tenant=cast.tenant, name="A-Amt"), OrgUnitFactory(tenant=cast.tenant, name="B-Amt")
    fa, fb = (
        FolderFactory(tenant=cast.tenant, name="A-Ordner"),
        FolderFactory(tenant=cast.tenant, name="B-Ordner"),
    )
    ProfileFactory(
        tenant=cast.tenant,
        number="P-0001",
        name="Zebra",
        case_count=None,
        digitalisation_level=None,
        owner_unit=b,
        folder=fa,
        last_review=datetime.date(2024, 1, 1),
    )
    ProfileFactory(
        tenant=cast.tenant,
        number="P-0002",
        name="Affe",
        case_count=5,
        digitalisation_level=4,
        owner_unit=a,
        folder=fb,
    )
    ProfileFactory(tenant=cast.tenant, number="P-0003", name="Mops", case_count=50, digitalisation_level=0)


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("column", [c.key for c in STANDARD_COLUMNS])
def test_every_standard_column_sorts_both_ways(cast, column, descending):
    _sortable_register(cast)
    sort = f"-{column}" if descending else column
    response = cast.client_for(cast.viewer).get(LIST, {"sort": sort})
    assert response.status_code == 200
    assert response.context["sort"] == sort
    assert len(response.context["rows"]) == 3


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("name", ["Affe", "Mops", "Zebra"]),
        ("-name", ["Zebra", "Mops", "Affe"]),
        ("case_count", ["Affe", "Mops", "Zebra"]),  # empty values last both ways
        ("-case_count", ["Mops", "Affe", "Zebra"]),
        ("digitalisation_level", ["Mops", "Affe", "Zebra"]),
        ("owner_unit", ["Affe", "Zebra", "Mops"]),
        ("-folder", ["Affe", "Zebra", "Mops"]),
        ("", ["Zebra", "Affe", "Mops"]),  # by number
    ],
)
def test_sorting_orders_the_rows(cast, sort, expected):
    _sortable_register(cast)
    response = cast.client_for(cast.viewer).get(LIST, {"sort": sort})
    assert [p.name for p in response.context["page"].object_list] == expected


@pytest.mark.parametrize("type", [AttributeType.NUMBER, AttributeType.TEXT])
def test_a_custom_attribute_column_can_be_shown_and_sorted(cast, type):
    AttributeDefinitionFactory(group__tenant=cast.tenant, key="wert", label="Wert", type=type)
    ProfileFactory(tenant=cast.tenant, name="neun", attributes={"wert": 9 if type == "number" else "b"})
    ProfileFactory(tenant=cast.tenant, name="zehn", attributes={"wert": 10 if type == "number" else "a"})
    ProfileFactory(tenant=cast.tenant, name="leer")
    response = cast.client_for(cast.viewer).get(LIST, {"cols": "attr-wert", "sort": "-attr-wert"})
    assert response.status_code == 200
    assert [c.key for c in response.context["columns"]] == ["number", "name", "attr-wert"]
    expected = ["zehn", "neun", "leer"] if type == "number" else ["neun", "zehn", "leer"]
    assert [p.name for p in response.context["page"].object_list] == expected


def test_the_column_chooser_shows_the_chosen_columns_with_number_and_name_first(cast):
    ProfileFactory(tenant=cast.tenant, case_count=1234)
    client = cast.client_for(cast.viewer)
    response = client.get(LIST, {"cols": ["case_count", "folder", "bogus", "case_count"]})
    assert [c.key for c in response.context["columns"]] == ["number", "name", "case_count", "folder"]
    default = client.get(LIST)
    assert [c.key for c in default.context["columns"]] == [c.key for c in STANDARD_COLUMNS if c.default]
    assert [c.key for c in client.get(LIST, {"cols": "bogus"}).context["columns"]] == [
        c.key for c in STANDARD_COLUMNS if c.default
    ]


def test_pagination_with_a_chosen_page_size(cast):
    for n in range(30):
        ProfileFactory(tenant=cast.tenant, number=f"P-{n:04d}")
    client = cast.client_for(cast.viewer)
    first = client.get(LIST, {"per_page": 25})
    assert len(first.context["rows"]) == 25
    assert first.context["page"].paginator.num_pages == 2
    second = client.get(LIST, {"per_page": 25, "page": 2})
    assert [p.number for p in second.context["page"].object_list] == [f"P-{n:04d}" for n in range(25, 30)]
    assert len(client.get(LIST, {"per_page": 7}).context["rows"]) == 30  # not an allowed size: the default
    assert client.get(LIST, {"per_page": 25, "page": 99}).context["page"].number == 2


def test_an_htmx_request_gets_only_the_results_fragment(cast):
    ProfileFactory(tenant=cast.tenant, name="Hund anmelden")
    client = cast.client_for(cast.viewer)
    fragment = client.get(LIST, {"q": "Hund"}, headers={"HX-Request": "true"})
    assert fragment.status_code == 200
    html = fragment.content.decode()
    assert "<html" not in html
    assert "<!doctype" not in html.lower()
    assert html.lstrip().startswith('<div id="register-results">')
    assert "Hund anmelden" in html
    full = client.get(LIST, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in full.content.decode()
    assert "<html" in client.get(LIST).content.decode()


def test_an_htmx_request_with_an_invalid_filter_gets_the_error_in_the_fragment(cast):
    response = cast.client_for(cast.viewer).get(LIST, {"folder": "x"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in response.content.decode()
    assert 'class="error-summary"' in response.content.decode()


def _list_queries(client, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(LIST, params)
    assert response.status_code == 200
    return len(queries), len(response.context["page"].object_list)


# The list page runs exactly this many queries, whatever the number of rows (pinned; change it only with a
# reason): session, user, the user's memberships (also the header's tenant switcher), attribute definitions,
# count, rows, the rows' units and folders (prefetched), header counts, folder choices and unit choices of
# the filter, unit choices of the bulk form.
LIST_PAGE_QUERIES = 12


def test_the_list_page_needs_the_same_number_of_queries_for_10_and_60_rows(cast):
    AttributeDefinitionFactory(group__tenant=cast.tenant, key="wert", type=AttributeType.NUMBER)
    folders = [FolderFactory(tenant=cast.tenant) for _ in range(3)]
    units = [OrgUnitFactory(tenant=cast.tenant) for _ in range(3)]

    def add(count, offset):
        for n in range(offset, offset + count):
            profile = ProfileFactory(
                tenant=cast.tenant, folder=folders[n % 3], owner_unit=units[n % 3], attributes={"wert": n}
            )
            profile.participating_units.add(units[(n + 1) % 3])

    client = cast.client_for(cast.modeller)
    params = {"per_page": 100, "cols": [c.key for c in STANDARD_COLUMNS] + ["attr-wert"]}
    add(10, 0)
    client.get(LIST, params)  # warm-up: the session and caches settle
    few, rows = _list_queries(client, params)
    assert (few, rows) == (LIST_PAGE_QUERIES, 10)
    add(50, 10)
    many, rows = _list_queries(client, params)
    assert rows == 60
    assert many == few
    searching, _rows = _list_queries(client, {**params, "q": "Gewerbe", "sort": "-case_count"})
    assert searching == few
    with CaptureQueriesContext(connection) as fragment:
        client.get(LIST, params, headers={"HX-Request": "true"})
    assert len(fragment) < few


def test_filtering_never_makes_the_database_sort_whole_rows_for_distinct(cast):
    ProfileFactory(tenant=cast.tenant, ozg_topic=OzgTopic.TAXES)
    params = {
        "ozg_topic": [OzgTopic.TAXES, OzgTopic.LAW],
        "process_type": [ProcessType.CORE],
        "digitalisation_level": ["0", "none"],
        "release_status": [str(ReleaseStatus.PLANNED)],
        "unit": OrgUnitFactory(tenant=cast.tenant).uuid,
    }
    with CaptureQueriesContext(connection) as queries:
        assert cast.client_for(cast.viewer).get(LIST, params).status_code == 200
    assert not [q["sql"] for q in queries.captured_queries if "DISTINCT" in q["sql"]]


# --- Detail -----------------------------------------------------------------------------------------


def test_the_detail_page_shows_relations_and_catalogue_links(cast):
    unit = OrgUnitFactory(tenant=cast.tenant, name="Ordnungsamt")
    helper = OrgUnitFactory(tenant=cast.tenant, name="Kasse")
    position = PositionFactory(unit=unit, name="Sachbearbeitung Gewerbe")
    before = ProfileFactory(tenant=cast.tenant, name="Vorgänger")
    profile = ProfileFactory(
        tenant=cast.tenant, name="Gewerbe anmelden", owner_unit=unit, process_owner=position
    )
    profile.participating_units.add(helper)
    profile.predecessors.add(before)
    leika = Catalog.objects.create(kind=CatalogKind.LEIKA, name="LeiKa")
    entry = CatalogEntry(
        catalog=leika, key="99050012104000", name="Gewerbeanmeldung", url="https://example.org/l"
    )
    entry.compute_path()
    entry.save()
    CatalogLink.objects.create(tenant=cast.tenant, profile=profile, entry=entry)

    response = cast.client_for(cast.viewer).get(_detail(profile))
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Gewerbe anmelden", "Ordnungsamt", "Kasse", "Sachbearbeitung Gewerbe", "Vorgänger"):
        assert text in html
    assert "99050012104000" in html
    entry_url = reverse(
        "register:catalog_entry", kwargs={"tenant_slug": cast.tenant.slug, "uuid": entry.uuid}
    )
    assert f'<a href="{entry_url}">Gewerbeanmeldung</a>' in html
    assert '<a href="https://example.org/l" rel="noopener noreferrer">' in html
    assert [e.name for entries in response.context["catalog_links"].values() for e in entries] == [
        "Gewerbeanmeldung"
    ]
    assert _detail(before) in html


def test_the_detail_page_escapes_html_in_names_and_texts(cast):
    script = '<script>alert("x")</script>'
    unit = OrgUnitFactory(tenant=cast.tenant, name=f"Amt {script}")
    profile = ProfileFactory(
        tenant=cast.tenant,
        name=f"Name {script}",
        short_description=f"Beschreibung {script}\nZeile 2",
        trigger=f"<img src=x onerror=alert(1)> {script}",
        owner_unit=unit,
        attributes={"notiz": script},
    )
    AttributeDefinitionFactory(group__tenant=cast.tenant, key="notiz", label=f"Notiz {script}")
    html = cast.client_for(cast.viewer).get(_detail(profile)).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_the_detail_of_an_unknown_profile_is_404(cast):
    response = cast.client_for(cast.viewer).get(
        reverse("register:profile_detail", args=["teststadt", "00000000-0000-0000-0000-000000000000"])
    )
    assert response.status_code == 404


# --- Editing ----------------------------------------------------------------------------------------


def _form_data(profile, **overrides):
    data = {
        "number": profile.number,
        "name": profile.name,
        "short_description": profile.short_description,
        "process_type": profile.process_type,
        "folder": str(profile.folder.uuid if profile.folder else ""),
        "owner_unit": str(profile.owner_unit.uuid if profile.owner_unit else ""),
        "process_owner": str(profile.process_owner.uuid if profile.process_owner else ""),
        "trigger": profile.trigger,
        "result": profile.result,
        "inputs": profile.inputs,
        "ozg_topic": profile.ozg_topic,
        "case_count": "" if profile.case_count is None else str(profile.case_count),
        "processing_minutes": "" if profile.processing_minutes is None else str(profile.processing_minutes),
        "lead_time_days": "",
        "digitalisation_level": ""
        if profile.digitalisation_level is None
        else str(profile.digitalisation_level),
        "online_assistant_url": "",
        "manual_priority": "",
        "release_status": str(profile.release_status),
        "version": profile.version,
        "last_review": "",
        "next_review": "",
        "documentation_state": profile.documentation_state,
        "waiver_reason": "",
        "relevant": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def _state(profile):
    return ProcessProfile.objects.for_tenant(profile.tenant).filter(pk=profile.pk).values().get()


def test_the_edit_form_renders_with_the_current_values(cast):
    profile = ProfileFactory(tenant=cast.tenant, name="Hund anmelden")
    response = cast.client_for(cast.modeller).get(_edit(profile))
    assert response.status_code == 200
    assert response.context["form"].initial["name"] == "Hund anmelden"


def test_the_edit_form_identifies_related_objects_by_uuid_not_id(cast):
    unit = OrgUnitFactory(tenant=cast.tenant)
    position = PositionFactory(unit=unit)
    profile = ProfileFactory(
        tenant=cast.tenant, folder=FolderFactory(tenant=cast.tenant), owner_unit=unit, process_owner=position
    )
    profile.participating_units.add(unit)
    html = cast.client_for(cast.modeller).get(_edit(profile)).content.decode()
    for name, related in (
        ("folder", profile.folder),
        ("owner_unit", unit),
        ("process_owner", position),
        ("participating_units", unit),
    ):
        select = html[html.index(f'name="{name}"') :]
        select = select[: select.index("</select>")]
        assert f'value="{related.uuid}" selected' in select, name
        assert f'value="{related.pk}"' not in select, name


def test_a_valid_edit_saves_and_redirects_to_the_detail(cast):
    folder = FolderFactory(tenant=cast.tenant)
    unit = OrgUnitFactory(tenant=cast.tenant)
    helper = OrgUnitFactory(tenant=cast.tenant)
    before = ProfileFactory(tenant=cast.tenant, name="Vorgänger")
    AttributeDefinitionFactory(group__tenant=cast.tenant, key="gebuehr", type=AttributeType.NUMBER)
    profile = ProfileFactory(tenant=cast.tenant, name="Alt", case_count=1)
    data = _form_data(
        profile,
        name="Neu",
        case_count="250",
        digitalisation_level="0",
        folder=str(folder.uuid),
        owner_unit=str(unit.uuid),
        participating_units=[str(helper.uuid)],
        predecessors=[str(before.uuid)],
        addressees=["citizens", "businesses"],
        attr__gebuehr="12,5",  # German decimal comma
    )
    response = cast.client_for(cast.modeller).post(_edit(profile), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else None
    assert response["Location"] == _detail(profile)
    profile = ProcessProfile.objects.for_tenant(cast.tenant).get(pk=profile.pk)
    assert (profile.name, profile.case_count, profile.digitalisation_level) == ("Neu", 250, 0)
    assert (profile.folder, profile.owner_unit) == (folder, unit)
    assert list(profile.participating_units.all()) == [helper]
    assert list(profile.predecessors.all()) == [before]
    assert profile.addressees == ["citizens", "businesses"]
    assert float(profile.attributes["gebuehr"]) == 12.5


def test_a_new_profile_is_created_with_a_proposed_number(cast):
    ProfileFactory(tenant=cast.tenant, number="P-0041")
    client = cast.client_for(cast.modeller)
    form = client.get(reverse("register:profile_create", args=["teststadt"])).context["form"]
    assert form.initial["number"] == "P-0042"
    template = ProcessProfile(tenant=cast.tenant, number="P-0042", name="Neuer Prozess")
    response = client.post(reverse("register:profile_create", args=["teststadt"]), _form_data(template))
    assert response.status_code == 302
    assert (
        ProcessProfile.objects.for_tenant(cast.tenant).filter(number="P-0042", name="Neuer Prozess").exists()
    )


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x" * 301}, "name"),
        ({"case_count": "-1"}, "case_count"),
        ({"case_count": "abc"}, "case_count"),
        ({"case_count": "99999999999999999999"}, "case_count"),
        ({"digitalisation_level": "5"}, "digitalisation_level"),
        ({"release_status": "0"}, "release_status"),
        ({"online_assistant_url": "javascript:alert(1)", "online_assistant": "on"}, "online_assistant_url"),
        ({"documentation_state": "waived", "waiver_reason": " "}, "waiver_reason"),
        ({"last_review": "2024-02-30"}, "last_review"),
        ({"short_description": "x" * 5001}, "short_description"),
        ({"addressees": ["aliens"]}, "addressees"),
        ({"number": "P-0001"}, "number"),  # taken by another profile
    ],
)
def test_an_invalid_edit_answers_400_and_changes_nothing(cast, overrides, field):
    ProfileFactory(tenant=cast.tenant, number="P-0001")
    profile = ProfileFactory(tenant=cast.tenant, number="P-0002", name="Bleibt", case_count=3)
    before = _state(profile)
    data = _form_data(profile, trigger="<b>fett</b><script>alert(1)</script>", **overrides)
    response = cast.client_for(cast.modeller).post(_edit(profile), data)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert _state(profile) == before
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the submitted text comes back escaped


def test_an_invalid_custom_attribute_answers_400_and_changes_nothing(cast):
    AttributeDefinitionFactory(
        group__tenant=cast.tenant, key="gebuehr", type=AttributeType.NUMBER, required=True
    )
    profile = ProfileFactory(tenant=cast.tenant, attributes={"gebuehr": 1})
    before = _state(profile)
    for value in ("viel", ""):
        response = cast.client_for(cast.modeller).post(
            _edit(profile), _form_data(profile, attr__gebuehr=value)
        )
        assert response.status_code == 400
        assert "attr__gebuehr" in response.context["form"].errors
    assert _state(profile) == before


def test_foreign_relations_in_the_edit_form_are_refused(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    before = _state(profile)
    foreign_unit = OrgUnitFactory(tenant=cast.other_tenant)
    for overrides in (
        {"owner_unit": str(foreign_unit.uuid)},
        {"participating_units": [str(foreign_unit.uuid)]},
        {"folder": str(FolderFactory(tenant=cast.other_tenant).uuid)},
        {"predecessors": [str(ProfileFactory(tenant=cast.other_tenant).uuid)]},
        {"predecessors": [str(profile.uuid)]},
    ):
        response = cast.client_for(cast.modeller).post(_edit(profile), _form_data(profile, **overrides))
        assert response.status_code == 400, overrides
    assert _state(profile) == before


def test_html_in_text_fields_is_stored_as_text_and_shown_escaped(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    script = "<script>alert(1)</script>"
    response = cast.client_for(cast.modeller).post(
        _edit(profile), _form_data(profile, name=f"Name {script}", result=f"<b>Ergebnis</b> {script}")
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.name == f"Name {script}"
    html = cast.client_for(cast.viewer).get(_detail(profile)).content.decode()
    assert script not in html
    assert "<b>Ergebnis</b>" not in html
    assert "&lt;b&gt;Ergebnis&lt;/b&gt;" in html
    list_html = cast.client_for(cast.viewer).get(LIST).content.decode()
    assert script not in list_html
    assert "Name &lt;script&gt;" in list_html


# --- Relevance --------------------------------------------------------------------------------------


def test_the_relevance_post_toggles_the_flag(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    url = reverse("register:profile_relevance", args=["teststadt", profile.uuid])
    client = cast.client_for(cast.modeller)
    response = client.post(url, {"relevant": "no"})
    assert response.status_code == 302
    assert response["Location"] == _detail(profile)
    profile.refresh_from_db()
    assert profile.relevant is False
    assert profile.name not in {p.name for p in _list(cast).context["page"].object_list}
    client.post(url, {"relevant": "yes"})
    profile.refresh_from_db()
    assert profile.relevant is True


def test_the_relevance_view_only_answers_post(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    url = reverse("register:profile_relevance", args=["teststadt", profile.uuid])
    assert cast.client_for(cast.modeller).get(url).status_code == 405
    profile.refresh_from_db()
    assert profile.relevant is True


# --- Bulk edit --------------------------------------------------------------------------------------


def _levels(response):
    return [m.level for m in get_messages(response.wsgi_request)]


def _bulk(**fields):
    data = {
        "bulk-case_count": "",
        "bulk-digitalisation_level": "",
        "bulk-relevant": "",
        "bulk-owner_unit": "",
    }
    data.update({f"bulk-{k}" if k not in ("selected", "next") else k: v for k, v in fields.items()})
    return data


def test_bulk_edit_changes_the_selected_rows(cast):
    unit = OrgUnitFactory(tenant=cast.tenant)
    first = ProfileFactory(tenant=cast.tenant, case_count=1, digitalisation_level=1)
    second = ProfileFactory(tenant=cast.tenant, case_count=2, digitalisation_level=1)
    other = ProfileFactory(tenant=cast.tenant, case_count=3, digitalisation_level=1)
    response = cast.client_for(cast.modeller).post(
        BULK,
        _bulk(
            selected=[str(first.uuid), str(second.uuid)],
            case_count="77",
            digitalisation_level="0",
            relevant="no",
            owner_unit=str(unit.uuid),
            next="?sort=-case_count&page=1",
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == f"{LIST}?sort=-case_count&page=1"
    assert _levels(response) == [messages.SUCCESS]
    for profile in (first, second):
        profile.refresh_from_db()
        assert (profile.case_count, profile.digitalisation_level, profile.relevant, profile.owner_unit) == (
            77,
            0,
            False,
            unit,
        )
    other.refresh_from_db()
    assert (other.case_count, other.digitalisation_level, other.relevant) == (3, 1, True)


def test_bulk_edit_leaves_unchanged_fields_alone(cast):
    profile = ProfileFactory(tenant=cast.tenant, case_count=5, digitalisation_level=2)
    cast.client_for(cast.modeller).post(BULK, _bulk(selected=[str(profile.uuid)], relevant="no"))
    profile.refresh_from_db()
    assert (profile.case_count, profile.digitalisation_level, profile.relevant) == (5, 2, False)


@pytest.mark.parametrize(
    "case",
    [
        "foreign-uuid",
        "unknown-uuid",
        "malformed-uuid",
        "nothing-selected",
        "no-change",
        "negative-count",
        "count-not-a-number",
        "level-out-of-range",
        "foreign-unit",
    ],
)
def test_bulk_edit_reports_errors_without_partial_writes(cast, case):
    own = ProfileFactory(tenant=cast.tenant, case_count=1, digitalisation_level=1)
    foreign = ProfileFactory(tenant=cast.other_tenant, case_count=1, digitalisation_level=1)
    selected = [str(own.uuid)]
    change = {"case_count": "99"}
    if case == "foreign-uuid":
        selected.append(str(foreign.uuid))
    elif case == "unknown-uuid":
        selected.append("00000000-0000-0000-0000-000000000000")
    elif case == "malformed-uuid":
        selected.append("kein-uuid")
    elif case == "nothing-selected":
        selected = []
    elif case == "no-change":
        change = {}
    elif case == "negative-count":
        change = {"case_count": "-5"}
    elif case == "count-not-a-number":
        change = {"case_count": "viele"}
    elif case == "level-out-of-range":
        change = {"case_count": "99", "digitalisation_level": "7"}
    elif case == "foreign-unit":
        change = {"case_count": "99", "owner_unit": str(OrgUnitFactory(tenant=cast.other_tenant).uuid)}
    response = cast.client_for(cast.modeller).post(BULK, _bulk(selected=selected, **change))
    assert response.status_code == 302
    assert response["Location"] == LIST
    assert messages.ERROR in _levels(response)
    assert messages.SUCCESS not in _levels(response)
    for profile in (own, foreign):
        profile.refresh_from_db()
        assert (profile.case_count, profile.digitalisation_level, profile.relevant) == (1, 1, True)


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example", "/plattform-admin/", "javascript:x"]
)
def test_bulk_edit_only_redirects_back_to_the_register(cast, target):
    profile = ProfileFactory(tenant=cast.tenant)
    response = cast.client_for(cast.modeller).post(
        BULK, _bulk(selected=[str(profile.uuid)], case_count="1", next=target)
    )
    assert response.status_code == 302
    assert response["Location"] == LIST
