"""The units of a task's `lead` or `support` cell, and the cell as the document prints it.

A cell is a YAML list of entries, or one string. An entry may name several units the way the
clerk typed the cell — "VTV, VOV, TTXVN, các địa phương", "Văn phòng Bộ; các cơ quan, đơn vị
thuộc Bộ" — so an entry the registry does not know as a whole is cut at its commas and
semicolons into the longest names the registry does know (a name may hold a comma, "Các sở,
ban ngành", never a semicolon). The cell prints with the clerk's own separators inside an
entry and the plan's `unit_separator` between the entries of a list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from planctl.model.registry import Registry, ResolvedUnit, UnitIndex

_SEPARATOR = re.compile(r"(\s*[;,]\s*)")


@dataclass(frozen=True)
class CellUnit:
    """One unit of an entry: its words as typed, where they start, and the separator typed
    after them ("" at the end of the entry)."""

    written: str
    offset: int
    separator: str
    resolved: ResolvedUnit | None


class PrintedUnit(Protocol):
    """What printing a cell needs of each unit (facts.UnitRef)."""

    @property
    def written(self) -> str: ...
    @property
    def canonical(self) -> str: ...
    @property
    def entry(self) -> int: ...
    @property
    def separator(self) -> str: ...


def split_cell(entry: str, index: UnitIndex | None) -> list[CellUnit]:
    """The units an entry names, in order; the entry itself when the registry knows it as a
    whole, or when there is no registry to tell the units apart."""
    whole = index.resolve(entry) if index is not None else None
    if index is None or whole is not None:
        return [CellUnit(entry, 0, "", whole)]
    parts = _SEPARATOR.split(entry)  # words, separator, words, …
    starts = [sum(len(p) for p in parts[:k]) for k in range(0, len(parts), 2)]
    words = parts[0::2]
    separators = [*parts[1::2], ""]
    found: list[CellUnit] = []
    i = 0
    while i < len(words):
        end, resolved = i, None
        for j in range(len(words) - 1, i - 1, -1):
            if any(";" in s for s in separators[i:j]) or (j > i and not words[j].strip()):
                continue  # no unit name holds a semicolon, nor ends with a separator
            candidate = entry[starts[i] : starts[j] + len(words[j])]
            resolved = index.resolve(candidate)
            if resolved is not None:
                end = j
                break
        text = entry[starts[i] : starts[end] + len(words[end])]
        found.append(CellUnit(text, starts[i], separators[end], resolved))
        i = end + 1
    return _merge_unknown(_drop_empty(found), entry)


def _drop_empty(units: list[CellUnit]) -> list[CellUnit]:
    """A trailing "," or a doubled separator names no unit: it joins the separator before."""
    out: list[CellUnit] = []
    for unit in units:
        if out and not unit.written.strip():
            last = out[-1]
            separator = last.separator + unit.written + unit.separator
            out[-1] = CellUnit(last.written, last.offset, separator, last.resolved)
            continue
        out.append(unit)
    return out


def _merge_unknown(units: list[CellUnit], entry: str) -> list[CellUnit]:
    """Unknown words between commas stay together ("các cơ quan, đơn vị thuộc Bô"): one
    unknown name, reported once and matched as a whole against the registry's names."""
    out: list[CellUnit] = []
    for unit in units:
        last = out[-1] if out else None
        if (
            last is not None
            and last.resolved is None
            and unit.resolved is None
            and ";" not in last.separator
        ):
            end = unit.offset + len(unit.written)
            out[-1] = CellUnit(entry[last.offset : end], last.offset, unit.separator, None)
            continue
        out.append(unit)
    return out


def cell_text(
    units: Sequence[PrintedUnit], *, canonical: bool, between: str, lines: bool = False
) -> str:
    """The cell as printed: each unit as written (or its registry name), the separators the
    clerk typed inside an entry, `between` the entries; or one "- unit" per line."""
    names = [u.canonical if canonical else u.written for u in units]
    if lines:
        return "\n".join(f"- {name}" for name in names)
    out: list[str] = []
    for k, unit in enumerate(units):
        if k and unit.entry != units[k - 1].entry:
            out.append(between)
        out.append(names[k])
        out.append(unit.separator)
    return "".join(out)


def unit_index(registry: Registry) -> UnitIndex:
    """The registry's names as cells are resolved against, for code outside the facts
    (planctl import matches a document's units with it)."""
    return UnitIndex(registry)
