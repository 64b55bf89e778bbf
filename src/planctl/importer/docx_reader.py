"""A .docx body as a reader sees it: paragraphs and tables in order, numbers resolved.

python-docx gives the XML; what it does not give is done here: Word's automatic numbers
(numbering.xml: a list continues after an interrupting paragraph, restarts where a num says
so), merged cells read once (gridSpan is one cell wider, a vMerge continuation is marked, not
repeated), footnotes, and bold or italic runs. All text is NFC-normalised.
"""

from __future__ import annotations

import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planctl.importer.numbering import Numbering

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    # The run's own font (w:rFonts), None when it has the style's: a TCVN3 document's
    # capitals are in ".VnTimeH" runs, read as capitals by planctl.importer.legacy.
    font: str | None = None


@dataclass
class Para:
    """One paragraph; `index` counts the body's paragraphs from 1 (cells have their own)."""

    index: int
    style: str
    label: str | None  # the automatic number Word shows ("1.", "a)"), None if typed
    level: int | None
    runs: list[Run]
    footnotes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def shown(self) -> str:
        """The text a reader sees: the automatic number in front."""
        if self.label:
            return f"{self.label} {self.text}" if self.label.strip() else self.text
        return self.text

    @property
    def bold(self) -> bool:
        texts = [r for r in self.runs if r.text.strip()]
        return bool(texts) and all(r.bold for r in texts)


@dataclass
class Cell:
    row: int
    column: int  # grid column, from 1
    span: int
    continued: bool  # a vMerge continuation: the cell above holds the text
    paragraphs: list[Para]

    @property
    def text(self) -> str:
        return "\n".join(p.shown for p in self.paragraphs).strip()


@dataclass
class Table:
    index: int  # tables counted from 1
    rows: list[list[Cell]]


Block = Para | Table


@dataclass
class Body:
    path: Path
    blocks: list[Block]
    fonts: set[str]


