"""Paragraphs and runs written straight into the lxml tree, copied from templates.

python-docx builds each paragraph through its object layer: a proxy, a property setter and a
schema-order search per element. A task table repeats the same few shapes thousands of times
(a paragraph of style X, kept with the next, hanging after a dash), so each shape is made
once through python-docx, kept as a template and copied; the text goes in as python-docx
puts it (runs.py: a tab → `w:tab`, a line break → `w:br`, `xml:space="preserve"` on a text
with spaces at either end), so the document's bytes are those python-docx would write.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree  # type: ignore[import-untyped]

from planctl.model.inline import spans

W_P = qn("w:p")
W_PPR = qn("w:pPr")
W_R = qn("w:r")
W_T = qn("w:t")
W_TAB = qn("w:tab")
W_BR = qn("w:br")
W_RPR = qn("w:rPr")
W_B = qn("w:b")
W_I = qn("w:i")
XML_SPACE = qn("xml:space")


def add_text(r: Any, text: str) -> None:
    """`text` into the run `r` as python-docx's `run.text = text` puts it."""
    if "\t" not in text and "\n" not in text and "\r" not in text:
        if text:
            _add_t(r, text)
        return
    start = 0
    for index, char in enumerate(text):
        if char in "\t\r\n":
            if index > start:
                _add_t(r, text[start:index])
            _append(r, W_TAB if char == "\t" else W_BR)
            start = index + 1
    if start < len(text):
        _add_t(r, text[start:])


def _append(parent: Any, tag: str) -> Any:
    # SubElement: the element made and appended in one C call, of the class python-docx's
    # parser gives the tag, as makeelement + append made it.
    return etree.SubElement(parent, tag)


def clone(element: Any) -> Any:
    """A deep copy of `element` (lxml copies the whole subtree), without `copy.deepcopy`'s
    memo bookkeeping, which cost more than the copy itself for a table's many cells."""
    return element.__copy__()


def _add_t(r: Any, text: str) -> None:
    t = _append(r, W_T)
    t.text = text
    if len(text.strip()) < len(text):
        t.set(XML_SPACE, "preserve")


def add_run(p: Any, text: str) -> Any:
    """A run of `text` at the end of the paragraph `p` (`paragraph.add_run(text)`)."""
    r = _append(p, W_R)
    add_text(r, text)
    return r


def add_marked_runs(p: Any, text: str) -> list[Any]:
    """The runs of a prose string with inline emphasis (planctl.model.inline): bold and
    italic pieces as direct `w:b` / `w:i`, the markup taken out. Text without a star is
    the single run `add_run` writes, byte for byte."""
    runs: list[Any] = []
    for span in spans(text):
        r = add_run(p, span.text)
        if span.bold or span.italic:
            rpr = r.makeelement(W_RPR, {})
            for on, tag in ((span.bold, W_B), (span.italic, W_I)):
                if on:
                    rpr.append(rpr.makeelement(tag, {}))
            r.insert(0, rpr)
        runs.append(r)
    return runs


class ParagraphShapes:
    """Paragraph properties (`w:pPr`) by shape, each made once by `make` on a paragraph."""

    def __init__(self, make: Callable[[Paragraph, Any], None]) -> None:
        self._make = make
        self._made: dict[Hashable, Any] = {}

    def ppr(self, shape: Hashable) -> Any:
        found = self._made.get(shape)
        if found is None:
            no_part: Any = None  # the properties need no story part
            paragraph = Paragraph(OxmlElement("w:p"), no_part)
            self._make(paragraph, shape)
            found = paragraph._p.find(W_PPR)
            self._made[shape] = found
        return found

    def fill(self, p: Any, shape: Hashable, text: str) -> Any:
        """The empty paragraph `p` given the shape's properties and a run of `text`."""
        ppr = self.ppr(shape)
        if ppr is not None:
            p.append(clone(ppr))
        return add_run(p, text)

    def add(self, parent: Any, shape: Hashable, text: str) -> Any:
        """A new paragraph at the end of `parent`, of that shape, holding `text`."""
        p = _append(parent, W_P)
        self.fill(p, shape, text)
        return p


def add_paragraph(parent: Any) -> Any:
    """An empty paragraph at the end of `parent` (a cell, say)."""
    return _append(parent, W_P)
