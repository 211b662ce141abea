"""The fields a spreadsheet column can fill: standard profile fields, catalogue links, own attributes.

One list serves the import (matching headings, reading cells), the blank import template (headings,
descriptions, dropdowns) and the whole-register export, so the three always agree. Labels are German through
the catalogue; the cell readers accept what people type in German lists ("1.200", "01.03.2026", "ja", "x",
"Kernprozess", "3 – Online-Antrag").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.db.models import Choices
from django.utils.translation import gettext as _

from catalogues.choices import CatalogKind
from catalogues.importers.files import normalise_header
from interchange.cells import READERS, Kind
from register.choices import (
    Addressee,
    AttributeType,
    DigitalisationLevel,
    DocumentationState,
    OzgTopic,
    ProcessType,
    ReleaseStatus,
)
from register.models import (
    MAX_CASE_COUNT,
    MAX_LEAD_TIME_DAYS,
    MAX_PROCESSING_MINUTES,
    AttributeDefinition,
)
from register.services.attributes import MAX_LONG_TEXT, MAX_TEXT, definitions_for
from tenants.models import Tenant

ATTRIBUTE_PREFIX = "attr:"
CATALOG_PREFIX = "catalog:"


class Section(StrEnum):
    """Where a field is listed in the column assignment."""

    IDENTITY = "identity"
    RESPONSIBILITY = "responsibility"
    CONTENT = "content"
    FIGURES = "figures"
    GOVERNANCE = "governance"
    CATALOGUES = "catalogues"
    ATTRIBUTES = "attributes"

    @property
    def label(self) -> str:
        return {
            Section.IDENTITY: _("Identity"),
            Section.RESPONSIBILITY: _("Responsibility"),
            Section.CONTENT: _("Content"),
            Section.FIGURES: _("Figures and prioritisation"),
            Section.GOVERNANCE: _("Governance"),
            Section.CATALOGUES: _("Catalogue links"),
            Section.ATTRIBUTES: _("Own attributes"),
        }[self]


@dataclass(frozen=True)
class ImportField:
    """A field a column can be assigned to."""

    key: str
    label: str
    description: str
    kind: Kind
    section: Section
    synonyms: tuple[str, ...] = ()
    # (stored value, label) of a choice field; the label is what the template's dropdown offers.
    choices: tuple[tuple[Any, str], ...] = ()
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    catalog_kind: str = ""
    definition: AttributeDefinition | None = field(default=None, compare=False)
    required: bool = False  # needed to create a process

    @property
    def is_attribute(self) -> bool:
        return self.definition is not None

    @property
    def is_multiple(self) -> bool:
        return self.kind in (Kind.MULTIPLE_CHOICE, Kind.UNITS, Kind.PROFILES, Kind.CATALOG)

    def spellings(self) -> Iterable[str]:
        """Every heading that names this field."""
        yield self.label
        yield self.key.removeprefix(ATTRIBUTE_PREFIX).removeprefix(CATALOG_PREFIX)
        yield from self.synonyms

    def choice_labels(self) -> list[str]:
        """What the template's dropdown offers."""
        if self.kind == Kind.BOOLEAN:
            return [_("yes"), _("no")]
        return [label for _value, label in self.choices]

    def read(self, text: str) -> Any:
        """The value of a non-empty cell (raw keys and names for relations), or CellError."""
        return READERS[self.kind](self, text)


def _choices(choices: type[Choices]) -> tuple[tuple[Any, str], ...]:
    return tuple((value, str(label)) for value, label in choices.choices)


