"""Lay the composed blocks out as a .docx, the way Nghị định 30/2020 (Phụ lục I) sets a page.

The writer holds the layout and no wording: the page comes from the reference document's
first section (A4, margins), the fonts and sizes from its styles (styles.py), and the rest is
here: the borderless header table and its short rules, the task tables (repeated header row,
group rows across the columns, landscape section for an appendix), the signature table, and
the page number in the header from each part's second page on.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from dataclasses import dataclass
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from planctl.render import styles
from planctl.render.blocks import (
    Composed,
    Emphasis,
    Header,
    Para,
    Part,
    Role,
    Signature,
    TaskTable,
)
from planctl.render.docx_styles import add_style, has_style, style_size, style_toggle
from planctl.render.metrics import MM_PER_PT, balance_lines, text_width_mm
from planctl.render.ooxml import BORDERS, MARGINS, PPR, SECTPR, TBLPR, child, twips
from planctl.render.reproducible import build_datetime, normalize_zip
from planctl.render.table_fit import FitColumn, fit_widths

EMU_PER_MM = 36000
CELL_MARGIN_MM = 1.0  # left and right padding of the header and signature cells
HEADER_RIGHT_MIN_MM = 100.0  # nd30: the Quốc hiệu's column, about 100 mm
SIGNATURE_LEFT_MM = 62.0  # nd30: recipients, about 55–65 mm
ISSUER_RULE = 0.4  # nd30: 1/3 to 1/2 of the line above
TITLE_RULE = 0.4
TITLE_RULE_AFTER_PT = 12
RULE_MIN_MM = 10.0
CELL_STYLE = {"number": styles.TABLE_NUMBER, "deadline": styles.TABLE_CENTRED}
RULE_SIZE = 6  # eighths of a point: a 0.75 pt line
TABLE_BORDER_SIZE = 4  # 0.5 pt
TABLE_PADDING_MM = 1.5
ROW_KEEP = 0.4  # rows lower than this share of the page are not split across pages
WRAP_SLACK = 1.1  # words do not fill a line exactly
MIN_LINE_MM = 30.0
MIN_LINE_SHARE = 0.12  # … and no more than this share of the table's width


@dataclass(frozen=True)
class Page:
    """A page in millimetres; `landscape()` turns it as a bound page turns."""

    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float
    header: float

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right

    def landscape(self) -> Page:
        # Bound on the left when upright, a turned page is bound at its top.
        return Page(
            width=self.height,
            height=self.width,
            top=self.left,
            bottom=self.right,
            left=self.bottom,
            right=self.top,
            header=self.header,
        )


def _mm(length: Any, default: float) -> float:
    return round(int(length) / EMU_PER_MM, 2) if length is not None else default


class DocxWriter:
    """One document; `write()` returns its bytes."""

    def __init__(self, reference: bytes) -> None:
        self.document: Any = Document(io.BytesIO(reference))
        for spec in styles.ALL:
            if not has_style(self.document, spec.name):
                add_style(self.document, spec)
        first = self.document.sections[0]
        self.portrait = Page(
            width=_mm(first.page_width, styles.PAGE_WIDTH_MM),
            height=_mm(first.page_height, styles.PAGE_HEIGHT_MM),
            top=_mm(first.top_margin, styles.MARGIN_TOP_MM),
            bottom=_mm(first.bottom_margin, styles.MARGIN_BOTTOM_MM),
            left=_mm(first.left_margin, styles.MARGIN_LEFT_MM),
            right=_mm(first.right_margin, styles.MARGIN_RIGHT_MM),
            header=_mm(first.header_distance, styles.HEADER_DISTANCE_MM),
        )
        if self.portrait.width > self.portrait.height:
            self.portrait = self.portrait.landscape()
        self.page = self.portrait
        self._ids: dict[str, str] = {}
        body = self.document.element.body
        for element in list(body):
            if element.tag != qn("w:sectPr"):
                body.remove(element)

    # -- document ------------------------------------------------------------------------

    def write(
        self, composed: Composed, when: dt.datetime, zip_time: dt.datetime | None = None
    ) -> bytes:
        """The document's bytes: `when` dates its properties, `zip_time` (SOURCE_DATE_EPOCH
        or 1980-01-01 by default) its zip entries."""
        for index, part in enumerate(composed.parts):
            self._start(part, index)
            for block in part.blocks:
                if isinstance(block, Header):
                    self._header(block)
                elif isinstance(block, Para):
                    self._para(block)
                elif isinstance(block, TaskTable):
                    self._task_table(block)
                elif isinstance(block, Signature):
                    self._signature(block)
        props = self.document.core_properties
        props.title = composed.title
        props.subject = composed.subject
        props.author = composed.author
        props.last_modified_by = "planctl"
        props.revision = 1
        props.created = when
        props.modified = when
        props.language = styles.LANGUAGE
        props.keywords = composed.keywords
        props.comments = ""
        props.category = ""
        props.content_status = ""
        props.identifier = ""
        props.version = ""
        buffer = io.BytesIO()
        self.document.save(buffer)
        return normalize_zip(buffer.getvalue(), zip_time or build_datetime())

    def _start(self, part: Part, index: int) -> None:
        """Each part starts a section: a new page, its own page numbers from 1."""
        if index > 0:
            self.document.add_section(WD_SECTION.NEW_PAGE)
            self._shrink_break()
        section = self.document.sections[-1]
        self.page = self.portrait.landscape() if part.wide else self.portrait
        section.orientation = WD_ORIENT.LANDSCAPE if part.wide else WD_ORIENT.PORTRAIT
        section.page_width = Mm(self.page.width)
        section.page_height = Mm(self.page.height)
        section.top_margin = Mm(self.page.top)
        section.bottom_margin = Mm(self.page.bottom)
        section.left_margin = Mm(self.page.left)
        section.right_margin = Mm(self.page.right)
        section.header_distance = Mm(self.page.header)
        section.different_first_page_header_footer = True
        sect_pr = section._sectPr
        child(sect_pr, "w:pgNumType", SECTPR).set(qn("w:start"), "1")
        section.header.is_linked_to_previous = False
        header = section.header.paragraphs[0]
        self._style(header, styles.PAGE_NUMBER.name)
        _page_field(header)
        section.first_page_header.is_linked_to_previous = False
        first = section.first_page_header.paragraphs[0]
        self._style(first, styles.PAGE_NUMBER.name)
        for kind in ("footer", "first_page_footer"):
            getattr(section, kind).is_linked_to_previous = False

    def _shrink_break(self) -> None:
        """The paragraph python-docx adds to hold a section break: make it take no room."""
        body = self.document.element.body
        paragraphs = body.findall(qn("w:p"))
        holder = paragraphs[-1]
        ppr = holder.get_or_add_pPr()
        ppr.get_or_add_pStyle().set(qn("w:val"), self._style_id(styles.RULE.name))
        spacing = child(ppr, "w:spacing", PPR)
        for name, value in (("before", "0"), ("after", "0"), ("line", "20"), ("lineRule", "exact")):
            spacing.set(qn(f"w:{name}"), value)

    def _style_id(self, name: str) -> str:
        if name not in self._ids:
            self._ids[name] = str(self.document.styles[name].style_id)
        return self._ids[name]

    def _style(self, paragraph: Any, name: str) -> Any:
        """Apply a paragraph style by its id (python-docx's lookup by name is slow)."""
        paragraph._p.style = self._style_id(name)
        return paragraph

    # -- paragraphs ----------------------------------------------------------------------

    def _add_paragraph(self, container: Any, style: str, first: bool = False) -> Any:
        paragraph = container.paragraphs[0] if first else container.add_paragraph()
        return self._style(paragraph, style)

    def _para(self, block: Para) -> Any:
        spec = styles.BY_ROLE[block.role]
        paragraph = self._style(self.document.add_paragraph(), spec.name)
        runs = block.runs
        if block.role is Role.TITLE:
            size = style_size(self.document, spec.name)
            bold = style_toggle(self.document, spec.name, "w:b")
            lines = balance_lines(block.text, self.page.text_width - 2, size, bold=bold)
            paragraph.add_run("\n".join(lines))
            self._rule_after(
                self.document,
                _widest(lines, size, bold) * TITLE_RULE,
                self.page.text_width,
                after_pt=TITLE_RULE_AFTER_PT,
            )
            return paragraph
        for run in runs:
            added = paragraph.add_run(run.text)
            if run.emphasis is Emphasis.STRONG:
                added._r.style = self._style_id(styles.STRONG.name)
            elif run.emphasis is Emphasis.LABEL:
                added._r.style = self._style_id(styles.LABEL.name)
        return paragraph

    def _rule_after(self, container: Any, width: float, room: float, after_pt: float = 0) -> None:
        """A short solid rule, `width` mm long, centred in `room` mm."""
        width = min(max(width, RULE_MIN_MM), room)
        paragraph = self._style(container.add_paragraph(), styles.RULE.name)
        ppr = paragraph._p.get_or_add_pPr()
        borders = child(ppr, "w:pBdr", PPR)
        bottom = child(borders, "w:bottom", ("w:top", "w:left", "w:bottom", "w:right"))
        for name, value in (
            ("val", "single"),
            ("sz", RULE_SIZE),
            ("space", 2),
            ("color", "000000"),
        ):
            bottom.set(qn(f"w:{name}"), str(value))
        side = (room - width) / 2
        indent = child(ppr, "w:ind", PPR)
        indent.set(qn("w:left"), str(twips(side)))
        indent.set(qn("w:right"), str(twips(side)))
        indent.set(qn("w:firstLine"), "0")
        if after_pt:
            paragraph.paragraph_format.space_after = Pt(after_pt)

    # -- header --------------------------------------------------------------------------

    def _header(self, header: Header) -> None:
        doc = self.document
        national_size = style_size(doc, styles.NATIONAL_TITLE.name)
        national_bold = style_toggle(doc, styles.NATIONAL_TITLE.name, "w:b")
        needed = text_width_mm(header.national_title, national_size, bold=national_bold)
        right = max(HEADER_RIGHT_MIN_MM, needed + 2 * CELL_MARGIN_MM + 2)
        left = self.page.text_width - right
        rows = 2 if header.number_line or header.date_line else 1
        table = self._plain_table(rows, (left, right))
        room_left, room_right = left - 2 * CELL_MARGIN_MM, right - 2 * CELL_MARGIN_MM

        cell = table.cell(0, 0)
        first = True
        if header.parent_body:
            lines = self._fit(header.parent_body, styles.HEADER_PARENT.name, room_left)
            self._add_paragraph(cell, styles.HEADER_PARENT.name, first).add_run("\n".join(lines))
            first = False
        issuer_lines = self._fit(header.issuer, styles.HEADER_ISSUER.name, room_left)
        self._add_paragraph(cell, styles.HEADER_ISSUER.name, first).add_run("\n".join(issuer_lines))
        size = style_size(doc, styles.HEADER_ISSUER.name)
        bold = style_toggle(doc, styles.HEADER_ISSUER.name, "w:b")
        self._rule_after(cell, _widest(issuer_lines, size, bold) * ISSUER_RULE, room_left)

        cell = table.cell(0, 1)
        self._add_paragraph(cell, styles.NATIONAL_TITLE.name, True).add_run(header.national_title)
        self._add_paragraph(cell, styles.MOTTO.name).add_run(header.motto)
        size = style_size(doc, styles.MOTTO.name)
        bold = style_toggle(doc, styles.MOTTO.name, "w:b")
        self._rule_after(cell, text_width_mm(header.motto, size, bold=bold), room_right)

        if rows == 2:
            number = self._add_paragraph(table.cell(1, 0), styles.HEADER_NUMBER.name, True)
            number.add_run(header.number_line or "")
            date = self._add_paragraph(table.cell(1, 1), styles.DATE_LINE.name, True)
            date.add_run(header.date_line or "")

    def _fit(self, text: str, style: str, room: float) -> list[str]:
        size = style_size(self.document, style)
        bold = style_toggle(self.document, style, "w:b")
        return balance_lines(text, room, size, bold=bold)

    def _plain_table(self, rows: int, widths: tuple[float, ...]) -> Any:
        """A borderless table of fixed column widths (header, signature)."""
        table = self.document.add_table(rows=rows, cols=len(widths))
        self._fix_widths(table, widths)
        tbl_pr = table._tbl.tblPr
        borders = child(tbl_pr, "w:tblBorders", TBLPR)
        for side in ("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"):
            child(borders, side, BORDERS).set(qn("w:val"), "nil")
        margins = child(tbl_pr, "w:tblCellMar", TBLPR)
        for side in ("w:left", "w:right"):
            element = child(margins, side, MARGINS)
            element.set(qn("w:w"), str(twips(CELL_MARGIN_MM)))
            element.set(qn("w:type"), "dxa")
        for row in table.rows:
            _cant_split(row)
        return table

    def _fix_widths(self, table: Any, widths: tuple[float, ...]) -> None:
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        tbl_pr = table._tbl.tblPr
        width = child(tbl_pr, "w:tblW", TBLPR)
        width.set(qn("w:w"), str(sum(twips(w) for w in widths)))
        width.set(qn("w:type"), "dxa")
        child(tbl_pr, "w:tblLayout", TBLPR).set(qn("w:type"), "fixed")
        indent = child(tbl_pr, "w:tblInd", TBLPR)
        indent.set(qn("w:w"), "0")
        indent.set(qn("w:type"), "dxa")
        for column, mm in zip(table.columns, widths, strict=True):
            column.width = Mm(mm)
        grid = table._tbl.tblGrid
        for col, mm in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
            col.set(qn("w:w"), str(twips(mm)))
        for row in table.rows:
            for cell, mm in zip(row.cells, widths, strict=True):
                cell.width = Mm(mm)

    # -- task tables ---------------------------------------------------------------------

    def _task_table(self, block: TaskTable) -> None:
        doc = self.document
        widths = self._column_widths(block)
        table = doc.add_table(rows=1 + len(block.rows), cols=len(block.columns))
        self._fix_widths(table, widths)
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
        _cant_split(header)
        for cell, column in zip(header.cells, block.columns, strict=True):
            self._add_paragraph(cell, styles.TABLE_HEADER.name, True).add_run(column.header)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

        page_text_pt = (self.page.height - self.page.top - self.page.bottom) / MM_PER_PT
        for row, data in zip(table.rows[1:], block.rows, strict=True):
            cells = row.cells
            if data.is_group:
                number = self._add_paragraph(cells[0], styles.TABLE_HEADER.name, True)
                number.add_run(data.number)
                number.paragraph_format.keep_with_next = True  # never alone at a page's foot
                if len(cells) > 1:
                    merged = cells[1].merge(cells[-1]) if len(cells) > 2 else cells[1]
                    title = " ".join(data.cells[1]) if len(data.cells) > 1 else ""
                    group = self._add_paragraph(merged, styles.TABLE_GROUP.name, True)
                    group.add_run(title)
                    group.paragraph_format.keep_with_next = True
                _cant_split(row)
                continue
            for cell, column, lines in zip(cells, block.columns, data.cells, strict=True):
                style = CELL_STYLE.get(column.field, styles.TABLE_TEXT).name
                for i, line in enumerate(lines or ("",)):
                    paragraph = self._add_paragraph(cell, style, i == 0)
                    paragraph.add_run(line)
                    if line.startswith("- ") and column.field != "number":
                        self._hang(paragraph, style)
            # A row a fraction of a page high moves whole to the next page rather than leave a
            # line or two behind; a taller one may break (Word would cut it off otherwise).
            if self._row_height_pt(data.cells, block.columns, widths) < ROW_KEEP * page_text_pt:
                _cant_split(row)

    def _column_widths(self, block: TaskTable) -> tuple[float, ...]:
        """The plan's proportions, adjusted to make the table shorter (table_fit.py)."""
        doc = self.document
        fits: list[FitColumn] = []
        for index, column in enumerate(block.columns):
            style = CELL_STYLE.get(column.field, styles.TABLE_TEXT).name
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
            line_cap = min(MIN_LINE_MM, MIN_LINE_SHARE * self.page.text_width)
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
        widths = fit_widths(self.page.text_width, fits, rows, TABLE_PADDING_MM)
        return tuple(widths)

    def _hang(self, paragraph: Any, style: str) -> None:
        """A "- " line whose next lines align after the dash."""
        size = style_size(self.document, style)
        dash = text_width_mm("- ", size)
        paragraph.paragraph_format.left_indent = Mm(dash)
        paragraph.paragraph_format.first_line_indent = Mm(-dash)

    def _row_height_pt(
        self, cells: tuple[tuple[str, ...], ...], columns: Any, widths: tuple[float, ...]
    ) -> float:
        """A generous estimate of a row's height: its tallest cell's lines, wrapped."""
        tallest = 0.0
        for lines, column, width in zip(cells, columns, widths, strict=True):
            style = CELL_STYLE.get(column.field, styles.TABLE_TEXT).name
            size = style_size(self.document, style)
            room = max(width - 2 * TABLE_PADDING_MM, 1.0)
            count = sum(
                max(1, math.ceil(text_width_mm(line, size) * WRAP_SLACK / room)) for line in lines
            )
            tallest = max(tallest, count * size * 1.2 + 6)
        return tallest

    # -- signature -----------------------------------------------------------------------

    def _signature(self, block: Signature) -> None:
        # The signature never stands alone on a page: the content's last paragraph goes with it.
        last = self.document.element.body[-2] if len(self.document.element.body) > 1 else None
        if last is not None and last.tag == qn("w:p"):
            child(last.get_or_add_pPr(), "w:keepNext", PPR)
        left = SIGNATURE_LEFT_MM
        table = self._plain_table(1, (left, self.page.text_width - left))
        recipients = table.cell(0, 0)
        self._add_paragraph(recipients, styles.RECIPIENTS_LABEL.name, True).add_run(
            block.recipients_label
        )
        for line in block.recipients:
            self._add_paragraph(recipients, styles.RECIPIENTS.name).add_run(line)
        signer = table.cell(0, 1)
        if block.authority_line:
            self._add_paragraph(signer, styles.SIGNER_AUTHORITY.name, True).add_run(
                block.authority_line
            )
            self._add_paragraph(signer, styles.SIGNER_TITLE.name).add_run(block.title_line)
        else:
            self._add_paragraph(signer, styles.SIGNER_AUTHORITY.name, True).add_run(
                block.title_line
            )
        self._add_paragraph(signer, styles.SIGNER_NAME.name).add_run(block.name)


def _widest(lines: list[str], size: float, bold: bool) -> float:
    return max((text_width_mm(line, size, bold=bold) for line in lines), default=0.0)


def _cant_split(row: Any) -> None:
    child(row._tr.get_or_add_trPr(), "w:cantSplit", ("w:cantSplit", "w:tblHeader"))


def _page_field(paragraph: Any) -> None:
    """A PAGE field; Word and LibreOffice fill in the number of each page."""
    from docx.oxml import OxmlElement

    def run_with(element: Any) -> None:
        run = paragraph.add_run()
        run._r.append(element)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    run_with(instruction)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run("2")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def write_docx(
    composed: Composed,
    reference: bytes,
    when: dt.datetime,
    zip_time: dt.datetime | None = None,
) -> bytes:
    return DocxWriter(reference).write(composed, when, zip_time)
