"""What a document says, in order, before anyone decides how it looks.

`compose` turns a plan view and the wording templates into these blocks; a writer (docx now;
pdf, html later) lays them out. A block names its role ("the title", "a legal basis"), never a
font or a size: those live in the writer and the reference document's styles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    """The part a paragraph plays; the writer maps each to a style."""

    KIND = "kind"  # KẾ HOẠCH, QUYẾT ĐỊNH, NGHỊ QUYẾT, CHƯƠNG TRÌNH
    TITLE = "title"  # trích yếu, with a short rule under it
    CAPTION = "caption"  # (Ban hành kèm theo Quyết định số …)
    AUTHORITY = "authority"  # BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG
    BASIS = "basis"  # Căn cứ …; Thực hiện …; Xét đề nghị của …; Trên cơ sở …
    FORMULA = "formula"  # QUYẾT ĐỊNH:, QUYẾT NGHỊ:
    BODY = "body"
    PART = "part"  # I. MỤC ĐÍCH, YÊU CẦU
    SECTION = "section"  # 1. Mục đích
    POINT = "point"  # a) …, with a heading of its own
    BULLET = "bullet"  # - …
    ARTICLE = "article"  # Điều 1. …
    FIELD = "field"  # - Cơ quan chủ trì: …
    END_MARK = "end_mark"  # ./. standing alone after a table
    APPENDIX_LABEL = "appendix_label"
    APPENDIX_TITLE = "appendix_title"
    APPENDIX_CAPTION = "appendix_caption"
    ADDRESSEE = "addressee"  # Kính gửi: … (a report, an upward document)


class Emphasis(StrEnum):
    NONE = ""
    STRONG = "strong"  # Điều 1.
    LABEL = "label"  # Cơ quan chủ trì:


@dataclass(frozen=True)
class Run:
    text: str
    emphasis: Emphasis = Emphasis.NONE


@dataclass(frozen=True)
class Para:
    role: Role
    runs: tuple[Run, ...]

    @classmethod
    def of(cls, role: Role, text: str) -> Para:
        return cls(role, (Run(text),))

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Header:
    """The two-column header: bodies and number on the left, Quốc hiệu and date on the right."""

    parent_body: str | None
    issuer: str
    national_title: str
    motto: str
    number_line: str | None  # None in a plan issued by a decision
    date_line: str | None


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    weight: float
    fixed: bool = False  # the plan set this width; the writer keeps its share


@dataclass(frozen=True)
class Row:
    """A task (cells, one tuple of lines per column) or a group (number and title only)."""

    number: str
    cells: tuple[tuple[str, ...], ...]
    is_group: bool = False
    depth: int = 0
    emphasis: bool = False  # a total row: bold, as the official tables print it


@dataclass(frozen=True)
class TaskTable:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Signature:
    recipients_label: str
    recipients: tuple[str, ...]
    # Outermost first: ("TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"); () when the head signs in person.
    authority_lines: tuple[str, ...]
    title_line: str  # THỨ TRƯỞNG
    name: str


Block = Para | Header | TaskTable | Signature


@dataclass
class Part:
    """A document of its own inside the file: it starts a page and numbers its own pages.

    The decision, the plan it issues, and each appendix are parts (Nghị định 30 numbers an
    appendix's pages separately). `wide` parts hold wide tables and are set landscape.
    """

    name: str
    blocks: list[Block] = field(default_factory=list)
    wide: bool = False


@dataclass
class Composed:
    parts: list[Part]
    title: str
    subject: str
    author: str
    date: dt.date | None
    keywords: str = ""
    category: str = ""  # the kind's heading: NGHỊ QUYẾT, QUYẾT ĐỊNH, KẾ HOẠCH, CHƯƠNG TRÌNH

    def blocks(self) -> list[Block]:
        return [b for part in self.parts for b in part.blocks]