def standard_fields() -> list[ImportField]:
    """The profile's own fields, in the order of the profile page."""
    s = Section
    return [
        ImportField(
            "number",
            _("Process number"),
            _("Unique in your register, e.g. P-0421. Rows with a known number update that process."),
            Kind.TEXT,
            s.IDENTITY,
            (
                "Nr",
                "Nummer",
                "Prozessnr",
                "Prozess-Nr.",
                "Prozessnummer",
                "Prozess-ID",
                "ID",
                "Kennung",
                "Lfd. Nr.",
                "Kennziffer",
                "Prozesskennziffer",
                "Prozess-Nummer",
            ),
            max_length=30,
            required=True,
        ),
        ImportField(
            "name",
            _("Name"),
            _("The name of the process, e.g. Hundesteuer festsetzen. Needed for new processes."),
            Kind.TEXT,
            s.IDENTITY,
            (
                "Bezeichnung",
                "Prozessname",
                "Prozessbezeichnung",
                "Prozess",
                "Titel",
                "Leistung",
                "Name des Prozesses",
            ),
            max_length=300,
            required=True,
        ),
        ImportField(
            "short_description",
            _("Short description"),
            _("A few sentences on what the process does."),
            Kind.LONG_TEXT,
            s.IDENTITY,
            ("Beschreibung", "Kurzbeschreibung", "Prozessbeschreibung", "Erläuterung"),
            max_length=5000,
        ),
        ImportField(
            "process_type",
            _("Process type"),
            _("Core process, management process or support process."),
            Kind.CHOICE,
            s.IDENTITY,
            ("Prozesstyp", "Prozessart", "Art", "Typ"),
            choices=_choices(ProcessType),
        ),
        ImportField(
            "folder",
            _("Folder"),
            _(
                "The folder path with / between the levels, e.g. Bürgerdienste / Meldewesen; "
                "missing folders are created."
            ),
            Kind.FOLDER,
            s.IDENTITY,
            ("Ordner", "Ordnerpfad", "Kategorie", "Prozessgruppe", "Gruppe", "Bereich"),
        ),
        ImportField(
            "owner_unit",
            _("Responsible unit"),
            _("Short code or name of an organisational unit of your organigram, e.g. 32 or Ordnungsamt."),
            Kind.UNIT,
            s.RESPONSIBILITY,
            (
                "OE",
                "Zuständige OE",
                "Organisationseinheit",
                "Zuständigkeit",
                "Zuständig",
                "Amt",
                "Fachbereich",
                "Fachdienst",
                "Abteilung",
                "Verantwortliche OE",
            ),
        ),
        ImportField(
            "participating_units",
            _("Participating units"),
            _("Short codes or names of further units, separated by semicolons."),
            Kind.UNITS,
            s.RESPONSIBILITY,
            ("Beteiligte OE", "Beteiligte", "Beteiligte Organisationseinheiten", "Mitwirkende"),
        ),
        ImportField(
            "process_owner",
            _("Process owner (position)"),
            _("The name of a position (Stelle) of your organigram."),
            Kind.POSITION,
            s.RESPONSIBILITY,
            ("Prozessverantwortlich", "Prozessverantwortliche Stelle", "Prozessverantwortlicher", "Stelle"),
        ),
        ImportField(
            "trigger",
            _("Trigger"),
            _("What starts the process, e.g. an application arrives."),
            Kind.LONG_TEXT,
            s.CONTENT,
            ("Auslöser", "Anlass", "Startereignis"),
            max_length=2000,
        ),
        ImportField(
            "result",
            _("Result"),
            _("What the process delivers, e.g. a notice."),
            Kind.LONG_TEXT,
            s.CONTENT,
            ("Ergebnis", "Output", "Endereignis"),
            max_length=2000,
        ),
        ImportField(
            "addressees",
            _("Addressees"),
            _("Citizens, businesses and/or administration, separated by semicolons."),
            Kind.MULTIPLE_CHOICE,
            s.CONTENT,
            ("Adressaten", "Zielgruppe", "Kunden", "Leistungsempfänger"),
            choices=_choices(Addressee),
        ),
        ImportField(
            "inputs",
            _("Inputs"),
            _("What the process needs, e.g. documents handed in."),
            Kind.LONG_TEXT,
            s.CONTENT,
            ("Input", "Eingaben", "Unterlagen", "Benötigte Unterlagen"),
            max_length=2000,
        ),
        ImportField(
            "predecessors",
            _("Preceding processes"),
            _("Process numbers of the processes that come before, separated by semicolons."),
            Kind.PROFILES,
            s.CONTENT,
            ("Vorgänger", "Vorgängerprozesse", "Vorherige Prozesse"),
        ),
        ImportField(
            "ozg_topic",
            _("OZG topic"),
            _("One of the 14 Themenfelder of the OZG catalogue."),
            Kind.CHOICE,
            s.CONTENT,
            ("Themenfeld", "OZG-Themenfeld", "OZG Themenfeld"),
            choices=_choices(OzgTopic),
        ),
        ImportField(
            "case_count",
            _("Cases per year"),
            _("A whole number, e.g. 1.200."),
            Kind.INTEGER,
            s.FIGURES,
            (
                "Fallzahl",
                "Fallzahlen",
                "Fälle pro Jahr",
                "Fälle/Jahr",
                "Anzahl Fälle",
                "Fallzahl pro Jahr",
                "Fallzahl p.a.",
                "Jährliche Fallzahl",
                "Fälle",
            ),
            minimum=0,
            maximum=MAX_CASE_COUNT,
        ),
        ImportField(
            "processing_minutes",
            _("Processing time (minutes per case)"),
            _("Minutes of work per case, a whole number from 1."),
            Kind.INTEGER,
            s.FIGURES,
            (
                "Bearbeitungszeit",
                "Bearbeitungsdauer",
                "Minuten pro Fall",
                "Bearbeitungszeit (Min.)",
                "Bearbeitungszeit in Minuten",
                "Zeit pro Fall",
            ),
            minimum=1,
            maximum=MAX_PROCESSING_MINUTES,
        ),
        ImportField(
            "lead_time_days",
            _("Lead time (days)"),
            _("Days from the start to the result, a whole number."),
            Kind.INTEGER,
            s.FIGURES,
            ("Durchlaufzeit", "Durchlaufzeit (Tage)", "Durchlaufzeit in Tagen", "Dauer"),
            minimum=0,
            maximum=MAX_LEAD_TIME_DAYS,
        ),
        ImportField(
            "digitalisation_level",
            _("Digitalisation level"),
            _("OZG maturity level 0 to 4."),
            Kind.CHOICE,
            s.FIGURES,
            ("Digitalisierungsgrad", "Reifegrad", "OZG-Reifegrad", "Digitalisierungsstand", "Reifegrad OZG"),
            choices=_choices(DigitalisationLevel),
        ),
        ImportField(
            "online_assistant",
            _("Online assistant"),
            _("Yes if an online application assistant exists."),
            Kind.BOOLEAN,
            s.FIGURES,
            (
                "Online-Assistent",
                "Onlineassistent",
                "Online-Dienst",
                "Onlinedienst vorhanden",
                "Online-Antrag",
            ),
        ),
        ImportField(
            "online_assistant_url",
            _("Link to the online assistant"),
            _("A web address starting with https://."),
            Kind.URL,
            s.FIGURES,
            ("Link Online-Assistent", "URL Online-Assistent", "Link", "URL", "Online-Link"),
            max_length=500,
        ),
        ImportField(
            "recommended",
            _("Recommended"),
            _("Yes if the digital pilots recommend the process."),
            Kind.BOOLEAN,
            s.FIGURES,
            ("Empfohlen", "Empfehlung", "Empfehlung Digitallotsen", "Empfohlen von den Digitallotsen"),
        ),
        ImportField(
            "relevant",
            _("Relevant"),
            _("No hides the process from the working list."),
            Kind.BOOLEAN,
            s.FIGURES,
            ("Relevant", "Relevanz", "Relevant für die Digitalisierung"),
        ),
        ImportField(
            "manual_priority",
            _("Manual priority"),
            _("1 to 999 places the process by hand in the working list; needs a reason."),
            Kind.INTEGER,
            s.FIGURES,
            ("Priorität", "Manuelle Priorität", "Prio"),
            minimum=1,
            maximum=999,
        ),
        ImportField(
            "priority_reason",
            _("Reason for the manual priority"),
            _("Why the process is placed by hand."),
            Kind.TEXT,
            s.FIGURES,
            ("Begründung Priorität", "Begründung", "Priorisierungsgrund"),
            max_length=500,
        ),
        ImportField(
            "release_status",
            _("Release status"),
            _("FIM release status 1 to 8."),
            Kind.CHOICE,
            s.GOVERNANCE,
            ("Freigabestatus", "Status", "Freigabe", "FIM-Status"),
            choices=_choices(ReleaseStatus),
        ),
        ImportField(
            "version",
            _("Version"),
            _("e.g. 1.0"),
            Kind.TEXT,
            s.GOVERNANCE,
            ("Version", "Versionsnummer", "Stand"),
            max_length=20,
        ),
        ImportField(
            "last_review",
            _("Last review"),
            _("A date, e.g. 01.03.2026."),
            Kind.DATE,
            s.GOVERNANCE,
            ("Letzte Prüfung", "Letzte Überprüfung", "Geprüft am", "Zuletzt geprüft"),
        ),
        ImportField(
            "next_review",
            _("Next review"),
            _("A date, e.g. 01.03.2027."),
            Kind.DATE,
            s.GOVERNANCE,
            ("Nächste Prüfung", "Wiedervorlage", "Nächste Überprüfung", "Prüfen bis"),
        ),
        ImportField(
            "documentation_state",
            _("Documentation state"),
            _("not yet documented, documented, analysed, optimised or duty waived."),
            Kind.CHOICE,
            s.GOVERNANCE,
            ("Dokumentationsstand", "Dokumentationsstatus", "Bearbeitungsstand"),
            choices=_choices(DocumentationState),
        ),
        ImportField(
            "waiver_reason",
            _("Reason the documentation duty is waived"),
            _("Needed when the documentation duty is waived."),
            Kind.LONG_TEXT,
            s.GOVERNANCE,
            ("Begründung Verzicht", "Verzichtsbegründung"),
            max_length=2000,
        ),
    ]


