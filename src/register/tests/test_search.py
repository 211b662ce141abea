"""Full-text search: German stemming, compound splitting, catalogue texts, ranking, tenant isolation."""

import pytest
from django.urls import reverse

from catalogues.choices import CatalogKind
from catalogues.models import Catalog, CatalogEntry
from register.models import CatalogLink, ProcessProfile
from register.search import (
    MAX_QUERY_WORDS,
    QueryWord,
    analyse,
    build_document,
    compound_parts,
    parse_query,
    search_profiles,
    stem,
    words,
)
from register.services.profiles import profile_update
from register.services.search_index import profiles_reindex
from register.tests.factories import ProfileFactory

# --- Text analysis ----------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Anmeldung", "Anmeldungen", "anmelden", "ANMELDUNG"])
def test_inflected_forms_share_one_stem(word):
    assert stem(word) == "anmeld"


def test_stems_are_ascii_folded():
    assert stem("Straße") == "strass"
    assert stem("Bürger") == stem("burger")
    assert "ä" not in stem("Ämter") and "ü" not in stem("Führerschein")


def test_compound_parts_split_known_german_compounds():
    assert compound_parts("Hundesteuer") == ("hund", "steuer")
    assert compound_parts("hundesteuer") == ("hund", "steuer")
    assert compound_parts("Personalausweis") == ("personal", "ausweis")


@pytest.mark.parametrize("word", ["Hund", "Steuer", "abc", "", "Xyzqwertzuiop"])
def test_compound_parts_of_a_simple_or_unknown_word_are_empty(word):
    assert compound_parts(word) == ()


def test_words_finds_words_and_numbers_but_no_punctuation():
    assert words('Hund-Steuer, 2024! "P-0001" a_b') == ["Hund", "Steuer", "2024", "P", "0001", "a", "b"]
    assert words("") == []
    assert words(None) == []


def test_analyse_adds_the_stems_of_compound_parts_after_the_word():
    assert analyse("Hundesteuer") == ["hundesteu", "hund", "steu"]
    assert analyse("Hund anmelden") == ["hund", "anmeld"]
    assert analyse("Antrag 2024") == [stem("Antrag"), "2024"]
    assert analyse("  ...  ") == []


def test_build_document_weighs_the_name_three_times():
    document = build_document(name="Hund", number="P-1", fields=["Steuer", ""]).split()
    assert document.count("hund") == 3
    assert document.count("steu") == 1
    assert document.count("1") == 3


def test_parse_query_keeps_only_the_leading_parts_of_a_compound():
    assert parse_query("Hundesteuer") == [QueryWord(stem="hundesteu", parts=("hund",))]
    assert parse_query("Anmeldungen 2024") == [
        QueryWord(stem="anmeld", parts=()),
        QueryWord(stem="2024", parts=()),
    ]


def test_parse_query_ignores_operators_and_punctuation():
    parsed = parse_query('"foo" OR bar*) NEAR(')
    assert [w.stem for w in parsed] == ["foo", "or", "bar", "near"]
    assert parse_query('*"()^:-+&|!') == []
    assert parse_query("   ") == []


def test_parse_query_limits_the_number_of_words():
    assert len(parse_query(" ".join(f"wort{n}" for n in range(100)))) == MAX_QUERY_WORDS


# --- Searching --------------------------------------------------------------------------------------


def _search(tenant, query):
    return list(
        search_profiles(ProcessProfile.objects.for_tenant(tenant), query, tenant=tenant).values_list(
            "name", flat=True
        )
    )


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Anmeldungen", "Anmeldung eines Hundes"),
        ("Hundesteuer", "Hund anmelden"),
        ("Hund", "Hundesteuer festsetzen"),
        ("hunde", "Hundesteuer festsetzen"),
        ("Gewerbeanmeldung", "Gewerbe anmelden"),
        ("strasse", "Straßenreinigung abrechnen"),
        ("Personalausweis", "Personalausweis beantragen"),
    ],
)
def test_a_query_finds_inflections_compounds_and_prefixes(cast, query, name):
    ProfileFactory(tenant=cast.tenant, name=name)
    ProfileFactory(tenant=cast.tenant, name="Baugenehmigung erteilen")
    assert _search(cast.tenant, query) == [name]


