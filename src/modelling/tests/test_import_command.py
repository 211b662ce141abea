"""manage.py import_bpmn: the import page's service from the command line; exit code 1 when refused."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from modelling.models import ModelVersion, ProcessModel
from modelling.tests import bpmn_samples as samples
from register.models import ProcessProfile
from register.tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def _run(*args):
    out, err = StringIO(), StringIO()
    call_command("import_bpmn", *[str(arg) for arg in args], stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def _counts(tenant):
    return (
        ProcessProfile.objects.for_tenant(tenant).count(),
        ProcessModel.objects.for_tenant(tenant).count(),
        ModelVersion.objects.for_tenant(tenant).count(),
    )


def test_it_creates_processes_from_files_and_names_what_it_created(cast, tmp_path):
    (tmp_path / "melden.bpmn").write_bytes(samples.collaboration_bpmn())
    (tmp_path / "hund.bpmn").write_bytes(samples.process_bpmn("Hund anmelden", encoding="ISO-8859-1"))

    out, err = _run(
        tmp_path / "melden.bpmn", tmp_path / "hund.bpmn", "--tenant", "teststadt", "--create-profiles"
    )

    assert err == ""
    names = list(
        ProcessProfile.objects.for_tenant(cast.tenant).order_by("number").values_list("number", "name")
    )
    assert names == [("P-0001", "Bürgeramt"), ("P-0002", "Ausländerbehörde"), ("P-0003", "Hund anmelden")]
    assert "melden.bpmn → P-0001 Bürgeramt" in out and "hund.bpmn → P-0003 Hund anmelden" in out
    version = ModelVersion.objects.for_tenant(cast.tenant).get(model__profile__number="P-0003")
    assert version.author is None and version.file_name == "hund.bpmn"


def test_it_attaches_files_to_a_process_and_records_the_user(cast, tmp_path):
    profile = ProfileFactory(tenant=cast.tenant, number="P-0100")
    path = tmp_path / "anmeldung.bpmn"
    path.write_bytes(samples.process_bpmn("Anmeldung"))

    out, _err = _run(path, "--tenant", "teststadt", "--profile", "P-0100", "--user", cast.modeller.username)

    model = ProcessModel.objects.for_tenant(cast.tenant).get(profile=profile)
    assert model.name == "Anmeldung" and model.is_main
    assert ModelVersion.objects.for_tenant(cast.tenant).get(model=model).author == cast.modeller
    assert "anmeldung.bpmn → P-0100" in out


def test_a_bad_file_exits_with_code_1_lists_every_problem_and_writes_nothing(cast, tmp_path):
    (tmp_path / "gut.bpmn").write_bytes(samples.process_bpmn())
    (tmp_path / "seite.bpmn").write_bytes(samples.HTML)
    (tmp_path / "bombe.bpmn").write_bytes(samples.ENTITY_BOMB)
    paths = [tmp_path / name for name in ("gut.bpmn", "seite.bpmn", "bombe.bpmn", "fehlt.bpmn")]
    err = StringIO()

    with pytest.raises(CommandError) as refused:
        call_command(
            "import_bpmn", *map(str, paths), "--tenant", "teststadt", "--create-profiles", stderr=err
        )

    assert refused.value.returncode == 1
    problems = err.getvalue().splitlines()
    assert len(problems) == 3
    assert "fehlt.bpmn" in problems[0]  # not found: reported before the files are read
    assert "seite.bpmn" in problems[1] and "bombe.bpmn" in problems[2]
    assert _counts(cast.tenant) == (0, 0, 0)


def test_an_unknown_process_number_or_user_or_authority_is_refused(cast, tmp_path):
    path = tmp_path / "a.bpmn"
    path.write_bytes(samples.process_bpmn())

    with pytest.raises(CommandError, match="P-0404"):
        _run(path, "--tenant", "teststadt", "--profile", "P-0404")
    with pytest.raises(CommandError, match="niemand"):
        _run(path, "--tenant", "teststadt", "--create-profiles", "--user", "niemand")
    with pytest.raises(CommandError, match=cast.outsider.username):
        _run(path, "--tenant", "teststadt", "--create-profiles", "--user", cast.outsider.username)
    with pytest.raises(CommandError, match="gibtsnicht"):
        _run(path, "--tenant", "gibtsnicht", "--create-profiles")
    assert _counts(cast.tenant) == (0, 0, 0)


def test_it_needs_either_a_process_or_create_profiles(cast, tmp_path):
    path = tmp_path / "a.bpmn"
    path.write_bytes(samples.process_bpmn())

    with pytest.raises(CommandError):
        _run(path, "--tenant", "teststadt")
    with pytest.raises(CommandError):
        _run(path, "--tenant", "teststadt", "--profile", "P-0001", "--create-profiles")
