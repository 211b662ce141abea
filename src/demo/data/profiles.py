"""The example Musterprozessregister of a town with 5,000 to 20,000 inhabitants.

Invented example data (Beispieldaten). The register is built the way the LeiKa catalogue is built:
real service objects (Leistungsobjekte) of a municipality, each crossed only with the actions
(Verrichtungen) that really exist for it, plus the town's internal steering and support processes.
Figures are plausible estimates for a town of about 10,000 inhabitants, not measurements.

The LeiKa and OZG example catalogues in ``catalogues.py`` are generated from the same tables, so every
key a profile links to exists there.
"""

import functools
import random
import re
from dataclasses import dataclass, field, replace

from demo.data import ProfileItem
from demo.data.context import DOCUMENTS, IT_SYSTEMS, LEGAL_BASES
from demo.data.organigram import UNITS

SEED = 20260
ASSISTANT_BASE = "https://amt24.example/leistung/"

CITIZENS = ("citizens",)
BUSINESSES = ("businesses",)
ADMIN = ("administration",)
BOTH = ("citizens", "businesses")

# The 14 OZG Themenfelder in catalogue order: code -> (Themenfeld key, name)
THEMENFELDER: dict[str, tuple[str, str]] = {
    "arbeit": ("TF-01", "Arbeit & Ruhestand"),
    "bauen": ("TF-02", "Bauen & Wohnen"),
    "bildung": ("TF-03", "Bildung"),
    "einwanderung": ("TF-04", "Ein- & Auswanderung"),
    "engagement": ("TF-05", "Engagement & Hobby"),
    "familie": ("TF-06", "Familie & Kind"),
    "forschung": ("TF-07", "Forschung & Förderung"),
    "gesundheit": ("TF-08", "Gesundheit"),
    "mobilitaet": ("TF-09", "Mobilität & Reisen"),
    "recht": ("TF-10", "Recht & Ordnung"),
    "steuern": ("TF-11", "Steuern & Zoll"),
    "umwelt": ("TF-12", "Umwelt"),
    "unternehmen": ("TF-13", "Unternehmensführung & -entwicklung"),
    "querschnitt": ("TF-14", "Querschnitt"),
}


@dataclass(frozen=True)
class Action:
    """A Verrichtung: what is done with a service object."""

    code: str  # 3-digit Verrichtung part of the LeiKa key
    noun: str  # LeiKa name part, e.g. "Anmeldung"
    template: str  # default profile name, "{o}" = service object
    case_factor: float  # share of the object's base case count
    minute_factor: float
    lead_days: int
    trigger: str
    result: str
    sentence: str  # first sentence of the short description
    digital_delta: int = 0


def _a(
    code: str,
    noun: str,
    template: str,
    cases: float,
    minutes: float,
    lead: int,
    trigger: str,
    result: str,
    sentence: str,
    digital_delta: int = 0,
) -> Action:
    return Action(code, noun, template, cases, minutes, lead, trigger, result, sentence, digital_delta)


ACTIONS: dict[str, Action] = {
    "anmelden": _a(
        "010",
        "Anmeldung",
        "{o} anmelden",
        1.0,
        1.0,
        3,
        "Anmeldung durch die Bürgerin / den Bürger",
        "Bestätigung der Anmeldung",
        "Die Anmeldung wird entgegengenommen, Angaben und Nachweise werden geprüft und im "
        "Fachverfahren erfasst.",
    ),
    "ummelden": _a(
        "020",
        "Ummeldung",
        "{o} ummelden",
        0.4,
        0.8,
        3,
        "Änderungsanzeige",
        "Bestätigung der Änderung",
        "Die angezeigte Änderung wird geprüft und im Fachverfahren fortgeschrieben.",
    ),
    "aendern": _a(
        "021",
        "Änderung",
        "{o} ändern",
        0.2,
        0.8,
        7,
        "Änderungsantrag oder Änderungsanzeige",
        "Geänderter Bescheid bzw. Bestätigung der Änderung",
        "Die beantragte oder angezeigte Änderung wird geprüft, erfasst und schriftlich bestätigt.",
    ),
    "abmelden": _a(
        "030",
        "Abmeldung",
        "{o} abmelden",
        0.7,
        0.6,
        3,
        "Abmeldung durch die Bürgerin / den Bürger",
        "Bestätigung der Abmeldung",
        "Die Abmeldung wird entgegengenommen, geprüft und der Vorgang im Fachverfahren abgeschlossen.",
    ),
    "ausstellen": _a(
        "040",
        "Ausstellung",
        "{o} ausstellen",
        1.0,
        1.0,
        2,
        "Antrag der Bürgerin / des Bürgers",
        "Ausgestelltes Dokument",
        "Der Antrag wird geprüft, die Berechtigung festgestellt und das Dokument ausgestellt und "
        "ausgehändigt oder versandt.",
        1,
    ),
    "verlaengern": _a(
        "050",
        "Verlängerung",
        "{o} verlängern",
        0.3,
        0.7,
        7,
        "Antrag auf Verlängerung",
        "Verlängerung bzw. Verlängerungsbescheid",
        "Die Voraussetzungen werden erneut geprüft und die Geltungsdauer verlängert.",
        1,
    ),
    "erteilen": _a(
        "060",
        "Erteilung",
        "{o} erteilen",
        1.0,
        1.0,
        14,
        "Antrag",
        "Erlaubnis- bzw. Genehmigungsbescheid",
        "Der Antrag wird auf Vollständigkeit und Voraussetzungen geprüft, beteiligte Stellen werden "
        "angehört und ein Bescheid erlassen.",
    ),
    "widerrufen": _a(
        "070",
        "Widerruf",
        "{o} widerrufen",
        0.03,
        2.0,
        30,
        "Kenntnis von Widerrufsgründen (von Amts wegen)",
        "Widerrufsbescheid",
        "Liegen Widerrufsgründe vor, wird die betroffene Person angehört und der Widerruf begründet "
        "bekanntgegeben.",
        -1,
    ),
    "festsetzen": _a(
        "080",
        "Festsetzung",
        "{o} festsetzen",
        1.0,
        1.0,
        14,
        "Abgabepflichtiger Tatbestand (von Amts wegen)",
        "Festsetzungsbescheid",
        "Die Bemessungsgrundlagen werden ermittelt, der Betrag berechnet und per Bescheid festgesetzt.",
    ),
    "ermaessigen": _a(
        "090",
        "Ermäßigung",
        "{o}: Ermäßigung gewähren",
        0.06,
        1.2,
        14,
        "Antrag auf Ermäßigung",
        "Bescheid über die Ermäßigung",
        "Die Voraussetzungen der Ermäßigung werden anhand der Nachweise geprüft; die Entscheidung "
        "ergeht per Bescheid.",
    ),
    "befreien": _a(
        "100",
        "Befreiung",
        "{o}: Befreiung gewähren",
        0.04,
        1.2,
        14,
        "Antrag auf Befreiung",
        "Befreiungsbescheid",
        "Die Befreiungsvoraussetzungen werden geprüft; die Entscheidung ergeht per Bescheid.",
    ),
    "erstatten": _a(
        "110",
        "Erstattung",
        "{o} erstatten",
        0.1,
        0.8,
        21,
        "Antrag oder geänderte Festsetzung",
        "Erstattungsbescheid und Auszahlung",
        "Der zu erstattende Betrag wird ermittelt, die Auszahlung angeordnet und der Vorgang dokumentiert.",
    ),
    "stunden": _a(
        "120",
        "Stundung",
        "{o} stunden",
        0.02,
        1.5,
        14,
        "Antrag auf Stundung oder Ratenzahlung",
        "Stundungsbescheid",
        "Die wirtschaftlichen Verhältnisse werden geprüft und über Stundung und Raten entschieden.",
        -1,
    ),
    "erlassen": _a(
        "130",
        "Erlass",
        "{o} erlassen",
        0.01,
        2.0,
        30,
        "Antrag auf Erlass",
        "Bescheid über den Erlass",
        "Die Unbilligkeit wird geprüft; über den Erlass entscheidet die nach Wertgrenzen zuständige Stelle.",
        -1,
    ),
    "genehmigen": _a(
        "140",
        "Genehmigung",
        "{o} genehmigen",
        1.0,
        1.0,
        14,
        "Antrag",
        "Genehmigungsbescheid",
        "Der Antrag wird geprüft, Auflagen werden festgelegt und die Genehmigung schriftlich "
        "erteilt oder versagt.",
    ),
    "verlust": _a(
        "150",
        "Verlustanzeige",
        "{o}: Verlust anzeigen",
        0.06,
        0.5,
        1,
        "Verlustmeldung der Inhaberin / des Inhabers",
        "Bestätigung der Verlustanzeige und Sperrung",
        "Der Verlust wird aufgenommen, das Dokument gesperrt und die Sperrung an die zuständigen "
        "Stellen gemeldet.",
    ),
    "auskunft": _a(
        "160",
        "Auskunft",
        "{o}: Auskunft erteilen",
        0.3,
        0.6,
        5,
        "Anfrage",
        "Schriftliche oder mündliche Auskunft",
        "Die Anfrage wird geprüft, das berechtigte Interesse festgestellt und die Auskunft erteilt.",
        1,
    ),
    "beurkunden": _a(
        "170",
        "Beurkundung",
        "{o} beurkunden",
        1.0,
        1.0,
        3,
        "Anzeige bzw. Erklärung",
        "Beurkundung im Personenstandsregister und Urkunde",
        "Die Standesbeamtin oder der Standesbeamte prüft die Angaben und Nachweise, beurkundet im "
        "elektronischen Register und stellt die Urkunden aus.",
    ),
    "bewilligen": _a(
        "180",
        "Bewilligung",
        "{o} bewilligen",
        1.0,
        1.0,
        42,
        "Antrag auf Zuwendung",
        "Zuwendungsbescheid",
        "Der Antrag wird nach der Förderrichtlinie geprüft, die Zuwendung bewilligt und die "
        "zweckgerechte Verwendung später nachgewiesen.",
    ),
    "vermieten": _a(
        "190",
        "Überlassung",
        "{o} vermieten",
        1.0,
        1.0,
        10,
        "Anfrage bzw. Antrag auf Nutzung",
        "Nutzungs- bzw. Mietvertrag",
        "Verfügbarkeit und Nutzungszweck werden geprüft, der Vertrag geschlossen und das Entgelt "
        "festgesetzt.",
    ),
    "vergeben": _a(
        "200",
        "Vergabe",
        "{o} vergeben",
        1.0,
        1.0,
        21,
        "Antrag",
        "Zusage bzw. Vertrag",
        "Die Anfrage wird nach den Vergaberegeln geprüft und die Zusage mit den Bedingungen "
        "schriftlich erteilt.",
    ),
    "kuendigen": _a(
        "210",
        "Kündigung",
        "{o} kündigen",
        0.2,
        0.6,
        14,
        "Kündigung durch die Nutzerin / den Nutzer",
        "Kündigungsbestätigung und Schlussabrechnung",
        "Die Kündigung wird geprüft, das Vertragsende bestätigt und die Schlussabrechnung erstellt.",
    ),
    "zweitschrift": _a(
        "220",
        "Ersatzausstellung",
        "{o}: Ersatz ausstellen",
        0.05,
        0.6,
        3,
        "Antrag wegen Verlust oder Beschädigung",
        "Ersatzdokument",
        "Nach Prüfung der Berechtigung wird ein Ersatz ausgestellt und die Gebühr erhoben.",
        1,
    ),
    "uebertragen": _a(
        "230",
        "Übertragung",
        "{o} übertragen",
        0.1,
        1.0,
        14,
        "Antrag der Berechtigten",
        "Bestätigung der Übertragung",
        "Die Berechtigung der neuen Inhaberin oder des neuen Inhabers wird geprüft und die "
        "Übertragung eingetragen.",
    ),
    "stellungnahme": _a(
        "240",
        "Stellungnahme",
        "{o}: Stellungnahme abgeben",
        1.0,
        1.0,
        21,
        "Beteiligung durch eine andere Behörde",
        "Stellungnahme der Gemeinde",
        "Die Gemeinde wird beteiligt, prüft die Unterlagen mit den Fachbereichen und gibt "
        "fristgerecht eine Stellungnahme ab.",
    ),
    "einvernehmen": _a(
        "250",
        "Einvernehmen",
        "{o}: Einvernehmen erteilen",
        1.0,
        1.0,
        30,
        "Beteiligung durch die Bauaufsichtsbehörde",
        "Erteilung oder Versagung des gemeindlichen Einvernehmens",
        "Das Vorhaben wird planungsrechtlich geprüft; bei Bedarf entscheidet der zuständige "
        "Ausschuss über das Einvernehmen.",
    ),
    "beantragen": _a(
        "260",
        "Antragsannahme",
        "{o} beantragen",
        1.0,
        1.0,
        7,
        "Antrag der Bürgerin / des Bürgers",
        "Aufgenommener und weitergeleiteter Antrag",
        "Der Antrag wird aufgenommen, Identität und Angaben werden geprüft und der Antrag an die "
        "entscheidende Stelle übermittelt.",
    ),
    "entgegennehmen": _a(
        "270",
        "Entgegennahme",
        "{o} entgegennehmen",
        1.0,
        1.0,
        3,
        "Vorsprache der Bürgerin / des Bürgers",
        "Weitergeleiteter Antrag",
        "Der Antrag wird mit der antragstellenden Person aufgenommen, auf Vollständigkeit "
        "geprüft und an den zuständigen Leistungsträger weitergeleitet.",
        -1,
    ),
    "anzeigen": _a(
        "280",
        "Anzeige",
        "{o} anzeigen",
        1.0,
        1.0,
        10,
        "Anzeige der Veranstalterin / des Veranstalters",
        "Eingangsbestätigung, ggf. mit Auflagen",
        "Die Anzeige wird geprüft, beteiligte Stellen werden informiert und bei Bedarf Auflagen erteilt.",
    ),
    "melden": _a(
        "290",
        "Meldung",
        "{o} melden",
        1.0,
        1.0,
        7,
        "Hinweis aus der Bürgerschaft",
        "Rückmeldung und veranlasste Maßnahme",
        "Die Meldung wird aufgenommen, vor Ort geprüft und die Beseitigung veranlasst.",
        1,
    ),
    "pruefen": _a(
        "300",
        "Prüfung",
        "{o} prüfen",
        1.0,
        1.0,
        14,
        "Eingang der Unterlagen bzw. Prüftermin",
        "Prüfvermerk und Entscheidung",
        "Die Unterlagen oder Anlagen werden nach den einschlägigen Vorschriften geprüft und das "
        "Ergebnis dokumentiert.",
    ),
    "abrechnen": _a(
        "310",
        "Abrechnung",
        "{o} abrechnen",
        1.0,
        1.0,
        30,
        "Ende des Abrechnungszeitraums",
        "Abrechnung bzw. Bescheid",
        "Die abrechnungsrelevanten Daten werden zusammengestellt, die Beträge berechnet und die "
        "Abrechnung versandt.",
    ),
    "ahnden": _a(
        "320",
        "Ahndung",
        "{o} ahnden",
        1.0,
        1.0,
        21,
        "Feststellung eines Verstoßes",
        "Verwarnung bzw. Bußgeldbescheid",
        "Der Verstoß wird dokumentiert, die betroffene Person angehört und eine Verwarnung oder ein "
        "Bußgeldbescheid erlassen.",
    ),
    "annehmen": _a(
        "330",
        "Annahme",
        "{o} annehmen",
        1.0,
        1.0,
        1,
        "Abgabe bei der Gemeinde",
        "Erfassung und Quittung",
        "Die Abgabe wird erfasst, quittiert und sicher verwahrt.",
    ),
    "herausgeben": _a(
        "340",
        "Herausgabe",
        "{o} herausgeben",
        1.0,
        1.0,
        2,
        "Nachweis der Berechtigung",
        "Herausgabe gegen Empfangsbestätigung",
        "Die Berechtigung wird geprüft, Kosten werden erhoben und die Sache gegen Quittung herausgegeben.",
    ),
    "verwerten": _a(
        "350",
        "Verwertung",
        "{o} verwerten",
        1.0,
        1.0,
        60,
        "Ablauf der Aufbewahrungsfrist",
        "Erlös bzw. Entsorgungsnachweis",
        "Nach Ablauf der Fristen werden die Gegenstände versteigert, gespendet oder entsorgt.",
    ),
    "eintragen": _a(
        "360",
        "Eintragung",
        "{o} eintragen",
        1.0,
        1.0,
        7,
        "Antrag bzw. Mitteilung",
        "Eintragung und Bestätigung",
        "Die Angaben werden geprüft und in das Verzeichnis eingetragen; die Beteiligten erhalten "
        "eine Bestätigung.",
    ),
    "loeschen": _a(
        "370",
        "Löschung",
        "{o} löschen",
        0.3,
        0.6,
        7,
        "Antrag bzw. Wegfall der Voraussetzungen",
        "Löschung und Bestätigung",
        "Die Voraussetzungen für die Löschung werden geprüft und die Eintragung gelöscht.",
    ),
    "zuteilen": _a(
        "380",
        "Zuteilung",
        "{o} zuteilen",
        1.0,
        1.0,
        14,
        "Antrag bzw. Fertigstellung eines Gebäudes",
        "Zuteilungsbescheid",
        "Die Zuteilung wird nach der Systematik der Gemeinde festgelegt, bekanntgegeben und an "
        "beteiligte Stellen gemeldet.",
    ),
    "abnehmen": _a(
        "390",
        "Abnahme",
        "{o} abnehmen",
        1.0,
        1.0,
        14,
        "Fertigstellungsanzeige",
        "Abnahmeprotokoll",
        "Die ausgeführten Arbeiten werden vor Ort abgenommen und Mängel mit Fristsetzung festgehalten.",
    ),
    "einrichten": _a(
        "400",
        "Eintragung",
        "{o} eintragen",
        1.0,
        1.0,
        5,
        "Antrag mit Glaubhaftmachung",
        "Eintragung im Register und Bestätigung",
        "Die Voraussetzungen werden geprüft, die Eintragung vorgenommen und der antragstellenden "
        "Person bestätigt.",
    ),
    "aufheben": _a(
        "410",
        "Aufhebung",
        "{o} aufheben",
        0.3,
        0.6,
        5,
        "Antrag oder Fristablauf",
        "Aufhebung und Mitteilung",
        "Die Aufhebung wird geprüft, im Register vermerkt und den Betroffenen mitgeteilt.",
    ),
    "beglaubigen": _a(
        "420",
        "Beglaubigung",
        "{o} beglaubigen",
        1.0,
        1.0,
        1,
        "Vorsprache mit dem Original",
        "Beglaubigte Abschrift bzw. beglaubigte Unterschrift",
        "Das Original oder die Identität wird geprüft und die Übereinstimmung amtlich beglaubigt.",
    ),
    "beseitigen": _a(
        "430",
        "Beseitigung",
        "{o} beseitigen",
        1.0,
        1.0,
        14,
        "Feststellung vor Ort",
        "Beseitigung und Kostenfestsetzung",
        "Die Verantwortlichen werden ermittelt und zur Beseitigung aufgefordert, sonst wird die "
        "Beseitigung auf ihre Kosten veranlasst.",
    ),
    "kontrollieren": _a(
        "440",
        "Überwachung",
        "{o} kontrollieren",
        1.0,
        1.0,
        30,
        "Kontrollplan bzw. Hinweis",
        "Kontrollprotokoll und angeordnete Maßnahmen",
        "Die Kontrolle erfolgt nach Plan vor Ort; Mängel werden dokumentiert und ihre Beseitigung überwacht.",
    ),
    "reservieren": _a(
        "450",
        "Reservierung",
        "{o} reservieren",
        1.0,
        1.0,
        3,
        "Anfrage der Bürgerin / des Bürgers",
        "Reservierungsbestätigung",
        "Der Wunschtermin wird geprüft, reserviert und schriftlich bestätigt.",
        1,
    ),
    "verkaufen": _a(
        "460",
        "Veräußerung",
        "{o} verkaufen",
        1.0,
        1.0,
        120,
        "Kaufanfrage bzw. Beschluss",
        "Notarieller Kaufvertrag",
        "Wert und Bedingungen werden ermittelt, der Gemeinderat beschließt und der Vertrag wird "
        "notariell beurkundet.",
    ),
    "erwerben": _a(
        "470",
        "Erwerb",
        "{o} erwerben",
        1.0,
        1.0,
        120,
        "Bedarf der Gemeinde bzw. Angebot",
        "Notarieller Kaufvertrag",
        "Bedarf und Wert werden ermittelt, der Gemeinderat beschließt und der Erwerb wird notariell "
        "vollzogen.",
    ),
    "beraten": _a(
        "480",
        "Beratung",
        "{o}: Beratung",
        1.0,
        1.0,
        7,
        "Anfrage bzw. Terminwunsch",
        "Beratungsgespräch und Informationen",
        "Im Gespräch werden das Anliegen geklärt, Möglichkeiten aufgezeigt und die nächsten Schritte "
        "vereinbart.",
    ),
    "durchfuehren": _a(
        "490",
        "Durchführung",
        "{o} durchführen",
        1.0,
        1.0,
        30,
        "Antrag bzw. Termin",
        "Durchgeführte Maßnahme und Dokumentation",
        "Die Maßnahme wird geplant, mit den Beteiligten abgestimmt, durchgeführt und dokumentiert.",
    ),
    "aufstellen": _a(
        "500",
        "Aufstellung",
        "{o} aufstellen",
        1.0,
        1.0,
        365,
        "Beschluss des Gemeinderats",
        "Beschlossener Plan",
        "Der Entwurf wird erarbeitet, Öffentlichkeit und Behörden werden beteiligt und der "
        "Gemeinderat beschließt den Plan.",
    ),
    "ausgeben": _a(
        "510",
        "Ausgabe",
        "{o} ausgeben",
        1.0,
        1.0,
        0,
        "Vorsprache der Bürgerin / des Bürgers",
        "Ausgegebene Sache",
        "Die Berechtigung wird kurz geprüft und die Ausgabe erfasst.",
    ),
    "ausleihen": _a(
        "520",
        "Ausleihe",
        "{o} ausleihen",
        1.0,
        1.0,
        0,
        "Ausleihwunsch der Nutzerin / des Nutzers",
        "Verbuchte Ausleihe",
        "Die Ausleihe wird auf dem Benutzerkonto verbucht, Fristen werden überwacht und Rückgaben "
        "zurückgebucht.",
        1,
    ),
    "berufen": _a(
        "530",
        "Berufung",
        "{o} berufen",
        1.0,
        1.0,
        60,
        "Anstehende Wahl bzw. Amtszeit",
        "Berufungsschreiben",
        "Geeignete Personen werden gewonnen, ausgewählt, berufen und auf ihre Aufgabe vorbereitet.",
    ),
    "versenden": _a(
        "540",
        "Versand",
        "{o} versenden",
        1.0,
        1.0,
        14,
        "Termin nach Rechtsvorschrift",
        "Versandte Mitteilungen",
        "Die Empfängerliste wird aus dem Register erstellt, geprüft und der Versand termingerecht ausgelöst.",
    ),
    "ausueben": _a(
        "550",
        "Ausübung",
        "{o} ausüben",
        1.0,
        1.0,
        60,
        "Mitteilung eines Kaufvertrags",
        "Bescheid über die Ausübung",
        "Die Voraussetzungen werden geprüft, der Gemeinderat entscheidet und der Bescheid ergeht an "
        "die Vertragsparteien.",
    ),
    "veranlassen": _a(
        "560",
        "Veranlassung",
        "{o} veranlassen",
        1.0,
        1.0,
        7,
        "Mitteilung einer Behörde",
        "Veranlasste Maßnahme und Kostenbescheid",
        "Die Maßnahme wird beauftragt, ihre Durchführung überwacht und die Kosten von den "
        "Pflichtigen zurückgefordert.",
    ),
    "zurueckfordern": _a(
        "570",
        "Rückforderung",
        "{o} zurückfordern",
        0.05,
        1.5,
        30,
        "Zweckwidrige Verwendung oder Überzahlung festgestellt",
        "Rückforderungsbescheid",
        "Die Betroffenen werden angehört, der Rückforderungsbetrag festgesetzt und die Einziehung überwacht.",
        -1,
    ),
    "abloesen": _a(
        "580",
        "Ablösung",
        "{o} ablösen",
        0.2,
        1.2,
        60,
        "Antrag vor Entstehen der Beitragspflicht",
        "Ablösungsvertrag",
        "Der voraussichtliche Betrag wird ermittelt und die Ablösung vertraglich vereinbart.",
    ),
}


