"""The tracking sheet (.xlsx) a plan's units fill in: one row per task, status columns to type
into, read back by `planctl status import`.

The tasks sit in Excel Tables, one per group of the plan, each under its group's row: a
unit sorts or filters a Table without its group rows (outside every Table) being sorted in
among the tasks. Columns: the task id (hidden; how the row is read back, whatever the order),
STT, content, lead and supporting units, deadline, then the columns to fill: status (a
drop-down of the four states), completion date (date validation), the product's number and
symbol, date and summary (số, ký hiệu, ngày, trích yếu), and notes. Rows are as tall as
their text needs on paper, the page is A4 landscape, fitted to its width, the header row
printed on every page.

A hidden sheet records what the sheet was made from (plan, status file, period, as-of date,
the plan's fingerprint) and, per task, a digest of the values it was pre-filled with, so that
the import can tell what the unit changed from what was edited in the status file since.
Same plan and status file, same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from planctl.importer.sheet import Field
from planctl.model.status import Product, Progress, StatusFile, TaskStatus, period_bounds
from planctl.render.reproducible import build_datetime, normalize_zip

if TYPE_CHECKING:
    from planctl.view import PlanView, TaskRow

FONT_NAME = "Times New Roman"
FONT_SIZE = 12
LINE_POINTS = 15.75  # one line of 12-point Times New Roman, as Excel spaces it
DATE_FORMAT = "DD/MM/YYYY"
HEADER_FILL = "D9D9D9"
GROUP_FILL = "F2F2F2"
INPUT_FILL = "FFF2CC"  # the cells a unit types into
SHEET = "Nhiệm vụ"
META_SHEET = "planctl"
META_VERSION = "1"
TABLE_STYLE = "TableStyleLight1"


@dataclass(frozen=True)
class Column:
    field: Field
    width: int
    fill_in: bool = False  # a cell the unit fills

    @property
    def name(self) -> str:
        return self.field.name

    @property
    def header(self) -> str:
        return self.field.headers[0]


def _col(name: str, width: int, *headers: str, fill_in: bool = False) -> Column:
    return Column(Field(name, headers), width, fill_in)


COLUMNS: tuple[Column, ...] = (
    _col("id", 26, "Mã nhiệm vụ", "Mã", "id"),
    _col("number", 7, "STT", "TT", "Số TT"),
    _col("content", 48, "Nội dung nhiệm vụ", "Nội dung", "Nội dung công việc", "Nhiệm vụ"),
    _col("lead", 20, "Đơn vị chủ trì", "Chủ trì", "Cơ quan chủ trì"),
    _col("support", 20, "Đơn vị phối hợp", "Phối hợp", "Cơ quan phối hợp"),
    _col("deadline", 15, "Thời hạn", "Thời gian thực hiện", "Thời gian hoàn thành"),
    _col("status", 17, "Tình trạng", "Tình trạng thực hiện", "Trạng thái", fill_in=True),
    _col("completed", 13, "Ngày hoàn thành", fill_in=True),
    _col("product_number", 15, "Số, ký hiệu văn bản", "Số, ký hiệu", "Số văn bản", fill_in=True),
    _col("product_date", 13, "Ngày văn bản", "Ngày ban hành", fill_in=True),
    _col("product_summary", 30, "Trích yếu văn bản", "Trích yếu", "Sản phẩm", fill_in=True),
    _col("note", 30, "Ghi chú", "Kết quả thực hiện", "Tiến độ", fill_in=True),
)
FIELDS: tuple[Field, ...] = tuple(c.field for c in COLUMNS)
FILL_IN = tuple(c.name for c in COLUMNS if c.fill_in)
DATE_FIELDS = ("completed", "product_date")
STATUSES = tuple(p.value for p in Progress)


@dataclass(frozen=True)
class Reported:
    """What the sheet carries of one task's status: the values of its fill-in columns."""

    status: str | None = None
    completed: dt.date | None = None
    product_number: str | None = None
    product_date: dt.date | None = None
    product_summary: str | None = None
    note: str | None = None

    @classmethod
    def of(cls, status: TaskStatus | None) -> Reported:
        if status is None:
            return cls()
        product = status.product
        if isinstance(product, Product):
            number, date, summary = product.number, product.date, product.summary
        else:
            number, date, summary = None, None, product
        return cls(
            status.status.value if status.status else None,
            status.completed,
            clean_text(number),
            date,
            clean_text(summary),
            clean_text(status.note),
        )

    def digest(self) -> str:
        """A short fingerprint of these values, for the sheet's record of what it started from."""
        values = [v.isoformat() if isinstance(v, dt.date) else v for v in self.values()]
        text = json.dumps(values, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def values(self) -> tuple[Any, ...]:
        return (
            self.status,
            self.completed,
            self.product_number,
            self.product_date,
            self.product_summary,
            self.note,
        )


def clean_text(value: str | None) -> str | None:
    """Text as compared and stored: NFC, no spaces around it; empty is None."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).strip()
    return text or None


@dataclass(frozen=True)
class SheetMeta:
    """What a tracking sheet was made from, as its hidden sheet records it."""

    plan: str  # the plan file, as the user named it (relative to the working folder)
    status: str  # the status file it reads back into
    period: str
    as_of: dt.date
    plan_fingerprint: str
    base: dict[str, str]  # task id → digest of the values pre-filled


def render_tracking_sheet(
    view: PlanView,
    record: StatusFile | None,
    meta: SheetMeta,
    when: dt.datetime | None = None,
) -> bytes:
    """The tracking sheet of `view`'s plan, pre-filled from `record` when there is one."""
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    from planctl.render.xlsx_writer import _clean

    stamp = when or build_datetime()
    book = Workbook()
    _default_font(book)
    props = book.properties
    props.creator = props.lastModifiedBy = "planctl"
    props.title = _clean(f"Theo dõi thực hiện: {view.content.title}")
    props.subject = view.symbol()
    props.created = props.modified = stamp
    ws = book.active
    ws.title = SHEET
    _Writer(ws, view, record, meta).write()
    _meta_sheet(book.create_sheet(META_SHEET), meta)
    buffer = io.BytesIO()
    ExcelWriter(book, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    return normalize_zip(buffer.getvalue(), stamp)


def base_of(view: PlanView, record: StatusFile | None) -> dict[str, str]:
    """Task id → digest of what the sheet pre-fills, for every task a unit reports on."""
    tasks = record.tasks if record else {}
    return {
        row.id: Reported.of(tasks.get(row.id)).digest()
        for row in view.rows
        if _reported(row) and row.id
    }


def _reported(row: TaskRow) -> bool:
    """A task the units report on: not a group, no subtasks (their subtasks are reported)."""
    return not row.is_group and row.task is not None and not row.task.subtasks


def _default_font(book: Any) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils.indexed_list import IndexedList

    font = Font(name=FONT_NAME, size=FONT_SIZE, family=1)
    book._fonts = IndexedList([font])
    book._named_styles["Normal"].font = font


class _Writer:
    """The rows of the sheet, top to bottom: the title block, then per group its row and its
    Table of tasks."""

    def __init__(self, ws: Any, view: PlanView, record: StatusFile | None, meta: SheetMeta) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.ws = ws
        self.view = view
        self.tasks = record.tasks if record else {}
        self.meta = meta
        self.line = 0
        self.tables: list[tuple[int, int]] = []  # (header line, last line) of each Table
        thin = Side(style="thin")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.font = Font(name=FONT_NAME, size=FONT_SIZE, family=1)
        self.bold = Font(name=FONT_NAME, size=FONT_SIZE, bold=True, family=1)
        self.header_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.group_fill = PatternFill("solid", fgColor=GROUP_FILL)
        self.input_fill = PatternFill("solid", fgColor=INPUT_FILL)
        self.wrap = Alignment(vertical="top", wrap_text=True)
        self.centre = Alignment(horizontal="center", vertical="top", wrap_text=True)
        self.head = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def write(self) -> None:
        self._title_block()
        pending: list[TaskRow] = []
        for row in self.view.rows:
            if row.is_group:
                self._table(pending)
                pending = []
                self._group_row(row)
            else:
                pending.append(row)
        self._table(pending)
        self._finish()

    # --- rows ---------------------------------------------------------------------------

    def _next(self) -> int:
        self.line += 1
        return self.line

    def _title_block(self) -> None:
        from openpyxl.styles import Alignment, Font

        from planctl.model.status import period_words

        document = self.view.document
        date = f" ngày {document.date:%d/%m/%Y}" if document.date else ""
        lines = [
            ("BẢNG THEO DÕI TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", True),
            (f"{self.view.symbol()}{date}: {self.view.content.title}", False),
            (
                f"Kỳ báo cáo: {period_words(self.meta.period)[0]}; số liệu tính đến ngày "
                f"{self.meta.as_of:%d/%m/%Y}",
                False,
            ),
            (
                "Đơn vị điền các cột tô màu: chọn tình trạng trong danh sách, ngày ghi "
                "dd/mm/yyyy; không sửa, không xóa cột Mã nhiệm vụ (ẩn) và các dòng nhóm.",
                False,
            ),
        ]
        last = len(COLUMNS)
        for text, strong in lines:
            line = self._next()
            cell = self.ws.cell(line, 2, _text(text))
            cell.data_type = "s"
            cell.font = Font(
                name=FONT_NAME, size=14 if strong else FONT_SIZE, bold=strong, family=1
            )
            cell.alignment = Alignment(
                horizontal="center" if strong else "left", vertical="center", wrap_text=True
            )
            self.ws.merge_cells(start_row=line, start_column=2, end_row=line, end_column=last)
            self._height(line, [(text, self._span_width())], minimum=2 if strong else 1)
        self._next()  # a blank line above the first Table

    def _group_row(self, row: TaskRow) -> None:
        line = self._next()
        text = f"{row.number}. {row.content}" if row.number else row.content
        for column in range(1, len(COLUMNS) + 1):
            cell = self.ws.cell(line, column)
            cell.font = self.bold
            cell.fill = self.group_fill
            cell.border = self.border
            cell.alignment = self.wrap
        first = self.ws.cell(line, 2, _text(text))
        first.data_type = "s"
        self.ws.merge_cells(start_row=line, start_column=2, end_row=line, end_column=len(COLUMNS))
        self._height(line, [(text, self._span_width())])

    def _table(self, rows: Sequence[TaskRow]) -> None:
        if not rows:
            return
        header = self._next()
        for column, spec in enumerate(COLUMNS, start=1):
            cell = self.ws.cell(header, column, spec.header)
            cell.data_type = "s"
            cell.font = self.bold
            cell.fill = self.header_fill
            cell.border = self.border
            cell.alignment = self.head
        self._height(header, [(c.header, c.width) for c in COLUMNS])
        for row in rows:
            self._task_row(row)
        self.tables.append((header, self.line))

    def _task_row(self, row: TaskRow) -> None:
        line = self._next()
        reported = _reported(row)
        values = self._values(row, reported)
        texts: list[tuple[str, int]] = []
        for column, spec in enumerate(COLUMNS, start=1):
            value = values.get(spec.name)
            cell = self.ws.cell(line, column)
            if isinstance(value, str):
                cell.value = _text(value)
                cell.data_type = "s"
                texts.append((value, spec.width))
            elif value is not None:
                cell.value = value
            cell.font = self.font
            cell.border = self.border
            centred = spec.name in ("number", "deadline", "completed", "product_date")
            indent = row.depth if spec.name == "content" else 0
            cell.alignment = self._align(centred, indent)
            if spec.name in DATE_FIELDS:
                cell.number_format = DATE_FORMAT
            if spec.fill_in and reported:
                cell.fill = self.input_fill
        self._height(line, texts)

    def _values(self, row: TaskRow, reported: bool) -> dict[str, Any]:
        deadline = row.deadline_text
        status = self.tasks.get(row.id or "") if reported else None
        if status is not None and status.extension is not None:
            deadline = f"{deadline}\n(gia hạn: {status.extension.deadline})".strip()
        values: dict[str, Any] = {
            "id": row.id if reported else None,
            "number": row.number,
            "content": row.content,
            "lead": self.view.units_text(row, "lead"),
            "support": self.view.units_text(row, "support"),
            "deadline": deadline,
        }
        filled = Reported.of(status)
        values.update(
            status=filled.status,
            completed=filled.completed,
            product_number=filled.product_number,
            product_date=filled.product_date,
            product_summary=filled.product_summary,
            note=filled.note,
        )
        return values

    def _align(self, centred: bool, indent: int) -> Any:
        from openpyxl.styles import Alignment

        if indent:
            return Alignment(vertical="top", wrap_text=True, indent=indent)
        return self.centre if centred else self.wrap

    def _span_width(self) -> int:
        return sum(c.width for c in COLUMNS[1:])

    def _height(self, line: int, texts: Sequence[tuple[str, int]], minimum: int = 1) -> None:
        """A row as tall as its longest cell needs, so that printing cuts no text: Excel
        only fits a row to wrapped text when someone edits it."""
        lines = max([minimum, *(_lines(text, width) for text, width in texts)])
        self.ws.row_dimensions[line].height = round(lines * LINE_POINTS + 3, 2)

    # --- the sheet as a whole -----------------------------------------------------------

    def _finish(self) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.table import Table, TableStyleInfo

        ws = self.ws
        for index, spec in enumerate(COLUMNS, start=1):
            ws.column_dimensions[get_column_letter(index)].width = spec.width
        ws.column_dimensions["A"].hidden = True
        last = get_column_letter(len(COLUMNS))
        for number, (header, end) in enumerate(self.tables, start=1):
            table = Table(displayName=f"NhiemVu{number}", ref=f"A{header}:{last}{end}")
            table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=False)
            ws.add_table(table)
        self._validation()
        first = self.tables[0][0] if self.tables else self.line
        ws.freeze_panes = f"C{first + 1}"
        ws.print_title_rows = f"{first}:{first}"
        ws.print_area = f"B1:{last}{max(self.line, 1)}"
        setup = ws.page_setup
        setup.orientation = "landscape"
        setup.paperSize = ws.PAPERSIZE_A4
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        margins = ws.page_margins
        margins.left = margins.right = 0.4
        margins.top = margins.bottom = 0.6

    def _validation(self) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        if not self.tables:
            return

        def ranges(name: str) -> list[str]:
            from openpyxl.utils import get_column_letter

            letter = get_column_letter(next(i for i, c in enumerate(COLUMNS, 1) if c.name == name))
            return [f"{letter}{h + 1}:{letter}{end}" for h, end in self.tables]

        status = DataValidation(
            type="list",
            formula1='"' + ",".join(STATUSES) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Tình trạng",
            error="Chọn một trong: " + "; ".join(STATUSES) + ".",
            showInputMessage=True,
            promptTitle="Tình trạng",
            prompt="Chọn trong danh sách.",
        )
        for cells in ranges("status"):
            status.add(cells)
        dates = DataValidation(
            type="date",
            operator="greaterThan",
            formula1="DATE(2000,1,1)",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Ngày",
            error="Ghi ngày dạng dd/mm/yyyy, ví dụ 20/06/2024.",
        )
        for cells in (r for name in DATE_FIELDS for r in ranges(name)):
            dates.add(cells)
        self.ws.add_data_validation(status)
        self.ws.add_data_validation(dates)


def _text(value: str) -> str:
    from planctl.render.xlsx_writer import EXCEL_CELL_CHARS, _clean

    return _clean(value)[:EXCEL_CELL_CHARS]


def _lines(text: str, width: int) -> int:
    """Lines `text` takes in a column `width` characters wide, wrapped at spaces. A width
    counts digits; Vietnamese text in Times New Roman fits about a tenth more letters."""
    import textwrap

    room = max(int(width * 1.1) - 1, 1)
    return max(sum(len(textwrap.wrap(p, room)) or 1 for p in str(text).split("\n")), 1)


def _meta_sheet(ws: Any, meta: SheetMeta) -> None:
    """The record of what the sheet was made from; hidden, read back by the import."""
    rows: list[tuple[str, str]] = [
        ("planctl tracking sheet", META_VERSION),
        ("plan", meta.plan),
        ("status", meta.status),
        ("period", meta.period),
        ("as_of", meta.as_of.isoformat()),
        ("plan_fingerprint", meta.plan_fingerprint),
        ("task", "base"),
        *sorted(meta.base.items()),
    ]
    for line, (key, value) in enumerate(rows, start=1):
        for column, text in ((1, key), (2, value)):
            cell = ws.cell(line, column, _text(text))
            cell.data_type = "s"
    ws.sheet_state = "hidden"


def read_meta(book: Any) -> SheetMeta | None:
    """The record of a tracking sheet, or None when the workbook is not one."""
    if META_SHEET not in book.sheetnames:
        return None
    rows = [tuple(r[:2]) for r in book[META_SHEET].iter_rows(values_only=True)]
    if not rows or rows[0] != ("planctl tracking sheet", META_VERSION):
        return None
    head = {str(k): str(v) for k, v in rows[1:6] if k is not None and v is not None}
    try:
        as_of = dt.date.fromisoformat(head["as_of"])
        base = {str(k): str(v) for k, v in rows[7:] if k is not None and v is not None}
        meta = SheetMeta(
            head["plan"], head["status"], head["period"], as_of, head["plan_fingerprint"], base
        )
    except (KeyError, ValueError):
        return None
    return meta if period_bounds(meta.period) is not None else None
