"""The OZG-Umsetzungskatalog (CSV or XLSX): Themenfeld → Lebens-/Unternehmenslage → OZG-Leistung.

Themenfelder are the 14 official ones (key ``TF-NN``); a Lage is keyed by its Lage-ID or, without one, by
``LL-NN-`` and a slug of its name; an OZG-Leistung by its five-digit OZG-ID.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from catalogues.importers.base import MAX_NAME_CHARS, ImportedEntry, ImportedFile, Problems
from catalogues.importers.files import Column, Record, Sheet, normalise_header, read_sheet
from catalogues.importers.trees import parents_first
from catalogues.importers.values import check_key, clean_name, shorten, slug, split_list

# (number, slug, official name, further spellings)
THEMENFELDER: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("01", "arbeit", "Arbeit & Ruhestand", ()),
    ("02", "bauen", "Bauen & Wohnen", ()),
    ("03", "bildung", "Bildung", ()),
    ("04", "einwanderung", "Ein- & Auswanderung", ()),
    ("05", "engagement", "Engagement & Hobby", ()),
    ("06", "familie", "Familie & Kind", ()),
    ("07", "forschung", "Forschung & Förderung", ()),
    ("08", "gesundheit", "Gesundheit", ()),
    ("09", "mobilitaet", "Mobilität & Reisen", ()),
    ("10", "recht", "Recht & Ordnung", ()),
    ("11", "steuern", "Steuern & Zoll", ()),
    ("12", "umwelt", "Umwelt", ()),
    (
        "13",
        "unternehmen",
        "Unternehmensführung & -entwicklung",
        ("Unternehmensführung & Unternehmensentwicklung",),
    ),
    ("14", "querschnitt", "Querschnitt", ("Querschnittsleistungen",)),
)
LEBENSLAGE = "Lebenslage"
UNTERNEHMENSLAGE = "Unternehmenslage"

TOPIC = "Themenfeld"
LAGE = "Lage"
LAGE_LEBEN = "Lebenslage"
LAGE_UNTERNEHMEN = "Unternehmenslage"
LAGE_ID = "Lage-ID"
LAGE_ART = "Lagenart"
OZG_ID = "OZG-ID"
NAME = "OZG-Leistung"
LEIKA_KEYS = "LeiKa-Schlüssel"


def _name_column(name: str, *aliases: str, required: bool = False) -> Column:
    return Column(name, aliases=aliases, required=required, max_length=MAX_NAME_CHARS, single_line=True)


COLUMNS = (
    Column(TOPIC, required=True, single_line=True),
    # The Lage stands in one column, or in two (Lebenslage, Unternehmenslage) that say its kind.
    _name_column(LAGE, "Lebens-/Unternehmenslage", "Lebens- und Unternehmenslage"),
    _name_column(LAGE_LEBEN),
    _name_column(LAGE_UNTERNEHMEN),
    Column(LAGE_ID, aliases=("Lagen-ID", "Lebenslage-ID"), single_line=True),
    Column(LAGE_ART, aliases=("Lageart", "Art der Lage")),
    Column(OZG_ID, aliases=("OZG-Nummer", "OZG-Leistungs-ID"), required=True, single_line=True),
    _name_column(NAME, "Bezeichnung", "Leistung", "Leistungsbezeichnung", required=True),
    Column("Beschreibung"),
    Column("Synonyme"),
    Column(LEIKA_KEYS, aliases=("LeiKa", "LeiKa-Leistungsschlüssel", "LeiKa-Leistungen", "LeiKa-IDs")),
)
_OZG_ID = re.compile(r"\d{5}")
_LEIKA_KEY = re.compile(r"\d{14}")
_NUMBERED = re.compile(r"(?:tf)?(\d{1,2})(.*)")


def _topic_form(text: str) -> str:
    return normalise_header(text.replace("&", " und "))


_TOPICS = {
    _topic_form(spelling): (number, topic_slug, name)
    for number, topic_slug, name, spellings in THEMENFELDER
    for spelling in (name, *spellings, topic_slug)
}
_TOPIC_NUMBERS = {number: (number, topic_slug, name) for number, topic_slug, name, _ in THEMENFELDER}


def themenfeld(text: str) -> tuple[str, str, str] | None:
    """(number, slug, official name) of a Themenfeld, tolerant of “&”/“und”, case, spaces, a number."""
    form = _topic_form(text)
    if form in _TOPICS:
        return _TOPICS[form]
    numbered = _NUMBERED.fullmatch(form)
    if numbered:
        found = _TOPIC_NUMBERS.get(f"{int(numbered.group(1)):02d}")
        if found and (not numbered.group(2) or _TOPICS.get(numbered.group(2)) == found):
            return found
    return None


_KINDS = {
    "lebenslage": LEBENSLAGE,
    "ll": LEBENSLAGE,
    "unternehmenslage": UNTERNEHMENSLAGE,
    "ul": UNTERNEHMENSLAGE,
}


@dataclass
class _Lage:
    key: str
    name: str
    topic: tuple[str, str, str]
    row: int
    kind: str = ""
    kind_row: int = 0
    leistungen: list[ImportedEntry] = field(default_factory=list)


def read_ozg(data: bytes, file_name: str) -> ImportedFile:
    """Read the OZG implementation catalogue; raise ``CatalogFileError`` with every problem."""
    sheet = read_sheet(
        data, file_name, COLUMNS, declared="iso-8859-1", one_of=[(LAGE, LAGE_LEBEN, LAGE_UNTERNEHMEN)]
    )
    problems = sheet.problems
    ids_by_name = _lage_ids_by_name(sheet)
    topics: dict[str, tuple[tuple[str, str, str], int]] = {}  # number → (Themenfeld, first row)
    lagen: dict[str, _Lage] = {}
    leistungen: dict[str, ImportedEntry] = {}
    for record in sheet.records:
        topic = _topic(record, sheet, problems)
        lage_name, kind = _lage_of(record, sheet, problems)
        ozg_id = _ozg_id(record, sheet, problems)
        name = clean_name(record[NAME])
        if not name:
            problems.add(
                _("The name of the OZG service is empty."), row=record.row, column=sheet.header(NAME)
            )
        leika_keys = _leika_keys(record, sheet, problems)
        if topic is None or not lage_name or ozg_id is None or not name or leika_keys is None:
            continue
        lage = _lage(record, sheet, problems, lagen, ids_by_name, topic, lage_name, kind)
        if lage is None:
            continue
        topics.setdefault(topic[0], (topic, record.row))
        if ozg_id in leistungen:
            problems.add(
                _("The OZG-ID %(key)s appears twice (first in row %(first)d).")
                % {"key": ozg_id, "first": leistungen[ozg_id].row},
                row=record.row,
                column=sheet.header(OZG_ID),
            )
            continue
        extra = {"themenfeld": topic[1]}
        if leika_keys:
            extra["leika_keys"] = " ".join(leika_keys)
        leistung = ImportedEntry(
            key=ozg_id,
            name=name,
            parent_key=lage.key,
            description=record["Beschreibung"],
            synonyms=split_list(record["Synonyme"], "|"),
            extra=extra,
            row=record.row,
        )
        leistungen[ozg_id] = leistung
        lage.leistungen.append(leistung)
    _check_key_clashes(lagen, leistungen, problems)
    problems.raise_if_any()

    entries: list[ImportedEntry] = [
        ImportedEntry(key=f"TF-{number}", name=name, extra={"themenfeld": topic_slug}, row=row)
        for (number, topic_slug, name), row in sorted(topics.values())
    ]
    for lage in lagen.values():
        extra = {"themenfeld": lage.topic[1]}
        if lage.kind:
            extra["art"] = lage.kind
        entries.append(
            ImportedEntry(
                key=lage.key,
                name=lage.name,
                parent_key=f"TF-{lage.topic[0]}",
                extra=extra,
                row=lage.row,
            )
        )
        entries.extend(lage.leistungen)
    ordered = parents_first(entries, ident=lambda e: e.key, parent=lambda e: e.parent_key)
    return ImportedFile(entries=ordered, notices=list(sheet.notices))


def _topic(record: Record, sheet: Sheet, problems: Problems) -> tuple[str, str, str] | None:
    value = clean_name(record[TOPIC])
    if not value:
        problems.add(_("The Themenfeld is empty."), row=record.row, column=sheet.header(TOPIC))
        return None
    found = themenfeld(value)
    if found is None:
        problems.add(
            _("“%(value)s” is not one of the 14 Themenfelder of the OZG (e.g. “%(example)s”).")
            % {"value": shorten(value), "example": THEMENFELDER[0][2]},
            row=record.row,
            column=sheet.header(TOPIC),
        )
    return found


def _lage_of(record: Record, sheet: Sheet, problems: Problems) -> tuple[str, str]:
    """The Lage's name and kind (Lebenslage/Unternehmenslage, "" when the file does not say)."""
    kind = ""
    column = LAGE
    name = clean_name(record[LAGE])
    if not name:
        for column, column_kind in ((LAGE_LEBEN, LEBENSLAGE), (LAGE_UNTERNEHMEN, UNTERNEHMENSLAGE)):
            name = clean_name(record[column])
            if name:
                kind = column_kind
                break
    if not name:
        column = next(c for c in (LAGE, LAGE_LEBEN, LAGE_UNTERNEHMEN) if sheet.has(c))
        problems.add(
            _("The Lebens- or Unternehmenslage is empty."), row=record.row, column=sheet.header(column)
        )
        return "", ""
    stated = record[LAGE_ART]
    if stated:
        stated_kind = _KINDS.get(normalise_header(stated))
        if stated_kind is None:
            problems.add(
                _("The kind of Lage “%(value)s” is neither Lebenslage nor Unternehmenslage.")
                % {"value": shorten(stated, 40)},
                row=record.row,
                column=sheet.header(LAGE_ART),
            )
        elif kind and stated_kind != kind:
            problems.add(
                _("The kind of Lage “%(value)s” contradicts the column “%(column)s”.")
                % {"value": stated, "column": sheet.header(column)},
                row=record.row,
                column=sheet.header(LAGE_ART),
            )
        else:
            kind = stated_kind
    return name, kind


