"""A tenant's context catalogue (documents, IT systems, legal bases, external parties) as CSV or XLSX.

Only the name is required and must be unique in the file (ignoring case). A parent is named by its key or,
where it has none, by its name; ``ImportedEntry.parent_key`` says it the same way. Columns the layout does
not know are kept in ``extra`` under their header.
"""

from __future__ import annotations

from dataclasses import replace

from django.utils.translation import gettext as _

from catalogues.importers.base import MAX_NAME_CHARS, ImportedEntry, ImportedFile
from catalogues.importers.files import Column, read_sheet
from catalogues.importers.hierarchical import KEY_ALIASES, PARENT_ALIASES
from catalogues.importers.trees import check_tree
from catalogues.importers.values import check_key, check_url, clean_name, is_duplicate, shorten, split_list

NAME = "Bezeichnung"
DESCRIPTION = "Beschreibung"
LINK = "Link"
KEY = "Schlüssel"
PARENT = "Übergeordnet"
SYNONYMS = "Synonyme"
COLUMNS = (
    Column(NAME, aliases=("Name",), required=True, max_length=MAX_NAME_CHARS, single_line=True),
    Column(DESCRIPTION),
    Column(LINK, aliases=("URL",)),
    Column(KEY, aliases=KEY_ALIASES, single_line=True),
    Column(PARENT, aliases=PARENT_ALIASES, single_line=True),
    Column(SYNONYMS),
)


def _ident(entry: ImportedEntry) -> str:
    """How the file names an entry: its key, or its name where it has none."""
    return entry.key if entry.key else "name:" + entry.name.casefold()


def read_context(data: bytes, file_name: str) -> ImportedFile:
    """Read a context catalogue list; raise ``CatalogFileError`` with every problem."""
    sheet = read_sheet(data, file_name, COLUMNS, keep_others=True, declared="iso-8859-1")
    problems = sheet.problems
    entries: list[ImportedEntry] = []
    by_name: dict[str, ImportedEntry] = {}
    by_key: dict[str, ImportedEntry] = {}
    for record in sheet.records:
        row = record.row
        name = clean_name(record[NAME])
        key = record[KEY]
        url = check_url(record[LINK], problems, row, sheet.header(LINK))
        if not name:
            problems.add(_("The name is empty."), row=row, column=sheet.header(NAME))
            continue
        if key and not check_key(key, problems, row, sheet.header(KEY)):
            continue
        if name.casefold() in by_name:
            problems.add(
                _("The name “%(name)s” appears twice (first in row %(first)d).")
                % {"name": shorten(name), "first": by_name[name.casefold()].row},
                row=row,
                column=sheet.header(NAME),
            )
            continue
        if key and is_duplicate(key, by_key, problems, row, sheet.header(KEY)):
            continue
        entry = ImportedEntry(
            key=key,
            name=name,
            parent_key=clean_name(record[PARENT]) or None,
            description=record[DESCRIPTION],
            synonyms=split_list(record[SYNONYMS], "|"),
            url=url,
            extra=dict(record.others),
            row=row,
        )
        entries.append(entry)
        by_name[name.casefold()] = entry
        if key:
            by_key[key] = entry

    parents: dict[str, ImportedEntry | None] = {}
    for entry in entries:
        parent = None
        if entry.parent_key:
            parent = by_key.get(entry.parent_key) or by_name.get(entry.parent_key.casefold())
            if parent is None:
                problems.add(
                    _("The parent “%(parent)s” is neither a key nor a name in the file.")
                    % {"parent": shorten(entry.parent_key)},
                    row=entry.row,
                    column=sheet.header(PARENT),
                )
        parents[_ident(entry)] = parent

    def parent_ident(entry: ImportedEntry) -> str | None:
        parent = parents[_ident(entry)]
        return _ident(parent) if parent is not None else None

    ordered = check_tree(
        entries,
        ident=_ident,
        parent=parent_ident,
        row=lambda e: e.row,
        label=lambda e: e.key or e.name,
        problems=problems,
        column=sheet.header(PARENT),
    )
    problems.raise_if_any()
    result = []
    for entry in ordered:
        parent = parents[_ident(entry)]
        parent_key = (parent.key or parent.name) if parent is not None else None
        result.append(entry if parent_key == entry.parent_key else replace(entry, parent_key=parent_key))
    return ImportedFile(entries=result, notices=list(sheet.notices))
