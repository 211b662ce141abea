"""Example catalogues (Beispieldaten): LeiKa, OZG implementation catalogue, KGSt process catalogue and the
task catalogue of a Court of Audit for municipalities.

All keys and names are invented in the formats of the real catalogues; none of the content is copied from
official catalogue files, and nothing here is an official classification.

LeiKa keys have 14 digits, ``99GGGKKKVVVDDD``: GGG the Gruppierung, KKK the Kennung of the Leistungsobjekt,
VVV the Verrichtung, DDD the Verrichtungsdetail. A Leistungsobjekt (VVVDDD = 000000) holds its Verrichtungen
(DDD = 000), a Verrichtung its details. The municipal services are generated from the service-object table in
``profiles.py`` (so every key a profile links to exists here), crossed with further Verrichtungen and details
and joined by services the example town's register has no profile for (Kennung 501 and up). Water and waste
(Gruppierungen 142, 143), services of the district (151–162), of the Land and of the Federation (201–220,
and 950 from the first version of this data) complete the catalogue.

Typisierung (invented but following the real scheme): 1 federal rules and execution, 2 federal rules executed
by the Land (2a, 2b variants), 3 federal rules executed by municipalities or districts (3a), 4 Land rules
(4a executed by Land authorities), 5 municipal rules and execution.

The OZG catalogue groups the services into the 14 Themenfelder, their Lebens- and Unternehmenslagen and
OZG-Leistungen bundling LeiKa keys.
"""

import re
from dataclasses import dataclass

from demo.data import CatalogItem
from demo.data.profiles import (
    ACTIONS,
    DOMAIN_BY_CODE,
    LEIKA_OBJECT_KEYS,
    ONLINE_ASSISTANT,
    OZG_LAGE_KEYS,
    OZG_LEISTUNG_KEYS,
    SERVICE_OBJECTS,
    THEMENFELDER,
    ServiceObject,
    profile_name,
)

TYPISIERUNGEN = ("1", "2", "2a", "2b", "3", "3a", "4", "4a", "5")

# --- Verrichtungen ---------------------------------------------------------------------------------------

# Verrichtungen only the catalogue uses: key -> (code, noun, template of the readable name)
_MORE_ACTIONS: dict[str, tuple[str, str, str]] = {
    "zulassen": ("600", "Zulassung", "{o} zulassen"),
    "anerkennen": ("610", "Anerkennung", "{o} anerkennen"),
    "versagen": ("620", "Versagung", "{o} versagen"),
    "einziehen": ("630", "Einziehung", "{o} einziehen"),
    "untersagen": ("640", "Untersagung", "{o} untersagen"),
    "bescheinigen": ("650", "Bescheinigung", "{o} bescheinigen"),
    "registrieren": ("660", "Registrierung", "{o} registrieren"),
    "umschreiben": ("680", "Umschreibung", "{o} umschreiben"),
    "anordnen": ("710", "Anordnung", "{o} anordnen"),
    "entziehen": ("730", "Entziehung", "{o} entziehen"),
    "umtauschen": ("740", "Umtausch", "{o} umtauschen"),
}
VERRICHTUNGEN: dict[str, tuple[str, str, str]] = {
    **{key: (a.code, a.noun, a.template) for key, a in ACTIONS.items()},
    **_MORE_ACTIONS,
}
"""Every Verrichtung of the catalogue: key -> (3-digit code, LeiKa noun, template of the readable name)."""

_FEE_ACTIONS = frozenset(
    {
        "ausstellen",
        "erteilen",
        "genehmigen",
        "verlaengern",
        "zweitschrift",
        "beglaubigen",
        "beurkunden",
        "zulassen",
        "zuteilen",
        "umschreiben",
        "umtauschen",
        "vermieten",
    }
)
_DEADLINE_ACTIONS = frozenset({"anmelden", "abmelden", "ummelden", "anzeigen"})
# Register domains and Gruppierungen (vehicle registration, veterinary office) with statutory deadlines
_DEADLINE_GROUPS = frozenset({"MELDE", "ZUZUG", "GEWERBE", "GEBURT", "STERBE", "STEUERN", "151", "158"})
_PERSONAL: dict[str, frozenset[str]] = {
    "PASS": frozenset({"beantragen", "ausstellen"}),
    "EHE": frozenset({"anmelden", "beurkunden"}),
    "GEBURT": frozenset({"beurkunden"}),
    "ZUZUG": frozenset({"beurkunden"}),
    "REGISTER": frozenset({"beurkunden"}),
    "152": frozenset({"erteilen", "umtauschen", "umschreiben"}),  # driving licences
}


def _merkmale(group: str, action: str, label: str, typisierung: str) -> tuple[str, ...]:
    """Invented "Besondere Merkmale" of a Verrichtung."""
    result = []
    if action in _FEE_ACTIONS and typisierung[0] != "1":
        result.append("gebührenpflichtig")
    if action in _PERSONAL.get(group, ()):
        result.append("persönliches Erscheinen erforderlich")
    if action in _DEADLINE_ACTIONS and group in _DEADLINE_GROUPS:
        result.append("gesetzliche Frist")
    if label in ONLINE_ASSISTANT:
        result.append("Online-Dienst verfügbar")
    return tuple(result)


# --- Typisierung of the municipal services ------------------------------------------------------------------

_DOMAIN_TYPES: dict[str, str] = {
    "MELDE": "3",
    "PASS": "3",
    "BUERGER": "4",
    "BETEILIGUNG": "4",
    "REGISTER": "4",
    "RENTE": "3",
    "SOZIALES": "3",
    "ZUZUG": "3",
    "GEBURT": "3",
    "EHE": "3",
    "STERBE": "3",
    "FRIEDHOF": "5",
    "GESUNDHEIT": "4",
    "ORDNUNG": "4",
    "FUND": "3",
    "VERANSTALTUNG": "4",
    "FEUERWEHR": "4",
    "WAHLEN": "4",
    "GEWERBE": "3",
    "MAERKTE": "5",
    "WIRTSCHAFT": "5",
    "STEUERN": "4",
    "ABGABEN": "4",
    "KASSE": "4",
    "LIEGENSCHAFT": "5",
    "WOHNEN": "5",
    "BAUEN": "3",
    "STRASSEN": "4",
    "VERKEHR": "3",
    "SONDERNUTZUNG": "4",
    "UMWELT": "4",
    "SAUBERKEIT": "5",
    "KITA": "4",
    "JUGEND": "5",
    "SCHULE": "4",
    "BIBLIOTHEK": "5",
    "KULTUR": "5",
    "SPORT": "5",
    "FISCHEREI": "4",
    "FOERDERUNG": "5",
    "ARCHIV": "4",
}

# Register objects whose Typisierung differs from their domain's
_TYPE_BY_OBJECT: dict[str, str] = {
    "Termin im Bürgerbüro": "5",
    "Neubürgerbegrüßung": "5",
    "Onlineantrag mit Unterstützung": "5",
    "Bürgerhaushalt": "5",
    "Amtsblattanzeige": "5",
    "Vereinsmitteilung im Amtsblatt": "5",
    "Veranstaltungskalender": "5",
    "Alters- und Ehejubiläum": "5",
    "Bürgersprechstunde": "5",
    "Kirchenaustritt": "4",
    "Lebensbescheinigung": "5",
    "Schülerpraktikum in der Verwaltung": "5",
    "Bundesfreiwilligendienst": "5",
    "Ausbildungsplatz in der Verwaltung": "5",
    "Seniorenberatung": "5",
    "Seniorenfahrt": "5",
    "Seniorenmittagstisch": "5",
    "Anliegen von Menschen mit Behinderungen": "5",
    "Unterbringung von Geflüchteten": "4",
    "Erstberatung für Zugewanderte": "5",
    "Sprachmittlung": "5",
    "Ordnungsbehördliche Bestattung": "4",
    "Umbettung": "4",
    "Masernschutznachweis": "3",
    "Feuerwerk": "3",
    "Jugendschutz": "3",
    "Fundtier": "3",
    "Briefwahl": "3",
    "Wählerverzeichnis": "3",
    "Wahlbenachrichtigung": "3",
    "Schöffenvorschlagsliste": "3",
    "Gaststätte": "4",
    "Verkaufsoffener Sonntag": "4",
    "Spielhalle": "4",
    "Wochenmarkt": "3",
    "Trödelmarkt": "3",
    "Grundsteuer": "3",
    "Gewerbesteuer": "3",
    "Gewerbesteuerzerlegung": "3",
    "Erschließungsbeitrag": "3",
    "Ausgleichsbetrag im Sanierungsgebiet": "3",
    "Hausnummer": "4",
    "Straßenbenennung": "4",
    "Denkmalschutzrechtliche Genehmigung": "4",
    "Bürgerbus": "5",
    "Schulwegsicherung": "4",
    "Baumpatenschaft": "5",
    "Grünflächenpatenschaft": "5",
    "Parkbankspende": "5",
    "Laubsäcke": "5",
    "Grünschnitt": "5",
    "Streuobstwiese": "5",
    "Lärmaktionsplan": "3",
    "Fischereischein": "4",
    "Jugendfischereischein": "4",
    "Fischereiabgabe": "4",
}

