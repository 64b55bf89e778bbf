"""Task tables of any column set, and tasks written as prose ("- Cơ quan chủ trì: …").

A header row names the columns (by words, not places); under it, a row whose number is a
Roman numeral, or whose one cell spans the table, is a group; "4.1" under task 4 is a subtask;
a vertically merged cell gives its text to every row it covers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from planctl.importer.docx_reader import Cell, Table

# Header words → field, tried in order; the first field a header names wins.
_HEADER_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("number", ("stt", "tt", "số tt", "số thứ tự")),
    ("lead", ("chủ trì",)),
    ("support", ("phối hợp",)),
    ("deadline", ("thời gian", "thời hạn", "tiến độ")),
    ("output", ("kết quả", "sản phẩm")),
    ("form", ("hình thức",)),
    ("budget", ("kinh phí",)),
    ("notes", ("ghi chú",)),
    ("content", ("nội dung", "nhiệm vụ", "công việc", "tên nhiệm vụ")),
]
# Prose fields: "- Cơ quan chủ trì: Văn phòng Sở."
PROSE_FIELDS: list[tuple[str, tuple[str, ...]]] = [
    ("lead", ("cơ quan chủ trì", "đơn vị chủ trì", "chủ trì")),
    ("support", ("cơ quan phối hợp", "đơn vị phối hợp", "phối hợp")),
    ("deadline", ("thời gian thực hiện", "thời gian hoàn thành", "thời hạn", "thời gian")),
    ("form", ("hình thức thực hiện", "hình thức")),
    ("output", ("sản phẩm", "kết quả")),
    ("budget", ("kinh phí",)),
    ("notes", ("ghi chú",)),
]
_ROMAN = re.compile(r"^[IVXLC]+\.?$")
_GROUP_NUMBER = re.compile(r"^([IVXLC]+)\.\s+(\S.*)$", re.DOTALL)
_NUMBER = re.compile(r"^\d+(\.\d+)*\.?$")


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def header_field(text: str) -> str | None:
    folded = fold(text).rstrip(":")
    for name, words in _HEADER_WORDS:
        if name == "number":
            if folded in words:
                return name
            continue
        if any(w in folded for w in words):
            return name
    return None


def map_columns(row: list[Cell]) -> dict[int, str]:
    """Grid column → field, for a header row naming content and a lead or a deadline."""
    found: dict[int, str] = {}
    for cell in row:
        name = header_field(cell.text)
        if name is not None and name not in found.values():
            found[cell.column] = name
    names = set(found.values())
    if "content" in names and names & {"lead", "deadline", "support"}:
        return found
    return {}


@dataclass
class Row:
    """One body row: values per field (merged cells filled in) and their cells."""

    number: int
    values: dict[str, str]
    cells: dict[str, Cell]
    unmapped: list[Cell] = field(default_factory=list)
    group: str | None = None


@dataclass
class TaskTable:
    table: Table
    columns: dict[int, str]  # grid column → field
    headers: dict[str, str]  # field → header text as printed
    rows: list[Row]
    unmapped_headers: list[Cell]


def read_task_table(table: Table) -> TaskTable | None:
    for h, header in enumerate(table.rows[:3]):  # noqa: B007 (h is used below)
        columns = map_columns(header)
        if columns:
            break
    else:
        return None
    headers = {
        name: " ".join(c.text.split())
        for c in header
        for col, name in columns.items()
        if c.column == col
    }
    unmapped_headers = [c for c in header if c.column not in columns and c.text.strip()]
    width = max((c.column + c.span - 1 for c in header), default=0)
    above: dict[int, str] = {}
    rows: list[Row] = []
    for cells in table.rows[h + 1 :]:
        texts = [c for c in cells if c.text.strip()]
        if not texts:
            continue
        number_col = next((col for col, name in columns.items() if name == "number"), None)
        first = cells[0]
        number_text = first.text.strip() if number_col == first.column else ""
        wide = [c for c in cells if c.span >= max(2, width - 2)]
        if wide or (_ROMAN.match(number_text) and len(texts) <= 2):
            title_cell = wide[0] if wide else (texts[1] if len(texts) > 1 else None)
            title = title_cell.text if title_cell is not None else ""
            # Text in a group row's other cells (a note beside the title) is no field: kept
            # as unmapped so that the report lists it (h/importfx).
            stray = [c for c in texts if c is not title_cell and c.text.strip() != number_text]
            head, _, rest = title.strip().partition("\n")
            typed = _GROUP_NUMBER.match(title.strip())
            if wide and _ROMAN.match(head.strip()) and rest.strip():
                number_text, title = head.strip(), rest  # "I" and the title in one merged cell
            elif typed and number_text in ("", title.strip()):
                # "I. Cải cách thể chế" on one line of a cell merged across the row
                # (h/importfx: LibreOffice's and pandoc's fixtures).
                number_text, title = typed.group(1), typed.group(2)
            rows.append(Row(cells[0].row, {"number": number_text}, {}, stray, _one_line(title)))
            above.clear()
            continue
        values: dict[str, str] = {}
        mapped: dict[str, Cell] = {}
        unmapped: list[Cell] = []
        for cell in cells:
            name = columns.get(cell.column)
            text = cell.text
            if cell.continued:
                text = above.get(cell.column, "")
            else:
                above[cell.column] = text
            if name is None:
                if text.strip():
                    unmapped.append(cell)
                continue
            values[name] = text
            mapped[name] = cell
        rows.append(Row(cells[0].row, values, mapped, unmapped))
    return TaskTable(table, columns, headers, rows, unmapped_headers)


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.split("\n") if part.strip())


def split_units(text: str) -> tuple[list[str], bool]:
    """The units of a cell, and whether they were written one per line after "- ".

    Other producers' cells (h/importfx): units one per paragraph without "- " are one entry
    per line. "A, B" stays one entry as the clerk typed it: planctl's cells
    (facts/cells.py) cut it into the registry's units, and print it back as typed.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and all(line.startswith("-") for line in lines):
        return [line.lstrip("-").strip() for line in lines], True
    joined = " ".join(lines)
    if ";" in joined or len(lines) < 2:
        return [part.strip() for part in joined.split(";") if part.strip()], False
    return lines, False


def prose_field(text: str) -> tuple[str, str] | None:
    """“- Cơ quan chủ trì: Văn phòng Sở.” → ("lead", "Văn phòng Sở")."""
    body = text.strip()
    if body.startswith("-"):
        body = body[1:].strip()
    head, sep, value = body.partition(":")
    if not sep:
        return None
    folded = fold(head)
    for name, words in PROSE_FIELDS:
        if folded in words or any(folded.startswith(w) for w in words):
            value = value.strip()
            return name, value[:-1] if value.endswith(".") and not value.endswith("..") else value
    return None


def is_number(text: str) -> bool:
    return bool(_NUMBER.match(text.strip()))
