"""The task tables: ruled, with a header row repeated on each page and group rows across.

Column widths start from the plan's proportions and are adjusted to make the table shorter
(table_fit.py). A row at most a quarter of a page high moves whole to the next page; a taller
one may break across the pages, so that no page's foot is left more than a quarter blank.
"""

from __future__ import annotations

from typing import Any

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from planctl.render import styles
from planctl.render.blocks import TaskTable
from planctl.render.docx_layout import DocxLayout, cant_split
from planctl.render.docx_xml import add_paragraph, clone
from planctl.render.metrics import MM_PER_PT, text_width_mm
from planctl.render.ooxml import BORDERS, MARGINS, TBLPR, child, twips
from planctl.render.table_fit import Cell, FitColumn, fit_widths, row_height

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
    fits, measured, widths = _column_widths(layout, block)
    # The header row and one row of each kind are made by python-docx; the rows are copies
    # of those two, filled in as lxml elements (docx_xml.py): the same XML, built in one
    # pass rather than cell by cell through python-docx's objects.
    table = doc.add_table(rows=3, cols=len(block.columns))
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

    task_row, group_row = table.rows[1], table.rows[2]
    group_cells = group_row.cells
    if len(group_cells) > 2:
        group_cells[1].merge(group_cells[-1])
    cant_split(group_row)
    tbl = table._tbl
    task_tr, group_tr = task_row._tr, group_row._tr
    tbl.remove(task_tr)
    tbl.remove(group_tr)
    split_pr = clone(group_tr.trPr)
    # Two whole task rows to copy, one copy per row: one that may break across pages, and
    # one kept whole (its `w:cantSplit` before the cells, where the schema wants it).
    task_tcs = list(task_tr.tc_lst)
    for tc in task_tcs:
        task_tr.remove(tc)
    split_tr, kept_tr = clone(task_tr), clone(task_tr)
    kept_tr.append(clone(split_pr))
    for tc in task_tcs:
        split_tr.append(clone(tc))
        kept_tr.append(clone(tc))
    columns = len(task_tcs)
    shapes = layout.shapes
    hangs = [column.field != "number" for column in block.columns]
    cell_styles = [cell_style(c.field).name for c in block.columns]

    page_text_pt = (layout.page.height - layout.page.top - layout.page.bottom) / MM_PER_PT
    carried = 0.0  # the group rows above, which move to the next page with this row
    lines_of = iter(measured)
    for data in block.rows:
        if data.is_group:
            carried += _group_height_pt(layout, data.cells, widths)
            tr = clone(group_tr)
            tcs = tr.tc_lst
            # Never alone at a page's foot: kept with the row below.
            shapes.fill(tcs[0].p_lst[0], (styles.TABLE_HEADER.name, True, False), data.number)
            if len(tcs) > 1:
                title = " ".join(data.cells[1]) if len(data.cells) > 1 else ""
                shapes.fill(tcs[1].p_lst[0], (styles.TABLE_GROUP.name, True, False), title)
            tbl.append(tr)
            continue
        # A short row moves whole rather than leave a line or two behind; a taller one
        # breaks, filling the page, with the header row repeated above its remainder. What
        # moves as one block, with the group rows kept with it, is at most ROW_KEEP high.
        height = row_height(next(lines_of), fits, list(widths), TABLE_PADDING_MM)
        tr = clone(kept_tr if carried + height <= ROW_KEEP * page_text_pt else split_tr)
        carried = 0.0
        for tc, style, hang, lines in zip(
            tr[-columns:], cell_styles, hangs, data.cells, strict=True
        ):
            p = tc[-1]  # the cell's empty paragraph, as python-docx makes a cell
            for i, line in enumerate(lines or ("",)):
                if i:
                    p = add_paragraph(tc)
                run = shapes.fill(p, (style, False, hang and line.startswith("- ")), line)
                if data.emphasis:
                    run.insert(0, _bold_rpr())
        tbl.append(tr)


def _column_widths(
    layout: DocxLayout, block: TaskTable
) -> tuple[list[FitColumn], list[list[Cell]], tuple[float, ...]]:
    """The plan's proportions, adjusted to make the table shorter (table_fit.py); with the
    width of each line of each task row, measured once."""
    sizes = [layout.size(cell_style(c.field).name) for c in block.columns]
    tasks = [row for row in block.rows if not row.is_group]
    measured = [
        [
            tuple(text_width_mm(line, size) for line in lines)
            for lines, size in zip(row.cells, sizes, strict=True)
        ]
        for row in tasks
    ]
    fits: list[FitColumn] = []
    line_cap = min(MIN_LINE_MM, MIN_LINE_SHARE * layout.page.text_width)
    for index, column in enumerate(block.columns):
        size = sizes[index]
        words = set(column.header.split())
        for row in tasks:
            for line in row.cells[index]:
                words.update(line.split())
        # Never narrower than its longest word, nor than its longest line up to 30 mm
        # (on a landscape page, a deadline such as "Thường xuyên" stays on one line).
        longest_word = max((text_width_mm(w, size, bold=True) for w in words), default=5.0)
        longest_line = max((w for row in measured for w in row[index]), default=0.0)
        narrowest = max(longest_word, min(longest_line, line_cap))
        fits.append(
            FitColumn(column.weight, column.fixed, narrowest + 2 * TABLE_PADDING_MM + 1, size)
        )
    header_size = layout.size(styles.TABLE_HEADER.name)
    header: list[Cell] = [(text_width_mm(c.header, header_size, bold=True),) for c in block.columns]
    widths = fit_widths(layout.page.text_width, fits, [header, *measured], TABLE_PADDING_MM)
    return fits, measured, tuple(widths)


def _group_height_pt(
    layout: DocxLayout, cells: tuple[tuple[str, ...], ...], widths: tuple[float, ...]
) -> float:
    """A group row: its title across every column but the first."""
    size = layout.size(styles.TABLE_GROUP.name)
    title = " ".join(cells[1]) if len(cells) > 1 else ""
    line = text_width_mm(title, size, bold=True)
    across = FitColumn(1.0, False, 0.0, size)
    return row_height([(line,)], [across], [sum(widths[1:]) or widths[0]], TABLE_PADDING_MM)


def _bold_rpr() -> Any:
    """Run properties making a run bold (both script slots, as Word writes it)."""
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:b"))
    rpr.append(OxmlElement("w:bCs"))
    return rpr