# --- synonyms -----------------------------------------------------------------------------------------------

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "Nebenwohnung": ("Zweitwohnsitz", "Nebenwohnsitz"),
    "Erweiterte Meldebescheinigung": ("Meldebescheinigung mit Vorwohnungen",),
    "Haushaltsbescheinigung": ("Haushaltsbestätigung",),
    "Einfache Melderegisterauskunft": ("Adressauskunft", "Anschriftenermittlung"),
    "Erweiterte Melderegisterauskunft": ("Meldeauskunft bei berechtigtem Interesse",),
    "Melderegister": ("Einwohnermelderegister",),
    "Auskunftssperre": ("Adresssperre", "Meldesperre"),
    "Widerspruch gegen Übermittlung an Parteien": ("Wahlwerbung widersprechen",),
    "Widerspruch gegen Übermittlung an die Bundeswehr": ("Übermittlungssperre Bundeswehr",),
    "Abmeldung von Amts wegen": ("Amtsabmeldung",),
    "Personalausweis": ("Bundespersonalausweis",),
    "Online-Ausweisfunktion": ("eID", "PIN-Rücksetzung", "Onlineausweis"),
    "Vorläufiger Personalausweis": ("Ersatzausweis",),
    "Reisepass": ("ePass",),
    "Express-Reisepass": ("Expresspass",),
    "Zweitpass": ("Zweiter Reisepass",),
    "Beglaubigung von Abschriften": ("Kopie beglaubigen", "Amtliche Beglaubigung"),
    "Unterschriftsbeglaubigung": ("Unterschrift beglaubigen",),
    "Termin im Bürgerbüro": ("Terminvereinbarung", "Online-Termin"),
    "Neubürgerbegrüßung": ("Willkommenspaket", "Neubürgermappe"),
    "Informationszugang": ("Transparenzanfrage", "Informationsfreiheit"),
    "Anregung und Beschwerde": ("Beschwerde", "Bürgeranliegen"),
    "Bürgerbegehren": ("Bürgerentscheid",),
    "Bürgerhaushalt": ("Beteiligungshaushalt",),
    "Erweitertes Führungszeugnis": ("Führungszeugnis für die Kinder- und Jugendarbeit",),
    "Kirchenaustritt": ("Austritt aus der Kirche", "Kirchensteuer beenden"),
    "Schiedsstelle": ("Friedensrichter", "Schlichtung"),
    "Erwerbsminderungsrente": ("EM-Rente", "Invalidenrente"),
    "Hinterbliebenenrente": ("Witwenrente", "Waisenrente"),
    "Kontenklärung": ("Rentenkonto klären",),
    "Grundsicherung im Alter und bei Erwerbsminderung": ("Grundsicherung",),
    "Wohngeld": ("Mietzuschuss", "Lastenzuschuss"),
    "Schwerbehindertenausweis": ("Behindertenausweis",),
    "Bildung und Teilhabe": ("BuT", "Bildungspaket"),
    "Zuzug aus dem Ausland": ("Einreise", "Anmeldung aus dem Ausland"),
    "Wegzug ins Ausland": ("Auswanderung",),
    "Einbürgerung": ("Staatsangehörigkeit", "Einbürgerungsantrag"),
    "Geburt": ("Geburtsanzeige", "Geburtsbeurkundung"),
    "Vaterschaftsanerkennung": ("Vaterschaft anerkennen",),
    "Geburtsurkunde": ("Geburtsschein",),
    "Eheurkunde": ("Heiratsurkunde",),
    "Sterbefall": ("Todesfall", "Sterbefallanzeige"),
    "Sterbeurkunde": ("Todesurkunde",),
    "Grabstätte": ("Grab", "Grabnutzungsrecht"),
    "Erdbestattung": ("Beerdigung", "Sargbestattung"),
    "Urnenbeisetzung": ("Urnenbestattung", "Feuerbestattung"),
    "Friedhofsgebühren": ("Grabgebühren",),
    "Grabmal": ("Grabstein",),
    "Ruhestörung": ("Lärmbelästigung", "Lärmbeschwerde"),
    "Feuerwerk": ("Pyrotechnik",),
    "Brauchtumsfeuer": ("Osterfeuer", "Maifeuer"),
    "Obdachlosenunterbringung": ("Notunterkunft", "Obdachlosigkeit"),
    "Plakatierung": ("Plakate", "Plakatwerbung"),
    "Wahlplakatierung": ("Wahlplakate",),
    "Fundtier": ("Tierfund", "entlaufenes Tier"),
    "Verlustmeldung": ("Verlustanzeige",),
    "Öffentliche Veranstaltung": ("Veranstaltungsanzeige",),
    "Vorübergehender Gaststättenbetrieb": ("Gestattung", "Schankerlaubnis"),
    "Sperrzeit": ("Sperrstunde", "Sperrzeitverkürzung"),
    "Tombola": ("Lotterie", "Verlosung"),
    "Mitgliedschaft in der Freiwilligen Feuerwehr": ("Feuerwehreintritt",),
    "Briefwahl": ("Wahlschein", "Briefwahlunterlagen"),
    "Wählerverzeichnis": ("Wählerliste",),
    "Wahlhelfer": ("Wahlvorstand", "Wahlhelferin"),
    "Gaststätte": ("Gaststättenanzeige", "Restaurant"),
    "Wochenmarkt": ("Markt",),
    "Marktstandplatz": ("Marktstand", "Standplatz"),
    "Unternehmensansiedlung": ("Ansiedlung", "Investorenservice"),
    "Gewerbesteuer": ("Gewerbesteuerbescheid",),
    "Zweitwohnungsteuer": ("Zweitwohnsitzsteuer",),
    "Vergnügungsteuer": ("Spielautomatensteuer",),
    "Erschließungsbeitrag": ("Erschließungskosten",),
    "Mahnung": ("Zahlungserinnerung",),
    "Ratenzahlung": ("Teilzahlung",),
    "SEPA-Lastschriftmandat": ("Lastschrift", "Einzugsermächtigung"),
    "Gemeindegrundstück": ("Bauplatz", "Grundstückskauf"),
    "Gemeindliches Vorkaufsrecht": ("Vorkaufsrechtsverzicht", "Negativattest"),
    "Kleingartenparzelle": ("Kleingarten", "Schrebergarten"),
    "Gemeindewohnung": ("Mietwohnung der Gemeinde",),
    "Bebauungsplan": ("B-Plan", "Bauleitplan"),
    "Flächennutzungsplan": ("F-Plan",),
    "Hausnummer": ("Hausnummernzuteilung",),
    "Aufgrabung": ("Aufbruchgenehmigung", "Straßenaufbruch"),
    "Grundstückszufahrt": ("Gehwegabsenkung", "Bordsteinabsenkung"),
    "Straßenschaden": ("Schlagloch",),
    "Straßenbeleuchtung": ("Straßenlaterne",),
    "Haltverbotsschilder": ("Halteverbot für den Umzug",),
    "Parkerleichterung für Menschen mit Behinderungen": ("Behindertenparkausweis", "blauer Parkausweis"),
    "Parkverstoß": ("Knöllchen", "Verwarnungsgeld"),
    "Abschleppmaßnahme": ("Abschleppen",),
    "Sondernutzungserlaubnis": ("Sondernutzung", "Straßennutzung"),
    "Freisitzfläche": ("Außengastronomie", "Freisitz"),
    "Werbeaufsteller": ("Kundenstopper",),
    "Container und Gerüst im Straßenraum": ("Baucontainer", "Gerüstgenehmigung"),
    "Spielplatz": ("Kinderspielplatz",),
    "Illegale Müllablagerung": ("wilder Müll", "Müllsünder"),
    "Gelbe Säcke": ("Gelber Sack", "Verpackungsabfall"),
    "Räum- und Streupflicht": ("Schneeräumen", "Winterdienst der Anlieger"),
    "Hortplatz": ("Hort", "Schulkinderbetreuung"),
    "Kindertagespflege": ("Tagesmutter", "Tagesvater"),
    "Elternbeitrag": ("Kita-Gebühr", "Kita-Beitrag"),
    "Ferienspiele": ("Ferienprogramm",),
    "Schülerbeförderung": ("Schulbus", "Schülerticket"),
    "Schulverpflegung": ("Schulessen", "Mittagessen in der Schule"),
    "Bibliotheksausweis": ("Leseausweis", "Büchereiausweis"),
    "Medienausleihe": ("Bücher ausleihen",),
    "Fernleihe": ("Buchbestellung aus anderen Bibliotheken",),
    "Digitale Ausleihe": ("Onleihe", "E-Book"),
    "Bürgerhaus": ("Saalmiete", "Festsaal"),
    "Sporthalle": ("Turnhalle", "Hallenzeiten"),
    "Freibad-Saisonkarte": ("Dauerkarte Freibad",),
    "Ehrenamtskarte": ("Ehrenamtsausweis",),
    "Vereinsförderung": ("Vereinszuschuss",),
    "Fassadenprogramm": ("Fassadenförderung",),
    "Archivbenutzung": ("Akteneinsicht im Archiv",),
    "Genealogische Anfrage": ("Ahnenforschung", "Familienforschung"),
}

# Synonyms of single Verrichtungen: (object, action) -> synonyms
_ACTION_SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("Wohnsitz", "anmelden"): ("Anmeldung", "Zuzug", "Wohnungsanmeldung"),
    ("Wohnsitz", "ummelden"): ("Umzug melden", "Adressänderung"),
    ("Nebenwohnung", "abmelden"): ("Zweitwohnsitz abmelden",),
    ("Wegzug ins Ausland", "abmelden"): ("Abmeldung ins Ausland",),
    ("Personalausweis", "beantragen"): ("neuer Ausweis",),
    ("Personalausweis", "verlust"): ("Ausweis verloren", "Ausweis gestohlen"),
    ("Reisepass", "verlust"): ("Pass verloren",),
    ("Gewerbe", "anmelden"): ("Gewerbeanmeldung",),
    ("Gewerbe", "ummelden"): ("Gewerbeummeldung",),
    ("Gewerbe", "abmelden"): ("Gewerbeabmeldung",),
    ("Hundesteuer", "anmelden"): ("Hundeanmeldung",),
    ("Hundesteuer", "abmelden"): ("Hundeabmeldung",),
    ("Hundesteuer", "festsetzen"): ("Hundesteuerbescheid",),
    ("Grundsteuer", "festsetzen"): ("Grundsteuerbescheid",),
    ("Sterbefall", "beurkunden"): ("Todesfall melden",),
    ("Eheschließung", "anmelden"): ("Heiratsanmeldung", "Aufgebot"),
    ("Kita-Platz", "beantragen"): ("Kita-Anmeldung", "Kindergartenanmeldung"),
    ("Briefwahl", "beantragen"): ("Briefwahlantrag",),
    ("Fundsache", "annehmen"): ("Fund abgeben",),
    ("Grabstätte", "verlaengern"): ("Grab verlängern",),
    ("Bibliotheksausweis", "ausstellen"): ("Anmeldung in der Bibliothek",),
}

# --- Verrichtungsdetails and further Verrichtungen of the register's service objects -----------------------

