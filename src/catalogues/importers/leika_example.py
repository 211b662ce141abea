"""An invented LeiKa of any size, for tests and the benchmark (nothing here is copied from the real LeiKa).

Service objects (stems × qualifiers) get two to six Verrichtungen, some of those details; names carry
umlauts, some entries synonyms, Typisierung follows a plausible distribution. Entries come parents-first,
with the extra fields and row numbers ``read_leika`` produces for the file ``write_leika_csv`` writes.
"""

from __future__ import annotations

import random

from catalogues.importers.base import ImportedEntry

_GROUPS = (
    "Arbeit und Soziales",
    "Bauen und Wohnen",
    "Bildung und Kultur",
    "Bürgerdienste",
    "Familie und Jugend",
    "Finanzen und Steuern",
    "Gesundheit und Pflege",
    "Gewerbe und Wirtschaft",
    "Land- und Forstwirtschaft",
    "Öffentliche Sicherheit",
    "Personenstandswesen",
    "Umwelt und Natur",
    "Verkehr und Mobilität",
    "Wasser und Abfall",
    "Wahlen und Beteiligung",
    "Zuwanderung und Aufenthalt",
    "Friedhofs- und Bestattungswesen",
    "Veterinärwesen",
    "Denkmalpflege",
    "Sport und Freizeit",
)
# Object stems and the synonyms some of them have.
_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Fahrerlaubnis", ("Führerschein",)),
    ("Hundesteuer", ("Hundeabgabe",)),
    ("Baugenehmigung", ("Bauerlaubnis", "Bauschein")),
    ("Gewerbeerlaubnis", ("Gewerbeschein",)),
    ("Wohngeld", ("Mietzuschuss", "Lastenzuschuss")),
    ("Führungszeugnis", ("Leumundszeugnis",)),
    ("Grundsteuer", ("Grundbesitzabgabe",)),
    ("Sondernutzungserlaubnis", ()),
    ("Gaststättenerlaubnis", ("Konzession",)),
    ("Aufenthaltstitel", ("Aufenthaltserlaubnis",)),
    ("Reisepass", ("Pass",)),
    ("Personalausweis", ("Ausweis", "Perso")),
    ("Meldebescheinigung", ("Wohnsitzbescheinigung",)),
    ("Geburtsurkunde", ()),
    ("Eheschließung", ("Heirat", "Trauung")),
    ("Sterbeurkunde", ()),
    ("Schwerbehindertenausweis", ("Behindertenausweis",)),
    ("Jagdschein", ()),
    ("Fischereischein", ("Angelschein",)),
    ("Waffenbesitzkarte", ()),
    ("Bewohnerparkausweis", ("Anwohnerparkausweis",)),
    ("Abfallgebühr", ("Müllgebühr",)),
    ("Abwassergebühr", ("Kanalgebühr",)),
    ("Straßenreinigungsgebühr", ()),
    ("Zweitwohnungsteuer", ()),
    ("Vergnügungsteuer", ()),
    ("Marktzulassung", ()),
    ("Sperrmüllabholung", ("Sperrgut",)),
    ("Baumfällgenehmigung", ("Fällgenehmigung",)),
    ("Denkmalrechtliche Genehmigung", ()),
    ("Einbürgerung", ("Staatsangehörigkeit",)),
    ("Namensänderung", ()),
    ("Wohnberechtigungsschein", ("WBS",)),
    ("Kindertagesbetreuung", ("Kita-Platz",)),
    ("Schülerbeförderung", ("Schulweg",)),
    ("Ausbildungsförderung", ("BAföG",)),
    ("Pflegewohngeld", ()),
    ("Grabnutzungsrecht", ("Grabstätte",)),
    ("Tierhaltungserlaubnis", ()),
    ("Taxigenehmigung", ("Taxikonzession",)),
    ("Spielhallenerlaubnis", ()),
    ("Veranstaltungsgenehmigung", ()),
    ("Feuerwerksgenehmigung", ()),
    ("Lärmschutzausnahme", ()),
    ("Brunnenbohrung", ()),
    ("Wasserrechtliche Erlaubnis", ()),
    ("Immissionsschutzrechtliche Genehmigung", ()),
    ("Handwerksrolleneintragung", ("Meisterbetrieb",)),
    ("Reisegewerbekarte", ()),
    ("Bewachungserlaubnis", ()),
    ("Maklererlaubnis", ()),
    ("Hausnummernvergabe", ()),
    ("Grundstücksteilung", ()),
    ("Vorkaufsrechtsbescheinigung", ()),
    ("Erschließungsbeitrag", ()),
    ("Elterngeld", ()),
    ("Unterhaltsvorschuss", ()),
    ("Beglaubigung", ()),
    ("Übermittlungssperre", ("Auskunftssperre",)),
    ("Briefwahlunterlagen", ("Wahlschein",)),
)
_QUALIFIERS = (
    "",
    " für Unternehmen",
    " im Außenbereich",
    " für Vereine",
    " für Minderjährige",
    " für Gaststätten",
    " für Landwirte",
    " in Schutzgebieten",
    " für Großveranstaltungen",
    " für Härtefälle",
)
_VERRICHTUNGEN = (
    ("010", "Anmeldung"),
    ("020", "Abmeldung"),
    ("030", "Ummeldung"),
    ("040", "Ausstellung"),
    ("050", "Verlängerung"),
    ("060", "Erteilung"),
    ("070", "Änderung"),
    ("080", "Festsetzung"),
    ("090", "Rücknahme"),
    ("100", "Widerruf"),
    ("110", "Erstattung"),
    ("120", "Befreiung"),
    ("130", "Ermäßigung"),
    ("140", "Auskunft"),
    ("150", "Übertragung"),
    ("160", "Löschung"),
    ("170", "Beurkundung"),
    ("180", "Bewilligung"),
    ("190", "Stundung"),
    ("200", "Anzeige"),
    ("210", "Ersatzausstellung"),
    ("220", "Zulassung"),
)
_DETAILS = (
    ("001", "für natürliche Personen"),
    ("002", "für juristische Personen"),
    ("003", "auf elektronischem Weg"),
    ("004", "bei Wegzug ins Ausland"),
    ("005", "für Minderjährige"),
    ("006", "in Härtefällen"),
    ("007", "auf Probe"),
    ("008", "mit Auflagen"),
    ("009", "für Ehegatten"),
    ("010", "nach Fristablauf"),
)
_TYPES = ("1", "2", "2a", "2b", "3", "2/3", "3a", "4", "4/5", "5")
_TYPE_WEIGHTS = (4, 9, 3, 2, 25, 7, 3, 16, 4, 27)
_FEATURES = (
    "Gebührenpflichtig",
    "Online-Antrag möglich",
    "Persönliches Erscheinen erforderlich",
    "Fristgebunden",
    "Schriftform erforderlich",
)
_DATES = ("2023-05-01", "2024-03-01", "2025-01-15", "2025-09-01", "2026-03-01")


