"""A text file's form — its line breaks and byte-order mark — read once and given back when
the file is rewritten, so that a tool editing a clerk's file (`planctl fmt`, `planctl ids`)
changes only what it means to change: a file saved by a Windows editor stays CRLF, one with a
BOM keeps it, and a diff shows the edited lines alone.
"""

from __future__ import annotations

from dataclasses import dataclass

BOM = "\ufeff"


@dataclass(frozen=True)
class TextForm:
    newline: str = "\n"
    """"\\n", "\\r\\n" or "\\r": the file's most common line break ("\\n" when it has none)."""
    bom: bool = False

    def apply(self, text: str) -> str:
        """`text`, written with "\\n" line breaks and no BOM, in this form."""
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        return BOM + text if self.bom else text


def detect(text: str) -> TextForm:
    """The form of `text` as read from a file (a BOM, if any, still at its start)."""
    crlf = text.count("\r\n")
    counts = {"\n": text.count("\n") - crlf, "\r\n": crlf, "\r": text.count("\r") - crlf}
    newline = max(counts, key=lambda kind: counts[kind])  # ties: the first, "\n"
    return TextForm(newline if counts[newline] else "\n", text.startswith(BOM))


def plain(text: str) -> tuple[str, TextForm]:
    """(`text` without its BOM and with "\\n" line breaks, its form to give back)."""
    form = detect(text)
    text = text.removeprefix(BOM).replace("\r\n", "\n").replace("\r", "\n")
    return text, form
