"""The task table as a landscape appendix (seed 003; and a fixture with subtasks and its own
columns): label, title, caption, header row repeated on every page, group rows across."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from .conftest import build
from .docx_probe import body, mm, open_docx, paragraph_format, run_format


def _after_last_break(doc: Any) -> list[Paragraph | Table]:
    items = body(doc)
    breaks = [
        i
        for i, item in enumerate(items)
        if isinstance(item, Paragraph)
        and item._p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
    ]
    return items[breaks[-1] + 1 :]


def _tasks_table(items: list[Paragraph | Table]) -> Table:
    (table,) = [t for t in items if isinstance(t, Table)]
    return table


@pytest.fixture(scope="module")
def seed(seed_docx: Callable[[str], Path]) -> Any:
    return open_docx(seed_docx("003"))


def test_appendix_is_a_landscape_section(seed: Any) -> None:
    portrait, landscape = seed.sections
    assert landscape.orientation == WD_ORIENT.LANDSCAPE
    assert landscape.start_type == 2  # a new page
    assert int(landscape.page_width) == int(portrait.page_height)
    assert int(landscape.page_height) == int(portrait.page_width)
    # A turned page keeps its binding margin, now at the top.
    assert mm(landscape.top_margin) == pytest.approx(mm(portrait.left_margin), abs=0.05)
    for margin in (landscape.left_margin, landscape.right_margin, landscape.bottom_margin):
        assert 14.95 <= mm(margin) <= 30.05
    # Its own header: the page number, hidden on its first page.
    assert not landscape.header.is_linked_to_previous
    assert landscape.different_first_page_header_footer


def test_appendix_heading_and_caption(seed: Any) -> None:
    items = _after_last_break(seed)
    label, title, caption = (p for p in items[:3] if isinstance(p, Paragraph))
    assert label.text == "DANH MỤC"
    assert title.text == (
        "Nội dung công việc truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2023"
    )
    assert caption.text == (
        "(Kèm theo Kế hoạch số 25/KH-UBND ngày 15/02/2023 của Chủ tịch UBND tỉnh)"
    )
    for paragraph in (label, title):
        fmt = run_format(seed, paragraph, paragraph.runs[0])
        assert fmt["bold"] and 13 <= fmt["size"] <= 14
        assert paragraph_format(seed, paragraph)["align"] == "center"
    fmt = run_format(seed, caption, caption.runs[0])
    assert fmt["italic"] and not fmt["bold"]
    assert paragraph_format(seed, caption)["align"] == "center"
    # No Quốc hiệu header on an appendix.
    assert "CỘNG HÒA" not in "\n".join(p.text for p in items if isinstance(p, Paragraph))


def test_header_row_repeats_and_group_rows_span(seed: Any) -> None:
    table = _tasks_table(_after_last_break(seed))
    header = table.rows[0]
    assert header._tr.trPr is not None
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert not any(
        row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
        for row in table.rows[1:]
    )
    assert [c.text for c in header.cells] == [
        "STT",
        "Nội dung công việc",
        "Cơ quan chủ trì",
        "Cơ quan, đơn vị phối hợp thực hiện",
        "Thời gian thực hiện",
    ]
    for cell in header.cells:
        paragraph = cell.paragraphs[0]
        assert run_format(seed, paragraph, paragraph.runs[0])["bold"]
    groups = [row for row in table.rows if len(row._tr.tc_lst) == 2]
    assert [row._tr.tc_lst[0].xpath("string(.)") for row in groups] == ["I", "II", "III", "IV", "V"]
    for row in groups:
        span = row._tr.tc_lst[1].tcPr.find(qn("w:gridSpan"))
        assert span is not None and span.get(qn("w:val")) == "4"
        title = row.cells[1].paragraphs[0]
        assert run_format(seed, title, title.runs[0])["bold"]
    numbers = [row.cells[0].text for row in table.rows[1:]]
    assert numbers[:4] == ["I", "01", "02", "II"]
    # The table fills the landscape text width.
    section = seed.sections[-1]
    width = mm(section.page_width) - mm(section.left_margin) - mm(section.right_margin)
    assert sum(mm(c.width) for c in table.columns) == pytest.approx(width, abs=1)


def test_unit_lines_and_deadlines(seed: Any) -> None:
    table = _tasks_table(_after_last_break(seed))
    first_task = table.rows[2]
    assert first_task.cells[2].text.split("\n") == [
        "- Các sở, ban ngành",
        "- UBND huyện, thị xã, thành phố",
        "- UBND xã, phường, thị trấn",
        "- Các cơ quan thông tấn báo chí",
    ]
    assert first_task.cells[4].text == "Thường xuyên"
    assert paragraph_format(seed, first_task.cells[4].paragraphs[0])["align"] == "center"


def test_short_rows_do_not_break_and_unit_lines_hang(seed: Any) -> None:
    table = _tasks_table(_after_last_break(seed))
    kept = [
        row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
        for row in table.rows
    ]
    # What moves as one block stays whole up to a quarter of the landscape page: a row, or a
    # group row with the first row under it. The rest may break rather than leave the page
    # before them a third blank.
    may_break, group = [], ""
    for row, whole in zip(table.rows, kept, strict=True):
        number = row.cells[0].text
        group = number if len(row._tr.tc_lst) == 2 else group
        if not whole:
            may_break.append(f"{group}.{number}")
    assert may_break == ["I.01", "II.01", "III.01", "IV.03", "V.01"]
    cell = table.rows[2].cells[2]
    for paragraph in cell.paragraphs:
        fmt = paragraph.paragraph_format
        assert fmt.left_indent is not None and fmt.first_line_indent is not None
        assert int(fmt.left_indent) == -int(fmt.first_line_indent) > 0


def test_body_points_to_the_appendix_and_is_signed_before_it(seed: Any) -> None:
    items = body(seed)
    signature = [
        i
        for i, t in enumerate(items)
        if isinstance(t, Table) and t.cell(0, 0).text.startswith("Nơi")
    ]
    appendix = [
        i for i, t in enumerate(items) if isinstance(t, Table) and t.cell(0, 0).text == "STT"
    ]
    assert signature and appendix and signature[0] < appendix[0]


def test_fixture_with_subtasks_and_own_columns(org: Path, tmp_path: Path) -> None:
    code, _, err = build([org / "table-appendix.yaml"], tmp_path / "out", quiet=True)
    assert code == 0, err
    doc = open_docx(tmp_path / "out" / "org" / "table-appendix.docx")
    items = _after_last_break(doc)
    texts = [p.text for p in items if isinstance(p, Paragraph)]
    assert texts[:3] == [
        "Phụ lục",
        "DANH MỤC NHIỆM VỤ NĂM 2024",
        "(Kèm theo Kế hoạch số 03/KH-BTTTT ngày 05/03/2024 của Bộ trưởng Bộ Thông tin và "
        "Truyền thông)",
    ]
    table = _tasks_table(items)
    assert [c.text for c in table.rows[0].cells] == [
        "TT",
        "Nội dung công việc",
        "Đơn vị chủ trì thực hiện",
        "Đơn vị phối hợp",
        "Thời gian thực hiện",
        "Sản phẩm",
    ]
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert [r[0] for r in rows] == ["I", "1", "2", "2.1", "2.2", "II", "1"]
    assert rows[1] == [
        "1",
        "Tuyên truyền, phổ biến các quy định về kiểm soát thủ tục hành chính",
        "Văn phòng Bộ",
        "Trung tâm Thông tin; Cục Báo chí",
        "Thường xuyên",
        "Tin, bài",
    ]
    assert rows[6][4] == "Theo kế hoạch kiểm tra"
    # The output column is wider than the deadline column, as its weight says.
    widths = [mm(c.width) for c in table.columns]
    assert widths[5] > widths[4]
    # The body keeps its text and closes with ./. before the signature.
    body_texts = [p.text for p in body(doc) if isinstance(p, Paragraph)]
    assert "II. NHIỆM VỤ" in body_texts
    assert "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này./." in body_texts


def test_caption_names_the_plan_as_the_seed_does(seed: Any) -> None:
    texts = [p.text for p in _after_last_break(seed) if isinstance(p, Paragraph)]
    assert "(Kèm theo Kế hoạch số 25/KH-UBND ngày 15/02/2023 của Chủ tịch UBND tỉnh)" in texts
