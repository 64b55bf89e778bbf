"""The frame of the document: the header table above the content and the signature below.

Both are borderless two-column tables sized as Nghị định 30/2020 (Phụ lục I) sets them: the
Quốc hiệu's column about 100 mm wide (wider if the national title needs it), the recipients'
column about 62 mm; a short rule under the issuer and under the motto.
"""

from __future__ import annotations

from docx.oxml.ns import qn

from planctl.render import styles
from planctl.render.blocks import Header, Signature
from planctl.render.docx_layout import CELL_MARGIN_MM, DocxLayout, widest
from planctl.render.metrics import text_width_mm
from planctl.render.ooxml import PPR, child

HEADER_RIGHT_MIN_MM = 100.0  # nd30: the Quốc hiệu's column, about 100 mm
SIGNATURE_LEFT_MM = 62.0  # nd30: recipients, about 55–65 mm
ISSUER_RULE = 0.4  # nd30: 1/3 to 1/2 of the line above


def write_header(layout: DocxLayout, header: Header) -> None:
    national_size = layout.size(styles.NATIONAL_TITLE.name)
    national_bold = layout.toggle(styles.NATIONAL_TITLE.name, "w:b")
    needed = text_width_mm(header.national_title, national_size, bold=national_bold)
    right = max(HEADER_RIGHT_MIN_MM, needed + 2 * CELL_MARGIN_MM + 2)
    left = layout.page.text_width - right
    rows = 2 if header.number_line or header.date_line else 1
    table = layout.plain_table(rows, (left, right))
    room_left, room_right = left - 2 * CELL_MARGIN_MM, right - 2 * CELL_MARGIN_MM

    cell = table.cell(0, 0)
    first = True
    if header.parent_body:
        lines = layout.fit(header.parent_body, styles.HEADER_PARENT.name, room_left)
        layout.add_paragraph(cell, styles.HEADER_PARENT.name, first).add_run("\n".join(lines))
        first = False
    issuer_lines = layout.fit(header.issuer, styles.HEADER_ISSUER.name, room_left)
    layout.add_paragraph(cell, styles.HEADER_ISSUER.name, first).add_run("\n".join(issuer_lines))
    size = layout.size(styles.HEADER_ISSUER.name)
    bold = layout.toggle(styles.HEADER_ISSUER.name, "w:b")
    layout.rule_after(cell, widest(issuer_lines, size, bold) * ISSUER_RULE, room_left)

    cell = table.cell(0, 1)
    layout.add_paragraph(cell, styles.NATIONAL_TITLE.name, True).add_run(header.national_title)
    layout.add_paragraph(cell, styles.MOTTO.name).add_run(header.motto)
    size = layout.size(styles.MOTTO.name)
    bold = layout.toggle(styles.MOTTO.name, "w:b")
    layout.rule_after(cell, text_width_mm(header.motto, size, bold=bold), room_right)

    if rows == 2:
        number = layout.add_paragraph(table.cell(1, 0), styles.HEADER_NUMBER.name, True)
        number.add_run(header.number_line or "")
        date = layout.add_paragraph(table.cell(1, 1), styles.DATE_LINE.name, True)
        date.add_run(header.date_line or "")


def write_signature(layout: DocxLayout, block: Signature) -> None:
    # The signature never stands alone on a page: the content's last paragraph goes with it.
    last = layout.document.element.body[-2] if len(layout.document.element.body) > 1 else None
    if last is not None and last.tag == qn("w:tbl"):
        # Content ending with its task table: Word would join two tables side by side.
        last = layout.style(layout.document.add_paragraph(), styles.BODY.name)._p
    if last is not None and last.tag == qn("w:p"):
        child(last.get_or_add_pPr(), "w:keepNext", PPR)
    left = SIGNATURE_LEFT_MM
    table = layout.plain_table(1, (left, layout.page.text_width - left))
    recipients = table.cell(0, 0)
    layout.add_paragraph(recipients, styles.RECIPIENTS_LABEL.name, True).add_run(
        block.recipients_label
    )
    for line in block.recipients:
        layout.add_paragraph(recipients, styles.RECIPIENTS.name).add_run(line)
    signer = table.cell(0, 1)
    # The first line keeps the room above the block; each further one (KT. THỦ TƯỚNG under
    # TM. CHÍNH PHỦ, then the signer's title) follows it closely.
    lines = (*block.authority_lines, block.title_line)
    layout.add_paragraph(signer, styles.SIGNER_AUTHORITY.name, True).add_run(lines[0])
    for line in lines[1:]:
        layout.add_paragraph(signer, styles.SIGNER_TITLE.name).add_run(line)
    layout.add_paragraph(signer, styles.SIGNER_NAME.name).add_run(block.name)
