"""Stored scores stay fresh: every register write that changes an input recomputes in the same transaction."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext

from catalogues.choices import CatalogKind
from catalogues.tests.factories import CatalogEntryFactory, CatalogFactory
from organisation.tests.factories import OrgUnitFactory
from register.models import AttributeDefinition, ProcessProfile, RegisterTemplate, TemplateVersion
from register.services.attributes import (
    attribute_definition_delete,
    attribute_definition_save,
    attribute_group_create,
)
from register.services.profiles import (
    BulkChanges,
    profile_create,
    profile_links_set,
    profile_set_relevance,
    profile_update,
    profiles_bulk_update,
    profiles_figures_set,
)
from register.services.templates import template_instantiate, template_version_publish
from register.tests.factories import ProfileFactory
from scoring.choices import CriterionKind
from scoring.defaults import DEFAULT_CRITERIA
from scoring.models import Criterion
from scoring.selectors import explain, scheme_for
from scoring.services import scheme_ensure, scheme_export, scheme_save
from scoring.tests.factories import (
    assert_scores_fresh,
    scheme_state,
    spec,
    specs_with_weights,
    stored_scores,
)
from tenants.tests.factories import TenantFactory

OZG_WEIGHT = next(c["weight"] for c in DEFAULT_CRITERIA if c["kind"] == CriterionKind.OZG_RELEVANT)


def _score(profile):
    return ProcessProfile.objects.for_tenant(profile.tenant).get(pk=profile.pk).score


def _create(tenant, number, *, catalog_entries=None, attributes=None, **data):
    return profile_create(
        tenant=tenant,
        data={"number": number, "name": f"Prozess {number}", **data},
        catalog_entries=catalog_entries,
        attributes=attributes,
    )


# --- Profile writes ----------------------------------------------------------------------------------


def test_the_first_profile_gets_the_default_scheme_and_a_fresh_score(cast):
    assert scheme_for(cast.tenant) is None
    profile = _create(cast.tenant, "P-1", case_count=1200, recommended=True)
    assert scheme_for(cast.tenant) is not None
    assert _score(profile) == explain(cast.tenant, profile).score
    assert _score(profile) is not None
    assert_scores_fresh(cast.tenant)


def test_profile_update_recomputes_the_score_of_the_changed_profile(cast):
    profile = _create(cast.tenant, "P-1", case_count=10, digitalisation_level=4)
    other = _create(cast.tenant, "P-2", case_count=10)
    before, other_before = _score(profile), _score(other)

    profile_update(
        tenant=cast.tenant,
        profile=profile,
        data={"case_count": 25_000, "processing_minutes": 60, "digitalisation_level": 0, "recommended": True},
    )

    assert _score(profile) > before
    assert _score(profile) == explain(cast.tenant, profile).score
    assert _score(other) == other_before
    assert_scores_fresh(cast.tenant)


def test_a_refused_profile_update_leaves_the_stored_score(cast):
    profile = _create(cast.tenant, "P-1", case_count=10)
    before = _score(profile)
    with pytest.raises(ValidationError):
        profile_update(
            tenant=cast.tenant, profile=profile, data={"case_count": 25_000, "processing_minutes": 0}
        )
    assert _score(profile) == before


def test_bulk_update_recomputes_every_selected_profile(cast):
    selected = [_create(cast.tenant, f"P-{i}", case_count=i) for i in range(1, 6)]
    untouched = _create(cast.tenant, "P-9", case_count=9)
    untouched_before = _score(untouched)

    profiles_bulk_update(
        tenant=cast.tenant,
        profile_uuids=[str(p.uuid) for p in selected],
        changes=BulkChanges(case_count=20_000, digitalisation_level=0),
    )
    assert_scores_fresh(cast.tenant)
    assert len({_score(p) for p in selected}) == 1
    assert _score(untouched) == untouched_before

    profiles_bulk_update(
        tenant=cast.tenant, profile_uuids=[str(selected[0].uuid)], changes=BulkChanges(clear_case_count=True)
    )
    assert_scores_fresh(cast.tenant)
    assert explain(cast.tenant, selected[0]).is_provisional


def test_linking_an_ozg_entry_raises_the_ozg_relevant_points(cast):
    ozg = CatalogEntryFactory(catalog=CatalogFactory(kind=CatalogKind.OZG, tenant=None))
    leika = CatalogEntryFactory(catalog=CatalogFactory(kind=CatalogKind.LEIKA, tenant=None))
    profile = _create(cast.tenant, "P-1", case_count=100, ozg_topic="")
    before = _score(profile)

    profile_links_set(tenant=cast.tenant, profile=profile, entry_uuids=[str(leika.uuid)])
    assert _score(profile) == before  # LeiKa is not the OZG catalogue

    profile_links_set(tenant=cast.tenant, profile=profile, entry_uuids=[str(leika.uuid), str(ozg.uuid)])
    assert _score(profile) == before + Decimal(OZG_WEIGHT * 100) / 100
    assert _score(profile) == explain(cast.tenant, profile).score

    profile_links_set(tenant=cast.tenant, profile=profile, entry_uuids=[])
    assert _score(profile) == before


def test_linking_entries_through_the_profile_editor_keeps_the_score_fresh(cast):
    ozg = CatalogEntryFactory(catalog=CatalogFactory(kind=CatalogKind.OZG, tenant=None))
    profile = _create(cast.tenant, "P-1", ozg_topic="", catalog_entries=[str(ozg.uuid)])
    assert explain(cast.tenant, profile).contributions[5].value is True
    assert_scores_fresh(cast.tenant)
    profile_update(tenant=cast.tenant, profile=profile, data={}, catalog_entries=[])
    assert explain(cast.tenant, profile).contributions[5].value is False
    assert_scores_fresh(cast.tenant)


def test_recording_figures_in_the_grid_recomputes_the_scores(cast):
    profiles = [_create(cast.tenant, f"P-{i}") for i in range(3)]
    before = stored_scores(cast.tenant)

    profiles_figures_set(
        tenant=cast.tenant,
        rows={
            str(profiles[0].uuid): {
                "case_count": 20_000,
                "processing_minutes": 30,
                "digitalisation_level": 0,
            },
            str(profiles[1].uuid): {"digitalisation_level": 4},
            str(profiles[2].uuid): {"relevant": False},
        },
    )

    after = stored_scores(cast.tenant)
    assert after[profiles[0].pk] > before[profiles[0].pk]
    assert after[profiles[1].pk] < before[profiles[1].pk]
    assert after[profiles[2].pk] == before[profiles[2].pk]  # relevance is no input of the score
    assert_scores_fresh(cast.tenant)


def test_relevance_changes_keep_the_score(cast):
    profile = _create(cast.tenant, "P-1", case_count=500)
    before = _score(profile)
    profile_set_relevance(tenant=cast.tenant, profile=profile, relevant=False)
    assert _score(profile) == before
    assert_scores_fresh(cast.tenant)


# --- Attributes --------------------------------------------------------------------------------------


@pytest.fixture
def kanal(cast):
    """A choice attribute used by a criterion of Teststadt's scheme, with values on two profiles."""
    group = attribute_group_create(tenant=cast.tenant, name="Weiteres")
    definition = attribute_definition_save(
        tenant=cast.tenant,
        definition=None,
        group=group,
        label="Kanal",
        type="choice",
        choices=["online", "vor Ort"],
        required=False,
    )
    online = _create(cast.tenant, "P-1")
    profile_update(tenant=cast.tenant, profile=online, data={}, attributes={"kanal": "online"})
    on_site = _create(cast.tenant, "P-2")
    profile_update(tenant=cast.tenant, profile=on_site, data={}, attributes={"kanal": "vor Ort"})
    _create(cast.tenant, "P-3")
    specs = specs_with_weights(recommended=5)
    specs.append(
        spec("attribute", 20, {"online": 100, "vor Ort": 25}, attribute=definition, missing_points=40)
    )
    scheme_save(tenant=cast.tenant, actor=cast.admin, specs=specs)
    return definition


