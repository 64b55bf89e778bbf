"""The .xlsx task table: rows, numbers, units and deadlines as the plan has them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from openpyxl import load_workbook

from planctl.render.xlsx_writer import render_xlsx, units_rows
from planctl.view import PlanView

# The packaged tasks.j2 words.
TASKS_SHEET = "Nhiệm vụ"
UNITS_SHEET = "Theo đơn vị chủ trì"
NO_LEAD = "(Chưa có đơn vị chủ trì)"

ViewOf = Callable[[str], PlanView]


def _book(view: PlanView) -> Any:
    return load_workbook(io.BytesIO(render_xlsx(view)))


def _records(ws: Any) -> list[dict[str, Any]]:
    rows = list(ws.iter_rows(values_only=True))
    header = rows[0]
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def _date(value: Any) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def test_sheets_and_header(view_of: ViewOf) -> None:
    book = _book(view_of("plan-groups.yaml"))
    assert book.sheetnames == [TASKS_SHEET, UNITS_SHEET]
    ws = book[TASKS_SHEET]
    header = [c.value for c in ws[1]]
    assert header == [
        "TT",
        "Mã nhiệm vụ",
        "Nội dung công việc",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian thực hiện",
        "Hạn hoàn thành",
    ]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert (
            sheet.auto_filter.ref
            == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        )
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.page_setup.orientation == "landscape"
        for cell in sheet[1]:
            assert cell.font.b
            assert cell.fill.fgColor.rgb.endswith("D9D9D9")
            assert cell.alignment.wrap_text
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert widths["A"] < widths["D"] < widths["C"] <= 70


def test_every_cell_is_times_new_roman_and_wrapped(view_of: ViewOf) -> None:
    book = _book(view_of("plan-groups.yaml"))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.font.name == "Times New Roman", cell.coordinate
                assert cell.alignment.wrap_text, cell.coordinate
    # Cells the clerk types into later use it too: the default font is Times New Roman.
    with zipfile.ZipFile(io.BytesIO(render_xlsx(view_of("plan-groups.yaml")))) as archive:
        styles = archive.read("xl/styles.xml").decode()
    assert "Calibri" not in styles


def test_rows_match_the_plan(view_of: ViewOf) -> None:
    view = view_of("plan-groups.yaml")
    records = _records(_book(view)[TASKS_SHEET])
    assert [r["TT"] for r in records] == [
        "1",
        "2",
        "3",
        "4",
        "4.1",
        "4.2",
        "I",
        "1",
        "II",
        "1",
        "2",
    ]
    assert [r["Mã nhiệm vụ"] for r in records] == [
        "tuyen-truyen",
        "cong-thong-tin",
        "so-tay",
        "ra-soat",
        "ra-soat-dot-1",
        "ra-soat-dot-2",
        "chuyen-doi-so",
        "cong-dich-vu-cong",
        "kiem-tra-giam-sat",
        "kiem-tra",
        "bao-cao",
    ]
    by_id = {r["Mã nhiệm vụ"]: r for r in records}
    # Units as the plan wrote them (the layout's default), several joined as in the document.
    assert by_id["tuyen-truyen"]["Đơn vị phối hợp"] == "Trung tâm TT; Cục Báo chí"
    assert by_id["so-tay"]["Đơn vị chủ trì"] == "Vụ Pháp chế; Văn phòng Bộ"
    assert by_id["ra-soat-dot-1"]["Đơn vị phối hợp"] is None
    # Deadlines as written and as the last day of their period.
    expected = {
        "tuyen-truyen": ("Thường xuyên", None),
        "cong-thong-tin": ("Quý II/2024", dt.date(2024, 6, 30)),
        "so-tay": ("Trước ngày 13/12/2024", dt.date(2024, 12, 13)),
        "ra-soat": ("Năm 2024", dt.date(2024, 12, 31)),
        "ra-soat-dot-1": ("Tháng 3/2024", dt.date(2024, 3, 31)),
        "ra-soat-dot-2": ("6 tháng đầu năm", dt.date(2024, 6, 30)),
        "cong-dich-vu-cong": ("Quý III/2024", dt.date(2024, 9, 30)),
        "kiem-tra": ("Theo kế hoạch kiểm tra", None),
        "bao-cao": ("Trước ngày 20/12/2024", dt.date(2024, 12, 20)),
    }
    for task_id, (text, due) in expected.items():
        assert by_id[task_id]["Thời gian thực hiện"] == text
        assert _date(by_id[task_id]["Hạn hoàn thành"]) == due
    # Group rows carry number, id and title only.
    group = by_id["chuyen-doi-so"]
    assert group["Nội dung công việc"] == "Công tác chuyển đổi số"
    assert group["Đơn vị chủ trì"] is None and group["Thời gian thực hiện"] is None


def test_text_stays_text(view_of: ViewOf) -> None:
    ws = _book(view_of("plan-groups.yaml"))[TASKS_SHEET]
    cells = {row[1].value: row for row in ws.iter_rows(min_row=2)}
    formula_like = cells["so-tay"][2]
    assert formula_like.value == "=Biên soạn sổ tay hướng dẫn"
    assert formula_like.data_type == "s"
    assert cells["cong-thong-tin"][2].value == 'Cập nhật tin bài trên Cổng TTĐT: "Hỏi & đáp" <TTHC>'
    number = cells["tuyen-truyen"][0]
    assert number.value == "1" and number.data_type == "s"


def test_styling_of_groups_subtasks_and_dates(view_of: ViewOf) -> None:
    ws = _book(view_of("plan-groups.yaml"))[TASKS_SHEET]
    cells = {row[1].value: row for row in ws.iter_rows(min_row=2)}
    assert all(c.font.b for c in cells["chuyen-doi-so"])
    assert not cells["ra-soat"][2].font.b
    assert cells["ra-soat"][2].alignment.indent == 0
    assert cells["ra-soat-dot-1"][2].alignment.indent == 1
    due = cells["cong-thong-tin"][6]
    assert due.is_date and due.number_format == "DD/MM/YYYY"


def test_numbering_zero_padded_canonical_units_optional_column(view_of: ViewOf) -> None:
    view = view_of("plan-zero.yaml")
    records = _records(_book(view)[TASKS_SHEET])
    assert [r["TT"] for r in records] == ["01", "02"]
    first = records[0]
    assert first["Đơn vị chủ trì"] == "- Trung tâm Thông tin"
    assert first["Đơn vị phối hợp"] == "- Văn phòng Bộ\n- Vụ Pháp chế"
    assert first["Sản phẩm"] == "Kế hoạch được ban hành"
    assert "Hình thức thực hiện" not in first
    assert _date(first["Hạn hoàn thành"]) == dt.date(2024, 2, 29)


def test_units_sheet_lists_tasks_per_lead_unit(view_of: ViewOf) -> None:
    view = view_of("plan-groups.yaml")
    records = _records(_book(view)[UNITS_SHEET])
    pairs = [(r["Đơn vị chủ trì"], r["TT"], r["Mã nhiệm vụ"]) for r in records]
    assert pairs == [
        ("Văn phòng Bộ", "1", "tuyen-truyen"),
        ("Văn phòng Bộ", "3", "so-tay"),
        ("Văn phòng Bộ", "II.1", "kiem-tra"),
        ("Văn phòng Bộ", "II.2", "bao-cao"),
        ("Trung tâm Thông tin", "2", "cong-thong-tin"),
        ("Vụ Pháp chế", "3", "so-tay"),
        ("Vụ Pháp chế", "4", "ra-soat"),
        ("Vụ Pháp chế", "4.1", "ra-soat-dot-1"),
        ("Vụ Pháp chế", "4.2", "ra-soat-dot-2"),
        ("Cục Chuyển đổi số quốc gia", "I.1", "cong-dich-vu-cong"),
    ]
    by_id = {r["Mã nhiệm vụ"]: r for r in records}
    # Canonical names on this sheet, the alias resolved.
    assert by_id["tuyen-truyen"]["Đơn vị phối hợp"] == "Trung tâm Thông tin; Cục Báo chí"
    assert by_id["cong-dich-vu-cong"]["Đơn vị phối hợp"] == "các cơ quan, đơn vị thuộc Bộ"
    assert by_id["bao-cao"]["Thời gian thực hiện"] == "Trước ngày 20/12/2024"
    assert _date(by_id["bao-cao"]["Hạn hoàn thành"]) == dt.date(2024, 12, 20)
    # Each unit's block starts with a heavier rule.
    ws = _book(view)[UNITS_SHEET]
    tops = [ws.cell(row, 1).border.top.style for row in range(2, ws.max_row + 1)]
    assert tops == [
        "thin",
        "thin",
        "thin",
        "thin",
        "medium",
        "medium",
        "thin",
        "thin",
        "thin",
        "medium",
    ]


def test_task_without_lead_is_listed_last(view_of: ViewOf) -> None:
    view = view_of("plan-groups.yaml")
    view.rows[0] = dataclasses.replace(view.rows[0], lead=(), lead_canonical=())
    rows = units_rows(view, NO_LEAD)
    assert rows[-1][0] == NO_LEAD and rows[-1][2].id == "tuyen-truyen"


def test_reproducible(view_of: ViewOf, monkeypatch: pytest.MonkeyPatch) -> None:
    view = view_of("plan-groups.yaml")
    first = render_xlsx(view)
    assert render_xlsx(view_of("plan-groups.yaml")) == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert archive.namelist()[0] == "[Content_Types].xml"
        assert "1980-01-01T00:00:00Z" in archive.read("docProps/core.xml").decode()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1704067200")  # 2024-01-01 00:00 UTC
    stamped = render_xlsx(view)
    assert stamped != first
    assert render_xlsx(view) == stamped
    with zipfile.ZipFile(io.BytesIO(stamped)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2024, 1, 1, 0, 0, 0)}
        assert "2024-01-01T00:00:00Z" in archive.read("docProps/core.xml").decode()


def test_document_date_and_zip_time_are_separate(view_of: ViewOf) -> None:
    view = view_of("plan-groups.yaml")
    data = render_xlsx(view, dt.datetime(2024, 1, 16), dt.datetime(1980, 1, 1))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert "2024-01-16T00:00:00Z" in archive.read("docProps/core.xml").decode()
