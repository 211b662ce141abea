"""Example catalogues (Beispieldaten): LeiKa, OZG implementation catalogue, KGSt process catalogue and the
task catalogue of a Court of Audit for municipalities.

All keys and most names are invented in the formats of the real catalogues; none of the content is copied from
official catalogue files. LeiKa and OZG entries for municipal services are generated from the service-object
table in ``profiles.py``, so every key a profile links to exists here; a few services of the district, the
Land and the Federation are added with their own invented keys.
"""

from demo.data import CatalogItem
from demo.data.profiles import (
    ACTIONS,
    DOMAIN_BY_CODE,
    LEIKA_OBJECT_KEYS,
    OZG_LAGE_KEYS,
    OZG_LEISTUNG_KEYS,
    SERVICE_OBJECTS,
    THEMENFELDER,
    leika_leaf_key,
    profile_name,
)

# Purely local services (own statutes, voluntary tasks) carry LeiKa Typisierung 5
_LOCAL_DOMAINS = {
    "FRIEDHOF",
    "BIBLIOTHEK",
    "KULTUR",
    "SPORT",
    "FOERDERUNG",
    "ARCHIV",
    "WOHNEN",
    "LIEGENSCHAFT",
    "MAERKTE",
    "SAUBERKEIT",
    "JUGEND",
    "BETEILIGUNG",
}

# OZG-Leistungen are named after the service, not the object, where the two differ
_OZG_NAMES = {
    "Wohnsitz": "Wohnsitzanmeldung",
    "Gewerbe": "Gewerbeanzeige",
    "Bauantrag": "Baugenehmigung (Beteiligung der Gemeinde)",
    "Geburt": "Geburtsbeurkundung",
    "Sterbefall": "Sterbefallbeurkundung",
    "Kita-Platz": "Kita-Platz-Vergabe",
    "Briefwahl": "Briefwahl",
    "Fundsache": "Fundsachen",
}

# Services of the district, the Land or the Federation:
# (topic, Lage, LeiKa object, Verrichtungen, Typisierung)
_EXTERNAL: tuple[tuple[str, str, str, tuple[tuple[str, str], ...], str], ...] = (
    ("arbeit", "Arbeitslosigkeit und Beschäftigung", "Arbeitslosengeld", (("180", "Bewilligung"),), "1"),
    (
        "arbeit",
        "Arbeitslosigkeit und Beschäftigung",
        "Bürgergeld",
        (("180", "Bewilligung"), ("110", "Erstattung")),
        "2",
    ),
    ("bauen", "Bauen und Planen", "Baugenehmigung", (("060", "Erteilung"), ("050", "Verlängerung")), "3"),
    ("bauen", "Wohnen", "Wohnberechtigungsschein", (("040", "Ausstellung"),), "3"),
    (
        "bildung",
        "Studium und Ausbildungsförderung",
        "Ausbildungsförderung (BAföG)",
        (("180", "Bewilligung"),),
        "2",
    ),
    (
        "bildung",
        "Studium und Ausbildungsförderung",
        "Aufstiegsfortbildungsförderung",
        (("180", "Bewilligung"),),
        "2",
    ),
    (
        "einwanderung",
        "Aufenthalt und Einbürgerung",
        "Aufenthaltstitel",
        (("060", "Erteilung"), ("050", "Verlängerung")),
        "2",
    ),
    (
        "einwanderung",
        "Aufenthalt und Einbürgerung",
        "Verpflichtungserklärung",
        (("170", "Beurkundung"),),
        "3",
    ),
    ("engagement", "Jagd und Waffen", "Jagdschein", (("040", "Ausstellung"), ("050", "Verlängerung")), "3"),
    ("engagement", "Jagd und Waffen", "Waffenbesitzkarte", (("060", "Erteilung"),), "3"),
    ("familie", "Geburt und Kindschaft", "Elterngeld", (("180", "Bewilligung"),), "2"),
    ("familie", "Geburt und Kindschaft", "Kindergeld", (("180", "Bewilligung"),), "1"),
    ("forschung", "Forschungsförderung", "Forschungszulage", (("180", "Bewilligung"),), "1"),
    ("forschung", "Forschungsförderung", "Projektförderung für Hochschulen", (("180", "Bewilligung"),), "2"),
    (
        "gesundheit",
        "Pflege und Gesundheitsberufe",
        "Berufserlaubnis Pflegefachkraft",
        (("060", "Erteilung"),),
        "2",
    ),
    (
        "mobilitaet",
        "Führerschein und Fahrzeug",
        "Fahrerlaubnis",
        (("060", "Erteilung"), ("220", "Ersatzausstellung")),
        "3",
    ),
    (
        "mobilitaet",
        "Führerschein und Fahrzeug",
        "Fahrzeugzulassung",
        (("010", "Anmeldung"), ("030", "Abmeldung")),
        "3",
    ),
    ("steuern", "Einkommen- und Lohnsteuer", "Einkommensteuer", (("080", "Festsetzung"),), "2"),
    ("umwelt", "Abfallentsorgung", "Sperrmüllabholung", (("280", "Anzeige"),), "3"),
    (
        "unternehmen",
        "Standort und Ansiedlung",
        "Immissionsschutzrechtliche Genehmigung",
        (("060", "Erteilung"),),
        "3",
    ),
)