@dataclass(frozen=True)
class Domain:
    """A group of service objects sharing responsibility, folder, OZG Lebenslage and context."""

    code: str
    topic: str  # OZG Themenfeld code
    lage: str  # Lebens- or Unternehmenslage in the OZG catalogue
    folder: tuple[str, ...]
    owner: str  # unit code
    participating: tuple[str, ...]
    addressees: tuple[str, ...]
    kgst: str
    srh: str
    legal: tuple[str, ...]  # abbreviations, see _LAW_NAMES
    documents: tuple[str, ...]
    it: tuple[str, ...]
    digital: int  # typical OZG maturity level
    group: str  # 3-digit Leistungsgruppe in the invented LeiKa keys


@dataclass(frozen=True)
class ServiceObject:
    """A Leistungsobjekt of the municipality with the actions that really exist for it."""

    name: str
    actions: tuple[str, ...]
    cases: int  # base case count per year
    minutes: int  # base processing minutes
    names: dict[str, str] = field(default_factory=dict)  # profile names that differ from the template
    counts: dict[str, int] = field(default_factory=dict)  # fixed case counts per action
    times: dict[str, int] = field(default_factory=dict)  # fixed minutes per action
    results: dict[str, str] = field(default_factory=dict)
    leads: dict[str, int] = field(default_factory=dict)  # fixed lead times per action
    note: str = ""
    synonyms: tuple[str, ...] = ()
    typisierung: str = "4"
    owner: str = ""
    kgst: str = ""
    srh: str = ""
    legal: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    it: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()
    digital: int | None = None
    domain: str = ""


def S(name: str, actions: str, cases: int, minutes: int, **kw: object) -> ServiceObject:
    """Compact constructor for the tables below: actions are space-separated codes of ACTIONS."""
    return ServiceObject(name, tuple(actions.split()), cases, minutes, **kw)  # type: ignore[arg-type]


def _d(
    code: str,
    topic: str,
    lage: str,
    folder: str,
    owner: str,
    participating: str,
    addressees: tuple[str, ...],
    kgst: str,
    srh: str,
    legal: tuple[str, ...],
    documents: tuple[str, ...],
    it: tuple[str, ...],
    digital: int,
    group: str,
) -> Domain:
    return Domain(
        code,
        topic,
        lage,
        tuple(folder.split(" / ")),
        owner,
        tuple(participating.split()),
        addressees,
        kgst,
        srh,
        legal,
        documents,
        it,
        digital,
        group,
    )


ID = "Personalausweis oder Reisepass"
DMS = "Dokumentenmanagementsystem (E-Akte)"
PST = "Personenstandsverfahren"

DOMAINS: tuple[Domain, ...] = (
    _d(
        "MELDE",
        "bauen",
        "Umzug und Wohnsitz",
        "Bürgerdienste / Meldewesen",
        "3.2.1",
        "3.2.3",
        CITIZENS,
        "2.1.1",
        "1.4",
        ("BMG",),
        (ID, "Wohnungsgeberbestätigung"),
        ("Einwohnermeldeverfahren",),
        2,
        "101",
    ),
    _d(
        "PASS",
        "mobilitaet",
        "Reisen und Ausweisdokumente",
        "Bürgerdienste / Pass- und Ausweiswesen",
        "3.2.2",
        "3.2.1",
        CITIZENS,
        "2.1.3",
        "1.4",
        ("PAuswG", "PassG"),
        (ID, "Biometrisches Lichtbild"),
        ("Pass- und Ausweisverfahren", "Online-Terminvereinbarung"),
        1,
        "102",
    ),
    _d(
        "BUERGER",
        "querschnitt",
        "Behördengänge und Beglaubigungen",
        "Bürgerdienste / Bürgerservice",
        "3.2.3",
        "",
        CITIZENS,
        "2.1.4",
        "1.4",
        ("VwVfG", "Verwaltungskostensatzung"),
        (ID,),
        (DMS, "Online-Terminvereinbarung"),
        1,
        "103",
    ),
    _d(
        "BETEILIGUNG",
        "querschnitt",
        "Information und Beteiligung",
        "Rat und Beteiligung / Anliegen und Beteiligung",
        "1.2.1",
        "1.2.3",
        CITIZENS,
        "1.6.4",
        "1.8",
        ("SächsGemO", "SächsTranspG"),
        ("Antragsformular",),
        (DMS,),
        2,
        "104",
    ),
    _d(
        "REGISTER",
        "recht",
        "Register, Zeugnisse und Erklärungen",
        "Bürgerdienste / Register und Zeugnisse",
        "3.2.3",
        "",
        CITIZENS,
        "2.1.5",
        "1.4",
        ("BZRG",),
        (ID,),
        ("Bürgerportal (Onlinedienste)",),
        2,
        "105",
    ),
    _d(
        "RENTE",
        "arbeit",
        "Ruhestand und Rente",
        "Bürgerdienste / Rente und Beschäftigung",
        "3.2.3",
        "",
        CITIZENS,
        "2.10.5",
        "5.7",
        ("SGB VI",),
        (ID,),
        (DMS,),
        1,
        "106",
    ),
    _d(
        "SOZIALES",
        "arbeit",
        "Soziale Unterstützung",
        "Soziales und Familie / Soziales und Senioren",
        "5.1.2",
        "",
        CITIZENS,
        "2.10.1",
        "5.1",
        ("SGB XII",),
        ("Einkommensnachweis", "Bescheid über Sozialleistungen"),
        (DMS,),
        1,
        "107",
    ),
    _d(
        "ZUZUG",
        "einwanderung",
        "Zuzug aus dem Ausland und Integration",
        "Bürgerdienste / Zuzug und Integration",
        "3.2.1",
        "3.3.2 5.1.2",
        CITIZENS,
        "2.10.4",
        "5.5",
        ("BMG",),
        (ID, "Aufenthaltstitel"),
        ("Einwohnermeldeverfahren",),
        1,
        "108",
    ),
    _d(
        "GEBURT",
        "familie",
        "Geburt und Kindschaft",
        "Standesamt / Geburten und Namensrecht",
        "3.3.1",
        "",
        CITIZENS,
        "2.2.1",
        "1.5",
        ("PStG", "BGB"),
        ("Geburtsurkunde", ID),
        (PST,),
        1,
        "109",
    ),
    _d(
        "EHE",
        "familie",
        "Heirat und Partnerschaft",
        "Standesamt / Eheschließungen",
        "3.3.2",
        "",
        CITIZENS,
        "2.2.2",
        "1.5",
        ("PStG", "BGB"),
        ("Geburtsurkunde", ID),
        (PST, "Online-Terminvereinbarung"),
        1,
        "110",
    ),
    _d(
        "STERBE",
        "familie",
        "Todesfall",
        "Standesamt / Sterbefälle",
        "3.3.1",
        "3.1.5",
        CITIZENS,
        "2.2.3",
        "1.5",
        ("PStG", "SächsBestG"),
        ("Todesbescheinigung", ID),
        (PST,),
        1,
        "111",
    ),
    _d(
        "FRIEDHOF",
        "gesundheit",
        "Bestattung und Friedhof",
        "Friedhof und Bestattung",
        "3.1.5",
        "4.2.2",
        CITIZENS,
        "2.12.1",
        "7.5",
        ("SächsBestG", "Friedhofssatzung", "Friedhofsgebührensatzung"),
        ("Sterbeurkunde",),
        ("Friedhofsverwaltungsprogramm",),
        1,
        "112",
    ),
    _d(
        "GESUNDHEIT",
        "gesundheit",
        "Gesundheitsschutz",
        "Sicherheit und Ordnung / Gesundheitsschutz",
        "3.1.1",
        "4.2.2",
        CITIZENS,
        "2.3.1",
        "7.1",
        ("IfSG", "SächsPBG"),
        ("Fotodokumentation",),
        (DMS,),
        1,
        "113",
    ),
    _d(
        "ORDNUNG",
        "recht",
        "Sicherheit und Ordnung",
        "Sicherheit und Ordnung / Allgemeine Ordnung",
        "3.1.1",
        "",
        CITIZENS,
        "2.3.1",
        "2.1",
        ("SächsPBG", "Polizeiverordnung"),
        ("Antragsformular",),
        ("Ordnungswidrigkeitenverfahren", DMS),
        1,
        "114",
    ),
    _d(
        "FUND",
        "recht",
        "Verloren und gefunden",
        "Bürgerdienste / Fundbüro",
        "3.2.3",
        "",
        CITIZENS,
        "2.1.6",
        "2.6",
        ("BGB",),
        ("Fundanzeige", "Verlustanzeige"),
        ("Fundsachenverwaltung",),
        2,
        "115",
    ),
    _d(
        "VERANSTALTUNG",
        "engagement",
        "Feste und Veranstaltungen",
        "Sicherheit und Ordnung / Veranstaltungen",
        "3.1.1",
        "3.1.4 4.2.1",
        BOTH,
        "2.3.2",
        "2.9",
        ("SächsPBG", "Polizeiverordnung"),
        ("Veranstaltungsanzeige", "Lageplan", "Nachweis der Haftpflichtversicherung"),
        (DMS,),
        2,
        "116",
    ),
    _d(
        "FEUERWEHR",
        "recht",
        "Feuerwehr und Brandschutz",
        "Feuerwehr und Brandschutz",
        "3.1.4",
        "",
        CITIZENS,
        "2.3.6",
        "2.4",
        ("SächsBRKG", "Feuerwehrsatzung"),
        ("Antragsformular",),
        ("Feuerwehrverwaltungsprogramm",),
        1,
        "117",
    ),
    _d(
        "WAHLEN",
        "recht",
        "Wahlen und Abstimmungen",
        "Rat und Beteiligung / Wahlen",
        "1.1.4",
        "3.2.1",
        CITIZENS,
        "1.1.3",
        "1.6",
        ("BWahlG", "BWO", "KomWG"),
        (ID,),
        ("Wahlverfahren",),
        2,
        "118",
    ),
    _d(
        "GEWERBE",
        "unternehmen",
        "Gewerbe anmelden und führen",
        "Wirtschaft und Gewerbe / Gewerbeangelegenheiten",
        "3.1.2",
        "",
        BUSINESSES,
        "2.4.1",
        "2.2",
        ("GewO",),
        (ID, "Handelsregisterauszug"),
        ("Gewerbeverfahren",),
        3,
        "119",
    ),
    _d(
        "MAERKTE",
        "unternehmen",
        "Märkte und Gastronomie",
        "Wirtschaft und Gewerbe / Märkte und Gastronomie",
        "3.1.2",
        "4.2.1",
        BUSINESSES,
        "2.4.3",
        "10.2",
        ("GewO", "Marktsatzung"),
        ("Antragsformular",),
        ("Gewerbeverfahren",),
        2,
        "120",
    ),
    _d(
        "WIRTSCHAFT",
        "unternehmen",
        "Standort und Ansiedlung",
        "Wirtschaft und Gewerbe / Wirtschaftsförderung",
        "1.2.1",
        "2.2.1 4.1.1",
        BUSINESSES,
        "2.4.4",
        "10.1",
        ("SächsGemO",),
        ("Antragsformular",),
        ("Geoinformationssystem (GIS)", DMS),
        1,
        "121",
    ),
    _d(
        "STEUERN",
        "steuern",
        "Kommunale Steuern",
        "Finanzen / Steuern",
        "2.1.2",
        "2.1.3",
        CITIZENS,
        "2.5.1",
        "11.6",
        ("SächsKAG", "AO"),
        ("Antragsformular",),
        ("Steuer- und Abgabenverfahren",),
        2,
        "122",
    ),
    _d(
        "ABGABEN",
        "steuern",
        "Beiträge und Gebühren",
        "Finanzen / Beiträge und Gebühren",
        "2.1.2",
        "4.1.3",
        BOTH,
        "2.5.3",
        "11.7",
        ("SächsKAG",),
        ("Festsetzungsbescheid",),
        ("Steuer- und Abgabenverfahren",),
        1,
        "123",
    ),
    _d(
        "KASSE",
        "steuern",
        "Zahlungen und Vollstreckung",
        "Finanzen / Kasse und Vollstreckung",
        "2.1.3",
        "2.1.4",
        BOTH,
        "2.5.5",
        "11.4",
        ("SächsKomHVO", "Dienstanweisung"),
        ("Zahlungsnachweis",),
        ("Kassenverfahren",),
        1,
        "124",
    ),
    _d(
        "LIEGENSCHAFT",
        "bauen",
        "Grundstücke und Immobilien",
        "Bauen und Liegenschaften / Liegenschaften",
        "2.2.1",
        "4.1.1",
        BOTH,
        "2.6.5",
        "11.11",
        ("BGB", "SächsGemO"),
        ("Grundbuchauszug", "Lageplan"),
        ("Liegenschaftsverwaltung", "Geoinformationssystem (GIS)"),
        0,
        "125",
    ),
    _d(
        "WOHNEN",
        "bauen",
        "Wohnen",
        "Bauen und Liegenschaften / Wohnungsverwaltung",
        "2.2.2",
        "",
        CITIZENS,
        "2.6.6",
        "8.4",
        ("BGB",),
        ("Mietvertrag",),
        ("Liegenschaftsverwaltung",),
        0,
        "126",
    ),
    _d(
        "BAUEN",
        "bauen",
        "Bauen und Planen",
        "Bauen und Liegenschaften / Planen und Bauen",
        "4.1.1",
        "",
        BOTH,
        "2.6.2",
        "8.2",
        ("BauGB", "SächsBO"),
        ("Lageplan", "Bauzeichnungen", "Baubeschreibung"),
        ("Geoinformationssystem (GIS)", DMS),
        2,
        "127",
    ),
    _d(
        "STRASSEN",
        "mobilitaet",
        "Straßen und Wege",
        "Bauen und Liegenschaften / Straßen und Wege",
        "4.1.3",
        "4.2.1",
        BOTH,
        "2.7.1",
        "8.5",
        ("SächsStrG",),
        ("Lageplan",),
        ("Geoinformationssystem (GIS)", "Bauhofsoftware"),
        1,
        "128",
    ),
    _d(
        "VERKEHR",
        "mobilitaet",
        "Parken und Verkehr",
        "Sicherheit und Ordnung / Verkehr und Parken",
        "3.1.3",
        "",
        CITIZENS,
        "2.3.5",
        "2.3",
        ("StVO", "OWiG"),
        (ID,),
        ("Ordnungswidrigkeitenverfahren",),
        2,
        "129",
    ),
    _d(
        "SONDERNUTZUNG",
        "mobilitaet",
        "Straßen und Wege",
        "Sicherheit und Ordnung / Sondernutzung",
        "3.1.3",
        "4.1.3",
        BOTH,
        "2.7.2",
        "8.13",
        ("SächsStrG", "Sondernutzungssatzung"),
        ("Lageplan", "Antragsformular"),
        (DMS,),
        2,
        "130",
    ),
    _d(
        "UMWELT",
        "umwelt",
        "Natur, Bäume und Gewässer",
        "Umwelt und Grün / Natur und Bäume",
        "4.1.4",
        "4.2.2",
        CITIZENS,
        "2.8.1",
        "9.6",
        ("BNatSchG", "SächsNatSchG", "Gehölzschutzsatzung"),
        ("Lageplan", "Fotodokumentation"),
        ("Geoinformationssystem (GIS)",),
        2,
        "131",
    ),
    _d(
        "SAUBERKEIT",
        "umwelt",
        "Sauberkeit und Abfall",
        "Umwelt und Grün / Stadtsauberkeit",
        "4.2.1",
        "4.1.3",
        CITIZENS,
        "2.8.3",
        "9.11",
        ("Straßenreinigungssatzung", "Polizeiverordnung"),
        ("Fotodokumentation",),
        ("Bauhofsoftware",),
        1,
        "132",
    ),
    _d(
        "KITA",
        "familie",
        "Kinderbetreuung",
        "Soziales und Familie / Kindertagesbetreuung",
        "5.1.1",
        "2.1.3",
        CITIZENS,
        "2.9.1",
        "6.1",
        ("SächsKitaG", "SGB VIII", "Elternbeitragssatzung"),
        ("Anmeldebogen Kindertagesstätte", "Nachweis über Masernschutz"),
        ("Kita-Verwaltungsprogramm",),
        2,
        "133",
    ),
    _d(
        "JUGEND",
        "familie",
        "Kinder und Jugendliche",
        "Soziales und Familie / Jugendarbeit",
        "5.1.3",
        "",
        CITIZENS,
        "2.10.3",
        "6.5",
        ("SGB VIII",),
        ("Antragsformular",),
        ("Raum- und Ressourcenbuchung",),
        2,
        "134",
    ),
    _d(
        "SCHULE",
        "bildung",
        "Schule",
        "Bildung und Kultur / Schulen",
        "5.2.1",
        "",
        CITIZENS,
        "2.9.3",
        "3.1",
        ("SächsSchulG",),
        ("Schulanmeldebogen", "Geburtsurkunde"),
        ("Schulverwaltungsprogramm",),
        1,
        "135",
    ),
    _d(
        "BIBLIOTHEK",
        "bildung",
        "Bibliothek und Lernen",
        "Bildung und Kultur / Stadtbibliothek",
        "5.2.2",
        "",
        CITIZENS,
        "2.9.4",
        "4.1",
        ("Bibliothekssatzung",),
        (ID,),
        ("Bibliothekssoftware",),
        3,
        "136",
    ),
    _d(
        "KULTUR",
        "engagement",
        "Kultur und Freizeit",
        "Bildung und Kultur / Kultur und Freizeit",
        "5.2.2",
        "5.2.3",
        CITIZENS,
        "2.11.1",
        "4.3",
        ("Benutzungsordnung",),
        ("Nutzungsvereinbarung",),
        ("Raum- und Ressourcenbuchung",),
        2,
        "137",
    ),
    _d(
        "SPORT",
        "engagement",
        "Ehrenamt, Vereine und Sport",
        "Bildung und Kultur / Sport und Vereine",
        "5.2.3",
        "4.1.2",
        CITIZENS,
        "2.11.2",
        "7.2",
        ("Benutzungsordnung",),
        ("Nutzungsvereinbarung", "Vereinssatzung"),
        ("Raum- und Ressourcenbuchung",),
        2,
        "138",
    ),
    _d(
        "FISCHEREI",
        "engagement",
        "Angeln und Naturerlebnis",
        "Bürgerdienste / Fischereischeine",
        "3.2.3",
        "",
        CITIZENS,
        "2.1.4",
        "10.4",
        ("SächsFischG",),
        ("Fischereiprüfungszeugnis", "Biometrisches Lichtbild", ID),
        (DMS,),
        1,
        "139",
    ),
    _d(
        "FOERDERUNG",
        "forschung",
        "Zuschüsse und Förderprogramme",
        "Förderung",
        "5.2.3",
        "2.1.1",
        BOTH,
        "2.11.3",
        "11.13",
        ("Vereinsförderrichtlinie", "SächsKomHVO"),
        ("Antragsformular", "Finanzierungsplan"),
        ("Fördermitteldatenbank",),
        2,
        "140",
    ),
    _d(
        "ARCHIV",
        "forschung",
        "Archiv und Heimatforschung",
        "Bildung und Kultur / Stadtarchiv",
        "1.1.3",
        "",
        CITIZENS,
        "2.11.4",
        "1.11",
        ("SächsArchivG",),
        ("Antragsformular",),
        ("Digitales Archiv",),
        1,
        "141",
    ),
)

