"""The start page: its figures (statistics), the page itself, its query budget, and the way there."""

import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from organisation.choices import OrgUnitKind
from organisation.tests.factories import OrgUnitFactory
from register.choices import DigitalisationLevel, OzgTopic
from register.models import ProcessProfile
from register.services.profiles import profile_priority_set
from register.tests.factories import ProfileFactory
from scoring import statistics
from scoring.selectors import ranked_profiles
from scoring.services import scheme_ensure, scores_recompute

DASHBOARD = reverse("scoring:dashboard", args=["teststadt"])
QUERY_BUDGET = 15  # session, user, memberships, then the page's own reads: none of them per row


def _de(msgid, **values):
    """The page's German wording of a message (English until it is translated)."""
    with translation.override("de"):
        text = gettext(msgid)
    return text % values if values else text


def _profiles(tenant):
    return ProcessProfile.objects.for_tenant(tenant)


@pytest.fixture
def register(cast):
    """Two offices (one below a division), a section, and processes with and without unit, topic, figures."""
    tenant = cast.tenant
    order = OrgUnitFactory(tenant=tenant, name="Ordnungsamt", short_code="32", kind=OrgUnitKind.OFFICE)
    trade = OrgUnitFactory(
        tenant=tenant, name="Gewerbe", short_code="32.1", kind=OrgUnitKind.SECTION, parent=order
    )
    division = OrgUnitFactory(
        tenant=tenant, name="Geschäftsbereich II", short_code="2", kind=OrgUnitKind.DIVISION
    )
    building = OrgUnitFactory(
        tenant=tenant, name="Bauamt", short_code="2.1", kind=OrgUnitKind.OFFICE, parent=division
    )
    make = ProfileFactory
    return {
        "trade": make(
            tenant=tenant,
            name="Gewerbe anmelden",
            owner_unit=trade,
            ozg_topic=OzgTopic.BUSINESS,
            digitalisation_level=2,
            recommended=True,
        ),
        "no_figures": make(
            tenant=tenant,
            name="Fundsache entgegennehmen",
            owner_unit=order,
            ozg_topic=OzgTopic.LAW,
            case_count=None,
            processing_minutes=None,
            digitalisation_level=None,
        ),
        "no_topic": make(
            tenant=tenant, name="Bauantrag prüfen", owner_unit=building, ozg_topic="", digitalisation_level=4
        ),
        "no_unit": make(
            tenant=tenant,
            name="Haushalt aufstellen",
            owner_unit=None,
            ozg_topic=OzgTopic.BUSINESS,
            digitalisation_level=0,
        ),
        "division": make(
            tenant=tenant,
            name="Sitzung vorbereiten",
            owner_unit=division,
            ozg_topic=OzgTopic.CROSS_CUTTING,
            digitalisation_level=3,
        ),
        "not_relevant": make(
            tenant=tenant,
            name="Hund anmelden",
            owner_unit=trade,
            ozg_topic=OzgTopic.TAXES,
            digitalisation_level=1,
            relevant=False,
        ),
    }


def _rows(distribution):
    return [(share.label, share.count) for share in distribution.shares]


# --- statistics -------------------------------------------------------------------------------------------


def test_register_counts_count_relevant_and_not_relevant_processes_and_average_only_relevant_scores(
    cast, register
):
    profiles = _profiles(cast.tenant)
    for key, score in [("trade", 80), ("no_topic", 40), ("no_unit", 30), ("not_relevant", 100)]:
        profiles.filter(pk=register[key].pk).update(score=score)
    counts = statistics.register_counts(cast.tenant)
    assert (counts.total, counts.relevant, counts.not_relevant) == (6, 5, 1)
    assert counts.average_score == Decimal("50.0")  # (80 + 40 + 30) / 3: no score and not relevant left out


def test_register_counts_of_an_empty_register_are_zero_without_an_average(cast):
    counts = statistics.register_counts(cast.tenant)
    assert (counts.total, counts.relevant, counts.not_relevant, counts.average_score) == (0, 0, 0, None)


