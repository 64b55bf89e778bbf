"""The line breaker's reference: try every combination of breaks (planctl's breaker before it
became a dynamic programme), to check the fast one against on texts short enough for it."""

from __future__ import annotations

from collections.abc import Collection
from itertools import combinations, pairwise

from planctl.render.line_break import (
    AFTER_BOUND_WORD,
    NOT_BEFORE_JOINING,
    PER_EXTRA_LINE,
)
from planctl.render.metrics import text_width_mm

_BREAK_BEFORE = {
    "của",
    "và",
    "về",
    "năm",
    "trên",
    "trong",
    "tại",
    "cho",
    "đến",
    "giai",
    "theo",
    "thuộc",
    "với",
    "nhằm",
}
_NO_BREAK_AFTER = {"năm", "tháng", "ngày", "số", "giai", "đoạn", "-", "–"}


def exhaustive_lines(
    text: str,
    max_mm: float,
    size_pt: float,
    *,
    bold: bool = False,
    allowed: Collection[int] | None = None,
) -> list[str] | None:
    """The best lines by brute force, breaking only at `allowed` (default: anywhere); None
    when nothing fits."""
    words = text.split()

    def width(line: list[str]) -> float:
        return text_width_mm(" ".join(line), size_pt, bold=bold)

    def penalty(i: int) -> float:
        before, after = words[i - 1].casefold(), words[i].casefold()
        cost = 0.0 if after in _BREAK_BEFORE else NOT_BEFORE_JOINING * max_mm
        if before in _NO_BREAK_AFTER or after in {"-", "–"} or after[:1].isdigit():
            cost += AFTER_BOUND_WORD * max_mm
        return cost

    breaks = [i for i in range(1, len(words)) if allowed is None or i in allowed]
    best: tuple[float, list[str]] | None = None
    fewest: int | None = None
    for count in range(2, len(breaks) + 2):
        if fewest is not None and count > fewest + 1:
            break
        for cut in combinations(breaks, count - 1):
            bounds = [0, *cut, len(words)]
            lines = [words[a:b] for a, b in pairwise(bounds)]
            widest = max(width(line) for line in lines)
            if widest > max_mm:
                continue
            fewest = count if fewest is None else fewest
            extra = PER_EXTRA_LINE * max_mm * (count - fewest)
            score = widest + extra + sum(penalty(i) for i in cut)
            if best is None or score < best[0]:
                best = (score, [" ".join(line) for line in lines])
    return best[1] if best is not None else None