_DETAILS: dict[tuple[str, str], tuple[str, ...]] = {
    ("Wohnsitz", "anmelden"): (
        "bei Zuzug aus einer anderen Gemeinde",
        "bei Rückkehr aus dem Ausland",
        "durch eine bevollmächtigte Person",
    ),
    ("Wohnsitz", "ummelden"): ("innerhalb der Gemeinde", "mit Wechsel der Hauptwohnung"),
    ("Nebenwohnung", "anmelden"): ("für Studierende", "für Berufspendlerinnen und Berufspendler"),
    ("Meldebescheinigung", "ausstellen"): ("für Rentenzwecke", "zur Vorlage bei ausländischen Behörden"),
    ("Personalausweis", "beantragen"): (
        "für Minderjährige",
        "für betreute Personen",
        "bei Wohnsitz im Ausland",
    ),
    ("Personalausweis", "ausstellen"): ("für Personen unter 24 Jahren", "für Personen ab 24 Jahren"),
    ("Personalausweis", "verlust"): ("bei Diebstahl", "bei Verlust im Ausland"),
    ("Personalausweis", "befreien"): (
        "für Personen in Pflegeeinrichtungen",
        "für Personen mit dauerhafter Behinderung",
    ),
    ("Reisepass", "beantragen"): ("für Minderjährige", "mit 48 Seiten für Vielreisende"),
    ("Reisepass", "ausstellen"): ("für Personen unter 24 Jahren", "für Personen ab 24 Jahren"),
    ("Reisepass", "verlust"): ("im Inland", "im Ausland"),
    ("Führungszeugnis", "beantragen"): ("für private Zwecke", "zur Vorlage bei einer Behörde"),
    ("Unterschriftsbeglaubigung", "beglaubigen"): ("für Rentenangelegenheiten", "für Vereinsangelegenheiten"),
    ("Beglaubigung von Abschriften", "beglaubigen"): (
        "von Zeugnissen",
        "von Urkunden",
        "von Ausdrucken elektronischer Dokumente",
    ),
    ("Kirchenaustritt", "beurkunden"): (
        "aus der evangelischen Kirche",
        "aus der katholischen Kirche",
        "aus einer sonstigen Religionsgemeinschaft",
    ),
    ("Geburt", "beurkunden"): (
        "nach Geburt in einer Klinik",
        "nach einer Hausgeburt",
        "bei nicht miteinander verheirateten Eltern",
    ),
    ("Vaterschaftsanerkennung", "beurkunden"): ("vor der Geburt", "nach der Geburt"),
    ("Geburtsurkunde", "ausstellen"): (
        "für Rentenzwecke",
        "für Elterngeld und Kindergeld",
        "für religiöse Zwecke",
    ),
    ("Eheschließung", "anmelden"): ("mit Auslandsbezug", "nach Auflösung einer früheren Ehe"),
    ("Eheschließung", "beurkunden"): ("im Trauzimmer", "an einem besonderen Ort"),
    ("Eheurkunde", "ausstellen"): ("für Rentenzwecke", "zur Vorlage im Ausland"),
    ("Sterbefall", "beurkunden"): (
        "im Krankenhaus oder Pflegeheim",
        "in der Wohnung",
        "einer unbekannten Person",
    ),
    ("Sterbeurkunde", "ausstellen"): ("für Rentenzwecke", "für Versicherungen und Banken"),
    ("Grabstätte", "vergeben"): ("als Reihengrab", "als Wahlgrab", "als Urnenreihengrab", "als Rasengrab"),
    ("Erdbestattung", "anmelden"): ("im Wahlgrab", "im Reihengrab"),
    ("Urnenbeisetzung", "anmelden"): ("im Urnengrab", "in der Gemeinschaftsanlage"),
    ("Umbettung", "genehmigen"): ("einer Urne", "eines Sarges"),
    ("Friedhofsgebühren", "festsetzen"): ("für Bestattungen", "für Grabnutzungsrechte"),
    ("Hundesteuer", "festsetzen"): ("für den Ersthund", "für jeden weiteren Hund", "für gefährliche Hunde"),
    ("Hundesteuer", "befreien"): ("für Blindenführhunde", "für Rettungshunde", "für Hunde aus dem Tierheim"),
    ("Hundesteuer", "ermaessigen"): (
        "für Hunde im Außenbereich",
        "für Empfängerinnen und Empfänger von Sozialleistungen",
    ),
    ("Grundsteuer", "festsetzen"): ("für land- und forstwirtschaftliche Betriebe", "für Grundstücke"),
    ("Grundsteuer", "erlassen"): ("wegen wesentlicher Ertragsminderung", "für Kulturgut und Grünanlagen"),
    ("Gewerbesteuer", "festsetzen"): ("von Vorauszahlungen", "nach dem Messbescheid"),
    ("Zweitwohnungsteuer", "befreien"): ("für Studierende", "für Verheiratete aus beruflichen Gründen"),
    ("Erschließungsbeitrag", "festsetzen"): ("als Vorausleistung", "als endgültiger Beitrag"),
    ("Gewerbe", "anmelden"): (
        "einer Hauptniederlassung",
        "einer Zweigniederlassung",
        "einer unselbstständigen Zweigstelle",
    ),
    ("Gewerbe", "abmelden"): ("wegen Betriebsaufgabe", "wegen Verlegung in eine andere Gemeinde"),
    ("Gaststätte", "anzeigen"): ("mit Alkoholausschank", "ohne Alkoholausschank"),
    ("Marktstandplatz", "vergeben"): ("als Tagesstand", "als Dauerstand"),
    ("Sperrzeit", "aendern"): ("für einen einzelnen Anlass", "dauerhaft für einen Betrieb"),
    ("Öffentliche Veranstaltung", "anzeigen"): ("mit bis zu 1.000 Besuchern", "mit mehr als 1.000 Besuchern"),
    ("Feuerwerk", "erteilen"): ("für Privatpersonen außerhalb von Silvester", "für Veranstaltungen"),
    ("Plakatierung", "genehmigen"): ("für Veranstaltungen", "für kommerzielle Werbung"),
    ("Obdachlosenunterbringung", "vergeben"): ("für Einzelpersonen", "für Familien"),
    ("Kostenersatz für Feuerwehreinsätze", "festsetzen"): (
        "bei Fehlalarm einer Brandmeldeanlage",
        "bei technischer Hilfeleistung",
        "bei Ölspurbeseitigung",
    ),
    ("Briefwahl", "beantragen"): (
        "für die Bundestagswahl",
        "für die Landtagswahl",
        "für Kommunalwahlen",
        "für die Europawahl",
    ),
    ("Kita-Platz", "beantragen"): ("für die Krippe", "für den Kindergarten"),
    ("Kita-Platz", "vergeben"): (
        "in einer gemeindlichen Einrichtung",
        "in einer Einrichtung eines freien Trägers",
    ),
    ("Hortplatz", "beantragen"): ("für Grundschulkinder", "für Kinder mit Förderbedarf"),
    ("Elternbeitrag", "ermaessigen"): (
        "für Alleinerziehende",
        "für Geschwisterkinder",
        "bei geringem Einkommen",
    ),
    ("Grundschulanmeldung", "anmelden"): ("schulpflichtiger Kinder", "zur vorzeitigen Einschulung"),
    ("Bewohnerparkausweis", "ausstellen"): (
        "für ein Privatfahrzeug",
        "für ein privat genutztes Firmenfahrzeug",
    ),
    ("Sondernutzungserlaubnis", "erteilen"): (
        "für Werbeanlagen",
        "für Verkaufsstände",
        "für Baustelleneinrichtungen",
    ),
    ("Aufgrabung", "genehmigen"): ("für Versorgungsleitungen", "für Hausanschlüsse"),
    ("Baumfällung", "genehmigen"): ("auf Privatgrundstücken", "zur Gefahrenabwehr"),
    ("Gemeindegrundstück", "verkaufen"): ("als Baugrundstück", "als Splitterfläche an Anlieger"),
    ("Gemeindewohnung", "vermieten"): ("mit Wohnberechtigungsschein", "ohne Belegungsbindung"),
    ("Fischereischein", "ausstellen"): ("auf Lebenszeit", "befristet auf fünf Jahre"),
    ("Sporthalle", "vergeben"): ("an Vereine", "an Schulen", "an private Nutzer"),
    ("Freibad-Saisonkarte", "ausstellen"): ("für Kinder", "für Erwachsene", "als Familienkarte"),
    ("Bibliotheksausweis", "ausstellen"): ("für Kinder und Jugendliche", "für Erwachsene", "für Familien"),
    ("Vereinsförderung", "bewilligen"): ("als laufende Förderung", "als Projektförderung"),
}

# Verrichtungen of register objects that the example town has no profile for (syntax as in the tables below)
_MORE_VERRICHTUNGEN: dict[str, str] = {
    "Personalausweis": "einziehen, versagen",
    "Reisepass": "versagen, einziehen",
    "Gewerbe": "untersagen",
    "Gaststätte": "untersagen",
    "Öffentliche Veranstaltung": "untersagen",
    "Brauchtumsfeuer": "untersagen",
    "Grundsteuer": "befreien[für gemeinnützige Einrichtungen; für Religionsgemeinschaften]",
    "Zweitwohnungsteuer": "erstatten",
    "Elternbeitrag": "erstatten, erlassen",
    "Erschließungsbeitrag": "erlassen",
    "Kostenersatz für Feuerwehreinsätze": "stunden",
    "Friedhofsgebühren": "stunden",
    "Verwaltungsgebühr": "erstatten, stunden",
    "Fischereischein": "verlaengern",
    "Bewohnerparkausweis": "widerrufen",
    "Marktstandplatz": "kuendigen",
    "Kleingartenparzelle": "uebertragen",
    "Sozialpass": "widerrufen",
    "Ehrenamtskarte": "zweitschrift",
    "Wahlplakatierung": "beseitigen",
    "Obdachlosenunterbringung": "aufheben",
    "Baumpatenschaft": "kuendigen",
    "Bibliotheksausweis": "aendern",
}

# --- services without a profile in the example register ----------------------------------------------------

