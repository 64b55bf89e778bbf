"""The task tables: ruled, with a header row repeated on each page and group rows across.

Column widths start from the plan's proportions and are adjusted to make the table shorter
(table_fit.py). A row at most a quarter of a page high moves whole to the next page; a taller
one may break across the pages, so that no page's foot is left more than a quarter blank.
"""

from __future__ import annotations

from typing import Any

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm

from planctl.render import styles
from planctl.render.blocks import TaskTable
from planctl.render.docx_layout import DocxLayout, cant_split
from planctl.render.docx_styles import style_size
from planctl.render.metrics import MM_PER_PT, text_width_mm
from planctl.render.ooxml import BORDERS, MARGINS, TBLPR, child, twips
from planctl.render.table_fit import FitColumn, fit_widths, row_height

CELL_STYLE = {
    "number": styles.TABLE_NUMBER,
    "deadline": styles.TABLE_CENTRED,
    "completed": styles.TABLE_CENTRED,
}
# A column of counts (a BÁO CÁO's summary table: "figure:on_time") is centred.
FIGURE_PREFIX = "figure:"


def cell_style(field: str) -> styles.StyleSpec:
    if field.startswith(FIGURE_PREFIX):
        return styles.TABLE_CENTRED
    return CELL_STYLE.get(field, styles.TABLE_TEXT)


TABLE_BORDER_SIZE = 4  # 0.5 pt
TABLE_PADDING_MM = 1.5
# A row up to this share of the page's text height is kept whole: the blank it can leave at
# the foot of the page it does not fit on. Seed 003's tallest row, about a third of a
# landscape page, left page 4 a third blank when it could not split.
ROW_KEEP = 0.25
MIN_LINE_MM = 30.0
MIN_LINE_SHARE = 0.12  # … and no more than this share of the table's width


def write_task_table(layout: DocxLayout, block: TaskTable) -> None:
    doc = layout.document
    fits, widths = _column_widths(layout, block)
    table = doc.add_table(rows=1 + len(block.rows), cols=len(block.columns))
    layout.fix_widths(table, widths)
    tbl_pr = table._tbl.tblPr
    borders = child(tbl_pr, "w:tblBorders", TBLPR)
    for side in ("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"):
        border = child(borders, side, BORDERS)
        for name, value in (("val", "single"), ("sz", TABLE_BORDER_SIZE), ("space", 0)):
            border.set(qn(f"w:{name}"), str(value))
        border.set(qn("w:color"), "000000")
    margins = child(tbl_pr, "w:tblCellMar", TBLPR)
    for side in ("w:left", "w:right"):
        element = child(margins, side, MARGINS)
        element.set(qn("w:w"), str(twips(TABLE_PADDING_MM)))
        element.set(qn("w:type"), "dxa")

    header = table.rows[0]
    trpr = header._tr.get_or_add_trPr()
    child(trpr, "w:tblHeader", ("w:cantSplit", "w:tblHeader"))
    cant_split(header)
    for cell, column in zip(header.cells, block.columns, strict=True):
        layout.add_paragraph(cell, styles.TABLE_HEADER.name, True).add_run(column.header)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    page_text_pt = (layout.page.height - layout.page.top - layout.page.bottom) / MM_PER_PT
    carried = 0.0  # the group rows above, which move to the next page with this row
    for row, data in zip(table.rows[1:], block.rows, strict=True):
        cells = row.cells
        if data.is_group:
            carried += _group_height_pt(layout, data.cells, widths)
            number = layout.add_paragraph(cells[0], styles.TABLE_HEADER.name, True)
            number.add_run(data.number)
            number.paragraph_format.keep_with_next = True  # never alone at a page's foot
            if len(cells) > 1:
                merged = cells[1].merge(cells[-1]) if len(cells) > 2 else cells[1]
                title = " ".join(data.cells[1]) if len(data.cells) > 1 else ""
                group = layout.add_paragraph(merged, styles.TABLE_GROUP.name, True)
                group.add_run(title)
                group.paragraph_format.keep_with_next = True
            cant_split(row)
            continue
        for cell, column, lines in zip(cells, block.columns, data.cells, strict=True):
            style = cell_style(column.field).name
            for i, line in enumerate(lines or ("",)):
                paragraph = layout.add_paragraph(cell, style, i == 0)
                paragraph.add_run(line)
                if line.startswith("- ") and column.field != "number":
                    _hang(layout, paragraph, style)
        # A short row moves whole rather than leave a line or two behind; a taller one
        # breaks, filling the page, with the header row repeated above its remainder. What
        # moves as one block, with the group rows kept with it, is at most ROW_KEEP high.
        if carried + _row_height_pt(data.cells, fits, widths) <= ROW_KEEP * page_text_pt:
            cant_split(row)
        carried = 0.0