def test_by_topic_counts_relevant_processes_largest_first_and_those_without_a_topic_last(cast, register):
    distribution = statistics.by_topic(cast.tenant)
    assert _rows(distribution) == [
        (str(OzgTopic.BUSINESS.label), 2),
        (str(OzgTopic.LAW.label), 1),
        (str(OzgTopic.CROSS_CUTTING.label), 1),
        (gettext("without OZG topic"), 1),
    ]
    assert distribution.total == 5
    assert distribution.shares[0].percent == Decimal("40.0")
    assert [share.filter_value for share in distribution.shares] == [
        "unternehmen",
        "recht",
        "querschnitt",
        "",
    ]
    assert distribution.filter_param == "ozg_topic"


def test_by_level_lists_every_level_in_order_and_those_not_collected(cast, register):
    distribution = statistics.by_level(cast.tenant)
    assert _rows(distribution) == [
        *[(str(level.label), 0 if level == 1 else 1) for level in DigitalisationLevel],
        (gettext("not yet collected"), 1),
    ]
    assert [share.filter_value for share in distribution.shares] == ["0", "1", "2", "3", "4", "none"]
    assert sum(share.count for share in distribution.shares) == distribution.total == 5


def test_by_unit_counts_sections_for_their_office_and_keeps_processes_without_a_unit(cast, register):
    distribution = statistics.by_unit(cast.tenant)
    assert _rows(distribution) == [
        ("32 Ordnungsamt", 2),  # the section's process and the office's own
        ("2 Geschäftsbereich II", 1),  # a division's own process: no office above it
        ("2.1 Bauamt", 1),
        (gettext("without an org unit"), 1),
    ]
    assert distribution.total == 5


def test_by_unit_gathers_the_smallest_units_in_one_share_beyond_the_limit(cast):
    for index, size in enumerate([4, 3, 2, 1]):
        unit = OrgUnitFactory(tenant=cast.tenant, name=f"Amt {index}", short_code=f"{index}")
        for _ in range(size):
            ProfileFactory(tenant=cast.tenant, owner_unit=unit)
    distribution = statistics.by_unit(cast.tenant, limit=3)
    assert _rows(distribution) == [("0 Amt 0", 4), ("1 Amt 1", 3), (_further_units(2), 3)]
    assert sum(share.count for share in distribution.shares) == distribution.total == 10


def _further_units(count):
    return translation.ngettext("%(n)d further unit", "%(n)d further units", count) % {"n": count}


def test_distributions_of_a_register_without_relevant_processes_are_empty_and_safe(cast):
    ProfileFactory(tenant=cast.tenant, relevant=False)
    assert statistics.by_topic(cast.tenant).shares == []
    assert statistics.by_unit(cast.tenant).shares == []
    levels = statistics.by_level(cast.tenant)
    assert {share.count for share in levels.shares} == {0}
    assert {share.percent for share in levels.shares} == {Decimal(0)}
    assert statistics.by_topic(cast.tenant).largest is None


def test_top_processes_follow_the_working_list_and_name_their_strongest_criteria(cast, register):
    scheme_ensure(tenant=cast.tenant)
    scores_recompute(tenant=cast.tenant)
    profile_priority_set(tenant=cast.tenant, profile=register["no_unit"], priority=1, reason="Ratsbeschluss")
    top = statistics.top_processes(cast.tenant)
    expected = list(ranked_profiles(cast.tenant).values_list("pk", flat=True))
    assert [entry.profile.pk for entry in top] == expected
    assert [entry.rank for entry in top] == [1, 2, 3, 4, 5]
    assert top[0].profile.pk == register["no_unit"].pk
    assert top[0].profile.manual_priority == 1
    for entry in top:
        assert entry.result.score == entry.profile.score
        assert 1 <= len(entry.reasons) <= statistics.REASON_COUNT
        shares = [c.share for c in entry.reasons]
        assert shares == sorted(shares, reverse=True)
        assert all(share > 0 for share in shares)
        others = [c.share for c in entry.result.contributions if c not in entry.reasons]
        assert all(other <= shares[-1] for other in others)
    recommended = next(entry for entry in top if entry.profile.pk == register["trade"].pk)
    assert recommended.reasons[0].rule.kind == "recommended"


def test_top_processes_are_at_most_ten_and_work_without_a_scheme(cast):
    for _ in range(12):
        ProfileFactory(tenant=cast.tenant)
    top = statistics.top_processes(cast.tenant)
    assert len(top) == 10
    assert all(entry.result is None and entry.reasons == [] for entry in top)
    assert statistics.top_processes(cast.other_tenant) == []