# Service objects per domain. Names of profiles default to the action template; "names" holds the
# wording a clerk would use where the template does not fit.
_OBJECTS: dict[str, tuple[ServiceObject, ...]] = {
    "MELDE": (
        S(
            "Wohnsitz",
            "anmelden ummelden aendern pruefen",
            520,
            15,
            names={
                "anmelden": "Wohnsitz anmelden (Zuzug)",
                "ummelden": "Umzug innerhalb der Gemeinde melden",
                "aendern": "Wohnungsstatus ändern (Haupt- und Nebenwohnung)",
                "pruefen": "Rückmeldungen anderer Meldebehörden bearbeiten",
            },
            counts={"ummelden": 310, "aendern": 35, "pruefen": 480},
            times={"pruefen": 5},
            note="Wer eine Wohnung bezieht, meldet sich innerhalb von zwei Wochen bei der Meldebehörde an.",
            synonyms=("Hauptwohnung", "Ummeldung"),
        ),
        S("Nebenwohnung", "anmelden abmelden", 45, 15, counts={"abmelden": 30}),
        S(
            "Meldebescheinigung",
            "ausstellen",
            800,
            5,
            synonyms=("Aufenthaltsbescheinigung", "Wohnsitzbescheinigung"),
            counts={"ausstellen": 800},
            digital=3,
        ),
        S("Erweiterte Meldebescheinigung", "ausstellen", 60, 8),
        S("Haushaltsbescheinigung", "ausstellen", 70, 8),
        S(
            "Einfache Melderegisterauskunft",
            "erteilen",
            350,
            6,
            kgst="2.1.2",
            addressees=BOTH,
            digital=3,
            results={"erteilen": "Auskunft über Namen, Doktorgrad und Anschriften"},
        ),
        S("Erweiterte Melderegisterauskunft", "erteilen", 40, 15, kgst="2.1.2", addressees=BOTH),
        S("Gruppenauskunft aus dem Melderegister", "erteilen", 8, 40, kgst="2.1.2"),
        S(
            "Melderegisterauskunft an Behörden",
            "erteilen",
            260,
            5,
            kgst="2.1.2",
            addressees=ADMIN,
            names={"erteilen": "Meldedaten an Behörden übermitteln"},
        ),
        S(
            "Melderegister",
            "aendern auskunft loeschen",
            70,
            20,
            kgst="2.1.2",
            names={
                "aendern": "Melderegister berichtigen",
                "auskunft": "Selbstauskunft aus dem Melderegister erteilen",
                "loeschen": "Meldedaten nach Fristablauf löschen und sperren",
            },
            counts={"auskunft": 30, "loeschen": 4},
            times={"loeschen": 240},
        ),
        S(
            "Auskunftssperre",
            "einrichten verlaengern aufheben",
            12,
            30,
            names={"einrichten": "Auskunftssperre im Melderegister eintragen"},
            counts={"verlaengern": 5, "aufheben": 2},
        ),
        S(
            "Bedingter Sperrvermerk",
            "einrichten",
            4,
            30,
            names={"einrichten": "Bedingten Sperrvermerk eintragen"},
        ),
        S(
            "Widerspruch gegen Übermittlung an Parteien",
            "einrichten aufheben",
            40,
            4,
            names={
                "einrichten": "Widerspruch gegen Datenübermittlung an Parteien vor Wahlen eintragen",
                "aufheben": "Widerspruch gegen Datenübermittlung an Parteien aufheben",
            },
            counts={"aufheben": 3},
        ),
        S(
            "Widerspruch gegen Übermittlung an Adressbuchverlage",
            "einrichten",
            25,
            4,
            names={"einrichten": "Widerspruch gegen Datenübermittlung an Adressbuchverlage eintragen"},
        ),
        S(
            "Widerspruch gegen Übermittlung an die Bundeswehr",
            "einrichten",
            15,
            4,
            names={"einrichten": "Widerspruch gegen Datenübermittlung an die Bundeswehr eintragen"},
        ),
        S(
            "Widerspruch gegen Veröffentlichung von Jubiläen",
            "einrichten",
            20,
            4,
            names={"einrichten": "Widerspruch gegen Veröffentlichung von Alters- und Ehejubiläen eintragen"},
        ),
        S(
            "Widerspruch gegen Übermittlung an Religionsgesellschaften",
            "einrichten",
            6,
            4,
            names={"einrichten": "Widerspruch gegen Übermittlung an Religionsgesellschaften eintragen"},
        ),
        S(
            "Abmeldung von Amts wegen",
            "pruefen",
            25,
            45,
            names={"pruefen": "Abmeldung von Amts wegen prüfen und vollziehen"},
        ),
        S("Meldepflichtverletzung", "ahnden", 20, 30, legal=("OWiG",)),
        S(
            "Wohnungsgeberauskunft",
            "erteilen",
            10,
            15,
            names={"erteilen": "Auskunft an Wohnungsgeber über gemeldete Personen erteilen"},
        ),
        S(
            "Anschrift in der Zulassungsbescheinigung",
            "aendern",
            240,
            5,
            typisierung="3",
            names={"aendern": "Anschrift in der Zulassungsbescheinigung Teil I ändern"},
        ),
    ),
    "PASS": (
        S(
            "Personalausweis",
            "beantragen ausstellen aendern verlust aufheben befreien",
            700,
            20,
            names={
                "ausstellen": "Personalausweis aushändigen",
                "aendern": "Anschrift im Personalausweis ändern",
                "verlust": "Verlust des Personalausweises anzeigen",
                "aufheben": "Sperre eines wiederaufgefundenen Personalausweises aufheben",
                "befreien": "Gebührenbefreiung für den Personalausweis gewähren",
            },
            counts={
                "beantragen": 700,
                "ausstellen": 680,
                "aendern": 320,
                "verlust": 45,
                "aufheben": 8,
                "befreien": 15,
            },
            times={"ausstellen": 5, "aendern": 3},
            synonyms=("Ausweis", "Perso"),
            note="Deutsche ab 16 Jahren müssen einen gültigen Personalausweis oder Reisepass besitzen.",
        ),
        S(
            "Online-Ausweisfunktion",
            "aendern",
            60,
            10,
            names={"aendern": "PIN der Online-Ausweisfunktion neu setzen"},
        ),
        S(
            "Vorläufiger Personalausweis",
            "ausstellen",
            45,
            15,
            names={"ausstellen": "Vorläufigen Personalausweis ausstellen"},
        ),
        S(
            "Reisepass",
            "beantragen ausstellen aendern verlust aufheben widerrufen",
            380,
            20,
            names={
                "ausstellen": "Reisepass aushändigen",
                "aendern": "Wohnort im Reisepass ändern",
                "verlust": "Verlust des Reisepasses anzeigen",
                "aufheben": "Sperre eines wiederaufgefundenen Reisepasses aufheben",
                "widerrufen": "Reisepass entziehen oder räumlich beschränken",
            },
            counts={
                "beantragen": 380,
                "ausstellen": 370,
                "aendern": 25,
                "verlust": 20,
                "aufheben": 4,
                "widerrufen": 1,
            },
            times={"ausstellen": 5, "aendern": 3},
            synonyms=("Pass",),
        ),
        S(
            "Express-Reisepass",
            "beantragen",
            30,
            20,
            names={"beantragen": "Reisepass im Expressverfahren beantragen"},
        ),
        S(
            "Vorläufiger Reisepass",
            "ausstellen",
            20,
            20,
            names={"ausstellen": "Vorläufigen Reisepass ausstellen"},
        ),
        S("Zweitpass", "beantragen", 3, 25, names={"beantragen": "Zweiten Reisepass beantragen"}),
        S(
            "eID-Karte",
            "beantragen",
            4,
            20,
            names={"beantragen": "eID-Karte für Unionsbürgerinnen und Unionsbürger beantragen"},
        ),
        S(
            "Ausweispflicht",
            "befreien",
            12,
            20,
            names={"befreien": "Befreiung von der Ausweispflicht gewähren"},
        ),
        S(
            "Pass- und Ausweisregister",
            "auskunft versenden",
            40,
            10,
            addressees=ADMIN,
            names={
                "auskunft": "Auskunft aus dem Pass- und Ausweisregister an Behörden erteilen",
                "versenden": "Lichtbild an Bußgeldbehörden übermitteln",
            },
            counts={"versenden": 160},
            times={"versenden": 5},
        ),
    ),
    "BUERGER": (
        S(
            "Beglaubigung von Abschriften",
            "beglaubigen",
            420,
            5,
            names={"beglaubigen": "Abschriften und Kopien beglaubigen"},
        ),
        S(
            "Unterschriftsbeglaubigung",
            "beglaubigen",
            160,
            8,
            names={"beglaubigen": "Unterschrift amtlich beglaubigen"},
        ),
        S(
            "Onlineantrag mit Unterstützung",
            "beraten",
            150,
            20,
            names={"beraten": "Bürgerinnen und Bürger bei Onlineanträgen unterstützen"},
        ),
        S(
            "Allgemeine Bürgerauskunft",
            "auskunft",
            2500,
            3,
            names={"auskunft": "Allgemeine Auskunft im Bürgerbüro erteilen"},
        ),
        S(
            "Termin im Bürgerbüro",
            "reservieren",
            3000,
            2,
            names={"reservieren": "Termin im Bürgerbüro vereinbaren"},
            digital=4,
        ),
        S(
            "Neubürgerbegrüßung",
            "ausgeben",
            300,
            5,
            names={"ausgeben": "Begrüßungsmappe für Neubürger ausgeben"},
        ),
    ),
    "BETEILIGUNG": (
        S(
            "Informationszugang",
            "genehmigen",
            15,
            90,
            names={"genehmigen": "Antrag auf Informationszugang nach dem Transparenzgesetz bescheiden"},
        ),
        S(
            "Akteneinsicht",
            "genehmigen",
            20,
            45,
            names={"genehmigen": "Akteneinsicht gewähren"},
            legal=("VwVfG",),
        ),
        S(
            "Anregung und Beschwerde",
            "pruefen",
            140,
            45,
            names={"pruefen": "Anregung oder Beschwerde bearbeiten"},
        ),
        S(
            "Petition an den Gemeinderat",
            "pruefen",
            6,
            120,
            owner="1.1.4",
            kgst="1.1.4",
            names={"pruefen": "Petition an den Gemeinderat bearbeiten"},
        ),
        S(
            "Einwohnerantrag",
            "pruefen",
            1,
            480,
            owner="1.1.4",
            kgst="1.1.4",
            names={"pruefen": "Einwohnerantrag auf Zulässigkeit prüfen"},
        ),
        S(
            "Bürgerbegehren",
            "pruefen",
            1,
            960,
            owner="1.1.4",
            kgst="1.1.4",
            names={"pruefen": "Bürgerbegehren auf Zulässigkeit prüfen"},
        ),
        S(
            "Bürgerbeteiligung",
            "durchfuehren",
            4,
            2400,
            kgst="1.1.4",
            names={"durchfuehren": "Bürgerbeteiligungsverfahren durchführen"},
        ),
        S("Einwohnerversammlung", "durchfuehren", 2, 1200, kgst="1.1.4"),
        S("Bürgerhaushalt", "pruefen", 60, 30, names={"pruefen": "Vorschläge zum Bürgerhaushalt bewerten"}),
        S("Presseanfrage", "auskunft", 80, 30, kgst="1.6.1", names={"auskunft": "Presseanfrage beantworten"}),
    ),
    "REGISTER": (
        S(
            "Führungszeugnis",
            "beantragen befreien",
            320,
            8,
            typisierung="1",
            synonyms=("Polizeiliches Führungszeugnis",),
            names={"befreien": "Gebührenbefreiung für das Führungszeugnis (Ehrenamt) beantragen"},
            counts={"befreien": 40},
            digital=3,
        ),
        S("Erweitertes Führungszeugnis", "beantragen", 120, 8, typisierung="1"),
        S("Europäisches Führungszeugnis", "beantragen", 10, 10, typisierung="1"),
        S(
            "Auskunft aus dem Gewerbezentralregister",
            "beantragen",
            45,
            10,
            typisierung="1",
            addressees=BUSINESSES,
            legal=("GewO",),
        ),
        S(
            "Kirchenaustritt",
            "beurkunden ausstellen",
            70,
            20,
            owner="3.3.2",
            kgst="2.2.6",
            srh="1.5",
            typisierung="5",
            names={
                "beurkunden": "Kirchenaustritt erklären (Beurkundung)",
                "ausstellen": "Bescheinigung über den Kirchenaustritt ausstellen",
            },
            counts={"ausstellen": 15},
            it=(PST,),
        ),
        S(
            "Geschlechtseintrag und Vornamen",
            "aendern",
            4,
            45,
            owner="3.3.2",
            kgst="2.2.4",
            srh="1.5",
            legal=("SBGG",),
            names={"aendern": "Erklärung zur Änderung von Geschlechtseintrag und Vornamen entgegennehmen"},
        ),
        S(
            "Schiedsstelle",
            "durchfuehren berufen",
            15,
            240,
            owner="3.1.1",
            kgst="2.3.7",
            srh="2.7",
            legal=("SächsSchiedsStG",),
            names={
                "durchfuehren": "Schlichtungsverfahren vor der Schiedsstelle durchführen",
                "berufen": "Friedensrichterin / Friedensrichter wählen und bestätigen lassen",
            },
            counts={"berufen": 1},
        ),
    ),
    "RENTE": (
        S(
            "Altersrente",
            "entgegennehmen",
            95,
            60,
            names={"entgegennehmen": "Antrag auf Altersrente aufnehmen"},
            synonyms=("Rentenantrag",),
            typisierung="3",
        ),
        S(
            "Erwerbsminderungsrente",
            "entgegennehmen",
            18,
            60,
            typisierung="3",
            names={"entgegennehmen": "Antrag auf Erwerbsminderungsrente aufnehmen"},
        ),
        S(
            "Hinterbliebenenrente",
            "entgegennehmen",
            30,
            50,
            typisierung="3",
            names={"entgegennehmen": "Antrag auf Witwen- oder Waisenrente aufnehmen"},
        ),
        S(
            "Kontenklärung",
            "entgegennehmen",
            45,
            45,
            typisierung="3",
            names={"entgegennehmen": "Antrag auf Kontenklärung aufnehmen"},
        ),
        S(
            "Kindererziehungszeiten",
            "entgegennehmen",
            20,
            30,
            typisierung="3",
            names={"entgegennehmen": "Antrag auf Anerkennung von Kindererziehungszeiten aufnehmen"},
        ),
        S(
            "Medizinische Rehabilitation",
            "entgegennehmen",
            10,
            40,
            typisierung="3",
            names={"entgegennehmen": "Antrag auf medizinische Rehabilitation aufnehmen"},
        ),
        S("Rentenauskunft", "beantragen", 25, 15, typisierung="3"),
        S(
            "Lebensbescheinigung",
            "ausstellen",
            90,
            5,
            names={"ausstellen": "Lebensbescheinigung für Rentenversicherungsträger ausstellen"},
        ),
        S(
            "Schülerpraktikum in der Verwaltung",
            "vergeben",
            25,
            60,
            owner="1.1.1",
            kgst="3.1.1",
            srh="1.3",
            legal=(),
            documents=("Bewerbungsunterlagen",),
            names={"vergeben": "Schülerpraktikumsplatz vergeben"},
        ),
        S(
            "Bundesfreiwilligendienst",
            "vergeben",
            4,
            240,
            owner="1.1.1",
            kgst="3.1.1",
            srh="1.3",
            legal=(),
            names={"vergeben": "Platz im Bundesfreiwilligendienst vergeben"},
        ),
        S(
            "Ausbildungsplatz in der Verwaltung",
            "vergeben",
            3,
            900,
            owner="1.1.1",
            kgst="3.1.4",
            srh="1.3",
            legal=("TVöD",),
            documents=("Bewerbungsunterlagen",),
            names={"vergeben": "Ausbildungsplatz in der Stadtverwaltung vergeben"},
        ),
    ),
    "SOZIALES": (
        S(
            "Grundsicherung im Alter und bei Erwerbsminderung",
            "entgegennehmen",
            20,
            45,
            typisierung="3",
            names={"entgegennehmen": "Antrag auf Grundsicherung im Alter entgegennehmen"},
        ),
        S(
            "Wohngeld",
            "entgegennehmen",
            60,
            20,
            typisierung="3",
            legal=("WoGG",),
            names={"entgegennehmen": "Wohngeldantrag entgegennehmen und weiterleiten"},
        ),
        S(
            "Schwerbehindertenausweis",
            "entgegennehmen",
            30,
            20,
            typisierung="3",
            names={"entgegennehmen": "Antrag auf Schwerbehindertenausweis entgegennehmen"},
        ),
        S(
            "Bildung und Teilhabe",
            "entgegennehmen",
            30,
            20,
            typisierung="3",
            names={"entgegennehmen": "Antrag auf Leistungen für Bildung und Teilhabe entgegennehmen"},
        ),
        S(
            "Sozialpass",
            "ausstellen verlaengern zweitschrift",
            70,
            15,
            typisierung="5",
            names={"ausstellen": "Sozialpass der Gemeinde ausstellen"},
            counts={"verlaengern": 45, "zweitschrift": 4},
        ),
        S(
            "Seniorenberatung",
            "beraten",
            90,
            45,
            kgst="2.10.2",
            srh="5.2",
            names={"beraten": "Seniorinnen und Senioren beraten"},
        ),
        S(
            "Seniorenfahrt",
            "anmelden",
            120,
            10,
            kgst="2.10.2",
            srh="5.2",
            names={"anmelden": "Anmeldung zur Seniorenfahrt bearbeiten"},
        ),
        S(
            "Anliegen von Menschen mit Behinderungen",
            "beraten",
            25,
            60,
            srh="5.3",
            names={"beraten": "Anliegen an die Beauftragte für Menschen mit Behinderungen bearbeiten"},
        ),
    ),
    "ZUZUG": (
        S(
            "Zuzug aus dem Ausland",
            "anmelden",
            65,
            30,
            kgst="2.1.1",
            srh="1.4",
            names={"anmelden": "Wohnsitz bei Zuzug aus dem Ausland anmelden"},
        ),
        S(
            "Wegzug ins Ausland",
            "abmelden",
            35,
            10,
            kgst="2.1.1",
            srh="1.4",
            names={"abmelden": "Wohnsitz bei Wegzug ins Ausland abmelden"},
        ),
        S(
            "Ehefähigkeitszeugnis",
            "ausstellen beantragen",
            8,
            60,
            counts={"beantragen": 4},
            names={"beantragen": "Befreiung von der Beibringung des Ehefähigkeitszeugnisses vorbereiten"},
            owner="3.3.2",
            kgst="2.2.2",
            srh="1.5",
            legal=("PStG",),
            it=(PST,),
        ),
        S(
            "Nachbeurkundung einer Auslandsgeburt",
            "beurkunden",
            6,
            120,
            owner="3.3.1",
            kgst="2.2.1",
            srh="1.5",
            legal=("PStG",),
            it=(PST,),
            names={"beurkunden": "Geburt im Ausland nachbeurkunden"},
        ),
        S(
            "Nachbeurkundung einer Auslandsehe",
            "beurkunden",
            6,
            120,
            owner="3.3.2",
            kgst="2.2.2",
            srh="1.5",
            legal=("PStG",),
            it=(PST,),
            names={"beurkunden": "Eheschließung im Ausland nachbeurkunden"},
        ),
        S(
            "Nachbeurkundung eines Sterbefalls im Ausland",
            "beurkunden",
            3,
            90,
            owner="3.3.1",
            kgst="2.2.3",
            srh="1.5",
            legal=("PStG",),
            it=(PST,),
            names={"beurkunden": "Sterbefall im Ausland nachbeurkunden"},
        ),
        S(
            "Namensangleichung",
            "beurkunden",
            5,
            60,
            owner="3.3.2",
            kgst="2.2.4",
            srh="1.5",
            legal=("EGBGB",),
            it=(PST,),
            names={"beurkunden": "Namensangleichungserklärung beurkunden"},
        ),
        S(
            "Unterbringung von Geflüchteten",
            "vergeben",
            15,
            240,
            owner="5.1.2",
            srh="5.4",
            names={"vergeben": "Wohnraum für Geflüchtete bereitstellen"},
        ),
        S(
            "Arbeitsgelegenheit für Asylsuchende",
            "vergeben",
            10,
            120,
            owner="5.1.2",
            srh="5.4",
            names={"vergeben": "Arbeitsgelegenheit für Asylsuchende bereitstellen"},
        ),
        S(
            "Erstberatung für Zugewanderte",
            "beraten",
            45,
            60,
            owner="5.1.2",
            names={"beraten": "Erstberatung für Zugewanderte anbieten"},
        ),
        S(
            "Sprachmittlung",
            "vergeben",
            30,
            20,
            owner="5.1.2",
            names={"vergeben": "Sprachmittlung für Behördentermine vermitteln"},
        ),
        S(
            "Einbürgerung",
            "entgegennehmen",
            10,
            20,
            owner="3.2.3",
            typisierung="3",
            names={"entgegennehmen": "Einbürgerungsantrag entgegennehmen und weiterleiten"},
        ),
    ),
    "GEBURT": (
        S(
            "Geburt",
            "beurkunden",
            18,
            60,
            note="Geburten im Gemeindegebiet (etwa Hausgeburten oder im Geburtshaus) werden im "
            "Geburtenregister "
            "beurkundet.",
        ),
        S("Vaterschaftsanerkennung", "beurkunden", 45, 40),
        S("Namensbestimmung für ein Kind", "beurkunden", 25, 30),
        S("Einbenennung", "beurkunden", 8, 40, names={"beurkunden": "Einbenennung eines Kindes beurkunden"}),
        S(
            "Vornamenssortierung",
            "beurkunden",
            3,
            20,
            names={"beurkunden": "Erklärung zur Sortierung der Vornamen beurkunden"},
        ),
        S("Geburtsurkunde", "ausstellen", 260, 8),
        S(
            "Beglaubigter Registerausdruck",
            "ausstellen",
            35,
            10,
            names={"ausstellen": "Beglaubigten Registerausdruck ausstellen"},
        ),
        S(
            "Mehrsprachige Personenstandsurkunde",
            "ausstellen",
            25,
            10,
            names={"ausstellen": "Mehrsprachigen Auszug aus dem Personenstandsregister ausstellen"},
        ),
        S(
            "Personenstandsregister",
            "aendern auskunft eintragen versenden",
            25,
            30,
            names={
                "aendern": "Personenstandseintrag berichtigen",
                "auskunft": "Einsicht in das Personenstandsregister gewähren",
                "eintragen": "Folgebeurkundung im Personenstandsregister eintragen",
                "versenden": "Mitteilungen über Personenstandsfälle an Behörden versenden",
            },
            counts={"auskunft": 20, "eintragen": 140, "versenden": 260},
            times={"eintragen": 15, "versenden": 5},
        ),
        S(
            "Begrüßungsgeld für Neugeborene",
            "bewilligen",
            80,
            15,
            owner="5.1.2",
            kgst="2.10.1",
            srh="5.9",
            typisierung="5",
            legal=("SächsGemO",),
            names={"bewilligen": "Begrüßungsgeld für Neugeborene auszahlen"},
        ),
    ),
    "EHE": (
        S(
            "Eheschließung",
            "anmelden beurkunden",
            60,
            60,
            names={"beurkunden": "Eheschließung vornehmen und beurkunden"},
            counts={"anmelden": 62, "beurkunden": 58},
            times={"beurkunden": 45},
            synonyms=("Heirat", "Trauung"),
            note="Verlobte melden die Eheschließung beim Standesamt eines ihrer Wohnsitze an.",
        ),
        S(
            "Trautermin",
            "reservieren aendern",
            75,
            10,
            names={"aendern": "Trautermin verschieben"},
            counts={"aendern": 10},
            digital=4,
        ),
        S(
            "Trauung an einem besonderen Ort",
            "genehmigen",
            15,
            30,
            names={"genehmigen": "Trauung außerhalb des Trauzimmers genehmigen"},
        ),
        S("Eheurkunde", "ausstellen", 130, 8),
        S(
            "Ehename",
            "beurkunden",
            12,
            30,
            names={"beurkunden": "Nachträgliche Bestimmung des Ehenamens beurkunden"},
        ),
        S(
            "Namensführung nach Scheidung",
            "beurkunden",
            25,
            30,
            names={"beurkunden": "Wiederannahme des früheren Namens nach Scheidung beurkunden"},
        ),
        S(
            "Umwandlung einer Lebenspartnerschaft",
            "beurkunden",
            1,
            60,
            names={"beurkunden": "Lebenspartnerschaft in eine Ehe umwandeln"},
        ),
    ),
    "STERBE": (
        S(
            "Sterbefall",
            "beurkunden",
            125,
            40,
            note="Sterbefälle zeigen meist Bestattungsunternehmen an; beurkundet wird im Sterberegister.",
        ),
        S("Totgeburt", "beurkunden", 2, 40),
        S("Sterbeurkunde", "ausstellen", 160, 8),
        S(
            "Sterbefallmitteilung",
            "versenden",
            125,
            10,
            addressees=ADMIN,
            names={"versenden": "Sterbefall an Nachlassgericht und Behörden mitteilen"},
        ),
    ),
    "FRIEDHOF": (
        S(
            "Grabstätte",
            "vergeben verlaengern uebertragen kuendigen reservieren",
            105,
            40,
            names={
                "vergeben": "Grabstätte vergeben (Nutzungsrecht erteilen)",
                "verlaengern": "Grabnutzungsrecht verlängern",
                "uebertragen": "Grabnutzungsrecht übertragen",
                "kuendigen": "Grabstätte vorzeitig zurückgeben",
                "reservieren": "Grabstätte zu Lebzeiten reservieren",
            },
            counts={"verlaengern": 45, "uebertragen": 15, "kuendigen": 12, "reservieren": 6},
            synonyms=("Grabstelle",),
        ),
        S("Erdbestattung", "anmelden", 35, 45),
        S("Urnenbeisetzung", "anmelden", 80, 35),
        S("Friedhofsgebühren", "festsetzen erstatten", 160, 15, counts={"erstatten": 8}),
        S("Grabmal", "genehmigen", 60, 20),
        S("Standsicherheit der Grabmale", "pruefen", 1, 2400),
        S("Umbettung", "genehmigen", 3, 90, documents=("Antragsformular",)),
        S("Trauerhalle", "vermieten", 70, 20),
        S(
            "Vernachlässigte Grabstätte",
            "kontrollieren",
            20,
            40,
            names={"kontrollieren": "Vernachlässigte Grabstätten beanstanden"},
        ),
        S(
            "Gewerbliche Tätigkeit auf dem Friedhof",
            "genehmigen",
            10,
            30,
            addressees=BUSINESSES,
            names={"genehmigen": "Gewerbetreibende für Arbeiten auf dem Friedhof zulassen"},
        ),
        S("Ordnungsbehördliche Bestattung", "veranlassen", 5, 240),
        S(
            "Grabräumung",
            "beseitigen",
            40,
            30,
            names={"beseitigen": "Grabstätte nach Ablauf der Ruhezeit abräumen"},
        ),
    ),
    "GESUNDHEIT": (
        S(
            "Rattenbefall",
            "melden",
            20,
            30,
            names={"melden": "Rattenbefall melden und Bekämpfung veranlassen"},
        ),
        S(
            "Badestelle",
            "kontrollieren",
            12,
            60,
            owner="4.1.4",
            names={"kontrollieren": "Badestelle überwachen (Sichtkontrolle und Beschilderung)"},
        ),
        S(
            "Masernschutznachweis",
            "pruefen",
            150,
            5,
            owner="5.1.1",
            kgst="2.9.1",
            srh="6.1",
            names={"pruefen": "Masernschutznachweis bei Aufnahme in die Kita prüfen"},
            documents=("Nachweis über Masernschutz",),
        ),
        S(
            "Tierkadaver",
            "beseitigen",
            25,
            30,
            owner="4.2.1",
            names={"beseitigen": "Tierkadaver im öffentlichen Raum beseitigen lassen"},
        ),
        S(
            "Giftpflanzen",
            "melden",
            15,
            45,
            owner="4.1.4",
            names={"melden": "Ambrosia oder Riesen-Bärenklau melden und beseitigen lassen"},
        ),
        S(
            "Eichenprozessionsspinner",
            "melden",
            10,
            60,
            owner="4.1.4",
            names={"melden": "Befall mit Eichenprozessionsspinnern melden und bekämpfen lassen"},
        ),
    ),
    "ORDNUNG": (
        S(
            "Ruhestörung",
            "melden ahnden",
            45,
            45,
            names={
                "melden": "Lärmbeschwerde bearbeiten",
                "ahnden": "Ruhestörung als Ordnungswidrigkeit ahnden",
            },
            counts={"ahnden": 12},
        ),
        S("Ausnahme von der Polizeiverordnung", "erteilen", 15, 30),
        S(
            "Feuerwerk",
            "erteilen ahnden",
            20,
            30,
            legal=("1. SprengV",),
            addressees=BOTH,
            names={
                "erteilen": "Erlaubnis zum Abbrennen von Feuerwerk erteilen",
                "ahnden": "Unerlaubtes Abbrennen von Feuerwerk ahnden",
            },
            counts={"ahnden": 6},
        ),
        S("Brauchtumsfeuer", "anzeigen", 25, 15, names={"anzeigen": "Brauchtumsfeuer (Osterfeuer) anzeigen"}),
        S(
            "Obdachlosenunterbringung",
            "vergeben festsetzen",
            10,
            90,
            kgst="2.3.4",
            srh="2.8",
            names={
                "vergeben": "Obdachlose Person in eine Notunterkunft einweisen",
                "festsetzen": "Nutzungsgebühr der Obdachlosenunterkunft festsetzen",
            },
        ),
        S(
            "Plakatierung",
            "genehmigen beseitigen",
            60,
            15,
            addressees=BOTH,
            names={
                "genehmigen": "Plakatierung im öffentlichen Raum genehmigen",
                "beseitigen": "Unerlaubt angebrachte Plakate entfernen lassen",
            },
            counts={"beseitigen": 20},
        ),
        S("Wahlplakatierung", "genehmigen", 12, 20),
        S("Beißvorfall", "pruefen", 8, 90, names={"pruefen": "Beißvorfall mit einem Hund bearbeiten"}),
        S("Ordnungswidrigkeit nach der Polizeiverordnung", "ahnden", 150, 30),
        S(
            "Verwahrloste Grundstücke",
            "kontrollieren",
            10,
            90,
            names={"kontrollieren": "Gegen verwahrloste Grundstücke einschreiten"},
        ),
        S(
            "Fundtier",
            "annehmen",
            30,
            30,
            legal=("TierSchG", "BGB"),
            names={"annehmen": "Fundtier aufnehmen und unterbringen"},
        ),
        S(
            "Ordnungsverfügung",
            "veranlassen festsetzen durchfuehren",
            15,
            120,
            names={
                "veranlassen": "Ordnungsverfügung zur Gefahrenabwehr erlassen",
                "festsetzen": "Zwangsgeld zur Durchsetzung einer Ordnungsverfügung festsetzen",
                "durchfuehren": "Ersatzvornahme zur Durchsetzung einer Ordnungsverfügung durchführen",
            },
            counts={"festsetzen": 4, "durchfuehren": 2},
        ),
        S(
            "Arbeiten an Sonn- und Feiertagen",
            "erteilen",
            4,
            30,
            legal=("SächsSFG",),
            addressees=BUSINESSES,
            names={"erteilen": "Ausnahme für Arbeiten an Sonn- und Feiertagen erteilen"},
        ),
        S(
            "Jugendschutz",
            "kontrollieren",
            6,
            180,
            names={"kontrollieren": "Jugendschutzkontrolle bei Veranstaltungen durchführen"},
        ),
    ),
    "FUND": (
        S(
            "Fundsache",
            "annehmen herausgeben verwerten",
            260,
            10,
            names={
                "annehmen": "Fundsache entgegennehmen",
                "herausgeben": "Fundsache an die Verliererin / den Verlierer herausgeben",
                "verwerten": "Nicht abgeholte Fundsachen verwerten",
            },
            counts={"herausgeben": 95, "verwerten": 2},
            times={"verwerten": 480},
            synonyms=("Fundgegenstand",),
        ),
        S("Verlustmeldung", "pruefen", 160, 8, names={"pruefen": "Verlustanfrage im Fundbüro bearbeiten"}),
        S(
            "Eigentumserwerb des Finders",
            "herausgeben",
            30,
            15,
            names={"herausgeben": "Fundsache nach Fristablauf an die Finderin / den Finder herausgeben"},
        ),
    ),
    "VERANSTALTUNG": (
        S(
            "Öffentliche Veranstaltung",
            "anzeigen erteilen",
            70,
            45,
            names={"erteilen": "Großveranstaltung im Freien erlauben"},
            counts={"erteilen": 6},
            times={"erteilen": 240},
            documents=("Sicherheitskonzept",),
        ),
        S("Straßenfest", "genehmigen", 12, 90),
        S(
            "Vorübergehender Gaststättenbetrieb",
            "genehmigen",
            45,
            20,
            legal=("SächsGastG",),
            kgst="2.4.2",
            names={"genehmigen": "Vorübergehenden Gaststättenbetrieb gestatten"},
        ),
        S(
            "Sperrzeit",
            "aendern",
            15,
            20,
            legal=("SächsGastG",),
            names={"aendern": "Sperrzeit im Einzelfall verkürzen"},
        ),
        S(
            "Tanzveranstaltung an stillen Feiertagen",
            "erteilen",
            3,
            30,
            legal=("SächsSFG",),
            names={"erteilen": "Ausnahme für Tanzveranstaltungen an stillen Feiertagen erteilen"},
        ),
        S("Tombola", "genehmigen", 10, 20, names={"genehmigen": "Tombola oder kleine Lotterie genehmigen"}),
        S(
            "Zirkusgastspiel",
            "vergeben",
            4,
            60,
            addressees=BUSINESSES,
            names={"vergeben": "Platz für ein Zirkusgastspiel vergeben"},
        ),
        S("Festumzug", "genehmigen", 3, 120),
        S(
            "Festausstattung",
            "vermieten",
            35,
            30,
            owner="4.2.3",
            kgst="3.8.3",
            names={"vermieten": "Bühne und Festgarnituren an Vereine verleihen"},
        ),
    ),
    "FEUERWEHR": (
        S("Kostenersatz für Feuerwehreinsätze", "festsetzen erlassen", 40, 45, counts={"erlassen": 2}),
        S(
            "Brandsicherheitswache",
            "durchfuehren",
            12,
            60,
            names={"durchfuehren": "Brandsicherheitswache stellen"},
        ),
        S(
            "Mitgliedschaft in der Freiwilligen Feuerwehr",
            "anmelden kuendigen",
            20,
            60,
            names={
                "anmelden": "Aufnahme in die Freiwillige Feuerwehr bearbeiten",
                "kuendigen": "Austritt aus der Freiwilligen Feuerwehr bearbeiten",
            },
            counts={"kuendigen": 8},
        ),
        S(
            "Jugendfeuerwehr",
            "anmelden abmelden",
            15,
            30,
            names={
                "anmelden": "Kind in die Jugendfeuerwehr aufnehmen",
                "abmelden": "Kind von der Jugendfeuerwehr abmelden",
            },
            counts={"abmelden": 6},
        ),
        S(
            "Löschwasserversorgung",
            "stellungnahme pruefen",
            30,
            40,
            names={
                "stellungnahme": "Löschwasserversorgung für Bauvorhaben bestätigen",
                "pruefen": "Hydranten und Löschwasserentnahmestellen prüfen",
            },
            counts={"pruefen": 1},
            times={"pruefen": 1800},
        ),
        S(
            "Brandschutzerziehung",
            "durchfuehren",
            10,
            180,
            names={"durchfuehren": "Brandschutzerziehung in Kita und Schule durchführen"},
        ),
        S(
            "Verdienstausfall von Einsatzkräften",
            "erstatten",
            15,
            20,
            addressees=BUSINESSES,
            names={"erstatten": "Verdienstausfall für Einsatzkräfte an Arbeitgeber erstatten"},
        ),
        S(
            "Hochwasserschutz-Sandsäcke",
            "ausgeben",
            40,
            10,
            owner="4.2.1",
            names={"ausgeben": "Sandsäcke für den Hochwasserschutz ausgeben"},
        ),
    ),
    "WAHLEN": (
        S(
            "Briefwahl",
            "beantragen zweitschrift",
            1900,
            4,
            names={
                "beantragen": "Briefwahlunterlagen beantragen (Wahlschein)",
                "zweitschrift": "Wahlschein bei Verlust neu ausstellen",
            },
            counts={"beantragen": 1900, "zweitschrift": 8},
            documents=("Wahlschein",),
            digital=4,
            note="Wahlberechtigte können ihren Wahlschein schriftlich, elektronisch oder "
            "persönlich beantragen.",
        ),
        S(
            "Wählerverzeichnis",
            "auskunft pruefen eintragen",
            25,
            10,
            names={
                "auskunft": "Einsicht in das Wählerverzeichnis gewähren",
                "pruefen": "Einspruch gegen das Wählerverzeichnis entscheiden",
                "eintragen": "Unionsbürgerin / Unionsbürger auf Antrag ins Wählerverzeichnis eintragen",
            },
            counts={"pruefen": 2, "eintragen": 6},
            times={"pruefen": 60},
        ),
        S(
            "Wahlbenachrichtigung",
            "versenden",
            8200,
            1,
            names={"versenden": "Wahlbenachrichtigungen versenden"},
        ),
        S(
            "Wahlhelfer",
            "berufen abrechnen",
            90,
            20,
            names={
                "berufen": "Wahlhelferinnen und Wahlhelfer berufen",
                "abrechnen": "Erfrischungsgeld für Wahlhelfende auszahlen",
            },
            counts={"abrechnen": 90},
            times={"abrechnen": 5},
        ),
        S(
            "Wahlvorschlag",
            "pruefen",
            10,
            120,
            names={"pruefen": "Wahlvorschläge zur Gemeinderatswahl prüfen"},
        ),
        S(
            "Unterstützungsunterschrift",
            "ausstellen",
            120,
            5,
            names={"ausstellen": "Wahlrechtsbescheinigung für Unterstützungsunterschriften ausstellen"},
        ),
        S(
            "Wahlergebnis",
            "durchfuehren",
            1,
            2400,
            names={"durchfuehren": "Wahlergebnis ermitteln und bekanntmachen"},
        ),
        S(
            "Wahlbezirk",
            "durchfuehren",
            1,
            480,
            names={"durchfuehren": "Wahlbezirke und Wahlräume festlegen"},
        ),
        S(
            "Schöffenvorschlagsliste",
            "aufstellen",
            1,
            1200,
            names={"aufstellen": "Vorschlagsliste für Schöffinnen und Schöffen aufstellen"},
        ),
    ),
    "GEWERBE": (
        S(
            "Gewerbe",
            "anmelden ummelden abmelden zweitschrift ahnden",
            185,
            20,
            names={
                "zweitschrift": "Zweitschrift der Gewerbeanzeige ausstellen",
                "ahnden": "Verspätete Gewerbeanzeige ahnden",
            },
            counts={"ummelden": 70, "abmelden": 150, "zweitschrift": 15, "ahnden": 10},
            documents=("Gewerbeanmeldung (Vordruck GewA 1)",),
            synonyms=("Gewerbeanzeige", "Gewerbeschein"),
            note="Wer ein stehendes Gewerbe beginnt, ändert oder aufgibt, muss dies der Gemeinde anzeigen.",
        ),
        S(
            "Gewerberegister",
            "auskunft",
            60,
            10,
            addressees=BOTH,
            names={"auskunft": "Auskunft aus dem Gewerberegister erteilen"},
        ),
        S(
            "Gaststätte",
            "anzeigen ummelden abmelden",
            10,
            30,
            legal=("SächsGastG",),
            names={
                "anzeigen": "Gaststättenbetrieb anzeigen",
                "ummelden": "Änderung eines Gaststättenbetriebs anzeigen",
                "abmelden": "Aufgabe eines Gaststättenbetriebs anzeigen",
            },
            counts={"ummelden": 4, "abmelden": 6},
        ),
        S(
            "Spielhalle",
            "stellungnahme",
            1,
            120,
            names={"stellungnahme": "Stellungnahme zur Spielhallenerlaubnis abgeben"},
        ),
        S(
            "Verkaufsoffener Sonntag",
            "genehmigen",
            2,
            240,
            legal=("SächsLadÖffG",),
            names={"genehmigen": "Verkaufsoffene Sonntage festlegen"},
        ),
        S(
            "Gewerbeuntersagung",
            "stellungnahme",
            3,
            60,
            names={"stellungnahme": "Gewerbeuntersagung bei der zuständigen Behörde anregen"},
        ),
    ),
    "MAERKTE": (
        S("Wochenmarkt", "genehmigen", 1, 240, names={"genehmigen": "Wochenmarkt festsetzen (§ 69 GewO)"}),
        S(
            "Marktstandplatz",
            "vergeben widerrufen",
            40,
            20,
            names={
                "vergeben": "Standplatz auf dem Wochenmarkt vergeben",
                "widerrufen": "Zuweisung eines Marktstandplatzes widerrufen",
            },
            counts={"widerrufen": 2},
        ),
        S(
            "Weihnachtsmarktstand",
            "vergeben",
            35,
            30,
            names={"vergeben": "Stand auf dem Weihnachtsmarkt vergeben"},
        ),
        S("Standgeld", "festsetzen", 90, 10, names={"festsetzen": "Standgeld für Märkte festsetzen"}),
        S("Trödelmarkt", "genehmigen", 4, 60, names={"genehmigen": "Floh- und Trödelmarkt genehmigen"}),
    ),
    "WIRTSCHAFT": (
        S(
            "Unternehmensansiedlung",
            "beraten",
            12,
            480,
            names={"beraten": "Ansiedlungsanfrage eines Unternehmens begleiten"},
        ),
        S(
            "Existenzgründung",
            "beraten",
            15,
            90,
            names={"beraten": "Gründerinnen und Gründer beraten (Lotsendienst)"},
        ),
        S("Gewerbegrundstück", "verkaufen", 3, 1200, owner="2.2.1"),
        S(
            "Leerstehende Ladenfläche",
            "vergeben",
            8,
            240,
            names={"vergeben": "Leerstehende Ladenflächen vermitteln"},
        ),
        S(
            "Glasfaseranschluss",
            "beraten",
            30,
            30,
            srh="9.9",
            names={"beraten": "Anfrage zum Glasfaseranschluss bearbeiten"},
        ),
        S(
            "Mobilfunkstandort",
            "stellungnahme",
            2,
            180,
            names={"stellungnahme": "Mobilfunkstandort abstimmen"},
        ),
        S(
            "Gastgeberverzeichnis",
            "eintragen",
            15,
            20,
            owner="5.2.3",
            kgst="2.4.5",
            srh="10.3",
            names={"eintragen": "Unterkunft ins Gastgeberverzeichnis aufnehmen"},
        ),
        S(
            "Stadtführung",
            "reservieren",
            40,
            20,
            owner="5.2.3",
            kgst="2.4.5",
            srh="10.3",
            addressees=CITIZENS,
            names={"reservieren": "Stadtführung buchen"},
        ),
        S(
            "Touristische Information",
            "auskunft",
            1500,
            5,
            owner="5.2.3",
            kgst="2.4.5",
            srh="10.3",
            addressees=CITIZENS,
            names={"auskunft": "Gäste in der Tourist-Information beraten"},
        ),
    ),
    "STEUERN": (
        S(
            "Hundesteuer",
            "anmelden abmelden ummelden festsetzen ermaessigen befreien erstatten zweitschrift",
            150,
            20,
            names={
                "anmelden": "Hund anmelden (Hundesteuer)",
                "abmelden": "Hund abmelden (Hundesteuer)",
                "ummelden": "Halterwechsel eines Hundes melden",
                "festsetzen": "Hundesteuer festsetzen (Jahresbescheid)",
                "ermaessigen": "Hundesteuer ermäßigen",
                "befreien": "Befreiung von der Hundesteuer gewähren",
                "erstatten": "Hundesteuer erstatten",
                "zweitschrift": "Ersatz-Hundesteuermarke ausgeben",
            },
            counts={
                "anmelden": 150,
                "abmelden": 120,
                "ummelden": 25,
                "festsetzen": 1100,
                "ermaessigen": 18,
                "befreien": 10,
                "erstatten": 40,
                "zweitschrift": 30,
            },
            times={"anmelden": 20, "abmelden": 10, "festsetzen": 2, "zweitschrift": 5},
            results={"anmelden": "Steuerbescheid und Hundesteuermarke"},
            synonyms=("Hundeabgabe",),
            legal=("Hundesteuersatzung",),
            documents=("Anmeldeformular Hundesteuer",),
            note="Wer in der Gemeinde einen Hund hält, meldet ihn innerhalb von zwei Wochen "
            "zur Hundesteuer an.",
        ),
        S(
            "Hundebestandsaufnahme",
            "kontrollieren",
            1,
            4800,
            legal=("Hundesteuersatzung",),
            names={"kontrollieren": "Hundebestandsaufnahme durchführen"},
        ),
        S(
            "Grundsteuer",
            "festsetzen ummelden aendern stunden erlassen erstatten",
            4300,
            3,
            legal=("GrStG",),
            names={
                "ummelden": "Eigentümerwechsel bei der Grundsteuer bearbeiten",
                "aendern": "Grundsteuerbescheid nach neuem Messbescheid ändern",
                "erlassen": "Grundsteuer wegen wesentlicher Ertragsminderung erlassen",
            },
            counts={"ummelden": 260, "aendern": 350, "stunden": 12, "erlassen": 3, "erstatten": 90},
            times={"ummelden": 15, "aendern": 10},
            synonyms=("Grundbesitzabgaben",),
        ),
        S(
            "Gewerbesteuer",
            "festsetzen aendern erstatten stunden erlassen",
            450,
            15,
            addressees=BUSINESSES,
            legal=("GewStG",),
            names={"aendern": "Gewerbesteuer-Vorauszahlungen anpassen"},
            counts={"aendern": 130, "erstatten": 45, "stunden": 10, "erlassen": 2},
        ),
        S("Gewerbesteuerzerlegung", "pruefen", 30, 30, addressees=BUSINESSES, legal=("GewStG",)),
        S(
            "Zweitwohnungsteuer",
            "anmelden abmelden festsetzen aendern befreien",
            30,
            20,
            legal=("Zweitwohnungsteuersatzung",),
            names={
                "anmelden": "Zweitwohnung zur Zweitwohnungsteuer anmelden",
                "abmelden": "Zweitwohnung von der Zweitwohnungsteuer abmelden",
                "befreien": "Befreiung von der Zweitwohnungsteuer gewähren",
            },
            counts={"festsetzen": 70, "aendern": 8, "befreien": 6, "abmelden": 15},
        ),
        S(
            "Vergnügungsteuer",
            "anmelden abmelden festsetzen",
            5,
            20,
            addressees=BUSINESSES,
            legal=("Vergnügungsteuersatzung",),
            names={
                "anmelden": "Spielgeräte zur Vergnügungsteuer anmelden",
                "abmelden": "Spielgeräte von der Vergnügungsteuer abmelden",
            },
            counts={"abmelden": 3, "festsetzen": 20},
        ),
        S(
            "Unbedenklichkeitsbescheinigung",
            "ausstellen",
            25,
            15,
            addressees=BUSINESSES,
            names={"ausstellen": "Steuerliche Unbedenklichkeitsbescheinigung der Gemeinde ausstellen"},
        ),
        S(
            "Widerspruch in Abgabensachen",
            "pruefen",
            40,
            90,
            addressees=BOTH,
            names={"pruefen": "Widerspruch gegen einen Abgabenbescheid bearbeiten"},
        ),
    ),
    "ABGABEN": (
        S(
            "Erschließungsbeitrag",
            "festsetzen stunden abloesen",
            20,
            120,
            legal=("BauGB", "Erschließungsbeitragssatzung"),
            names={"festsetzen": "Erschließungsbeitrag erheben"},
            counts={"stunden": 3, "abloesen": 2},
        ),
        S("Anliegerbescheinigung", "ausstellen", 60, 20, addressees=BOTH),
        S(
            "Straßenreinigungsgebühr",
            "festsetzen aendern",
            650,
            3,
            legal=("Straßenreinigungssatzung",),
            counts={"aendern": 40},
            times={"aendern": 10},
        ),
        S(
            "Verwaltungsgebühr",
            "festsetzen befreien",
            900,
            3,
            legal=("SächsVwKG", "Verwaltungskostensatzung"),
            names={"befreien": "Befreiung von Verwaltungsgebühren gewähren"},
            counts={"befreien": 20},
            times={"befreien": 15},
        ),
        S(
            "Ausgleichsbetrag im Sanierungsgebiet",
            "festsetzen",
            10,
            180,
            legal=("BauGB",),
            names={"festsetzen": "Sanierungsrechtlichen Ausgleichsbetrag festsetzen"},
        ),
        S(
            "Stellplatzablöse",
            "festsetzen",
            2,
            120,
            legal=("SächsBO",),
            names={"festsetzen": "Stellplatzablösebetrag festsetzen"},
        ),
        S(
            "Sondernutzungsgebühr",
            "festsetzen ermaessigen",
            110,
            10,
            legal=("Sondernutzungssatzung",),
            names={"ermaessigen": "Sondernutzungsgebühr für gemeinnützige Zwecke ermäßigen"},
            counts={"ermaessigen": 10},
        ),
        S(
            "Bescheinigung über Grundbesitzabgaben",
            "ausstellen",
            40,
            10,
            names={"ausstellen": "Bescheinigung über Grundbesitzabgaben für die Steuererklärung ausstellen"},
        ),
    ),
    "KASSE": (
        S("Mahnung", "versenden", 950, 3, names={"versenden": "Mahnungen versenden"}),
        S("Ratenzahlung", "genehmigen", 45, 30, names={"genehmigen": "Ratenzahlung vereinbaren"}),
        S(
            "SEPA-Lastschriftmandat",
            "eintragen loeschen",
            320,
            5,
            names={
                "eintragen": "SEPA-Lastschriftmandat erfassen",
                "loeschen": "SEPA-Lastschriftmandat widerrufen",
            },
            counts={"loeschen": 80},
        ),
        S("Überzahlung", "erstatten", 60, 15, names={"erstatten": "Überzahlung zurückerstatten"}),
        S("Zahlungsbestätigung", "ausstellen", 40, 10),
        S("Spende an die Gemeinde", "annehmen", 40, 20, legal=("SächsGemO",)),
        S(
            "Zuwendungsbestätigung",
            "ausstellen",
            35,
            10,
            names={"ausstellen": "Zuwendungsbestätigung für Spenden ausstellen"},
        ),
        S(
            "Vollstreckung öffentlich-rechtlicher Forderungen",
            "durchfuehren",
            150,
            60,
            owner="2.1.4",
            kgst="2.5.6",
            srh="11.5",
            legal=("SächsVwVG",),
            it=("Vollstreckungsverfahren",),
            names={"durchfuehren": "Öffentlich-rechtliche Forderung vollstrecken"},
        ),
        S(
            "Vollstreckungsersuchen",
            "durchfuehren",
            70,
            45,
            owner="2.1.4",
            kgst="2.5.6",
            srh="11.5",
            legal=("SächsVwVG",),
            it=("Vollstreckungsverfahren",),
            names={"durchfuehren": "Vollstreckungsersuchen anderer Behörden bearbeiten"},
        ),
        S(
            "Kontopfändung",
            "durchfuehren",
            50,
            40,
            owner="2.1.4",
            kgst="2.5.6",
            srh="11.5",
            legal=("ZPO", "SächsVwVG"),
            it=("Vollstreckungsverfahren",),
        ),
        S(
            "Vermögensauskunft",
            "veranlassen",
            15,
            30,
            owner="2.1.4",
            kgst="2.5.6",
            srh="11.5",
            legal=("SächsVwVG",),
            names={"veranlassen": "Abnahme der Vermögensauskunft veranlassen"},
        ),
    ),
    "LIEGENSCHAFT": (
        S(
            "Gemeindegrundstück",
            "verkaufen erwerben vermieten kuendigen",
            8,
            900,
            names={
                "erwerben": "Grundstück für die Gemeinde erwerben",
                "vermieten": "Gemeindegrundstück verpachten",
                "kuendigen": "Pachtvertrag über ein Gemeindegrundstück beenden",
            },
            counts={"erwerben": 6, "vermieten": 30, "kuendigen": 6},
            times={"vermieten": 120, "kuendigen": 60},
        ),
        S(
            "Gemeindliches Vorkaufsrecht",
            "auskunft ausueben",
            130,
            20,
            legal=("BauGB",),
            names={"auskunft": "Negativzeugnis zum gemeindlichen Vorkaufsrecht ausstellen"},
            counts={"ausueben": 1},
            times={"ausueben": 960},
        ),
        S("Erbbaurecht", "vergeben", 2, 960, names={"vergeben": "Erbbaurecht bestellen"}),
        S(
            "Dienstbarkeit",
            "genehmigen",
            15,
            90,
            addressees=BUSINESSES,
            names={"genehmigen": "Leitungsrecht (Dienstbarkeit) bewilligen"},
        ),
        S(
            "Löschungsbewilligung",
            "ausstellen",
            12,
            45,
            names={"ausstellen": "Löschungsbewilligung für Grundbucheintragungen erteilen"},
        ),
        S(
            "Kleingartenparzelle",
            "vermieten kuendigen",
            10,
            60,
            legal=("BKleingG",),
            names={
                "vermieten": "Kleingartenparzelle verpachten",
                "kuendigen": "Kleingartenpachtvertrag beenden",
            },
            counts={"kuendigen": 5},
        ),
        S(
            "Garage",
            "vermieten kuendigen",
            10,
            40,
            names={"vermieten": "Gemeindliche Garage vermieten", "kuendigen": "Garagenmietvertrag kündigen"},
            counts={"kuendigen": 6},
        ),
        S(
            "Gestattungsvertrag",
            "vergeben",
            20,
            90,
            addressees=BUSINESSES,
            names={"vergeben": "Gestattungsvertrag für Leitungen im Gemeindegrund abschließen"},
        ),
        S(
            "Landwirtschaftliche Fläche",
            "vermieten kuendigen",
            15,
            60,
            addressees=BUSINESSES,
            names={
                "vermieten": "Landwirtschaftliche Fläche der Gemeinde verpachten",
                "kuendigen": "Landpachtvertrag beenden",
            },
            counts={"kuendigen": 3},
        ),
        S(
            "Dachfläche für Photovoltaik",
            "vermieten",
            2,
            480,
            addressees=BUSINESSES,
            names={"vermieten": "Dachfläche für Photovoltaik verpachten"},
        ),
        S(
            "Eigentümerauskunft",
            "auskunft",
            50,
            20,
            names={"auskunft": "Auskunft zu Eigentumsverhältnissen an Gemeindegrundstücken erteilen"},
        ),
    ),
    "WOHNEN": (
        S(
            "Gemeindewohnung",
            "vermieten kuendigen aendern abnehmen abrechnen melden",
            15,
            180,
            names={
                "kuendigen": "Mietverhältnis einer Gemeindewohnung beenden",
                "aendern": "Miete einer Gemeindewohnung anpassen",
                "abnehmen": "Gemeindewohnung bei Ein- und Auszug übergeben",
                "abrechnen": "Betriebskosten der Gemeindewohnungen abrechnen",
                "melden": "Mängelanzeige einer Mieterin / eines Mieters bearbeiten",
            },
            counts={"kuendigen": 12, "aendern": 10, "abnehmen": 24, "abrechnen": 120, "melden": 60},
            times={"abnehmen": 90, "abrechnen": 30, "melden": 30},
        ),
    ),
    "BAUEN": (
        S(
            "Bauantrag",
            "einvernehmen stellungnahme",
            120,
            60,
            names={
                "einvernehmen": "Gemeindliches Einvernehmen zum Bauantrag erteilen (§ 36 BauGB)",
                "stellungnahme": "Bauantrag prüfen und an die Bauaufsichtsbehörde weiterleiten",
            },
            times={"stellungnahme": 20},
            synonyms=("Baugenehmigung",),
            note="Baugenehmigungen erteilt die Bauaufsicht des Landkreises; die Gemeinde "
            "entscheidet über ihr "
            "Einvernehmen.",
        ),
        S(
            "Bauvoranfrage",
            "einvernehmen",
            25,
            60,
            names={"einvernehmen": "Einvernehmen zur Bauvoranfrage erteilen"},
        ),
        S(
            "Genehmigungsfreistellung",
            "pruefen",
            40,
            45,
            names={"pruefen": "Bauvorhaben in der Genehmigungsfreistellung prüfen"},
        ),
        S(
            "Befreiung vom Bebauungsplan",
            "einvernehmen",
            20,
            60,
            names={"einvernehmen": "Einvernehmen zur Befreiung vom Bebauungsplan erteilen"},
        ),
        S(
            "Bebauungsplan",
            "aufstellen aendern aufheben",
            2,
            6000,
            counts={"aendern": 2, "aufheben": 1},
            times={"aendern": 3000, "aufheben": 1200},
            kgst="2.6.1",
            srh="8.1",
        ),
        S("Vorhabenbezogener Bebauungsplan", "aufstellen", 1, 4800, kgst="2.6.1", srh="8.1"),
        S("Flächennutzungsplan", "aendern", 1, 4800, kgst="2.6.1", srh="8.1"),
        S(
            "Veränderungssperre",
            "aufstellen",
            1,
            600,
            kgst="2.6.1",
            srh="8.1",
            names={"aufstellen": "Veränderungssperre beschließen"},
        ),
        S("Planungsauskunft", "auskunft", 80, 20, names={"auskunft": "Planungsrechtliche Auskunft erteilen"}),
        S(
            "Sanierungsrechtliche Genehmigung",
            "genehmigen",
            20,
            45,
            kgst="2.6.3",
            srh="8.3",
            names={"genehmigen": "Sanierungsrechtliche Genehmigung erteilen (§ 144 BauGB)"},
        ),
        S(
            "Hausnummer",
            "zuteilen aendern kontrollieren",
            40,
            30,
            names={
                "aendern": "Hausnummern neu ordnen (Umnummerierung)",
                "kontrollieren": "Anbringung der Hausnummer durchsetzen",
            },
            counts={"aendern": 3, "kontrollieren": 10},
        ),
        S("Straßenbenennung", "durchfuehren", 1, 480, names={"durchfuehren": "Straße benennen"}),
        S(
            "Städtebaulicher Vertrag",
            "vergeben",
            2,
            1200,
            addressees=BUSINESSES,
            names={"vergeben": "Städtebaulichen Vertrag abschließen"},
        ),
        S(
            "Erschließungsvertrag",
            "vergeben",
            1,
            1200,
            addressees=BUSINESSES,
            names={"vergeben": "Erschließungsvertrag abschließen"},
        ),
        S(
            "Denkmalschutzrechtliche Genehmigung",
            "stellungnahme",
            8,
            60,
            names={"stellungnahme": "Stellungnahme zu denkmalschutzrechtlichen Anträgen abgeben"},
        ),
    ),
    "STRASSEN": (
        S(
            "Aufgrabung",
            "genehmigen verlaengern abnehmen",
            60,
            40,
            addressees=BUSINESSES,
            names={
                "genehmigen": "Aufgrabung im öffentlichen Straßenraum genehmigen",
                "verlaengern": "Frist für eine Aufgrabung verlängern",
                "abnehmen": "Wiederherstellung nach Aufgrabung abnehmen",
            },
            counts={"verlaengern": 10, "abnehmen": 55},
        ),
        S(
            "Grundstückszufahrt",
            "genehmigen",
            15,
            40,
            names={"genehmigen": "Grundstückszufahrt (Gehwegabsenkung) genehmigen"},
        ),
        S("Straßenschaden", "melden", 160, 20, owner="4.2.1", digital=3),
        S(
            "Straßenbeleuchtung",
            "melden",
            120,
            15,
            kgst="2.7.4",
            srh="8.6",
            digital=3,
            names={"melden": "Defekte Straßenbeleuchtung melden"},
        ),
        S(
            "Verkehrszeichen",
            "melden",
            40,
            15,
            owner="4.2.1",
            names={"melden": "Beschädigtes Verkehrszeichen melden"},
        ),
        S(
            "Straßenbaumaßnahme",
            "durchfuehren",
            4,
            4800,
            names={"durchfuehren": "Straßenbaumaßnahme planen und durchführen"},
        ),
        S("Widmung einer Straße", "eintragen", 2, 240, names={"eintragen": "Straße widmen"}),
        S("Einziehung einer Straße", "aufheben", 1, 240, names={"aufheben": "Straße einziehen (Entwidmung)"}),
        S(
            "Straßenbestandsverzeichnis",
            "auskunft",
            30,
            15,
            names={"auskunft": "Auskunft aus dem Straßenbestandsverzeichnis erteilen"},
        ),
        S(
            "Baustellenkoordination",
            "durchfuehren",
            20,
            120,
            addressees=BUSINESSES,
            names={"durchfuehren": "Baustellen im Straßenraum koordinieren"},
        ),
        S(
            "Haltverbotsschilder",
            "vermieten",
            60,
            20,
            owner="4.2.1",
            names={"vermieten": "Haltverbotsschilder für Umzüge verleihen"},
        ),
        S(
            "Winterdienst",
            "durchfuehren",
            60,
            480,
            owner="4.2.1",
            kgst="2.7.3",
            srh="8.8",
            names={"durchfuehren": "Winterdienst auf Gemeindestraßen durchführen"},
        ),
        S("Straßenreinigung", "durchfuehren", 52, 480, owner="4.2.1", kgst="2.7.3", srh="8.9"),
        S(
            "Wirtschaftsweg",
            "erteilen",
            6,
            30,
            names={"erteilen": "Befahrungserlaubnis für Wirtschaftswege erteilen"},
        ),
        S(
            "Großraum- und Schwertransport",
            "stellungnahme",
            25,
            20,
            names={"stellungnahme": "Stellungnahme zu Großraum- und Schwertransporten abgeben"},
        ),
    ),
    "VERKEHR": (
        S(
            "Bewohnerparkausweis",
            "ausstellen verlaengern aendern zweitschrift",
            150,
            10,
            names={"aendern": "Kennzeichen im Bewohnerparkausweis ändern"},
            counts={"verlaengern": 110, "aendern": 20, "zweitschrift": 6},
            synonyms=("Anwohnerparkausweis",),
            digital=3,
        ),
        S(
            "Parkausweis für Handwerksbetriebe",
            "ausstellen verlaengern",
            20,
            15,
            addressees=BUSINESSES,
            counts={"verlaengern": 12},
        ),
        S(
            "Parkerleichterung für Menschen mit Behinderungen",
            "beantragen",
            20,
            15,
            typisierung="3",
            names={"beantragen": "Parkausweis für Menschen mit Behinderungen beantragen"},
        ),
        S("Parkverstoß", "ahnden", 1600, 6, names={"ahnden": "Parkverstoß verfolgen (Verwarnungsgeld)"}),
        S(
            "Einwendung im Verwarnungsverfahren",
            "pruefen",
            120,
            20,
            names={"pruefen": "Einwendungen im Verwarnungs- und Bußgeldverfahren bearbeiten"},
        ),
        S("Abschleppmaßnahme", "veranlassen", 15, 45, names={"veranlassen": "Fahrzeug abschleppen lassen"}),
        S(
            "Abgemeldetes Fahrzeug",
            "beseitigen",
            8,
            90,
            names={"beseitigen": "Abgemeldetes Fahrzeug aus dem öffentlichen Raum entfernen lassen"},
        ),
        S(
            "Verkehrsrechtliche Anordnung",
            "beantragen",
            40,
            30,
            typisierung="3",
            addressees=BOTH,
            names={"beantragen": "Verkehrsrechtliche Anordnung bei der Straßenverkehrsbehörde beantragen"},
        ),
        S(
            "Bürgerbus",
            "reservieren",
            320,
            5,
            owner="5.1.2",
            kgst="2.7.5",
            srh="8.10",
            names={"reservieren": "Fahrt mit dem Bürgerbus anmelden"},
        ),
        S("Schulwegsicherung", "pruefen", 3, 240, names={"pruefen": "Schulwege auf Gefahrenstellen prüfen"}),
        S(
            "Parkscheinautomat",
            "abrechnen",
            52,
            60,
            names={"abrechnen": "Parkscheinautomaten leeren und abrechnen"},
        ),
    ),
    "SONDERNUTZUNG": (
        S(
            "Sondernutzungserlaubnis",
            "erteilen verlaengern aendern widerrufen",
            120,
            25,
            counts={"verlaengern": 20, "aendern": 10, "widerrufen": 2},
            note="Wer eine Gemeindestraße über den Gemeingebrauch hinaus nutzt, braucht eine "
            "Sondernutzungserlaubnis.",
        ),
        S(
            "Freisitzfläche",
            "genehmigen verlaengern widerrufen",
            15,
            30,
            addressees=BUSINESSES,
            names={
                "genehmigen": "Freisitzfläche für die Außengastronomie genehmigen",
                "verlaengern": "Genehmigung einer Freisitzfläche verlängern",
                "widerrufen": "Genehmigung einer Freisitzfläche widerrufen",
            },
            counts={"verlaengern": 12, "widerrufen": 1},
        ),
        S(
            "Werbeaufsteller",
            "genehmigen verlaengern",
            30,
            15,
            addressees=BUSINESSES,
            names={"genehmigen": "Werbeaufsteller im Straßenraum genehmigen"},
            counts={"verlaengern": 15},
        ),
        S(
            "Container und Gerüst im Straßenraum",
            "genehmigen verlaengern",
            40,
            25,
            addressees=BOTH,
            names={
                "genehmigen": "Container oder Gerüst auf öffentlicher Fläche genehmigen",
                "verlaengern": "Genehmigung für Container oder Gerüst verlängern",
            },
            counts={"verlaengern": 10},
        ),
        S(
            "Informationsstand",
            "genehmigen",
            20,
            10,
            names={"genehmigen": "Informationsstand im öffentlichen Raum genehmigen"},
        ),
        S(
            "Ladesäulenstandort",
            "vergeben",
            3,
            240,
            addressees=BUSINESSES,
            names={"vergeben": "Standort für eine Ladesäule im öffentlichen Raum vergeben"},
        ),
        S(
            "Unerlaubte Sondernutzung",
            "beseitigen",
            10,
            60,
            names={"beseitigen": "Unerlaubte Sondernutzung beseitigen lassen"},
        ),
    ),
    "UMWELT": (
        S(
            "Baumfällung",
            "genehmigen verlaengern ahnden",
            85,
            45,
            names={
                "genehmigen": "Fällgenehmigung nach der Gehölzschutzsatzung erteilen",
                "verlaengern": "Frist für eine Baumfällung verlängern",
                "ahnden": "Unerlaubte Baumfällung ahnden",
            },
            counts={"verlaengern": 8, "ahnden": 5},
            synonyms=("Baumfällgenehmigung",),
        ),
        S("Ersatzpflanzung", "kontrollieren", 40, 30),
        S(
            "Straßenbaum",
            "melden kontrollieren",
            50,
            20,
            owner="4.2.2",
            names={
                "melden": "Schaden an einem Straßenbaum melden",
                "kontrollieren": "Baumkontrolle zur Verkehrssicherheit durchführen",
            },
            counts={"kontrollieren": 1200},
            times={"kontrollieren": 5},
        ),
        S("Baumpatenschaft", "vergeben", 10, 30),
        S(
            "Grünflächenpatenschaft",
            "vergeben",
            8,
            30,
            names={"vergeben": "Patenschaft für eine Grünfläche vergeben"},
        ),
        S("Parkbankspende", "annehmen", 6, 60, names={"annehmen": "Spende einer Parkbank annehmen"}),
        S(
            "Gewässer zweiter Ordnung",
            "kontrollieren durchfuehren",
            2,
            900,
            legal=("SächsWG",),
            kgst="2.8.2",
            srh="9.5",
            names={
                "kontrollieren": "Gewässerschau an Gewässern zweiter Ordnung durchführen",
                "durchfuehren": "Gewässer zweiter Ordnung unterhalten",
            },
            counts={"durchfuehren": 6},
            times={"durchfuehren": 600},
        ),
        S("Gewässerverunreinigung", "melden", 6, 30, names={"melden": "Gewässerverunreinigung melden"}),
        S("Lärmaktionsplan", "aufstellen", 1, 2400, legal=("BImSchG",), kgst="2.8.4", srh="9.8"),
        S(
            "Spielplatz",
            "kontrollieren melden",
            300,
            20,
            owner="4.2.2",
            kgst="2.8.5",
            names={
                "kontrollieren": "Spielplätze kontrollieren",
                "melden": "Schaden an einem Spielplatz melden",
            },
            counts={"melden": 20},
        ),
        S(
            "Grünschnitt",
            "annehmen",
            450,
            3,
            owner="4.2.2",
            names={"annehmen": "Grünschnitt an der Sammelstelle annehmen"},
        ),
        S("Streuobstwiese", "vermieten", 6, 30, names={"vermieten": "Streuobstwiese zur Ernte verpachten"}),
    ),
    "SAUBERKEIT": (
        S(
            "Illegale Müllablagerung",
            "melden beseitigen ahnden",
            85,
            20,
            names={"ahnden": "Illegale Müllablagerung als Ordnungswidrigkeit ahnden"},
            counts={"beseitigen": 70, "ahnden": 8},
            times={"beseitigen": 60},
        ),
        S("Gelbe Säcke", "ausgeben", 600, 2, owner="3.2.3"),
        S(
            "Räum- und Streupflicht",
            "kontrollieren ahnden",
            30,
            30,
            owner="3.1.1",
            names={
                "kontrollieren": "Räum- und Streupflicht der Anliegerinnen und Anlieger überwachen",
                "ahnden": "Verstoß gegen die Räum- und Streupflicht ahnden",
            },
            counts={"ahnden": 5},
        ),
        S(
            "Papierkorb",
            "melden",
            40,
            10,
            names={"melden": "Überfüllten oder beschädigten Papierkorb melden"},
        ),
        S(
            "Graffiti",
            "beseitigen",
            20,
            90,
            names={"beseitigen": "Graffiti an öffentlichen Gebäuden entfernen"},
        ),
        S("Laub", "beseitigen", 8, 480, names={"beseitigen": "Laub von öffentlichen Flächen beseitigen"}),
    ),
    "KITA": (
        S(
            "Kita-Platz",
            "beantragen vergeben aendern kuendigen",
            190,
            30,
            names={
                "beantragen": "Kita-Platz beantragen (Krippe und Kindergarten)",
                "aendern": "Betreuungszeit in der Kita ändern",
                "kuendigen": "Betreuungsvertrag in der Kita kündigen",
            },
            counts={"vergeben": 170, "aendern": 90, "kuendigen": 60},
            synonyms=("Kindergartenplatz", "Krippenplatz"),
            note="Eltern melden ihren Betreuungsbedarf an; die Gemeinde vergibt die Plätze in kommunalen und "
            "freien Einrichtungen.",
        ),
        S(
            "Hortplatz",
            "beantragen vergeben aendern kuendigen",
            95,
            20,
            counts={"vergeben": 90, "aendern": 30, "kuendigen": 40},
            names={"aendern": "Betreuungszeit im Hort ändern"},
        ),
        S("Ferienbetreuung im Hort", "anmelden", 120, 5),
        S(
            "Kindertagespflege",
            "vergeben abrechnen",
            15,
            60,
            names={
                "vergeben": "Platz in der Kindertagespflege vermitteln",
                "abrechnen": "Laufende Geldleistung an Kindertagespflegepersonen abrechnen",
            },
            counts={"abrechnen": 180},
            times={"abrechnen": 10},
        ),
        S(
            "Elternbeitrag",
            "festsetzen ermaessigen stunden",
            420,
            15,
            names={"ermaessigen": "Elternbeitrag ermäßigen"},
            counts={"ermaessigen": 65, "stunden": 8},
        ),
        S(
            "Übernahme des Elternbeitrags",
            "entgegennehmen",
            40,
            15,
            typisierung="3",
            names={"entgegennehmen": "Antrag auf Übernahme des Elternbeitrags an das Jugendamt weiterleiten"},
        ),
        S(
            "Verpflegungskosten",
            "abrechnen",
            420,
            5,
            names={"abrechnen": "Verpflegungskosten in der Kita abrechnen"},
        ),
        S(
            "Gastkindverhältnis",
            "genehmigen abrechnen",
            20,
            45,
            names={
                "genehmigen": "Betreuung als Gastkind in einer anderen Gemeinde vereinbaren",
                "abrechnen": "Gastkindkosten mit anderen Gemeinden abrechnen",
            },
            counts={"abrechnen": 30},
        ),
    ),
    "JUGEND": (
        S("Ferienspiele", "anmelden", 130, 10, names={"anmelden": "Kind zu den Ferienspielen anmelden"}),
        S(
            "Jugendclub",
            "vermieten",
            20,
            30,
            names={"vermieten": "Raum im Jugendclub für Gruppen bereitstellen"},
        ),
        S(
            "Kindeswohlgefährdung",
            "melden",
            5,
            60,
            names={"melden": "Hinweis auf Kindeswohlgefährdung an das Jugendamt weitergeben"},
        ),
        S(
            "Jugendbeteiligung",
            "durchfuehren",
            2,
            960,
            names={"durchfuehren": "Jugendbeteiligungsprojekt durchführen"},
        ),
        S(
            "Jugendfreizeit",
            "anmelden",
            40,
            15,
            names={"anmelden": "Anmeldung zur Jugendfreizeit bearbeiten"},
        ),
    ),
    "SCHULE": (
        S(
            "Grundschulanmeldung",
            "anmelden",
            95,
            20,
            names={"anmelden": "Kind an der Grundschule anmelden"},
            synonyms=("Einschulung", "Schulanmeldung"),
        ),
        S("Schulbezirk", "genehmigen", 15, 40, names={"genehmigen": "Ausnahme vom Schulbezirk genehmigen"}),
        S(
            "Schulverpflegung",
            "anmelden abmelden abrechnen",
            160,
            10,
            names={
                "anmelden": "Kind zur Schulverpflegung anmelden",
                "abmelden": "Kind von der Schulverpflegung abmelden",
            },
            counts={"abmelden": 40, "abrechnen": 12},
            times={"abrechnen": 240},
        ),
        S(
            "Schülerbeförderung",
            "beantragen",
            70,
            10,
            typisierung="3",
            names={"beantragen": "Antrag auf Schülerbeförderung weiterleiten"},
        ),
        S(
            "Schulraum für Vereine",
            "vermieten",
            25,
            20,
            names={"vermieten": "Schulräume an Vereine überlassen"},
        ),
        S(
            "Schulbibliothek",
            "ausleihen",
            1200,
            2,
            names={"ausleihen": "Bücher der Schulbibliothek ausleihen"},
        ),
    ),
    "BIBLIOTHEK": (
        S(
            "Bibliotheksausweis",
            "ausstellen verlaengern zweitschrift kuendigen",
            260,
            8,
            names={"kuendigen": "Bibliotheksausweis abmelden"},
            counts={"verlaengern": 420, "zweitschrift": 12, "kuendigen": 30},
            times={"verlaengern": 3},
        ),
        S("Medienausleihe", "ausleihen", 18500, 1, names={"ausleihen": "Medien ausleihen und zurücknehmen"}),
        S("Fernleihe", "ausleihen", 70, 10, names={"ausleihen": "Fernleihe bestellen"}),
        S("Medienvormerkung", "reservieren", 420, 2, names={"reservieren": "Medien vormerken"}),
        S(
            "Versäumnisgebühr",
            "festsetzen",
            320,
            3,
            names={"festsetzen": "Versäumnisgebühren der Bibliothek erheben"},
        ),
        S(
            "Leseförderung",
            "durchfuehren",
            40,
            120,
            names={"durchfuehren": "Leseförderung für Kita- und Schulgruppen durchführen"},
        ),
        S(
            "Digitale Ausleihe",
            "ausstellen",
            90,
            5,
            names={"ausstellen": "Zugang zur digitalen Ausleihe freischalten"},
        ),
    ),
    "KULTUR": (
        S(
            "Bürgerhaus",
            "vermieten kuendigen abrechnen",
            120,
            30,
            names={
                "kuendigen": "Buchung des Bürgerhauses stornieren",
                "abrechnen": "Nutzungsentgelt für das Bürgerhaus abrechnen",
            },
            counts={"kuendigen": 15, "abrechnen": 110},
            times={"abrechnen": 10},
        ),
        S("Heimatmuseum", "reservieren", 30, 20, names={"reservieren": "Führung im Heimatmuseum buchen"}),
        S(
            "Kulturveranstaltung",
            "durchfuehren",
            12,
            1200,
            names={"durchfuehren": "Kulturveranstaltung der Gemeinde durchführen"},
        ),
        S(
            "Eintrittskarte",
            "ausgeben",
            900,
            2,
            names={"ausgeben": "Eintrittskarten für Kulturveranstaltungen verkaufen"},
        ),
        S("Stadtfest", "durchfuehren", 1, 9600, names={"durchfuehren": "Stadtfest ausrichten"}),
        S(
            "Städtepartnerschaft",
            "durchfuehren",
            2,
            1800,
            owner="1.2.1",
            srh="4.9",
            names={"durchfuehren": "Begegnung mit der Partnerstadt organisieren"},
        ),
        S("Ausstellungsfläche im Rathaus", "vergeben", 6, 120),
    ),
    "SPORT": (
        S(
            "Sporthalle",
            "vergeben vermieten abrechnen befreien",
            40,
            60,
            names={
                "vergeben": "Hallenzeiten an Vereine vergeben",
                "vermieten": "Sporthalle für Veranstaltungen vermieten",
                "abrechnen": "Nutzungsentgelte für Sportstätten abrechnen",
                "befreien": "Entgeltfreie Hallennutzung für gemeinnützige Vereine gewähren",
            },
            counts={"vermieten": 60, "abrechnen": 80, "befreien": 25},
            times={"vermieten": 20, "abrechnen": 15, "befreien": 15},
        ),
        S("Sportplatz", "vermieten", 30, 20),
        S("Freibad-Saisonkarte", "ausstellen zweitschrift", 320, 5, counts={"zweitschrift": 10}, srh="7.3"),
        S(
            "Schwimmkurs",
            "anmelden",
            90,
            10,
            srh="7.3",
            names={"anmelden": "Anmeldung zum Schwimmkurs bearbeiten"},
        ),
        S("Ehrenamtskarte", "beantragen verlaengern", 20, 15, typisierung="3", counts={"verlaengern": 10}),
        S("Ehrenamtspreis", "vergeben", 10, 60, names={"vergeben": "Ehrenamtspreis der Gemeinde verleihen"}),
        S(
            "Ehrenamtsvermittlung",
            "beraten",
            25,
            45,
            names={"beraten": "Ehrenamtliche an Vereine vermitteln"},
        ),
        S(
            "Vereinsverzeichnis",
            "eintragen",
            8,
            15,
            names={"eintragen": "Verein ins Vereinsverzeichnis der Gemeinde aufnehmen"},
        ),
        S("Sportlerehrung", "durchfuehren", 1, 960),
        S("Wanderweg", "melden", 15, 20, names={"melden": "Schaden an einem Wanderweg melden"}),
    ),
    "FISCHEREI": (
        S(
            "Fischereischein",
            "ausstellen zweitschrift",
            30,
            20,
            counts={"zweitschrift": 3},
            synonyms=("Angelschein",),
            typisierung="5",
        ),
        S("Jugendfischereischein", "ausstellen", 12, 15, typisierung="5"),
        S(
            "Fischereiabgabe",
            "ausgeben",
            60,
            5,
            typisierung="5",
            names={"ausgeben": "Fischereiabgabemarke ausgeben"},
        ),
    ),
    "FOERDERUNG": (
        S(
            "Vereinsförderung",
            "bewilligen pruefen zurueckfordern",
            40,
            60,
            names={
                "bewilligen": "Zuschuss für Vereine bewilligen (Vereinsförderung)",
                "pruefen": "Verwendungsnachweis der Vereinsförderung prüfen",
                "zurueckfordern": "Vereinsförderung zurückfordern",
            },
            counts={"pruefen": 38, "zurueckfordern": 2},
            times={"pruefen": 30},
            documents=("Verwendungsnachweis",),
        ),
        S(
            "Investitionszuschuss für Sportvereine",
            "bewilligen pruefen",
            6,
            180,
            counts={"pruefen": 6},
            names={"pruefen": "Verwendungsnachweis für Investitionszuschüsse an Sportvereine prüfen"},
        ),
        S(
            "Kulturförderung",
            "bewilligen pruefen",
            15,
            90,
            names={
                "bewilligen": "Zuschuss für Kulturprojekte bewilligen",
                "pruefen": "Verwendungsnachweis der Kulturförderung prüfen",
            },
            counts={"pruefen": 14},
        ),
        S(
            "Jugendförderung",
            "bewilligen pruefen",
            10,
            60,
            owner="5.1.3",
            names={
                "bewilligen": "Zuschuss für Jugendfreizeiten bewilligen",
                "pruefen": "Verwendungsnachweis der Jugendförderung prüfen",
            },
            counts={"pruefen": 10},
        ),
        S(
            "Förderung der Seniorenarbeit",
            "bewilligen",
            6,
            60,
            owner="5.1.2",
            names={"bewilligen": "Zuschuss für Seniorengruppen bewilligen"},
        ),
        S(
            "Fassadenprogramm",
            "bewilligen pruefen zurueckfordern",
            8,
            240,
            owner="4.1.1",
            kgst="2.6.3",
            srh="8.3",
            names={
                "bewilligen": "Zuschuss aus dem Fassadenprogramm bewilligen",
                "pruefen": "Fertigstellung im Fassadenprogramm prüfen",
                "zurueckfordern": "Zuschuss aus dem Fassadenprogramm zurückfordern",
            },
            counts={"pruefen": 8, "zurueckfordern": 1},
        ),
        S(
            "Regenwasserzisterne",
            "bewilligen",
            10,
            60,
            owner="4.1.4",
            srh="9.8",
            names={"bewilligen": "Zuschuss für Regenwasserzisternen bewilligen"},
        ),
        S(
            "Datenanfrage für Forschungsvorhaben",
            "auskunft",
            5,
            120,
            owner="1.2.2",
            kgst="1.5.1",
            srh="1.13",
            names={"auskunft": "Datenanfrage für ein Forschungsvorhaben beantworten"},
        ),
        S(
            "Statistische Auskunft",
            "auskunft",
            30,
            30,
            owner="3.2.1",
            kgst="2.1.2",
            srh="1.4",
            names={"auskunft": "Statistische Auskunft zu Einwohnerzahlen erteilen"},
        ),
    ),
    "ARCHIV": (
        S(
            "Archivbenutzung",
            "genehmigen",
            25,
            60,
            names={"genehmigen": "Benutzung des Stadtarchivs genehmigen"},
        ),
        S(
            "Genealogische Anfrage",
            "auskunft",
            30,
            90,
            names={"auskunft": "Familienkundliche Anfrage an das Stadtarchiv beantworten"},
        ),
        S(
            "Heimatforschung",
            "auskunft",
            20,
            120,
            names={"auskunft": "Anfrage zur Ortsgeschichte beantworten"},
        ),
        S(
            "Reproduktion von Archivgut",
            "ausstellen",
            25,
            20,
            names={"ausstellen": "Reproduktionen aus dem Stadtarchiv anfertigen"},
        ),
        S("Ortschronik", "durchfuehren", 1, 2400, names={"durchfuehren": "Ortschronik fortschreiben"}),
    ),
}

