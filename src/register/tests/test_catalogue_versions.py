"""A new catalogue version never drops a profile's link: links to removed entries stay and are flagged."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from catalogues.choices import CatalogKind
from catalogues.models import Catalog, CatalogEntry
from register.models import CatalogLink
from register.tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db

FIRST = "Schlüssel;Bezeichnung\n1;Steuerung\n1.1;Planung\n1.2;Controlling\n"
SECOND = "Schlüssel;Bezeichnung\n1;Steuerung\n1.1;Planung und Steuerung\n"


@pytest.fixture
def platform(django_user_model, client):
    client.force_login(django_user_model.objects.create_user("plattform", is_superuser=True, is_staff=True))
    return client


def _import(client, catalog, text, label):
    url = reverse("platform_catalogues:catalog_import", kwargs={"catalog_uuid": catalog.uuid})
    upload = SimpleUploadedFile("kgst.csv", text.encode("utf-8"))
    response = client.post(url, {"layout": "hierarchical", "label": label, "file": upload})
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"]


def test_the_review_names_the_profiles_that_link_to_removed_entries_and_apply_keeps_their_links(
    platform, cast
):
    kgst = Catalog.objects.create(kind=CatalogKind.KGST, name="KGSt")
    platform.post(_import(platform, kgst, FIRST, "1"), {"action": "apply"})
    controlling = CatalogEntry.objects.get(catalog=kgst, key="1.2")
    ours = ProfileFactory(tenant=cast.tenant, number="P-0001", name="Haushaltscontrolling")
    theirs = ProfileFactory(tenant=cast.other_tenant, number="P-0900", name="Controlling der Nachbarn")
    for profile in (ours, theirs):
        CatalogLink.objects.create(tenant=profile.tenant, profile=profile, entry=controlling)

    review_url = _import(platform, kgst, SECOND, "2")
    review = platform.get(review_url)
    assert review.context["summary"]["removed"] == 1
    assert review.context["summary"]["links_to_removed"] == 2
    assert {row["profile_number"] for row in review.context["affected_profiles"]} == {"P-0001", "P-0900"}
    assert {name for name, _count in review.context["affected_tenants"]} == {
        cast.tenant.name,
        cast.other_tenant.name,
    }

    platform.post(review_url, {"action": "apply"})
    controlling.refresh_from_db()
    assert controlling.is_retired
    assert CatalogLink.objects.for_tenant(cast.tenant).filter(entry=controlling).exists()

    # Each authority sees its own links to removed entries, and only its own.
    client = cast.client_for(cast.viewer)
    versions = client.get(
        reverse(
            "catalogues:catalog_versions", kwargs={"tenant_slug": cast.tenant.slug, "catalog_uuid": kgst.uuid}
        )
    )
    assert [row["profile_number"] for row in versions.context["retired_links"]] == ["P-0001"]
    detail = client.get(
        reverse("register:profile_detail", kwargs={"tenant_slug": cast.tenant.slug, "uuid": ours.uuid})
    )
    assert "badge" in detail.content.decode().split("Controlling", 1)[1][:400]


def test_a_context_catalogue_review_shows_only_the_own_authority(cast):
    documents = Catalog.objects.create(tenant=cast.tenant, kind=CatalogKind.DOCUMENTS, name="Dokumente")
    client = cast.client_for(cast.modeller)
    url = reverse(
        "catalogues:catalog_import", kwargs={"tenant_slug": cast.tenant.slug, "catalog_uuid": documents.uuid}
    )
    upload = SimpleUploadedFile("d.csv", b"Bezeichnung\nVollmacht\n")
    location = client.post(url, {"layout": "context", "file": upload})["Location"]
    assert cast.client_for(cast.outsider).get(location).status_code == 404
    assert cast.client_for(cast.viewer).get(location).status_code == 403
