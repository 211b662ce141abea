"""The demo loader: realistic content, every role, isolation, and idempotence."""

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Q

from catalogues.choices import CatalogKind
from catalogues.models import Catalog, CatalogEntry
from catalogues.search import search_entries
from demo.services import DEMO_PASSWORD, demo_load
from organisation.models import OrgUnit
from register.models import CatalogLink, ProcessProfile, TemplateInstance
from tenants.choices import Role
from tenants.models import Membership, Tenant

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    return demo_load()


def test_it_creates_the_publisher_musterstadt_and_a_second_municipality(demo):
    assert set(Tenant.objects.values_list("slug", flat=True)) == {"landesteam", "musterstadt", "neudorf"}
    musterstadt = Tenant.objects.get(slug="musterstadt")
    assert musterstadt.size_class == "GK-10000"
    assert Tenant.objects.get(slug="landesteam").is_template_publisher


def test_musterstadt_receives_the_whole_template(demo):
    musterstadt = Tenant.objects.get(slug="musterstadt")
    profiles = ProcessProfile.objects.for_tenant(musterstadt)
    assert 930 <= profiles.count() <= 990
    copied = profiles.filter(origin_uuid__isnull=False, origin_version__isnull=False)
    assert copied.count() == profiles.count()
    assert OrgUnit.objects.for_tenant(musterstadt).filter(depth=2).exists()  # three levels
    assert CatalogLink.objects.for_tenant(musterstadt).count() > profiles.count()
    assert 24 <= profiles.filter(recommended=True).count() <= 28
    assert 36 <= profiles.filter(online_assistant=True).count() <= 44
    assert profiles.values("ozg_topic").distinct().count() == 14
    assert TemplateInstance.objects.for_tenant(musterstadt).count() == 1
    assert Catalog.objects.filter(tenant=musterstadt).count() == 4  # own context catalogues
    product_links = CatalogLink.objects.for_tenant(musterstadt).filter(
        entry__catalog__kind=CatalogKind.PRODUCT
    )
    assert product_links.values("profile").distinct().count() == product_links.count() == profiles.count()
    assert not product_links.exclude(entry__depth=2).exists()  # products, not Produktgruppen


def test_it_creates_the_global_example_catalogues_with_a_product_plan(demo):
    catalogs = Catalog.objects.filter(tenant__isnull=True)
    assert set(catalogs.values_list("kind", flat=True)) == {
        CatalogKind.LEIKA,
        CatalogKind.OZG,
        CatalogKind.KGST,
        CatalogKind.SRH,
        CatalogKind.PRODUCT,
    }
    assert all(c.is_example and "Beispieldaten" in c.name for c in catalogs)
    leika = CatalogEntry.objects.filter(catalog__kind=CatalogKind.LEIKA, catalog__tenant__isnull=True)
    assert leika.count() >= 1500
    assert leika.filter(depth=2).exists()  # Verrichtungsdetails
    product = CatalogEntry.objects.get(catalog__kind=CatalogKind.PRODUCT, key="12.3.01")
    assert product.parent.key == "12.3" and product.parent.parent.key == "12"
    # The entries the loader creates carry their search documents: synonyms find them
    publisher = Tenant.objects.get(slug="landesteam")
    loaded = CatalogEntry.objects.filter(Q(catalog__tenant__isnull=True) | Q(catalog__tenant=publisher))
    assert loaded.count() > 3500 and not loaded.filter(search_document="").exists()
    assert "Wohnsitz Ummeldung" in [e.name for e in search_entries(leika, "Adressänderung")]
    assert {e.key for e in search_entries(leika, "99101001")} >= {"99101001000000", "99101001010001"}


def test_every_role_has_a_user_who_can_log_in(demo, client):
    roles = set(Membership.objects.filter(tenant__slug="musterstadt").values_list("role", flat=True))
    assert roles == {Role.ADMINISTRATOR, Role.MODELLER, Role.REVIEWER, Role.VIEWER}
    assert client.login(username="admin", password=DEMO_PASSWORD)
    assert {login[0] for login in demo.logins} >= {"admin", "modellierer", "pruefer", "betrachter", "neudorf"}


def test_the_registers_are_separate_copies(demo):
    musterstadt, neudorf = Tenant.objects.get(slug="musterstadt"), Tenant.objects.get(slug="neudorf")
    a = set(ProcessProfile.objects.for_tenant(musterstadt).values_list("uuid", flat=True))
    b = set(ProcessProfile.objects.for_tenant(neudorf).values_list("uuid", flat=True))
    assert a and b and not a & b


def test_running_it_twice_duplicates_nothing(demo):
    def counts():
        users = get_user_model().objects.count()
        return ProcessProfile.all_tenants.count(), OrgUnit.all_tenants.count(), users

    before = counts()
    assert demo_load().created == []
    assert counts() == before


def test_the_demo_search_understands_german(demo, client):
    client.login(username="betrachter", password=DEMO_PASSWORD)
    response = client.get("/t/musterstadt/?q=Hundesteuer")
    assert response.status_code == 200
    assert "Hund" in response.content.decode()
