"""A table in a spreadsheet (.xlsx) read by its header row: each column mapped to a field.

Whoever made the sheet (planctl's tracking sheet, a clerk's own task list), its columns are
found by their headers, not their places: the first row, among the first rows of a sheet,
whose cells name enough of the wanted fields is the header row, and each row under it is read
cell by cell, each cell keeping its reference ("Nhiệm vụ!G12") so that a caller can say which
cell it could not use. Rows that repeat the header (a sheet of several Excel Tables, each
with its own header) are skipped; header cells that name no field are listed, so that
nothing is dropped silently.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Where a header row may start: below a title block, never much further down.
HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class Field:
    """A field of the data and the headers that name its column, in any case and spacing."""

    name: str
    headers: tuple[str, ...]


@dataclass(frozen=True)
class Cell:
    sheet: str
    row: int
    column: int
    value: Any

    @property
    def ref(self) -> str:
        """“Nhiệm vụ!G12”: the sheet and cell a spreadsheet shows."""
        from openpyxl.utils import get_column_letter

        return f"{self.sheet}!{get_column_letter(self.column)}{self.row}"

    @property
    def empty(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


@dataclass
class Row:
    line: int
    cells: dict[str, Cell]  # per field name, every mapped column (empty cells included)

    def value(self, name: str) -> Any:
        cell = self.cells.get(name)
        return None if cell is None or cell.empty else cell.value

    def empty(self, names: Iterable[str] | None = None) -> bool:
        wanted = self.cells if names is None else names
        return all(self.cells[n].empty for n in wanted if n in self.cells)


@dataclass
class Table:
    path: Path
    sheet: str
    header_line: int
    columns: dict[str, int]  # field name → column number (1-based)
    unmapped: list[Cell] = field(default_factory=list)  # header cells naming no field
    rows: list[Row] = field(default_factory=list)


class SheetError(Exception):
    """The file cannot be read as a table; `key` is the i18n key of the message."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args

    def message(self, lang: str) -> str:
        from planctl.i18n import t

        return t(self.key, lang, **self.args_)


def fold_header(text: str) -> str:
    """A header as compared: NFC, one case, one space, no trailing colon or asterisk."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip().rstrip(":*").strip().casefold()


def _without_notes(text: str) -> str:
    """“Thời hạn (dd/mm/yyyy)” → “thời hạn”: a header's note in brackets left out."""
    return re.sub(r"\s*\([^)]*\)", "", text).strip()


def _matcher(fields: Sequence[Field]) -> dict[str, str]:
    names: dict[str, str] = {}
    for wanted in fields:
        for header in (wanted.name, *wanted.headers):
            names.setdefault(fold_header(header), wanted.name)
    return names


def map_header(values: Sequence[Any], fields: Sequence[Field]) -> dict[str, int]:
    """Field name → column (1-based) for one row of header cells; the first column wins."""
    names = _matcher(fields)
    found: dict[str, int] = {}
    for column, value in enumerate(values, start=1):
        if not isinstance(value, str) or not value.strip():
            continue
        folded = fold_header(value)
        name = names.get(folded) or names.get(_without_notes(folded))
        if name is not None and name not in found:
            found[name] = column
    return found


def open_workbook(path: Path, display: str | None = None) -> Any:
    """The workbook, values as last computed (formulas' results); a clear error otherwise."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    shown = display or str(path)
    if not path.is_file():
        raise SheetError("sheet.missing", path=shown)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise SheetError("sheet.unreadable", path=shown, reason=exc) from exc


def read_table(
    path: Path,
    fields: Sequence[Field],
    *,
    required: Sequence[str] = (),
    sheet: str | None = None,
    display: str | None = None,
) -> Table:
    """The first table of `path` (or of its sheet `sheet`) whose header names the
    `required` fields and at least two fields in all; visible sheets first, in order."""
    book = open_workbook(path, display)
    try:
        sheets = [book[sheet]] if sheet is not None and sheet in book.sheetnames else []
        if sheet is None:
            sheets = sorted(book.worksheets, key=lambda ws: ws.sheet_state != "visible")
        for ws in sheets:
            table = _table_in(ws, path, fields, required)
            if table is not None:
                return table
    finally:
        book.close()
    wanted = ", ".join(f.headers[0] if f.headers else f.name for f in fields if f.name in required)
    raise SheetError(
        "sheet.no_header", path=display or path, wanted=wanted, rows=HEADER_SEARCH_ROWS
    )


def _table_in(
    ws: Any, path: Path, fields: Sequence[Field], required: Sequence[str]
) -> Table | None:
    rows = ws.iter_rows(values_only=True)
    for line, values in enumerate(rows, start=1):
        if line > HEADER_SEARCH_ROWS:
            return None
        columns = map_header(values, fields)
        if len(columns) >= 2 and all(name in columns for name in required):
            break
    else:
        return None
    header = tuple(values)
    table = Table(path, ws.title, line, columns)
    mapped = set(columns.values())
    table.unmapped = [
        Cell(ws.title, line, column, value)
        for column, value in enumerate(header, start=1)
        if column not in mapped and isinstance(value, str) and value.strip()
    ]
    for number, values in enumerate(rows, start=line + 1):
        if tuple(values[: len(header)]) == header:
            continue  # the header of the next Excel Table on the sheet
        cells = {
            name: Cell(
                ws.title, number, column, values[column - 1] if column <= len(values) else None
            )
            for name, column in columns.items()
        }
        row = Row(number, cells)
        if not row.empty():
            table.rows.append(row)
    return table
