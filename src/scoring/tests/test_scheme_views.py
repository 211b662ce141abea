"""The scheme pages: read by every member, edited by administrators, what-if before saving."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from register.models import ProcessProfile
from register.tests.factories import AttributeDefinitionFactory, ProfileFactory
from scoring.choices import CriterionKind
from scoring.models import Criterion
from scoring.selectors import scheme_for
from scoring.services import scheme_ensure, scores_recompute

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(cast):
    """Three processes whose order the default scheme decides by recommendation and level."""
    tenant = cast.tenant
    ProfileFactory(
        tenant=tenant, number="P-0001", name="Hund anmelden", recommended=True, digitalisation_level=1
    )
    ProfileFactory(tenant=tenant, number="P-0002", name="Gewerbe anmelden", digitalisation_level=0)
    ProfileFactory(tenant=tenant, number="P-0003", name="Fundsache melden", digitalisation_level=4)
    scheme_ensure(tenant=tenant)
    scores_recompute(tenant=tenant)
    return tenant


def _url(tenant, name):
    return reverse(f"scoring:{name}", kwargs={"tenant_slug": tenant.slug})


def _form_data(client, tenant):
    """The editor's fields as the browser would post them."""
    html = client.get(_url(tenant, "scheme_edit")).content.decode()
    data = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', html))
    data.pop("csrfmiddlewaretoken", None)
    data["note"] = ""
    return data


def _field(data, kind, name):
    """The POST name of ``name`` in the row of criterion ``kind``."""
    prefix = next(k.removesuffix("-kind") for k, v in data.items() if k.endswith("-kind") and v == kind)
    return f"{prefix}-{name}"


def test_every_member_sees_the_weights_and_points(cast, register):
    response = cast.client_for(cast.viewer).get(_url(register, "scheme"))
    text = response.content.decode()
    assert response.status_code == 200
    assert "25 %" in text and "20 %" in text
    assert _url(register, "scheme_edit") not in text


def test_the_administrator_gets_the_edit_link(cast, register):
    text = cast.client_for(cast.admin).get(_url(register, "scheme")).content.decode()
    assert _url(register, "scheme_edit") in text


def test_the_editor_shows_the_stored_criteria(cast, register):
    client = cast.client_for(cast.admin)
    data = _form_data(client, register)
    assert data["count"] == "6"
    assert data[_field(data, CriterionKind.RECOMMENDED, "weight")] == "25"
    assert data[_field(data, CriterionKind.DIGITALISATION_LEVEL, "level0")] == "100"


def test_preview_shows_the_new_order_and_saves_nothing(cast, register):
    client = cast.client_for(cast.admin)
    data = _form_data(client, register)
    # Recommendation no longer counts; the level decides: P-0002 (level 0) moves to the top.
    data[_field(data, CriterionKind.RECOMMENDED, "weight")] = "0"
    data[_field(data, CriterionKind.DIGITALISATION_LEVEL, "weight")] = "45"
    before = dict(ProcessProfile.objects.for_tenant(register).values_list("number", "score"))
    response = client.post(_url(register, "scheme_edit"), {**data, "action": "preview"})
    assert response.status_code == 200
    top = response.context["preview"].top
    assert [p.number for p in top] == ["P-0002", "P-0001", "P-0003"]
    assert top[0].old_rank == 2 and top[0].moved == 1
    assert dict(ProcessProfile.objects.for_tenant(register).values_list("number", "score")) == before
    assert Criterion.objects.for_tenant(register).get(kind=CriterionKind.RECOMMENDED).weight == 25


def test_the_htmx_preview_returns_the_fragment(cast, register):
    client = cast.client_for(cast.admin)
    data = _form_data(client, register)
    response = client.post(_url(register, "scheme_preview"), data, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "<html" not in response.content.decode()
    assert response.context["preview"].changed_scores == 0


def test_saving_stores_the_scheme_and_recalculates_every_score(cast, register):
    client = cast.client_for(cast.admin)
    data = _form_data(client, register)
    data[_field(data, CriterionKind.RECOMMENDED, "weight")] = "0"
    data[_field(data, CriterionKind.DIGITALISATION_LEVEL, "weight")] = "45"
    data["note"] = "Beschluss des Lenkungskreises vom 3. November"
    response = client.post(_url(register, "scheme_edit"), {**data, "action": "save"})
    assert response.status_code == 302
    scheme = scheme_for(register)
    assert scheme.note.startswith("Beschluss") and scheme.changed_by == cast.admin
    assert Criterion.objects.for_tenant(register).get(kind=CriterionKind.RECOMMENDED).weight == 0
    # P-0002 by hand: level 0 → 100 points × 45 % = 45; 100 cases → band "from 50" = 20 points × 20 % = 4;
    # 100 × 20 min = 33 h a year → band "from 0" = 0 points; Themenfeld set → OZG-relevant 100 × 5 % = 5;
    # no assistant 0; recommendation now weighs 0 %.  45 + 4 + 0 + 5 = 54
    assert ProcessProfile.objects.for_tenant(register).get(number="P-0002").score == Decimal("54.00")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("weight", "30", "ergeben zusammen 105 Prozent"),
        ("weight", "-5", "ganze Zahl von 0 bis 100"),
        ("weight", "abc", "ganze Zahl von 0 bis 100"),
        ("weight", "12,5", "ganze Zahl von 0 bis 100"),
        ("level2", "250", "ganze Zahl von 0 bis 100"),
        ("level2", "", "ganze Zahl von 0 bis 100"),
    ],
)
def test_bad_input_is_explained_and_nothing_is_saved(cast, register, field, value, message):
    client = cast.client_for(cast.admin)
    data = _form_data(client, register)
    kind = CriterionKind.DIGITALISATION_LEVEL if field.startswith("level") else CriterionKind.RECOMMENDED
    data[_field(data, kind, field)] = value
    scores = list(ProcessProfile.objects.for_tenant(register).values_list("score", flat=True))
    response = client.post(_url(register, "scheme_edit"), {**data, "action": "save"})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode() or "ergeben" in message
    assert Criterion.objects.for_tenant(register).get(kind=CriterionKind.RECOMMENDED).weight == 25
    assert list(ProcessProfile.objects.for_tenant(register).values_list("score", flat=True)) == scores


