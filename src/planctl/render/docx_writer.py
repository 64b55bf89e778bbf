"""Lay the composed blocks out as a .docx, the way Nghị định 30/2020 (Phụ lục I) sets a page.

The writer holds the layout and no wording: the page comes from the reference document's
first section (A4, margins), the fonts and sizes from its styles (styles.py), and the rest is
here: a section per part (landscape for an appendix) with the page number in the header
from its second page on, and the paragraphs; the header table and signature are laid out by
docx_frame.py, the task tables by docx_tables.py.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from typing import Any

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph

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
from planctl.render.docx_frame import write_header, write_signature
from planctl.render.docx_layout import DocxLayout, show_upper_case, widest
from planctl.render.docx_tables import write_task_table
from planctl.render.docx_xml import add_marked_runs, add_run
from planctl.render.line_break import balance_lines
from planctl.render.metrics import text_width_mm
from planctl.render.ooxml import PPR, SECTPR, child
from planctl.render.reproducible import build_datetime, normalize_zip

TITLE_RULE = 0.4
TITLE_RULE_AFTER_PT = 12
CORE_PROPERTY_CHARS = 255  # python-docx refuses a longer core property


class DocxWriter(DocxLayout):
    """One document; `write()` returns its bytes."""

    def write(
        self, composed: Composed, when: dt.datetime, zip_time: dt.datetime | None = None
    ) -> bytes:
        """The document's bytes: `when` dates its properties, `zip_time` (SOURCE_DATE_EPOCH
        or 1980-01-01 by default) its zip entries."""
        for index, part in enumerate(composed.parts):
            self._start(part, index)
            for block in part.blocks:
                if isinstance(block, Header):
                    write_header(self, block)
                elif isinstance(block, Para):
                    self._para(block)
                elif isinstance(block, TaskTable):
                    write_task_table(self, block)
                elif isinstance(block, Signature):
                    write_signature(self, block)
        props = self.document.core_properties
        props.title = core_text(composed.title)
        props.subject = composed.subject
        props.author = core_text(composed.author)
        props.last_modified_by = "planctl"
        props.revision = 1
        props.created = when
        props.modified = when
        props.language = styles.LANGUAGE
        props.keywords = composed.keywords
        props.comments = ""
        props.category = composed.category
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
        self.style(header, styles.PAGE_NUMBER.name)
        _page_field(header)
        section.first_page_header.is_linked_to_previous = False
        first = section.first_page_header.paragraphs[0]
        self.style(first, styles.PAGE_NUMBER.name)
        for kind in ("footer", "first_page_footer"):
            getattr(section, kind).is_linked_to_previous = False

    def _shrink_break(self) -> None:
        """The paragraph python-docx adds to hold a section break: make it take no room."""
        body = self.document.element.body
        paragraphs = body.findall(qn("w:p"))
        holder = paragraphs[-1]
        ppr = holder.get_or_add_pPr()
        ppr.get_or_add_pStyle().set(qn("w:val"), self.style_id(styles.RULE.name))
        spacing = child(ppr, "w:spacing", PPR)
        for name, value in (("before", "0"), ("after", "0"), ("line", "20"), ("lineRule", "exact")):
            spacing.set(qn(f"w:{name}"), value)

    def _para(self, block: Para) -> None:
        spec = styles.BY_ROLE[block.role]
        p = self.body_paragraph(spec.name)
        runs = block.runs
        if block.role is Role.TITLE:
            size = self.size(spec.name)
            bold = self.toggle(spec.name, "w:b")
            lines = balance_lines(block.text, self.page.text_width - 2, size, bold=bold)
            add_run(p, "\n".join(lines))
            self.rule_after(
                self.document,
                widest(lines, size, bold) * TITLE_RULE,
                self.page.text_width,
                after_pt=TITLE_RULE_AFTER_PT,
            )
            return
        if block.role is Role.ADDRESSEE and len(runs) > 1:
            self._addressee_lines(
                Paragraph(p, self.document._body), spec.name, [run.text for run in runs]
            )
            return
        if block.role is Role.APPENDIX_TITLE and len(runs) == 1:
            runs = (replace(runs[0], text=self._appendix_title_lines(spec.name, runs[0].text)),)
        for run in runs:
            if run.emphasis is Emphasis.NONE:
                # The clerk's prose: its **bold** and *italic* (planctl.model.inline).
                for added in add_marked_runs(p, run.text):
                    if block.role is Role.APPENDIX_TITLE:
                        # nd30 sets the appendix title upper case; a title the clerk wrote
                        # in mixed case prints so, and the words in the file stay theirs.
                        show_upper_case(added)
                continue
            added = add_run(p, run.text)
            if run.emphasis is Emphasis.STRONG:
                added.style = self.style_id(styles.STRONG.name)
            elif run.emphasis is Emphasis.LABEL:
                added.style = self.style_id(styles.LABEL.name)
            if block.role is Role.APPENDIX_TITLE:
                show_upper_case(added)

    def _addressee_lines(self, paragraph: Any, style_name: str, texts: list[str]) -> None:
        """ "Kính gửi:" and its "- " lines, one under another after the label, the block
        centred on the page as the decree's samples set it."""
        size = self.size(style_name)
        label, lines = texts[0], texts[1:]
        label_width = text_width_mm(f"{label} ", size) + 1
        block = label_width + max(text_width_mm(line, size) for line in lines)
        left = max(0.0, (self.page.text_width - block) / 2)
        fmt = paragraph.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
        fmt.left_indent = Mm(left + label_width)
        fmt.first_line_indent = Mm(-label_width)
        # The hanging indent is the tab stop after the label; each further line starts there.
        paragraph.add_run(f"{label}\t" + "\n".join(lines))

    def _appendix_title_lines(self, style_name: str, text: str) -> str:
        """The title broken as the document title is (never inside a word: "NGHỊ / QUYẾT"),
        measured in the capitals it shows in; the words stay the clerk's."""
        size = self.size(style_name)
        bold = self.toggle(style_name, "w:b")
        lines = balance_lines(text.upper(), self.page.text_width - 2, size, bold=bold)
        if len(lines) < 2 or "\n" in text:
            return text
        words = text.split()
        out: list[str] = []
        for line in lines:
            count = len(line.split())
            out.append(" ".join(words[:count]))
            words = words[count:]
        return "\n".join(out)


def core_text(text: str, limit: int = CORE_PROPERTY_CHARS) -> str:
    """`text` for a core property: as it is when it fits, else cut at the last space that
    leaves room for "…". Only the file's properties are shortened; the page prints the title
    and the body's name in full."""
    if len(text) <= limit:
        return text
    window = text[:limit]  # a space at its last index still leaves room for the "…"
    cut = max(window.rfind(c) for c in " \t\n")
    head = window[:cut] if cut > 0 else window[: limit - 1]
    return head.rstrip(" \t\n,;:-–") + "…"


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
