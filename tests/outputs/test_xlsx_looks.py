"""How the .xlsx looks once opened: header, fonts, widths, wrapping, frozen header, printing.

Read back with openpyxl from the bytes a build writes, for a small plan with groups and
subtasks and for the largest sample (the Government's programme), on both sheets.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from planctl.render.xlsx_writer import WIDTHS, render_xlsx
from planctl.view import PlanView

from .conftest import load_view

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = {
    "groups": Path(__file__).parent / "data" / "plan-groups.yaml",
    "programme": ROOT / "plans" / "chinh-phu" / "2025-ctr-hanh-dong-nq-57-khcn-dmst-cds.yaml",
}
# Column kinds of sheet 1 and sheet 2, as the writer lays them out.
TASK_KINDS = ["number", "id", "content", "unit", "unit", "deadline", "due"]
UNIT_KINDS = ["unit", "number", "id", "content", "unit", "deadline", "due"]


@pytest.fixture(params=sorted(SAMPLES))
def view(request: pytest.FixtureRequest) -> PlanView:
    return load_view(SAMPLES[request.param])


def _book(view: PlanView) -> Any:
    return load_workbook(io.BytesIO(render_xlsx(view)))


def _sheets(view: PlanView) -> list[tuple[Any, list[str]]]:
    """Each sheet with its column kinds; sheet 1 ends with the plan's optional columns."""
    book = _book(view)
    tasks, units = book.worksheets
    extra = ["text"] * (tasks.max_column - len(TASK_KINDS))
    return [(tasks, TASK_KINDS + extra), (units, UNIT_KINDS)]


def test_header_row_is_bold_grey_centred_and_framed(view: PlanView) -> None:
    for sheet in _book(view).worksheets:
        header = sheet[1]
        assert all(isinstance(c.value, str) and c.value for c in header)
        for cell in header:
            assert cell.font.b and cell.font.name == "Times New Roman" and cell.font.sz == 12
            assert cell.fill.fill_type == "solid" and cell.fill.fgColor.rgb.endswith("D9D9D9")
            assert cell.alignment.horizontal == "center"
            assert cell.alignment.vertical == "center"
            assert cell.alignment.wrap_text
            sides = (cell.border.left, cell.border.right, cell.border.top, cell.border.bottom)
            assert [s.style for s in sides] == ["thin"] * 4


def test_body_fonts_wrap_and_alignment(view: PlanView) -> None:
    for sheet, kinds in _sheets(view):
        assert sheet.max_row > 2
        for row in sheet.iter_rows(min_row=2):
            for cell, kind in zip(row, kinds, strict=True):
                assert cell.font.name == "Times New Roman" and cell.font.sz == 12
                assert cell.alignment.wrap_text and cell.alignment.vertical == "top"
                centred = kind in ("number", "deadline", "due")
                assert cell.alignment.horizontal == ("center" if centred else "left")
                if kind == "due" and cell.value is not None:
                    assert cell.number_format == "DD/MM/YYYY", cell.coordinate


def test_group_rows_bold_on_grey_and_subtasks_indented(view: PlanView) -> None:
    sheet = _book(view)["Nhiệm vụ"]
    rows = [(row.is_group, row.depth) for row in view.rows]
    assert len(rows) == sheet.max_row - 1
    for line, (group, depth) in enumerate(rows, start=2):
        content = sheet.cell(line, 3)
        assert content.font.b is group, content.coordinate
        if group:
            assert content.fill.fgColor.rgb.endswith("F2F2F2")
            assert sheet.cell(line, 4).value is None  # a group row has no lead unit
        else:
            assert content.fill.fill_type is None
        assert content.alignment.indent == (depth if not group else 0)


def test_each_lead_unit_starts_under_a_heavy_rule(view: PlanView) -> None:
    sheet = _book(view)["Theo đơn vị chủ trì"]
    previous = None
    for line in range(2, sheet.max_row + 1):
        unit = sheet.cell(line, 1).value
        expected = "medium" if unit != previous and line > 2 else "thin"
        assert sheet.cell(line, 1).border.top.style == expected, line
        previous = unit


def _longest(values: list[Any]) -> int:
    return max((len(line) for v in values for line in str(v).split("\n")), default=0)


def test_widths_fit_the_text_within_bounds(view: PlanView) -> None:
    for sheet, kinds in _sheets(view):
        for index, kind in enumerate(kinds, start=1):
            column = next(sheet.iter_cols(min_col=index, max_col=index))
            letter = column[0].column_letter
            low, high = WIDTHS[kind]
            body = [c.value for c in column[1:] if c.value is not None]
            longest = 10 if kind == "due" else _longest(body)
            expected = max(low, min(high, longest + 2), min(high, _longest([column[0].value]) + 2))
            assert sheet.column_dimensions[letter].width == expected, (sheet.title, letter)
        assert max(d.width for d in sheet.column_dimensions.values()) <= 70


def test_header_frozen_filtered_and_printed_on_every_page(view: PlanView) -> None:
    for sheet, kinds in _sheets(view):
        last = sheet.cell(1, len(kinds)).column_letter
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}"
        assert sheet.print_title_rows == "$1:$1"
        setup = sheet.page_setup
        assert setup.orientation == "landscape"
        assert str(setup.paperSize) == sheet.PAPERSIZE_A4
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
