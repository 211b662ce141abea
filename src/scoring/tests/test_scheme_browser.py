"""Editing the scheme in a real browser: the preview follows every change, saving recalculates."""

import pytest
from playwright.sync_api import expect

from register.models import ProcessProfile
from register.tests.factories import ProfileFactory
from register.tests.test_browser import log_in
from scoring.choices import CriterionKind
from scoring.models import Criterion
from scoring.services import scheme_ensure

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def register(cast):
    tenant = cast.tenant
    ProfileFactory(
        tenant=tenant, number="P-0001", name="Hund anmelden", recommended=True, digitalisation_level=3
    )
    ProfileFactory(tenant=tenant, number="P-0002", name="Gewerbe anmelden", digitalisation_level=0)
    ProfileFactory(tenant=tenant, number="P-0003", name="Fundsache melden", digitalisation_level=4)
    scheme_ensure(tenant=tenant)
    return tenant


def _weight_input(page, kind):
    prefix = page.locator(f"input[value='{kind}'][name$='-kind']").get_attribute("name").removesuffix("-kind")
    return page.locator(f"#{prefix}-weight")


def test_an_administrator_previews_and_saves_new_weights(page, live_server, register, cast, accessible):
    log_in(page, live_server, cast.admin.username)
    page.goto(f"{live_server.url}/t/{register.slug}/nutzwert/")
    accessible()
    page.get_by_role("link", name="Schema bearbeiten").click()
    expect(page.locator("#scheme-form")).to_be_visible()
    accessible()

    recommended = _weight_input(page, CriterionKind.RECOMMENDED)
    recommended.fill("0")
    recommended.press("Tab")
    # The preview follows the change at once: the weights no longer add up.
    expect(page.locator("#what-if .weight-sum")).to_contain_text("75")
    level = _weight_input(page, CriterionKind.DIGITALISATION_LEVEL)
    level.fill("45")
    level.press("Tab")
    expect(page.locator("#what-if .weight-sum")).to_contain_text("100")
    first = page.locator("#what-if tbody tr").first
    expect(first).to_contain_text("P-0002")
    expect(first.locator(".move-up")).to_be_visible()
    accessible()
    assert Criterion.objects.for_tenant(register).get(kind=CriterionKind.RECOMMENDED).weight == 25

    page.get_by_role("button", name="Speichern").click()
    expect(page.locator(".message-success")).to_be_visible()
    accessible()
    assert Criterion.objects.for_tenant(register).get(kind=CriterionKind.RECOMMENDED).weight == 0
    scores = dict(ProcessProfile.objects.for_tenant(register).values_list("number", "score"))
    assert scores["P-0002"] > scores["P-0001"] > scores["P-0003"]


def test_a_wrong_value_is_marked_at_its_field(page, live_server, register, cast, accessible):
    log_in(page, live_server, cast.admin.username)
    page.goto(f"{live_server.url}/t/{register.slug}/nutzwert/bearbeiten/")
    level = _weight_input(page, CriterionKind.DIGITALISATION_LEVEL)
    level.fill("-5")
    page.get_by_role("button", name="Speichern").click()
    level = _weight_input(page, CriterionKind.DIGITALISATION_LEVEL)
    expect(level).to_have_attribute("aria-invalid", "true")
    expect(page.locator(".error-summary")).to_be_visible()
    accessible()
    assert Criterion.objects.for_tenant(register).get(kind=CriterionKind.DIGITALISATION_LEVEL).weight == 20
