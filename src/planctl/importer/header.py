"""The header table: issuing and parent body, Quốc hiệu, number and symbol, place and date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from planctl.importer.docx_reader import Cell, Table

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
_NUMBER = re.compile(r"Số\s*:\s*(?P<number>\d*)\s*/\s*(?P<symbol>\S+)")
_DATE = re.compile(
    r"^(?P<place>[^,]+),\s*ngày\s*(?P<d>\d*)\s*tháng\s*(?P<m>\d*)\s*năm\s*(?P<y>\d{4})"
)


@dataclass
class Header:
    issuer_lines: list[str]
    parent_body: str | None
    issuer: str
    number: str | None
    symbol: str | None
    place: str | None
    date: dt.date | None
    year: int | None
    table: int = 0
    extra: list[Cell] = field(default_factory=list)  # cells that are none of the above


def is_header(table: Table) -> bool:
    return any(
        MOTTO in cell.text.upper().replace("HOÀ", "HÒA") for row in table.rows for cell in row
    )


def _lines(cell: Cell) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for p in cell.paragraphs:
        for line in p.text.split("\n"):
            if line.strip() and not set(line.strip()) <= set("-_–—"):
                out.append((line.strip(), p.bold))
    return out


def read_header(table: Table) -> Header:
    left = table.rows[0][0] if table.rows and table.rows[0] else None
    lines = _lines(left) if left is not None else []
    parent: str | None = None
    issuer_lines = [text for text, _ in lines]
    # A parent body prints in normal weight above the bold issuer (ND30 Phụ lục I, ô 2).
    bold = [b for _, b in lines]
    if len(lines) > 1 and not bold[0] and any(bold[1:]):
        first_bold = bold.index(True)
        parent = " ".join(t for t, _ in lines[:first_bold])
        issuer_lines = [t for t, _ in lines[first_bold:]]
    issuer = " ".join(issuer_lines)
    number = symbol = place = None
    date: dt.date | None = None
    year: int | None = None
    extra: list[Cell] = []
    for row in table.rows:
        for cell in row:
            text = " ".join(cell.text.split())
            known = cell is left or MOTTO in text.upper().replace("HOÀ", "HÒA")
            if not (known or _NUMBER.search(text) or _DATE.search(text)) and text:
                extra.append(cell)  # "V/v …" of a công văn, a seal note …
            found = _NUMBER.search(text)
            if found:
                number = found.group("number") or None
                symbol = found.group("symbol")
            # Line by line: other producers put Quốc hiệu, motto and "place, ngày …" in one
            # cell, paragraphs of their own (h/importfx), where `_DATE` wants a line's start.
            cell_lines = [" ".join(line.split()) for line in cell.text.split("\n")]
            when = next((w for w in map(_DATE.search, cell_lines) if w), None)
            if when:
                place = when.group("place").strip()
                year = int(when.group("y"))
                if when.group("d") and when.group("m"):
                    try:
                        date = dt.date(year, int(when.group("m")), int(when.group("d")))
                    except ValueError:
                        date = None
    return Header(
        issuer_lines, parent, issuer, number, symbol, place, date, year, table.index, extra
    )
