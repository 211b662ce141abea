"""Linking catalogue entries in the profile editor with the combobox, in a real browser, with axe-core."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from catalogues.choices import CatalogKind
from catalogues.tests.factories import CatalogEntryFactory, CatalogFactory
from register.models import CatalogLink
from register.tests.factories import ProfileFactory
from register.tests.test_browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _text(msgid, **values):
    """The page's (German) wording of a message the script fills in."""
    with translation.override("de"):
        text = gettext(msgid)
    for name, value in values.items():
        text = text.replace(f"{{{name}}}", str(value))
    return text


@pytest.fixture
def linked_profile(cast):
    leika = CatalogFactory(kind=CatalogKind.LEIKA, name="LeiKa-Leistungskatalog")
    documents = CatalogFactory(tenant=cast.tenant, kind=CatalogKind.DOCUMENTS, name="Dokumente")
    foreign = CatalogFactory(tenant=cast.other_tenant, kind=CatalogKind.DOCUMENTS, name="Fremde Dokumente")
    entries = {
        "tax": CatalogEntryFactory(
            catalog=leika, key="99001003001000", name="Hundesteuer Festsetzung", synonyms=["Hundeabgabe"]
        ),
        "register": CatalogEntryFactory(catalog=leika, key="99001003002000", name="Hund Anmeldung"),
        "trade": CatalogEntryFactory(catalog=leika, key="99050012104000", name="Gewerbeanmeldung"),
        "old": CatalogEntryFactory(
            catalog=leika, key="99001003009000", name="Hundemarke Ausgabe", is_retired=True
        ),
        "form": CatalogEntryFactory(catalog=documents, key="", name="Antragsformular Hundesteuer"),
        "foreign": CatalogEntryFactory(catalog=foreign, key="", name="Geheimes Hundeformular"),
    }
    profile = ProfileFactory(tenant=cast.tenant, number="P-0001", name="Hund anmelden")
    for key in ("register", "old"):
        CatalogLink.objects.create(tenant=cast.tenant, profile=profile, entry=entries[key])
    return profile, entries


def test_a_modeller_links_and_unlinks_catalogue_entries_with_the_keyboard(
    page, live_server, linked_profile, accessible, cast
):
    profile, entries = linked_profile
    log_in(page, live_server, cast.modeller.username)
    page.goto(f"{live_server.url}/t/{cast.tenant.slug}/prozesse/{profile.uuid}/bearbeiten/")
    section = page.locator("#catalog-links")
    rows = section.locator("[data-catalog-link]")
    expect(rows).to_have_count(2)
    expect(section.locator(".badge")).to_have_text(_text("retired"))
    accessible()

    combobox = page.get_by_role("combobox", name=_text("Add a catalogue entry"))
    expect(combobox).to_have_attribute("aria-expanded", "false")
    combobox.focus()
    combobox.press_sequentially("Hundesteuer", delay=30)
    listbox = page.get_by_role("listbox", name=_text("Add a catalogue entry"))
    expect(listbox).to_be_visible()
    options = listbox.get_by_role("option")
    # The linked "Hund Anmeldung", the retired and the neighbour's entries are not offered.
    expect(options).to_have_count(2)
    expect(listbox).not_to_contain_text("Hund Anmeldung")
    expect(listbox).not_to_contain_text("Geheimes")
    expect(combobox).to_have_attribute("aria-expanded", "true")
    expect(section.locator("[data-catalog-status]")).to_have_text(_text("{n} results", n=2))
    accessible()

    # Entries without a key sort first: the tenant's own form, then the LeiKa service.
    combobox.press("ArrowDown")
    first = options.first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(combobox).to_have_attribute("aria-activedescendant", f"catalog-option-{entries['form'].uuid}")
    combobox.press("ArrowDown")
    expect(first).to_have_attribute("aria-selected", "false")
    combobox.press("ArrowUp")
    expect(first).to_have_attribute("aria-selected", "true")
    label = "Antragsformular Hundesteuer"
    combobox.press("Enter")
    expect(combobox).to_have_attribute("aria-expanded", "false")
    expect(combobox).to_have_value("")
    expect(combobox).to_be_focused()
    expect(rows).to_have_count(3)
    expect(section.locator("[data-catalog-status]")).to_have_text(_text("“{label}” added", label=label))

    # Escape closes the list; the mouse picks an option too.
    combobox.press_sequentially("99050", delay=30)
    expect(options).to_have_count(1)
    combobox.press("Escape")
    expect(listbox).to_be_hidden()
    combobox.press("ArrowDown")
    expect(listbox).to_be_visible()
    options.first.click()
    expect(rows).to_have_count(4)
    expect(section.locator("[data-catalog-group]")).to_have_count(2)  # LeiKa and the documents
    accessible()

    # Remove "Hund Anmeldung" with its button; the retired entry stays linked.
    remove = section.get_by_role(
        "button", name=_text("Remove link to {label}", label="99001003002000 Hund Anmeldung")
    )
    remove.focus()
    page.keyboard.press("Enter")
    expect(rows).to_have_count(3)
    expect(section).not_to_contain_text("Hund Anmeldung")
    expect(section.locator("[data-catalog-status]")).to_have_text(
        _text("Link to “{label}” removed", label="99001003002000 Hund Anmeldung")
    )
    accessible()

    page.click("form.profile-form button[type=submit]")
    expect(page).to_have_url(re.compile(rf"/prozesse/{profile.uuid}/$"))
    card = page.locator("section[aria-labelledby=g-catalogues]")
    for text in ("Antragsformular Hundesteuer", "Hundemarke Ausgabe", "Gewerbeanmeldung"):
        expect(card).to_contain_text(text)
    expect(card).not_to_contain_text("Hund Anmeldung")
    accessible()
    saved = (
        CatalogLink.objects.for_tenant(cast.tenant)
        .filter(profile=profile)
        .values_list("entry__name", flat=True)
    )
    assert set(saved) == {"Antragsformular Hundesteuer", "Hundemarke Ausgabe", "Gewerbeanmeldung"}


def test_without_javascript_the_editor_still_adds_and_removes_links(
    browser, live_server, linked_profile, cast
):
    profile, entries = linked_profile
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    page = context.new_page()
    try:
        log_in(page, live_server, cast.modeller.username)
        page.goto(f"{live_server.url}/t/{cast.tenant.slug}/prozesse/{profile.uuid}/bearbeiten/")
        page.fill("#catalog-search", "Gewerbeanmeldung")
        page.press("#catalog-search", "Enter")
        page.check(f"#catalog-add-{entries['trade'].uuid}")
        page.uncheck(f"#catalog-link-{entries['register'].uuid}")
        page.click("form.profile-form button[type=submit]")
        expect(page.locator("section[aria-labelledby=g-catalogues]")).to_contain_text("Gewerbeanmeldung")
    finally:
        context.close()
    saved = set(
        CatalogLink.objects.for_tenant(cast.tenant)
        .filter(profile=profile)
        .values_list("entry__name", flat=True)
    )
    assert saved == {"Gewerbeanmeldung", "Hundemarke Ausgabe"}
