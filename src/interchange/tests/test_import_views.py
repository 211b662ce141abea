"""The pages of the spreadsheet import: upload, column assignment, check, import, discard, progress."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from interchange.choices import JobStatus
from interchange.models import ImportJob
from interchange.tests.spreadsheets import xlsx
from register.models import ProcessProfile


def _url(cast, name, **kwargs):
    return reverse(f"interchange:{name}", kwargs={"tenant_slug": cast.tenant.slug, **kwargs})


def _upload(client, cast, data, name="liste.xlsx"):
    return client.post(_url(cast, "import_upload"), {"file": SimpleUploadedFile(name, data)})


@pytest.mark.django_db
def test_a_modeller_uploads_assigns_checks_and_imports(cast):
    client = cast.client_for(cast.modeller)
    data = xlsx([["Nr.", "Bezeichnung", "Spalte ohne Zuordnung"], ["P-1", "Eins", "x"], ["P-2", "Zwei", "y"]])

    response = _upload(client, cast, data)
    job = ImportJob.objects.for_tenant(cast.tenant).get()
    assert response.status_code == 302
    assert response["Location"] == _url(cast, "import_mapping", uuid=job.uuid)

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert b'<option value="number" selected>' in page.content

    response = client.post(
        _url(cast, "import_mapping", uuid=job.uuid),
        {"col_0": "number", "col_1": "name", "col_2": "", "existing": "update", "remember": "on"},
    )
    assert response["Location"] == _url(cast, "import_preview", uuid=job.uuid)
    preview = client.get(response["Location"])
    assert preview.status_code == 200
    assert preview.context["result"]["create"] == 2
    assert not ProcessProfile.objects.for_tenant(cast.tenant).exists()

    response = client.post(_url(cast, "import_preview", uuid=job.uuid))
    assert response.status_code == 302
    assert sorted(ProcessProfile.objects.for_tenant(cast.tenant).values_list("number", flat=True)) == [
        "P-1",
        "P-2",
    ]
    job.refresh_from_db()
    assert job.status == JobStatus.IMPORTED
    assert client.get(_url(cast, "import_preview", uuid=job.uuid)).status_code == 200


@pytest.mark.django_db
def test_problems_are_listed_by_row_and_column_and_the_import_is_refused(cast):
    client = cast.client_for(cast.modeller)
    _upload(client, cast, xlsx([["Nr.", "Name", "Fallzahl"], ["P-1", "Eins", "zwölf"], ["P-2", "Zwei", "3"]]))
    job = ImportJob.objects.for_tenant(cast.tenant).get()
    client.post(
        _url(cast, "import_mapping", uuid=job.uuid),
        {"col_0": "number", "col_1": "name", "col_2": "case_count", "existing": "update"},
    )

    preview = client.get(_url(cast, "import_preview", uuid=job.uuid))
    assert [(p["row"], p["column"]) for p in preview.context["problems"]] == [(2, "Fallzahl")]

    refused = client.post(_url(cast, "import_preview", uuid=job.uuid))
    assert refused.status_code == 400
    assert not ProcessProfile.objects.for_tenant(cast.tenant).exists()

    client.post(_url(cast, "import_preview", uuid=job.uuid), {"only_valid": "1"})
    assert list(ProcessProfile.objects.for_tenant(cast.tenant).values_list("number", flat=True)) == ["P-2"]


@pytest.mark.django_db
def test_a_mapping_without_process_number_is_shown_again_with_the_error(cast):
    client = cast.client_for(cast.modeller)
    _upload(client, cast, xlsx([["A", "B"], ["P-1", "Eins"]]))
    job = ImportJob.objects.for_tenant(cast.tenant).get()

    response = client.post(
        _url(cast, "import_mapping", uuid=job.uuid), {"col_0": "", "col_1": "name", "existing": "update"}
    )

    assert response.status_code == 400
    assert response.context["form"].non_field_errors()


@pytest.mark.django_db
def test_a_broken_file_is_refused_with_its_problems(cast):
    response = _upload(cast.client_for(cast.modeller), cast, b"PK\x03\x04 kaputt")

    assert response.status_code == 400
    assert response.context["problems"]
    assert not ImportJob.objects.for_tenant(cast.tenant).exists()


@pytest.mark.django_db
def test_a_100_mb_upload_is_refused_before_it_is_read(cast):
    client = cast.client_for(cast.modeller)

    response = client.post(
        _url(cast, "import_upload"),
        data=b"x",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(100 * 1024 * 1024),
    )

    assert response.status_code == 413
    assert not ImportJob.objects.for_tenant(cast.tenant).exists()


@pytest.mark.django_db
def test_the_progress_of_a_check_is_reported_as_json(cast):
    client = cast.client_for(cast.modeller)
    _upload(client, cast, xlsx([["Nr.", "Name"], ["P-1", "Eins"]]))
    job = ImportJob.objects.for_tenant(cast.tenant).get()

    progress = client.get(_url(cast, "import_progress", uuid=job.uuid)).json()

    assert progress == {"done": 0, "total": 1, "status": "uploaded"}


@pytest.mark.django_db
def test_a_discarded_upload_changes_nothing(cast):
    client = cast.client_for(cast.modeller)
    _upload(client, cast, xlsx([["Nr.", "Name"], ["P-1", "Eins"]]))
    job = ImportJob.objects.for_tenant(cast.tenant).get()

    client.post(_url(cast, "import_discard", uuid=job.uuid))

    job.refresh_from_db()
    assert (job.status, job.rows) == (JobStatus.DISCARDED, [])
    assert not ProcessProfile.objects.for_tenant(cast.tenant).exists()


@pytest.mark.django_db
def test_the_overview_offers_imports_to_modellers_and_exports_to_everyone(cast):
    viewer = cast.client_for(cast.viewer).get(_url(cast, "overview"))
    modeller = cast.client_for(cast.modeller).get(_url(cast, "overview"))
    admin = cast.client_for(cast.admin).get(_url(cast, "overview"))

    assert _url(cast, "register_export").encode() in viewer.content
    assert _url(cast, "import_upload").encode() not in viewer.content
    assert _url(cast, "import_upload").encode() in modeller.content
    assert _url(cast, "register_json_export").encode() not in modeller.content
    assert _url(cast, "register_json_import").encode() in admin.content