def test_own_attribute_values_score_through_the_profile_editor(cast, kanal):
    by_number = {p.number: p for p in ProcessProfile.objects.for_tenant(cast.tenant)}
    shares = {n: explain(cast.tenant, p).contributions[-1] for n, p in by_number.items()}
    assert {n: (c.points, c.missing) for n, c in shares.items()} == {
        "P-1": (100, False),
        "P-2": (25, False),
        "P-3": (40, True),
    }
    profile_update(tenant=cast.tenant, profile=by_number["P-3"], data={}, attributes={"kanal": "online"})
    assert explain(cast.tenant, by_number["P-3"]).contributions[-1].points == 100
    assert_scores_fresh(cast.tenant)


def test_changing_an_attributes_choices_recomputes_every_score(cast, kanal):
    # A write that bypasses the services leaves stale scores; saving the attribute recomputes them all.
    ProcessProfile.objects.for_tenant(cast.tenant).update(recommended=True)
    stale = stored_scores(cast.tenant)

    attribute_definition_save(
        tenant=cast.tenant,
        definition=kanal,
        group=kanal.group,
        label="Kanal",
        type="choice",
        choices=["online", "vor Ort", "Fax"],
        required=False,
    )

    assert all(stored_scores(cast.tenant)[pk] > score for pk, score in stale.items())
    assert_scores_fresh(cast.tenant)
    # The new choice has no points in the scheme yet: a profile choosing it scores none and says so.
    profile = ProcessProfile.objects.for_tenant(cast.tenant).get(number="P-3")
    profile_update(tenant=cast.tenant, profile=profile, data={}, attributes={"kanal": "Fax"})
    contribution = explain(cast.tenant, profile).contributions[-1]
    assert (contribution.points, contribution.unmapped) == (0, True)
    assert_scores_fresh(cast.tenant)