# --- the page ---------------------------------------------------------------------------------------------


def _page(client):
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return response.content.decode()


def _svgs(html):
    charts = re.findall(r"<svg.*?</svg>", html, flags=re.S)
    return [ET.fromstring(svg) for svg in charts]  # noqa: S314 (the page under test, not untrusted input)


def test_the_page_shows_progress_top_list_and_three_charts_each_beside_a_table(cast, register):
    scheme_ensure(tenant=cast.tenant)
    scores_recompute(tenant=cast.tenant)
    html = _page(cast.client_for(cast.viewer))
    assert (
        _de(
            "%(recorded)s of %(total)s relevant processes recorded (%(percent)s %%)",
            recorded=4,
            total=5,
            percent=80,
        )
        in html
    )
    assert '<meter class="progress-meter" min="0" max="5" value="4"' in html
    # The top list: every relevant process (5 here), linked, with its score; the not relevant one is absent.
    top_rows = re.findall(r'<th scope="row"><a href="/t/teststadt/prozesse/([0-9a-f-]+)/"', html)
    assert len(top_rows) == 5
    assert str(register["not_relevant"].uuid) not in html
    assert reverse("scoring:ranking", args=["teststadt"]) in html
    # Three accessible charts, each named by its title and description.
    svgs = _svgs(html)
    assert len(svgs) == 3
    for svg in svgs:
        assert svg.get("role") == "img"
        title_id, desc_id = svg.get("aria-labelledby").split()
        assert html.count(f'id="{title_id}"') == 1
        assert html.count(f'id="{desc_id}"') == 1
    # ... and a table with the same numbers beside each.
    for key in ("topic", "level", "unit"):
        table = re.search(rf'<table class="chart-table" id="table-{key}">(.*?)</table>', html, flags=re.S)
        assert table is not None
        assert f'<caption id="table-{key}-caption">' in table.group(1)
        assert '<th scope="col"' in table.group(1)
    unit_table = re.search(r'id="table-unit">(.*?)</table>', html, flags=re.S).group(1)
    assert re.search(r"32 Ordnungsamt</th><td class=\"num\">2</td><td class=\"num\">40,0 %</td>", unit_table)
    # Rows of the topic and level tables open the register filtered to them.
    assert 'href="/t/teststadt/?ozg_topic=unternehmen"' in html
    assert 'href="/t/teststadt/?digitalisation_level=none"' in html


def test_the_charts_and_the_tables_escape_names(cast):
    unit = OrgUnitFactory(tenant=cast.tenant, name="<script>alert(1)</script> & Co", short_code="")
    ProfileFactory(tenant=cast.tenant, owner_unit=unit, name="<img src=x onerror=alert(1)>")
    html = _page(cast.client_for(cast.viewer))
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in html
    assert len(_svgs(html)) == 3  # still well-formed


def test_a_manual_priority_is_marked_with_its_reason(cast, register):
    profile_priority_set(
        tenant=cast.tenant, profile=register["no_unit"], priority=2, reason="Ratsbeschluss 7/2025"
    )
    html = _page(cast.client_for(cast.viewer))
    assert 'class="badge badge-manual"' in html
    assert "Ratsbeschluss 7/2025" in html


def test_only_modellers_and_up_see_the_link_to_record_figures(cast, register):
    figures = reverse("scoring:figures", args=["teststadt"])
    assert figures not in _page(cast.client_for(cast.viewer))
    assert figures not in _page(cast.client_for(cast.reviewer))
    assert figures in _page(cast.client_for(cast.modeller))
    assert figures in _page(cast.client_for(cast.admin))


def test_the_top_list_stops_at_ten(cast):
    for _ in range(12):
        ProfileFactory(tenant=cast.tenant)
    html = _page(cast.client_for(cast.viewer))
    assert len(re.findall(r'<th scope="row"><a href="/t/teststadt/prozesse/', html)) == 10


def test_an_empty_register_gets_a_friendly_start_instead_of_charts(cast):
    html = _page(cast.client_for(cast.viewer))
    assert 'id="empty-heading"' in html
    assert 'href="/t/teststadt/"' in html
    assert "<svg" not in html
    assert "<meter" not in html


