"""The 21 reference models of the OMG BPMN Model Interchange Working Group (MIWG) drawn by the viewer.

Each file is stored as a model and opened on its page; for every diagram of the file the viewer must draw as
many shapes and connections as the diagram interchange (BPMN DI) of that diagram describes, without an error
in the page. The files live beside the checkout (``../shared/data/bpmn-miwg``, never copied into the project);
the tests skip when the folder is absent.
"""

from pathlib import Path

import pytest
from django.conf import settings
from lxml import etree
from playwright.sync_api import expect

from modelling.services.models import model_create
from modelling.tests.bpmn_samples import REFERENCE_MODELS
from register.tests.factories import ProfileFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MIWG_DIR = Path(settings.BASE_DIR).parent / "shared" / "data" / "bpmn-miwg"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"


def drawable_counts(diagram):
    """Shapes and edges of a BPMNDiagram that show a BPMN element.

    A DI shape or edge without ``bpmnElement`` shows nothing of the model (C.7.0 has one: a vendor's line
    between two shapes, standing for its own ``relationship`` extension), so no BPMN viewer draws it.
    """
    shapes = [shape for shape in diagram.iter(f"{{{BPMNDI}}}BPMNShape") if shape.get("bpmnElement")]
    edges = [edge for edge in diagram.iter(f"{{{BPMNDI}}}BPMNEdge") if edge.get("bpmnElement")]
    return len(shapes), len(edges)


@pytest.fixture
def signed_in(page, live_server, cast):
    """The page with the modeller's session (set as a cookie: quicker than the login form, 21 times over)."""
    client = cast.client_for(cast.modeller)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return page


@pytest.mark.parametrize("name", REFERENCE_MODELS)
def test_the_viewer_draws_every_diagram_of_a_reference_model_completely(name, signed_in, live_server, cast):
    path = MIWG_DIR / f"{name}.bpmn"
    if not path.exists():
        pytest.skip(f"The MIWG reference models are not at {MIWG_DIR}.")
    page = signed_in
    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    data = path.read_bytes()
    model = model_create(
        tenant=cast.tenant,
        profile=ProfileFactory.create(tenant=cast.tenant, name=name),
        name=name,
        user=cast.modeller,
        xml=data,
        file_name=path.name,
    )
    diagrams = list(etree.fromstring(data).iter(f"{{{BPMNDI}}}BPMNDiagram"))

    page.goto(f"{live_server.url}/t/{cast.tenant.slug}/modelle/{model.uuid}/")
    viewer = page.locator("[data-bpmn-viewer]")
    expect(viewer).to_have_attribute("data-state", "ready")
    drawn = {}
    for index, diagram in enumerate(diagrams):
        if index:
            page.locator("[data-bpmn-diagram]").select_option(diagram.get("id"))
            expect(viewer).to_have_attribute("data-diagram", diagram.get("id"))
            expect(viewer).to_have_attribute("data-state", "ready")
        drawn[diagram.get("id")] = (
            int(viewer.get_attribute("data-shapes")),
            int(viewer.get_attribute("data-edges")),
        )

    assert drawn == {diagram.get("id"): drawable_counts(diagram) for diagram in diagrams}
    assert problems == []