def test_an_attribute_used_by_a_criterion_cannot_be_deleted_and_nothing_is_deleted(cast, kanal):
    values = dict(ProcessProfile.objects.for_tenant(cast.tenant).values_list("number", "attributes"))
    state, scores = scheme_state(cast.tenant), stored_scores(cast.tenant)

    with translation.override("de"), pytest.raises(ValidationError) as excinfo:
        attribute_definition_delete(tenant=cast.tenant, definition=kanal)
    with translation.override("de"):
        criterion = gettext("criterion “%(label)s” of the utility score") % {"label": "Kanal"}
        expected = gettext(
            "The attribute is used by %(users)s. Remove it there first; nothing was deleted."
        ) % {"users": criterion}
    assert excinfo.value.messages == [expected]
    with translation.override("en"), pytest.raises(ValidationError) as excinfo:
        attribute_definition_delete(tenant=cast.tenant, definition=kanal)
    assert excinfo.value.messages == [
        "The attribute is used by criterion “Kanal” of the utility score. "
        "Remove it there first; nothing was deleted."
    ]

    assert AttributeDefinition.objects.for_tenant(cast.tenant).filter(pk=kanal.pk).exists()
    assert dict(ProcessProfile.objects.for_tenant(cast.tenant).values_list("number", "attributes")) == values
    assert values["P-1"] == {"kanal": "online"}
    assert Criterion.objects.for_tenant(cast.tenant).filter(attribute=kanal).exists()
    assert (scheme_state(cast.tenant), stored_scores(cast.tenant)) == (state, scores)


def test_an_attribute_can_be_deleted_once_no_criterion_uses_it_and_the_scores_follow(cast, kanal):
    scheme_save(tenant=cast.tenant, actor=cast.admin, specs=specs_with_weights())
    attribute_definition_delete(tenant=cast.tenant, definition=kanal)
    assert not AttributeDefinition.objects.for_tenant(cast.tenant).filter(pk=kanal.pk).exists()
    assert all(
        "kanal" not in a
        for a in ProcessProfile.objects.for_tenant(cast.tenant).values_list("attributes", flat=True)
    )
    assert_scores_fresh(cast.tenant)


# --- Register templates carry the scheme -------------------------------------------------------------


@pytest.fixture
def publisher(cast):
    """A template publisher whose register and changed scheme (with an own attribute) are published."""
    tenant = TenantFactory(slug="land", name="Land", is_template_publisher=True)
    ozg = CatalogEntryFactory(catalog=CatalogFactory(kind=CatalogKind.OZG, tenant=None))
    unit = OrgUnitFactory(tenant=tenant, name="Ordnungsamt")
    group = attribute_group_create(tenant=tenant, name="Weiteres")
    gebuehr = attribute_definition_save(
        tenant=tenant, definition=None, group=group, label="Gebühr", type="number", choices=[], required=False
    )
    _create(
        tenant,
        "P-1",
        case_count=1200,
        processing_minutes=20,
        digitalisation_level=3,
        recommended=True,
        owner_unit=unit,
        catalog_entries=[str(ozg.uuid)],
        ozg_topic="",
    )
    _create(tenant, "P-2", case_count=40, online_assistant=True, attributes={"gebuhr": "35"})
    _create(tenant, "P-3", relevant=False)
    specs = specs_with_weights(recommended=30, case_count=5)  # the publisher changed two weights
    specs.append(spec("attribute", 10, {"bands": [[0, 0], [30, 100]]}, attribute=gebuehr, missing_points=0))
    scheme_save(tenant=tenant, actor=None, specs=specs, note="Empfehlung des Landes")
    return tenant


