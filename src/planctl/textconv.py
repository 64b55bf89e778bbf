"""Stable text of a built .docx or of a plan, for `git diff` (textconv) and for people.

A .docx becomes its body in document order: one line per paragraph, one line per table row
with its cells separated by " | " (a merged cell once), nested tables indented; then the
headers and footers. Runs, styles and layout are left out, so that re-saving a document
without changing its words changes nothing here.

A plan (YAML) becomes its header, prose and numbered tasks with their units and deadlines,
in a fixed order with fixed labels, whatever the key order or quoting of the file. A file that
is not a valid plan is printed as it is.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

_ZIP_MAGIC = b"PK\x03\x04"


def is_docx(data: bytes) -> bool:
    return data.startswith(_ZIP_MAGIC)


def convert(data: bytes, name: str = "-") -> str:
    """Stable text of a .docx (by content, whatever the file is called) or of a plan."""
    if is_docx(data):
        return docx_text(data)
    text = data.decode("utf-8-sig", errors="replace")
    return plan_text(text, name)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return " / ".join(line for line in lines if line)


# --- .docx ----------------------------------------------------------------------------------


def _words(text: str) -> str:
    """A prose string as the document prints it: its inline emphasis marks taken out."""
    from planctl.model.inline import plain

    return _clean(plain(text))


def docx_text(data: bytes) -> str:
    from docx import Document

    document = Document(io.BytesIO(data))
    lines: list[str] = list(_blocks(document.element.body, document, 0))
    seen: set[str] = set()
    for number, section in enumerate(document.sections, start=1):
        for label, part in (("header", section.header), ("footer", section.footer)):
            if part.is_linked_to_previous:
                continue
            body = [line for line in _blocks(part._element, part, 0) if line.strip()]
            key = "\n".join(body)
            if body and key not in seen:
                seen.add(key)
                lines += ["", f"[{label} {number}]", *body]
    return _squeeze(lines)


def _blocks(element: Any, parent: Any, depth: int) -> Iterator[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    indent = "    " * depth
    for child in element.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield indent + _clean(Paragraph(child, parent).text)
        elif tag == "tbl":
            table = Table(child, parent)
            yield indent + "[table]"
            for row in table.rows:
                cells: list[str] = []
                seen: list[Any] = []
                nested: list[str] = []
                for cell in row.cells:
                    if any(cell._tc is s for s in seen):
                        continue
                    seen.append(cell._tc)
                    cells.append(_clean("\n".join(p.text for p in cell.paragraphs)))
                    for inner in cell.tables:
                        nested.extend(_blocks(_wrap(inner), cell, depth + 1))
                yield indent + "| " + " | ".join(cells) + " |"
                yield from nested
            yield indent + "[/table]"
        elif tag == "sdt":
            content = child.find(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sdtContent"
            )
            if content is not None:
                yield from _blocks(content, parent, depth)


class _wrap:
    """An element holding one table, so that `_blocks` can walk a nested table."""

    def __init__(self, table: Any) -> None:
        self._table = table

    def iterchildren(self) -> Iterator[Any]:
        yield self._table._tbl


def _squeeze(lines: list[str]) -> str:
    """No trailing blanks, no runs of blank lines, one final newline."""
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


# --- plans ----------------------------------------------------------------------------------


def plan_text(text: str, name: str = "-") -> str:
    from planctl.load import LoadError, load_yaml_text
    from planctl.model.from_data import parse_document

    try:
        loaded = load_yaml_text(text, name)
    except LoadError:
        return text if text.endswith("\n") else text + "\n"
    document, _ = parse_document(loaded)
    if document is None:
        return text if text.endswith("\n") else text + "\n"
    return _squeeze(list(_plan_lines(document)))


def _plan_lines(document: Any) -> Iterator[str]:
    from planctl.facts import work_out
    from planctl.model.authority import signer_text
    from planctl.model.kinds import KINDS, content_of, kind_of
    from planctl.model.plan import Bullets, EventDeadline, SignerInline, TaskGroup

    doc = document
    content = content_of(doc)
    kind = kind_of(doc)
    yield kind.heading
    for label, value in (
        ("Chuỗi", doc.series),
        ("Số", doc.number),
        ("Ngày", doc.date.strftime("%d/%m/%Y") if doc.date else None),
        ("Địa danh", doc.place),
        ("Trích yếu", doc.title),
    ):
        if value is not None:
            yield f"{label}: {_clean(str(value))}"
    if content.period:
        yield f"Thời gian: {content.period.start:%d/%m/%Y} - {content.period.end:%d/%m/%Y}"

    def listing(label: str, items: list[str]) -> Iterator[str]:
        if items:
            yield f"{label}:"
            yield from (f"  - {_clean(i)}" for i in items)

    def preamble_lines(holder: Any) -> Iterator[str]:
        yield from listing("Căn cứ", list(holder.legal_bases))
        yield from listing("Thực hiện", list(holder.implements))
        if holder.proposed_by:
            yield f"Xét đề nghị: {_clean(holder.proposed_by)}"
        # Further lines ("Trên cơ sở …") print as written.
        yield from (_clean(line) for line in holder.recitals)

    yield from preamble_lines(doc)
    if kind.has_articles:
        yield from listing("Điều", list(doc.articles))
    if kind.attached_kind:
        yield ""
        yield KINDS[kind.attached_kind].heading
        yield f"Trích yếu: {_clean(content.title)}"
        yield from preamble_lines(content)
    yield from (_words(p) for p in content.preamble)

    def paragraphs(items: list[Any], depth: int) -> Iterator[str]:
        pad = "  " * depth
        for para in items:
            if isinstance(para, Bullets):
                yield from (f"{pad}- {_words(b)}" for b in para.bullets)
            else:
                yield pad + _words(para)

    def sections(items: list[Any], depth: int) -> Iterator[str]:
        for section in items:
            yield ""
            if section.heading:
                yield "  " * depth + "#" * (depth + 1) + " " + _words(section.heading)
            yield from paragraphs(section.text, depth)
            yield from sections(section.sections, depth + 1)

    yield from sections(content.sections, 0)
    yield ""
    if content.appendix:
        yield f"{_clean(content.appendix.label)}: {_clean(content.appendix.title)}"
    yield "Nhiệm vụ:"
    facts = work_out(doc, None)

    def task(item: Any, depth: int) -> Iterator[str]:
        pad = "  " * depth
        ident = f" [{item.id}]" if item.id else ""
        head = " ".join(_clean(x) for x in (item.title, item.content) if x)
        yield f"{pad}{facts.number(item)}.{ident} {head}"
        # Each entry as typed, the plan's separator between a list's entries: as the document.
        between = content.task_layout.unit_separator
        if item.lead:
            yield f"{pad}    Chủ trì: " + between.join(_clean(u) for u in item.lead)
        if item.support:
            yield f"{pad}    Phối hợp: " + between.join(_clean(u) for u in item.support)
        if item.deadline is not None:
            spec = item.deadline
            value = spec.event if isinstance(spec, EventDeadline) else spec
            yield f"{pad}    Thời hạn: {_clean(value)}"
        for label, value in (
            ("Hình thức", item.form),
            ("Sản phẩm", item.output),
            ("Kinh phí", item.budget),
            ("Ghi chú", item.notes),
        ):
            if value:
                yield f"{pad}    {label}: {_clean(value)}"
        yield from paragraphs(item.details, depth + 2)
        for sub in item.subtasks:
            yield from task(sub, depth + 1)

    for entry in content.tasks:
        if isinstance(entry, TaskGroup):
            ident = f" [{entry.id}]" if entry.id else ""
            yield f"{facts.number(entry)}.{ident} {_clean(entry.group)}"
            for sub in entry.tasks:
                yield from task(sub, 1)
        else:
            yield from task(entry, 0)
    if content.closing:
        yield ""
    for line in content.closing:
        yield _words(line)
    yield from listing("Nơi nhận", list(doc.recipients))
    signer = doc.signer
    if isinstance(signer, SignerInline):
        yield f"Người ký: {signer_text(signer)}"
    else:
        yield f"Người ký: {signer}"
