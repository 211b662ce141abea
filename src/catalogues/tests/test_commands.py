"""manage.py import_catalog: the same checks and the same write path as the import page."""

import io

import pytest
from django.core.management import CommandError, call_command

from catalogues.choices import CatalogKind, VersionStatus
from catalogues.importers.leika import write_leika_csv
from catalogues.importers.leika_example import example_leika_rows
from catalogues.models import Catalog, CatalogEntry, CatalogVersion
from tenants.tests.factories import TenantFactory

pytestmark = pytest.mark.django_db


def _run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_catalog", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_without_apply_it_only_shows_the_changes(tmp_path):
    path = tmp_path / "leika.csv"
    path.write_bytes(write_leika_csv(example_leika_rows(40)))
    out, _err = _run("leika", str(path), "--create", "--label", "2026-2")
    assert "40 neu" in out and "Nur Vorschau" in out
    assert not CatalogEntry.objects.exists()
    assert not CatalogVersion.objects.exists()


def test_with_apply_it_writes_the_version(tmp_path):
    path = tmp_path / "leika.csv"
    path.write_bytes(write_leika_csv(example_leika_rows(40)))
    out, _err = _run("leika", str(path), "--create", "--label", "2026-2", "--source", "FIM", "--apply")
    assert "Übernommen" in out
    catalog = Catalog.objects.get(tenant__isnull=True, kind=CatalogKind.LEIKA)
    assert catalog.entries.count() == 40
    assert (catalog.version, catalog.source) == ("2026-2", "FIM")
    assert CatalogVersion.objects.get().status == VersionStatus.APPLIED


def test_a_bad_file_lists_its_problems_and_writes_nothing(tmp_path):
    path = tmp_path / "leika.csv"
    path.write_bytes("Schluessel;Bezeichnung;Typ\n123;Kaputt;5\n".encode("iso-8859-1"))
    with pytest.raises(CommandError, match="nichts wurde geändert"):
        _run("leika", str(path), "--create", "--apply")
    assert not CatalogEntry.objects.exists()
    assert not CatalogVersion.objects.exists()


def test_a_context_catalogue_needs_its_authority(tmp_path):
    path = tmp_path / "dokumente.csv"
    path.write_bytes(b"Bezeichnung;Beschreibung\nVollmacht;Schriftlich\n")
    with pytest.raises(CommandError, match="--tenant"):
        _run("documents", str(path), "--apply")
    tenant = TenantFactory(slug="musterstadt")
    _run("documents", str(path), "--tenant", "musterstadt", "--apply")
    assert CatalogEntry.objects.get(catalog__tenant=tenant).name == "Vollmacht"


def test_a_global_catalogue_is_not_created_by_accident(tmp_path):
    path = tmp_path / "kgst.csv"
    path.write_bytes(b"Schluessel;Bezeichnung\n1;Steuerung\n")
    with pytest.raises(CommandError, match="--create"):
        _run("kgst", str(path), "--apply")
    assert not Catalog.objects.exists()