@pytest.mark.parametrize(
    ("who", "templates", "new_process"),
    [("viewer", False, False), ("modeller", False, True), ("admin", True, True)],
)
def test_the_empty_start_offers_what_the_role_may_do(cast, who, templates, new_process):
    html = _page(cast.client_for(getattr(cast, who)))
    section = re.search(r'<section class="card dashboard-empty".*?</section>', html, flags=re.S).group(0)
    assert (reverse("register:template_list", args=["teststadt"]) in section) is templates
    assert (reverse("register:profile_create", args=["teststadt"]) in section) is new_process


def test_a_register_without_relevant_processes_says_so_and_draws_nothing(cast):
    ProfileFactory(tenant=cast.tenant, relevant=False)
    ProfileFactory(tenant=cast.tenant, relevant=False)
    html = _page(cast.client_for(cast.viewer))
    assert 'id="none-relevant-heading"' in html
    assert 'href="/t/teststadt/?relevant=no"' in html
    assert "<svg" not in html


def test_the_page_shows_only_its_own_tenants_processes(cast, register):
    ProfileFactory(tenant=cast.other_tenant, name="Nur in der Nachbargemeinde")
    html = _page(cast.client_for(cast.viewer))
    assert "Nur in der Nachbargemeinde" not in html
    assert "<dd>6</dd>" in html  # processes in the register: Teststadt's six


def test_the_page_has_no_inline_styles_or_scripts(cast, register):
    html = _page(cast.client_for(cast.admin))
    assert not re.search(r"\sstyle=", html)
    assert "<style" not in html
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []


def test_the_page_answers_only_get(cast):
    assert cast.client_for(cast.viewer).post(DASHBOARD).status_code == 405


def _build(tenant, count, prefix="A"):
    units = [OrgUnitFactory(tenant=tenant, name=f"Amt {n}", short_code=f"{prefix}{n}") for n in range(3)]
    sections = [
        OrgUnitFactory(tenant=tenant, name=f"Sachgebiet {n}", kind=OrgUnitKind.SECTION, parent=units[n % 3])
        for n in range(6)
    ]
    topics = list(OzgTopic)
    for n in range(count):
        ProfileFactory(
            tenant=tenant,
            owner_unit=sections[n % 6] if n % 7 else None,
            ozg_topic=topics[n % len(topics)] if n % 5 else "",
            digitalisation_level=n % 5 if n % 4 else None,
            relevant=bool(n % 9),
            recommended=bool(n % 2),
        )
    scheme_ensure(tenant=tenant)
    scores_recompute(tenant=tenant)


def _queries(client):
    client.get(DASHBOARD)  # the first visit writes the tenant into the session
    with CaptureQueriesContext(connection) as queries:
        assert client.get(DASHBOARD).status_code == 200
    return len(queries)


def test_the_page_runs_a_fixed_small_number_of_queries(cast, django_assert_max_num_queries):
    _build(cast.tenant, 40)
    client = cast.client_for(cast.viewer)
    client.get(DASHBOARD)
    with django_assert_max_num_queries(QUERY_BUDGET):
        assert client.get(DASHBOARD).status_code == 200


def test_the_number_of_queries_does_not_grow_with_the_register(cast):
    _build(cast.tenant, 12)
    client = cast.client_for(cast.viewer)
    small = _queries(client)
    _build(cast.tenant, 60, prefix="B")
    assert _queries(client) == small


# --- the way there ----------------------------------------------------------------------------------------


def test_home_leads_a_member_to_the_start_page(cast):
    client = cast.client_for(cast.viewer)
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"] == DASHBOARD
    assert client.get(response["Location"]).status_code == 200


def test_switching_the_authority_leads_to_its_start_page(cast):
    from tenants.choices import Role
    from tenants.tests.factories import MembershipFactory

    MembershipFactory(tenant=cast.other_tenant, user=cast.viewer, role=Role.VIEWER)
    response = cast.client_for(cast.viewer).get(reverse("switch_tenant"), {"tenant": "nachbargemeinde"})
    assert response["Location"] == reverse("scoring:dashboard", args=["nachbargemeinde"])