_MORE_OBJECTS: dict[str, tuple[ServiceObject, ...]] = {
    "MELDE": (
        S(
            "Meldung durch Einrichtungen",
            "pruefen",
            60,
            10,
            names={"pruefen": "Meldungen von Pflegeheimen und Einrichtungen bearbeiten"},
        ),
    ),
    "PASS": (
        S(
            "Hausbesuch für Ausweisanträge",
            "durchfuehren",
            25,
            90,
            names={"durchfuehren": "Ausweisantrag im Hausbesuch aufnehmen"},
        ),
        S(
            "Biometrisches Lichtbild",
            "ausstellen",
            400,
            5,
            names={"ausstellen": "Biometrisches Lichtbild im Bürgerbüro aufnehmen"},
        ),
    ),
    "BUERGER": (
        S(
            "Abfallbehälter",
            "entgegennehmen",
            150,
            5,
            typisierung="3",
            names={"entgegennehmen": "An-, Um- und Abmeldung von Abfallbehältern entgegennehmen"},
        ),
    ),
    "BETEILIGUNG": (
        S(
            "Bürgersprechstunde",
            "reservieren",
            60,
            20,
            names={"reservieren": "Termin in der Bürgersprechstunde des Bürgermeisters vergeben"},
        ),
        S(
            "Alters- und Ehejubiläum",
            "durchfuehren",
            180,
            20,
            names={"durchfuehren": "Glückwünsche zu Alters- und Ehejubiläen überbringen"},
        ),
        S(
            "Amtsblattanzeige",
            "annehmen",
            120,
            10,
            kgst="1.6.2",
            names={"annehmen": "Anzeige im Amtsblatt aufgeben"},
        ),
        S(
            "Vereinsmitteilung im Amtsblatt",
            "annehmen",
            200,
            5,
            kgst="1.6.2",
            names={"annehmen": "Vereinsmitteilung im Amtsblatt veröffentlichen"},
        ),
        S(
            "Veranstaltungskalender",
            "eintragen",
            250,
            5,
            kgst="1.6.3",
            names={"eintragen": "Termin in den Veranstaltungskalender eintragen"},
        ),
        S(
            "Niederschrift öffentlicher Sitzungen",
            "auskunft",
            10,
            20,
            owner="1.1.4",
            kgst="1.1.1",
            srh="1.1",
            names={"auskunft": "Einsicht in Niederschriften öffentlicher Sitzungen gewähren"},
        ),
        S("Einwohnerfragestunde", "durchfuehren", 10, 60, owner="1.1.4", kgst="1.1.4"),
    ),
    "KITA": (
        S(
            "Elternbeitragsbescheinigung",
            "ausstellen",
            150,
            5,
            names={"ausstellen": "Bescheinigung über gezahlte Elternbeiträge ausstellen"},
        ),
        S(
            "Unfall in der Kita",
            "melden",
            25,
            30,
            names={"melden": "Unfall in der Kita an die Unfallkasse melden"},
        ),
    ),
    "SCHULE": (
        S("Schülerunfall", "melden", 30, 30, names={"melden": "Schülerunfall an die Unfallkasse melden"}),
    ),
    "FRIEDHOF": (
        S(
            "Grabpflege",
            "vergeben",
            15,
            30,
            names={"vergeben": "Grabpflege durch die Friedhofsverwaltung übernehmen"},
        ),
        S(
            "Gräbersuche",
            "auskunft",
            40,
            15,
            names={"auskunft": "Auskunft über Grabstätten erteilen (Gräbersuche)"},
        ),
    ),
    "WIRTSCHAFT": (
        S(
            "Informationsmaterial für Gäste",
            "versenden",
            120,
            5,
            owner="5.2.3",
            kgst="2.4.5",
            srh="10.3",
            addressees=CITIZENS,
            names={"versenden": "Prospekte und Ortspläne an Gäste versenden"},
        ),
        S(
            "Wohnmobilstellplatz",
            "vermieten",
            300,
            3,
            owner="5.2.3",
            kgst="2.4.5",
            srh="10.3",
            addressees=CITIZENS,
            names={"vermieten": "Wohnmobilstellplatz vermieten"},
        ),
    ),
    "BIBLIOTHEK": (
        S(
            "Anschaffungsvorschlag",
            "pruefen",
            60,
            10,
            names={"pruefen": "Anschaffungsvorschlag für die Bibliothek prüfen"},
        ),
        S("Medienspende", "annehmen", 40, 15, names={"annehmen": "Medienspende für die Bibliothek annehmen"}),
        S(
            "Bibliotheksveranstaltung",
            "anmelden",
            150,
            5,
            names={"anmelden": "Anmeldung zu Veranstaltungen der Bibliothek bearbeiten"},
        ),
    ),
    "KULTUR": (
        S("Schenkung an das Heimatmuseum", "annehmen", 8, 60),
        S("Kulturpreis", "vergeben", 1, 600, names={"vergeben": "Kulturpreis der Gemeinde verleihen"}),
    ),
    "JUGEND": (S("Jugendbeirat", "berufen", 1, 960, names={"berufen": "Jugendbeirat wählen und berufen"}),),
    "VERANSTALTUNG": (
        S(
            "Lautsprecherwerbung",
            "genehmigen",
            8,
            20,
            names={"genehmigen": "Lautsprecherdurchsagen im öffentlichen Raum genehmigen"},
        ),
    ),
    "SONDERNUTZUNG": (
        S(
            "Altkleidercontainer",
            "genehmigen",
            4,
            30,
            addressees=BUSINESSES,
            names={"genehmigen": "Altkleidercontainer im öffentlichen Raum genehmigen"},
        ),
        S(
            "Carsharing-Stellplatz",
            "vergeben",
            2,
            240,
            addressees=BUSINESSES,
            names={"vergeben": "Carsharing-Stellplatz im öffentlichen Raum vergeben"},
        ),
    ),
    "VERKEHR": (
        S("Parkausweis für Pflegedienste", "ausstellen", 15, 15, addressees=BUSINESSES),
        S(
            "Zufahrt zur Fußgängerzone",
            "erteilen",
            25,
            15,
            names={"erteilen": "Zufahrt zur Fußgängerzone ausnahmsweise erlauben"},
        ),
    ),
    "STRASSEN": (
        S(
            "Straßenablauf",
            "melden",
            40,
            15,
            owner="4.2.1",
            names={"melden": "Verstopften Straßenablauf melden"},
        ),
        S(
            "Überhängender Bewuchs",
            "beseitigen",
            30,
            30,
            names={"beseitigen": "Rückschnitt von überhängendem Bewuchs anordnen"},
        ),
        S(
            "Winterdienst-Hinweis",
            "melden",
            60,
            10,
            owner="4.2.1",
            kgst="2.7.3",
            srh="8.8",
            names={"melden": "Hinweis zum Winterdienst bearbeiten"},
        ),
    ),
    "UMWELT": (S("Laubsäcke", "ausgeben", 300, 2, owner="3.2.3", names={"ausgeben": "Laubsäcke ausgeben"}),),
    "BAUEN": (S("Baulandumlegung", "durchfuehren", 1, 4800, kgst="2.6.1", srh="8.1"),),
    "LIEGENSCHAFT": (
        S(
            "Jagdgenossenschaft",
            "abrechnen auskunft",
            1,
            480,
            names={
                "abrechnen": "Jagdpacht an die Jagdgenossen auszahlen",
                "auskunft": "Auskunft aus dem Jagdkataster erteilen",
            },
            counts={"auskunft": 10},
            times={"auskunft": 20},
        ),
        S("Holz aus dem Gemeindewald", "verkaufen", 20, 60, leads={"verkaufen": 21}),
        S(
            "Brennholz-Selbstwerbung",
            "erteilen",
            40,
            20,
            names={"erteilen": "Brennholz-Selbstwerbung im Gemeindewald erlauben"},
        ),
        S(
            "Grundstückstausch",
            "durchfuehren",
            2,
            900,
            names={"durchfuehren": "Grundstückstausch mit der Gemeinde vereinbaren"},
            leads={"durchfuehren": 120},
        ),
    ),
    "SOZIALES": (
        S(
            "Seniorenmittagstisch",
            "anmelden",
            40,
            10,
            kgst="2.10.2",
            srh="5.2",
            names={"anmelden": "Anmeldung zum Seniorenmittagstisch bearbeiten"},
        ),
    ),
    "WAHLEN": (
        S(
            "Volksantrag",
            "pruefen",
            40,
            5,
            names={"pruefen": "Stimmberechtigung für Unterschriften zu Volksanträgen bestätigen"},
        ),
        S(
            "Beweglicher Wahlvorstand",
            "durchfuehren",
            1,
            480,
            names={"durchfuehren": "Bewegliche Wahlvorstände in Pflegeheimen einsetzen"},
        ),
    ),
    "RENTE": (
        S(
            "Widerspruch gegen einen Rentenbescheid",
            "entgegennehmen",
            12,
            30,
            typisierung="3",
            names={"entgegennehmen": "Widerspruch gegen einen Rentenbescheid aufnehmen"},
        ),
    ),
}


