"""A municipal product plan (Produktplan) of the example town, in the style of a Saxon Produktrahmenplan.

Invented example data (Beispieldaten), not an official product framework: Produktbereiche (two-digit keys,
"11"), Produktgruppen ("11.1") and Produkte ("11.1.01"). Every profile of the example register is assigned to
one product, derived from its KGSt process (which follows from the profile's service domain or internal area)
and, for a few service objects, from the object itself.
"""

from demo.data import CatalogItem, ProfileItem
from demo.data.profiles import LEIKA_OBJECT_KEYS

# Produktbereich -> (name, ((Produktgruppe name, (Produkt names, …)), …)); numbers follow the position
_PLAN: tuple[tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    (
        "11",
        "Innere Verwaltung",
        (
            (
                "Gemeindeorgane und Verwaltungsführung",
                (
                    "Gemeinderat und Ausschüsse",
                    "Bürgermeister und Verwaltungsführung",
                    "Ortschaften und Ortschaftsräte",
                    "Repräsentation und Ehrungen",
                    "Bürgerbeteiligung und Anliegenmanagement",
                ),
            ),
            (
                "Zentrale Steuerung",
                (
                    "Organisation und Verwaltungsmodernisierung",
                    "Controlling und Berichtswesen",
                    "Rechnungsprüfung",
                    "Gleichstellung und Vielfalt",
                    "Datenschutz und Informationssicherheit",
                    "Fördermittelmanagement",
                ),
            ),
            (
                "Presse und Öffentlichkeitsarbeit",
                (
                    "Presse- und Öffentlichkeitsarbeit",
                    "Amtsblatt und öffentliche Bekanntmachungen",
                    "Internetauftritt und soziale Medien",
                ),
            ),
            (
                "Personalwesen",
                (
                    "Personalverwaltung und Personalbetreuung",
                    "Personalgewinnung und Personalentwicklung",
                    "Aus- und Fortbildung",
                    "Arbeitsschutz und Gesundheitsmanagement",
                    "Entgelt- und Bezügeabrechnung",
                ),
            ),
            (
                "Finanzverwaltung",
                (
                    "Haushaltsplanung und Haushaltsbewirtschaftung",
                    "Rechnungswesen und Jahresabschluss",
                    "Gemeindekasse und Zahlungsverkehr",
                    "Vollstreckung",
                    "Steuerangelegenheiten der Gemeinde",
                ),
            ),
            (
                "Zentrale Dienste",
                (
                    "Informations- und Kommunikationstechnik",
                    "Post, Registratur und Schriftgutverwaltung",
                    "Zentrale Beschaffung und Vergabe",
                    "Fuhrpark der Verwaltung",
                    "Zentrale Sitzungs- und Veranstaltungsdienste",
                    "Rechtsangelegenheiten und Versicherungen",
                    "Büro- und Hausdienste",
                ),
            ),
            (
                "Gebäude- und Liegenschaftsmanagement",
                (
                    "Verwaltungs- und Funktionsgebäude",
                    "Technisches Gebäudemanagement",
                    "Liegenschaftsverwaltung",
                    "Grundstücksverkehr",
                    "Energiemanagement",
                ),
            ),
            (
                "Bauhof",
                (
                    "Leistungen des Bauhofs",
                    "Werkstätten und Fahrzeuge des Bauhofs",
                    "Veranstaltungsunterstützung durch den Bauhof",
                ),
            ),
        ),
    ),
    (
        "12",
        "Sicherheit und Ordnung",
        (
            (
                "Statistik und Wahlen",
                ("Wahlen und Abstimmungen", "Kommunale Statistik", "Zensus und Erhebungen"),
            ),
            (
                "Ordnungsangelegenheiten",
                (
                    "Allgemeine Ordnungsangelegenheiten",
                    "Gewerbeangelegenheiten",
                    "Veranstaltungen und Erlaubnisse",
                    "Ordnungswidrigkeiten",
                    "Fundwesen",
                    "Unterbringung obdachloser Personen",
                    "Fundtiere und Tierschutz",
                    "Schiedsstelle",
                    "Gemeindlicher Vollzugsdienst",
                ),
            ),
            (
                "Einwohnerwesen",
                (
                    "Meldewesen",
                    "Pass- und Ausweiswesen",
                    "Bürgerbüro und Bürgerservice",
                    "Antragsannahme für andere Behörden",
                ),
            ),
            (
                "Personenstandswesen",
                (
                    "Geburten und Namensrecht",
                    "Eheschließungen und Lebenspartnerschaften",
                    "Sterbefälle",
                    "Personenstandsregister und Urkunden",
                    "Kirchenaustritte und sonstige Erklärungen",
                ),
            ),
            (
                "Verkehrsangelegenheiten",
                ("Ruhender Verkehr", "Verkehrsrechtliche Anordnungen", "Parkraumbewirtschaftung"),
            ),
            (
                "Brandschutz",
                (
                    "Freiwillige Feuerwehr",
                    "Vorbeugender Brandschutz",
                    "Feuerwehrtechnik und Gerätehäuser",
                    "Jugendfeuerwehr",
                ),
            ),
            (
                "Bevölkerungs- und Katastrophenschutz",
                ("Krisenvorsorge und Katastrophenschutz", "Warnung der Bevölkerung"),
            ),
        ),
    ),
    (
        "21",
        "Schulträgeraufgaben",
        (
            ("Grundschulen", ("Grundschule", "Schulverpflegung", "Ganztagsangebote an Grundschulen")),
            ("Oberschulen", ("Oberschule", "Ganztagsangebote an Oberschulen")),
            (
                "Schulübergreifende Aufgaben",
                (
                    "Schülerbeförderung",
                    "Schul-IT und Medienausstattung",
                    "Schulentwicklungsplanung",
                    "Gastschulverhältnisse",
                ),
            ),
        ),
    ),
    (
        "25",
        "Kultur und Wissenschaft",
        (
            ("Bibliotheken", ("Stadtbibliothek", "Leseförderung")),
            ("Museen und Ausstellungen", ("Heimatmuseum", "Ausstellungen")),
            (
                "Kulturpflege",
                (
                    "Kulturveranstaltungen",
                    "Kulturförderung",
                    "Heimatpflege und Ortschronik",
                    "Städtepartnerschaften",
                    "Bürgerhäuser und Veranstaltungsräume",
                ),
            ),
            ("Archivwesen", ("Stadtarchiv",)),
            ("Musikschule und Volkshochschule", ("Musikschule", "Volkshochschule")),
        ),
    ),
    (
        "31",
        "Soziale Hilfen",
        (
            (
                "Soziale Beratung und Antragsannahme",
                ("Sozialberatung", "Antragsannahme für Sozialleistungen", "Rentenangelegenheiten"),
            ),
            ("Seniorenarbeit", ("Seniorenberatung und Seniorenbegegnung", "Seniorenveranstaltungen")),
            (
                "Hilfen für Geflüchtete und Integration",
                ("Unterbringung Geflüchteter", "Integrationsangebote"),
            ),
            ("Inklusion", ("Belange von Menschen mit Behinderungen",)),
            ("Freiwillige soziale Leistungen", ("Sozialpass", "Familienleistungen der Gemeinde")),
        ),
    ),
    (
        "36",
        "Kinder-, Jugend- und Familienhilfe",
        (
            (
                "Kindertagesbetreuung",
                (
                    "Kinderkrippen und Kindergärten",
                    "Horte",
                    "Kindertagespflege",
                    "Elternbeiträge",
                    "Bedarfsplanung Kindertagesbetreuung",
                ),
            ),
            ("Jugendarbeit", ("Offene Jugendarbeit", "Ferienangebote", "Jugendbeteiligung")),
            ("Kinder- und Jugendschutz", ("Kinder- und Jugendschutz",)),
            ("Familienförderung", ("Familienangebote",)),
        ),
    ),
    (
        "41",
        "Gesundheit",
        (
            (
                "Gesundheitsschutz",
                ("Gesundheitsschutz und Hygiene", "Schädlingsbekämpfung", "Badestellen und Badegewässer"),
            ),
        ),
    ),
    (
        "42",
        "Sport und Bäder",
        (
            ("Sportförderung", ("Vereinssportförderung", "Sportveranstaltungen und Sportlerehrungen")),
            ("Sportstätten", ("Sporthallen", "Sportplätze und Freianlagen")),
            ("Bäder", ("Freibad",)),
            ("Ehrenamt", ("Ehrenamts- und Vereinsförderung",)),
        ),
    ),
    (
        "51",
        "Räumliche Planung und Entwicklung",
        (
            (
                "Räumliche Planung",
                ("Flächennutzungsplanung", "Bebauungsplanung", "Stellungnahmen zu Fachplanungen"),
            ),
            (
                "Stadtentwicklung",
                (
                    "Städtebauliche Sanierung",
                    "Stadtumbau und Förderprogramme",
                    "Integrierte Stadtentwicklung",
                ),
            ),
            ("Geoinformation", ("Geodaten und Kartenwerk", "Straßenbenennung und Hausnummerierung")),
        ),
    ),
    (
        "52",
        "Bauen und Wohnen",
        (
            ("Bauordnung", ("Gemeindliches Einvernehmen und Bauberatung", "Denkmalpflege")),
            ("Wohnungswesen", ("Gemeindewohnungen", "Wohnraumförderung")),
            ("Hochbau", ("Hochbaumaßnahmen",)),
        ),
    ),
    (
        "53",
        "Ver- und Entsorgung",
        (
            ("Wasserversorgung", ("Trinkwasserversorgung",)),
            ("Abwasserbeseitigung", ("Zentrale Abwasserbeseitigung", "Dezentrale Abwasserbeseitigung")),
            ("Abfallwirtschaft", ("Mitwirkung in der Abfallentsorgung",)),
            ("Energie und Telekommunikation", ("Breitbandausbau", "Energieversorgung und Konzessionen")),
        ),
    ),
    (
        "54",
        "Verkehrsflächen und -anlagen, ÖPNV",
        (
            (
                "Gemeindestraßen",
                (
                    "Straßenbau",
                    "Straßenunterhaltung",
                    "Straßenverwaltung und Straßenkataster",
                    "Sondernutzungen",
                    "Erschließungs- und Straßenausbaubeiträge",
                ),
            ),
            ("Straßenbeleuchtung", ("Straßenbeleuchtung",)),
            ("Winterdienst und Straßenreinigung", ("Winterdienst", "Straßenreinigung")),
            ("Brücken und Ingenieurbauwerke", ("Brücken und Durchlässe",)),
            ("Öffentlicher Personennahverkehr", ("ÖPNV und Bürgerbus", "Parkeinrichtungen")),
        ),
    ),
    (
        "55",
        "Natur- und Landschaftspflege, Friedhöfe",
        (
            ("Öffentliches Grün", ("Grünanlagen und Parks", "Straßenbäume und Gehölzschutz", "Spielplätze")),
            ("Gewässer", ("Gewässer zweiter Ordnung", "Hochwasserschutz")),
            ("Friedhöfe", ("Friedhofsverwaltung", "Bestattungen", "Friedhofsunterhaltung")),
            (
                "Naturschutz und Landschaftspflege",
                ("Naturschutz und Ausgleichsmaßnahmen", "Land- und Forstwirtschaft, Fischerei"),
            ),
        ),
    ),
    (
        "56",
        "Umweltschutz",
        (
            (
                "Umweltschutzmaßnahmen",
                ("Klimaschutz", "Stadtsauberkeit", "Lärmschutz", "Bodenschutz und Altlasten"),
            ),
        ),
    ),
    (
        "57",
        "Wirtschaft und Tourismus",
        (
            (
                "Wirtschaftsförderung",
                ("Unternehmensservice und Ansiedlung", "Gewerbeflächen", "Existenzgründung"),
            ),
            ("Märkte", ("Wochenmärkte", "Jahr- und Spezialmärkte")),
            ("Tourismus", ("Touristinformation", "Touristische Infrastruktur")),
            ("Allgemeine Einrichtungen und Unternehmen", ("Wirtschaftliche Beteiligungen",)),
        ),
    ),
    (
        "61",
        "Allgemeine Finanzwirtschaft",
        (
            (
                "Steuern, allgemeine Zuweisungen und Umlagen",
                (
                    "Realsteuern",
                    "Hundesteuer",
                    "Sonstige örtliche Steuern",
                    "Gemeindeanteile an Gemeinschaftsteuern",
                    "Schlüsselzuweisungen",
                    "Umlagen",
                ),
            ),
            (
                "Sonstige allgemeine Finanzwirtschaft",
                ("Zinsen und Kredite", "Beteiligungen und Finanzanlagen", "Beiträge und sonstige Abgaben"),
            ),
        ),
    ),
)


