"""Column widths: the plan's proportions, then millimetres moved where they make the table
shorter; widths the plan set itself are kept."""

from __future__ import annotations

import pytest

from planctl.render.table_fit import FitColumn, fit_widths, table_height


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
