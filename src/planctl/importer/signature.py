"""The signature block: Nơi nhận on the left; authority lines, title and name on the right."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planctl.importer.docx_reader import Table

_AUTHORITY = re.compile(r"^(KT|TM|Q|TL|TUQ)\.\s*(.+)$")


@dataclass
class Signature:
    recipients: list[str] = field(default_factory=list)
    authority: list[tuple[str, str]] = field(default_factory=list)  # (KT, "BỘ TRƯỞNG")
    title: str | None = None
    name: str | None = None
    table: int | None = None  # which table of the source, for the report
    notes: list[str] = field(default_factory=list)  # "(Đã ký)": not a field of the plan


def is_signature(table: Table) -> bool:
    first = table.rows[0][0].text if table.rows and table.rows[0] else ""
    return first.strip().lower().startswith("nơi nhận")


def recipients_of(text: str) -> list[str]:
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line or line.lower().startswith("nơi nhận"):
            continue
        line = line[2:] if line.startswith("- ") else line.lstrip("-").strip()
        out.append(line)
    # Each line ends ";" and the last "." (ND30 Phụ lục I): punctuation, not the clerk's text.
    cleaned = [line[:-1] if line.endswith((";", ",")) else line for line in out]
    if cleaned and cleaned[-1].endswith(".") and not cleaned[-1].endswith(".."):
        cleaned[-1] = cleaned[-1][:-1]
    return cleaned


def read_signature(table: Table) -> Signature:
    sig = Signature(table=table.index)
    row = table.rows[0]
    sig.recipients = recipients_of(row[0].text)
    if len(row) > 1:
        lines = [line.strip() for line in row[-1].text.split("\n") if line.strip()]
        # (Đã ký), (Ký, đóng dấu), and "[đã ký]" of electronic copies (h/importfx): where
        # the signature goes, which planctl leaves room for.
        sig.notes = [line for line in lines if line.startswith(("(", "["))]
        lines = [line for line in lines if not line.startswith(("(", "["))]
        while lines and _AUTHORITY.match(lines[0]):
            found = _AUTHORITY.match(lines[0])
            assert found is not None
            sig.authority.append((found.group(1), found.group(2)))
            lines.pop(0)
        if lines:
            sig.name = lines[-1]
        if len(lines) > 1:
            sig.title = " ".join(lines[:-1])
    return sig


def sentence_case(text: str) -> str:
    """“THỨ TRƯỞNG” → “Thứ trưởng”: the registry writes titles as a sentence."""
    lower = text.lower()
    return lower[:1].upper() + lower[1:]