def _leika() -> tuple[CatalogItem, ...]:
    items: list[CatalogItem] = []
    for obj in SERVICE_OBJECTS:
        key = LEIKA_OBJECT_KEYS[obj.name]
        typisierung = "5" if obj.typisierung == "4" and obj.domain in _LOCAL_DOMAINS else obj.typisierung
        items.append(
            CatalogItem(
                key=key,
                name=obj.name,
                synonyms=obj.synonyms,
                extra={"typisierung": typisierung},
                description=f"Leistungsobjekt aus dem Bereich {DOMAIN_BY_CODE[obj.domain].lage}",
            )
        )
        for action in obj.actions:
            noun = ACTIONS[action].noun
            items.append(
                CatalogItem(
                    key=leika_leaf_key(obj, action),
                    name=f"{obj.name} {noun}",
                    parent_key=key,
                    description=profile_name(obj, action),
                    synonyms=tuple(f"{synonym} {noun}" for synonym in obj.synonyms),
                    extra={"typisierung": typisierung},
                )
            )
    for index, (_topic, _lage, name, verrichtungen, typisierung) in enumerate(_EXTERNAL, start=1):
        key = f"99950{index:03d}000000"
        items.append(
            CatalogItem(
                key=key,
                name=name,
                extra={"typisierung": typisierung},
                description="Leistung einer anderen Verwaltungsebene",
            )
        )
        items.extend(
            CatalogItem(
                key=key[:8] + code + "000",
                name=f"{name} {noun}",
                parent_key=key,
                extra={"typisierung": typisierung},
            )
            for code, noun in verrichtungen
        )
    return tuple(items)


def _ozg() -> tuple[CatalogItem, ...]:
    items = [
        CatalogItem(key=key, name=name, extra={"themenfeld": code})
        for code, (key, name) in THEMENFELDER.items()
    ]
    lagen = dict(OZG_LAGE_KEYS)
    topics = list(THEMENFELDER)
    for topic, lage, *_rest in _EXTERNAL:
        if (topic, lage) not in lagen:
            count = sum(1 for t, _ in lagen if t == topic)
            lagen[(topic, lage)] = f"LL-{topics.index(topic) + 1:02d}-{count + 1:02d}"
    for (topic, lage), key in lagen.items():
        kind = "Unternehmenslage" if topic == "unternehmen" else "Lebenslage"
        items.append(
            CatalogItem(
                key=key,
                name=lage,
                parent_key=THEMENFELDER[topic][0],
                extra={"themenfeld": topic, "art": kind},
            )
        )
    for obj in SERVICE_OBJECTS:
        if obj.name not in OZG_LEISTUNG_KEYS:
            continue
        domain = DOMAIN_BY_CODE[obj.domain]
        items.append(
            CatalogItem(
                key=OZG_LEISTUNG_KEYS[obj.name],
                name=_OZG_NAMES.get(obj.name, obj.name),
                parent_key=lagen[(domain.topic, domain.lage)],
                synonyms=obj.synonyms,
                extra={
                    "themenfeld": domain.topic,
                    "leika_keys": "|".join(leika_leaf_key(obj, a) for a in obj.actions),
                },
            )
        )
    for index, (topic, lage, name, verrichtungen, _typisierung) in enumerate(_EXTERNAL, start=1):
        leaf_keys = "|".join(f"99950{index:03d}{code}000" for code, _noun in verrichtungen)
        items.append(
            CatalogItem(
                key=f"{topics.index(topic) + 11}{900 + index:03d}",
                name=name,
                parent_key=lagen[(topic, lage)],
                extra={"themenfeld": topic, "leika_keys": leaf_keys},
            )
        )
    return tuple(items)


