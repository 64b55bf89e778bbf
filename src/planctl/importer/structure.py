"""A document's body read into plan data: kind, title, căn cứ lines, articles, sections.

The walk follows Nghị định 30's order: header table, kind and title, the issuing part of a
QUYẾT ĐỊNH or NGHỊ QUYẾT (authority line, căn cứ / thực hiện / đề nghị, formula, articles,
signature) and the plan it attaches, or the plan itself: preamble, sections numbered I. /
1. / a) / - (typed or Word's automatic numbers), task tables or prose tasks, signature block
and appendix. Whatever finds no field is kept as prose and named in the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from planctl.facts.numbering import written_label
from planctl.importer.docx_reader import Block, Body, Para, Run, Table
from planctl.importer.header import Header, is_header, read_header
from planctl.importer.report import Place, Report
from planctl.importer.signature import Signature, is_signature, read_signature
from planctl.model import inline

KINDS = {
    "KẾ HOẠCH": "plan",
    "CHƯƠNG TRÌNH": "programme",
    "QUYẾT ĐỊNH": "decision",
    "NGHỊ QUYẾT": "resolution",
}
ATTACHED_KEY = {"decision": "plan", "resolution": "programme"}
FORMULAS = ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:")
HEADING_STYLES = ("Part Heading", "Section Heading", "Heading")
_ROMAN = re.compile(r"^(?P<n>[IVXLC]+)\.\s+(?P<rest>.+)$", re.S)
# A top-level heading whose number the clerk typed so that the renderer prints it as written
# (facts.numbering.written_label): "Phần I. …", "PHẦN II …", "I.MỤC ĐÍCH" with no space. The
# whole line is the heading, its number with it.
_WRITTEN_PART = re.compile(
    r"^(?P<rest>(?:Phần|PHẦN)\s+(?:[IVXLC]+|\d{1,2})\b\.?(?:\s+\S.*)?|[IVXLC]+\.(?=[^\W\d_]).+)$",
    re.S,
)
_DIGIT = re.compile(r"^(?P<n>\d+)\.\s+(?P<rest>.+)$", re.S)
_LETTER = re.compile(r"^(?P<n>[a-zđ])\)\s+(?P<rest>.+)$", re.S)
_ARTICLE = re.compile(r"^Điều\s+\d+\.\s*(?P<rest>.*)$", re.S)
_APPENDIX = re.compile(r"^(PHỤ LỤC|Phụ lục|DANH MỤC)\b")
CLOSE = "./."
_LABEL_RUN = re.compile(r"^(-\s*)?(Điều\s+\d+\.|[IVXLC]+\.|\d+(\.\d+)*\.|[a-zđ]\)|[^.:]{1,40}:)$")


_CITED = re.compile(
    r"^[-–]?\s*((?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Chỉ thị|"
    r"Thông tư|Kế hoạch|Chương trình|Kết luận|Công văn)\b.*\bsố\b.*)$"
)


class StructureError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass
class Parsed:
    kind: str
    header: Header | None
    data: dict[str, Any]
    signature: Signature | None
    task_tables: list[tuple[Table, dict[str, Any]]] = field(default_factory=list)
    footnotes: list[tuple[Place, str]] = field(default_factory=list)
    where: dict[str, int] = field(default_factory=dict)  # a bullet's text → its paragraph


def _numbered(p: Para) -> tuple[int, str] | None:
    """(depth, text after the number) for "I. …", "1. …", "a) …", typed or automatic."""
    text = p.shown.strip()
    for depth, pattern in enumerate((_ROMAN, _DIGIT, _LETTER)):
        found = pattern.match(text)
        if found:
            return depth, found.group("rest").strip()
    found = _WRITTEN_PART.match(text)
    if found and written_label(text):
        return 0, found.group("rest").strip()
    return None


def _numbered_text(text: str) -> str | None:
    """The text after the number of a numbered line (its markup kept)."""
    for pattern in (_ROMAN, _DIGIT, _LETTER):
        found = pattern.match(text.strip())
        if found:
            return found.group("rest").strip()
    return None


def _bullet(p: Para) -> str | None:
    return _bullet_text(p.shown)


def _bullet_text(text: str) -> str | None:
    text = text.strip()
    if text.startswith("- ") or text.startswith("– "):
        return text[2:].strip()
    return None


def _emphasised(p: Para) -> list[Run]:
    """The runs set bold or italic inside a paragraph of plain text: the clerk's emphasis.

    A paragraph all bold or all italic is a heading or a style's, and a bold "Điều 1." or
    "a)" in front is the layout's, not the clerk's."""
    marked = [r for r in p.runs if (r.bold or r.italic) and r.text.strip()]
    plain_ = [r for r in p.runs if not (r.bold or r.italic) and r.text.strip()]
    if not (marked and plain_) or p.style in ("Field", "Task Field"):
        return []
    return [run for run in marked if not (run is p.runs[0] and _LABEL_RUN.match(run.text.strip()))]


def marked_text(p: Para) -> str:
    """The paragraph's text with its emphasised runs marked up and its stars kept stars."""
    emphasised = {id(r) for r in _emphasised(p)}
    if not emphasised:
        text = p.text
        return text if inline.plain(text) == text else inline.escape(text)
    return inline.marked(
        [
            inline.Span(r.text, r.bold, r.italic) if id(r) in emphasised else inline.Span(r.text)
            for r in p.runs
        ]
    )


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.split("\n") if part.strip())