def _publish(publisher):
    template = RegisterTemplate.objects.create(tenant=publisher, name="Muster")
    return template_version_publish(tenant=publisher, template=template, actor=None)


def _scheme_rows(tenant):
    data = scheme_export(tenant)
    return data["note"], [tuple(sorted(c.items())) for c in data["criteria"]]


def test_a_published_template_carries_the_scheme_and_every_copied_profile_is_scored(cast, publisher):
    version = _publish(publisher)
    assert version.snapshot["scoring_scheme"] == scheme_export(publisher)
    assert (
        next(c for c in version.snapshot["scoring_scheme"]["criteria"] if c["kind"] == "recommended")[
            "weight"
        ]
        == 30
    )

    target = TenantFactory(slug="neustadt")
    template_instantiate(tenant=target, version=version, actor=None)

    assert _scheme_rows(target) == _scheme_rows(publisher)
    own = Criterion.objects.for_tenant(target).get(kind=CriterionKind.ATTRIBUTE)
    assert own.attribute.tenant_id == target.pk and own.attribute.key == "gebuhr"
    scores = stored_scores(target)
    assert len(scores) == 3 and None not in scores.values()
    assert_scores_fresh(target)
    # The same figures, links and scheme give the same scores as at the publisher.
    by_number = dict(ProcessProfile.objects.for_tenant(target).values_list("number", "score"))
    assert by_number == dict(ProcessProfile.objects.for_tenant(publisher).values_list("number", "score"))


def test_a_template_replaces_a_default_scheme_created_before_the_register(cast, publisher):
    version = _publish(publisher)
    target = TenantFactory(slug="neustadt")
    scheme_ensure(tenant=target)  # e.g. the start page opened before the template was chosen
    template_instantiate(tenant=target, version=version, actor=None)
    assert _scheme_rows(target) == _scheme_rows(publisher)
    assert_scores_fresh(target)


def test_a_template_published_without_a_scheme_gives_the_default_scheme(cast, publisher):
    version = _publish(publisher)
    snapshot = dict(version.snapshot)
    del snapshot["scoring_scheme"]  # published before the Nutzwert-Score existed
    old = TemplateVersion.objects.create(
        template=version.template, uuid="00000000-0000-4000-8000-000000000001", number=9, snapshot=snapshot
    )
    target = TenantFactory(slug="altdorf")
    template_instantiate(tenant=target, version=old, actor=None)
    kinds = list(Criterion.objects.for_tenant(target).order_by("position").values_list("kind", "weight"))
    assert kinds == [(c["kind"], c["weight"]) for c in DEFAULT_CRITERIA]
    assert None not in stored_scores(target).values()
    assert_scores_fresh(target)


def test_a_refused_instantiation_writes_no_scheme(cast, publisher):
    version = _publish(publisher)
    target = TenantFactory(slug="voll")
    ProfileFactory(tenant=target)
    with pytest.raises(ValidationError), transaction.atomic():
        template_instantiate(tenant=target, version=version, actor=None)
    assert scheme_for(target) is None


def test_the_type_of_a_scored_attribute_cannot_change(cast):
    from register.services.attributes import attribute_definition_save
    from register.tests.factories import AttributeDefinitionFactory
    from scoring.services import CriterionSpec, default_specs, scheme_save

    tenant = cast.tenant
    attribute = AttributeDefinitionFactory(group__tenant=tenant, label="Fachamt-Wunsch", type="boolean")
    specs = default_specs()
    specs[-1].weight = 0  # OZG-relevant makes room
    specs.append(
        CriterionSpec(
            kind="attribute", weight=5, points={"yes": 100, "no": 0}, missing_points=0, attribute=attribute
        )
    )
    scheme_save(tenant=tenant, actor=None, specs=specs)
    with pytest.raises(ValidationError) as error:
        attribute_definition_save(
            tenant=tenant,
            definition=attribute,
            group=attribute.group,
            label=attribute.label,
            type="text",
            choices=[],
            required=False,
        )
    assert "type" in error.value.message_dict
    attribute.refresh_from_db()
    assert attribute.type == "boolean"