# One service object a line: name | Verrichtungen | synonyms (";"-separated) | Typisierung (default: domain's)
# Verrichtungen are keys of VERRICHTUNGEN, comma-separated, each optionally with details: "erteilen[a; b]".
_MUNICIPAL_MORE: dict[str, str] = {
    "MELDE": """
        Beherbergungsmeldeschein | kontrollieren, ahnden | Hotelmeldeschein; Gästemeldeschein
        Wohnungsgeberbestätigung | entgegennehmen, ahnden | Vermieterbescheinigung; Einzugsbestätigung
        Melderegisterauskunft für Parteien vor Wahlen | erteilen | Wahlwerbungsauskunft
        Wohnsitz ohne feste Wohnung | anmelden | Meldeadresse ohne Wohnung
        Melderegisterauskunft für Adressbuchverlage | erteilen
    """,
    "PASS": """
        Pass- und Ausweisgebühren | festsetzen, ermaessigen[bei Bedürftigkeit] | Ausweisgebühr; Passgebühr
        Ausweisdokument einer verstorbenen Person | annehmen
        Abholvollmacht für Ausweisdokumente | pruefen | Abholberechtigung
        Passversagung | stellungnahme | Ausreiseverbot
    """,
    "BUERGER": """
        Fotokopie im Bürgerbüro | ausstellen | Kopierservice | 5
        Mobiler Bürgerservice | reservieren | Mobiles Bürgerbüro; Bürgerkoffer | 5
        Antragsvordruck | ausgeben | Antragsformular | 5
        Beratung in leichter Sprache | beraten | Leichte Sprache | 5
    """,
    "BETEILIGUNG": """
        Bürgerumfrage | durchfuehren | Bürgerbefragung | 5
        Mängelmelder | melden | Bürgermelder; Schadensmeldung online | 5
        Seniorenbeirat | berufen | Seniorenvertretung | 5
        Beirat für Menschen mit Behinderungen | berufen | Behindertenbeirat | 5
        Ehrenbürgerrecht | vergeben | Ehrenbürgerschaft
        Eintrag in das Goldene Buch | durchfuehren | Goldenes Buch | 5
    """,
    "REGISTER": """
        Auskunft aus dem Fahreignungsregister | beantragen | Punkteauskunft; Verkehrssünderkartei | 1
        Auskunft aus dem Bundeszentralregister | beantragen | Selbstauskunft Bundeszentralregister | 1
        Vorsorgevollmacht | beglaubigen[Unterschrift; Handzeichen] | Betreuungsverfügung
    """,
    "RENTE": """
        Sozialversicherungsausweis | beantragen | SV-Ausweis; Rentenversicherungsnummer
        Versicherungsverlauf | beantragen | Rentenverlauf
        Rentenabfindung bei Wiederheirat | entgegennehmen | Witwenrentenabfindung
        Beitragserstattung aus der Rentenversicherung | entgegennehmen
    """,
    "SOZIALES": """
        Landesblindengeld | entgegennehmen | Blindengeld | 4
        Hilfe zum Lebensunterhalt | entgegennehmen | Sozialhilfe
        Rundfunkbeitragsbefreiung | entgegennehmen, bescheinigen | GEZ-Befreiung; Rundfunkbeitrag | 4
        Seniorenausweis | ausstellen | Seniorenpass | 5
        Schuldnerberatung | veranlassen | Schuldenberatung | 5
    """,
    "ZUZUG": """
        Anerkennung ausländischer Berufsabschlüsse | beraten | Berufsanerkennung | 5
        Wohnsitzauflage | entgegennehmen | Wohnsitzregelung
        Integrationslotsen | vergeben | Integrationsbegleitung | 5
    """,
    "GEBURT": """
        Geburtsanzeige einer Klinik | entgegennehmen | Geburtsmeldung
        Namenserklärung nach ausländischem Recht | beurkunden | Rechtswahl im Namensrecht
        Folgebeurkundung | eintragen | Randvermerk
    """,
    "EHE": """
        Befreiung vom Ehefähigkeitszeugnis | beantragen | Ehefähigkeit
        Lebenspartnerschaftsurkunde | ausstellen
        Trauzimmer | vermieten | Trausaal | 5
        Scheidungsvermerk | eintragen
    """,
    "STERBE": """
        Sterbefallanzeige durch Bestatter | entgegennehmen | Bestatteranzeige
        Todeserklärung | eintragen | Verschollenheit
        Bestattungsfrist | verlaengern | Bestattungsaufschub | 4
    """,
    "FRIEDHOF": """
        Urnengemeinschaftsanlage | vergeben | Urnengemeinschaftsgrab; anonyme Bestattung
        Baumbestattung | anmelden | Baumgrab; Naturbestattung
        Grabmalgestaltung | beraten
        Friedhofsbescheinigung | ausstellen | Grabnutzungsbescheinigung
    """,
    "GESUNDHEIT": """
        Eigenwasserversorgung | anzeigen | Hausbrunnen; Brunnen | 3
        Taubenfütterungsverbot | ahnden | Taubenfütterung | 5
        Belehrung für den Lebensmittelverkauf auf Vereinsfesten | beraten | Hygieneschulung
    """,
    "ORDNUNG": """
        Gefährlicher Hund | erteilen, widerrufen, kontrollieren | Kampfhund; Listenhund
        Ausnahme vom Lärmschutz für Bauarbeiten | erteilen | Nachtarbeit; Baulärm
        Wildtiere im Siedlungsbereich | melden, beraten | Waschbär; Wildschwein
        Waffenverbot bei Veranstaltungen | anordnen | Waffenverbotszone
    """,
    "FUND": """
        Fundfahrrad | annehmen, verwerten | Fundrad
        Fundsachenversteigerung | durchfuehren | Fundauktion
        Finderlohn | auskunft | Finderlohnanspruch
    """,
    "VERANSTALTUNG": """
        Sicherheitskonzept für Großveranstaltungen | pruefen | Sicherheitsplan
        Volksfest | festsetzen | Jahrmarktfestsetzung | 3
        Straßenmusik | erteilen | Straßenmusikerlaubnis | 5
    """,
    "FEUERWEHR": """
        Brandverhütungsschau | durchfuehren | Feuerbeschau; Brandschau
        Feuerwehrplan | pruefen | Feuerwehreinsatzplan
        Aufschaltung einer Brandmeldeanlage | genehmigen | Brandmeldeanlage; BMA
        Feuerwehrzufahrt | pruefen | Aufstellfläche
        Feuerwehr-Ehrenzeichen | vergeben | Ehrung für Feuerwehrangehörige
        Besuch im Feuerwehrgerätehaus | reservieren | Tag der offenen Tür | 5
    """,
    "WAHLEN": """
        Wahlschein für einen Bürgerentscheid | beantragen | Abstimmungsschein
        Bewerbung für die Bürgermeisterwahl | pruefen | Bürgermeisterwahl
        Wahlanfechtung | pruefen | Wahleinspruch
        Wählbarkeitsbescheinigung | ausstellen | Bescheinigung der Wählbarkeit
        Eintragungsliste für ein Volksbegehren | eintragen | Volksbegehren
    """,
    "GEWERBE": """
        Reisegewerbekarte | beantragen | Reisegewerbe; ambulanter Handel
        Geeignetheitsbestätigung für Spielgeräte | stellungnahme | Spielgeräteaufstellung
        Pfandleiherei | stellungnahme | Pfandhaus
        Bewachungsgewerbe | stellungnahme | Sicherheitsdienst
        Makler- und Bauträgererlaubnis | stellungnahme | Maklererlaubnis
    """,
    "MAERKTE": """
        Spezialmarkt | festsetzen | Flohmarkt; Handwerkermarkt | 3
        Jahrmarkt | festsetzen | Kirmes | 3
        Imbissstand auf öffentlichen Flächen | vergeben | Foodtruck
    """,
    "WIRTSCHAFT": """
        Gewerbeflächenauskunft | auskunft | Gewerbeflächenbörse
        Fördermittelberatung für Unternehmen | beraten | Förderlotse
        Rückkehrerberatung | beraten | Willkommensagentur; Fachkräftegewinnung
        Wirtschaftspreis | vergeben | Unternehmerpreis
    """,
    "STEUERN": """
        Übernachtungsteuer | anmelden, festsetzen | Bettensteuer; Beherbergungsteuer
        Hundesteuermarke | ausgeben, zweitschrift | Hundemarke
        Steuerliche Unbedenklichkeit für Vergaben | bescheinigen | Steuerbescheinigung
    """,
    "ABGABEN": """
        Kurabgabe | festsetzen, befreien[für Schwerbehinderte; für Kinder] | Kurtaxe; Gästetaxe
        Fremdenverkehrsabgabe | festsetzen | Tourismusabgabe
        Straßenausbaubeitrag | festsetzen, stunden | Ausbaubeitrag
        Kostenerstattung für Ausgleichsmaßnahmen | festsetzen | Naturschutzausgleich | 3
    """,
    "KASSE": """
        Erlass einer Forderung | genehmigen | Forderungserlass
        Bareinzahlung an der Gemeindekasse | annehmen | Kassenautomat; Barzahlung
        Kontoauszug der Gemeindekasse | ausstellen | Steuerkonto; Kontenstand
    """,
    "LIEGENSCHAFT": """
        Wegerecht | genehmigen | Leitungsrecht; Überfahrtsrecht
        Werbefläche auf Gemeindegrund | vermieten | Plakatfläche
        Fischereirecht in Gemeindegewässern | vermieten | Fischereipacht
        Funkmaststandort | vermieten | Mobilfunkmast
    """,
    "WOHNEN": """
        Wohnungstausch | genehmigen | Tauschwohnung
        Mietbescheinigung | ausstellen | Mietnachweis
        Mängelanzeige in Gemeindewohnungen | melden | Reparaturmeldung
        Mietspiegel | aufstellen, auskunft | qualifizierter Mietspiegel | 3
        Wohnungsnotfall | beraten | Wohnungslosenhilfe | 4
    """,
    "BAUEN": """
        Zurückstellung von Baugesuchen | stellungnahme | Baugesuch zurückstellen
        Gestaltungssatzung | aufstellen | Ortsbildsatzung | 5
        Erhaltungssatzung | aufstellen, genehmigen | Milieuschutz
        Bauberatung | beraten | Bauherrenberatung | 4
        Außenbereichssatzung | aufstellen | Klarstellungssatzung
        Werbeanlage | einvernehmen | Werbeschild | 4
    """,
    "STRASSEN": """
        Straßenaufbruch bei Havarie | anzeigen | Notaufbruch
        Schadensersatz bei Straßenschäden | pruefen | Schlaglochschaden; Haftpflichtschaden
        Brückenprüfung | durchfuehren | Bauwerksprüfung
        Anliegerinformation zu Baumaßnahmen | versenden | Baustelleninformation
    """,
    "VERKEHR": """
        Geschwindigkeitsmessung | ahnden | Blitzer; Radarkontrolle
        Ausnahme vom Parkverbot | erteilen | Parkerlaubnis
        Halteverbot für Umzüge | genehmigen | Umzugshalteverbot
        Behindertenparkplatz vor der Wohnung | beantragen | personengebundener Parkplatz
        Kostenbescheid nach Halterhaftung | festsetzen | Halterkosten
    """,
    "SONDERNUTZUNG": """
        Warenauslage vor Geschäften | genehmigen | Warenständer
        Mobiler Verkaufsstand im Straßenraum | genehmigen | mobiler Verkauf
        Filmaufnahmen im öffentlichen Raum | genehmigen | Drehgenehmigung
        Fahrradabstellanlage auf Gehwegen | genehmigen | Fahrradbügel
        Verleih von E-Scootern | erteilen | Leihroller
    """,
    "UMWELT": """
        Naturdenkmal | kontrollieren, melden | Naturdenkmalpflege
        Kompensationsfläche | auskunft | Ökokonto | 3
        Blühwiese | vergeben | Blühpatenschaft | 5
        Hochwasserinformation | auskunft | Hochwasserwarnung
    """,
    "SAUBERKEIT": """
        Hundekotbeutelspender | melden | Hundetoilette
        Gehwegreinigung durch Anlieger | kontrollieren | Anliegerreinigung
        Abfallkalender | ausgeben | Müllkalender
        Frühjahrsputz | durchfuehren | Aktionstag Sauberkeit
    """,
    "KITA": """
        Kita-Besichtigung | reservieren | Tag der offenen Kita | 5
        Integrationsplatz in der Kita | beantragen | Inklusionsplatz; Eingliederungshilfe
        Rechtsanspruch auf Kindertagesbetreuung | pruefen | Betreuungsanspruch | 3
        Elternbeirat | berufen | Elternvertretung
    """,
    "JUGEND": """
        Jugendleitercard | beantragen | Juleica | 4
        Jugendinitiative | bewilligen | Jugendfonds
        Schulsozialarbeit | beraten | Sozialarbeit an Schulen | 4
        Mobile Jugendarbeit | beraten | Streetwork
    """,
    "SCHULE": """
        Lernmittel | ausleihen | Schulbücher
        Schülerfahrkarte | ausstellen | Schülermonatskarte
        Schülerlotsen | berufen | Schulweghelfer | 5
        Ganztagsangebot | anmelden | GTA
        Grundschulwechsel | genehmigen | Schulwechsel
    """,
    "BIBLIOTHEK": """
        Bibliotheksführung | reservieren | Klassenführung
        Lesepass für Schulkinder | ausstellen | Lesepass
        Medienkiste für Kitas | ausleihen | Bücherkiste
    """,
    "KULTUR": """
        Musikschulunterricht | anmelden, abmelden | Musikschule
        Volkshochschulkurs | anmelden | VHS-Kurs
        Kulturpass | ausstellen | Kulturticket
        Tag des offenen Denkmals | durchfuehren | Denkmaltag
    """,
    "SPORT": """
        Sportabzeichen | abnehmen | Deutsches Sportabzeichen
        Vereinsbus | vermieten | Kleinbus für Vereine
        Bolzplatz | melden | Bolzplatzschaden
        Sportstättenentwicklungsplan | aufstellen | Sportentwicklungsplanung
    """,
    "FISCHEREI": """
        Angelkarte für Gemeindegewässer | ausgeben | Tageskarte; Gastkarte | 5
        Fischereiprüfung | anmelden | Anglerprüfung
    """,
    "FOERDERUNG": """
        Dorfgemeinschaftsprojekt | bewilligen | Dorfentwicklung
        Klimaschutzprogramm für Privathaushalte | bewilligen | Balkonkraftwerk; Stecker-Solargerät
        Lastenradförderung | bewilligen | Lastenrad
    """,
    "ARCHIV": """
        Schutzfristverkürzung | genehmigen | Sperrfrist
        Übernahme von Archivgut aus Privatbesitz | annehmen | Nachlass; Depositum
        Beglaubigte Archivabschrift | ausstellen | Archivauszug
    """,
}


@dataclass(frozen=True)
class _Group:
    """A Gruppierung of services the example town does not execute itself."""

    code: str  # GGG
    name: str
    level: str  # who executes: "Landkreis", "Land", "Bund"
    topic: str  # OZG Themenfeld
    lage: str  # Lebens- or Unternehmenslage
    typisierung: str
    objects: str  # lines as in _MUNICIPAL_MORE


