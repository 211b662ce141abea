"""manage.py import_profiles: the web page's import for scripts and operators."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from interchange.choices import JobStatus
from interchange.models import ImportJob
from interchange.tests.spreadsheets import csv, xlsx
from register.models import ProcessProfile


def _file(tmp_path, data, name="prozesse.xlsx"):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.django_db
def test_without_apply_the_file_is_only_checked(cast, tmp_path, capsys):
    path = _file(tmp_path, xlsx([["Nr.", "Name", "Fallzahl"], ["P-1", "Eins", "1.200"]]))

    call_command("import_profiles", path, "--tenant", cast.tenant.slug)

    output = capsys.readouterr().out
    assert "Nr. → number" in output and "1 neu" in output
    assert not ProcessProfile.objects.for_tenant(cast.tenant).exists()
    assert ImportJob.objects.for_tenant(cast.tenant).get().status == JobStatus.DISCARDED


@pytest.mark.django_db
def test_with_apply_and_a_changed_assignment_the_profiles_are_imported(cast, tmp_path):
    path = _file(tmp_path, csv([["Ident", "Name", "Notiz"], ["P-1", "Eins", "x"]]), "prozesse.csv")

    call_command("import_profiles", path, "--tenant", cast.tenant.slug, "--map", "Ident=number", "--apply")

    assert list(ProcessProfile.objects.for_tenant(cast.tenant).values_list("number", "name")) == [
        ("P-1", "Eins")
    ]


@pytest.mark.django_db
def test_problems_go_to_stderr_and_nothing_is_written(cast, tmp_path, capsys):
    path = _file(tmp_path, xlsx([["Nr.", "Name", "Fallzahl"], ["P-1", "Eins", "viele"]]))

    with pytest.raises(CommandError):
        call_command("import_profiles", path, "--tenant", cast.tenant.slug, "--apply")

    assert "Zeile 2" in capsys.readouterr().err
    assert not ProcessProfile.objects.for_tenant(cast.tenant).exists()


@pytest.mark.parametrize(
    "arguments",
    [
        ["--tenant", "gibt-es-nicht"],
        ["--tenant", "teststadt", "--map", "Fehlt=number"],
        ["--tenant", "teststadt", "--map", "Nr.=unbekannt"],
    ],
)
@pytest.mark.django_db
def test_wrong_arguments_are_refused(cast, tmp_path, arguments):
    path = _file(tmp_path, xlsx([["Nr.", "Name"], ["P-1", "Eins"]]))

    with pytest.raises(CommandError):
        call_command("import_profiles", path, *arguments)


@pytest.mark.django_db
def test_old_unfinished_uploads_are_discarded_and_lose_their_table(cast, capsys):
    import datetime

    from django.utils import timezone

    from interchange.services.profiles_import import import_apply, import_upload

    data = xlsx([["Nr.", "Name"], ["P-1", "Eins"]])
    old = import_upload(tenant=cast.tenant, actor=None, data=data, file_name="alt.xlsx")
    fresh = import_upload(tenant=cast.other_tenant, actor=None, data=data, file_name="neu.xlsx")
    done = import_upload(tenant=cast.tenant, actor=None, data=data, file_name="fertig.xlsx")
    import_apply(tenant=cast.tenant, job=done, actor=None)
    ImportJob.all_tenants.filter(pk__in=[old.pk, done.pk]).update(
        created_at=timezone.now() - datetime.timedelta(days=10)
    )

    call_command("prune_imports", "--days", "7")

    old.refresh_from_db()
    fresh.refresh_from_db()
    done.refresh_from_db()
    assert (old.status, old.rows) == (JobStatus.DISCARDED, [])
    assert fresh.status == JobStatus.UPLOADED and fresh.rows
    assert done.status == JobStatus.IMPORTED
    assert "1 nicht abgeschlossene" in capsys.readouterr().out