def example_leika_rows(count: int, seed: int = 1) -> list[ImportedEntry]:
    """``count`` invented LeiKa entries, deterministic for a seed; row numbers as in the written file."""
    rng = random.Random(seed)  # noqa: S311 - invented test data, not security
    entries: list[ImportedEntry] = []

    def add(
        key: str,
        name: str,
        extra: dict[str, str],
        parent_key: str | None = None,
        synonyms: tuple[str, ...] = (),
    ) -> bool:
        """Append an entry; whether more are wanted."""
        entries.append(
            ImportedEntry(
                key=key,
                name=name,
                parent_key=parent_key,
                synonyms=synonyms,
                extra={field: value for field, value in extra.items() if value},
                row=len(entries) + 2,
            )
        )
        return len(entries) < count

    objects_per_round = len(_STEMS) * len(_QUALIFIERS)
    index = 0
    while len(entries) < count:
        stem, stem_synonyms = _STEMS[index % len(_STEMS)]
        qualifier = _QUALIFIERS[(index // len(_STEMS)) % len(_QUALIFIERS)]
        variant = index // objects_per_round
        name = stem + qualifier + (f" (Variante {variant + 1})" if variant else "")
        group_number = index % len(_GROUPS)
        kennung_number = index // len(_GROUPS) + 1
        if kennung_number > 999:
            raise ValueError("too many entries for the key space of the example")
        object_key = f"99{group_number + 1:03d}{kennung_number:03d}"
        typisierung = rng.choices(_TYPES, weights=_TYPE_WEIGHTS)[0]
        common = {
            "gruppierung": _GROUPS[group_number],
            "kennung": name,
            "datum": rng.choice(_DATES),
        }
        synonyms = tuple(s + qualifier for s in stem_synonyms) if rng.random() < 0.8 else ()
        index += 1
        if not add(
            key=object_key + "000000",
            name=name,
            synonyms=synonyms,
            extra={**common, "typisierung": typisierung},
        ):
            break
        for code, noun in sorted(rng.sample(_VERRICHTUNGEN, rng.randint(2, 6))):
            features = "; ".join(rng.sample(_FEATURES, rng.randint(1, 2))) if rng.random() < 0.15 else ""
            if not add(
                key=f"{object_key}{code}000",
                name=f"{name} {noun}",
                parent_key=object_key + "000000",
                synonyms=tuple(f"{s} {noun}" for s in synonyms),
                extra={
                    **common,
                    "verrichtung": noun,
                    "bezeichnung2": f"{noun}: {name}" if rng.random() < 0.3 else "",
                    "typisierung": typisierung if rng.random() < 0.85 else rng.choice(_TYPES),
                    "besondere_merkmale": features,
                },
            ):
                return entries
            if rng.random() < 0.3:
                for detail_code, detail in sorted(rng.sample(_DETAILS, rng.randint(1, 3))):
                    if not add(
                        key=f"{object_key}{code}{detail_code}",
                        name=f"{name} {noun} {detail}",
                        parent_key=f"{object_key}{code}000",
                        extra={
                            **common,
                            "verrichtung": noun,
                            "verrichtungsdetail": detail,
                            "typisierung": typisierung,
                        },
                    ):
                        return entries
    return entries