_GROUPS: tuple[_Group, ...] = (
    _Group(
        "142",
        "Wasserversorgung und Abwasser",
        "Gemeinde oder Zweckverband",
        "umwelt",
        "Wasser und Abwasser",
        "4",
        """
        Trinkwasseranschluss | beantragen, genehmigen, kuendigen | Hausanschluss Wasser | 5
        Zählerstand Wasser | melden | Zählerablesung | 5
        Gartenwasserzähler | anmelden, abnehmen | Gartenzähler; Abzugszähler | 5
        Trinkwassergebühr | festsetzen, stunden | Wassergeld
        Abwassergebühr | festsetzen, ermaessigen | Kanalgebühr; Schmutzwassergebühr
        Niederschlagswassergebühr | festsetzen | Regenwassergebühr; gesplittete Abwassergebühr
        Kanalanschluss | genehmigen, abnehmen | Grundstücksentwässerung; Hausanschluss Abwasser
        Kleinkläranlage | anzeigen, kontrollieren | Hauskläranlage
        Fäkalschlammabfuhr | anmelden | Grubenentleerung | 5
        Anschluss- und Benutzungszwang | befreien | Anschlusszwang
        """,
    ),
    _Group(
        "143",
        "Abfallwirtschaft",
        "Landkreis",
        "umwelt",
        "Abfallentsorgung",
        "3",
        """
        Restmülltonne | anmelden, aendern, abmelden | Mülltonne; Abfallbehälter
        Biotonne | anmelden, befreien[bei Eigenkompostierung] | Bioabfall
        Abfallgebühr | festsetzen, ermaessigen | Müllgebühr
        Elektroaltgeräte | anzeigen | Elektroschrott
        Schadstoffsammlung | entgegennehmen | Problemabfall; Sondermüll
        Anlieferung am Wertstoffhof | annehmen | Recyclinghof
        Gewerbeabfall | anmelden | Gewerbemüll
        """,
    ),
    _Group(
        "151",
        "Kraftfahrzeugzulassung",
        "Landkreis",
        "mobilitaet",
        "Führerschein und Fahrzeug",
        "3",
        """
        Kurzzeitkennzeichen | zuteilen | Fünf-Tage-Kennzeichen
        Saisonkennzeichen | zuteilen | Saisonzulassung
        Wunschkennzeichen | reservieren | Kennzeichenreservierung
        Halterwechsel | umschreiben | Umschreibung; Fahrzeugkauf
        Zulassungsbescheinigung | zweitschrift | Fahrzeugbrief; Fahrzeugschein
        Ausfuhrkennzeichen | zuteilen | Exportkennzeichen
        Umweltplakette | ausgeben | Feinstaubplakette
        """,
    ),
    _Group(
        "152",
        "Fahrerlaubniswesen",
        "Landkreis",
        "mobilitaet",
        "Führerschein und Fahrzeug",
        "3",
        """
        Internationaler Führerschein | ausstellen | Internationaler Fahrausweis
        Kartenführerschein | umtauschen | Pflichtumtausch; Führerscheinumtausch
        Fahrerlaubnis zur Fahrgastbeförderung | erteilen, verlaengern | Taxischein; P-Schein
        Begleitetes Fahren ab 17 | erteilen | BF17
        Ausländische Fahrerlaubnis | umschreiben | Führerscheinumschreibung
        Neuerteilung der Fahrerlaubnis | erteilen | Fahrerlaubnis nach Entzug
        """,
    ),
    _Group(
        "153",
        "Ausländerwesen",
        "Landkreis",
        "einwanderung",
        "Aufenthalt und Einbürgerung",
        "3",
        """
        Niederlassungserlaubnis | erteilen | unbefristeter Aufenthalt
        Blaue Karte EU | erteilen, verlaengern | Blue Card
        Duldung | ausstellen, verlaengern | Aussetzung der Abschiebung
        Reiseausweis für Ausländer | ausstellen | Fremdenpass
        Einbürgerungszusicherung | erteilen | Zusicherung der Einbürgerung
        Fiktionsbescheinigung | ausstellen | vorläufiges Aufenthaltsrecht
        Beschäftigungserlaubnis | erteilen | Arbeitserlaubnis
        """,
    ),
    _Group(
        "154",
        "Kinder- und Jugendhilfe des Landkreises",
        "Landkreis",
        "familie",
        "Hilfen für Familien",
        "3",
        """
        Unterhaltsvorschuss | bewilligen, zurueckfordern | UVG
        Beistandschaft | beantragen | Unterhaltsbeistand
        Sorgeerklärung | beurkunden | gemeinsames Sorgerecht
        Hilfe zur Erziehung | bewilligen | Erziehungshilfe
        Pflegeerlaubnis für Pflegekinder | erteilen | Pflegekind
        Erlaubnis zur Kindertagespflege | erteilen | Tagespflegeerlaubnis
        """,
    ),
    _Group(
        "155",
        "Öffentlicher Gesundheitsdienst",
        "Landkreis",
        "gesundheit",
        "Gesundheitsschutz",
        "3",
        """
        Belehrung nach dem Infektionsschutzgesetz | bescheinigen | Gesundheitszeugnis; Rote Karte
        Amtsärztliche Untersuchung | durchfuehren | Amtsarzt | 4
        Schuleingangsuntersuchung | durchfuehren | Einschulungsuntersuchung | 4
        Trinkwasseruntersuchung | pruefen | Trinkwasserhygiene
        Meldepflichtige Krankheit | melden | Infektionsmeldung
        Heilpraktikererlaubnis | erteilen | Heilpraktikerprüfung | 3a
        """,
    ),
    _Group(
        "156",
        "Bauaufsicht",
        "Landkreis",
        "bauen",
        "Bauen und Planen",
        "4",
        """
        Abbruchanzeige | anzeigen | Abriss
        Baulast | eintragen, loeschen, auskunft | Baulastenverzeichnis
        Abgeschlossenheitsbescheinigung | ausstellen | Teilungserklärung | 3
        Nutzungsänderung | genehmigen | Umnutzung
        Baubeginnanzeige | anzeigen | Baubeginn
        Bauzustandsbesichtigung | abnehmen | Bauabnahme
        Ausführungsgenehmigung für Fliegende Bauten | erteilen | Fahrgeschäft
        """,
    ),
    _Group(
        "157",
        "Waffen- und Sprengstoffrecht",
        "Landkreis",
        "engagement",
        "Jagd und Waffen",
        "3",
        """
        Kleiner Waffenschein | erteilen | Schreckschusswaffe
        Europäischer Feuerwaffenpass | ausstellen | Feuerwaffenpass
        Erbwaffe | anzeigen | geerbte Waffe
        Sprengstoffrechtliche Erlaubnis | erteilen | Sprengstofferlaubnis
        Falknerjagdschein | ausstellen | Falknerei
        """,
    ),
    _Group(
        "158",
        "Veterinärwesen und Lebensmittelüberwachung",
        "Landkreis",
        "gesundheit",
        "Tiere und Lebensmittel",
        "3",
        """
        Nutztierhaltung | anmelden | Viehhaltung; Tierhaltung
        Erlaubnis nach dem Tierschutzgesetz | erteilen | Hundezucht; Tierpension | 3a
        Lebensmittelbetrieb | registrieren | Lebensmittelunternehmen
        Tierschutzverstoß | melden | Tierquälerei
        Tierseuche | melden | Geflügelpest
        """,
    ),
    _Group(
        "159",
        "Immissionsschutz und Wasserrecht",
        "Landkreis",
        "umwelt",
        "Umweltgenehmigungen",
        "3",
        """
        Wasserrechtliche Erlaubnis | erteilen | Grundwasserentnahme
        Erdwärmesonde | anzeigen | Geothermie
        Heizöltank | anzeigen | Anlage mit wassergefährdenden Stoffen
        Lärmbeschwerde über Anlagen | pruefen | Gewerbelärm
        Naturschutzrechtliche Befreiung | erteilen | Befreiung im Schutzgebiet
        """,
    ),
    _Group(
        "160",
        "Denkmalschutz",
        "Landkreis",
        "bauen",
        "Denkmal und Ortsbild",
        "4",
        """
        Denkmalbescheinigung für Steuerzwecke | ausstellen | Steuerbescheinigung Denkmal
        Denkmalförderung | bewilligen | Zuschuss Denkmalpflege
        Archäologischer Fund | anzeigen | Bodenfund
        Denkmaleigenschaft | auskunft | Denkmalliste
        """,
    ),
    _Group(
        "161",
        "Vermessung und Geoinformation",
        "Landkreis",
        "bauen",
        "Grundstücke und Immobilien",
        "4",
        """
        Auszug aus dem Liegenschaftskataster | ausstellen | Flurkarte; Liegenschaftskarte
        Grenzfeststellung | durchfuehren | Grenzvermessung
        Bodenrichtwert | auskunft | Bodenrichtwertkarte
        Gebäudeeinmessung | durchfuehren | Gebäudevermessung
        Zerlegungsvermessung | durchfuehren | Teilungsvermessung
        Verkehrswertgutachten | ausstellen | Gutachterausschuss
        """,
    ),
    _Group(
        "162",
        "Schwerbehindertenrecht",
        "Landkreis",
        "arbeit",
        "Soziale Unterstützung",
        "3",
        """
        Grad der Behinderung | festsetzen, aendern | GdB; Feststellung der Behinderung
        Merkzeichen | eintragen | Merkzeichen G; Merkzeichen aG
        Wertmarke für den Nahverkehr | ausgeben | Freifahrt
        """,
    ),
    _Group(
        "201",
        "Steuerverwaltung",
        "Land",
        "steuern",
        "Einkommen- und Lohnsteuer",
        "2",
        """
        Lohnsteuerabzugsmerkmale | aendern | Steuerklassenwechsel; ELStAM
        Steuerliche Identifikationsnummer | auskunft | Steuer-ID | 1
        Grundsteuerwert | festsetzen | Grundsteuererklärung; Einheitswert | 2a
        Erbschaftsteuer | festsetzen | Schenkungsteuer
        Grunderwerbsteuer | festsetzen, bescheinigen | Unbedenklichkeitsbescheinigung Grunderwerb
        Steuernummer | zuteilen | Steuernummer für Selbstständige
        Umsatzsteuer-Voranmeldung | anmelden | USt-Voranmeldung
        Kirchensteuer | erstatten | Kirchensteuererstattung | 2b
        """,
    ),
    _Group(
        "202",
        "Zollverwaltung",
        "Bund",
        "steuern",
        "Zoll und Verbrauchsteuern",
        "1",
        """
        Kraftfahrzeugsteuer | festsetzen, befreien[für Menschen mit Behinderung; für E-Autos] | Kfz-Steuer
        Einfuhr aus Drittländern | anmelden | Zollanmeldung
        Alkoholsteuer | anmelden | Branntweinsteuer
        EORI-Nummer | zuteilen | Zollnummer
        Stromsteuer | erstatten | Stromsteuerentlastung
        """,
    ),
    _Group(
        "203",
        "Arbeitsförderung",
        "Bund",
        "arbeit",
        "Arbeitslosigkeit und Beschäftigung",
        "1",
        """
        Arbeitsuchendmeldung | anmelden | arbeitsuchend melden
        Kurzarbeitergeld | bewilligen | Kurzarbeit
        Gründungszuschuss | bewilligen | Existenzgründung aus Arbeitslosigkeit
        Berufsberatung | beraten | Berufsorientierung
        Bildungsgutschein | ausstellen | Weiterbildungsförderung
        Insolvenzgeld | bewilligen | Insolvenzausfallgeld
        """,
    ),
    _Group(
        "204",
        "Familienleistungen",
        "Bund",
        "familie",
        "Geburt und Kindschaft",
        "1",
        """
        Kinderzuschlag | bewilligen | KiZ
        Mutterschaftsgeld | bewilligen | Mutterschutzleistung
        Landeserziehungsgeld | bewilligen | Erziehungsgeld | 4a
        Familienpass des Landes | ausstellen | Familienkarte | 4a
        """,
    ),
    _Group(
        "205",
        "Rentenversicherung",
        "Bund",
        "arbeit",
        "Ruhestand und Rente",
        "1",
        """
        Regelaltersrente | bewilligen | Altersrente bewilligen
        Renteninformation | ausstellen | jährliche Renteninformation
        Rehabilitationsleistung | bewilligen | Kur; Reha
        Grundrentenzuschlag | bewilligen | Grundrente
        """,
    ),
    _Group(
        "206",
        "Ausbildungs- und Studienförderung",
        "Land",
        "bildung",
        "Studium und Ausbildungsförderung",
        "2",
        """
        Schüler-BAföG | bewilligen | Schülerförderung
        Auslands-BAföG | bewilligen | Auslandsstudium
        BAföG-Darlehen | stunden, erlassen | BAföG-Rückzahlung | 1
        Deutschlandstipendium | vergeben | Stipendium | 2a
        Hochschulzulassung | zulassen | Studienplatz | 4
        """,
    ),
    _Group(
        "207",
        "Schulwesen des Landes",
        "Land",
        "bildung",
        "Schule",
        "4a",
        """
        Anerkennung ausländischer Schulabschlüsse | anerkennen | Zeugnisanerkennung
        Schulpflicht | befreien | Befreiung von der Schulpflicht; Beurlaubung
        Abschlusszeugnis | zweitschrift | Zeugniszweitschrift
        Schulfremdenprüfung | zulassen | Externenprüfung
        Einstellung in den Schuldienst | pruefen | Lehramtsbewerbung
        """,
    ),
    _Group(
        "208",
        "Berufszulassung und Berufsanerkennung",
        "Land",
        "gesundheit",
        "Pflege und Gesundheitsberufe",
        "2",
        """
        Approbation als Ärztin oder Arzt | erteilen | Approbation
        Anerkennung ausländischer Berufsqualifikationen | anerkennen | Gleichwertigkeitsprüfung | 2a
        Staatliche Anerkennung als Erzieherin oder Erzieher | anerkennen | Erzieheranerkennung | 4a
        Berufsbezeichnung Ingenieurin oder Ingenieur | genehmigen | Ingenieurtitel | 4a
        """,
    ),
    _Group(
        "209",
        "Landwirtschaft und Forst",
        "Land",
        "unternehmen",
        "Landwirtschaft und Forst",
        "2",
        """
        Agrarförderung | bewilligen | Direktzahlungen; Flächenprämie | 2a
        Betriebsnummer für landwirtschaftliche Betriebe | zuteilen | Betriebsnummer
        Waldumwandlung | genehmigen | Rodung | 4a
        Erstaufforstung | genehmigen | Aufforstung | 4a
        Grundstücksverkehrsgenehmigung | genehmigen | Landpacht | 2b
        Sachkundenachweis Pflanzenschutz | ausstellen | Pflanzenschutz-Sachkunde
        """,
    ),
    _Group(
        "210",
        "Justiz",
        "Land",
        "recht",
        "Gerichte und Rechtspflege",
        "2",
        """
        Erbschein | erteilen | Nachlassgericht
        Grundbuchauszug | ausstellen | Grundbuch
        Rechtliche Betreuung | anordnen | Betreuungsverfahren
        Beratungshilfe | bewilligen | Beratungsschein | 2b
        Handelsregistereintragung | eintragen | Handelsregister
        Mahnverfahren | durchfuehren | Mahnbescheid
        """,
    ),
    _Group(
        "211",
        "Polizei und Versammlungsrecht",
        "Land",
        "recht",
        "Sicherheit und Ordnung",
        "4a",
        """
        Versammlung | anzeigen | Demonstration; Kundgebung | 4
        Strafanzeige | entgegennehmen | Onlinewache
        Verkehrsunfallbericht | auskunft | Unfallakte
        Vermisstenanzeige | entgegennehmen | Vermisstenfall
        """,
    ),
    _Group(
        "212",
        "Wohnraumförderung des Landes",
        "Land",
        "bauen",
        "Wohnen",
        "4a",
        """
        Förderdarlehen für Wohneigentum | bewilligen | Eigenheimförderung
        Barrierefreier Wohnungsumbau | bewilligen | Wohnungsanpassung
        Mietwohnungsbauförderung | bewilligen | sozialer Wohnungsbau
        """,
    ),
    _Group(
        "213",
        "Wirtschaftsförderung des Landes",
        "Land",
        "unternehmen",
        "Standort und Ansiedlung",
        "4a",
        """
        Regionaler Investitionszuschuss | bewilligen | Investitionsförderung
        Gründungsdarlehen | bewilligen | Mikrodarlehen
        Innovationsprämie | bewilligen | Innovationsgutschein
        Messeförderung | bewilligen | Messebeteiligung
        """,
    ),
    _Group(
        "214",
        "Luft- und Wasserfahrzeuge",
        "Bund",
        "mobilitaet",
        "Luft- und Wasserfahrzeuge",
        "1",
        """
        Kompetenznachweis für Drohnen | ausstellen | Drohnenführerschein
        Sportbootführerschein | ausstellen | Bootsführerschein
        Zuverlässigkeitsüberprüfung nach dem Luftsicherheitsrecht | pruefen | Luftsicherheit | 2b
        Mautbefreiung | befreien | Lkw-Maut
        """,
    ),
    _Group(
        "215",
        "Migration und Integration",
        "Bund",
        "einwanderung",
        "Zuzug aus dem Ausland und Integration",
        "1",
        """
        Asylverfahren | durchfuehren | Asylantrag
        Zulassung zum Integrationskurs | zulassen | Integrationskurs; Sprachkurs
        Visum zum Familiennachzug | erteilen | Familienzusammenführung
        Aufnahme als Spätaussiedler | bescheinigen | Aufnahmebescheid
        """,
    ),
    _Group(
        "216",
        "Datenschutzaufsicht",
        "Land",
        "recht",
        "Datenschutz",
        "4a",
        """
        Datenschutzbeschwerde | pruefen | Beschwerde bei der Aufsichtsbehörde
        Datenschutzverletzung | melden | Datenpanne
        Datenschutzbeauftragte | anmelden | Meldung des Datenschutzbeauftragten
        """,
    ),
    _Group(
        "217",
        "Amtliche Statistik",
        "Land",
        "querschnitt",
        "Statistik und Erhebungen",
        "2",
        """
        Zensusbefragung | durchfuehren | Volkszählung | 2a
        Statistische Meldung von Unternehmen | melden | Unternehmensstatistik
        Mikrozensus | durchfuehren | Haushaltsbefragung
        """,
    ),
    _Group(
        "218",
        "Mess- und Eichwesen",
        "Land",
        "unternehmen",
        "Produkte, Handel und Messwesen",
        "2a",
        """
        Eichung von Messgeräten | pruefen | Eichamt
        Verwendungsanzeige für Messgeräte | anzeigen | Messgerät anzeigen
        Fertigpackungskontrolle | kontrollieren | Füllmengenkontrolle
        """,
    ),
    _Group(
        "219",
        "Kulturförderung des Landes",
        "Land",
        "engagement",
        "Kultur und Freizeit",
        "4a",
        """
        Projektförderung Kultur | bewilligen | Kulturstiftung
        Filmförderung | bewilligen | Filmproduktion
        Ankauf von Kunstwerken | erwerben | Kunstankauf
        """,
    ),
    _Group(
        "220",
        "Hochschulen und Forschung",
        "Land",
        "forschung",
        "Forschungsförderung",
        "4a",
        """
        Promotionsstipendium | vergeben | Graduiertenförderung
        Großgeräteförderung | bewilligen | Forschungsgeräte
        Gasthörerschaft | zulassen | Gasthörer | 4
        """,
    ),
)

