"""The task table as a workbook for clerks (.xlsx): the document's rows, ready to filter.

Sheet 1 holds the rows and numbers of the document's task table (group rows, tasks,
subtasks indented), the task id, the deadline as written and as a date (the last day of the
period) where it has one. Sheet 2 lists the tasks again per lead unit (canonical names), one
row per unit and task, so that each unit filters its own work. Same view, same bytes: the
document properties carry a fixed time and the zip is normalised.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from planctl.model.fields import COLUMN_FIELDS, OPTIONAL_COLUMNS
from planctl.render.reproducible import build_datetime, normalize_zip
from planctl.view import PlanView, TaskRow

if TYPE_CHECKING:
    from planctl.render.templates import Wording

FONT_NAME = "Times New Roman"
FONT_SIZE = 12
DATE_FORMAT = "DD/MM/YYYY"
HEADER_FILL = "D9D9D9"
GROUP_FILL = "F2F2F2"
EXCEL_CELL_CHARS = 32767

TASKS_TEMPLATE = "tasks.j2"
# The workbook's own words in tasks.j2 (`workbook`): sheet names, extra columns.
WORKBOOK_WORDS = ("tasks_sheet", "units_sheet", "id", "due", "unit", "no_lead")


@dataclass(frozen=True)
class XlsxWords:
    """The wording of the workbook, from the templates (an organisation's override included)."""

    headers: dict[str, str]  # per task field, as the document's table prints them
    workbook: dict[str, str]

    @classmethod
    def of(cls, words: Wording | None = None) -> XlsxWords:
        from planctl.render.templates import Wording

        words = words or Wording()
        headers = words.field_words(TASKS_TEMPLATE, "headers", COLUMN_FIELDS)
        return cls(headers, words.field_words(TASKS_TEMPLATE, "workbook", WORKBOOK_WORDS))


# (minimum, maximum) width in characters, per kind of column.
WIDTHS: dict[str, tuple[int, int]] = {
    "number": (6, 10),
    "id": (12, 28),
    "content": (40, 70),
    "unit": (20, 36),
    "deadline": (16, 26),
    "due": (13, 13),
    "text": (14, 36),
}


Look = tuple[str, bool, int, bool]
"""How a body cell looks: column kind, group row, indent, heavy top rule."""


@dataclass(frozen=True)
class _Col:
    header: str
    kind: str
    value: Callable[[TaskRow], Any]


def render_xlsx(
    view: PlanView,
    when: dt.datetime | None = None,
    zip_time: dt.datetime | None = None,
    words: Wording | None = None,
) -> bytes:
    """The workbook for `view`, as bytes; the same view gives the same bytes.

    `when` is the time the document properties carry (created, modified), `zip_time` the
    time of every zip entry; both default to SOURCE_DATE_EPOCH, else 1980-01-01.
    """
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    stamp = when or build_datetime()
    wording = XlsxWords.of(words)
    workbook = Workbook()
    _default_font(workbook)
    props = workbook.properties
    props.creator = "planctl"
    props.lastModifiedBy = "planctl"
    props.title = _clean(view.content.title)
    props.subject = view.symbol()
    props.created = stamp
    props.modified = stamp

    tasks = workbook.active
    tasks.title = wording.workbook["tasks_sheet"]
    looks: dict[Look, Any] = {}
    _tasks_sheet(tasks, view, wording, looks)
    _units_sheet(workbook.create_sheet(wording.workbook["units_sheet"]), view, wording, looks)

    buffer = io.BytesIO()
    # ExcelWriter rather than Workbook.save: save() stamps the current time on the workbook.
    ExcelWriter(workbook, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    return normalize_zip(buffer.getvalue(), zip_time or build_datetime())


def _header_of(view: PlanView, words: XlsxWords, field: str) -> str:
    """The header the document prints for a field: the layout's own, else the templates'."""
    specs = view.content.task_layout.columns
    own = next((s.header for s in specs if s.field.value == field), None)
    return own or words.headers[field]


def _task_columns(view: PlanView, words: XlsxWords) -> list[_Col]:
    def header(field: str) -> str:
        return _header_of(view, words, field)

    cols = [
        _Col(header("number"), "number", lambda r: r.number),
        _Col(words.workbook["id"], "id", lambda r: r.id),
        _Col(header("content"), "content", lambda r: r.content),
        _Col(header("lead"), "unit", lambda r: view.units_text(r, "lead")),
        _Col(header("support"), "unit", lambda r: view.units_text(r, "support")),
        _Col(header("deadline"), "deadline", lambda r: r.deadline_text),
        _Col(words.workbook["due"], "due", lambda r: r.due),
    ]
    shown = {spec.field.value for spec in view.content.task_layout.columns}
    tasks = [r for r in view.rows if not r.is_group]
    for name in OPTIONAL_COLUMNS:
        if name in shown or any(r.text(name) for r in tasks):
            cols.append(_Col(header(name), "text", _field(name)))
    return cols


def _field(name: str) -> Callable[[TaskRow], Any]:
    return lambda row: row.text(name)


# Columns a group row fills; the others stay empty.
_GROUP_KINDS = ("number", "id", "content")


def _tasks_sheet(ws: Any, view: PlanView, words: XlsxWords, looks: dict[Look, Any]) -> None:
    cols = _task_columns(view, words)
    rows = _Rows(ws, [c.header for c in cols], [c.kind for c in cols], looks)
    for row in view.rows:
        values = [
            c.value(row) if not row.is_group or c.kind in _GROUP_KINDS else None for c in cols
        ]
        rows.append(values, group=row.is_group, depth=row.depth)
    rows.finish()


def units_rows(view: PlanView, no_lead: str) -> list[tuple[str, str, TaskRow]]:
    """(lead unit, qualified number, task) for sheet 2: units in order of first appearance,
    tasks in document order; a task with several lead units appears under each, a task
    without one at the end. A grouped task's number carries its group's: "II.1"."""
    by_unit: dict[str, list[tuple[str, TaskRow]]] = {}
    orphans: list[tuple[str, TaskRow]] = []
    for row in view.rows:
        if row.is_group:
            continue
        number = row.qualified_number
        if not row.lead_canonical:
            orphans.append((number, row))
        for unit in dict.fromkeys(row.lead_canonical):
            by_unit.setdefault(unit, []).append((number, row))
    out = [(unit, number, row) for unit, items in by_unit.items() for number, row in items]
    out.extend((no_lead, number, row) for number, row in orphans)
    return out


def _units_sheet(ws: Any, view: PlanView, words: XlsxWords, looks: dict[Look, Any]) -> None:
    headers = [
        words.workbook["unit"],
        _header_of(view, words, "number"),
        words.workbook["id"],
        _header_of(view, words, "content"),
        _header_of(view, words, "support"),
        _header_of(view, words, "deadline"),
        words.workbook["due"],
    ]
    kinds = ["unit", "number", "id", "content", "unit", "deadline", "due"]
    rows = _Rows(ws, headers, kinds, looks)
    previous = None
    for unit, number, row in units_rows(view, words.workbook["no_lead"]):
        support = "; ".join(row.support_canonical)
        values = [unit, number, row.id, row.content, support, row.deadline_text, row.due]
        rows.append(values, first_of_unit=unit != previous)
        previous = unit
    rows.finish()


# --- cells -----------------------------------------------------------------------------------


def _default_font(workbook: Any) -> None:
    """Times New Roman for every cell, including those the clerk adds later."""
    from openpyxl.styles import Font
    from openpyxl.utils.indexed_list import IndexedList

    font = Font(name=FONT_NAME, size=FONT_SIZE, family=1)
    workbook._fonts = IndexedList([font])
    workbook._named_styles["Normal"].font = font


def _clean(text: str) -> str:
    """Control characters a workbook cannot hold (vertical tab, form feed …) become spaces."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return str(ILLEGAL_CHARACTERS_RE.sub(" ", text))


def _header(ws: Any, headers: Sequence[str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    ws.append([None] * len(headers))
    for cell, header in zip(ws[1], headers, strict=True):
        # A header is a plan's own text (`task_layout.columns[].header`): a string, never a
        # formula, whatever it starts with.
        cell.value = _clean(header)
        cell.data_type = "s"
        cell.font = Font(name=FONT_NAME, size=FONT_SIZE, bold=True, family=1)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = _border()


def _border(top: str = "thin") -> Any:
    from openpyxl.styles import Border, Side

    thin = Side(style="thin")
    return Border(left=thin, right=thin, top=Side(style=top), bottom=thin)


class _Rows:
    """The body of one sheet, written row after row below its header.

    It counts its own rows and keeps each column's longest line as it goes: asking the sheet
    (`max_row`, a column's cells) scans every cell written so far, which made a table of
    10,000 tasks cost minutes instead of seconds.
    """

    def __init__(
        self, ws: Any, headers: Sequence[str], kinds: Sequence[str], looks: dict[Look, Any]
    ) -> None:
        _header(ws, headers)
        self.ws = ws
        self.headers = headers
        self.kinds = kinds
        self.looks = looks
        self.line = 1  # the last row written: the header
        self.longest = [0] * len(kinds)

    def append(
        self,
        values: Sequence[Any],
        *,
        group: bool = False,
        depth: int = 0,
        first_of_unit: bool = False,
    ) -> None:
        from openpyxl.cell.cell import Cell

        self.line += 1
        line = self.line
        heavy = first_of_unit and line > 2
        cells = self.ws._cells
        longest = self.longest
        for column, (value, kind) in enumerate(zip(values, self.kinds, strict=True), start=1):
            look = (kind, group, depth if kind == "content" else 0, heavy)
            style = self.looks.get(look)
            cell = Cell(self.ws, row=line, column=column, style_array=style)
            cells[(line, column)] = cell
            if style is None:
                _style(cell, look, self.looks)
            if isinstance(value, str):
                # What openpyxl's value setter stores (text cut at Excel's 32,767 characters),
                # without its type guessing: text stays text, "=…" is never a formula, "01"
                # never 1; and without its second scan for the control characters _clean
                # has already replaced.
                cell._value = _clean(value)[:EXCEL_CELL_CHARS]
                cell.data_type = "s"
            elif value is not None:
                cell.value = value
            else:
                continue
            longest[column - 1] = max(longest[column - 1], _longest_line(cell._value))

    def finish(self) -> None:
        _finish(self.ws, self.headers, self.kinds, max(self.line, 2), self.longest)


def _style(cell: Any, look: Look, looks: dict[Look, Any]) -> None:
    """Style the first cell of a look field by field and keep its style for the others,
    since setting fonts, borders and alignments one by one costs most of the time of a
    large table."""
    from copy import copy

    from openpyxl.styles import Alignment, Font, PatternFill

    kind, group, indent, heavy = look
    if kind == "due":
        cell.number_format = DATE_FORMAT
    cell.font = Font(name=FONT_NAME, size=FONT_SIZE, bold=group, family=1)
    cell.border = _border("medium" if heavy else "thin")
    if group:
        cell.fill = PatternFill("solid", fgColor=GROUP_FILL)
    cell.alignment = Alignment(
        horizontal="center" if kind in ("number", "deadline", "due") else "left",
        vertical="top",
        wrap_text=True,
        indent=indent,
    )
    looks[look] = copy(cell._style)


def _finish(
    ws: Any, headers: Sequence[str], kinds: Sequence[str], last_row: int, longest: Sequence[int]
) -> None:
    from openpyxl.utils import get_column_letter

    last_column = get_column_letter(len(headers))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{last_column}{last_row}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for index, (header, kind) in enumerate(zip(headers, kinds, strict=True), start=1):
        low, high = WIDTHS[kind]
        wanted = max(low, min(high, longest[index - 1] + 2), min(high, _longest_line(header) + 2))
        ws.column_dimensions[get_column_letter(index)].width = wanted


def _longest_line(value: Any) -> int:
    if isinstance(value, dt.date):
        return 10
    return max((len(line) for line in str(value).split("\n")), default=0)