class Walker:
    def __init__(self, body: Body, report: Report) -> None:
        self.blocks = [b for b in body.blocks if not (isinstance(b, Para) and not b.text.strip())]
        self.i = 0
        self.report = report
        self.footnotes: list[tuple[Place, str]] = []
        self.last_text: tuple[list[Any], int] | None = None
        self.where: dict[str, int] = {}
        self.emphasised: list[tuple[Para, Place]] = []
        self.kept: set[int] = set()  # paragraphs whose emphasis went into prose as markup

    # -- cursor -----------------------------------------------------------------------------

    def peek(self) -> Block | None:
        return self.blocks[self.i] if self.i < len(self.blocks) else None

    def take(self) -> Block:
        block = self.blocks[self.i]
        self.i += 1
        if isinstance(block, Para):
            self._notes(block, Place(paragraph=block.index))
        return block

    def _notes(self, p: Para, place: Place) -> None:
        for note in p.footnotes:
            self.footnotes.append((place, note))
            self.report.add("footnote", place, note)
        self._emphasis(p, place)

    def _emphasis(self, p: Para, place: Place) -> None:
        """Bold or italic runs inside a paragraph; reported at the end unless the paragraph
        went into a prose field, where they are kept as markup (`_marked`)."""
        if _emphasised(p):
            self.emphasised.append((p, place))

    def _marked(self, p: Para, *, shown: bool = False) -> str:
        """The paragraph's text for a prose field, its inline emphasis as planctl markup
        (`**bold**`, `*italic*`, planctl.model.inline) and its own stars escaped."""
        self.kept.add(id(p))
        text = marked_text(p)
        if shown and p.label:
            return f"{p.label} {text}" if p.label.strip() else text
        return text

    def _report_emphasis(self) -> None:
        for p, place in self.emphasised:
            if id(p) not in self.kept:
                for run in _emphasised(p):
                    self.report.add("emphasis", place, run.text)

    # -- the document -----------------------------------------------------------------------

    def parse(self) -> Parsed:
        header = self._header()
        kind = self._find_kind()
        if kind is None:
            raise StructureError("error.no_kind")
        data: dict[str, Any] = {"kind": kind, "title": self._title()}
        signature: Signature | None = None
        tables: list[tuple[Table, dict[str, Any]]] = []
        if kind in ATTACHED_KEY:
            signature = self._issuing(data)
            self._header()
            if self._find_kind() is not None:
                attached: dict[str, Any] = {"title": self._title()}
                self._skip_caption()
                self._content(attached, tables, attached=True)
                data[ATTACHED_KEY[kind]] = attached
            while self.peek() is not None:  # no attached plan: nothing left unreported
                self._unmapped(self.take())
        else:
            signature = self._content(data, tables)
        self._report_emphasis()
        parsed = Parsed(kind, header, data, signature, tables, self.footnotes, self.where)
        return parsed

    def _find_kind(self) -> str | None:
        """The kind line, a few paragraphs down at most ("DỰ THẢO", "MẬT" may come first);
        what it passes over is reported."""
        for ahead in range(self.i, min(self.i + 4, len(self.blocks))):
            block = self.blocks[ahead]
            if isinstance(block, Para) and _one_line(block.text).upper() in KINDS:
                while self.i < ahead:
                    self._unmapped(self.take())
                return self._kind()
        return None

    def _unmapped(self, block: Block) -> None:
        if isinstance(block, Para):
            self.report.add("unmapped", Place(paragraph=block.index), block.text, "dropped")
            return
        for row in block.rows:
            for cell in row:
                if cell.text.strip() and not cell.continued:
                    place = Place(table=block.index, row=cell.row, column=cell.column)
                    self.report.add("unmapped", place, cell.text, "dropped")

    def _header(self) -> Header | None:
        block = self.peek()
        if isinstance(block, Table) and is_header(block):
            self.take()
            return read_header(block)
        return None

    def _kind(self) -> str | None:
        block = self.peek()
        if isinstance(block, Para):
            kind = KINDS.get(_one_line(block.text).upper())
            if kind is not None:
                self.take()
                return kind
        return None

    def _title(self) -> str:
        block = self.peek()
        if isinstance(block, Para) and not block.text.strip().startswith("("):
            self.take()
            return _one_line(block.text)
        return ""

    def _skip_caption(self) -> str:
        """The “(Ban hành kèm theo …)” line, which the renderer writes from the header."""
        block = self.peek()
        if isinstance(block, Para) and block.text.strip().startswith("("):
            self.take()
            return _one_line(block.text)
        return ""

    # -- a QUYẾT ĐỊNH / NGHỊ QUYẾT --------------------------------------------------------

    def _issuing(self, data: dict[str, Any]) -> Signature | None:
        block = self.peek()
        if isinstance(block, Para) and block.text.isupper() and not self._legal(block, {}):
            data["authority_line"] = _one_line(self.take().text)  # type: ignore[union-attr]
        while isinstance(block := self.peek(), Para):
            if _one_line(block.text) in FORMULAS:
                self.take()
                break
            self.take()
            if not self._legal(block, data):
                data.setdefault("recitals", []).append(_strip_end(block.text))
        articles: list[str] = []
        while isinstance(block := self.peek(), Para):
            self.take()
            found = _ARTICLE.match(self._marked(block, shown=True).strip())
            if found:
                articles.append(found.group("rest").strip())
            elif articles:
                articles[-1] += "\n" + self._marked(block).strip()
                self.report.add("unmapped", Place(paragraph=block.index), block.text, "prose")
        if articles and articles[-1].endswith(CLOSE):
            articles[-1] = articles[-1][: -len(CLOSE)]
        data["articles"] = articles
        block = self.peek()
        if isinstance(block, Table) and is_signature(block):
            self.take()
            return read_signature(block)
        return None

    def _legal(self, p: Para, data: dict[str, Any]) -> bool:
        """Căn cứ / Thực hiện / Xét đề nghị lines: into their fields, ending punctuation off."""
        text = _one_line(p.text)
        for word, key in (("Căn cứ ", "legal_bases"), ("Thực hiện ", "implements")):
            if text.startswith(word) and text.endswith((";", ".", ",")):
                data.setdefault(key, []).append(text[len(word) :].rstrip(";.,").strip())
                return True
        # Căn cứ written as a "- " list without the word (real plans do; h/importfx): a
        # dashed or bulleted line that names a document by its kind and number.
        cited = _CITED.match(text)
        bulleted = text.startswith(("-", "–")) or p.label is not None
        if cited and bulleted and text.endswith((";", ".", ",")):
            data.setdefault("legal_bases", []).append(cited.group(1).rstrip(";.,").strip())
            return True
        if text.startswith("Xét đề nghị của "):
            data["proposed_by"] = text[len("Xét đề nghị của ") :].rstrip(";.,").strip()
            return True
        if text.startswith("Theo đề nghị của "):
            data["proposed_by"] = text.rstrip(";.,").strip()
            return True
        return False

    # -- a plan's content -----------------------------------------------------------------

    def _content(
        self,
        data: dict[str, Any],
        tables: list[tuple[Table, dict[str, Any]]],
        *,
        attached: bool = False,
    ) -> Signature | None:
        """`attached`: the plan a decision issues, signed above it; its appendix follows
        its body directly."""
        sections: list[dict[str, Any]] = []
        stack: list[tuple[int, dict[str, Any]]] = []
        preamble: list[Any] = []
        signature: Signature | None = None
        in_appendix = False
        while (block := self.peek()) is not None:
            if isinstance(block, Table):
                self.take()
                if is_signature(block):
                    signature = read_signature(block)
                    self._close()
                    continue
                if is_header(block):
                    continue
                where = stack[-1][1] if stack and not in_appendix else None
                tables.append((block, {"appendix": in_appendix, "section": where}))
                if where is not None:
                    where["tasks"] = True
                continue
            p = block
            after_body = signature is not None or attached or p.style == "Appendix Label"
            if after_body and not in_appendix and _is_appendix_label(p):
                self.take()
                label = _one_line(p.text)
                title = ""
                nxt = self.peek()
                if isinstance(nxt, Para) and not nxt.text.strip().startswith("("):
                    title = _one_line(self.take().text)  # type: ignore[union-attr]
                caption = self._skip_caption()
                data["appendix"] = {"label": label, "title": title}
                by = re.search(r"\)\s*của\s+(?P<by>[^()]+)\)$", caption) or re.search(
                    r"\bcủa\s+(?P<by>[^()]+)\)$", caption
                )
                if by and data.get("kind") in ("plan", "programme"):
                    data["issued_by"] = by.group("by").strip()
                in_appendix = True
                continue
            self.take()
            if in_appendix:
                self.report.add("unmapped", Place(paragraph=p.index), p.text, "prose")
                continue
            if not sections and not stack and self._legal(p, data):
                continue
            numbered = _numbered(p)
            bullet = _bullet(p) if numbered is None else None
            if bullet is not None:
                bullet = _bullet_text(self._marked(p, shown=True)) or bullet
            if numbered is not None:
                depth, rest = numbered
                heading = depth == 0 or p.style.startswith(HEADING_STYLES) or p.bold
                if not heading:
                    rest = _numbered_text(self._marked(p, shown=True)) or rest
                section: dict[str, Any] = {"heading": rest} if heading else {"text": [rest]}
                while stack and stack[-1][0] >= depth:
                    stack.pop()
                owner = stack[-1][1].setdefault("sections", []) if stack else sections
                owner.append(section)
                stack.append((depth, section))
                if not heading:
                    self.last_text = (section["text"], 0)
                continue
            target = stack[-1][1].setdefault("text", []) if stack else preamble
            if bullet is not None and stack:
                self.where.setdefault(bullet, p.index)
                if target and isinstance(target[-1], dict):
                    target[-1]["bullets"].append(bullet)
                    self.last_text = (target[-1]["bullets"], len(target[-1]["bullets"]) - 1)
                else:
                    target.append({"bullets": [bullet]})
                    self.last_text = (target[-1]["bullets"], 0)
                continue
            target.append(self._marked(p).strip())
            self.last_text = (target, len(target) - 1)
        if signature is None:
            self._close()
        if preamble:
            data["preamble"] = preamble
        if sections:
            data["sections"] = sections
        return signature

    def _close(self) -> None:
        """The renderer ends the body with “./.”: the source's is punctuation, not text."""
        if self.last_text is not None:
            items, k = self.last_text
            if isinstance(items[k], str) and items[k].endswith(CLOSE):
                items[k] = items[k][: -len(CLOSE)].rstrip()
            self.last_text = None


def _is_appendix_label(p: Para) -> bool:
    text = p.text.strip()
    return p.style == "Appendix Label" or (bool(_APPENDIX.match(text)) and len(text) < 40)


def _strip_end(text: str) -> str:
    return _one_line(text).rstrip(";.,").strip()