@dataclass(frozen=True)
class InternalArea:
    """Internal processes of one unit: steering, support, and the unit's own back-office work."""

    owner: str
    folder: tuple[str, ...]
    process_type: str
    topic: str
    kgst: str
    srh: str
    legal: tuple[str, ...]
    documents: tuple[str, ...]
    it: tuple[str, ...]
    trigger: str
    result: str
    items: str  # one process a line: name | cases | minutes | lead days [| kgst key]


def _i(
    owner: str,
    folder: str,
    process_type: str,
    topic: str,
    kgst: str,
    srh: str,
    legal: tuple[str, ...],
    documents: tuple[str, ...],
    it: tuple[str, ...],
    trigger: str,
    result: str,
    items: str,
) -> InternalArea:
    return InternalArea(
        owner,
        tuple(folder.split(" / ")),
        process_type,
        topic,
        kgst,
        srh,
        legal,
        documents,
        it,
        trigger,
        result,
        items,
    )


F, K, U = "fuehrung", "kern", "unterstuetzung"
Q = "querschnitt"

INTERNAL: tuple[InternalArea, ...] = (
    _i(
        "1.1.4",
        "Rat und Beteiligung / Gremienarbeit",
        F,
        Q,
        "1.1.1",
        "1.1",
        ("SächsGemO", "Geschäftsordnung", "Hauptsatzung"),
        ("Beschlussvorlage", "Sitzungsniederschrift"),
        ("Ratsinformationssystem",),
        "Sitzungsplan und Aufträge des Gemeinderats",
        "Vorbereitete oder dokumentierte Sitzung",
        """Sitzungsplan des Gemeinderats aufstellen | 1 | 480 | 30
       Beschlussvorlage erstellen | 180 | 120 | 14
       Tagesordnung aufstellen und Einladung versenden | 24 | 120 | 7
       Sitzung des Gemeinderats vorbereiten | 11 | 480 | 14
       Sitzung des Gemeinderats durchführen | 11 | 600 | 1
       Niederschrift über die Gemeinderatssitzung fertigen | 11 | 600 | 21
       Beschlüsse ausfertigen und bekanntmachen | 150 | 20 | 7
       Beschlusskontrolle durchführen | 4 | 480 | 30 | 1.1.2
       Ausschusssitzung vorbereiten und nachbereiten | 20 | 600 | 21
       Ortschaftsratssitzung betreuen | 24 | 360 | 21
       Anfrage aus dem Gemeinderat beantworten | 60 | 90 | 14
       Satzung erlassen und öffentlich bekanntmachen | 10 | 480 | 60 | 1.1.5
       Eilentscheidung des Bürgermeisters dokumentieren | 6 | 60 | 7
       Befangenheit von Gemeinderatsmitgliedern prüfen | 10 | 30 | 3
       Aufwandsentschädigung der Gemeinderatsmitglieder abrechnen | 12 | 120 | 14
       Gemeinderatsmitglieder verpflichten und einführen | 1 | 480 | 30
       Ausschüsse und Ortschaftsräte besetzen | 1 | 480 | 30
       Beschlüsse der Rechtsaufsichtsbehörde vorlegen | 15 | 30 | 7
       Ehrenbürgerrecht und Ehrungen vorbereiten | 2 | 480 | 60 | 1.1.6
       Fraktionen mit Sachmitteln ausstatten | 1 | 240 | 30
       Ältestenrat vorbereiten | 4 | 120 | 7
       Wahl vorbereiten und organisieren | 1 | 4800 | 120 | 1.1.3
       Bürgerentscheid durchführen | 1 | 4800 | 90 | 1.1.3
       Wahlkosten abrechnen | 1 | 480 | 60 | 1.1.3
       Wahlunterlagen aufbewahren und vernichten | 1 | 240 | 180 | 1.1.3
       Wählerverzeichnis aus dem Melderegister erstellen | 1 | 480 | 14 | 1.1.3
       Sitzungsunterlagen im Ratsinformationssystem veröffentlichen | 24 | 30 | 3
       Anträge der Fraktionen bearbeiten | 30 | 120 | 30""",
    ),
    _i(
        "1.2",
        "Steuerung und Organisation / Verwaltungsführung",
        F,
        Q,
        "1.2.1",
        "1.2",
        ("SächsGemO",),
        (),
        ("E-Mail und Kalender", DMS),
        "Auftrag der Verwaltungsleitung",
        "Entscheidung bzw. abgestimmtes Vorgehen",
        """Dienstberatung der Amtsleitungen durchführen | 48 | 120 | 7
       Termine des Bürgermeisters planen | 250 | 20 | 3
       Post des Bürgermeisters bearbeiten | 250 | 30 | 2
       Leitbild der Gemeinde fortschreiben | 1 | 2400 | 180
       Strategische Ziele und Kennzahlen vereinbaren | 1 | 1200 | 90
       Jahresbericht des Bürgermeisters erstellen | 1 | 1800 | 60 | 1.6.1
       Krisenstab der Verwaltung einberufen | 1 | 960 | 1
       Notfallplan der Verwaltung fortschreiben | 1 | 1200 | 90
       Interkommunale Zusammenarbeit vereinbaren | 2 | 2400 | 180 | 1.2.4
       Integriertes Stadtentwicklungskonzept fortschreiben | 1 | 4800 | 365 | 1.2.2""",
    ),
    _i(
        "1.2.2",
        "Steuerung und Organisation / Organisation und Controlling",
        F,
        Q,
        "1.4.1",
        "1.13",
        ("SächsGemO",),
        (),
        ("Controlling- und Berichtswesen",),
        "Auftrag der Verwaltungsleitung oder Berichtstermin",
        "Bericht, Konzept oder geänderte Regelung",
        """Controlling-Bericht erstellen | 4 | 600 | 21 | 1.5.1
       Fallzahlen und Bearbeitungszeiten erheben | 1 | 1800 | 60 | 1.5.1
       Prozesse dokumentieren und optimieren | 30 | 480 | 60 | 1.4.2
       Prozessregister pflegen | 12 | 240 | 14 | 1.4.2
       Organisationsuntersuchung durchführen | 2 | 4800 | 120
       Geschäftsverteilungsplan fortschreiben | 2 | 480 | 30
       Dienstanweisung erlassen | 6 | 480 | 60 | 1.4.5
       Internes Kontrollsystem pflegen | 1 | 1200 | 60 | 1.5.2
       Korruptionsprävention organisieren | 1 | 960 | 60 | 1.5.3
       Beschwerdemanagement auswerten | 1 | 480 | 30 | 1.6.4
       Digitalisierungsstrategie fortschreiben | 1 | 2400 | 120 | 1.2.6
       Onlinedienste einführen | 8 | 1200 | 90 | 3.3.4
       Aufgabenkritik durchführen | 1 | 2400 | 120
       Stellenbeschreibungen erstellen und pflegen | 20 | 240 | 30 | 1.4.3
       Formulare und Vordrucke verwalten | 40 | 60 | 14
       Ideen- und Verbesserungsvorschläge bearbeiten | 15 | 90 | 30
       Wissen bei Personalwechsel sichern | 10 | 480 | 30 | 1.4.4
       Arbeitsplatz- und Raumbedarf planen | 2 | 480 | 60
       Benchmarking mit Vergleichskommunen durchführen | 1 | 960 | 90 | 1.5.1
       Gleichstellungsbeauftragte beteiligen | 20 | 30 | 14
       Gleichstellungsplan fortschreiben | 1 | 960 | 120""",
    ),
    _i(
        "1.2.1",
        "Steuerung und Organisation / Öffentlichkeitsarbeit",
        U,
        Q,
        "1.6.1",
        "1.8",
        ("SächsGemO",),
        (),
        ("Bürokommunikation", DMS),
        "Anlass oder Redaktionstermin",
        "Veröffentlichung bzw. durchgeführter Termin",
        """Pressemitteilung erstellen | 120 | 60 | 1
       Amtsblatt herausgeben | 12 | 2400 | 30 | 1.6.2
       Öffentliche Bekanntmachung veröffentlichen | 80 | 30 | 3 | 1.6.2
       Internetauftritt pflegen | 250 | 20 | 2 | 1.6.3
       Social-Media-Kanäle betreuen | 300 | 15 | 1 | 1.6.3
       Bürgerinformation zu Baumaßnahmen erstellen | 15 | 120 | 7
       Empfang und Repräsentationstermin vorbereiten | 20 | 240 | 14 | 1.1.6
       Grußwort und Rede vorbereiten | 40 | 120 | 7 | 1.1.6
       Neujahrsempfang ausrichten | 1 | 2400 | 60 | 1.1.6
       Ehrenamtsempfang ausrichten | 1 | 1800 | 60 | 1.1.6
       Bildarchiv der Gemeinde pflegen | 1 | 960 | 365
       Krisenkommunikation durchführen | 2 | 480 | 1
       Informationsbroschüre der Gemeinde herausgeben | 1 | 2400 | 120
       Wirtschaftsstammtisch ausrichten | 2 | 480 | 30 | 1.2.3
       Gewerbeflächenkataster pflegen | 1 | 480 | 365 | 1.2.3
       Standortmarketing betreiben | 1 | 1800 | 365 | 1.2.3
       Fördermittel recherchieren und beantragen | 15 | 960 | 90 | 1.2.5
       Verwendungsnachweis für Fördermittel erstellen | 15 | 960 | 60 | 1.2.5
       Bürgerumfrage durchführen | 1 | 2400 | 90
       Pressespiegel erstellen | 250 | 10 | 1
       Unternehmensbesuche des Bürgermeisters organisieren | 10 | 240 | 30 | 1.2.3""",
    ),
    _i(
        "1.1.1",
        "Personal / Personalgewinnung und -betreuung",
        U,
        Q,
        "3.1.2",
        "1.3",
        ("TVöD",),
        ("Arbeitsvertrag", "Stellenbeschreibung"),
        ("Personal- und Entgeltabrechnung",),
        "Personalbedarf, Antrag der Beschäftigten oder Termin",
        "Personalmaßnahme umgesetzt und in der Personalakte dokumentiert",
        """Stellenplan aufstellen | 1 | 1800 | 90 | 1.4.3
       Personalbedarf ermitteln | 1 | 960 | 60 | 1.4.3
       Stelle ausschreiben | 25 | 120 | 14 | 3.1.1
       Bewerbungsverfahren durchführen | 25 | 960 | 60 | 3.1.1
       Vorstellungsgespräche führen | 25 | 480 | 21 | 3.1.1
       Stelle besetzen und Arbeitsvertrag abschließen | 22 | 240 | 14 | 3.1.1
       Neue Beschäftigte einarbeiten | 22 | 480 | 30
       Personalakte führen | 400 | 10 | 1
       Eingruppierung und Stellenbewertung durchführen | 15 | 480 | 60
       Entgelt abrechnen | 12 | 1200 | 5 | 3.1.3
       Sozialversicherungsmeldungen erstellen | 12 | 120 | 5 | 3.1.3
       Zusatzversorgung anmelden und abrechnen | 12 | 60 | 14 | 3.1.3
       Reisekosten abrechnen | 150 | 15 | 14 | 3.1.3
       Urlaub und Abwesenheiten verwalten | 1200 | 3 | 2
       Arbeitszeit erfassen und auswerten | 12 | 240 | 7
       Krankmeldungen bearbeiten | 600 | 5 | 1
       Elternzeit und Mutterschutz bearbeiten | 10 | 90 | 14
       Nebentätigkeit genehmigen | 8 | 45 | 14
       Teilzeit und Arbeitszeitänderung vereinbaren | 20 | 60 | 30
       Befristete Arbeitsverträge verlängern | 15 | 60 | 30
       Arbeitsverhältnis beenden | 20 | 180 | 30
       Arbeitszeugnis erstellen | 25 | 120 | 21
       Dienstjubiläum würdigen | 15 | 60 | 14
       Fortbildungsplan aufstellen | 1 | 960 | 60 | 3.1.4
       Fortbildung genehmigen und abrechnen | 180 | 20 | 14 | 3.1.4
       Ausbildung der Auszubildenden organisieren | 4 | 2400 | 365 | 3.1.4
       Mitarbeitergespräche organisieren | 1 | 960 | 90 | 1.4.4
       Leistungsorientierte Bezahlung abwickeln | 1 | 1200 | 60 | 3.1.3
       Betriebliches Eingliederungsmanagement durchführen | 12 | 240 | 60 | 3.1.5
       Gefährdungsbeurteilung erstellen | 10 | 480 | 60 | 3.1.5
       Arbeitsmedizinische Vorsorge organisieren | 60 | 30 | 30 | 3.1.5
       Arbeitsunfall melden | 8 | 60 | 3 | 3.1.5
       Betriebliches Gesundheitsmanagement organisieren | 1 | 1800 | 365 | 3.1.5
       Personalrat beteiligen | 80 | 30 | 14 | 3.1.6
       Personalversammlung vorbereiten | 1 | 480 | 30 | 3.1.6
       Schwerbehindertenvertretung beteiligen | 15 | 30 | 14 | 3.1.6
       Beamtin oder Beamten ernennen | 1 | 240 | 30
       Führungszeugnis von Beschäftigten anfordern | 20 | 20 | 14
       Dienstausweis ausstellen | 30 | 15 | 7
       Personalkosten hochrechnen | 4 | 480 | 14
       Personalstatistik melden | 1 | 240 | 30
       Vertretungsregelungen festlegen | 10 | 60 | 14
       Dienstvereinbarung mit dem Personalrat abschließen | 2 | 960 | 90 | 3.1.6
       Beamtinnen und Beamte dienstlich beurteilen | 1 | 240 | 30
       Arbeitsschutzausschuss durchführen | 4 | 240 | 14 | 3.1.5
       Ersthelferinnen und Ersthelfer ausbilden lassen | 1 | 240 | 60 | 3.1.5""",
    ),
    _i(
        "1.1.2",
        "Zentrale Dienste / Informationstechnik",
        U,
        Q,
        "3.3.2",
        "1.7",
        ("DSGVO",),
        (),
        ("IT-Ticketsystem",),
        "Störungsmeldung, Anforderung oder Wartungsplan",
        "Funktionsfähige und sichere IT",
        """IT-Störung bearbeiten | 900 | 20 | 1 | 3.3.1
       IT-Arbeitsplatz bereitstellen | 40 | 240 | 7
       Benutzerkonto anlegen und Berechtigungen vergeben | 60 | 30 | 2 | 3.3.1
       Benutzerkonto sperren und löschen | 40 | 20 | 1 | 3.3.1
       Datensicherung durchführen und prüfen | 52 | 60 | 1
       Software aktualisieren (Patchmanagement) | 52 | 240 | 7
       Fachverfahren einführen | 4 | 4800 | 180 | 3.3.3
       Fachverfahren aktualisieren | 40 | 240 | 14 | 3.3.3
       Schnittstellen der Fachverfahren überwachen | 52 | 60 | 1 | 3.3.3
       IT-Sicherheitsvorfall bearbeiten | 6 | 480 | 3 | 1.5.5
       IT-Ausstattung beschaffen | 30 | 120 | 60 | 3.3.5
       Mobilgeräte verwalten | 60 | 30 | 3
       Telefonanlage betreuen | 30 | 30 | 3
       Netzwerk und Server betreiben | 12 | 960 | 30
       Softwarelizenzen verwalten | 4 | 480 | 14 | 3.3.5
       IT-Altgeräte datenschutzgerecht entsorgen | 2 | 480 | 30
       Anwenderschulung durchführen | 12 | 240 | 14
       Servicekonto und Postfach der Onlinedienste betreuen | 52 | 60 | 7 | 3.3.4
       Sitzungs- und Videokonferenztechnik betreuen | 30 | 60 | 3
       IT-Notfallplan testen | 1 | 960 | 30
       Rollen- und Berechtigungskonzept pflegen | 1 | 960 | 60
       Zugänge für mobiles Arbeiten bereitstellen | 20 | 60 | 5
       Domains und Zertifikate verwalten | 4 | 60 | 7
       E-Mail-Archivierung betreiben | 1 | 480 | 365
       Barrierefreiheit des Internetauftritts prüfen | 1 | 960 | 60 | 3.3.4""",
    ),
    _i(
        "1.2.3",
        "Steuerung und Organisation / Recht und Datenschutz",
        U,
        Q,
        "1.5.4",
        "1.10",
        ("DSGVO", "BDSG", "SächsDSDG"),
        ("Verzeichnis von Verarbeitungstätigkeiten",),
        (DMS,),
        "Anfrage, Vorfall oder Prüftermin",
        "Rechtmäßige und dokumentierte Entscheidung",
        """Verzeichnis von Verarbeitungstätigkeiten führen | 1 | 1800 | 30
       Auskunftsersuchen nach der DSGVO beantworten | 12 | 240 | 30
       Datenschutzverletzung melden | 3 | 480 | 3
       Datenschutz-Folgenabschätzung durchführen | 2 | 1200 | 60
       Auftragsverarbeitungsvertrag abschließen | 10 | 240 | 30
       Datenschutzschulung durchführen | 4 | 240 | 30
       Informationssicherheitskonzept fortschreiben | 1 | 2400 | 90 | 1.5.5
       Informationssicherheitsrisiken bewerten | 1 | 960 | 60 | 1.5.5
       Widerspruch gegen einen Verwaltungsakt bearbeiten | 40 | 240 | 90 | 3.7.2
       Klageverfahren führen | 5 | 1200 | 365 | 3.7.2
       Fachbereiche rechtlich beraten | 120 | 90 | 7 | 3.7.1
       Verträge rechtlich prüfen | 40 | 120 | 14 | 3.7.1
       Satzungsentwurf rechtlich prüfen | 10 | 240 | 14 | 3.7.1
       Haftpflichtschaden gegen die Gemeinde bearbeiten | 25 | 180 | 60 | 3.2.5
       Versicherungsschutz der Gemeinde verwalten | 1 | 960 | 30 | 3.2.5""",
    ),
    _i(
        "1.1.3",
        "Zentrale Dienste / Post, Schriftgut und Archiv",
        U,
        Q,
        "3.4.1",
        "1.2",
        (),
        ("Aktenplan",),
        (DMS,),
        "Täglicher Dienstbetrieb",
        "Erledigter Dienstleistungsauftrag",
        """Posteingang öffnen und verteilen | 250 | 60 | 1
       Posteingang digitalisieren (Scanstelle) | 250 | 90 | 1
       Postausgang frankieren und versenden | 250 | 45 | 1
       Empfang und Telefonzentrale besetzen | 250 | 240 | 0
       Schriftgut nach Aktenplan führen | 1 | 2400 | 365 | 3.4.2
       Akten aussondern und dem Archiv anbieten | 1 | 960 | 60 | 3.4.3
       Archivgut übernehmen und erschließen | 4 | 960 | 90 | 3.4.3
       Archivgut konservatorisch sichern | 1 | 960 | 180 | 3.4.3
       Büromaterial beschaffen und verwalten | 24 | 60 | 7 | 3.4.4
       Dienstfahrzeuge der Verwaltung verwalten | 12 | 60 | 7 | 3.4.5
       Dienstreisen organisieren | 60 | 20 | 7
       Dienstsiegel verwalten | 1 | 120 | 14
       Sitzungsräume vergeben | 400 | 5 | 1
       Drucker und Kopierer betreuen | 12 | 120 | 3
       Ortsrechtssammlung pflegen | 10 | 60 | 14 | 3.4.2
       Akten datenschutzgerecht vernichten lassen | 4 | 120 | 14 | 3.4.2
       Aushangtafel für Bekanntmachungen pflegen | 80 | 10 | 1 | 1.6.2
       Dolmetscher- und Übersetzungsdienste beauftragen | 20 | 30 | 7
       Hausordnung des Rathauses fortschreiben | 1 | 240 | 60""",
    ),
    _i(
        "1.1.5",
        "Zentrale Dienste / Vergabe und Beschaffung",
        U,
        Q,
        "3.5.2",
        "1.12",
        ("VgV", "SächsGemO"),
        ("Vergabevermerk",),
        ("Vergabeplattform", "Vertragsmanagement"),
        "Beschaffungsbedarf eines Fachbereichs",
        "Wirtschaftlicher und rechtssicher vergebener Auftrag",
        """Bedarf ermitteln und Beschaffung auslösen | 150 | 30 | 14 | 3.5.1
       Direktauftrag vergeben | 300 | 30 | 7
       Verhandlungsvergabe durchführen | 25 | 480 | 30
       Öffentliche Ausschreibung von Bauleistungen durchführen | 8 | 2400 | 90
       Beschränkte Ausschreibung durchführen | 12 | 1200 | 60
       Liefer- und Dienstleistungen öffentlich ausschreiben | 6 | 1800 | 90
       EU-weites Vergabeverfahren durchführen | 1 | 4800 | 180
       Angebote öffnen und werten | 30 | 240 | 7
       Zuschlag erteilen und Bieter informieren | 30 | 60 | 14
       Eignung von Bietern prüfen | 30 | 60 | 7
       Rahmenvertrag abschließen | 4 | 960 | 60 | 3.5.3
       Verträge verwalten und Fristen überwachen | 1 | 960 | 365 | 3.5.3
       Nachtragsangebot prüfen | 15 | 240 | 21 | 3.5.3
       Vergabestatistik melden | 1 | 240 | 30
       Wareneingang prüfen | 300 | 10 | 2 | 3.5.3
       Vergabeordnung der Gemeinde fortschreiben | 1 | 960 | 90""",
    ),
    _i(
        "2.1.1",
        "Finanzen / Haushalt und Rechnungswesen",
        F,
        Q,
        "1.3.1",
        "11.1",
        ("SächsKomHVO", "SächsGemO"),
        ("Haushaltsplan",),
        ("Finanzverfahren (Doppik)",),
        "Haushaltszyklus bzw. Termin nach Haushaltsrecht",
        "Beschlossener Plan, Abschluss oder Buchung",
        """Haushaltsplan aufstellen | 1 | 9600 | 180
       Haushaltssatzung beschließen und vorlegen | 1 | 960 | 60
       Nachtragshaushalt aufstellen | 1 | 2400 | 90
       Mittelfristige Finanzplanung fortschreiben | 1 | 1200 | 60 | 1.3.4
       Investitionsprogramm aufstellen | 1 | 960 | 60 | 1.3.4
       Haushaltsmittel bewirtschaften | 12 | 480 | 5 | 1.3.2
       Über- und außerplanmäßige Aufwendungen genehmigen | 20 | 90 | 14 | 1.3.2
       Haushaltsermächtigungen übertragen | 1 | 960 | 30 | 1.3.2
       Haushaltssperre verhängen | 1 | 240 | 7 | 1.3.2
       Haushaltsrechtliche Stellungnahme zu Beschlussvorlagen abgeben | 120 | 20 | 3 | 1.3.2
       Jahresabschluss aufstellen | 1 | 9600 | 270 | 1.3.3
       Gesamtabschluss aufstellen | 1 | 4800 | 365 | 1.3.3
       Rückstellungen bilden | 1 | 480 | 30 | 1.3.3
       Forderungen bewerten | 1 | 480 | 30 | 1.3.3
       Sonderposten für Zuwendungen bilden | 1 | 480 | 30 | 3.2.3
       Anlagen buchen und abschreiben | 1 | 2400 | 60 | 3.2.3
       Inventur durchführen | 1 | 2400 | 60 | 3.2.3
       Kredit aufnehmen | 1 | 480 | 30 | 1.3.4
       Liquidität planen | 12 | 240 | 7 | 1.3.2
       Kosten- und Leistungsrechnung führen | 1 | 2400 | 60 | 1.3.6
       Gebühren kalkulieren | 6 | 960 | 60 | 1.3.6
       Hebesätze festlegen | 1 | 480 | 60 | 1.3.1
       Schlüsselzuweisungen und Finanzausgleich bearbeiten | 4 | 240 | 30 | 1.3.4
       Kreisumlage abrechnen | 4 | 120 | 14 | 3.2.1
       Umsatzsteuer der Gemeinde anmelden | 12 | 240 | 10 | 3.2.4
       Beteiligungsbericht erstellen | 1 | 960 | 90 | 1.3.5
       Spendenbericht erstellen | 1 | 240 | 30 | 1.3.3
       Haushaltsstrukturkonzept erstellen | 1 | 2400 | 120
       Finanzstatistik melden | 4 | 240 | 14 | 3.2.1
       Sachbuchungen durchführen | 3000 | 5 | 3 | 3.2.1
       Eingangsrechnungen buchen | 3500 | 5 | 7 | 3.2.1
       Verwahr- und Vorschusskonten abstimmen | 12 | 240 | 7 | 3.2.1
       Haushaltsanmeldungen der Fachbereiche zusammenführen | 1 | 1200 | 30
       Bürgschaften und Gewährleistungen verwalten | 1 | 240 | 30 | 1.3.4""",
    ),
    _i(
        "2.1.3",
        "Finanzen / Stadtkasse",
        U,
        "steuern",
        "3.2.2",
        "11.4",
        ("SächsKomHVO", "Dienstanweisung"),
        ("Zahlungsnachweis",),
        ("Kassenverfahren",),
        "Zahlungsanordnung, Zahlungseingang oder Kassentermin",
        "Gebuchter und abgestimmter Zahlungsvorgang",
        """Auszahlungen anordnen und ausführen | 250 | 20 | 3
       Einzahlungen zuordnen und buchen | 250 | 30 | 1
       Kontoauszüge verarbeiten | 250 | 20 | 1
       Tagesabschluss der Kasse durchführen | 250 | 15 | 0
       Barkasse und Zahlstellen führen | 250 | 10 | 0
       Unvermutete Kassenprüfung durchführen | 1 | 480 | 14
       Lastschrifteinzug durchführen | 12 | 120 | 5
       Rücklastschriften bearbeiten | 150 | 10 | 3
       Forderung niederschlagen | 30 | 30 | 14 | 2.5.5
       Kassenkredite und Geldanlagen verwalten | 12 | 60 | 3
       Jahresabschluss der Kasse erstellen | 1 | 960 | 30
       Bargeldtransport organisieren | 52 | 20 | 1
       Wertzeichen und Quittungsvordrucke verwalten | 4 | 60 | 7""",
    ),
    _i(
        "2.1.2",
        "Finanzen / Steuern",
        U,
        "steuern",
        "2.5.1",
        "11.6",
        ("SächsKAG", "AO"),
        (),
        ("Steuer- und Abgabenverfahren",),
        "Veranlagungstermin oder Datenlieferung",
        "Aktuelle Steuer- und Abgabenkonten",
        """Grundsteuermessbescheide übernehmen | 1 | 2400 | 30
       Gewerbesteuermessbescheide übernehmen | 400 | 5 | 14
       Steuerbescheide im Massenlauf erstellen | 2 | 960 | 14
       Abgabenkonten pflegen | 1 | 1800 | 365
       Mahnsperren und Aussetzungen verwalten | 60 | 10 | 3 | 2.5.5
       Hundesteuermarken beschaffen | 1 | 120 | 30 | 2.5.2
       Steuerstatistik melden | 4 | 120 | 14""",
    ),
    _i(
        "4.1.2",
        "Bauen und Liegenschaften / Gebäudemanagement",
        U,
        Q,
        "3.6.1",
        "12.1",
        ("SächsBO",),
        (),
        ("Liegenschaftsverwaltung",),
        "Schadensmeldung, Prüffrist oder Bauprogramm",
        "Betriebssichere und wirtschaftlich unterhaltene Gebäude",
        """Gebäude baulich unterhalten | 120 | 120 | 30
       Bauunterhaltungsprogramm aufstellen | 1 | 960 | 60
       Hochbaumaßnahme planen und durchführen | 3 | 9600 | 365 | 2.6.4
       Wartungsverträge überwachen | 1 | 960 | 365 | 3.6.2
       Prüfung ortsfester elektrischer Anlagen veranlassen | 1 | 480 | 60 | 3.6.2
       Ortsveränderliche elektrische Geräte prüfen | 1 | 960 | 30 | 3.6.2
       Brandschutz in Gemeindegebäuden sicherstellen | 1 | 960 | 60 | 3.6.2
       Aufzüge und Anlagen prüfen lassen | 4 | 120 | 30 | 3.6.2
       Energieverbräuche erfassen und auswerten | 12 | 120 | 14 | 3.6.4
       Energiebericht erstellen | 1 | 960 | 60 | 3.6.4
       Photovoltaikanlagen der Gemeinde betreiben | 12 | 60 | 7 | 3.6.4
       Schließanlage und Schlüssel verwalten | 60 | 15 | 3 | 3.6.3
       Hausmeisterdienste organisieren | 52 | 60 | 7 | 3.6.3
       Gebäudereinigung steuern | 12 | 120 | 14 | 3.6.3
       Alarmanlagen und Sicherheitsdienst betreuen | 12 | 60 | 3 | 3.6.3
       Schaden an einem Gemeindegebäude bearbeiten | 150 | 30 | 14
       Gebäudeversicherungsschaden abwickeln | 6 | 240 | 60 | 3.2.5
       Barrierefreiheit von Gemeindegebäuden prüfen | 2 | 480 | 90
       Legionellenprüfung veranlassen | 4 | 60 | 30 | 3.6.2
       Spielgeräte in Kitas prüfen lassen | 2 | 240 | 30 | 3.6.2
       Verwaltungsgebäude reinigen lassen | 12 | 120 | 30 | 3.6.3
       Gebäudebestandsdaten pflegen | 1 | 960 | 365
       Sanierungsfahrplan für Gemeindegebäude erstellen | 1 | 2400 | 120 | 3.6.4""",
    ),
    _i(
        "4.2",
        "Bauhof",
        U,
        Q,
        "3.8.1",
        "12.3",
        (),
        (),
        ("Bauhofsoftware",),
        "Arbeitsauftrag, Plan oder Einsatzlage",
        "Erledigter und erfasster Auftrag",
        """Einsatzplanung des Bauhofs | 250 | 30 | 1
       Arbeitsaufträge des Bauhofs erfassen und abrechnen | 1200 | 5 | 7
       Material und Lager des Bauhofs verwalten | 52 | 60 | 3
       Bereitschaftsdienst des Bauhofs organisieren | 52 | 30 | 7
       Unwettereinsatz des Bauhofs durchführen | 6 | 960 | 1
       Arbeitsschutzunterweisung im Bauhof durchführen | 2 | 240 | 14 | 3.1.5
       Veranstaltungen technisch unterstützen | 40 | 480 | 7 | 3.8.3
       Wahlausstattung auf- und abbauen | 1 | 960 | 7 | 3.8.3
       Weihnachtsbeleuchtung auf- und abbauen | 2 | 960 | 14 | 3.8.3
       Hundekotstationen befüllen | 52 | 120 | 7
       Papierkörbe leeren | 52 | 600 | 1""",
    ),
    _i(
        "4.2.3",
        "Bauhof / Werkstatt und Fuhrpark",
        U,
        Q,
        "3.8.2",
        "12.4",
        (),
        (),
        ("Bauhofsoftware",),
        "Wartungsplan oder Schadensmeldung",
        "Einsatzbereite Fahrzeuge und Geräte",
        """Fahrzeuge und Geräte warten | 120 | 120 | 7
       Hauptuntersuchung der Fahrzeuge organisieren | 15 | 60 | 14
       Kraftstoffverbrauch und Tankkarten abrechnen | 12 | 60 | 7
       Ersatzbeschaffung von Fahrzeugen vorbereiten | 1 | 960 | 120 | 3.5.1""",
    ),
    _i(
        "4.2.1",
        "Bauhof / Straßen und Winterdienst",
        K,
        "mobilitaet",
        "2.7.1",
        "8.5",
        ("SächsStrG",),
        (),
        ("Bauhofsoftware",),
        "Kontrollplan, Witterung oder Schadensmeldung",
        "Verkehrssichere Straßen und Wege",
        """Streumittel bevorraten | 2 | 240 | 30 | 2.7.3
       Winterdienstplan aufstellen | 1 | 960 | 30 | 2.7.3
       Schlaglöcher und Straßenschäden ausbessern | 160 | 90 | 14
       Verkehrszeichen aufstellen und unterhalten | 60 | 60 | 7
       Bankette und Straßenränder mähen | 4 | 2400 | 14
       Gehölze an Straßen schneiden | 4 | 1800 | 30""",
    ),
    _i(
        "4.2.2",
        "Bauhof / Grünpflege",
        K,
        "umwelt",
        "2.8.1",
        "9.6",
        (),
        (),
        ("Bauhofsoftware",),
        "Pflegeplan oder Schadensmeldung",
        "Gepflegte Grün- und Friedhofsflächen",
        """Grünpflegeplan aufstellen | 1 | 480 | 30
       Grünflächen mähen und pflegen | 30 | 960 | 7
       Bäume pflanzen und Jungbäume pflegen | 2 | 1800 | 30
       Friedhofsanlagen pflegen | 52 | 480 | 7 | 2.12.3
       Gräber für Bestattungen ausheben und schließen | 35 | 240 | 3 | 2.12.2
       Spielplatzgeräte warten | 52 | 120 | 7 | 2.8.5
       Brunnen und Wasserspiele betreiben | 2 | 960 | 14
       Wechselbepflanzung setzen | 2 | 1200 | 14
       Blühflächen anlegen und pflegen | 2 | 960 | 30""",
    ),
    _i(
        "3.2.1",
        "Bürgerdienste / Meldewesen",
        U,
        "bauen",
        "2.1.1",
        "1.4",
        ("BMG",),
        (),
        ("Einwohnermeldeverfahren",),
        "Termin oder Fehlermeldung im Fachverfahren",
        "Aktuelles und richtiges Melderegister",
        """Melderegister auf Datenqualität prüfen | 12 | 240 | 14
       Bevölkerungsstatistik an das Statistische Landesamt liefern | 12 | 60 | 5
       Fehlermeldungen im Meldedatenaustausch klären | 250 | 10 | 3
       Registerdatenlieferungen für Zensus und Statistik unterstützen | 1 | 960 | 30""",
    ),
    _i(
        "3.2.2",
        "Bürgerdienste / Pass- und Ausweiswesen",
        U,
        "mobilitaet",
        "2.1.3",
        "1.4",
        ("PAuswG", "PassG"),
        (),
        ("Pass- und Ausweisverfahren",),
        "Eingang der Dokumente oder Fristablauf",
        "Sicher verwahrte Dokumente",
        """Eingegangene Ausweisdokumente prüfen und verwahren | 60 | 30 | 1
       Nicht abgeholte Ausweisdokumente vernichten | 4 | 120 | 14
       Vordrucke für vorläufige Dokumente verwalten | 4 | 60 | 7
       Gebühren für Ausweisdokumente abrechnen | 12 | 60 | 7""",
    ),
    _i(
        "3.3",
        "Standesamt / Registerführung",
        U,
        "familie",
        "2.2.5",
        "1.5",
        ("PStG",),
        (),
        (PST,),
        "Termin nach Personenstandsrecht",
        "Vollständige und gesicherte Register",
        """Sammelakten führen | 1 | 1200 | 365
       Personenstandsregister jährlich abschließen | 1 | 240 | 30
       Statistische Meldungen zu Personenstandsfällen liefern | 12 | 60 | 5
       Urkundenvordrucke und Sicherheitspapier verwalten | 4 | 60 | 7
       Fortbildung der Standesbeamtinnen und Standesbeamten sicherstellen | 1 | 480 | 60 | 3.1.4
       Personenstandsbücher an das Archiv abgeben | 1 | 480 | 60 | 3.4.3
       Trautermine für das Jahr festlegen | 1 | 240 | 30 | 2.2.2""",
    ),
    _i(
        "3.1.1",
        "Sicherheit und Ordnung / Allgemeine Ordnung",
        U,
        "recht",
        "2.3.1",
        "2.1",
        ("SächsPBG", "Polizeiverordnung"),
        (),
        (DMS,),
        "Auftrag, Lagebild oder Rechtsänderung",
        "Abgestimmte ordnungsbehördliche Maßnahme",
        """Polizeiverordnung fortschreiben | 1 | 1200 | 120
       Streifendienst des Vollzugsdienstes planen | 52 | 60 | 3
       Notunterkunft und Wärmeinsel vorbereiten | 1 | 960 | 30
       Sicherheitsbesprechung für Großveranstaltungen leiten | 3 | 240 | 14 | 2.3.2""",
    ),
    _i(
        "3.1.2",
        "Wirtschaft und Gewerbe / Gewerbeangelegenheiten",
        U,
        "unternehmen",
        "2.4.1",
        "2.2",
        ("GewO",),
        (),
        ("Gewerbeverfahren",),
        "Eingang einer Gewerbeanzeige oder Meldetermin",
        "Übermittelte Gewerbedaten",
        """Gewerbedaten an Kammern und Behörden übermitteln | 400 | 3 | 3
       Gewerbestatistik melden | 12 | 30 | 5""",
    ),
    _i(
        "3.1.4",
        "Feuerwehr und Brandschutz / Organisation der Feuerwehr",
        U,
        "recht",
        "2.3.6",
        "2.4",
        ("SächsBRKG", "Feuerwehrsatzung"),
        (),
        ("Feuerwehrverwaltungsprogramm",),
        "Planungsauftrag, Einsatz oder Prüffrist",
        "Einsatzbereite Freiwillige Feuerwehr",
        """Brandschutzbedarfsplan fortschreiben | 1 | 2400 | 180
       Alarm- und Ausrückeordnung fortschreiben | 1 | 480 | 60
       Feuerwehrausbildung organisieren | 1 | 1800 | 365
       Einsatzberichte erfassen und auswerten | 120 | 30 | 7
       Persönliche Schutzausrüstung beschaffen und prüfen | 4 | 480 | 30
       Feuerwehrfahrzeug beschaffen | 1 | 2400 | 365 | 3.5.2
       Aufwandsentschädigung der Feuerwehrleute abrechnen | 4 | 240 | 14
       Ehrungen in der Feuerwehr vorbereiten | 1 | 240 | 30
       Hochwasseralarmplan fortschreiben | 1 | 960 | 90
       Sirenen und Warnmittel prüfen | 12 | 30 | 1
       Jahreshauptversammlung der Feuerwehr vorbereiten | 1 | 480 | 30
       Wehrleitung wählen und bestätigen lassen | 1 | 240 | 60
       Atemschutzgeräte prüfen lassen | 12 | 60 | 7""",
    ),
    _i(
        "3.1.5",
        "Friedhof und Bestattung / Friedhofsverwaltung",
        U,
        "gesundheit",
        "2.12.3",
        "7.5",
        ("SächsBestG", "Friedhofssatzung"),
        (),
        ("Friedhofsverwaltungsprogramm",),
        "Termin oder Planungsauftrag",
        "Aktuelle Friedhofsunterlagen",
        """Gräberverzeichnis führen | 1 | 960 | 365
       Friedhofsentwicklungsplan fortschreiben | 1 | 960 | 120
       Pflegepauschale für Kriegsgräber abrechnen | 1 | 240 | 30
       Bestattungsbuch führen | 115 | 5 | 1 | 2.12.2
       Ablauf der Ruhezeiten überwachen | 1 | 480 | 30""",
    ),
    _i(
        "5.1.1",
        "Soziales und Familie / Kita-Planung und Abrechnung",
        K,
        "familie",
        "2.9.1",
        "6.1",
        ("SächsKitaG", "SGB VIII"),
        (),
        ("Kita-Verwaltungsprogramm",),
        "Planungs- oder Abrechnungstermin",
        "Abgestimmte Planung bzw. Abrechnung",
        """Kita-Bedarfsplanung fortschreiben | 1 | 2400 | 90 | 2.9.1
       Betriebskosten mit freien Kita-Trägern abrechnen | 4 | 960 | 60 | 2.9.1
       Landeszuschuss für Kindertageseinrichtungen abrechnen | 4 | 480 | 30 | 2.9.1
       Personalschlüssel der Kitas berechnen | 2 | 480 | 14 | 2.9.1
       Belegung der Kitas auswerten | 12 | 120 | 5 | 2.9.1
       Elternbefragung in Kitas durchführen | 1 | 960 | 60 | 2.9.1
       Elternbeiträge kalkulieren | 1 | 960 | 60 | 2.9.2
       Konzeption der gemeindlichen Kitas fortschreiben | 1 | 960 | 90 | 2.9.1
       Sicherheitsbegehung in Kitas durchführen | 4 | 240 | 14 | 3.1.5
       Kita-Leitungsrunde durchführen | 12 | 120 | 7 | 2.9.1
       Kinderschutzkonzept der Kitas fortschreiben | 1 | 960 | 90 | 2.9.1""",
    ),
    _i(
        "5.2.1",
        "Bildung und Kultur / Schulträgeraufgaben",
        K,
        "bildung",
        "2.9.3",
        "3.1",
        ("SächsSchulG",),
        (),
        ("Schulverwaltungsprogramm",),
        "Schuljahresplanung oder Abrechnungstermin",
        "Ausgestattete und abgerechnete Schulen",
        """Lernmittel für die Schulen beschaffen | 1 | 960 | 60
       Schülerzahlen prognostizieren | 1 | 480 | 30
       Gastschulbeiträge mit anderen Schulträgern abrechnen | 12 | 60 | 30
       Ganztagsangebote der Schulen abrechnen | 2 | 480 | 30
       Stellungnahme zur Schulnetzplanung des Landkreises abgeben | 1 | 480 | 60
       Schulbudget verwalten | 12 | 120 | 7
       Schulhausmeister einsetzen | 1 | 480 | 30""",
    ),
    _i(
        "1.1.2",
        "Bildung und Kultur / Schul-IT",
        K,
        "bildung",
        "2.9.3",
        "3.7",
        (),
        (),
        ("IT-Ticketsystem",),
        "Medienentwicklungsplan oder Störung",
        "Funktionsfähige Schul-IT",
        """Medienentwicklungsplan der Schulen fortschreiben | 1 | 1800 | 120
       Schul-IT betreuen | 200 | 30 | 3""",
    ),
    _i(
        "5.2.2",
        "Bildung und Kultur / Bibliotheksbetrieb",
        U,
        "bildung",
        "2.9.4",
        "4.1",
        ("Bibliothekssatzung",),
        (),
        ("Bibliothekssoftware",),
        "Erwerbungsplan oder Statistiktermin",
        "Aktueller Medienbestand",
        """Medien erwerben und katalogisieren | 1200 | 10 | 14
       Medienbestand aussondern | 1 | 960 | 30
       Bibliotheksstatistik melden | 1 | 240 | 30
       Medienetat der Bibliothek planen | 1 | 240 | 30""",
    ),
    _i(
        "5.2.3",
        "Bildung und Kultur / Sportstättenbetrieb",
        U,
        "engagement",
        "2.11.2",
        "7.2",
        ("Benutzungsordnung",),
        (),
        ("Raum- und Ressourcenbuchung",),
        "Saisonplanung",
        "Belegte und betriebsbereite Sportstätten",
        """Belegungsplan der Sporthallen aufstellen | 2 | 480 | 30
       Freibadsaison vorbereiten | 1 | 2400 | 60
       Badeaufsicht im Freibad organisieren | 1 | 960 | 30
       Tourismuskonzept fortschreiben | 1 | 1800 | 120 | 2.4.5
       Gästestatistik auswerten | 12 | 30 | 5 | 2.4.5""",
    ),
    _i(
        "5.1.2",
        "Soziales und Familie / Seniorenarbeit",
        U,
        "arbeit",
        "2.10.2",
        "5.2",
        (),
        (),
        (DMS,),
        "Jahresplanung",
        "Durchgeführte Angebote",
        """Seniorenveranstaltungen planen | 12 | 240 | 30
       Seniorenbeirat begleiten | 4 | 240 | 14
       Beirat für Menschen mit Behinderungen begleiten | 4 | 240 | 14 | 2.10.1""",
    ),
    _i(
        "4.1.1",
        "Bauen und Liegenschaften / Beteiligung an Planungen",
        K,
        "bauen",
        "2.6.2",
        "8.2",
        ("BauGB",),
        (),
        ("Geoinformationssystem (GIS)", DMS),
        "Beteiligung durch eine andere Behörde",
        "Stellungnahme der Gemeinde",
        """Stellungnahme zur Bauleitplanung der Nachbargemeinden abgeben | 10 | 120 | 30 | 2.6.1
       Stellungnahme zu Fachplanungen anderer Behörden abgeben | 15 | 180 | 30
       Stellungnahme zum Regionalplan abgeben | 1 | 960 | 60 | 2.6.1
       Stellungnahme in Planfeststellungsverfahren abgeben | 3 | 480 | 42
       Stellungnahme zu immissionsschutzrechtlichen Vorhaben abgeben | 4 | 240 | 30
       Stellungnahme zu wasserrechtlichen Vorhaben abgeben | 4 | 120 | 30
       Stellungnahme zum Nahverkehrsplan abgeben | 1 | 240 | 60
       An der Flurneuordnung mitwirken | 1 | 960 | 365
       Stellungnahme zur Grundstücksverkehrsgenehmigung abgeben | 20 | 20 | 14
       Klimaschutzkonzept fortschreiben | 1 | 2400 | 180 | 2.8.4""",
    ),
    _i(
        "4.1.3",
        "Bauen und Liegenschaften / Straßenverwaltung",
        K,
        "mobilitaet",
        "2.7.1",
        "8.5",
        ("SächsStrG",),
        (),
        ("Geoinformationssystem (GIS)",),
        "Prüffrist oder Planungsauftrag",
        "Aktuelle Straßendaten und Prüfberichte",
        """Brückenprüfung veranlassen | 2 | 600 | 60
       Straßenkataster fortführen | 1 | 960 | 365
       Straßenbauprogramm aufstellen | 1 | 960 | 60
       Straßenbeleuchtung erneuern | 2 | 1800 | 120 | 2.7.4""",
    ),
    _i(
        "3.1.3",
        "Sicherheit und Ordnung / Verkehr",
        K,
        "mobilitaet",
        "2.3.5",
        "2.3",
        ("StVO",),
        (),
        ("Ordnungswidrigkeitenverfahren",),
        "Termin mit der Straßenverkehrsbehörde",
        "Abgestimmte Verkehrsmaßnahmen",
        """Verkehrsschau durchführen | 2 | 480 | 30
       Parkraumkonzept fortschreiben | 1 | 1200 | 120""",
    ),
    _i(
        "4.1.4",
        "Umwelt und Grün / Grünplanung",
        K,
        "umwelt",
        "2.8.1",
        "9.6",
        ("BNatSchG",),
        (),
        ("Geoinformationssystem (GIS)",),
        "Planungsauftrag oder Prüffrist",
        "Aktuelle Grün- und Baumdaten",
        """Baumkataster fortführen | 1 | 960 | 365
       Ausgleichsflächen verwalten | 1 | 480 | 365""",
    ),
    _i(
        "2.2.1",
        "Bauen und Liegenschaften / Liegenschaftsverwaltung",
        U,
        "bauen",
        "3.6.5",
        "11.11",
        ("BGB",),
        (),
        ("Liegenschaftsverwaltung",),
        "Vertragslaufzeit oder Änderung im Grundbuch",
        "Aktuelle Liegenschaftsdaten",
        """Grundstücksverzeichnis der Gemeinde führen | 1 | 960 | 365
       Gemeindewald bewirtschaften lassen | 1 | 960 | 365
       Mieten und Pachten überwachen | 12 | 120 | 7
       Wertermittlung für Gemeindegrundstücke veranlassen | 6 | 120 | 60""",
    ),
)