def _products() -> tuple[CatalogItem, ...]:
    items: list[CatalogItem] = []
    for area_key, area_name, groups in _PLAN:
        items.append(CatalogItem(key=area_key, name=area_name, extra={"ebene": "Produktbereich"}))
        for group_index, (group_name, products) in enumerate(groups, start=1):
            group_key = f"{area_key}.{group_index}"
            items.append(
                CatalogItem(
                    key=group_key, name=group_name, parent_key=area_key, extra={"ebene": "Produktgruppe"}
                )
            )
            items.extend(
                CatalogItem(
                    key=f"{group_key}.{index:02d}",
                    name=name,
                    parent_key=group_key,
                    description=f"Produkt der Produktgruppe „{group_name}“ im Produktbereich „{area_name}“",
                    extra={"ebene": "Produkt"},
                )
                for index, name in enumerate(products, start=1)
            )
    return tuple(items)


PRODUCTS: tuple[CatalogItem, ...] = _products()
"""The product plan, Produktbereiche first within each area."""

# A profile's product follows from its KGSt process; a process missing here falls back to its area ("2.5").
PRODUCT_BY_KGST: dict[str, str] = {
    "1.1": "11.1.01",
    "1.1.3": "12.1.01",
    "1.1.4": "11.1.05",
    "1.1.5": "11.3.02",
    "1.1.6": "11.1.04",
    "1.1.7": "11.1.03",
    "1.2": "11.1.02",
    "1.2.2": "51.2.03",
    "1.2.3": "57.1.01",
    "1.2.5": "11.2.06",
    "1.2.6": "11.2.01",
    "1.2.7": "12.7.01",
    "1.2.8": "56.1.01",
    "1.3": "11.5.01",
    "1.3.3": "11.5.02",
    "1.3.5": "61.2.02",
    "1.3.6": "11.5.02",
    "1.3.7": "61.2.01",
    "1.4": "11.2.01",
    "1.4.3": "11.4.01",
    "1.4.4": "11.4.02",
    "1.4.6": "11.2.04",
    "1.5": "11.2.02",
    "1.5.4": "11.2.05",
    "1.5.5": "11.2.05",
    "1.5.6": "11.2.03",
    "1.6": "11.3.01",
    "1.6.2": "11.3.02",
    "1.6.3": "11.3.03",
    "1.6.4": "11.1.05",
    "1.7": "11.2.04",
    "2.1": "12.3.03",
    "2.1.1": "12.3.01",
    "2.1.2": "12.3.01",
    "2.1.3": "12.3.02",
    "2.1.5": "12.3.04",
    "2.1.6": "12.2.05",
    "2.2": "12.4.04",
    "2.2.1": "12.4.01",
    "2.2.2": "12.4.02",
    "2.2.3": "12.4.03",
    "2.2.4": "12.4.01",
    "2.2.6": "12.4.05",
    "2.3": "12.2.01",
    "2.3.2": "12.2.03",
    "2.3.3": "12.2.04",
    "2.3.4": "12.2.06",
    "2.3.5": "12.5.01",
    "2.3.6": "12.6.01",
    "2.3.7": "12.2.08",
    "2.3.8": "12.2.07",
    "2.4": "57.1.01",
    "2.4.1": "12.2.02",
    "2.4.2": "12.2.02",
    "2.4.3": "57.2.01",
    "2.4.5": "57.3.01",
    "2.4.6": "12.2.02",
    "2.5": "61.1.01",
    "2.5.2": "61.1.03",
    "2.5.3": "61.2.03",
    "2.5.4": "61.2.03",
    "2.5.5": "11.5.03",
    "2.5.6": "11.5.04",
    "2.6": "51.1.02",
    "2.6.2": "52.1.01",
    "2.6.3": "51.2.01",
    "2.6.4": "52.3.01",
    "2.6.5": "11.7.03",
    "2.6.6": "52.2.01",
    "2.6.7": "51.3.02",
    "2.7": "54.1.02",
    "2.7.2": "54.1.04",
    "2.7.3": "54.3.01",
    "2.7.4": "54.2.01",
    "2.7.5": "54.5.01",
    "2.7.6": "54.1.03",
    "2.8": "55.1.01",
    "2.8.2": "55.2.01",
    "2.8.3": "56.1.02",
    "2.8.4": "56.1.01",
    "2.8.5": "55.1.03",
    "2.9": "36.1.01",
    "2.9.2": "36.1.04",
    "2.9.3": "21.1.01",
    "2.9.4": "25.1.01",
    "2.9.5": "36.2.02",
    "2.10": "31.1.01",
    "2.10.2": "31.2.01",
    "2.10.3": "36.2.01",
    "2.10.4": "31.3.02",
    "2.10.5": "31.1.03",
    "2.10.6": "36.3.01",
    "2.11": "25.3.01",
    "2.11.2": "42.2.01",
    "2.11.3": "42.4.01",
    "2.11.4": "25.4.01",
    "2.11.5": "25.3.05",
    "2.11.6": "25.3.04",
    "2.12": "55.3.01",
    "2.12.2": "55.3.02",
    "2.12.3": "55.3.03",
    "2.13": "53.2.01",
    "2.14": "55.4.02",
    "2.15": "41.1.01",
    "2.16": "12.7.01",
    "3.1": "11.4.01",
    "3.1.1": "11.4.02",
    "3.1.3": "11.4.05",
    "3.1.4": "11.4.03",
    "3.1.5": "11.4.04",
    "3.2": "11.5.02",
    "3.2.2": "11.5.03",
    "3.2.4": "11.5.05",
    "3.2.5": "11.6.06",
    "3.3": "11.6.01",
    "3.4": "11.6.02",
    "3.4.3": "25.4.01",
    "3.4.4": "11.6.07",
    "3.4.5": "11.6.04",
    "3.4.6": "11.6.07",
    "3.5": "11.6.03",
    "3.6": "11.7.01",
    "3.6.2": "11.7.02",
    "3.6.4": "11.7.05",
    "3.6.5": "11.7.03",
    "3.7": "11.6.06",
    "3.8": "11.8.01",
    "3.8.2": "11.8.02",
    "3.8.3": "11.8.03",
    "3.9": "11.2.02",
    "3.10": "11.6.05",
}