def _tree(
    areas: tuple[tuple[str, str, tuple[str, ...]], ...], top: dict[str, str]
) -> tuple[CatalogItem, ...]:
    """Dotted three-level tree: top areas, areas ("1.2"), entries ("1.2.3")."""
    items = [CatalogItem(key=key, name=name) for key, name in top.items()]
    for key, name, children in areas:
        items.append(CatalogItem(key=key, name=name, parent_key=key.split(".")[0] if "." in key else None))
        items.extend(
            CatalogItem(key=f"{key}.{index}", name=child, parent_key=key)
            for index, child in enumerate(children, 1)
        )
    return tuple(items)


KGST_TOP = {"1": "Steuerung", "2": "Leistung", "3": "Unterstützung"}
_KGST_AREAS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "1.1",
        "Politische Steuerung und Gremienarbeit",
        (
            "Sitzungsdienst für Gemeinderat und Ausschüsse",
            "Beschlussvollzug und Beschlusskontrolle",
            "Wahlen und Abstimmungen durchführen",
            "Einwohnerbeteiligung und Bürgerbegehren",
            "Ortsrecht setzen und bekanntmachen",
            "Repräsentation und Ehrungen",
            "Ortschaftsverfassung betreuen",
            "Fraktionen und Mandatsträger unterstützen",
        ),
    ),
    (
        "1.2",
        "Strategische Steuerung",
        (
            "Verwaltungsführung und Zielsteuerung",
            "Stadtentwicklung steuern",
            "Wirtschaftsförderung",
            "Interkommunale Zusammenarbeit",
            "Fördermittelmanagement",
            "Digitalisierung steuern",
            "Krisen- und Notfallmanagement",
            "Nachhaltigkeit und Klimaschutz steuern",
        ),
    ),
    (
        "1.3",
        "Finanzsteuerung",
        (
            "Haushaltsplanung",
            "Haushaltsvollzug steuern",
            "Jahresabschluss",
            "Finanz- und Investitionsplanung",
            "Beteiligungsmanagement",
            "Kosten- und Leistungsrechnung",
            "Schuldenmanagement",
        ),
    ),
    (
        "1.4",
        "Organisation und Personalsteuerung",
        (
            "Organisationsentwicklung",
            "Prozessmanagement",
            "Stellenplanung und Stellenbewertung",
            "Personalentwicklung und Wissensmanagement",
            "Dienstanweisungen und Regelwerke",
            "Gleichstellung und Vielfalt",
        ),
    ),
    (
        "1.5",
        "Controlling, Revision und Compliance",
        (
            "Berichtswesen und Kennzahlen",
            "Internes Kontrollsystem",
            "Korruptionsprävention",
            "Datenschutzmanagement",
            "Informationssicherheitsmanagement",
            "Rechnungsprüfung begleiten",
        ),
    ),
    (
        "1.6",
        "Kommunikation",
        (
            "Presse- und Öffentlichkeitsarbeit",
            "Amtsblatt und öffentliche Bekanntmachungen",
            "Internet und soziale Medien",
            "Anregungs- und Beschwerdemanagement",
            "Bürgerinformation",
        ),
    ),
    (
        "2.1",
        "Einwohnerwesen",
        (
            "Meldeangelegenheiten bearbeiten",
            "Melderegisterauskünfte und Datenübermittlungen",
            "Pass- und Ausweisangelegenheiten",
            "Beglaubigungen und Bescheinigungen",
            "Anträge für andere Behörden aufnehmen",
            "Fundsachen verwalten",
            "Terminmanagement und Bürgerservice",
        ),
    ),
    (
        "2.2",
        "Personenstandswesen",
        (
            "Geburten beurkunden",
            "Eheschließungen",
            "Sterbefälle beurkunden",
            "Namensrechtliche Erklärungen",
            "Personenstandsregister und Urkunden",
            "Kirchenaustritte",
        ),
    ),
    (
        "2.3",
        "Sicherheit und Ordnung",
        (
            "Allgemeine Gefahrenabwehr",
            "Veranstaltungen und Erlaubnisse im Ordnungsrecht",
            "Ordnungswidrigkeiten verfolgen",
            "Obdachlosenunterbringung",
            "Ruhender Verkehr und Parkausweise",
            "Brandschutz und Feuerwehr",
            "Schiedsstelle",
            "Fundtiere und Tierschutz",
        ),
    ),
    (
        "2.4",
        "Gewerbe und Wirtschaft",
        (
            "Gewerbeanzeigen",
            "Gaststätten und Gestattungen",
            "Märkte",
            "Unternehmensservice und Ansiedlung",
            "Tourismus",
            "Gewerbeüberwachung",
        ),
    ),
    (
        "2.5",
        "Steuern und Abgaben",
        (
            "Realsteuern",
            "Örtliche Aufwand- und Verbrauchsteuern",
            "Beiträge",
            "Gebühren und Entgelte",
            "Forderungsmanagement und Zahlungsverkehr",
            "Vollstreckung",
        ),
    ),
    (
        "2.6",
        "Planen und Bauen",
        (
            "Bauleitplanung",
            "Beteiligung an Genehmigungs- und Planverfahren",
            "Städtebauliche Sanierung und Förderung",
            "Hochbaumaßnahmen",
            "Grundstücksverkehr",
            "Wohnungsverwaltung",
            "Hausnummern und Straßenbenennung",
        ),
    ),
    (
        "2.7",
        "Verkehrsflächen",
        (
            "Straßenbau und -unterhaltung",
            "Straßenrecht und Sondernutzung",
            "Winterdienst und Straßenreinigung",
            "Straßenbeleuchtung",
            "Mobilitätsangebote",
            "Straßenverwaltung und Straßenkataster",
        ),
    ),
    (
        "2.8",
        "Umwelt und Grün",
        (
            "Grünflächen und Bäume",
            "Gewässerunterhaltung",
            "Stadtsauberkeit",
            "Klima- und Umweltschutz",
            "Spielplätze",
            "Gefahrenabwehr im Umweltbereich",
        ),
    ),
    (
        "2.9",
        "Bildung und Betreuung",
        (
            "Kindertagesbetreuung",
            "Elternbeiträge",
            "Schulträgeraufgaben",
            "Bibliothek",
            "Ferien- und Freizeitangebote",
        ),
    ),
    (
        "2.10",
        "Soziales, Jugend und Integration",
        (
            "Soziale Beratung und Antragsannahme",
            "Seniorenarbeit",
            "Jugendarbeit",
            "Integration",
            "Rentenangelegenheiten",
            "Kinder- und Jugendschutz",
        ),
    ),
    (
        "2.11",
        "Kultur, Sport und Ehrenamt",
        (
            "Kulturangebote",
            "Sportstätten und Bäder",
            "Vereins- und Ehrenamtsförderung",
            "Archiv und Heimatpflege",
            "Einrichtungen überlassen",
            "Städtepartnerschaft",
        ),
    ),
    (
        "2.12",
        "Friedhofs- und Bestattungswesen",
        ("Grabstätten und Nutzungsrechte", "Bestattungen", "Friedhofsunterhaltung", "Friedhofsgebühren"),
    ),
    (
        "3.1",
        "Personalmanagement",
        (
            "Personalgewinnung",
            "Personalbetreuung und -verwaltung",
            "Entgelt, Versorgung und Reisekosten",
            "Aus- und Fortbildung",
            "Arbeits- und Gesundheitsschutz",
            "Beteiligung der Interessenvertretungen",
        ),
    ),
    (
        "3.2",
        "Finanzwesen",
        (
            "Buchhaltung",
            "Kasse und Zahlungsverkehr",
            "Anlagenbuchhaltung",
            "Steuern der Gemeinde",
            "Versicherungen und Schadensfälle",
        ),
    ),
    (
        "3.3",
        "Informationstechnik",
        (
            "IT-Service und Benutzerbetreuung",
            "IT-Betrieb",
            "Fachverfahrensbetreuung",
            "Onlinedienste und Portale",
            "IT-Beschaffung und Lizenzen",
        ),
    ),
    (
        "3.4",
        "Zentrale Dienste",
        (
            "Post und Empfang",
            "Schriftgutverwaltung",
            "Archivierung",
            "Büro- und Materialwirtschaft",
            "Fuhrpark der Verwaltung",
            "Hausdienste",
        ),
    ),
    (
        "3.5",
        "Beschaffung und Vergabe",
        ("Bedarfsermittlung", "Vergabeverfahren", "Vertragsmanagement", "Korruptionsschutz in der Vergabe"),
    ),
    (
        "3.6",
        "Gebäude- und Liegenschaftsmanagement",
        (
            "Bauunterhaltung",
            "Technisches Gebäudemanagement",
            "Infrastrukturelles Gebäudemanagement",
            "Energiemanagement",
            "Liegenschaftsverwaltung",
        ),
    ),
    (
        "3.7",
        "Recht",
        (
            "Rechtsberatung",
            "Widerspruchs- und Klageverfahren",
            "Satzungs- und Vertragsprüfung",
            "Haftungsfälle",
        ),
    ),
    (
        "3.8",
        "Bauhof und technische Dienste",
        (
            "Bauhofeinsatz",
            "Werkstatt und Fuhrpark",
            "Veranstaltungsunterstützung",
            "Material- und Lagerwirtschaft",
            "Bereitschafts- und Unwetterdienst",
        ),
    ),
)

