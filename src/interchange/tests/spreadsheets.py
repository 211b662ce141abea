"""Spreadsheets as municipal lists look, written for the tests (XLSX with openpyxl, CSV in any encoding)."""

import io
from typing import Any

import openpyxl


def xlsx(rows: list[list[Any]], *, title: str = "Prozesse", before: list[list[Any]] | None = None) -> bytes:
    """A workbook whose first sheet holds ``rows`` (below the rows ``before``, such as a title)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in [*(before or []), *rows]:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv(rows: list[list[Any]], *, separator: str = ";", encoding: str = "utf-8", bom: bool = False) -> bytes:
    """A CSV file of ``rows`` (values quoted where needed)."""
    lines = []
    for row in rows:
        cells = []
        for value in row:
            text = "" if value is None else str(value)
            if separator in text or '"' in text or "\n" in text:
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(separator.join(cells))
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data