# Services of other levels kept from the first version of the example data (Gruppierung 950):
# (Themenfeld, Lage, Leistungsobjekt, Verrichtungen, Typisierung)
_EXTERNAL: tuple[tuple[str, str, str, tuple[str, ...], str], ...] = (
    ("arbeit", "Arbeitslosigkeit und Beschäftigung", "Arbeitslosengeld", ("bewilligen",), "1"),
    ("arbeit", "Arbeitslosigkeit und Beschäftigung", "Bürgergeld", ("bewilligen", "erstatten"), "2"),
    ("bauen", "Bauen und Planen", "Baugenehmigung", ("erteilen", "verlaengern"), "4"),
    ("bauen", "Wohnen", "Wohnberechtigungsschein", ("ausstellen",), "3"),
    ("bildung", "Studium und Ausbildungsförderung", "Ausbildungsförderung (BAföG)", ("bewilligen",), "2"),
    ("bildung", "Studium und Ausbildungsförderung", "Aufstiegsfortbildungsförderung", ("bewilligen",), "2"),
    ("einwanderung", "Aufenthalt und Einbürgerung", "Aufenthaltstitel", ("erteilen", "verlaengern"), "3"),
    ("einwanderung", "Aufenthalt und Einbürgerung", "Verpflichtungserklärung", ("beurkunden",), "3"),
    ("engagement", "Jagd und Waffen", "Jagdschein", ("ausstellen", "verlaengern"), "3"),
    ("engagement", "Jagd und Waffen", "Waffenbesitzkarte", ("erteilen",), "3"),
    ("familie", "Geburt und Kindschaft", "Elterngeld", ("bewilligen",), "2"),
    ("familie", "Geburt und Kindschaft", "Kindergeld", ("bewilligen",), "1"),
    ("forschung", "Forschungsförderung", "Forschungszulage", ("bewilligen",), "1"),
    ("forschung", "Forschungsförderung", "Projektförderung für Hochschulen", ("bewilligen",), "2"),
    ("gesundheit", "Pflege und Gesundheitsberufe", "Berufserlaubnis Pflegefachkraft", ("erteilen",), "2"),
    ("mobilitaet", "Führerschein und Fahrzeug", "Fahrerlaubnis", ("erteilen", "zweitschrift"), "3"),
    ("mobilitaet", "Führerschein und Fahrzeug", "Fahrzeugzulassung", ("anmelden", "abmelden"), "3"),
    ("steuern", "Einkommen- und Lohnsteuer", "Einkommensteuer", ("festsetzen",), "2"),
    ("umwelt", "Abfallentsorgung", "Sperrmüllabholung", ("anzeigen",), "3"),
    ("unternehmen", "Standort und Ansiedlung", "Immissionsschutzrechtliche Genehmigung", ("erteilen",), "3"),
)

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

# --- building the LeiKa entries --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Verrichtung:
    action: str
    label: str  # readable name ("Bezeichnung 2"), e.g. "Personalausweis beantragen"
    details: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Service:
    """A Leistungsobjekt with its Verrichtungen, and where it belongs in the OZG catalogue."""

    key: str  # 14 digits, VVVDDD = 000000
    name: str
    typisierung: str
    group: str  # domain code of the register or a _Group code, for the special features
    description: str
    synonyms: tuple[str, ...]
    verrichtungen: tuple[_Verrichtung, ...]
    topic: str
    lage: str
    public: bool  # has an OZG-Leistung


