"""Column widths: the plan's proportions, then millimetres moved where they make the table
shorter; widths the plan set itself are kept."""

from __future__ import annotations

import random

import pytest

from planctl.render.table_fit import (
    MAX_STEPS,
    STEPS_MM,
    Cell,
    FitColumn,
    _raise_to_minimum,
    fit_widths,
    table_height,
)


def _columns(fixed: bool = False) -> list[FitColumn]:
    return [
        FitColumn(weight=1, fixed=False, min_mm=8, size_pt=13),  # number
        FitColumn(weight=6, fixed=False, min_mm=20, size_pt=13),  # content
        FitColumn(weight=3, fixed=fixed, min_mm=20, size_pt=13),  # units
    ]


# Each row: per column, the unwrapped width of each line (mm).
ROWS = [
    [(3.0,), (90.0,), (45.0, 45.0, 45.0, 45.0)],
    [(3.0,), (120.0,), (44.0, 40.0)],
]


def test_widths_fill_the_room_and_shorten_the_table() -> None:
    columns = _columns()
    proportional = [160 * c.weight / 10 for c in columns]
    widths = fit_widths(160, columns, ROWS, pad=1.5)
    assert sum(widths) == pytest.approx(160)
    assert all(w >= c.min_mm for w, c in zip(widths, columns, strict=True))
    assert table_height(ROWS, columns, widths, 1.5) < table_height(ROWS, columns, proportional, 1.5)
    # The units column, whose names wrap, gained room.
    assert widths[2] > proportional[2]


def test_a_width_the_plan_set_is_kept() -> None:
    columns = _columns(fixed=True)
    widths = fit_widths(160, columns, ROWS, pad=1.5)
    assert widths[2] == pytest.approx(160 * 3 / 10)
    assert sum(widths) == pytest.approx(160)


def test_same_input_same_widths() -> None:
    assert fit_widths(160, _columns(), ROWS, 1.5) == fit_widths(160, _columns(), ROWS, 1.5)


def test_no_rows_keeps_the_proportions() -> None:
    assert fit_widths(100, _columns(), [], 1.5) == pytest.approx([10, 60, 30])


def test_a_column_below_its_minimum_is_widened() -> None:
    columns = [
        FitColumn(weight=1, fixed=False, min_mm=30, size_pt=13),
        FitColumn(weight=9, fixed=False, min_mm=20, size_pt=13),
    ]
    widths = fit_widths(100, columns, [[(25.0,), (60.0,)]], pad=1.5)
    assert widths[0] >= 30
    assert sum(widths) == pytest.approx(100)


def _whole_table_fit(
    total_mm: float, columns: list[FitColumn], rows: list[list[Cell]], pad: float
) -> list[float]:
    """The fit as first written: the whole table measured again for every candidate move."""
    weight = sum(c.weight for c in columns) or 1.0
    widths = [total_mm * c.weight / weight for c in columns]
    free = [i for i, c in enumerate(columns) if not c.fixed]
    if len(free) < 2 or not rows:
        return widths
    _raise_to_minimum(widths, columns, free)
    best = table_height(rows, columns, widths, pad)
    for _ in range(MAX_STEPS):
        move: tuple[float, float, int, int] | None = None
        for step in STEPS_MM:
            for giver in free:
                if widths[giver] - step < columns[giver].min_mm:
                    continue
                for taker in free:
                    if taker == giver:
                        continue
                    widths[giver] -= step
                    widths[taker] += step
                    height = table_height(rows, columns, widths, pad)
                    widths[giver] += step
                    widths[taker] -= step
                    gain = (best - height) / step
                    if best - height > 0.5 and (move is None or gain > (best - move[0]) / move[1]):
                        move = (height, step, giver, taker)
        if move is None:
            break
        best, step, giver, taker = move
        widths[giver] -= step
        widths[taker] += step
    return widths


@pytest.mark.parametrize("seed", range(40))
def test_the_incremental_fit_chooses_the_widths_the_whole_table_fit_does(seed: int) -> None:
    """Measured column by column, the fit picks the same moves, to the last bit of each
    width: the .docx must not change by a twip."""
    draw = random.Random(seed)
    count = draw.randint(2, 7)
    columns = [
        FitColumn(
            weight=draw.choice((0.9, 2.0, 2.2, 2.8, 3.2, 6.0)),
            fixed=draw.random() < 0.15,
            min_mm=draw.uniform(5, 30),
            size_pt=draw.choice((12.0, 13.0, 14.0)),
        )
        for _ in range(count)
    ]
    rows = [
        [
            tuple(draw.uniform(1, 160) for _ in range(draw.choice((0, 1, 1, 1, 2, 3, 5))))
            for _ in columns
        ]
        for _ in range(draw.randint(1, 60))
    ]
    total = draw.uniform(150, 260)
    assert fit_widths(total, columns, rows, 1.5) == _whole_table_fit(total, columns, rows, 1.5)
