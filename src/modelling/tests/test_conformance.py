"""The OMG MIWG reference models through the whole platform: import, check, download again, picture.

One test per file, so the report lists each result. Skipped where ``../shared/data/bpmn-miwg`` is absent.
"""

import pytest
from django.urls import reverse
from lxml import etree

from modelling.bpmn.compare import semantic_differences
from modelling.bpmn.render import render_counts
from modelling.models import ProcessModel
from modelling.services.imports import ImportFile, models_import
from modelling.tests.bpmn_samples import REFERENCE_MODELS, miwg_folder
from register.tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db

DI = "http://www.omg.org/spec/BPMN/20100524/DI"


@pytest.mark.parametrize("reference", REFERENCE_MODELS)
def test_a_reference_model_imports_and_downloads_without_loss(cast, reference):
    name = f"{reference}.bpmn"
    if not (miwg_folder() / name).exists():
        pytest.skip(f"the MIWG reference models are not in {miwg_folder()}")
    original = (miwg_folder() / name).read_bytes()
    profile = ProfileFactory(tenant=cast.tenant)
    models_import(
        tenant=cast.tenant,
        user=cast.modeller,
        files=[ImportFile(name=name, data=original)],
        profile=profile,
        create_profiles=False,
    )
    model = ProcessModel.objects.for_tenant(cast.tenant).get(profile=profile)
    client = cast.client_for(cast.viewer)
    kwargs = {"tenant_slug": cast.tenant.slug, "uuid": model.uuid, "number": 1}

    downloaded = client.get(reverse("modelling:version_bpmn", kwargs=kwargs)).content
    assert semantic_differences(original, downloaded) == []

    first_diagram = etree.fromstring(original).find(f".//{{{DI}}}BPMNDiagram")
    picture = client.get(reverse("modelling:version_svg", kwargs=kwargs)).content.decode()
    assert render_counts(picture) == (
        len(first_diagram.findall(f".//{{{DI}}}BPMNShape")),
        len(first_diagram.findall(f".//{{{DI}}}BPMNEdge")),
    )
    detail = reverse("modelling:model_detail", kwargs={"tenant_slug": cast.tenant.slug, "uuid": model.uuid})
    assert client.get(detail).status_code == 200