# The catalogue columns: heading, description and other spellings per catalogue kind.
def catalog_fields() -> list[ImportField]:
    """One column per catalogue: the keys of the entries to link."""
    specs = [
        (
            CatalogKind.LEIKA,
            _("LeiKa keys"),
            _("14-digit LeiKa keys, several separated by semicolons."),
            (
                "LeiKa",
                "LeiKa-Schlüssel",
                "LeiKa-Leistung",
                "Leistungsschlüssel",
                "LeiKa-Nr.",
                "LeiKa Schlüssel",
            ),
        ),
        (
            CatalogKind.OZG,
            _("OZG service ids"),
            _("OZG ids, e.g. 10234, several separated by semicolons."),
            ("OZG", "OZG-ID", "OZG-Leistung", "OZG-Nr.", "OZG-Kennung", "OZG Leistung"),
        ),
        (
            CatalogKind.KGST,
            _("KGSt processes"),
            _("Keys of the KGSt process catalogue."),
            ("KGSt", "KGSt-Prozess"),
        ),
        (CatalogKind.SRH, _("SRH tasks"), _("Keys of the SRH task catalogue."), ("SRH", "SRH-Aufgabe")),
        (
            CatalogKind.PRODUCT,
            _("Products"),
            _("Product numbers of the product plan."),
            ("Produkt", "Produktnummer", "Produkt-Nr."),
        ),
        (
            CatalogKind.DOCUMENTS,
            _("Documents"),
            _("Keys of your documents catalogue."),
            ("Dokumente", "Formulare"),
        ),
        (
            CatalogKind.IT_SYSTEMS,
            _("IT systems"),
            _("Keys of your IT systems catalogue."),
            ("IT-Systeme", "Software", "Fachverfahren"),
        ),
        (
            CatalogKind.LEGAL_BASES,
            _("Legal bases"),
            _("Keys of your legal bases catalogue."),
            ("Rechtsgrundlagen", "Rechtsgrundlage", "Gesetze"),
        ),
        (
            CatalogKind.EXTERNAL_PARTIES,
            _("External parties"),
            _("Keys of your external parties catalogue."),
            ("Externe Beteiligte", "Partner"),
        ),
    ]
    return [
        ImportField(
            f"{CATALOG_PREFIX}{kind}",
            label,
            description,
            Kind.CATALOG,
            Section.CATALOGUES,
            synonyms,
            catalog_kind=str(kind),
        )
        for kind, label, description, synonyms in specs
    ]


