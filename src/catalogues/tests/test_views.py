"""Importing into catalogues through the pages, and editing an authority's context entries."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from catalogues.choices import CatalogKind, VersionStatus
from catalogues.importers.base import MAX_FILE_BYTES
from catalogues.importers.leika import write_leika_csv
from catalogues.importers.leika_example import example_leika_rows
from catalogues.models import Catalog, CatalogEntry, CatalogVersion
from catalogues.tests.factories import CatalogEntryFactory

pytestmark = pytest.mark.django_db

LEIKA_HEADER = (
    "Schluessel;Gruppierung;Kennung;Verrichtung;Verrichtungsdetail;Bezeichnung;Bezeichnung2;Typ;Synonyme;"
    "Besondere Merkmale;Datum"
)


def _csv(*rows: str) -> bytes:
    return "\n".join([LEIKA_HEADER, *rows]).encode("iso-8859-1")


GOOD = _csv(
    "99001003000000;001;003;;;Hundesteuer;;5;Hundeabgabe;;01.03.2026",
    "99001003012000;001;003;Festsetzung;;Hundesteuer Festsetzung;;5;;;01.03.2026",
    "99001003013000;001;003;Ermäßigung;;Hundesteuer Ermäßigung;;5;;;01.03.2026",
)


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_user("plattform", is_staff=True, is_superuser=True)


@pytest.fixture
def leika():
    return Catalog.objects.create(kind=CatalogKind.LEIKA, name="LeiKa")


def _upload(client, catalog, data, name="leika.csv", **fields):
    url = reverse("platform_catalogues:catalog_import", kwargs={"catalog_uuid": catalog.uuid})
    form = {"layout": "leika", "label": "2026-1", "source": "FIM-Portal", **fields}
    return client.post(url, {**form, "file": SimpleUploadedFile(name, data)})


def test_a_platform_administrator_uploads_reviews_and_applies_a_leika_version(client, superuser, leika):
    client.force_login(superuser)
    response = _upload(client, leika, GOOD)
    version = CatalogVersion.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "platform_catalogues:version_review", kwargs={"uuid": version.uuid}
    )
    assert not CatalogEntry.objects.exists(), "nothing is written before the review"

    review = client.get(response["Location"])
    assert review.status_code == 200
    assert review.context["summary"]["new"] == 3
    assert "Hundesteuer Ermäßigung" in review.content.decode()

    applied = client.post(response["Location"], {"action": "apply"})
    assert applied.status_code == 302
    assert CatalogEntry.objects.filter(catalog=leika).count() == 3
    leika.refresh_from_db()
    assert (leika.version, leika.source, str(leika.issued_on)) == ("2026-1", "FIM-Portal", "2026-03-01")
    version.refresh_from_db()
    assert version.status == VersionStatus.APPLIED
    assert version.summary["new"] == 3


def test_a_discarded_upload_changes_nothing(client, superuser, leika):
    client.force_login(superuser)
    location = _upload(client, leika, GOOD)["Location"]
    client.post(location, {"action": "discard"})
    assert not CatalogEntry.objects.exists()
    assert CatalogVersion.objects.get().status == VersionStatus.DISCARDED
    later = client.post(location, {"action": "apply"})
    assert later.status_code == 200 and later.context["version"].status == VersionStatus.DISCARDED
    assert not CatalogEntry.objects.exists(), "a discarded upload cannot be applied later"


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "leika.csv", "leer"),
        ("Schluessel;Bezeichnung\n99001003000000;Hund".encode("iso-8859-1"), "leika.csv", "Typ"),
        (_csv("9900100;001;003;;;Hund;;5;;;"), "leika.csv", "Zeile 2"),
        (
            _csv("99001003000000;001;003;;;Hund;;5;;;", "99001003000000;001;003;;;Hund;;5;;;"),
            "leika.csv",
            "Zeile 3",
        ),
        ("Schluessel;Bezeichnung;Typ\n".encode("utf-16"), "leika.csv", "Zeile"),
        (b"PK\x03\x04 kaputt", "leika.xlsx", "XLSX"),
    ],
    ids=["empty", "missing-column", "malformed-key", "duplicate-key", "utf-16", "corrupt-xlsx"],
)
def test_a_bad_file_gets_german_reasons_and_nothing_is_written(client, superuser, leika, data, name, message):
    client.force_login(superuser)
    with translation.override("de"):
        response = _upload(client, leika, data, name=name)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not CatalogEntry.objects.exists()
    assert not CatalogVersion.objects.exists()


def test_a_file_just_over_the_size_limit_is_refused(client, superuser, leika):
    client.force_login(superuser)
    with translation.override("de"):
        response = _upload(client, leika, b"x" * (MAX_FILE_BYTES + 1))
    assert response.status_code == 400
    assert "größer als 20 MB" in response.content.decode()
    assert not CatalogVersion.objects.exists()


def test_a_huge_upload_is_refused_before_its_body_is_read(client, superuser, leika):
    client.force_login(superuser)
    url = reverse("platform_catalogues:catalog_import", kwargs={"catalog_uuid": leika.uuid})
    with translation.override("de"):
        # A request announcing 100 MB: answered from the header, the body is never read.
        response = client.generic("POST", url, b"", CONTENT_LENGTH=str(100 * 1024 * 1024))
    assert response.status_code == 413
    assert "größer als 20 MB" in response.content.decode()
    assert not CatalogVersion.objects.exists()


def test_the_layout_must_fit_the_catalogue(client, superuser, leika):
    client.force_login(superuser)
    assert _upload(client, leika, GOOD, layout="ozg").status_code == 400
    assert not CatalogVersion.objects.exists()


def test_a_newer_version_lists_what_changes_and_retires_what_is_gone(client, superuser, leika):
    client.force_login(superuser)
    client.post(_upload(client, leika, GOOD)["Location"], {"action": "apply"})
    newer = _csv(
        "99001003000000;001;003;;;Hundesteuer;;5;Hundeabgabe;;01.06.2026",
        "99001003012000;001;003;Festsetzung;;Festsetzung der Hundesteuer;;5;;;01.06.2026",
        "99001003014000;001;003;Erlass;;Hundesteuer Erlass;;5;;;01.06.2026",
    )
    location = _upload(client, leika, newer, label="2026-2")["Location"]
    review = client.get(location)
    assert review.context["summary"] == {
        "new": 1,
        "changed": 2,  # renamed, and the date in its further fields
        "removed": 1,
        "unchanged": 0,
        "links_to_removed": 0,
    }
    client.post(location, {"action": "apply"})
    gone = CatalogEntry.objects.get(key="99001003013000")
    assert gone.is_retired and gone.retired_in.label == "2026-2"
    versions = client.get(
        reverse("platform_catalogues:catalog_versions", kwargs={"catalog_uuid": leika.uuid})
    )
    assert [v.label for v in versions.context["versions"]] == ["2026-2", "2026-1"]


def test_ten_thousand_generated_rows_import_in_one_go(client, superuser, leika):
    client.force_login(superuser)
    data = write_leika_csv(example_leika_rows(10_000))
    client.post(_upload(client, leika, data)["Location"], {"action": "apply"})
    assert CatalogEntry.objects.filter(catalog=leika).count() == 10_000
    assert not CatalogEntry.objects.filter(catalog=leika, search_document="").exists()


def test_the_platform_list_shows_every_global_catalogue_and_creates_missing_ones(client, superuser, leika):
    client.force_login(superuser)
    page = client.get(reverse("platform_catalogues:catalog_list"))
    assert [c.kind for c in page.context["catalogs"]] == ["leika"]
    assert CatalogKind.PRODUCT in dict(page.context["missing"])
    client.post(reverse("platform_catalogues:catalog_create"), {"kind": CatalogKind.PRODUCT})
    assert Catalog.objects.filter(tenant__isnull=True, kind=CatalogKind.PRODUCT).exists()
    client.post(reverse("platform_catalogues:catalog_create"), {"kind": CatalogKind.DOCUMENTS})
    assert not Catalog.objects.filter(kind=CatalogKind.DOCUMENTS).exists(), "context kinds are not global"


# --- An authority's context catalogues ----------------------------------------------------------------


@pytest.fixture
def documents(cast):
    return Catalog.objects.create(tenant=cast.tenant, kind=CatalogKind.DOCUMENTS, name="Dokumente")


def test_a_modeller_imports_a_list_into_a_context_catalogue(cast, documents):
    CatalogEntryFactory(catalog=documents, key="", name="Personalausweis")
    client = cast.client_for(cast.modeller)
    url = reverse(
        "catalogues:catalog_import", kwargs={"tenant_slug": cast.tenant.slug, "catalog_uuid": documents.uuid}
    )
    data = "Bezeichnung;Beschreibung\nPersonalausweis;Nachweis der Identität\nVollmacht;Schriftlich\n"
    response = client.post(
        url, {"layout": "context", "file": SimpleUploadedFile("d.csv", data.encode("cp1252"))}
    )
    assert response.status_code == 302
    review = client.get(response["Location"])
    assert review.context["summary"]["new"] == 1 and review.context["summary"]["changed"] == 1
    client.post(response["Location"], {"action": "apply"})
    assert sorted(documents.entries.values_list("name", flat=True)) == ["Personalausweis", "Vollmacht"]
    assert documents.entries.get(name="Personalausweis").description == "Nachweis der Identität"


def test_a_context_entry_is_created_edited_and_deleted_through_the_pages(cast, documents):
    client = cast.client_for(cast.modeller)
    create = reverse(
        "catalogues:entry_create", kwargs={"tenant_slug": cast.tenant.slug, "catalog_uuid": documents.uuid}
    )
    response = client.post(
        create, {"name": "Meldebescheinigung", "key": "", "synonyms": "Meldenachweis\n\nMeldenachweis"}
    )
    entry = CatalogEntry.objects.get(catalog=documents)
    assert response.status_code == 302
    assert entry.synonyms == ["Meldenachweis"]
    assert " meldenachwei" in entry.search_document

    duplicate = client.post(create, {"name": "meldebescheinigung"})
    assert duplicate.status_code == 400
    assert CatalogEntry.objects.filter(catalog=documents).count() == 1

    edit = reverse("catalogues:entry_edit", kwargs={"tenant_slug": cast.tenant.slug, "uuid": entry.uuid})
    client.post(edit, {"name": "Erweiterte Meldebescheinigung", "url": "https://example.org/mb"})
    entry.refresh_from_db()
    assert (entry.name, entry.url) == ("Erweiterte Meldebescheinigung", "https://example.org/mb")

    delete = reverse("catalogues:entry_delete", kwargs={"tenant_slug": cast.tenant.slug, "uuid": entry.uuid})
    assert client.post(delete, {"action": "delete"}).status_code == 302
    assert not CatalogEntry.objects.filter(catalog=documents).exists()


def test_a_global_catalogue_cannot_be_edited_by_an_authority(cast, leika):
    client = cast.client_for(cast.admin)
    url = reverse(
        "catalogues:entry_create", kwargs={"tenant_slug": cast.tenant.slug, "catalog_uuid": leika.uuid}
    )
    assert client.get(url).status_code == 404
    entry = CatalogEntryFactory(catalog=leika)
    edit = reverse("catalogues:entry_edit", kwargs={"tenant_slug": cast.tenant.slug, "uuid": entry.uuid})
    assert client.post(edit, {"name": "Gekapert"}).status_code == 404
    imp = reverse(
        "catalogues:catalog_import", kwargs={"tenant_slug": cast.tenant.slug, "catalog_uuid": leika.uuid}
    )
    assert client.get(imp).status_code == 404


def test_an_authority_without_context_catalogues_creates_them(cast):
    client = cast.client_for(cast.modeller)
    page = client.get(reverse("register:catalog_list", kwargs={"tenant_slug": cast.tenant.slug}))
    assert len(page.context["missing_context_kinds"]) == 4
    url = reverse("catalogues:context_catalog_create", kwargs={"tenant_slug": cast.tenant.slug})
    response = client.post(url, {"kind": CatalogKind.LEGAL_BASES})
    catalog = Catalog.objects.get(tenant=cast.tenant, kind=CatalogKind.LEGAL_BASES)
    assert response["Location"].endswith(f"/kataloge/{catalog.uuid}/")
    client.post(url, {"kind": CatalogKind.LEGAL_BASES})
    client.post(url, {"kind": CatalogKind.LEIKA})
    assert Catalog.objects.filter(tenant=cast.tenant).count() == 1, "no second one, no global kind"
    assert not Catalog.objects.filter(tenant=cast.other_tenant).exists()