_SPEC = re.compile(r"\s*([a-z]+)\s*(?:\[([^\]]*)\])?\s*(?:,|$)")


def _parse_verrichtungen(text: str, name: str) -> list[tuple[str, tuple[str, ...]]]:
    """(action, details) pairs of a table cell such as "erteilen[für A; für B], verlaengern"."""
    result: list[tuple[str, tuple[str, ...]]] = []
    position = 0
    text = text.strip()
    while position < len(text):
        match = _SPEC.match(text, position)
        if match is None or match.end() == position:
            raise ValueError(f"{name}: cannot read Verrichtungen {text!r}")
        action, details = match.group(1), match.group(2)
        if action not in VERRICHTUNGEN:
            raise KeyError(f"{name}: unknown Verrichtung {action!r}")
        result.append((action, tuple(d.strip() for d in details.split(";")) if details else ()))
        position = match.end()
    return result


def _rows(text: str) -> list[tuple[str, list[tuple[str, tuple[str, ...]]], tuple[str, ...], str]]:
    """The lines of an object table: (name, Verrichtungen, synonyms, Typisierung or "")."""
    rows = []
    for line in filter(None, (row.strip() for row in text.splitlines())):
        parts = [part.strip() for part in line.split("|")]
        name = parts[0]
        synonyms = tuple(s.strip() for s in parts[2].split(";") if s.strip()) if len(parts) > 2 else ()
        typisierung = parts[3] if len(parts) > 3 else ""
        if typisierung and typisierung not in TYPISIERUNGEN:
            raise ValueError(f"{name}: unknown Typisierung {typisierung!r}")
        rows.append((name, _parse_verrichtungen(parts[1], name), synonyms, typisierung))
    return rows


def _label(name: str, action: str) -> str:
    return VERRICHTUNGEN[action][2].format(o=name)


def _register_service(obj: ServiceObject) -> _Service:
    domain = DOMAIN_BY_CODE[obj.domain]
    typisierung = _TYPE_BY_OBJECT.get(obj.name) or (
        obj.typisierung if obj.typisierung != "4" else _DOMAIN_TYPES[obj.domain]
    )
    verrichtungen = [
        _Verrichtung(
            action,
            profile_name(obj, action),
            _DETAILS.get((obj.name, action), ()),
            _ACTION_SYNONYMS.get((obj.name, action), ()),
        )
        for action in obj.actions
    ]
    verrichtungen += [
        _Verrichtung(action, _label(obj.name, action), details)
        for action, details in _parse_verrichtungen(_MORE_VERRICHTUNGEN.get(obj.name, ""), obj.name)
    ]
    return _Service(
        key=LEIKA_OBJECT_KEYS[obj.name],
        name=obj.name,
        typisierung=typisierung,
        group=obj.domain,
        description=f"Leistungsobjekt aus dem Bereich {domain.lage}",
        synonyms=tuple(dict.fromkeys((*obj.synonyms, *_SYNONYMS.get(obj.name, ())))),
        verrichtungen=tuple(verrichtungen),
        topic=domain.topic,
        lage=domain.lage,
        public=obj.name in OZG_LEISTUNG_KEYS,
    )


def _table_services(
    group_digits: str,
    group: str,
    text: str,
    default_type: str,
    first_kennung: int,
    description: str,
    topic: str,
    lage: str,
) -> list[_Service]:
    services = []
    for offset, (name, verrichtungen, synonyms, typisierung) in enumerate(_rows(text)):
        services.append(
            _Service(
                key=f"99{group_digits}{first_kennung + offset:03d}000000",
                name=name,
                typisierung=typisierung or default_type,
                group=group,
                description=description,
                synonyms=synonyms,
                verrichtungen=tuple(
                    _Verrichtung(action, _label(name, action), details) for action, details in verrichtungen
                ),
                topic=topic,
                lage=lage,
                public=True,
            )
        )
    return services


def _services() -> tuple[_Service, ...]:
    register_actions = {obj.name: obj.actions for obj in SERVICE_OBJECTS}
    unknown = [p for p in (*_DETAILS, *_ACTION_SYNONYMS) if p[1] not in register_actions.get(p[0], ())]
    if unknown:
        raise KeyError(f"details or synonyms for Verrichtungen the register does not have: {unknown}")
    services = [_register_service(obj) for obj in SERVICE_OBJECTS]
    for code, text in _MUNICIPAL_MORE.items():
        domain = DOMAIN_BY_CODE[code]
        services += _table_services(
            domain.group,
            code,
            text,
            _DOMAIN_TYPES[code],
            501,
            f"Leistungsobjekt aus dem Bereich {domain.lage}",
            domain.topic,
            domain.lage,
        )
    for group in _GROUPS:
        services += _table_services(
            group.code,
            group.code,
            group.objects,
            group.typisierung,
            1,
            f"Leistung im Bereich {group.name} (zuständig: {group.level})",
            group.topic,
            group.lage,
        )
    for index, (topic, lage, name, actions, typisierung) in enumerate(_EXTERNAL, start=1):
        services.append(
            _Service(
                key=f"99950{index:03d}000000",
                name=name,
                typisierung=typisierung,
                group="950",
                description="Leistung einer anderen Verwaltungsebene",
                synonyms=(),
                verrichtungen=tuple(_Verrichtung(a, _label(name, a)) for a in actions),
                topic=topic,
                lage=lage,
                public=True,
            )
        )
    for service in services:
        codes = [VERRICHTUNGEN[v.action][0] for v in service.verrichtungen]
        if len(set(codes)) != len(codes):
            raise ValueError(f"{service.name}: a Verrichtung occurs twice")
    return tuple(services)


SERVICES: tuple[_Service, ...] = _services()


def verrichtung_key(service: _Service, action: str) -> str:
    """The 14-digit key of a Verrichtung of a Leistungsobjekt."""
    return service.key[:8] + VERRICHTUNGEN[action][0] + "000"


def _leika() -> tuple[CatalogItem, ...]:
    items: list[CatalogItem] = []
    for service in SERVICES:
        base = {
            "typisierung": service.typisierung,
            "gruppierung": service.key[2:5],
            "kennung": service.key[5:8],
        }
        items.append(
            CatalogItem(
                key=service.key,
                name=service.name,
                description=service.description,
                synonyms=service.synonyms,
                extra=dict(base),
            )
        )
        for verrichtung in service.verrichtungen:
            noun = VERRICHTUNGEN[verrichtung.action][1]
            key = verrichtung_key(service, verrichtung.action)
            merkmale = _merkmale(service.group, verrichtung.action, verrichtung.label, service.typisierung)
            extra = {**base, "verrichtung": noun, "bezeichnung2": verrichtung.label}
            if merkmale:
                extra["besondere_merkmale"] = "; ".join(merkmale)
            # "Perso Ausstellung" from "Perso", but not "Pflichtumtausch Umtausch"
            inherited = (f"{s} {noun}" for s in service.synonyms if noun.lower() not in s.lower())
            synonyms = (*verrichtung.synonyms, *inherited)
            items.append(
                CatalogItem(
                    key=key,
                    name=f"{service.name} {noun}",
                    parent_key=service.key,
                    description=verrichtung.label,
                    synonyms=tuple(dict.fromkeys(synonyms)),
                    extra=extra,
                )
            )
            for number, detail in enumerate(verrichtung.details, start=1):
                label = f"{verrichtung.label} – {detail}"
                items.append(
                    CatalogItem(
                        key=f"{key[:11]}{number:03d}",
                        name=f"{service.name} {noun} {detail}",
                        parent_key=key,
                        description=label,
                        extra={**extra, "verrichtungsdetail": detail, "bezeichnung2": label},
                    )
                )
    return tuple(items)


# --- OZG ---------------------------------------------------------------------------------------------------


def _ozg() -> tuple[CatalogItem, ...]:
    items = [
        CatalogItem(key=key, name=name, extra={"themenfeld": code})
        for code, (key, name) in THEMENFELDER.items()
    ]
    topics = list(THEMENFELDER)
    lagen = dict(OZG_LAGE_KEYS)
    # The Lagen of the first version's other-level services (group 950) keep their keys
    for service in sorted(SERVICES, key=lambda s: s.group != "950"):
        if service.public and (service.topic, service.lage) not in lagen:
            count = sum(1 for t, _ in lagen if t == service.topic)
            lagen[(service.topic, service.lage)] = f"LL-{topics.index(service.topic) + 1:02d}-{count + 1:02d}"
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
    counters: dict[str, int] = {}
    external_index = 0
    for service in SERVICES:
        if not service.public:
            continue
        number = topics.index(service.topic) + 11
        if service.group == "950":
            external_index += 1
            key = f"{number}{900 + external_index:03d}"
        elif service.name in OZG_LEISTUNG_KEYS:
            key = OZG_LEISTUNG_KEYS[service.name]
        else:
            counters[service.topic] = counters.get(service.topic, 500) + 1
            key = f"{number}{counters[service.topic]:03d}"
        items.append(
            CatalogItem(
                key=key,
                name=_OZG_NAMES.get(service.name, service.name),
                parent_key=lagen[(service.topic, service.lage)],
                synonyms=service.synonyms,
                extra={
                    "themenfeld": service.topic,
                    "leika_keys": " ".join(verrichtung_key(service, v.action) for v in service.verrichtungen),
                },
            )
        )
    return tuple(items)


# --- KGSt and Court of Audit --------------------------------------------------------------------------------


def _tree(
    top: dict[str, str],
    areas: tuple[tuple[str, str, tuple[str, ...]], ...],
    subtasks: dict[str, tuple[str, ...]] | None = None,
) -> tuple[CatalogItem, ...]:
    """Dotted tree: top areas ("1"), areas ("1.2") with their entries ("1.2.3") and optional sub-entries."""
    items = [CatalogItem(key=key, name=name) for key, name in top.items()]
    for key, name, children in areas:
        items.append(
            CatalogItem(key=key, name=name, parent_key=key.rsplit(".", 1)[0] if "." in key else None)
        )
        items.extend(
            CatalogItem(key=f"{key}.{index}", name=child, parent_key=key)
            for index, child in enumerate(children, 1)
        )
    for parent, children in (subtasks or {}).items():
        items.extend(
            CatalogItem(key=f"{parent}.{index}", name=child, parent_key=parent)
            for index, child in enumerate(children, 1)
        )
    return tuple(items)