# --- derived tables ----------------------------------------------------------------------------------------

DOMAIN_BY_CODE: dict[str, Domain] = {d.code: d for d in DOMAINS}
UNIT_BY_CODE = {u.code: u for u in UNITS}


def _service_objects() -> tuple[ServiceObject, ...]:
    result: list[ServiceObject] = []
    for domain in DOMAINS:
        for table in (_OBJECTS, _MORE_OBJECTS):
            result.extend(replace(obj, domain=domain.code) for obj in table.get(domain.code, ()))
    return tuple(result)


SERVICE_OBJECTS: tuple[ServiceObject, ...] = _service_objects()
"""The municipal service objects (Leistungsobjekte) the register is built from."""


def _object_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    counters: dict[str, int] = {}
    for obj in SERVICE_OBJECTS:
        group = DOMAIN_BY_CODE[obj.domain].group
        counters[group] = counters.get(group, 0) + 1
        keys[obj.name] = f"99{group}{counters[group]:03d}000000"
    return keys


LEIKA_OBJECT_KEYS: dict[str, str] = _object_keys()


def leika_leaf_key(obj: ServiceObject, action: str) -> str:
    """The invented 14-digit LeiKa key of a service object with one Verrichtung."""
    return LEIKA_OBJECT_KEYS[obj.name][:8] + ACTIONS[action].code + "000"


