"""The generic hierarchical list (KGSt, SRH, product plans): one row per entry, its parent by key.

Without a parent column (or with an empty one) dotted keys give the tree: the parent of “2.3.4” is “2.3”.
Columns the layout does not know are kept in ``extra`` under their header.
"""

from __future__ import annotations

from dataclasses import replace

from django.utils.translation import gettext as _

from catalogues.importers.base import MAX_NAME_CHARS, ImportedEntry, ImportedFile, Problems
from catalogues.importers.files import Column, read_sheet
from catalogues.importers.trees import check_tree
from catalogues.importers.values import check_key, check_url, clean_name, is_duplicate, shorten, split_list

KEY = "Schlüssel"
PARENT = "Übergeordnet"
NAME = "Bezeichnung"
DESCRIPTION = "Beschreibung"
SYNONYMS = "Synonyme"
LINK = "Link"
KEY_ALIASES = ("Code", "Nummer", "Kennung")
PARENT_ALIASES = ("Übergeordneter Schlüssel", "Parent", "Eltern")
COLUMNS = (
    Column(KEY, aliases=KEY_ALIASES, required=True, single_line=True),
    Column(PARENT, aliases=PARENT_ALIASES, single_line=True),
    Column(NAME, aliases=("Name",), required=True, max_length=MAX_NAME_CHARS, single_line=True),
    Column(DESCRIPTION),
    Column(SYNONYMS),
    Column(LINK, aliases=("URL",)),
)


def read_hierarchical(data: bytes, file_name: str) -> ImportedFile:
    """Read a hierarchical list (CSV or XLSX); raise ``CatalogFileError`` with every problem."""
    sheet = read_sheet(data, file_name, COLUMNS, keep_others=True, declared="iso-8859-1")
    problems = sheet.problems
    by_key: dict[str, ImportedEntry] = {}
    for record in sheet.records:
        row = record.row
        key = record[KEY]
        valid_key = check_key(key, problems, row, sheet.header(KEY))
        name = clean_name(record[NAME])
        if not name:
            problems.add(_("The name is empty."), row=row, column=sheet.header(NAME))
        url = check_url(record[LINK], problems, row, sheet.header(LINK))
        if not valid_key:
            continue
        if is_duplicate(key, by_key, problems, row, sheet.header(KEY)):
            continue
        by_key[key] = ImportedEntry(
            key=key,
            name=name,
            parent_key=record[PARENT] or None,
            description=record[DESCRIPTION],
            synonyms=split_list(record[SYNONYMS], "|"),
            url=url,
            extra=dict(record.others),
            row=row,
        )
    by_dots = not any(record[PARENT] for record in sheet.records)
    entries = []
    for entry in by_key.values():
        if by_dots:
            parent = _dotted_parent(entry, by_key, problems, sheet.header(KEY))
        else:
            parent = entry.parent_key
            if parent is not None and parent not in by_key:
                problems.add(
                    _("The parent key “%(parent)s” does not exist in the file.")
                    % {"parent": shorten(parent)},
                    row=entry.row,
                    column=sheet.header(PARENT),
                )
                parent = None
        entries.append(entry if parent == entry.parent_key else replace(entry, parent_key=parent))
    ordered = check_tree(
        entries,
        ident=lambda e: e.key,
        parent=lambda e: e.parent_key,
        row=lambda e: e.row,
        label=lambda e: e.key,
        problems=problems,
        column=sheet.header(PARENT) if not by_dots else None,
    )
    problems.raise_if_any()
    return ImportedFile(entries=ordered, notices=list(sheet.notices))


def _dotted_parent(
    entry: ImportedEntry, by_key: dict[str, ImportedEntry], problems: Problems, column: str
) -> str | None:
    """The parent of a dotted key (“2.3” for “2.3.4”), which must exist in the file."""
    base = entry.key.rstrip(".")
    if "." not in base:
        return None
    parent = base.rsplit(".", 1)[0]
    for candidate in (parent, parent + "."):
        if candidate in by_key:
            return candidate
    problems.add(
        _("The key “%(key)s” lies below “%(parent)s” (by its dots), but the file has no entry “%(parent)s”.")
        % {"key": entry.key, "parent": parent},
        row=entry.row,
        column=column,
    )
    return None
