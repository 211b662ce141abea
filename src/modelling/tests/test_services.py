"""Model services: versions are immutable, saves never overwrite each other, bad input stores nothing."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from modelling.bpmn.build import Step, linear_process
from modelling.bpmn.compare import semantic_differences
from modelling.choices import VersionSource
from modelling.models import ModelVersion, ProcessModel
from modelling.selectors import get_version, main_version, models_of_profile
from modelling.services.models import (
    ModelConflict,
    ModelError,
    model_create,
    model_delete,
    model_save,
    model_update,
    version_restore,
)
from register.tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db

STEPS = [Step("start", "Antrag da"), Step("user", "Antrag prüfen", 1), Step("end", "Erledigt")]


def _xml(name="Ablauf", steps=STEPS):
    return linear_process(name=name, lanes=["Bürger", "Amt"], steps=steps)


def test_a_new_model_starts_with_an_empty_diagram_as_version_one_and_becomes_the_main_model(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    model = model_create(tenant=cast.tenant, profile=profile, name=" Ablauf ", user=cast.modeller)
    version = get_version(cast.tenant, model, 1)
    assert (model.name, model.is_main, model.version_count) == ("Ablauf", True, 1)
    assert version.source == VersionSource.CREATED
    assert version.author == cast.modeller
    assert "definitions" in version.xml and "startEvent" in version.xml
    assert version.findings == []
    assert version.svg.startswith("<svg")


def test_a_second_model_is_not_the_main_one_unless_asked(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    first = model_create(tenant=cast.tenant, profile=profile, name="Eins", user=None)
    second = model_create(tenant=cast.tenant, profile=profile, name="Zwei", user=None)
    assert not second.is_main
    third = model_create(tenant=cast.tenant, profile=profile, name="Drei", user=None, main=True)
    first.refresh_from_db()
    assert third.is_main and not first.is_main
    assert [m.name for m in models_of_profile(cast.tenant, profile)] == ["Drei", "Eins", "Zwei"]
    assert main_version(cast.tenant, models_of_profile(cast.tenant, profile)).model == third


def test_every_save_adds_a_version_and_keeps_the_xml_as_sent(cast):
    model = model_create(tenant=cast.tenant, profile=ProfileFactory(tenant=cast.tenant), name="A", user=None)
    xml = _xml()
    version = model_save(
        tenant=cast.tenant, model=model, xml=xml, svg="", user=cast.modeller, base_version=1, comment="Lanes"
    )
    model.refresh_from_db()
    assert (version.number, model.version_count, version.comment) == (2, 2, "Lanes")
    assert semantic_differences(xml, version.xml) == []
    assert version.summary["shapes"] == 6 and version.summary["edges"] == 2
    assert get_version(cast.tenant, model, 1).xml != version.xml  # the first version is unchanged


def test_a_version_cannot_be_changed_after_it_was_saved(cast):
    model = model_create(tenant=cast.tenant, profile=ProfileFactory(tenant=cast.tenant), name="A", user=None)
    version = get_version(cast.tenant, model, 1)
    version.comment = "geändert"
    with pytest.raises(ValueError):
        version.save()


def test_a_save_from_an_outdated_editor_is_refused_and_names_the_newer_version(cast):
    model = model_create(tenant=cast.tenant, profile=ProfileFactory(tenant=cast.tenant), name="A", user=None)
    model_save(tenant=cast.tenant, model=model, xml=_xml(), svg="", user=cast.admin, base_version=1)
    with pytest.raises(ModelConflict) as raised:
        model_save(tenant=cast.tenant, model=model, xml=_xml("B"), svg="", user=cast.modeller, base_version=1)
    assert raised.value.latest.number == 2
    assert cast.admin.username in raised.value.message or cast.admin.get_full_name() in raised.value.message
    assert ModelVersion.objects.for_tenant(cast.tenant).filter(model=model).count() == 2


@pytest.mark.parametrize(
    "xml",
    ["kein XML", "<html><body>Hallo</body></html>", '<definitions xmlns="urn:x"/>'],
    ids=["text", "html", "wrong-namespace"],
)
def test_a_save_that_is_not_bpmn_stores_nothing(cast, xml):
    model = model_create(tenant=cast.tenant, profile=ProfileFactory(tenant=cast.tenant), name="A", user=None)
    with pytest.raises(ModelError) as raised:
        model_save(tenant=cast.tenant, model=model, xml=xml, svg="", user=None, base_version=1)
    assert raised.value.message
    model.refresh_from_db()
    assert model.version_count == 1
    assert ModelVersion.objects.for_tenant(cast.tenant).filter(model=model).count() == 1


def test_a_picture_with_a_script_is_refused_and_nothing_is_stored(cast):
    model = model_create(tenant=cast.tenant, profile=ProfileFactory(tenant=cast.tenant), name="A", user=None)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="5" height="5"/></svg>'
    )
    with pytest.raises(ModelError):
        model_save(tenant=cast.tenant, model=model, xml=_xml(), svg=svg, user=None, base_version=1)
    assert ModelVersion.objects.for_tenant(cast.tenant).filter(model=model).count() == 1


def test_the_editors_picture_is_kept_when_it_is_safe(cast):
    model = model_create(tenant=cast.tenant, profile=ProfileFactory(tenant=cast.tenant), name="A", user=None)
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>'
    version = model_save(tenant=cast.tenant, model=model, xml=_xml(), svg=svg, user=None, base_version=1)
    assert "<rect" in version.svg and "script" not in version.svg


def test_restoring_an_old_version_adds_it_again_as_the_newest(cast):
    model = model_create(tenant=cast.tenant, profile=ProfileFactory(tenant=cast.tenant), name="A", user=None)
    model_save(tenant=cast.tenant, model=model, xml=_xml(), svg="", user=None, base_version=1)
    first = get_version(cast.tenant, model, 1)
    with translation.override("de"):
        restored = version_restore(tenant=cast.tenant, version=first, user=cast.modeller)
        expected = gettext("Restored from version %(number)d") % {"number": 1}
    assert (restored.number, restored.restored_from, restored.source) == (3, 1, VersionSource.RESTORE)
    assert restored.xml == first.xml and restored.comment == expected
    assert ModelVersion.objects.for_tenant(cast.tenant).filter(model=model).count() == 3


def test_renaming_and_choosing_the_main_model(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    first = model_create(tenant=cast.tenant, profile=profile, name="Eins", user=None)
    second = model_create(tenant=cast.tenant, profile=profile, name="Zwei", user=None)
    model_update(tenant=cast.tenant, model=second, name="Soll-Ablauf", is_main=True)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (second.name, second.is_main, first.is_main) == ("Soll-Ablauf", True, False)
    with pytest.raises(ModelError):
        model_update(tenant=cast.tenant, model=second, name="  ", is_main=True)


def test_deleting_the_main_model_makes_another_one_the_main_model(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    first = model_create(tenant=cast.tenant, profile=profile, name="Eins", user=None)
    second = model_create(tenant=cast.tenant, profile=profile, name="Zwei", user=None)
    model_delete(tenant=cast.tenant, model=first)
    second.refresh_from_db()
    assert second.is_main
    assert not ModelVersion.objects.for_tenant(cast.tenant).filter(model_id=first.pk).exists()
    assert ProcessModel.objects.for_tenant(cast.tenant).filter(profile=profile).count() == 1


def test_a_model_cannot_be_put_on_another_tenants_profile(cast):
    with pytest.raises(ValueError):
        model_create(
            tenant=cast.tenant, profile=ProfileFactory(tenant=cast.other_tenant), name="A", user=None
        )


def test_the_built_diagrams_validate_against_the_schema_without_findings(cast):
    model = model_create(
        tenant=cast.tenant, profile=ProfileFactory(tenant=cast.tenant), name="A", user=None, xml=_xml()
    )
    version = get_version(cast.tenant, model, 1)
    assert version.findings == []
    assert version.source == VersionSource.CREATED