# Service objects whose product differs from the one of their domain's KGSt process
PRODUCT_BY_OBJECT: dict[str, str] = {
    "Hundesteuer": "61.1.02",
    "Hundebestandsaufnahme": "61.1.02",
    "Zweitwohnungsteuer": "61.1.03",
    "Vergnügungsteuer": "61.1.03",
    "Schülerpraktikum in der Verwaltung": "11.4.03",
    "Ausbildungsplatz in der Verwaltung": "11.4.03",
    "Bundesfreiwilligendienst": "11.4.02",
    "Rattenbefall": "41.1.02",
    "Eichenprozessionsspinner": "41.1.02",
    "Badestelle": "41.1.03",
    "Tierkadaver": "41.1.01",
    "Giftpflanzen": "41.1.01",
    "Masernschutznachweis": "36.1.01",
    "Fundtier": "12.2.07",
    "Beißvorfall": "12.2.07",
    "Jugendschutz": "36.3.01",
    "Ordnungswidrigkeit nach der Polizeiverordnung": "12.2.04",
    "Parkscheinautomat": "12.5.03",
    "Verkehrsrechtliche Anordnung": "12.5.02",
    "Schulwegsicherung": "12.5.02",
    "Bürgerbus": "54.5.01",
    "Fischereischein": "55.4.02",
    "Jugendfischereischein": "55.4.02",
    "Fischereiabgabe": "55.4.02",
    "Heimatmuseum": "25.2.01",
    "Schenkung an das Heimatmuseum": "25.2.01",
    "Ausstellungsfläche im Rathaus": "25.2.02",
    "Kulturpreis": "25.3.02",
    "Bürgerhaus": "25.3.05",
    "Sportplatz": "42.2.02",
    "Freibad-Saisonkarte": "42.3.01",
    "Schwimmkurs": "42.3.01",
    "Ehrenamtskarte": "42.4.01",
    "Ehrenamtspreis": "42.4.01",
    "Ehrenamtsvermittlung": "42.4.01",
    "Vereinsverzeichnis": "42.4.01",
    "Sportlerehrung": "42.1.02",
    "Wanderweg": "57.3.02",
    "Leseförderung": "25.1.02",
    "Gemeindegrundstück": "11.7.04",
    "Gemeindliches Vorkaufsrecht": "11.7.04",
    "Erbbaurecht": "11.7.04",
    "Grundstückstausch": "11.7.04",
    "Holz aus dem Gemeindewald": "55.4.02",
    "Brennholz-Selbstwerbung": "55.4.02",
    "Jagdgenossenschaft": "55.4.02",
    "Landwirtschaftliche Fläche": "55.4.02",
    "Dachfläche für Photovoltaik": "56.1.01",
    "Lärmaktionsplan": "56.1.03",
    "Gewässerverunreinigung": "55.2.01",
    "Gewässer zweiter Ordnung": "55.2.01",
    "Spielplatz": "55.1.03",
    "Straßenbaum": "55.1.02",
    "Baumfällung": "55.1.02",
    "Ersatzpflanzung": "55.1.02",
    "Baumpatenschaft": "55.1.02",
    "Winterdienst": "54.3.01",
    "Winterdienst-Hinweis": "54.3.01",
    "Straßenreinigung": "54.3.02",
    "Straßenbeleuchtung": "54.2.01",
    "Straßenbaumaßnahme": "54.1.01",
    "Widmung einer Straße": "54.1.03",
    "Einziehung einer Straße": "54.1.03",
    "Straßenbestandsverzeichnis": "54.1.03",
    "Erschließungsbeitrag": "54.1.05",
    "Anliegerbescheinigung": "54.1.05",
    "Ausgleichsbetrag im Sanierungsgebiet": "51.2.01",
    "Hausnummer": "51.3.02",
    "Straßenbenennung": "51.3.02",
    "Bebauungsplan": "51.1.02",
    "Flächennutzungsplan": "51.1.01",
    "Denkmalschutzrechtliche Genehmigung": "52.1.02",
    "Weihnachtsmarktstand": "57.2.02",
    "Trödelmarkt": "57.2.02",
    "Gewerbegrundstück": "57.1.02",
    "Leerstehende Ladenfläche": "57.1.02",
    "Existenzgründung": "57.1.03",
    "Glasfaseranschluss": "53.4.01",
    "Mobilfunkstandort": "53.4.01",
    "Wohnmobilstellplatz": "57.3.02",
    "Schülerbeförderung": "21.3.01",
    "Schulverpflegung": "21.1.02",
    "Schulbezirk": "21.3.03",
    "Kindertagespflege": "36.1.03",
    "Hortplatz": "36.1.02",
    "Ferienbetreuung im Hort": "36.1.02",
    "Elternbeitrag": "36.1.04",
    "Elternbeitragsbescheinigung": "36.1.04",
    "Übernahme des Elternbeitrags": "36.1.04",
    "Ferienspiele": "36.2.02",
    "Jugendfreizeit": "36.2.02",
    "Jugendbeteiligung": "36.2.03",
    "Jugendbeirat": "36.2.03",
    "Kindeswohlgefährdung": "36.3.01",
    "Sozialpass": "31.5.01",
    "Begrüßungsgeld für Neugeborene": "31.5.02",
    "Seniorenfahrt": "31.2.02",
    "Seniorenmittagstisch": "31.2.02",
    "Anliegen von Menschen mit Behinderungen": "31.4.01",
    "Grundsicherung im Alter und bei Erwerbsminderung": "31.1.02",
    "Wohngeld": "31.1.02",
    "Schwerbehindertenausweis": "31.1.02",
    "Bildung und Teilhabe": "31.1.02",
    "Unterbringung von Geflüchteten": "31.3.01",
    "Arbeitsgelegenheit für Asylsuchende": "31.3.01",
    "Löschwasserversorgung": "12.6.02",
    "Brandschutzerziehung": "12.6.02",
    "Jugendfeuerwehr": "12.6.04",
    "Hochwasserschutz-Sandsäcke": "12.7.01",
    "Kirchenaustritt": "12.4.05",
    "Geschlechtseintrag und Vornamen": "12.4.05",
    "Führungszeugnis": "12.3.04",
    "Erweitertes Führungszeugnis": "12.3.04",
    "Europäisches Führungszeugnis": "12.3.04",
    "Auskunft aus dem Gewerbezentralregister": "12.3.04",
    "Datenanfrage für Forschungsvorhaben": "12.1.02",
    "Statistische Auskunft": "12.1.02",
    "Presseanfrage": "11.3.01",
    "Amtsblattanzeige": "11.3.02",
    "Vereinsmitteilung im Amtsblatt": "11.3.02",
    "Alters- und Ehejubiläum": "11.1.04",
    "Verwaltungsgebühr": "61.2.03",
}

_OBJECT_BY_PREFIX = {key[:8]: name for name, key in LEIKA_OBJECT_KEYS.items()}


def product_key(profile: ProfileItem) -> str:
    """The key of the product a profile of the example register belongs to."""
    for leika_key in profile.leika_keys:
        product = PRODUCT_BY_OBJECT.get(_OBJECT_BY_PREFIX.get(leika_key[:8], ""))
        if product:
            return product
    kgst = profile.kgst_key or ""
    area = ".".join(kgst.split(".")[:2])
    return PRODUCT_BY_KGST.get(kgst) or PRODUCT_BY_KGST[area]