KGST_TOP = {"1": "Steuerung", "2": "Leistung", "3": "Unterstützung"}
# Entries are only ever appended: profiles link to their keys.
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
            "Anträge und Anfragen aus dem Rat bearbeiten",
            "Aufwandsentschädigung der Mandatsträger abrechnen",
            "Ratsinformationssystem betreiben",
            "Ältestenrat vorbereiten",
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
            "Leitbild und strategische Ziele entwickeln",
            "Demografie- und Sozialplanung",
            "Regional- und Landesplanung begleiten",
            "Integriertes Stadtentwicklungskonzept fortschreiben",
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
            "Haushaltskonsolidierung",
            "Liquiditätsplanung",
            "Finanzstatistik",
            "Gesamtabschluss",
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
            "Aufgabenkritik",
            "Geschäftsverteilung",
            "Personalbedarfsbemessung",
            "Veränderungsmanagement",
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
            "Risikomanagement",
            "Hinweisgeberschutz",
            "Interne Revision",
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
            "Bürgerumfragen",
            "Stadtmarketing",
            "Krisenkommunikation",
        ),
    ),
    (
        "1.7",
        "Gleichstellung, Inklusion und Integration steuern",
        (
            "Gleichstellungsplan",
            "Inklusionsplanung",
            "Integrationskonzept",
            "Seniorenpolitische Planung",
            "Kinder- und Jugendbeteiligung steuern",
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
            "Bescheinigungen für ausländische Behörden",
            "Mobiler Bürgerservice",
            "Einwohnerstatistik",
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
            "Trauungen außerhalb des Standesamts",
            "Personenstandsfälle mit Auslandsbezug",
            "Lebenspartnerschaften",
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
            "Gemeindlicher Vollzugsdienst",
            "Gefahrenabwehrverordnungen",
            "Gefährliche Hunde",
            "Sonn- und Feiertagsschutz",
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
            "Reisegewerbe",
            "Gewerbeflächenmanagement",
            "Leerstandsmanagement",
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
            "Kurabgabe und Tourismusabgaben",
            "Stundung, Erlass und Niederschlagung",
            "Abgabenrechtliche Widersprüche",
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
            "Denkmalpflege",
            "Bauberatung",
            "Erhaltungs- und Gestaltungssatzungen",
            "Baulandentwicklung",
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
            "Brücken und Ingenieurbauwerke",
            "Radverkehr",
            "Parkraumbewirtschaftung",
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
            "Naturschutz und Ausgleichsflächen",
            "Hochwasserschutz",
            "Lärmminderung",
            "Umweltbildung",
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
            "Hortbetreuung",
            "Kindertagespflege",
            "Schülerbeförderung",
            "Schulverpflegung",
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
            "Obdach- und Wohnungsnotfallhilfe",
            "Inklusion und Barrierefreiheit",
            "Familienförderung",
            "Ehrenamtliche Sozialdienste",
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
            "Musikschule",
            "Volkshochschule",
            "Heimatmuseum",
            "Sportförderung",
        ),
    ),
    (
        "2.12",
        "Friedhofs- und Bestattungswesen",
        (
            "Grabstätten und Nutzungsrechte",
            "Bestattungen",
            "Friedhofsunterhaltung",
            "Friedhofsgebühren",
            "Grabmalgenehmigung und Standsicherheit",
            "Trauerhallen",
            "Friedhofsentwicklung",
        ),
    ),
    (
        "2.13",
        "Ver- und Entsorgung",
        (
            "Trinkwasserversorgung",
            "Abwasserbeseitigung",
            "Niederschlagswasser",
            "Dezentrale Abwasserentsorgung",
            "Anschluss- und Benutzungszwang",
            "An der Abfallentsorgung mitwirken",
            "Breitbandausbau",
            "Energiekonzessionen",
        ),
    ),
    (
        "2.14",
        "Land- und Forstwirtschaft",
        (
            "Gemeindewald bewirtschaften",
            "Landwirtschaftliche Flächen verpachten",
            "Jagd- und Fischereirechte",
            "An der Flurneuordnung mitwirken",
            "Feld- und Wirtschaftswege",
        ),
    ),
    (
        "2.15",
        "Gesundheit und Verbraucherschutz",
        (
            "Schädlingsbekämpfung",
            "Badegewässer überwachen",
            "Gesundheitsförderung",
            "Hygiene in Gemeindeeinrichtungen",
            "Am Infektionsschutz mitwirken",
        ),
    ),
    (
        "2.16",
        "Bevölkerungsschutz",
        (
            "Katastrophenschutzplanung",
            "Warnung der Bevölkerung",
            "Notfallvorsorge und Notstrom",
            "Hochwasserabwehr",
            "Anlaufstellen im Krisenfall",
        ),
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
            "Personalcontrolling",
            "Betriebliches Eingliederungsmanagement",
            "Beamtenrechtliche Angelegenheiten",
            "Personalaktenführung",
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
            "Elektronische Zahlungsabwicklung",
            "Sondervermögen und Treuhandmittel",
            "Inventur",
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
            "Informationssicherheit im Betrieb",
            "Digitale Arbeitsplätze",
            "E-Akte betreiben",
            "Geodateninfrastruktur",
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
            "Dolmetscher- und Übersetzungsdienste",
            "Scanstelle",
            "Druck und Vervielfältigung",
        ),
    ),
    (
        "3.5",
        "Beschaffung und Vergabe",
        (
            "Bedarfsermittlung",
            "Vergabeverfahren",
            "Vertragsmanagement",
            "Korruptionsschutz in der Vergabe",
            "Vergabestatistik und Berichtspflichten",
            "Rahmenverträge",
            "Nachhaltige Beschaffung",
        ),
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
            "Reinigungsmanagement",
            "Flächenmanagement",
            "Schließ- und Sicherheitstechnik",
            "Barrierefreiheit von Gebäuden",
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
            "Satzungsrecht",
            "Datenschutzrecht",
            "Vergaberechtliche Beratung",
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
            "Grünpflege durch den Bauhof",
            "Winterdienst durch den Bauhof",
            "Spielplatzwartung",
        ),
    ),
    (
        "3.9",
        "Daten und Statistik",
        (
            "Kommunale Statistik",
            "Offene Daten bereitstellen",
            "Datenqualität sichern",
            "Datenanalysen und Auswertungen",
            "Berichtspflichten an Land und Bund",
        ),
    ),
    (
        "3.10",
        "Dokumenten- und Wissensmanagement",
        (
            "Aktenplan pflegen",
            "Wissensdatenbank",
            "Vorlagen und Formulare",
            "Intranet",
            "Wissenssicherung bei Personalwechsel",
        ),
    ),
)

SRH_TOP: dict[str, str] = {}
# Tasks are only ever appended: profiles link to their keys.
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
            "Gleichstellung und Integration",
            "Prozess- und Qualitätsmanagement",
            "Rechtsberatung und Prozessführung",
            "Zentrale Vervielfältigung und Druck",
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
            "Gefährliche Hunde",
            "Gewerbeüberwachung",
            "Lotterien und Ausspielungen",
            "Jugendschutz",
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
            "Förderschulen",
            "Schulsozialarbeit",
            "Horte an Schulen",
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
            "Theater und Konzerte",
            "Kulturhäuser",
            "Heimatvereine und Brauchtum",
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
            "Wohnungsnotfallhilfe",
            "Vermittlung von Schuldnerberatung",
            "Sozialpass und Vergünstigungen",
            "Mehrgenerationenhäuser",
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
            "Familienzentren",
            "Frühe Hilfen",
            "Spielmobil und Kinderfeste",
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
            "Sportveranstaltungen",
            "Schwimmkurse",
            "Gesundheitsförderung",
            "Schädlingsbekämpfung",
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
            "Bauberatung",
            "Radwege",
            "Denkmalgeschützte Gebäude der Gemeinde",
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
            "Niederschlagswasserbeseitigung",
            "Kleinkläranlagen und abflusslose Gruben",
            "Straßenentwässerung",
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
            "Erschließung von Gewerbegebieten",
            "Messen und Ausstellungen",
            "Stadtmarketing",
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
            "Haushaltskonsolidierung",
            "Mahnwesen",
            "Betriebe gewerblicher Art",
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
            "Gebäudereinigung",
            "Hausmeisterdienste",
            "Spielplatzwartung",
            "Winterdienst des Bauhofs",
        ),
    ),
    (
        "13",
        "Beteiligungen und Eigenbetriebe",
        (
            "Eigenbetriebe",
            "Eigengesellschaften",
            "Beteiligungsberichte",
            "Mandatsträger in Aufsichtsgremien",
            "Öffentlich-private Partnerschaften",
            "Stiftungen",
        ),
    ),
    (
        "14",
        "Interkommunale Zusammenarbeit",
        (
            "Verwaltungsgemeinschaften",
            "Verwaltungsverbände",
            "Zweckverbände",
            "Zweckvereinbarungen",
            "Zusammenarbeit mit dem Landkreis",
        ),
    ),
)
_SRH_SUBTASKS: dict[str, tuple[str, ...]] = {
    "1.1": ("Gemeinderat", "Ausschüsse", "Bürgermeister", "Ortschaftsräte"),
    "1.3": ("Stellenplan", "Personalkosten", "Aus- und Fortbildung", "Reisekosten", "Versorgung"),
    "1.4": ("Meldewesen", "Pass- und Ausweiswesen", "Melderegisterauskünfte", "Bürgerbüro"),
    "1.5": ("Geburten", "Eheschließungen", "Sterbefälle", "Urkunden und Register"),
    "1.6": (
        "Bundestags- und Europawahlen",
        "Landtagswahlen",
        "Kommunalwahlen",
        "Bürgerentscheide und Volksabstimmungen",
    ),
    "1.7": ("IT-Betrieb", "Fachverfahren", "IT-Sicherheit", "Onlinedienste"),
    "2.1": ("Gefahrenabwehr", "Ordnungswidrigkeiten", "Lärmschutz", "Tierhaltung"),
    "2.2": ("Gewerbeanzeigen", "Gaststätten", "Erlaubnispflichtige Gewerbe"),
    "2.4": ("Einsatzdienst", "Ausbildung", "Fahrzeuge und Ausrüstung", "Gerätehäuser", "Jugendfeuerwehr"),
    "3.1": ("Schulgebäude und Schulhof", "Lehr- und Unterrichtsmittel", "Schulsekretariate", "Hausmeister"),
    "4.1": ("Medienbestand", "Veranstaltungen und Leseförderung", "Digitale Angebote"),
    "5.4": ("Gemeinschaftsunterkünfte", "Dezentrale Wohnungen", "Betreuung"),
    "6.1": (
        "Gemeindliche Einrichtungen",
        "Einrichtungen freier Träger",
        "Investitionen",
        "Betriebskostenabrechnung",
    ),
    "7.5": ("Friedhofsverwaltung", "Friedhofsunterhaltung", "Trauerhallen", "Friedhofsgebühren"),
    "8.5": ("Straßenbau", "Straßenunterhaltung", "Straßenverwaltung", "Verkehrssicherung"),
    "9.2": (
        "Zentrale Abwasseranlagen",
        "Dezentrale Abwasserbeseitigung",
        "Abwasserabgabe",
        "Gebührenkalkulation",
    ),
    "10.1": ("Bestandspflege", "Ansiedlung", "Standortmarketing"),
    "11.1": (
        "Haushaltssatzung",
        "Mittelfristige Finanzplanung",
        "Investitionsprogramm",
        "Stellenplan im Haushalt",
    ),
    "11.3": ("Vermögensrechnung", "Ergebnisrechnung", "Finanzrechnung", "Anhang und Rechenschaftsbericht"),
    "11.6": ("Grundsteuer", "Gewerbesteuer", "Hundesteuer", "Sonstige örtliche Steuern"),
    "11.7": ("Verwaltungsgebühren", "Benutzungsgebühren", "Erschließungsbeiträge", "Straßenausbaubeiträge"),
    "12.3": ("Personal und Einsatzplanung", "Leistungsverrechnung", "Materialwirtschaft"),
}

LEIKA: tuple[CatalogItem, ...] = _leika()
OZG: tuple[CatalogItem, ...] = _ozg()
KGST: tuple[CatalogItem, ...] = _tree(KGST_TOP, _KGST_AREAS)
SRH: tuple[CatalogItem, ...] = _tree(SRH_TOP, _SRH_AREAS, _SRH_SUBTASKS)