def test_bands_must_ascend(cast, register):
    client = cast.client_for(cast.admin)
    data = _form_data(client, register)
    data[_field(data, CriterionKind.CASE_COUNT, "band2-from")] = "10"  # below band 1 (50)
    response = client.post(_url(register, "scheme_edit"), {**data, "action": "save"})
    assert response.status_code == 400
    assert "aufsteigenden Werten" in response.content.decode()


def test_a_criterion_on_an_attribute_can_be_added_and_scores(cast, register):
    attribute = AttributeDefinitionFactory(
        group__tenant=register,
        label="Priorität Fachamt",
        key="prio",
        type="choice",
        choices=["hoch", "niedrig"],
    )
    profile = ProcessProfile.objects.for_tenant(register).get(number="P-0003")
    profile.attributes = {"prio": "hoch"}
    profile.save()
    client = cast.client_for(cast.admin)
    data = _form_data(client, register)
    response = client.post(
        _url(register, "scheme_edit"), {**data, "action": "add", "add": f"attribute:{attribute.uuid}"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    data = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', html))
    data.pop("csrfmiddlewaretoken", None)
    assert data["count"] == "7"
    data.update({"c6-weight": "5", "c6-choice0": "100", "c6-choice1": "0", "c6-missing": "0"})
    data[_field(data, CriterionKind.OZG_RELEVANT, "weight")] = "0"
    response = client.post(_url(register, "scheme_edit"), {**data, "note": "", "action": "save"})
    assert response.status_code == 302, response.content.decode()
    criterion = Criterion.objects.for_tenant(register).get(attribute=attribute)
    assert criterion.points == {"hoch": 100, "niedrig": 0}


def test_a_criterion_can_be_removed(cast, register):
    client = cast.client_for(cast.admin)
    data = _form_data(client, register)
    data[_field(data, CriterionKind.OZG_RELEVANT, "remove")] = "on"
    data[_field(data, CriterionKind.RECOMMENDED, "weight")] = "30"
    response = client.post(_url(register, "scheme_edit"), {**data, "action": "save"})
    assert response.status_code == 302
    assert not Criterion.objects.for_tenant(register).filter(kind=CriterionKind.OZG_RELEVANT).exists()


def test_the_default_can_be_loaded_without_saving(cast, register):
    client = cast.client_for(cast.admin)
    data = _form_data(client, register)
    data[_field(data, CriterionKind.RECOMMENDED, "weight")] = "0"
    data[_field(data, CriterionKind.DIGITALISATION_LEVEL, "weight")] = "45"
    client.post(_url(register, "scheme_edit"), {**data, "action": "save"})
    response = client.post(_url(register, "scheme_edit"), {**data, "action": "default"})
    assert response.status_code == 200
    assert response.context["rows"][0].weight.value == "25"
    assert Criterion.objects.for_tenant(register).get(kind=CriterionKind.RECOMMENDED).weight == 0


def test_a_modeller_may_not_post_to_the_editor(cast, register):
    response = cast.client_for(cast.modeller).post(_url(register, "scheme_edit"), {"action": "save"})
    assert response.status_code == 403


def test_an_empty_post_gets_a_message_not_an_error(cast, register):
    response = cast.client_for(cast.admin).post(_url(register, "scheme_edit"), {})
    assert response.status_code == 400
    assert "mindestens ein Kriterium" in response.content.decode()
    assert Criterion.objects.for_tenant(register).count() == 6


def test_the_profile_page_explains_the_score(cast, register):
    profile = ProcessProfile.objects.for_tenant(register).get(number="P-0001")
    url = reverse("register:profile_detail", kwargs={"tenant_slug": register.slug, "uuid": profile.uuid})
    text = cast.client_for(cast.viewer).get(url).content.decode()
    assert "Wie der Nutzwert zustande kommt" in text
    assert "Platz 1 von 3" in text
    assert "Digitalisierungsgrad" in text and "Platz 1 von 3" in text
