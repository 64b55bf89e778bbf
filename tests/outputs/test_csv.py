"""The .csv task list: UTF-8 with a BOM, CRLF, one row per task, canonical units."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from planctl.render.csv_writer import COLUMNS, render_csv
from planctl.view import PlanView

ViewOf = Callable[[str], PlanView]


def _rows(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_bom_crlf_and_header(view_of: ViewOf) -> None:
    data = render_csv(view_of("plan-groups.yaml"))
    assert data.startswith(b"\xef\xbb\xbfid,number,group,content,lead,support,deadline,due,")
    assert data.count(b"\r\n") == data.count(b"\n")
    assert list(_rows(data)[0]) == list(COLUMNS)
    # Vietnamese text arrives intact, precomposed as in the plan.
    assert "Tuyên truyền, phổ biến".encode() in data


def test_one_row_per_task(view_of: ViewOf) -> None:
    view = view_of("plan-groups.yaml")
    rows = _rows(render_csv(view))
    tasks = [r for r in view.rows if not r.is_group]
    assert len(rows) == len(tasks) == 9
    assert [(r["id"], r["number"], r["group"]) for r in rows] == [
        ("tuyen-truyen", "1", ""),
        ("cong-thong-tin", "2", ""),
        ("so-tay", "3", ""),
        ("ra-soat", "4", ""),
        ("ra-soat-dot-1", "4.1", ""),
        ("ra-soat-dot-2", "4.2", ""),
        ("cong-dich-vu-cong", "1", "Công tác chuyển đổi số"),
        ("kiem-tra", "1", "Kiểm tra, giám sát"),
        ("bao-cao", "2", "Kiểm tra, giám sát"),
    ]


def test_units_deadlines_and_text(view_of: ViewOf) -> None:
    rows = {r["id"]: r for r in _rows(render_csv(view_of("plan-groups.yaml")))}
    assert rows["tuyen-truyen"]["support"] == "Trung tâm Thông tin; Cục Báo chí"
    assert rows["cong-thong-tin"]["lead"] == "Trung tâm Thông tin"
    assert rows["so-tay"]["lead"] == "Vụ Pháp chế; Văn phòng Bộ"
    assert rows["cong-dich-vu-cong"]["support"] == "các cơ quan, đơn vị thuộc Bộ"
    assert (rows["cong-thong-tin"]["deadline"], rows["cong-thong-tin"]["due"]) == (
        "Quý II/2024",
        "2024-06-30",
    )
    assert rows["cong-thong-tin"]["deadline_kind"] == "quarter"
    assert (rows["tuyen-truyen"]["due"], rows["tuyen-truyen"]["deadline_kind"]) == ("", "ongoing")
    assert (rows["kiem-tra"]["deadline"], rows["kiem-tra"]["deadline_kind"]) == (
        "Theo kế hoạch kiểm tra",
        "event",
    )
    assert rows["ra-soat-dot-1"]["due"] == "2024-03-31"
    assert rows["cong-thong-tin"]["content"] == (
        'Cập nhật tin bài trên Cổng TTĐT: "Hỏi & đáp" <TTHC>'
    )
    # A cell a spreadsheet would take for a formula gets a quote in front (OWASP).
    assert rows["so-tay"]["content"] == "'=Biên soạn sổ tay hướng dẫn"


def test_optional_fields_and_reproducible(view_of: ViewOf) -> None:
    view = view_of("plan-zero.yaml")
    data = render_csv(view)
    rows = _rows(data)
    assert [r["number"] for r in rows] == ["01", "02"]
    assert rows[0]["output"] == "Kế hoạch được ban hành"
    # One line per unit in the document; "; " between canonical names in the CSV.
    assert rows[0]["support"] == "Văn phòng Bộ; Vụ Pháp chế"
    assert render_csv(view_of("plan-zero.yaml")) == data