def _ozg_keys() -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    lagen: dict[tuple[str, str], str] = {}
    leistungen: dict[str, str] = {}
    lage_counter: dict[str, int] = {}
    leistung_counter: dict[str, int] = {}
    topics = list(THEMENFELDER)
    for obj in SERVICE_OBJECTS:
        domain = DOMAIN_BY_CODE[obj.domain]
        number = topics.index(domain.topic) + 1
        if (domain.topic, domain.lage) not in lagen:
            lage_counter[domain.topic] = lage_counter.get(domain.topic, 0) + 1
            lagen[(domain.topic, domain.lage)] = f"LL-{number:02d}-{lage_counter[domain.topic]:02d}"
        if _has_ozg(obj):
            leistung_counter[domain.topic] = leistung_counter.get(domain.topic, 0) + 1
            leistungen[obj.name] = f"{number + 10}{leistung_counter[domain.topic]:03d}"
    return lagen, leistungen


def _addressees(obj: ServiceObject) -> tuple[str, ...]:
    return obj.addressees or DOMAIN_BY_CODE[obj.domain].addressees


def _has_ozg(obj: ServiceObject) -> bool:
    """Services for the public have an OZG-Leistung; purely administrative ones do not."""
    return _addressees(obj) != ADMIN


OZG_LAGE_KEYS, OZG_LEISTUNG_KEYS = _ozg_keys()