def test_all_query_words_must_match(cast):
    ProfileFactory(tenant=cast.tenant, name="Hund anmelden")
    ProfileFactory(tenant=cast.tenant, name="Hund abmelden")
    assert _search(cast.tenant, "Hund anmelden") == ["Hund anmelden"]
    assert sorted(_search(cast.tenant, "Hund")) == ["Hund abmelden", "Hund anmelden"]
    assert _search(cast.tenant, "Hund Baugenehmigung") == []


def test_the_search_covers_number_description_trigger_result_and_inputs(cast):
    ProfileFactory(tenant=cast.tenant, name="A", number="P-7788")
    ProfileFactory(tenant=cast.tenant, name="B", short_description="Bescheid über die Hundesteuer")
    ProfileFactory(tenant=cast.tenant, name="C", trigger="Antrag auf Einbürgerung")
    ProfileFactory(tenant=cast.tenant, name="D", result="Genehmigung der Sondernutzung")
    ProfileFactory(tenant=cast.tenant, name="E", inputs="Meldebescheinigung")
    assert _search(cast.tenant, "7788") == ["A"]
    assert _search(cast.tenant, "Bescheid") == ["B"]
    assert _search(cast.tenant, "Einbürgerung") == ["C"]
    assert _search(cast.tenant, "Sondernutzungen") == ["D"]
    assert _search(cast.tenant, "Meldebescheinigungen") == ["E"]


def test_the_search_covers_linked_catalogue_entry_names_keys_and_synonyms(cast):
    catalog = Catalog.objects.create(kind=CatalogKind.LEIKA, name="LeiKa")
    entry = CatalogEntry(
        catalog=catalog,
        key="99089001000000",
        name="Waffenbesitzkarte Erteilung",
        synonyms=["Waffenschein"],
    )
    entry.compute_path()
    entry.save()
    profile = ProfileFactory(tenant=cast.tenant, name="Erlaubnis ausstellen")
    ProfileFactory(tenant=cast.tenant, name="Anderer Prozess")
    assert _search(cast.tenant, "Waffenbesitzkarte") == []

    CatalogLink.objects.create(tenant=cast.tenant, profile=profile, entry=entry)
    profiles_reindex(tenant=cast.tenant)

    assert _search(cast.tenant, "Waffenbesitzkarten") == ["Erlaubnis ausstellen"]
    assert _search(cast.tenant, "Waffenschein") == ["Erlaubnis ausstellen"]
    assert _search(cast.tenant, "99089001000000") == ["Erlaubnis ausstellen"]


def test_a_name_match_ranks_before_a_description_only_match(cast):
    ProfileFactory(tenant=cast.tenant, name="Sondernutzung erlauben", number="P-0001", short_description="")
    ProfileFactory(
        tenant=cast.tenant, name="Hundesteuer festsetzen", number="P-0002", short_description="Hund Hund"
    )
    ProfileFactory(
        tenant=cast.tenant,
        name="Straße sperren",
        number="P-0003",
        short_description="Sondernutzung der Straße für Veranstaltungen",
    )
    ProfileFactory(tenant=cast.tenant, name="Sondernutzung verlängern", number="P-0004")
    ranked = list(
        search_profiles(ProcessProfile.objects.for_tenant(cast.tenant), "Sondernutzung", tenant=cast.tenant)
        .order_by("-search_rank", "number")
        .values_list("name", flat=True)
    )
    assert ranked[-1] == "Straße sperren"
    assert set(ranked) == {"Sondernutzung erlauben", "Straße sperren", "Sondernutzung verlängern"}


def test_the_register_list_orders_search_results_by_rank(cast):
    ProfileFactory(
        tenant=cast.tenant, name="Straße sperren", number="P-0001", short_description="Sondernutzung"
    )
    ProfileFactory(tenant=cast.tenant, name="Sondernutzung erlauben", number="P-0002")
    response = cast.client_for(cast.viewer).get(
        reverse("register:profile_list", args=["teststadt"]), {"q": "Sondernutzung"}
    )
    assert response.status_code == 200
    assert [p.name for p in response.context["page"].object_list] == [
        "Sondernutzung erlauben",
        "Straße sperren",
    ]