def _column_widths(
    layout: DocxLayout, block: TaskTable
) -> tuple[list[FitColumn], tuple[float, ...]]:
    """The plan's proportions, adjusted to make the table shorter (table_fit.py)."""
    doc = layout.document
    fits: list[FitColumn] = []
    for index, column in enumerate(block.columns):
        style = cell_style(column.field).name
        size = style_size(doc, style)
        words = column.header.split()
        lines: list[str] = []
        for row in block.rows:
            if not row.is_group:
                lines += row.cells[index]
        words += [w for line in lines for w in line.split()]
        # Never narrower than its longest word, nor than its longest line up to 30 mm
        # (on a landscape page, a deadline such as "Thường xuyên" stays on one line).
        longest_word = max((text_width_mm(w, size, bold=True) for w in words), default=5.0)
        longest_line = max((text_width_mm(line, size) for line in lines), default=0.0)
        line_cap = min(MIN_LINE_MM, MIN_LINE_SHARE * layout.page.text_width)
        narrowest = max(longest_word, min(longest_line, line_cap))
        fits.append(
            FitColumn(column.weight, column.fixed, narrowest + 2 * TABLE_PADDING_MM + 1, size)
        )
    rows: list[list[tuple[float, ...]]] = []
    header_size = style_size(doc, styles.TABLE_HEADER.name)
    rows.append([(text_width_mm(c.header, header_size, bold=True),) for c in block.columns])
    for row in block.rows:
        if row.is_group:
            continue
        rows.append(
            [
                tuple(text_width_mm(line, fit.size_pt) for line in lines)
                for lines, fit in zip(row.cells, fits, strict=True)
            ]
        )
    widths = fit_widths(layout.page.text_width, fits, rows, TABLE_PADDING_MM)
    return fits, tuple(widths)


def _hang(layout: DocxLayout, paragraph: Any, style: str) -> None:
    """A "- " line whose next lines align after the dash."""
    size = style_size(layout.document, style)
    dash = text_width_mm("- ", size)
    paragraph.paragraph_format.left_indent = Mm(dash)
    paragraph.paragraph_format.first_line_indent = Mm(-dash)


def _row_height_pt(
    cells: tuple[tuple[str, ...], ...], fits: list[FitColumn], widths: tuple[float, ...]
) -> float:
    """A generous estimate of a row's height, as table_fit.py measures the table's."""
    lines = [
        tuple(text_width_mm(line, fit.size_pt) for line in cell)
        for cell, fit in zip(cells, fits, strict=True)
    ]
    return row_height(lines, fits, list(widths), TABLE_PADDING_MM)


def _group_height_pt(
    layout: DocxLayout, cells: tuple[tuple[str, ...], ...], widths: tuple[float, ...]
) -> float:
    """A group row: its title across every column but the first."""
    size = style_size(layout.document, styles.TABLE_GROUP.name)
    title = " ".join(cells[1]) if len(cells) > 1 else ""
    line = text_width_mm(title, size, bold=True)
    across = FitColumn(1.0, False, 0.0, size)
    return row_height([(line,)], [across], [sum(widths[1:]) or widths[0]], TABLE_PADDING_MM)