def _lage_ids_by_name(sheet: Sheet) -> dict[str, str]:
    """Lage-IDs by Lage name, from the rows that give one (rows without one reuse it)."""
    if not sheet.has(LAGE_ID):
        return {}
    ids: dict[str, str] = {}
    for record in sheet.records:
        lage_id = record[LAGE_ID].strip()
        name = clean_name(record[LAGE] or record[LAGE_LEBEN] or record[LAGE_UNTERNEHMEN])
        if lage_id and name:
            ids.setdefault(name.casefold(), lage_id)
    return ids


def _lage(
    record: Record,
    sheet: Sheet,
    problems: Problems,
    lagen: dict[str, _Lage],
    ids_by_name: dict[str, str],
    topic: tuple[str, str, str],
    name: str,
    kind: str,
) -> _Lage | None:
    """The Lage of a row, created at its first row; a Lage in two Themenfelder is a problem."""
    lage_id = record[LAGE_ID] or ids_by_name.get(name.casefold(), "")
    if record[LAGE_ID] and not check_key(lage_id, problems, record.row, sheet.header(LAGE_ID)):
        return None
    # A Lage is the same by its ID or, without one, by its name (in whatever Themenfeld it appears).
    identity = lage_id or "name:" + name.casefold()
    lage = lagen.get(identity)
    if lage is None:
        key = lage_id or f"LL-{topic[0]}-{slug(name)}"
        lage = lagen[identity] = _Lage(key=key, name=name, topic=topic, row=record.row)
    elif lage.topic != topic:
        problems.add(
            _(
                "The Lage “%(lage)s” appears under two Themenfelder: “%(first)s” (row %(first_row)d) "
                "and “%(second)s”."
            )
            % {"lage": name, "first": lage.topic[2], "first_row": lage.row, "second": topic[2]},
            row=record.row,
            column=sheet.header(TOPIC),
        )
        return None
    elif record[LAGE_ID] and lage.name.casefold() != name.casefold():
        problems.add(
            _("The Lage-ID %(key)s stands for “%(first)s” in row %(first_row)d and for “%(second)s” here.")
            % {"key": lage.key, "first": lage.name, "first_row": lage.row, "second": name},
            row=record.row,
            column=sheet.header(LAGE_ID),
        )
        return None
    if kind:
        if lage.kind and lage.kind != kind:
            problems.add(
                _("The Lage “%(lage)s” was a %(first)s in row %(first_row)d and is a %(second)s here.")
                % {"lage": name, "first": lage.kind, "first_row": lage.kind_row, "second": kind},
                row=record.row,
            )
            return None
        if not lage.kind:
            lage.kind, lage.kind_row = kind, record.row
    return lage


