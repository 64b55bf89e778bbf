"""The styles of the reference document, with Nghị định 30/2020's values.

make_reference.py writes them into templates/reference.docx; the writer applies them by name.
A clerk who restyles reference.docx in Word (sizes, spacing, indents) changes every document
built after; a style missing from an organisation's own reference.docx is added from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from planctl.render.blocks import Role

FONT = "Times New Roman"
LANGUAGE = "vi-VN"
BODY_INDENT_CM = 1.27


@dataclass(frozen=True)
class StyleSpec:
    name: str
    size: float = 14
    bold: bool = False
    italic: bool = False
    align: Literal["left", "center", "right", "justify"] = "left"
    first_indent_cm: float = 0.0
    before: float = 0.0
    after: float = 0.0
    line: float | None = None  # a multiple of single spacing
    keep_next: bool = False
    outline: int | None = None  # level in Word's navigation pane
    contextual: bool = False  # no spacing between paragraphs of this style (table cells)
    kind: Literal["paragraph", "character"] = "paragraph"


def _body(name: str, **changes: object) -> StyleSpec:
    values: dict[str, object] = {
        "align": "justify",
        "first_indent_cm": BODY_INDENT_CM,
        "after": 6.0,
        "line": 1.15,
    }
    values.update(changes)
    return StyleSpec(name, **values)  # type: ignore[arg-type]


def _cell(name: str, **changes: object) -> StyleSpec:
    """Text in a task table: 13 pt, 3 pt above and below, none between lines of one cell."""
    values: dict[str, object] = {"size": 13, "before": 3.0, "after": 3.0, "contextual": True}
    values.update(changes)
    return StyleSpec(name, **values)  # type: ignore[arg-type]


# Header table
HEADER_PARENT = StyleSpec("Header Parent Body", size=13, align="center")
HEADER_ISSUER = StyleSpec("Header Issuer", size=13, bold=True, align="center")
HEADER_NUMBER = StyleSpec("Header Number", size=13, align="center", before=6)
NATIONAL_TITLE = StyleSpec("National Title", size=13, bold=True, align="center")
MOTTO = StyleSpec("Motto", size=14, bold=True, align="center")
DATE_LINE = StyleSpec("Date Line", size=14, italic=True, align="center", before=6)
RULE = StyleSpec("Rule", size=2, align="center", line=1.0)
# The document
KIND = StyleSpec("Document Kind", bold=True, align="center", before=24, keep_next=True)
TITLE = StyleSpec("Document Title", bold=True, align="center", keep_next=True)
CAPTION = StyleSpec(
    "Document Caption", italic=True, align="center", before=6, after=6, keep_next=True
)
AUTHORITY = StyleSpec(
    "Authority Line", bold=True, align="center", before=6, after=12, keep_next=True
)
BASIS = _body("Legal Basis", italic=True)
FORMULA = StyleSpec("Issuing Formula", bold=True, align="center", before=6, after=12)
BODY = _body("Plan Body")
PART = _body("Part Heading", bold=True, keep_next=True, outline=0)
SECTION = _body("Section Heading", bold=True, keep_next=True, outline=1)
POINT = _body("Point Heading", keep_next=True)
END_MARK = StyleSpec("End Mark", align="right", before=6)
ADDRESSEE = StyleSpec("Addressee", align="center", before=6, after=12, keep_next=True)
# Task tables
TABLE_HEADER = _cell("Table Header", bold=True, align="center")
TABLE_NUMBER = _cell("Table Number", align="center")
TABLE_TEXT = _cell("Table Text")
TABLE_CENTRED = _cell("Table Centred", align="center")
TABLE_GROUP = _cell("Table Group", bold=True)
# Appendix
APPENDIX_LABEL = StyleSpec("Appendix Label", bold=True, align="center", keep_next=True)
APPENDIX_TITLE = StyleSpec("Appendix Title", bold=True, align="center", keep_next=True)
APPENDIX_CAPTION = StyleSpec("Appendix Caption", italic=True, align="center", after=12)
# Signature and recipients
RECIPIENTS_LABEL = StyleSpec("Recipients Label", size=12, bold=True, italic=True, before=12)
RECIPIENTS = StyleSpec("Recipients", size=11)
SIGNER_AUTHORITY = StyleSpec("Signer Authority", bold=True, align="center", before=12)
SIGNER_TITLE = StyleSpec("Signer Title", bold=True, align="center")
SIGNER_NAME = StyleSpec("Signer Name", bold=True, align="center", before=72)
PAGE_NUMBER = StyleSpec("Page Number", size=14, align="center")
# Characters
STRONG = StyleSpec("Strong Label", bold=True, kind="character")
LABEL = StyleSpec("Field Label", italic=True, kind="character")

ALL: tuple[StyleSpec, ...] = (
    HEADER_PARENT,
    HEADER_ISSUER,
    HEADER_NUMBER,
    NATIONAL_TITLE,
    MOTTO,
    DATE_LINE,
    RULE,
    KIND,
    TITLE,
    CAPTION,
    AUTHORITY,
    BASIS,
    FORMULA,
    BODY,
    PART,
    SECTION,
    POINT,
    END_MARK,
    ADDRESSEE,
    TABLE_HEADER,
    TABLE_NUMBER,
    TABLE_TEXT,
    TABLE_CENTRED,
    TABLE_GROUP,
    APPENDIX_LABEL,
    APPENDIX_TITLE,
    APPENDIX_CAPTION,
    RECIPIENTS_LABEL,
    RECIPIENTS,
    SIGNER_AUTHORITY,
    SIGNER_TITLE,
    SIGNER_NAME,
    PAGE_NUMBER,
    STRONG,
    LABEL,
)

BY_ROLE: dict[Role, StyleSpec] = {
    Role.KIND: KIND,
    Role.TITLE: TITLE,
    Role.CAPTION: CAPTION,
    Role.AUTHORITY: AUTHORITY,
    Role.BASIS: BASIS,
    Role.FORMULA: FORMULA,
    Role.BODY: BODY,
    Role.PART: PART,
    Role.SECTION: SECTION,
    Role.POINT: POINT,
    Role.BULLET: BODY,
    Role.ARTICLE: BODY,
    Role.FIELD: BODY,
    Role.END_MARK: END_MARK,
    Role.APPENDIX_LABEL: APPENDIX_LABEL,
    Role.APPENDIX_TITLE: APPENDIX_TITLE,
    Role.APPENDIX_CAPTION: APPENDIX_CAPTION,
    Role.ADDRESSEE: ADDRESSEE,
}

# The page (A4 portrait) of the reference document, in millimetres.
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
MARGIN_LEFT_MM = 30.0
MARGIN_RIGHT_MM = 15.0
HEADER_DISTANCE_MM = 10.0