class DocxError(Exception):
    """The file is not a readable .docx; `key` names the message (importer.messages)."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args


def open_document(path: Path) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not path.is_file():
        raise DocxError("missing", path=path)
    head = path.read_bytes()[:8]
    if not head:
        raise DocxError("empty", path=path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        # OLE2: a Word 97-2003 .doc, or a .docx saved with a password (encrypted package).
        raise DocxError("ole", path=path)
    if not zipfile.is_zipfile(path):
        raise DocxError("not_zip", path=path)
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile, ValueError) as exc:
        raise DocxError("not_docx", path=path, reason=exc) from exc
    except Exception as exc:  # lxml and python-docx raise many kinds on damaged parts
        raise DocxError("not_docx", path=path, reason=exc) from exc


def read_body(path: Path) -> Body:
    document = open_document(path)
    reader = _Reader(document)
    blocks: list[Block] = []
    for child in document.element.body.iterchildren():
        if child.tag == W + "p":
            reader.para_count += 1
            blocks.append(reader.paragraph(child, reader.para_count))
        elif child.tag == W + "tbl":
            reader.table_count += 1
            blocks.append(reader.table(child, reader.table_count))
    return Body(path, blocks, reader.fonts)


class _Reader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.numbering = Numbering.of(document)
        self.footnotes = _footnotes(document)
        self.styles = {s.style_id: s for s in document.styles}
        self.default_style = next(
            (s for s in document.styles if s.type == 1 and s.element.get(W + "default") == "1"),
            None,
        )
        defaults = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
        self.default_font: str | None = None
        if defaults is not None:
            name = defaults.get(W + "ascii")
            theme = defaults.get(W + "asciiTheme")
            self.default_font = name or (f"theme:{theme}" if theme else None)
        self.fonts: set[str] = set()
        self.para_count = 0
        self.table_count = 0

    def _style_num(self, style_id: str | None) -> tuple[str | None, int]:
        seen = 0
        while style_id and seen < 10:
            style = self.styles.get(style_id)
            if style is None:
                return None, 0
            ppr = style.element.find(W + "pPr")
            num = ppr.find(W + "numPr") if ppr is not None else None
            if num is not None:
                num_id = _val(num.find(W + "numId"))
                return num_id, int(_val(num.find(W + "ilvl")) or 0)
            base = style.element.find(W + "basedOn")
            style_id = _val(base)
            seen += 1
        return None, 0

    def _style_font(self, style_id: str | None) -> str | None:
        """A paragraph style's font (through its base styles), else the document default's;
        a theme font reads "theme:<name>", which no legacy encoding uses."""
        seen = 0
        style = self.styles.get(style_id) if style_id else self.default_style
        while style is not None and seen < 10:
            rpr = style.element.find(W + "rPr")
            fonts = rpr.find(W + "rFonts") if rpr is not None else None
            if fonts is not None:
                name = fonts.get(W + "ascii") or fonts.get(W + "hAnsi")
                theme = fonts.get(W + "asciiTheme")
                if name or theme:
                    return name or f"theme:{theme}"
            style = style.base_style
            seen += 1
        return self.default_font

    def paragraph(self, p: Any, index: int) -> Para:
        ppr = p.find(W + "pPr")
        style_id = _val(ppr.find(W + "pStyle")) if ppr is not None else None
        style = self.styles.get(style_id) if style_id else None
        style_name = style.name if style is not None else "Normal"
        num_id: str | None = None
        level = 0
        num = ppr.find(W + "numPr") if ppr is not None else None
        if num is not None:
            num_id = _val(num.find(W + "numId"))
            level = int(_val(num.find(W + "ilvl")) or 0)
        else:
            num_id, level = self._style_num(style_id)
        label = self.numbering.next(num_id, level) if num_id and num_id != "0" else None
        runs: list[Run] = []
        notes: list[str] = []
        for r in p.iter(W + "r"):
            rpr = r.find(W + "rPr")
            bold = _on(rpr, "b")
            italic = _on(rpr, "i")
            # The effective font (h/importfx): the run's own, else its paragraph style's,
            # else the document default, so that legacy.run_to_unicode knows which runs
            # a TCVN3 document typed in .VnTime and which are Unicode.
            font: str | None = None
            inherited = self._style_font(style_id)
            if inherited:
                self.fonts.add(inherited)
            if rpr is not None:
                fonts = rpr.find(W + "rFonts")
                if fonts is not None:
                    for attr in ("ascii", "hAnsi"):
                        name = fonts.get(W + attr)
                        if name:
                            self.fonts.add(name)
                            font = font or name
            font = font or inherited
            parts: list[str] = []
            for node in r:
                if node.tag == W + "t":
                    parts.append(node.text or "")
                elif node.tag == W + "tab":
                    parts.append("\t")
                elif node.tag in (W + "br", W + "cr"):
                    parts.append("\n")
                elif node.tag == W + "footnoteReference":
                    note = self.footnotes.get(node.get(W + "id") or "")
                    if note is not None:
                        notes.append(note)
            text = nfc("".join(parts))
            if text:
                last = runs[-1] if runs else None
                if last and (last.bold, last.italic, last.font) == (bold, italic, font):
                    last.text += text
                else:
                    runs.append(Run(text, bold, italic, font))
        return Para(index, style_name, label, level if label else None, runs, notes)

    def table(self, tbl: Any, index: int) -> Table:
        rows: list[list[Cell]] = []
        for r, tr in enumerate(tbl.iterchildren(W + "tr"), start=1):
            cells: list[Cell] = []
            column = 1
            trpr = tr.find(W + "trPr")
            if trpr is not None:
                before = trpr.find(W + "gridBefore")
                column += int(_val(before) or 0)
            for tc in tr.iterchildren(W + "tc"):
                tcpr = tc.find(W + "tcPr")
                span = 1
                continued = False
                if tcpr is not None:
                    span = int(_val(tcpr.find(W + "gridSpan")) or 1)
                    vmerge = tcpr.find(W + "vMerge")
                    continued = vmerge is not None and _val(vmerge) in (None, "continue")
                paras = [
                    self.paragraph(p, i) for i, p in enumerate(tc.iterchildren(W + "p"), start=1)
                ]
                cells.append(Cell(r, column, span, continued, paras))
                column += span
            rows.append(cells)
        return Table(index, rows)


def _val(node: Any) -> str | None:
    if node is None:
        return None
    value = node.get(W + "val")
    return str(value) if value is not None else None


def _on(rpr: Any, tag: str) -> bool:
    if rpr is None:
        return False
    node = rpr.find(W + tag)
    return node is not None and _val(node) not in ("0", "false", "off")


def _footnotes(document: Any) -> dict[str, str]:
    """Footnote id → its text, from the footnotes part if the document has one."""
    from lxml import etree  # type: ignore[import-untyped]

    notes: dict[str, str] = {}
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes"):
            root = etree.fromstring(rel.target_part.blob)
            for note in root.iterchildren(W + "footnote"):
                if note.get(W + "type") in ("separator", "continuationSeparator"):
                    continue
                text = "".join(t.text or "" for t in note.iter(W + "t"))
                notes[note.get(W + "id") or ""] = nfc(text.strip())
    return notes
