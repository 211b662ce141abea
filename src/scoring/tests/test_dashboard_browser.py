"""The start page in a real browser (Debian Chromium via Playwright), checked with axe-core."""

import pytest
from playwright.sync_api import expect

from organisation.choices import OrgUnitKind
from organisation.tests.factories import OrgUnitFactory
from register.choices import OzgTopic
from register.tests.factories import ProfileFactory
from register.tests.test_browser import log_in
from scoring.services import scheme_ensure, scores_recompute

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def register(cast):
    """Two offices with a section, a dozen processes: some without figures, one not relevant."""
    tenant = cast.tenant
    order = OrgUnitFactory(tenant=tenant, name="Ordnungsamt", short_code="32")
    trade = OrgUnitFactory(
        tenant=tenant, name="Gewerbe", short_code="32.1", kind=OrgUnitKind.SECTION, parent=order
    )
    main = OrgUnitFactory(tenant=tenant, name="Hauptamt", short_code="10")
    rows = [
        ("Hund anmelden", trade, OzgTopic.TAXES, 150, 2, True),
        ("Hundesteuer ermäßigen", trade, OzgTopic.TAXES, 12, 1, False),
        ("Gewerbe anmelden", trade, OzgTopic.BUSINESS, 240, 3, True),
        ("Gewerbe abmelden", trade, OzgTopic.BUSINESS, 180, None, False),
        ("Gaststättenerlaubnis erteilen", trade, OzgTopic.BUSINESS, 8, 0, False),
        ("Fundsache entgegennehmen", order, OzgTopic.LAW, 300, None, True),
        ("Sondernutzung genehmigen", order, OzgTopic.MOBILITY, None, 2, False),
        ("Stellenbesetzung durchführen", main, OzgTopic.CROSS_CUTTING, 25, 4, False),
        ("Haushaltsplan aufstellen", main, "", 1, 1, False),
        ("Sitzung des Gemeinderats vorbereiten", None, OzgTopic.CROSS_CUTTING, 11, 2, False),
        ("Wochenmarkt zulassen", order, OzgTopic.BUSINESS, 40, 2, True),
    ]
    for index, (name, unit, topic, cases, level, recommended) in enumerate(rows, start=1):
        ProfileFactory(
            tenant=tenant,
            number=f"P-{index:04d}",
            name=name,
            owner_unit=unit,
            ozg_topic=topic,
            case_count=cases,
            digitalisation_level=level,
            recommended=recommended,
        )
    ProfileFactory(tenant=tenant, number="P-0099", name="Leuchtturm pflegen", relevant=False)
    scheme_ensure(tenant=tenant)
    scores_recompute(tenant=tenant)
    return tenant


def test_a_viewer_lands_on_the_start_page_and_reads_charts_and_tables(
    page, live_server, register, accessible, cast
):
    log_in(page, live_server, cast.viewer.username)
    page.wait_for_url(f"**/t/{register.slug}/uebersicht/")
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator(".key-figures dd").first).to_have_text("12")
    expect(page.locator(".progress-meter")).to_have_attribute("max", "11")
    expect(page.locator(".progress-meter")).to_have_attribute("value", "8")
    expect(page.locator(".top-table tbody tr")).to_have_count(10)
    expect(page.locator(".top-table")).not_to_contain_text("Leuchtturm pflegen")
    charts = page.locator("svg.bar-chart[role=img]")
    expect(charts).to_have_count(3)
    expect(page.locator("table.chart-table")).to_have_count(3)
    # Each chart has its numbers written on it and a real table with the same numbers.
    topic_chart = page.locator("#chart-topic-title").locator("xpath=..")
    expect(topic_chart.locator("text.bar-value").first).to_contain_text("4 (36,4 %)")
    expect(page.locator("#table-topic tbody tr").first).to_contain_text("36,4 %")
    expect(page.locator("#table-unit tbody tr").first.locator("th")).to_have_text("32 Ordnungsamt")
    expect(page.locator("#table-unit tbody tr").first.locator("td").first).to_have_text("8")
    # Wide screen: the table stands beside its chart.
    chart_box = charts.first.bounding_box()
    table_box = page.locator("#table-topic").bounding_box()
    assert table_box["x"] > chart_box["x"] + chart_box["width"] - 1
    accessible()

    page.locator(".progress-details summary").click()
    expect(page.locator(".progress-table tbody tr")).to_have_count(4)
    accessible()

    # Narrow screen: the table moves below its chart; the chart scales down with its column.
    page.set_viewport_size({"width": 480, "height": 900})
    chart_box = charts.first.bounding_box()
    table_box = page.locator("#table-topic").bounding_box()
    assert table_box["y"] >= chart_box["y"] + chart_box["height"] - 1
    assert chart_box["width"] <= 480
    accessible()

    # A table row opens the register filtered to it.
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.locator("#table-topic").get_by_role("link", name=str(OzgTopic.BUSINESS.label)).click()
    expect(page.locator("#register-results tbody tr")).to_have_count(4)


def test_a_member_of_an_empty_register_gets_a_friendly_start(page, live_server, accessible, cast):
    log_in(page, live_server, cast.outsider.username)
    page.wait_for_url(f"**/t/{cast.other_tenant.slug}/uebersicht/")
    expect(page.locator("#empty-heading")).to_be_visible()
    expect(page.locator("svg")).to_have_count(0)
    accessible()
