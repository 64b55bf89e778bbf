"""Column widths for a task table: the plan's proportions, then adjusted to make it shorter.

A plan gives each column a relative width (or leaves the defaults). Columns it sized itself
keep their share; the others trade millimetres, one step at a time, while that makes the
table shorter: a units column that wraps every name onto two lines takes room from a
content column with room to spare. Heights are estimated from Times New Roman widths, so
the result is the same on every machine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import accumulate, repeat
from operator import truediv

STEPS_MM = (2.0, 5.0, 10.0, 20.0)  # a wrapped line may need more than one small step
MAX_STEPS = 60
WRAP_SLACK = 1.1  # words never fill a line exactly
LINE_FACTOR = 1.2  # line height / font size
ROW_EXTRA_PT = 6.0  # paragraph spacing above and below a cell's text


@dataclass(frozen=True)
class FitColumn:
    weight: float
    fixed: bool  # the plan set its width: keep its share
    min_mm: float  # the longest word (and at least a few millimetres)
    size_pt: float  # text size of its cells


Cell = tuple[float, ...]  # the width in mm of each line of a cell, unwrapped


def row_height(
    cells: list[Cell], columns: list[FitColumn], widths: list[float], pad: float
) -> float:
    tallest = 0.0
    for lines, column, width in zip(cells, columns, widths, strict=True):
        room = max(width - 2 * pad, 1.0)
        count = sum(max(1, math.ceil(w * WRAP_SLACK / room)) for w in lines) or 1
        tallest = max(tallest, count * column.size_pt * LINE_FACTOR)
    return tallest + ROW_EXTRA_PT


def table_height(
    rows: list[list[Cell]], columns: list[FitColumn], widths: list[float], pad: float
) -> float:
    return sum(row_height(cells, columns, widths, pad) for cells in rows)


def fit_widths(
    total_mm: float, columns: list[FitColumn], rows: list[list[Cell]], pad: float
) -> list[float]:
    """Widths summing to `total_mm`: proportional first, then moved to shorten the table."""
    weight = sum(c.weight for c in columns) or 1.0
    widths = [total_mm * c.weight / weight for c in columns]
    free = [i for i, c in enumerate(columns) if not c.fixed]
    if len(free) < 2 or not rows:
        return widths
    _raise_to_minimum(widths, columns, free)
    heights = _Heights(rows, columns, pad)
    best = heights.table(widths)
    for _ in range(MAX_STEPS):
        move: tuple[float, float, int, int] | None = None  # (height, step, giver, taker)
        for step in STEPS_MM:
            for giver in free:
                if widths[giver] - step < columns[giver].min_mm:
                    continue
                for taker in free:
                    if taker == giver:
                        continue
                    # The widths are moved and put back as they always were: a width that
                    # comes back one unit in the last place off is a width of its own.
                    widths[giver] -= step
                    widths[taker] += step
                    height = heights.table(widths)
                    widths[giver] += step
                    widths[taker] -= step
                    # A longer move must earn its length: compare gains per millimetre.
                    gain = (best - height) / step
                    if best - height > 0.5 and (move is None or gain > (best - move[0]) / move[1]):
                        move = (height, step, giver, taker)
        if move is None:
            break
        best, step, giver, taker = move
        widths[giver] -= step
        widths[taker] += step
    return widths


class _Heights:
    """`table_height` for the candidate widths of a fit, each cell measured once per width.

    A move changes two columns' widths; the others' cells keep their line counts, so each
    column's row heights are kept by its width and only the rows' maxima are summed again,
    in the order `table_height` sums them (the same floating-point result, so the same
    choice of move).
    """

    def __init__(self, rows: list[list[Cell]], columns: list[FitColumn], pad: float) -> None:
        self.columns = columns
        self.pad = pad
        self.known: list[dict[float, list[float]]] = [{} for _ in columns]
        # Per column: every line's width times the slack, in row order, and where each
        # row's lines end among them.
        self.slack: list[list[float]] = []
        self.ends: list[list[int]] = []
        self.single: list[bool] = []  # every row of the column one line: no sums needed
        for i in range(len(columns)):
            cells = [row[i] for row in rows]
            self.slack.append([w * WRAP_SLACK for lines in cells for w in lines])
            self.ends.append(list(accumulate(len(lines) for lines in cells)))
            self.single.append(all(len(lines) == 1 for lines in cells))

    def column(self, index: int, width: float) -> list[float]:
        """The height of each row as this column alone sets it, at `width`; with the rows'
        extra spacing, which adding after the maximum or before it rounds alike."""
        known = self.known[index]
        found = known.get(width)
        if found is None:
            room = max(width - 2 * self.pad, 1.0)
            lines = list(
                map(max, map(math.ceil, map(truediv, self.slack[index], repeat(room))), repeat(1))
            )
            if self.single[index]:
                counts = lines
            else:
                sums = [0, *accumulate(lines)]
                start = 0
                counts = []
                for end in self.ends[index]:
                    counts.append(sums[end] - sums[start] or 1)
                    start = end
            size = self.columns[index].size_pt
            height = {c: c * size * LINE_FACTOR + ROW_EXTRA_PT for c in set(counts)}
            found = list(map(height.__getitem__, counts))
            known[width] = found
        return found

    def table(self, widths: list[float]) -> float:
        total: float = sum(map(max, *(self.column(i, w) for i, w in enumerate(widths))))
        return total


def _raise_to_minimum(widths: list[float], columns: list[FitColumn], free: list[int]) -> None:
    """Widen the columns below their minimum, taking the room from the others' slack."""
    needed = sum(max(columns[i].min_mm - widths[i], 0.0) for i in free)
    slack = {i: widths[i] - columns[i].min_mm for i in free if widths[i] > columns[i].min_mm}
    available = sum(slack.values())
    if needed <= 0 or available < needed:
        return
    for i in free:
        if widths[i] < columns[i].min_mm:
            widths[i] = columns[i].min_mm
        elif i in slack:
            widths[i] -= needed * slack[i] / available
