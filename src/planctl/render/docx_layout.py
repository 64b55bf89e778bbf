"""The document being laid out, and the pieces every part of the page is built from.

:class:`DocxLayout` opens the reference document, takes the page from its first section and
adds the styles it lacks (styles.py); it then offers what the header, the tables and the
paragraphs share: styles applied by id, fixed-width borderless tables, and the short rules
under the issuer, the motto and the title.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from planctl.render import styles
from planctl.render.docx_styles import StyleIndex, add_style
from planctl.render.docx_xml import W_P, ParagraphShapes, add_run, clone
from planctl.render.line_break import balance_lines
from planctl.render.metrics import text_width_mm
from planctl.render.ooxml import BORDERS, MARGINS, PPR, RPR, TBLPR, child, twips

EMU_PER_MM = 36000
CELL_MARGIN_MM = 1.0  # left and right padding of the header and signature cells
RULE_MIN_MM = 10.0
RULE_SIZE = 6  # eighths of a point: a 0.75 pt line

Shape = tuple[str, bool, bool]
"""A paragraph's properties: (style, kept with the next, hanging after a "- ")."""


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


class DocxLayout:
    """The document under construction and the page its current part is laid on."""

    def __init__(self, reference: bytes) -> None:
        self.document: Any = Document(io.BytesIO(reference))
        index = StyleIndex(self.document)
        missing = [spec for spec in styles.ALL if index.find(spec.name) is None]
        for spec in missing:
            add_style(self.document, spec)
        self.styles = StyleIndex(self.document) if missing else index
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
        self._sizes: dict[str, float] = {}
        self._toggles: dict[tuple[str, str], bool] = {}
        self.shapes = ParagraphShapes(self._shape)
        body = self.document.element.body
        for element in list(body):
            if element.tag != qn("w:sectPr"):
                body.remove(element)

    def style_id(self, name: str) -> str:
        if name not in self._ids:
            self._ids[name] = self.styles.style_id(name)
        return self._ids[name]

    def size(self, name: str) -> float:
        """The font size of a style, in points; read from the styles once per document (a
        look-up searches every style in the reference document)."""
        if name not in self._sizes:
            self._sizes[name] = self.styles.size(name)
        return self._sizes[name]

    def toggle(self, name: str, tag: str) -> bool:
        """Whether bold (`w:b`) or italic (`w:i`) is on in a style; read once per document."""
        key = (name, tag)
        if key not in self._toggles:
            self._toggles[key] = self.styles.toggle(name, tag)
        return self._toggles[key]

    def style(self, paragraph: Any, name: str) -> Any:
        """Apply a paragraph style by its id (python-docx's lookup by name is slow)."""
        paragraph._p.style = self.style_id(name)
        return paragraph

    def _shape(self, paragraph: Any, shape: Shape) -> None:
        style, keep_next, hang = shape
        self.style(paragraph, style)
        if keep_next:
            paragraph.paragraph_format.keep_with_next = True
        if hang:
            # A "- " line whose next lines align after the dash.
            dash = text_width_mm("- ", self.size(style))
            paragraph.paragraph_format.left_indent = Mm(dash)
            paragraph.paragraph_format.first_line_indent = Mm(-dash)

    def body_paragraph(self, style: str, text: str | None = None) -> Any:
        """A `w:p` of `style` at the end of the body, as `document.add_paragraph()` adds it
        (before the body's own section properties), holding a run of `text` if given."""
        body = self.document.element.body
        p = body.makeelement(W_P, {})
        ends = body.find(qn("w:sectPr"))
        if ends is not None:
            ends.addprevious(p)
        else:
            body.append(p)
        p.append(clone(self.shapes.ppr((style, False, False))))
        if text is not None:
            add_run(p, text)
        return p

    def add_paragraph(self, container: Any, style: str, first: bool = False) -> Any:
        paragraph = container.paragraphs[0] if first else container.add_paragraph()
        return self.style(paragraph, style)

    def fit(self, text: str, style: str, room: float) -> list[str]:
        return balance_lines(text, room, self.size(style), bold=self.toggle(style, "w:b"))

    def rule_after(self, container: Any, width: float, room: float, after_pt: float = 0) -> None:
        """A short solid rule, `width` mm long, centred in `room` mm."""
        width = min(max(width, RULE_MIN_MM), room)
        paragraph = self.style(container.add_paragraph(), styles.RULE.name)
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

    def plain_table(self, rows: int, widths: tuple[float, ...]) -> Any:
        """A borderless table of fixed column widths (header, signature)."""
        table = self.document.add_table(rows=rows, cols=len(widths))
        self.fix_widths(table, widths)
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
            cant_split(row)
        return table

    def fix_widths(self, table: Any, widths: tuple[float, ...]) -> None:
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


def widest(lines: list[str], size: float, bold: bool) -> float:
    return max((text_width_mm(line, size, bold=bold) for line in lines), default=0.0)


def cant_split(row: Any) -> None:
    child(row._tr.get_or_add_trPr(), "w:cantSplit", ("w:cantSplit", "w:tblHeader"))


def show_upper_case(r: Any) -> None:
    """The run `r` shown and printed in capitals (Word's All caps); the text stays as the
    clerk wrote it."""
    child(r.get_or_add_rPr(), "w:caps", RPR)
