"""Reading a built .docx back: body order, effective run and paragraph formatting, text.

Formatting is resolved the way Word does (direct formatting, then the run's character
style, then the paragraph style and its bases, then the document defaults), independently
of planctl's own code, so that a test checks what a reader of the document sees.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

EMU_PER_MM = 36000
SLOTS = ("ascii", "hAnsi", "cs", "eastAsia")


def open_docx(path: Path | bytes) -> Any:
    source = io.BytesIO(path) if isinstance(path, bytes) else str(path)
    return docx.Document(source)


def mm(emu: Any) -> float:
    return int(emu) / EMU_PER_MM


def body(document: Any) -> list[Paragraph | Table]:
    """Top-level paragraphs and tables, in document order."""
    out: list[Paragraph | Table] = []
    for element in document.element.body:
        if element.tag == qn("w:p"):
            out.append(Paragraph(element, document._body))
        elif element.tag == qn("w:tbl"):
            out.append(Table(element, document._body))
    return out


def paragraphs(document: Any) -> Iterator[Paragraph]:
    """Every paragraph of the body, table cells included, in order."""
    for item in body(document):
        if isinstance(item, Paragraph):
            yield item
        else:
            yield from table_paragraphs(item)


def table_paragraphs(table: Table) -> Iterator[Paragraph]:
    """Paragraphs of each cell once (a merged cell is one `w:tc`), nested tables included."""
    for tr in table._tbl.tr_lst:
        for tc in tr.tc_lst:
            for element in tc:
                if element.tag == qn("w:p"):
                    yield Paragraph(element, table)
                elif element.tag == qn("w:tbl"):
                    yield from table_paragraphs(Table(element, table))


def find(document: Any, text: str) -> Paragraph:
    """The first paragraph whose text starts with `text`."""
    for paragraph in paragraphs(document):
        if paragraph.text.startswith(text):
            return paragraph
    raise AssertionError(f"no paragraph starts with {text!r}")


def all_text(document: Any) -> str:
    return "\n".join(p.text for p in paragraphs(document))


def _styles(document: Any) -> dict[str, Any]:
    return {s.get(qn("w:styleId")): s for s in document.styles.element.findall(qn("w:style"))}


def _chain(document: Any, style_id: str | None) -> list[Any]:
    styles = _styles(document)
    out: list[Any] = []
    while style_id and style_id in styles and len(out) < 20:
        style = styles[style_id]
        out.append(style)
        based = style.find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else None
    return out


def _rpr_sources(document: Any, paragraph: Paragraph, run: Any | None) -> list[Any]:
    """rPr elements in precedence order for a run of a paragraph."""
    sources: list[Any] = []
    if run is not None:
        rpr = run._r.find(qn("w:rPr"))
        if rpr is not None:
            sources.append(rpr)
            rstyle = rpr.find(qn("w:rStyle"))
            if rstyle is not None:
                for style in _chain(document, rstyle.get(qn("w:val"))):
                    sources.append(style.find(qn("w:rPr")))
    ppr = paragraph._p.find(qn("w:pPr"))
    pstyle = ppr.find(qn("w:pStyle")) if ppr is not None else None
    style_id = pstyle.get(qn("w:val")) if pstyle is not None else _default_style(document)
    for style in _chain(document, style_id):
        sources.append(style.find(qn("w:rPr")))
    defaults = document.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}"
    )
    sources.append(defaults)
    return [s for s in sources if s is not None]


def _default_style(document: Any) -> str | None:
    for style in document.styles.element.findall(qn("w:style")):
        if style.get(qn("w:type")) == "paragraph" and style.get(qn("w:default")) in {"1", "true"}:
            return str(style.get(qn("w:styleId")))
    return None


def run_format(document: Any, paragraph: Paragraph, run: Any | None = None) -> dict[str, Any]:
    """Effective size (pt), bold, italic, caps (shown upper case) and each slot's font."""
    sources = _rpr_sources(document, paragraph, run)
    result: dict[str, Any] = {
        "size": None,
        "bold": False,
        "italic": False,
        "caps": False,
        "fonts": {},
    }
    for tag, key in (("w:sz", "size"),):
        for rpr in sources:
            element = rpr.find(qn(tag))
            if element is not None:
                result[key] = int(element.get(qn("w:val"))) / 2
                break
    for tag, key in (("w:b", "bold"), ("w:i", "italic"), ("w:caps", "caps")):
        for rpr in sources:
            element = rpr.find(qn(tag))
            if element is not None:
                result[key] = element.get(qn("w:val"), "1") not in {"0", "false", "off"}
                break
    for slot in SLOTS:
        for rpr in sources:
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                continue
            theme = fonts.get(qn(f"w:{slot}Theme")) or (
                fonts.get(qn("w:cstheme")) if slot == "cs" else None
            )
            if theme:
                result["fonts"][slot] = f"theme:{theme}"
                break
            if fonts.get(qn(f"w:{slot}")):
                result["fonts"][slot] = fonts.get(qn(f"w:{slot}"))
                break
    return result


def paragraph_format(document: Any, paragraph: Paragraph) -> dict[str, Any]:
    """Effective alignment, first-line indent (mm), spacing before/after (pt), keep-next."""
    sources = []
    ppr = paragraph._p.find(qn("w:pPr"))
    if ppr is not None:
        sources.append(ppr)
    pstyle = ppr.find(qn("w:pStyle")) if ppr is not None else None
    style_id = pstyle.get(qn("w:val")) if pstyle is not None else _default_style(document)
    for style in _chain(document, style_id):
        element = style.find(qn("w:pPr"))
        if element is not None:
            sources.append(element)
    result: dict[str, Any] = {
        "align": "left",
        "first_line_mm": 0.0,
        "before": 0.0,
        "after": 0.0,
        "line": None,
    }
    for source in sources:
        jc = source.find(qn("w:jc"))
        if jc is not None:
            result["align"] = jc.get(qn("w:val"))
            break
    for source in sources:
        ind = source.find(qn("w:ind"))
        if ind is not None and ind.get(qn("w:firstLine")) is not None:
            result["first_line_mm"] = int(ind.get(qn("w:firstLine"))) * 25.4 / 1440
            break
    for key in ("before", "after", "line"):
        for source in sources:
            spacing = source.find(qn("w:spacing"))
            if spacing is not None and spacing.get(qn(f"w:{key}")) is not None:
                value = int(spacing.get(qn(f"w:{key}")))
                result[key] = value / 20 if key != "line" else value / 240
                break
    return result


def style_name(paragraph: Paragraph) -> str:
    return str(paragraph.style.name) if paragraph.style is not None else ""


def zip_entries(data: bytes) -> list[zipfile.ZipInfo]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.infolist()


def normalize(text: str) -> str:
    """For comparing with a seed: NFC, no markup, case-folded, no whitespace or separators."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("*", "").replace("#", "")
    text = text.casefold()
    return re.sub(r"[\s,;\-–]+", "", text)