def _ozg_id(record: Record, sheet: Sheet, problems: Problems) -> str | None:
    value = "".join(record[OZG_ID].split())
    if not value:
        problems.add(_("The OZG-ID is empty."), row=record.row, column=sheet.header(OZG_ID))
        return None
    if not _OZG_ID.fullmatch(value):
        problems.add(
            _("The OZG-ID “%(value)s” is not a number of five digits.") % {"value": shorten(value, 30)},
            row=record.row,
            column=sheet.header(OZG_ID),
        )
        return None
    return value


def _leika_keys(record: Record, sheet: Sheet, problems: Problems) -> tuple[str, ...] | None:
    """The LeiKa keys of a row (separated by | , ; or spaces); ``None`` when one is malformed."""
    column = LEIKA_KEYS
    keys = tuple(dict.fromkeys(k for k in re.split(r"[|,;\s]+", record[column]) if k))
    wrong = [k for k in keys if not _LEIKA_KEY.fullmatch(k)]
    if wrong:
        problems.add(
            _("The LeiKa key “%(key)s” is malformed (a LeiKa key has 14 digits).")
            % {"key": shorten(wrong[0], 30)},
            row=record.row,
            column=sheet.header(column),
        )
        return None
    return keys


def _check_key_clashes(
    lagen: dict[str, _Lage], leistungen: dict[str, ImportedEntry], problems: Problems
) -> None:
    keys: set[str] = set()
    for lage in lagen.values():
        if lage.key in leistungen or lage.key.startswith("TF-") or lage.key in keys:
            problems.add(
                _("The key %(key)s of the Lage “%(lage)s” is also used for another entry.")
                % {"key": lage.key, "lage": lage.name},
                row=lage.row,
            )
        keys.add(lage.key)