SRH_TOP: dict[str, str] = {}
_SRH_AREAS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "1",
        "Allgemeine Verwaltung",
        (
            "Gemeindeorgane und Gremien",
            "Hauptverwaltung und zentrale Dienste",
            "Personalverwaltung",
            "Einwohner- und Ausweiswesen",
            "Personenstandswesen",
            "Wahlen und Abstimmungen",
            "Informationstechnik",
            "Öffentlichkeitsarbeit und Bürgerbeteiligung",
            "Rechnungsprüfung",
            "Datenschutz und Informationssicherheit",
            "Archiv",
            "Zentrale Beschaffung und Vergabe",
            "Organisation und Controlling",
            "Repräsentation und Ehrungen",
            "Ortschaften",
        ),
    ),
    (
        "2",
        "Sicherheit und Ordnung",
        (
            "Allgemeine Ordnungsangelegenheiten",
            "Gewerbeangelegenheiten",
            "Verkehrsangelegenheiten",
            "Brandschutz",
            "Katastrophenschutz",
            "Fundwesen",
            "Schiedswesen",
            "Obdachlosenunterbringung",
            "Veranstaltungen und Erlaubnisse im Ordnungsrecht",
            "Gemeindlicher Vollzugsdienst",
            "Sonn- und Feiertagsschutz",
        ),
    ),
    (
        "3",
        "Schulen",
        (
            "Grundschulen",
            "Oberschulen",
            "Schülerbeförderung",
            "Schulverpflegung",
            "Ganztagsangebote",
            "Schulgebäude",
            "Schul-IT und Medienausstattung",
            "Gastschulverhältnisse",
            "Schulentwicklungsplanung",
        ),
    ),
    (
        "4",
        "Kultur und Wissenschaft",
        (
            "Bibliotheken",
            "Museen und Sammlungen",
            "Kulturveranstaltungen",
            "Heimatpflege",
            "Kulturförderung",
            "Musikschulen",
            "Volkshochschulen",
            "Denkmalpflege",
            "Städtepartnerschaften",
        ),
    ),
    (
        "5",
        "Soziales",
        (
            "Sozialberatung und Antragsannahme",
            "Seniorenarbeit",
            "Hilfen für Menschen mit Behinderungen",
            "Unterbringung Geflüchteter",
            "Integration",
            "Mitwirkung bei Grundsicherung und Sozialhilfe",
            "Rentenversicherungsangelegenheiten",
            "Mitwirkung beim Wohngeld",
            "Freiwillige soziale Leistungen",
        ),
    ),
    (
        "6",
        "Kinder- und Jugendhilfe",
        (
            "Kindertageseinrichtungen",
            "Kindertagespflege",
            "Horte",
            "Elternbeiträge",
            "Jugendarbeit",
            "Kinder- und Jugendschutz",
            "Ferienangebote",
            "Bedarfsplanung",
            "Jugendförderung",
        ),
    ),
    (
        "7",
        "Gesundheit und Sport",
        (
            "Gesundheitsschutz",
            "Sportstätten",
            "Bäder",
            "Sportförderung",
            "Friedhöfe und Bestattungswesen",
            "Ehrenamt im Sport",
        ),
    ),
    (
        "8",
        "Bauen, Wohnen und Verkehr",
        (
            "Bauleitplanung",
            "Mitwirkung in der Bauordnung",
            "Städtebauliche Sanierung und Förderung",
            "Wohnungswesen",
            "Gemeindestraßen",
            "Straßenbeleuchtung",
            "Brücken und Ingenieurbauwerke",
            "Winterdienst",
            "Straßenreinigung",
            "Öffentlicher Personennahverkehr",
            "Hochbau",
            "Vermessung und Geodaten",
            "Sondernutzung öffentlicher Straßen",
            "Hausnummern und Straßenbenennung",
            "Parkierungseinrichtungen",
        ),
    ),
    (
        "9",
        "Ver- und Entsorgung",
        (
            "Wasserversorgung",
            "Abwasserbeseitigung",
            "Abfallwirtschaft",
            "Energieversorgung",
            "Gewässerunterhaltung",
            "Grünflächen und Spielplätze",
            "Naturschutz und Landschaftspflege",
            "Klimaschutz und Umweltförderung",
            "Breitbandversorgung",
            "Hochwasserschutz",
            "Stadtsauberkeit",
        ),
    ),
    (
        "10",
        "Wirtschaft und Tourismus",
        (
            "Wirtschaftsförderung",
            "Märkte",
            "Tourismus",
            "Land- und Forstwirtschaft, Fischerei",
            "Gewerbeflächen",
            "Leerstandsmanagement",
            "Existenzgründung",
        ),
    ),
    (
        "11",
        "Finanzen",
        (
            "Haushaltsplanung",
            "Haushaltsvollzug",
            "Jahresabschluss",
            "Kasse und Zahlungsverkehr",
            "Vollstreckung",
            "Steuern",
            "Gebühren und Beiträge",
            "Schulden und Kredite",
            "Finanzausgleich und Umlagen",
            "Beteiligungen",
            "Grundvermögen und Liegenschaften",
            "Versicherungen",
            "Fördermittel und Zuwendungen",
            "Kosten- und Leistungsrechnung",
            "Steuerangelegenheiten der Gemeinde",
        ),
    ),
    (
        "12",
        "Gebäudewirtschaft und Bauhof",
        (
            "Gebäudeunterhaltung",
            "Energiemanagement",
            "Bauhof",
            "Fuhrpark",
            "Werkstätten",
            "Veranstaltungsdienst",
        ),
    ),
)

LEIKA: tuple[CatalogItem, ...] = _leika()
OZG: tuple[CatalogItem, ...] = _ozg()
KGST: tuple[CatalogItem, ...] = _tree(_KGST_AREAS, KGST_TOP)
SRH: tuple[CatalogItem, ...] = _tree(_SRH_AREAS, SRH_TOP)
