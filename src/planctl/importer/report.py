"""The import report: every piece of the source not mapped to a field, with its place."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from planctl.importer.messages import m


@dataclass(frozen=True)
class Place:
    """Paragraph N of the body, or table T row R column C (cells' paragraphs have no N)."""

    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    sheet_ref: str | None = None  # an .xlsx cell, "Nhiệm vụ!G12"

    def show(self, lang: str) -> str:
        if self.sheet_ref:
            return self.sheet_ref
        if self.table is not None:
            key = "place.cell" if self.column is not None else "place.row"
            return m(key, lang, table=self.table, row=self.row, column=self.column)
        if self.paragraph is None:
            return m("place.document", lang)
        return m("place.paragraph", lang, n=self.paragraph)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


# What an entry says: a piece kept as prose, a unit not in the registry, and so on.
KINDS = (
    "unmapped",  # text not mapped to a field (kept as prose or left out, as `detail` says)
    "unit",  # a unit the registry does not name
    "unit_near",  # a unit close to a registry name: an alias is proposed
    "deadline",  # a deadline the parser cannot read (kept as written)
    "event",  # a deadline read as event-driven
    "emphasis",  # bold/italic inside a paragraph, which the model cannot hold
    "footnote",  # a footnote, which the model cannot hold
    "encoding",  # legacy encoding detected and converted
    "signer",  # a signer not in the registry
    "signer_authority",  # a registry signer signing with other authority lines: kept inline
)


@dataclass
class Entry:
    kind: str
    place: Place
    text: str
    detail: str = ""

    def show(self, lang: str) -> str:
        detail = m(f"detail.{self.detail}", lang) if self.kind == "unmapped" else self.detail
        what = m(f"kind.{self.kind}", lang, detail=detail)
        return f"{self.place.show(lang)}: {what}: {self.text}"


@dataclass
class Report:
    source: str
    entries: list[Entry] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    tasks: int = 0

    def add(self, kind: str, place: Place, text: str, detail: str = "") -> None:
        self.entries.append(Entry(kind, place, text.strip(), detail))

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "written": self.written,
            "tasks": self.tasks,
            "entries": [
                {"kind": e.kind, "place": e.place.as_dict(), "text": e.text, "detail": e.detail}
                for e in self.entries
            ],
        }

    def text(self, lang: str) -> str:
        lines = [m("report.head", lang, source=self.source, tasks=self.tasks)]
        lines += [f"  {path}" for path in self.written]
        if self.entries:
            lines.append(m("report.entries", lang, count=len(self.entries)))
            lines += [f"  {e.show(lang)}" for e in self.entries]
        else:
            lines.append(m("report.clean", lang))
        return "\n".join(lines) + "\n"
