"""Regenerate templates/reference.docx: the page and the styles every document is built with.

    python -m planctl.render.make_reference [OUT]

The result is reproducible (same python-docx, same bytes). A clerk may open the file in Word,
restyle it (Format → Styles) and save it as `templates/reference.docx` beside an
organisation's plans; planctl then builds that organisation's documents with it.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

from planctl.render import styles
from planctl.render.docx_styles import add_style, configure_defaults, has_style
from planctl.render.reproducible import DEFAULT_DATETIME, normalize_zip

# The repository's top-level templates/ (installed as planctl.templates).
TARGET = Path(__file__).resolve().parents[3] / "templates" / "reference.docx"


def build_reference() -> bytes:
    document = Document()
    configure_defaults(document)
    for spec in styles.ALL:
        if not has_style(document, spec.name):
            add_style(document, spec)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(styles.PAGE_WIDTH_MM)
    section.page_height = Mm(styles.PAGE_HEIGHT_MM)
    section.top_margin = Mm(styles.MARGIN_TOP_MM)
    section.bottom_margin = Mm(styles.MARGIN_BOTTOM_MM)
    section.left_margin = Mm(styles.MARGIN_LEFT_MM)
    section.right_margin = Mm(styles.MARGIN_RIGHT_MM)
    section.header_distance = Mm(styles.HEADER_DISTANCE_MM)
    section.footer_distance = Mm(styles.HEADER_DISTANCE_MM)
    section.gutter = Mm(0)
    props = document.core_properties
    props.title = "planctl reference"
    props.author = "planctl"
    props.last_modified_by = "planctl"
    props.revision = 1
    props.created = props.modified = DEFAULT_DATETIME
    props.comments = "Styles for documents built by planctl (Nghị định 30/2020/NĐ-CP)."
    buffer = io.BytesIO()
    document.save(buffer)
    return normalize_zip(buffer.getvalue(), DEFAULT_DATETIME)


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else TARGET
    target.write_bytes(build_reference())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
