"""Pages of a model: detail and history, the editor's save, downloads, the profile page, the print view."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from lxml import etree

from modelling.bpmn.build import Step, linear_process
from modelling.models import ModelVersion, ProcessModel
from modelling.services.models import model_create, model_save
from register.tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db

XML = linear_process(
    name="Antrag",
    lanes=["Bürger", "Amt"],
    steps=[
        Step("start", "Antrag da"),
        Step("user", "Antrag <prüfen> & „bescheiden“", 1),
        Step("end", "Fertig"),
    ],
)


def gettext_de(message):
    with translation.override("de"):
        return gettext(message)


@pytest.fixture
def model(cast):
    profile = ProfileFactory(tenant=cast.tenant, name="Gewerbe anmelden")
    return model_create(tenant=cast.tenant, profile=profile, name="Ablauf", user=cast.modeller, xml=XML)


def _url(name, model, **kwargs):
    return reverse(name, kwargs={"tenant_slug": model.tenant.slug, "uuid": model.uuid, **kwargs})


def test_the_detail_page_shows_the_model_its_history_and_the_downloads(cast, model):
    model_save(
        tenant=cast.tenant, model=model, xml=XML, svg="", user=cast.admin, base_version=1, comment="Zwei"
    )
    response = cast.client_for(cast.viewer).get(_url("modelling:model_detail", model))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="bpmn-xml"' in page  # the XML for the viewer, as JSON in a script element
    assert _url("modelling:version_bpmn", model, number=2) in page
    assert _url("modelling:version_svg", model, number=2) in page
    assert _url("modelling:version_detail", model, number=1) in page
    assert "Zwei" in page
    assert _url("modelling:model_edit", model) not in page  # a viewer cannot edit


def test_the_editor_page_holds_the_newest_version(cast, model):
    response = cast.client_for(cast.modeller).get(_url("modelling:model_edit", model))
    assert response.status_code == 200
    assert response.context["version"].number == 1
    assert response.context["save_url"] == _url("modelling:model_edit", model)


def test_a_save_from_the_editor_answers_with_the_new_version_and_its_findings(cast, model):
    unlabelled = XML.replace('name="Antrag &lt;prüfen&gt; &amp; „bescheiden“"', "")
    response = cast.client_for(cast.modeller).post(
        _url("modelling:model_edit", model),
        {"xml": unlabelled, "svg": "", "base_version": "1", "comment": "ok"},
    )
    assert response.status_code == 200, response.content
    answer = response.json()
    assert answer["version"] == 2
    assert answer["message"] == gettext_de("Version %(number)d saved.") % {"number": 2}
    assert any(f["code"] == "unlabelled-task" for f in answer["findings"])
    assert ModelVersion.objects.for_tenant(cast.tenant).filter(model=model).count() == 2


def test_a_save_from_an_outdated_editor_gets_409_and_changes_nothing(cast, model):
    client = cast.client_for(cast.modeller)
    url = _url("modelling:model_edit", model)
    assert client.post(url, {"xml": XML, "base_version": "1"}).status_code == 200
    response = client.post(url, {"xml": XML, "base_version": "1"})
    assert response.status_code == 409
    assert response.json()["latest_version"] == 2
    assert ModelVersion.objects.for_tenant(cast.tenant).filter(model=model).count() == 2


@pytest.mark.parametrize(
    "data",
    [
        {"xml": "<html/>", "base_version": "1"},
        {"xml": "", "base_version": "1"},
        {"xml": XML, "base_version": "x"},
    ],
    ids=["html", "empty", "no-version"],
)
def test_a_bad_save_gets_400_with_a_german_message_and_stores_nothing(cast, model, data):
    response = cast.client_for(cast.modeller).post(_url("modelling:model_edit", model), data)
    assert response.status_code == 400
    assert response.json()["error"]
    assert ModelVersion.objects.for_tenant(cast.tenant).filter(model=model).count() == 1


def test_the_bpmn_download_is_the_stored_xml(cast, model):
    response = cast.client_for(cast.viewer).get(_url("modelling:version_bpmn", model, number=1))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Disposition"].endswith('-v1.bpmn"')
    assert response.content.decode() == ModelVersion.objects.for_tenant(cast.tenant).get(model=model).xml


def test_the_svg_download_is_a_safe_picture_with_the_names_escaped(cast, model):
    response = cast.client_for(cast.viewer).get(_url("modelling:version_svg", model, number=1))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert "default-src 'none'" in response["Content-Security-Policy"]
    root = etree.fromstring(response.content)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert not root.xpath("//*[local-name()='script']")
    assert "Antrag" in "".join(root.itertext())


def test_an_old_version_can_be_opened_and_restored(cast, model):
    model_save(tenant=cast.tenant, model=model, xml=XML, svg="", user=None, base_version=1)
    client = cast.client_for(cast.modeller)
    page = client.get(_url("modelling:version_detail", model, number=1))
    assert page.status_code == 200 and not page.context["is_latest"]
    response = client.post(_url("modelling:version_restore", model, number=1), {"comment": "zurück"})
    assert response.status_code == 302
    model.refresh_from_db()
    assert model.version_count == 3
    newest = ModelVersion.objects.for_tenant(cast.tenant).get(model=model, number=3)
    assert (newest.restored_from, newest.comment) == (1, "zurück")


def test_creating_a_model_opens_the_modeller(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    url = reverse(
        "modelling:model_create", kwargs={"tenant_slug": cast.tenant.slug, "profile_uuid": profile.uuid}
    )
    client = cast.client_for(cast.modeller)
    assert client.get(url).context["form"].initial["name"] == profile.name
    response = client.post(url, {"name": "Ist-Ablauf"})
    model = ProcessModel.objects.for_tenant(cast.tenant).get(profile=profile)
    assert response["Location"] == _url("modelling:model_edit", model)
    assert model.is_main  # the first model of a process is its main model


def test_settings_rename_and_delete(cast, model):
    client = cast.client_for(cast.modeller)
    client.post(_url("modelling:model_settings", model), {"name": "Soll-Ablauf", "is_main": "on"})
    model.refresh_from_db()
    assert model.name == "Soll-Ablauf"
    response = client.post(_url("modelling:model_delete", model))
    assert response["Location"] == reverse(
        "register:profile_detail", kwargs={"tenant_slug": cast.tenant.slug, "uuid": model.profile.uuid}
    )
    assert not ProcessModel.objects.for_tenant(cast.tenant).filter(pk=model.pk).exists()


def test_the_profile_page_shows_the_main_model_in_the_viewer(cast, model):
    url = reverse(
        "register:profile_detail", kwargs={"tenant_slug": cast.tenant.slug, "uuid": model.profile.uuid}
    )
    page = cast.client_for(cast.viewer).get(url).content.decode()
    assert f'data-xml-url="{_url("modelling:version_bpmn", model, number=1)}"' in page
    assert "<bpmn:definitions" not in page and "&lt;bpmn:definitions" not in page  # not in the page itself
    assert _url("modelling:model_detail", model) in page
    assert "modelle/neu/" not in page  # viewers cannot add models


def test_the_profile_page_of_a_modeller_offers_a_new_model_and_the_import(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    url = reverse("register:profile_detail", kwargs={"tenant_slug": cast.tenant.slug, "uuid": profile.uuid})
    page = cast.client_for(cast.modeller).get(url).content.decode()
    assert (
        reverse(
            "modelling:model_create", kwargs={"tenant_slug": cast.tenant.slug, "profile_uuid": profile.uuid}
        )
        in page
    )
    assert (
        reverse("modelling:models_import", kwargs={"tenant_slug": cast.tenant.slug})
        + f"?prozess={profile.uuid}"
        in page
    )


def test_the_print_view_embeds_the_main_models_picture_inline(cast, model):
    url = reverse(
        "register:profile_print", kwargs={"tenant_slug": cast.tenant.slug, "uuid": model.profile.uuid}
    )
    response = cast.client_for(cast.viewer).get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "<svg" in page and "<script>" not in page.split("<svg", 1)[1].split("</svg>")[0]
    assert "Gewerbe anmelden" in page


def test_the_profile_page_needs_one_more_query_for_its_main_model(cast, model):
    bare = ProfileFactory(tenant=cast.tenant)
    client = cast.client_for(cast.viewer)

    def count(profile):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        url = reverse(
            "register:profile_detail", kwargs={"tenant_slug": cast.tenant.slug, "uuid": profile.uuid}
        )
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    count(bare)  # warm caches
    assert count(model.profile) - count(bare) <= 1  # the main version (the model list is read either way)