def test_another_tenants_profiles_never_appear(cast):
    ProfileFactory(tenant=cast.tenant, name="Hund anmelden", number="P-0001")
    ProfileFactory(tenant=cast.other_tenant, name="Hund anmelden", number="P-0001")
    ProfileFactory(tenant=cast.other_tenant, name="Hundesteuer geheim", number="P-0002")
    results = search_profiles(ProcessProfile.objects.for_tenant(cast.tenant), "Hund", tenant=cast.tenant)
    assert {p.tenant_id for p in results} == {cast.tenant.pk}
    assert len(results) == 1
    response = cast.client_for(cast.viewer).get(
        reverse("register:profile_list", args=["teststadt"]), {"q": "Hundesteuer geheim"}
    )
    assert list(response.context["page"].object_list) == []
    assert "Hundesteuer geheim</a>" not in response.content.decode()


def test_an_edited_profile_is_found_under_its_new_name(cast):
    profile = ProfileFactory(tenant=cast.tenant, name="Alter Name")
    profile_update(tenant=cast.tenant, profile=profile, data={"name": "Fischereischein ausstellen"})
    assert _search(cast.tenant, "Fischereischein") == ["Fischereischein ausstellen"]
    assert _search(cast.tenant, "Alter") == []


def test_reindex_returns_the_number_of_indexed_profiles(cast):
    ProfileFactory(tenant=cast.tenant)
    ProfileFactory(tenant=cast.tenant)
    ProfileFactory(tenant=cast.other_tenant)
    assert profiles_reindex(tenant=cast.tenant) == 2
    assert profiles_reindex(tenant=cast.tenant, profile_ids=[]) == 0


ODD_QUERIES = [
    "",
    "   ",
    "\t\n",
    "!!! ??? ...",
    '"foo" OR bar*) NEAR(',
    "hund AND NOT katze",
    "hund:* & !katze | (x <-> y)",
    "' OR 1=1 --",
    '"unbalanced',
    "NEAR(hund katze, 2)",
    "^hund {x} [y]",
    "²³ ½ Ⅻ",
    "日本語 Ελληνικά русский",
    "😀 🐕",
    "\x00hund",
    "a" * 5000,
    " ".join(["Hund"] * 1000),
]


@pytest.mark.parametrize("query", ODD_QUERIES, ids=range(len(ODD_QUERIES)))
def test_odd_queries_do_not_error(cast, query):
    ProfileFactory(tenant=cast.tenant, name="Hund anmelden")
    results = _search(cast.tenant, query)
    assert isinstance(results, list)
    assert set(results) <= {"Hund anmelden"}


def test_an_empty_query_returns_the_queryset_unchanged(cast):
    ProfileFactory(tenant=cast.tenant, name="Hund anmelden")
    ProfileFactory(tenant=cast.tenant, name="Katze")
    assert len(_search(cast.tenant, "")) == 2
    assert len(_search(cast.tenant, " ,.;")) == 2


@pytest.mark.parametrize("query", [*ODD_QUERIES, "x" * 201, "Hund " * 100])
def test_odd_queries_in_the_register_list_answer_200(cast, query):
    ProfileFactory(tenant=cast.tenant, name="Hund anmelden")
    response = cast.client_for(cast.viewer).get(
        reverse("register:profile_list", args=["teststadt"]), {"q": query.replace("\x00", "")}
    )
    assert response.status_code == 200


def test_a_too_long_query_in_the_register_list_is_reported_as_a_filter_error(cast):
    ProfileFactory(tenant=cast.tenant, name="Hund anmelden")
    response = cast.client_for(cast.viewer).get(
        reverse("register:profile_list", args=["teststadt"]), {"q": "Hund " * 100}
    )
    assert response.status_code == 200
    assert "q" in response.context["filterset"].errors
    assert list(response.context["page"].object_list) == []


def test_a_nul_character_in_the_query_string_does_not_crash_the_list(cast):
    response = cast.client_for(cast.viewer).get(
        reverse("register:profile_list", args=["teststadt"]) + "?q=hund%00katze"
    )
    assert response.status_code == 200
