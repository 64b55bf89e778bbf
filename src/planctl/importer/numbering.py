"""Word's automatic numbering (numbering.xml): the label a reader sees on each paragraph.

Counters live per abstract list, so a list interrupted by an unnumbered paragraph continues
where it stopped; a deeper level restarts when a shallower one advances; a num with a
startOverride restarts its list the first time it is used; a level with a lvlRestart
restarts only after the level it names (0: never).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]
# Vietnamese lists run a) b) c) d) đ) e): Word's lowerLetter does not, but clerks type đ).
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def roman(n: int) -> str:
    out = ""
    for value, digits in _ROMAN:
        while n >= value:
            out += digits
            n -= value
    return out


def letters(n: int) -> str:
    n -= 1
    return _LETTERS[n % 26] * (n // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return roman(n).upper()
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperLetter":
        return letters(n).upper()
    if fmt == "lowerLetter":
        return letters(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    # w:lvlRestart: the level restarts when a level of this 1-based index or a shallower one
    # is used; 0, never (a list counting on across headings); None, after any shallower.
    restart: int | None = None


@dataclass
class Numbering:
    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)  # numId → abstractNumId
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, document: Any) -> Numbering:
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return cls()
        out = cls()
        for an in root.iterchildren(W + "abstractNum"):
            levels: dict[int, Level] = {}
            for lvl in an.iterchildren(W + "lvl"):
                level = Level()
                start = lvl.find(W + "start")
                fmt = lvl.find(W + "numFmt")
                text = lvl.find(W + "lvlText")
                if start is not None:
                    level.start = int(start.get(W + "val") or 1)
                if fmt is not None:
                    level.fmt = fmt.get(W + "val") or "decimal"
                if text is not None:
                    level.text = text.get(W + "val") or ""
                restart = lvl.find(W + "lvlRestart")
                if restart is not None:
                    level.restart = int(restart.get(W + "val") or 0)
                levels[int(lvl.get(W + "ilvl") or 0)] = level
            out.abstract[an.get(W + "abstractNumId") or ""] = levels
        for num in root.iterchildren(W + "num"):
            num_id = num.get(W + "numId") or ""
            ref = num.find(W + "abstractNumId")
            out.nums[num_id] = ref.get(W + "val") if ref is not None else ""
            for override in num.iterchildren(W + "lvlOverride"):
                start = override.find(W + "startOverride")
                if start is not None:
                    ilvl = int(override.get(W + "ilvl") or 0)
                    value = int(start.get(W + "val") or 1)
                    out.overrides.setdefault(num_id, {})[ilvl] = value
        return out

    def next(self, num_id: str, level: int) -> str | None:
        abstract_id = self.nums.get(num_id)
        if abstract_id is None or abstract_id not in self.abstract:
            return None
        levels = self.abstract[abstract_id]
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.used:
            self.used.add(num_id)
            for ilvl, start in self.overrides.get(num_id, {}).items():
                counters[ilvl] = start - 1
        definition = levels.get(level, Level())
        counters[level] = counters.get(level, definition.start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            restart = levels.get(deeper, Level()).restart
            if restart is None or level < restart:
                del counters[deeper]
        if definition.fmt == "bullet":
            return "-" if definition.text.strip() else ""
        label = definition.text
        for k in range(level + 1):
            lv = levels.get(k, Level())
            value = counters.get(k, lv.start)
            label = label.replace(f"%{k + 1}", format_number(value, lv.fmt))
        return label
