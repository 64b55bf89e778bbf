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
from typing import Any

from planctl.model.plan import Column
from planctl.render.reproducible import build_datetime, normalize_zip
from planctl.view import PlanView, TaskRow

FONT_NAME = "Times New Roman"
FONT_SIZE = 12
DATE_FORMAT = "DD/MM/YYYY"
HEADER_FILL = "D9D9D9"
GROUP_FILL = "F2F2F2"

# Sheet names and headers the view does not provide (it names the document's columns only).
TASKS_SHEET = "Nhiệm vụ"
UNITS_SHEET = "Theo đơn vị chủ trì"
ID_HEADER = "Mã nhiệm vụ"
DUE_HEADER = "Hạn hoàn thành"
UNIT_HEADER = "Đơn vị chủ trì"
NO_LEAD = "(Chưa có đơn vị chủ trì)"

# Optional columns: present when the plan's layout shows them or any task fills them.
OPTIONAL = (Column.FORM, Column.OUTPUT, Column.BUDGET, Column.NOTES)

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
    view: PlanView, when: dt.datetime | None = None, zip_time: dt.datetime | None = None
) -> bytes:
    """The workbook for `view`, as bytes; the same view gives the same bytes.

    `when` is the time the document properties carry (created, modified), `zip_time` the
    time of every zip entry; both default to SOURCE_DATE_EPOCH, else 1980-01-01.
    """
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    stamp = when or build_datetime()
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
    tasks.title = TASKS_SHEET
    looks: dict[Look, Any] = {}
    _tasks_sheet(tasks, view, looks)
    _units_sheet(workbook.create_sheet(UNITS_SHEET), view, looks)

    buffer = io.BytesIO()
    # ExcelWriter rather than Workbook.save: save() stamps the current time on the workbook.
    ExcelWriter(workbook, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    return normalize_zip(buffer.getvalue(), zip_time or build_datetime())


def _header_of(view: PlanView, column: Column) -> str:
    """The header the document prints for `column`: the layout's own, else the default."""
    specs = view.content.task_layout.columns
    return view.column_header(column, next((s.header for s in specs if s.field is column), None))


def _task_columns(view: PlanView) -> list[_Col]:
    cols = [
        _Col(_header_of(view, Column.NUMBER), "number", lambda r: r.number),
        _Col(ID_HEADER, "id", lambda r: r.id),
        _Col(_header_of(view, Column.CONTENT), "content", lambda r: r.content),
        _Col(_header_of(view, Column.LEAD), "unit", lambda r: view.units_text(r, "lead")),
        _Col(_header_of(view, Column.SUPPORT), "unit", lambda r: view.units_text(r, "support")),
        _Col(_header_of(view, Column.DEADLINE), "deadline", lambda r: r.deadline_text),
        _Col(DUE_HEADER, "due", lambda r: r.due),
    ]
    shown = {spec.field for spec in view.content.task_layout.columns}
    tasks = [r for r in view.rows if not r.is_group]
    for column in OPTIONAL:
        name = column.value
        if column in shown or any(getattr(r, name) for r in tasks):
            cols.append(_Col(_header_of(view, column), "text", _field(name)))
    return cols


def _field(name: str) -> Callable[[TaskRow], Any]:
    return lambda row: getattr(row, name)


# Columns a group row fills; the others stay empty.
_GROUP_KINDS = ("number", "id", "content")


def _tasks_sheet(ws: Any, view: PlanView, looks: dict[Look, Any]) -> None:
    cols = _task_columns(view)
    kinds = [c.kind for c in cols]
    _header(ws, [c.header for c in cols])
    for row in view.rows:
        values = [
            c.value(row) if not row.is_group or c.kind in _GROUP_KINDS else None for c in cols
        ]
        _append(ws, values, kinds, group=row.is_group, depth=row.depth, looks=looks)
    _finish(ws, [c.header for c in cols], kinds)


def units_rows(view: PlanView) -> list[tuple[str, str, TaskRow]]:
    """(lead unit, qualified number, task) for sheet 2: units in order of first appearance,
    tasks in document order; a task with several lead units appears under each, a task
    without one at the end. A grouped task's number carries its group's: "II.1"."""
    by_unit: dict[str, list[tuple[str, TaskRow]]] = {}
    orphans: list[tuple[str, TaskRow]] = []
    group_number = ""
    for row in view.rows:
        if row.is_group:
            group_number = row.number
            continue
        number = f"{group_number}.{row.number}" if row.group is not None else row.number
        if not row.lead_canonical:
            orphans.append((number, row))
        for unit in dict.fromkeys(row.lead_canonical):
            by_unit.setdefault(unit, []).append((number, row))
    out = [(unit, number, row) for unit, items in by_unit.items() for number, row in items]
    out.extend((NO_LEAD, number, row) for number, row in orphans)
    return out


def _units_sheet(ws: Any, view: PlanView, looks: dict[Look, Any]) -> None:
    headers = [
        UNIT_HEADER,
        _header_of(view, Column.NUMBER),
        ID_HEADER,
        _header_of(view, Column.CONTENT),
        _header_of(view, Column.SUPPORT),
        _header_of(view, Column.DEADLINE),
        DUE_HEADER,
    ]
    kinds = ["unit", "number", "id", "content", "unit", "deadline", "due"]
    _header(ws, headers)
    previous = None
    for unit, number, row in units_rows(view):
        support = "; ".join(row.support_canonical)
        values = [unit, number, row.id, row.content, support, row.deadline_text, row.due]
        _append(ws, values, kinds, first_of_unit=unit != previous, looks=looks)
        previous = unit
    _finish(ws, headers, kinds)


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

    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(name=FONT_NAME, size=FONT_SIZE, bold=True, family=1)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = _border()


def _border(top: str = "thin") -> Any:
    from openpyxl.styles import Border, Side

    thin = Side(style="thin")
    return Border(left=thin, right=thin, top=Side(style=top), bottom=thin)


def _append(
    ws: Any,
    values: Sequence[Any],
    kinds: Sequence[str],
    *,
    group: bool = False,
    depth: int = 0,
    first_of_unit: bool = False,
    looks: dict[Look, Any],
) -> None:
    ws.append([None] * len(values))
    line = ws.max_row
    heavy = first_of_unit and line > 2
    for column, (value, kind) in enumerate(zip(values, kinds, strict=True), start=1):
        cell = ws.cell(row=line, column=column)
        _style(cell, (kind, group, depth if kind == "content" else 0, heavy), looks)
        if isinstance(value, str):
            cell.value = _clean(value)
            cell.data_type = "s"  # text stays text: "=…" is never a formula, "01" never 1
        elif value is not None:
            cell.value = value


def _style(cell: Any, look: Look, looks: dict[Look, Any]) -> None:
    """Style `cell`; the first cell of each look is styled field by field and its style
    copied to the others, since setting fonts, borders and alignments one by one costs most
    of the time of a large table."""
    from copy import copy

    from openpyxl.styles import Alignment, Font, PatternFill

    if look in looks:
        cell._style = copy(looks[look])
        return
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


def _finish(ws: Any, headers: Sequence[str], kinds: Sequence[str]) -> None:
    from openpyxl.utils import get_column_letter

    last_column = get_column_letter(len(headers))
    last_row = max(ws.max_row, 2)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{last_column}{last_row}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for index, (header, kind) in enumerate(zip(headers, kinds, strict=True), start=1):
        letter = get_column_letter(index)
        low, high = WIDTHS[kind]
        longest = max(
            (_longest_line(c.value) for c in ws[letter][1:] if c.value is not None), default=0
        )
        wanted = max(low, min(high, longest + 2), min(high, _longest_line(header) + 2))
        ws.column_dimensions[letter].width = wanted


def _longest_line(value: Any) -> int:
    if isinstance(value, dt.date):
        return 10
    return max((len(line) for line in str(value).split("\n")), default=0)