_LAW_NAMES: dict[str, str] = {}
for _law in LEGAL_BASES:
    _match = re.search(r"\(([^()]+)\)$", _law.name)
    _LAW_NAMES[_match.group(1) if _match else _law.name.split()[0]] = _law.name
_DOCUMENT_NAMES = {item.name for item in DOCUMENTS}
_IT_NAMES = {item.name for item in IT_SYSTEMS}

# Frequently used services recommended by the digital pilots, and services with an online assistant
RECOMMENDED: frozenset[str] = frozenset(
    {
        "Wohnsitz anmelden (Zuzug)",
        "Umzug innerhalb der Gemeinde melden",
        "Meldebescheinigung ausstellen",
        "Personalausweis beantragen",
        "Reisepass beantragen",
        "Führungszeugnis beantragen",
        "Einfache Melderegisterauskunft erteilen",
        "Geburtsurkunde ausstellen",
        "Sterbeurkunde ausstellen",
        "Eheschließung anmelden",
        "Sterbefall beurkunden",
        "Gewerbe anmelden",
        "Gewerbe ummelden",
        "Gewerbe abmelden",
        "Hund anmelden (Hundesteuer)",
        "Hund abmelden (Hundesteuer)",
        "Kita-Platz beantragen (Krippe und Kindergarten)",
        "Briefwahlunterlagen beantragen (Wahlschein)",
        "Bewohnerparkausweis ausstellen",
        "Sondernutzungserlaubnis erteilen",
        "Öffentliche Veranstaltung anzeigen",
        "Verlustanfrage im Fundbüro bearbeiten",
        "Grabstätte vergeben (Nutzungsrecht erteilen)",
        "Straßenschaden melden",
        "Fällgenehmigung nach der Gehölzschutzsatzung erteilen",
        "Kind an der Grundschule anmelden",
    }
)
ONLINE_ASSISTANT: frozenset[str] = frozenset(
    {
        "Wohnsitz anmelden (Zuzug)",
        "Umzug innerhalb der Gemeinde melden",
        "Meldebescheinigung ausstellen",
        "Führungszeugnis beantragen",
        "Einfache Melderegisterauskunft erteilen",
        "Geburtsurkunde ausstellen",
        "Sterbeurkunde ausstellen",
        "Gewerbe anmelden",
        "Gewerbe ummelden",
        "Gewerbe abmelden",
        "Hund anmelden (Hundesteuer)",
        "Hund abmelden (Hundesteuer)",
        "Kita-Platz beantragen (Krippe und Kindergarten)",
        "Briefwahlunterlagen beantragen (Wahlschein)",
        "Bewohnerparkausweis ausstellen",
        "Sondernutzungserlaubnis erteilen",
        "Öffentliche Veranstaltung anzeigen",
        "Verlustanfrage im Fundbüro bearbeiten",
        "Straßenschaden melden",
        "Fällgenehmigung nach der Gehölzschutzsatzung erteilen",
        "Kind an der Grundschule anmelden",
        "Eheurkunde ausstellen",
        "Bewohnerparkausweis verlängern",
        "Auskunftssperre im Melderegister eintragen",
        "Erweiterte Meldebescheinigung ausstellen",
        "Nebenwohnung anmelden",
        "Wohnsitz bei Wegzug ins Ausland abmelden",
        "Zweitwohnung zur Zweitwohnungsteuer anmelden",
        "Defekte Straßenbeleuchtung melden",
        "Illegale Müllablagerung melden",
        "Aufgrabung im öffentlichen Straßenraum genehmigen",
        "Container oder Gerüst auf öffentlicher Fläche genehmigen",
        "Freisitzfläche für die Außengastronomie genehmigen",
        "Plakatierung im öffentlichen Raum genehmigen",
        "Hortplatz beantragen",
        "Kind zu den Ferienspielen anmelden",
        "Trautermin reservieren",
        "Termin im Bürgerbüro vereinbaren",
        "Auskunft aus dem Gewerberegister erteilen",
        "Bibliotheksausweis ausstellen",
    }
)

_FOLDER_ORDER = (
    "Bürgerdienste",
    "Standesamt",
    "Sicherheit und Ordnung",
    "Feuerwehr und Brandschutz",
    "Friedhof und Bestattung",
    "Soziales und Familie",
    "Bildung und Kultur",
    "Förderung",
    "Wirtschaft und Gewerbe",
    "Finanzen",
    "Bauen und Liegenschaften",
    "Umwelt und Grün",
    "Bauhof",
    "Rat und Beteiligung",
    "Steuerung und Organisation",
    "Personal",
    "Zentrale Dienste",
)
_TYPE_LABEL = {F: "Führungsprozess", K: "Kernprozess", U: "Unterstützungsprozess"}


def profile_name(obj: ServiceObject, action: str) -> str:
    """The name of the profile for one service object and action."""
    return obj.names.get(action) or ACTIONS[action].template.format(o=obj.name)


def _slug(text: str) -> str:
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.lower().replace(umlaut, plain)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _unit_label(code: str) -> str:
    unit = UNIT_BY_CODE[code]
    if unit.parent_code and unit.kind == "sachgebiet":
        return f"Sachgebiet {unit.name} ({UNIT_BY_CODE[unit.parent_code].name})"
    return unit.name


def _names(keys: tuple[str, ...], known: set[str] | dict[str, str], what: str) -> tuple[str, ...]:
    result = []
    for key in keys:
        name = known[key] if isinstance(known, dict) and key in known else key
        if name not in (known.values() if isinstance(known, dict) else known):
            raise KeyError(f"unknown {what}: {key}")
        result.append(name)
    return tuple(dict.fromkeys(result))


def _round(value: float) -> int:
    if value >= 100:
        return max(1, round(value / 5) * 5)
    return max(1, round(value))


def _service_profiles(rng: random.Random) -> list[ProfileItem]:
    items: list[ProfileItem] = []
    for obj in SERVICE_OBJECTS:
        domain = DOMAIN_BY_CODE[obj.domain]
        owner = obj.owner or domain.owner
        participating = tuple(
            c for c in dict.fromkeys((domain.owner, *domain.participating)) if c and c != owner
        )
        addressees = _addressees(obj)
        for position, action_code in enumerate(obj.actions):
            action = ACTIONS[action_code]
            name = profile_name(obj, action_code)
            first = position == 0
            jitter = rng.uniform(0.85, 1.15)
            cases = obj.counts.get(action_code) or _round(
                obj.cases * (1.0 if first else action.case_factor) * jitter
            )
            minutes = obj.times.get(action_code) or _round(
                obj.minutes * (1.0 if first else action.minute_factor)
            )
            lead = obj.leads.get(action_code, action.lead_days)
            level_base = obj.digital if obj.digital is not None else domain.digital
            level: int | None = min(4, max(0, level_base + action.digital_delta))
            online = name in ONLINE_ASSISTANT
            recommended = name in RECOMMENDED
            if online:
                level = max(level or 0, 3)
            figures: tuple[int | None, int | None, int | None] = (cases, minutes, lead)
            if rng.random() < 0.05 and not (online or recommended):
                figures = (None, None, None)
            if rng.random() < 0.03 and not online:
                level = None
            leika = [leika_leaf_key(obj, action_code)]
            if action_code == "anmelden" and "festsetzen" in obj.actions:
                leika.append(leika_leaf_key(obj, "festsetzen"))
            if action_code == "ausstellen" and "beantragen" in obj.actions:
                leika.append(leika_leaf_key(obj, "beantragen"))
            legal = (*domain.legal, *obj.legal, *(("OWiG",) if action_code == "ahnden" else ()))
            description = (
                f"{obj.note} {action.sentence}"
                if obj.note
                else (f"{action.sentence} Zuständig: {_unit_label(owner)}.")
            )
            items.append(
                ProfileItem(
                    number="",
                    name=name,
                    short_description=description,
                    process_type=K,
                    folder=domain.folder,
                    owner_unit=owner,
                    participating_units=participating,
                    trigger=action.trigger,
                    result=obj.results.get(action_code, action.result),
                    addressees=addressees,
                    ozg_topic=domain.topic,
                    case_count=figures[0],
                    processing_minutes=figures[1],
                    lead_time_days=figures[2],
                    digitalisation_level=level,
                    online_assistant=online,
                    online_assistant_url=ASSISTANT_BASE + _slug(name) if online else "",
                    recommended=recommended,
                    leika_keys=tuple(leika),
                    ozg_id=OZG_LEISTUNG_KEYS.get(obj.name),
                    kgst_key=obj.kgst or domain.kgst,
                    srh_key=obj.srh or domain.srh,
                    documents=_names((*domain.documents, *obj.documents), _DOCUMENT_NAMES, "document"),
                    legal_bases=_names(legal, _LAW_NAMES, "legal basis"),
                    it_systems=_names((*domain.it, *obj.it), _IT_NAMES, "IT system"),
                )
            )
    return items


def _internal_profiles(rng: random.Random) -> list[ProfileItem]:
    items: list[ProfileItem] = []
    for area in INTERNAL:
        for line in filter(None, (row.strip() for row in area.items.splitlines())):
            parts = [part.strip() for part in line.split("|")]
            name, cases, minutes, lead = parts[0], int(parts[1]), int(parts[2]), int(parts[3])
            kgst = parts[4] if len(parts) > 4 else area.kgst
            figures: tuple[int | None, int | None, int | None] = (cases, minutes, lead)
            if rng.random() < 0.05:
                figures = (None, None, None)
            level = None if rng.random() < 0.03 else (2 if area.process_type == U else 1)
            items.append(
                ProfileItem(
                    number="",
                    name=name,
                    short_description=f"{_TYPE_LABEL[area.process_type]} der Gemeindeverwaltung im Bereich "
                    f"„{area.folder[-1]}“. Federführend: {_unit_label(area.owner)}.",
                    process_type=area.process_type,
                    folder=area.folder,
                    owner_unit=area.owner,
                    participating_units=(),
                    trigger=area.trigger,
                    result=area.result,
                    addressees=ADMIN,
                    ozg_topic=area.topic,
                    case_count=figures[0],
                    processing_minutes=figures[1],
                    lead_time_days=figures[2],
                    digitalisation_level=level,
                    online_assistant=False,
                    online_assistant_url="",
                    recommended=False,
                    leika_keys=(),
                    ozg_id=None,
                    kgst_key=kgst,
                    srh_key=area.srh,
                    documents=_names(area.documents, _DOCUMENT_NAMES, "document"),
                    legal_bases=_names(area.legal, _LAW_NAMES, "legal basis"),
                    it_systems=_names(area.it, _IT_NAMES, "IT system"),
                )
            )
    return items


@functools.cache
def build_profiles() -> tuple[ProfileItem, ...]:
    """All profiles of the example register, numbered P-0001 … in folder order."""
    rng = random.Random(SEED)
    items = _service_profiles(rng) + _internal_profiles(rng)
    folders = list(dict.fromkeys(item.folder for item in items))
    items.sort(key=lambda i: (_FOLDER_ORDER.index(i.folder[0]), folders.index(i.folder)))
    return tuple(replace(item, number=f"P-{index:04d}") for index, item in enumerate(items, start=1))
