"""The BPMN import page: who may use it, attach and create, and every hostile input refused kindly."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from modelling.bpmn.documents import BpmnFileError, parse_bpmn
from modelling.models import ModelVersion, ProcessModel
from modelling.services.imports import MAX_TOTAL_BYTES
from modelling.tests import bpmn_samples as samples
from register.models import ProcessProfile
from register.tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def _url(cast, query=""):
    return reverse("modelling:models_import", kwargs={"tenant_slug": cast.tenant.slug}) + query


def _post(client, cast, files, **fields):
    uploads = [
        SimpleUploadedFile(name, data, content_type="application/octet-stream") for name, data in files
    ]
    return client.post(_url(cast), {"files": uploads, "target": "create", **fields})


def _counts(tenant):
    return (
        ProcessProfile.objects.for_tenant(tenant).count(),
        ProcessModel.objects.for_tenant(tenant).count(),
        ModelVersion.objects.for_tenant(tenant).count(),
    )


def _german(message):
    with translation.override("de"):
        return gettext(message)


def _refusal(data, name):
    """What the page must say about the file: the reader's German message, as the template escapes it."""
    with translation.override("de"), pytest.raises(BpmnFileError) as refused:
        parse_bpmn(data, file_name=name)
    return escape(refused.value.message)


def test_a_modeller_sees_the_upload_form(cast):
    response = cast.client_for(cast.modeller).get(_url(cast))

    assert response.status_code == 200
    page = response.content.decode()
    assert 'type="file"' in page and "multiple" in page and 'accept=".bpmn,.xml,.bpmn20.xml"' in page
    assert 'enctype="multipart/form-data"' in page
    assert response.context["form"]["target"].value() == "create"


def test_a_process_given_in_the_address_is_preselected_with_its_name(cast):
    profile = ProfileFactory(tenant=cast.tenant, number="P-0815", name="Hund anmelden")

    response = cast.client_for(cast.modeller).get(_url(cast, f"?prozess={profile.uuid}"))

    form = response.context["form"]
    assert form["target"].value() == "attach" and form["number"].value() == "P-0815"
    assert "Hund anmelden" in response.content.decode()


@pytest.mark.parametrize("query", ["?prozess=kein-uuid", "?prozess=8d5e9a8e-7c4f-4b8e-9a55-3c7f1e2b0c11"])
def test_an_unknown_process_in_the_address_is_ignored(cast, query):
    response = cast.client_for(cast.modeller).get(_url(cast, query))

    assert response.status_code == 200
    assert response.context["form"]["target"].value() == "create"


def test_a_process_of_another_authority_is_not_preselected(cast):
    foreign = ProfileFactory(tenant=cast.other_tenant, name="Fremder Prozess")

    response = cast.client_for(cast.modeller).get(_url(cast, f"?prozess={foreign.uuid}"))

    assert response.context["preselected"] is None
    assert "Fremder Prozess" not in response.content.decode()


def test_a_viewer_may_not_import(cast):
    assert cast.client_for(cast.viewer).get(_url(cast)).status_code == 403
    response = _post(cast.client_for(cast.viewer), cast, [("a.bpmn", samples.process_bpmn())])
    assert response.status_code == 403
    assert _counts(cast.tenant) == (0, 0, 0)


def test_an_outsider_does_not_find_the_page(cast):
    assert cast.client_for(cast.outsider).get(_url(cast)).status_code == 404
    response = _post(cast.client_for(cast.outsider), cast, [("a.bpmn", samples.process_bpmn())])
    assert response.status_code == 404
    assert _counts(cast.tenant) == (0, 0, 0)


def test_files_are_attached_to_the_process_with_the_given_number(cast):
    profile = ProfileFactory(tenant=cast.tenant, number="P-0007", name="Wohnsitz anmelden")

    response = _post(
        cast.client_for(cast.modeller),
        cast,
        [
            ("anmeldung.bpmn", samples.process_bpmn("Anmeldung")),
            ("abmeldung.bpmn", samples.process_bpmn("Abmeldung")),
        ],
        target="attach",
        number=" P-0007 ",
    )

    assert response.status_code == 200
    models = ProcessModel.objects.for_tenant(cast.tenant).filter(profile=profile).order_by("name")
    assert [model.name for model in models] == ["Abmeldung", "Anmeldung"]
    page = response.content.decode()
    for model in models:
        assert (
            reverse("modelling:model_detail", kwargs={"tenant_slug": cast.tenant.slug, "uuid": model.uuid})
            in page
        )
    assert ProcessProfile.objects.for_tenant(cast.tenant).count() == 1
    assert [str(message) for message in response.context["messages"]] == [response.context["summary"]]


