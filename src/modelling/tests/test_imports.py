"""The BPMN import service: attach to a process or create processes, checked whole, written in one go."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from modelling.bpmn.compare import semantic_differences
from modelling.bpmn.documents import BpmnFileError, parse_bpmn
from modelling.choices import VersionSource
from modelling.models import ModelVersion, ProcessModel
from modelling.services.imports import (
    MAX_FILES,
    BpmnImportError,
    ImportFile,
    bpmn_files_check,
    file_stem,
    models_import,
)
from modelling.services.models import MAX_MODELS_PER_PROFILE
from modelling.tests import bpmn_samples as samples
from modelling.tests.factories import ProcessModelFactory
from register.models import ProcessProfile
from register.tests.factories import ProfileFactory


def _counts(tenant):
    return (
        ProcessProfile.objects.for_tenant(tenant).count(),
        ProcessModel.objects.for_tenant(tenant).count(),
        ModelVersion.objects.for_tenant(tenant).count(),
    )


def _create(cast, *files):
    return models_import(
        tenant=cast.tenant, user=cast.modeller, files=list(files), profile=None, create_profiles=True
    )


def _attach(cast, profile, *files):
    return models_import(
        tenant=cast.tenant, user=cast.modeller, files=list(files), profile=profile, create_profiles=False
    )


def _version(model):
    return ModelVersion.objects.for_tenant(model.tenant_id).get(model=model, number=model.version_count)


def _refusal(data, name):
    """What ``parse_bpmn`` says about the file, in German."""
    with translation.override("de"), pytest.raises(BpmnFileError) as refused:
        parse_bpmn(data, file_name=name)
    return refused.value.message


def test_it_attaches_a_file_to_a_process_as_its_first_and_main_model(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    data = samples.process_bpmn("Wohnsitz anmelden")

    result = _attach(cast, profile, ImportFile("anmeldung.bpmn", data))

    model = ProcessModel.objects.for_tenant(cast.tenant).get(profile=profile)
    assert model.name == "Wohnsitz anmelden"  # the model's own title
    assert model.is_main
    version = _version(model)
    assert version.source == VersionSource.IMPORT
    assert version.file_name == "anmeldung.bpmn"
    assert version.author == cast.modeller
    assert version.xml == data.decode("utf-8")
    assert [entry.model for entry in result.files[0].models] == [model]
    assert result.profile_count == 0 and result.model_count == 1


def test_further_files_attached_to_a_process_do_not_replace_its_main_model(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    first = ProcessModelFactory(tenant=cast.tenant, profile=profile, is_main=True, name="Bestehend")

    _attach(
        cast,
        profile,
        ImportFile("a.bpmn", samples.process_bpmn("Variante A")),
        ImportFile("b.bpmn", samples.process_bpmn("Variante B")),
    )

    models = ProcessModel.objects.for_tenant(cast.tenant).filter(profile=profile)
    assert sorted(models.values_list("name", flat=True)) == ["Bestehend", "Variante A", "Variante B"]
    assert list(models.filter(is_main=True)) == [first]


def test_a_model_without_a_title_is_named_after_its_file(cast):
    profile = ProfileFactory(tenant=cast.tenant)

    _attach(cast, profile, ImportFile("C:\\Modelle\\Hunde_steuer.bpmn20.xml", samples.process_bpmn("")))

    assert ProcessModel.objects.for_tenant(cast.tenant).get(profile=profile).name == "Hunde steuer"


def test_it_creates_one_process_per_participant_of_a_collaboration_with_the_next_free_numbers(cast):
    ProfileFactory(tenant=cast.tenant, number="P-0041")
    ProfileFactory(tenant=cast.tenant, number="Sonder-7")
    data = samples.collaboration_bpmn(
        [("Bürgeramt", "Meldung bearbeiten"), ("Ausländerbehörde", "")], black_box=["Antragsteller"]
    )

    result = _create(cast, ImportFile("melden.bpmn", data))

    created = [(entry.profile.number, entry.profile.name) for entry in result.files[0].models]
    assert created == [
        ("P-0042", "Bürgeramt"),
        ("P-0043", "Ausländerbehörde"),
    ]  # no process for the black box
    for entry, participant in zip(result.files[0].models, ["Participant_1", "Participant_2"], strict=True):
        assert entry.profile_created
        model = ProcessModel.objects.for_tenant(cast.tenant).get(profile=entry.profile)
        assert (model.name, model.focus_element, model.is_main) == (entry.profile.name, participant, True)
        assert _version(model).xml == data.decode("utf-8")  # each model holds the whole file
    assert result.profile_count == 2


def test_an_unnamed_participant_is_named_after_its_process_and_then_after_the_file(cast):
    data = samples.collaboration_bpmn([("", "Gebühr festsetzen"), ("", "")])

    result = _create(cast, ImportFile("Kasse.bpmn", data))

    assert [entry.profile.name for entry in result.files[0].models] == ["Gebühr festsetzen", "Kasse"]


def test_it_creates_one_process_from_a_plain_process(cast):
    result = _create(cast, ImportFile("hund.bpmn", samples.process_bpmn("Hund anmelden")))

    profile = ProcessProfile.objects.for_tenant(cast.tenant).get()
    assert (profile.number, profile.name) == ("P-0001", "Hund anmelden")
    model = ProcessModel.objects.for_tenant(cast.tenant).get(profile=profile)
    assert (model.focus_element, model.is_main) == ("Process_1", True)
    assert result.files[0].models[0].profile == profile


def test_a_file_without_any_process_becomes_one_process_named_after_the_file(cast):
    result = _create(cast, ImportFile("Leer.bpmn", samples.without_process_bpmn()))

    entry = result.files[0].models[0]
    assert entry.profile.name == "Leer"
    assert entry.model.focus_element == ""
    assert entry.findings == 1  # "an empty model"


def test_several_files_are_imported_at_once_with_consecutive_numbers(cast):
    result = _create(
        cast,
        ImportFile("a.bpmn", samples.process_bpmn("Wohnsitz anmelden")),
        ImportFile("b.bpmn", samples.collaboration_bpmn()),
        ImportFile("a.bpmn", samples.process_bpmn("Wohnsitz abmelden")),  # the same name twice is fine
    )

    numbers = [(f.name, e.profile.number, e.profile.name) for f in result.files for e in f.models]
    assert numbers == [
        ("a.bpmn", "P-0001", "Wohnsitz anmelden"),
        ("b.bpmn", "P-0002", "Bürgeramt"),
        ("b.bpmn", "P-0003", "Ausländerbehörde"),
        ("a.bpmn", "P-0004", "Wohnsitz abmelden"),
    ]
    assert _counts(cast.tenant) == (4, 4, 4)


def test_one_bad_file_among_good_ones_changes_nothing_and_every_problem_is_listed(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    before = _counts(cast.tenant)
    files = [
        ImportFile("gut.bpmn", samples.process_bpmn()),
        ImportFile("liste.csv", samples.NOT_XML),
        ImportFile("gut2.bpmn", samples.collaboration_bpmn()),
        ImportFile("teil.bpmn", samples.FRAGMENT),
    ]

    for attach in (False, True):
        with translation.override("de"), pytest.raises(BpmnImportError) as refused:
            models_import(
                tenant=cast.tenant,
                user=cast.modeller,
                files=files,
                profile=profile if attach else None,
                create_profiles=not attach,
            )
        assert refused.value.problems == [
            _refusal(samples.NOT_XML, "liste.csv"),
            _refusal(samples.FRAGMENT, "teil.bpmn"),
        ]
        assert "liste.csv" in refused.value.problems[0] and "teil.bpmn" in refused.value.problems[1]
    assert _counts(cast.tenant) == before


def test_the_declared_encoding_is_honoured_and_umlauts_are_kept(cast):
    name = "Gebührenbescheid für Hundehalter ändern"
    data = samples.process_bpmn(name, tasks=["Größe prüfen", "Maß nehmen"], encoding="ISO-8859-1")
    assert "ü".encode("iso-8859-1") in data and "ü".encode() not in data

    result = _create(cast, ImportFile("hund.bpmn", data))

    model = result.files[0].models[0].model
    assert model.name == name
    stored = _version(model).xml
    assert stored == data.decode("iso-8859-1").replace('encoding="ISO-8859-1"', 'encoding="UTF-8"', 1)
    assert "Größe prüfen" in stored and "Maß nehmen" in stored
    assert semantic_differences(stored, data) == []


def test_vendor_extension_elements_and_attributes_are_kept(cast):
    data = samples.process_bpmn(vendor=True)
    profile = ProfileFactory(tenant=cast.tenant)

    _attach(cast, profile, ImportFile("werkzeug.bpmn", data))

    stored = _version(ProcessModel.objects.for_tenant(cast.tenant).get(profile=profile)).xml
    assert semantic_differences(stored, data) == []
    assert '<vendor:property name="Zuständigkeit" value="Bürgeramt" />' in stored
    assert 'vendor:priority="hoch"' in stored and 'vendor:exporter="Testwerkzeug 1.0"' in stored


def test_lanes_sub_processes_data_objects_event_sub_processes_and_several_diagrams_are_accepted(cast):
    result = _create(cast, ImportFile("gewerbe.bpmn", samples.rich_bpmn()))

    entry = result.files[0].models[0]
    assert entry.profile.name == "Gewerbeamt"
    version = _version(entry.model)
    assert [diagram["name"] for diagram in version.summary["diagrams"]] == ["Übersicht", "Gebühr erheben"]
    assert version.summary["elements"]["subProcess"] == 2 and version.summary["elements"]["lane"] == 2
    assert entry.findings == 0


def test_a_diagram_with_broken_references_is_imported_with_notes(cast):
    result = _create(cast, ImportFile("hund.bpmn", samples.broken_di_bpmn()))

    entry = result.files[0].models[0]
    findings = _version(entry.model).findings
    assert entry.findings == len(findings) >= 1
    assert any("Gibt_es_nicht" in finding["message"] for finding in findings)
    assert result.findings_count == entry.findings


def test_too_many_files_are_refused_before_any_is_read(cast):
    files = [ImportFile(f"{index}.bpmn", samples.NOT_XML) for index in range(MAX_FILES + 1)]

    with pytest.raises(BpmnImportError) as refused:
        _create(cast, *files)

    assert len(refused.value.problems) == 1  # not 51 complaints about the content
    assert f"{MAX_FILES + 1} " in refused.value.problems[0] and f"{MAX_FILES} " in refused.value.problems[0]
    assert _counts(cast.tenant) == (0, 0, 0)


def test_files_too_large_together_are_refused(cast):
    big = samples.oversized(40 * 1024 * 1024)  # one object, three times: 120 MB together

    with pytest.raises(BpmnImportError) as refused:
        _create(cast, *(ImportFile(f"{index}.bpmn", big) for index in range(3)))

    assert len(refused.value.problems) == 1
    assert "100 MB" in refused.value.problems[0]
    assert _counts(cast.tenant) == (0, 0, 0)


def test_a_single_file_too_large_is_refused_by_its_name(cast):
    big = samples.oversized()

    with pytest.raises(BpmnImportError) as refused:
        _create(cast, ImportFile("riesig.bpmn", big), ImportFile("klein.bpmn", samples.process_bpmn()))

    assert refused.value.problems == [_refusal(big, "riesig.bpmn")]
    assert "riesig.bpmn" in refused.value.problems[0]
    assert _counts(cast.tenant) == (0, 0, 0)


def test_no_files_at_all_are_refused(cast):
    with pytest.raises(BpmnImportError) as refused:
        _create(cast)

    assert refused.value.problems == [gettext("Please choose at least one BPMN file.")]


def test_a_process_that_would_exceed_its_model_limit_is_refused(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    ProcessModelFactory.create_batch(
        MAX_MODELS_PER_PROFILE - 1, tenant=cast.tenant, profile=profile, version=False
    )
    before = _counts(cast.tenant)

    with pytest.raises(BpmnImportError) as refused:
        _attach(cast, profile, *(ImportFile(f"{i}.bpmn", samples.process_bpmn()) for i in range(2)))

    assert profile.name in refused.value.problems[0]
    assert _counts(cast.tenant) == before


def test_long_names_are_shortened_to_what_a_process_can_hold(cast):
    data = samples.collaboration_bpmn([("Sehr langer Name " * 30, "")])

    entry = _create(cast, ImportFile("lang.bpmn", data)).files[0].models[0]

    assert len(entry.profile.name) == 300 and entry.profile.name.endswith("…")
    assert entry.model.name == entry.profile.name


def test_it_refuses_a_process_of_another_authority(cast):
    foreign = ProfileFactory(tenant=cast.other_tenant)

    with pytest.raises(ValueError, match="another tenant"):
        _attach(cast, foreign, ImportFile("a.bpmn", samples.process_bpmn()))


def test_it_needs_exactly_one_target(cast):
    profile = ProfileFactory(tenant=cast.tenant)
    with pytest.raises(ValueError, match="either"):
        models_import(tenant=cast.tenant, user=None, files=[], profile=profile, create_profiles=True)
    with pytest.raises(ValueError, match="either"):
        models_import(tenant=cast.tenant, user=None, files=[], profile=None, create_profiles=False)


def test_checking_files_writes_nothing_and_summarises_each_readable_file(cast):
    plan = bpmn_files_check(
        [ImportFile("a.bpmn", samples.collaboration_bpmn()), ImportFile("b.xml", samples.HTML)]
    )

    assert [planned.file.name for planned in plan.files] == ["a.bpmn"]
    assert [new.focus_element for new in plan.files[0].new_profiles()] == ["Participant_1", "Participant_2"]
    assert len(plan.problems) == 1 and "b.xml" in plan.problems[0]
    assert _counts(cast.tenant) == (0, 0, 0)


@pytest.mark.parametrize(
    ("file_name", "stem"),
    [
        ("a.bpmn", "a"),
        ("Melde_wesen.BPMN", "Melde wesen"),
        ("x.bpmn20.xml", "x"),
        ("Modelle/y.xml", "y"),
        (".bpmn", ".bpmn"),
    ],
)
def test_the_file_stem_drops_folders_and_bpmn_suffixes(file_name, stem):
    assert file_stem(file_name) == stem


def test_every_miwg_reference_model_is_imported_in_one_go(cast):
    folder = samples.miwg_folder()
    if not folder.is_dir():
        pytest.skip(f"the BPMN MIWG reference models are not at {folder}")
    paths = sorted(folder.glob("*.bpmn"))
    files = [ImportFile(path.name, path.read_bytes()) for path in paths]

    result = _create(cast, *files)

    assert [imported.name for imported in result.files] == [path.name for path in paths]
    for imported, path in zip(result.files, paths, strict=True):
        assert imported.models, path.name
        stored = _version(imported.models[0].model).xml
        assert semantic_differences(stored, path.read_bytes()) == [], path.name
    focused = ProcessModel.objects.for_tenant(cast.tenant).exclude(focus_element="").count()
    assert focused == result.model_count  # every MIWG model has at least one process