_ATTRIBUTE_KINDS = {
    AttributeType.TEXT: Kind.TEXT,
    AttributeType.LONG_TEXT: Kind.LONG_TEXT,
    AttributeType.NUMBER: Kind.NUMBER,
    AttributeType.BOOLEAN: Kind.BOOLEAN,
    AttributeType.DATE: Kind.DATE,
    AttributeType.CHOICE: Kind.CHOICE,
    AttributeType.MULTIPLE_CHOICE: Kind.MULTIPLE_CHOICE,
    AttributeType.LINK: Kind.URL,
}


def attribute_field(definition: AttributeDefinition) -> ImportField:
    """The field of a tenant-defined attribute."""
    kind = _ATTRIBUTE_KINDS[AttributeType(definition.type)]
    max_length = {Kind.TEXT: MAX_TEXT, Kind.LONG_TEXT: MAX_LONG_TEXT, Kind.URL: 500}.get(kind)
    return ImportField(
        f"{ATTRIBUTE_PREFIX}{definition.key}",
        definition.label,
        definition.help_text or str(AttributeType(definition.type).label),
        kind,
        Section.ATTRIBUTES,
        choices=tuple((choice, choice) for choice in definition.choices),
        max_length=max_length,
        definition=definition,
        required=definition.required,
    )