def test_files_create_processes_with_links_to_them_and_their_notes(cast):
    response = _post(
        cast.client_for(cast.modeller),
        cast,
        [("melden.bpmn", samples.collaboration_bpmn()), ("hund.bpmn", samples.broken_di_bpmn())],
    )

    assert response.status_code == 200
    profiles = list(ProcessProfile.objects.for_tenant(cast.tenant).order_by("number"))
    assert [(p.number, p.name) for p in profiles] == [
        ("P-0001", "Bürgeramt"),
        ("P-0002", "Ausländerbehörde"),
        ("P-0003", "Hund anmelden"),
    ]
    page = response.content.decode()
    for profile in profiles:
        url = reverse(
            "register:profile_detail", kwargs={"tenant_slug": cast.tenant.slug, "uuid": profile.uuid}
        )
        assert url in page
    with translation.override("de"):
        one_note = translation.ngettext("%(counter)s note", "%(counter)s notes", 1) % {"counter": 1}
    assert one_note in page  # the broken diagram's note
    assert response.context["result"].profile_count == 3


def test_attaching_needs_a_known_process_number(cast):
    client = cast.client_for(cast.modeller)

    missing = _post(client, cast, [("a.bpmn", samples.process_bpmn())], target="attach", number="")
    unknown = _post(client, cast, [("a.bpmn", samples.process_bpmn())], target="attach", number="P-9999")

    assert missing.status_code == unknown.status_code == 400
    assert (
        escape(_german("Please give the number of the process the models belong to."))
        in missing.content.decode()
    )
    assert "P-9999" in unknown.content.decode()
    assert _counts(cast.tenant) == (0, 0, 0)


def test_a_process_number_of_another_authority_is_unknown(cast):
    ProfileFactory(tenant=cast.other_tenant, number="P-0001")

    response = _post(
        cast.client_for(cast.modeller),
        cast,
        [("a.bpmn", samples.process_bpmn())],
        target="attach",
        number="P-0001",
    )

    assert response.status_code == 400
    assert ProcessModel.objects.for_tenant(cast.other_tenant).count() == 0


def test_a_post_without_files_asks_for_them(cast):
    response = cast.client_for(cast.modeller).post(_url(cast), {"target": "create"})

    assert response.status_code == 400
    assert response.context["form"].errors["files"]
    assert _counts(cast.tenant) == (0, 0, 0)


def test_one_bad_file_shows_its_german_message_and_stores_nothing(cast):
    response = _post(
        cast.client_for(cast.modeller),
        cast,
        [("gut.bpmn", samples.process_bpmn()), ("liste.csv", samples.NOT_XML)],
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert _refusal(samples.NOT_XML, "liste.csv") in page
    assert escape(_german("The files were not imported")) in page  # two files were sent
    assert _counts(cast.tenant) == (0, 0, 0)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("liste.bpmn", samples.NOT_XML),
        ("seite.bpmn", samples.HTML),
        ("bombe.bpmn", samples.ENTITY_BOMB),
        ("geheim.bpmn", samples.EXTERNAL_ENTITY),
        ("teil.bpmn", samples.FRAGMENT),
        ("fremd.bpmn", samples.WRONG_NAMESPACE),
    ],
)
def test_a_hostile_input_is_refused_with_a_german_message_and_nothing_stored(cast, name, data):
    response = _post(cast.client_for(cast.modeller), cast, [(name, data)])

    assert response.status_code == 400
    page = response.content.decode()
    assert _refusal(data, name) in page
    assert name in page
    assert "root:" not in page  # nothing of /etc/passwd
    assert _counts(cast.tenant) == (0, 0, 0)


def test_a_50_mb_file_is_refused_by_its_name(cast):
    big = samples.oversized()

    response = _post(cast.client_for(cast.modeller), cast, [("riesig.bpmn", big)])

    assert response.status_code == 400
    assert _refusal(big, "riesig.bpmn") in response.content.decode()
    assert _counts(cast.tenant) == (0, 0, 0)


def test_a_request_larger_than_the_limit_is_refused_before_it_is_read(cast):
    response = cast.client_for(cast.modeller).post(
        _url(cast),
        data=b"x",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(MAX_TOTAL_BYTES + 2 * 1024 * 1024),
    )

    assert response.status_code == 413
    assert response.context["problems"] == [
        _german("The files are larger than %(mb)d MB together. Please import them in parts.") % {"mb": 100}
    ]
    assert _counts(cast.tenant) == (0, 0, 0)


def test_a_diagram_with_broken_references_is_accepted_with_notes(cast):
    response = _post(cast.client_for(cast.modeller), cast, [("hund.bpmn", samples.broken_di_bpmn())])

    assert response.status_code == 200
    entry = response.context["result"].files[0].models[0]
    assert entry.findings >= 1
    assert _counts(cast.tenant) == (1, 1, 1)