def fields_for(tenant: Tenant, definitions: list[AttributeDefinition] | None = None) -> list[ImportField]:
    """Every field a column of this tenant's files can fill (one query for the attribute definitions)."""
    if definitions is None:
        definitions = definitions_for(tenant)
    return [*standard_fields(), *catalog_fields(), *(attribute_field(d) for d in definitions)]


# --- matching headings -------------------------------------------------------------------------------------


def match_headers(
    headers: list[str], fields: list[ImportField], remembered: dict[str, str] | None = None
) -> dict[int, str]:
    """Column index → field key for the headings that name a field; each field at most once.

    A heading the tenant assigned before (``remembered``: normalised heading → field key, "" = ignore)
    wins; then exact spellings (label, key, synonyms, ignoring case, umlaut spelling and punctuation);
    then a heading that starts with a spelling of at least six letters ("Fallzahl 2025").
    """
    remembered = remembered or {}
    by_spelling: dict[str, str] = {}
    for f in fields:
        for spelling in f.spellings():
            by_spelling.setdefault(normalise_header(spelling), f.key)
    known = {f.key for f in fields}
    prefixes = sorted((s for s in by_spelling if len(s) >= 6), key=len, reverse=True)
    mapping: dict[int, str] = {}
    used: set[str] = set()
    pending: list[tuple[int, str]] = []
    for index, header in enumerate(headers):
        heading = normalise_header(header)
        if not heading:
            continue
        if heading in remembered:
            key = remembered[heading]
            if key in known and key not in used:
                mapping[index] = key
                used.add(key)
            continue
        pending.append((index, heading))
    for index, heading in pending:
        exact = by_spelling.get(heading)
        if exact is not None and exact not in used:
            mapping[index] = exact
            used.add(exact)
    for index, heading in pending:
        if index in mapping:
            continue
        prefix = next(
            (by_spelling[p] for p in prefixes if heading.startswith(p) and by_spelling[p] not in used),
            None,
        )
        if prefix is not None:
            mapping[index] = prefix
            used.add(prefix)
    return dict(sorted(mapping.items()))
