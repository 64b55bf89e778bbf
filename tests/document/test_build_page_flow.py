"""How the pages flow (issue #10, defect 9; defect 2's headings), read back from the .docx:

- the appendix title shows in upper case, as Nghị định 30 sets it, while its text stays the
  clerk's (w:caps, like Word's "All caps");
- a task row a quarter of a page high or less moves whole to the next page; a taller one may
  break rather than leave the foot of a page blank; the header row repeats; a group row
  keeps with the row under it;
- "./." ends the last paragraph of text, never a heading, and never stands alone under a
  table (seed 000: the plan that ends with its table has no mark after it);
- a heading the clerk numbered ("1.1.", "a)", "II.") prints once, without planctl's number.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from .conftest import build
from .docx_probe import body, open_docx, paragraphs, run_format, style_name


def _lines(count: int, word: str) -> str:
    """`count` short lines of a task's content, as bullets (each one a line of its cell)."""
    return "\n".join(f"              - {word} {i}" for i in range(1, count + 1))


PAGE_FLOW = f"""\
kind: plan
number: 4
date: 2024-03-05
title: Kế hoạch thử nghiệm bố cục trang năm 2024
period: 2024
sections:
  - heading: MỤC ĐÍCH, YÊU CẦU
    text:
      - Bảo đảm thông tin kịp thời, chính xác.
  - heading: NHIỆM VỤ
    sections:
      - heading: "1.1. Nhiệm vụ chung"
        text:
          - Triển khai các nhiệm vụ chung.
      - heading: "1.2. Nhiệm vụ riêng"
        sections:
          - heading: "a) Trong quý I"
            text:
              - Rà soát quy định.
          - heading: "1.2.1. Trong quý II"
            text:
              - Báo cáo kết quả.
  - heading: TỔ CHỨC THỰC HIỆN
    tasks: true
task_layout:
  placement: appendix
appendix:
  label: Phụ lục
  title: Danh mục nhiệm vụ năm 2024 của Bộ
tasks:
  - group: Công tác truyền thông
    tasks:
      - id: ngan
        content: Tuyên truyền các quy định mới
        lead: [Văn phòng Bộ]
        deadline: Thường xuyên
      - id: vua
        content: Rà soát các chuyên mục
        lead: [Văn phòng Bộ]
        deadline: Thường xuyên
        details:
          - bullets:
{_lines(8, "Chuyên mục")}
      - id: dai
        content: Xây dựng bộ tài liệu
        lead: [Vụ Pháp chế]
        deadline: Năm 2024
        details:
          - bullets:
{_lines(24, "Tài liệu")}
  - group: Công tác kiểm tra
    tasks:
      - id: kiem-tra
        content: Kiểm tra việc thực hiện
        lead: [Văn phòng Bộ]
        deadline: Năm 2024
  - group: Công tác báo cáo
    tasks:
      - id: dinh-ky
        content: Báo cáo định kỳ
        lead: [Văn phòng Bộ]
        deadline: Năm 2024
        details:
          - bullets:
{_lines(5, "Báo cáo quý")}
      - id: dot-xuat
        content: Báo cáo đột xuất
        lead: [Văn phòng Bộ]
        deadline: Năm 2024
        details:
          - bullets:
{_lines(5, "Báo cáo chuyên đề")}
recipients:
  - Như trên
  - "Lưu: VT, VP"
signer: bo-truong
"""


PROSE = """\
kind: plan
number: 5
date: 2024-03-05
title: Kế hoạch thử nghiệm nhiệm vụ văn xuôi năm 2024
period: 2024
sections:
  - heading: "I. NHIỆM VỤ"
    tasks: true
  - heading: TỔ CHỨC THỰC HIỆN
    text:
      - Văn phòng Bộ theo dõi, đôn đốc.
task_layout:
  presentation: prose
tasks:
  - id: chung
    title: "1.1. Tuyên truyền chung"
    content: Tuyên truyền các quy định mới.
    lead: [Văn phòng Bộ]
    deadline: Thường xuyên
  - id: ra-soat
    content: "b) Rà soát các chuyên mục."
    lead: [Văn phòng Bộ]
    deadline: Năm 2024
recipients:
  - Như trên
  - "Lưu: VT, VP"
signer: bo-truong
"""


def _build(org: Path, tmp_path: Path, name: str, text: str) -> Any:
    (org / f"{name}.yaml").write_text(text, encoding="utf-8")
    code, _, err = build([org / f"{name}.yaml"], tmp_path / "out", quiet=True)
    assert code == 0, err
    return open_docx(tmp_path / "out" / "org" / f"{name}.docx")


@pytest.fixture
def page_flow(org: Path, tmp_path: Path) -> Any:
    return _build(org, tmp_path, "page-flow", PAGE_FLOW)


TT = {"TT", "STT"}


def _tasks_table(doc: Any) -> Table:
    (table,) = [t for t in body(doc) if isinstance(t, Table) and t.cell(0, 0).text in TT]
    return table


def _row_flag(row: Any, tag: str) -> bool:
    trpr = row._tr.trPr
    return trpr is not None and trpr.find(qn(tag)) is not None


def _texts(doc: Any) -> list[str]:
    return [p.text for p in paragraphs(doc)]


# -- the appendix title ------------------------------------------------------------------


def test_the_appendix_title_shows_upper_case_in_the_clerks_words(page_flow: Any) -> None:
    title = next(p for p in paragraphs(page_flow) if p.text == "Danh mục nhiệm vụ năm 2024 của Bộ")
    assert style_name(title) == "Appendix Title"
    for run in title.runs:
        assert run_format(page_flow, title, run)["caps"]
    # The label is not a title: "Phụ lục" stays as written (nd30: bold, centred).
    label = next(p for p in paragraphs(page_flow) if p.text == "Phụ lục")
    assert not run_format(page_flow, label, label.runs[0])["caps"]


def test_the_seeds_appendix_title_shows_upper_case(seed_docx: Callable[[str], Path]) -> None:
    doc = open_docx(seed_docx("003"))
    title = next(p for p in paragraphs(doc) if style_name(p) == "Appendix Title")
    assert title.text.startswith("Nội dung công việc truyền thông")  # as the plan wrote it
    assert run_format(doc, title, title.runs[0])["caps"]


# -- rows across pages -------------------------------------------------------------------


def test_short_rows_stay_whole_and_tall_rows_may_break(page_flow: Any) -> None:
    table = _tasks_table(page_flow)
    rows = {row.cells[1].text.split("\n")[0]: row for row in table.rows[1:]}
    header = table.rows[0]
    assert _row_flag(header, "w:tblHeader") and _row_flag(header, "w:cantSplit")
    # Two lines, and one line: whole.
    assert _row_flag(rows["Tuyên truyền các quy định mới"], "w:cantSplit")
    assert _row_flag(rows["Kiểm tra việc thực hiện"], "w:cantSplit")
    # Nine lines (about a third of a landscape page) and 25 lines: they may break, so that
    # the page before is filled instead of left a third blank.
    assert not _row_flag(rows["Rà soát các chuyên mục"], "w:cantSplit")
    assert not _row_flag(rows["Xây dựng bộ tài liệu"], "w:cantSplit")
    for row in table.rows[1:]:
        assert not _row_flag(row, "w:tblHeader")


def test_a_group_row_counts_in_the_block_that_moves_whole(page_flow: Any) -> None:
    """Six lines stay whole; six lines under a group title, which goes with them, would move
    more than a quarter of the page at once, so they may break."""
    table = _tasks_table(page_flow)
    rows = {row.cells[1].text.split("\n")[0]: row for row in table.rows[1:]}
    assert not _row_flag(rows["Báo cáo định kỳ"], "w:cantSplit")
    assert _row_flag(rows["Báo cáo đột xuất"], "w:cantSplit")


def test_group_rows_stay_whole_and_keep_with_the_next_row(page_flow: Any) -> None:
    table = _tasks_table(page_flow)
    groups = [row for row in table.rows[1:] if len(row._tr.tc_lst) == 2]
    assert [row.cells[0].text for row in groups] == ["I", "II", "III"]
    for row in groups:
        assert _row_flag(row, "w:cantSplit")
        for tc in row._tr.tc_lst:
            for p in tc.iter(qn("w:p")):
                assert Paragraph(p, table).paragraph_format.keep_with_next


def test_the_seeds_tallest_row_may_break(seed_docx: Callable[[str], Path]) -> None:
    """Seed 003's first task of group II, about a third of the page, left page 4 a third
    blank when kept whole; its four-line neighbours stay whole."""
    table = _tasks_table(open_docx(seed_docx("003")))
    rows = table.rows[1:]
    numbers = [row.cells[0].text for row in rows]
    second = numbers.index("II")
    assert not _row_flag(rows[second + 1], "w:cantSplit")
    assert _row_flag(rows[numbers.index("V") + 3], "w:cantSplit")


# -- the closing mark --------------------------------------------------------------------


def test_the_mark_is_never_glued_to_a_closing_heading(page_flow: Any) -> None:
    texts = _texts(page_flow)
    assert "III. TỔ CHỨC THỰC HIỆN" in texts
    assert not [t for t in texts if t.endswith("./.") and t.isupper()]
    assert "./." not in texts


def test_a_body_ending_with_a_table_has_no_mark_under_it(org: Path, tmp_path: Path) -> None:
    code, _, err = build([org / "escaping.yaml"], tmp_path / "out", quiet=True)
    assert code == 0, err
    doc = open_docx(tmp_path / "out" / "org" / "escaping.docx")
    items = body(doc)
    tasks = next(i for i, t in enumerate(items) if isinstance(t, Table) and t.cell(0, 0).text in TT)
    signature = next(
        i
        for i, t in enumerate(items)
        if isinstance(t, Table) and t.cell(0, 0).text.startswith("Nơi")
    )
    # One empty paragraph between the tables, so that Word does not join them into one.
    between = items[tasks + 1 : signature]
    assert len(between) == 1 and isinstance(between[0], Paragraph)
    assert between[0].text == "" and between[0].paragraph_format.keep_with_next
    assert not [t for t in _texts(doc) if t.rstrip().endswith("./.")]


def test_the_decisions_plan_ends_with_its_table(seed_docx: Callable[[str], Path]) -> None:
    doc = open_docx(seed_docx("000"))
    assert "./." not in _texts(doc)
    ends = [t for t in _texts(doc) if t.endswith("./.")]
    assert ends == [
        "Điều 3. Chánh Văn phòng và Thủ trưởng các cơ quan, đơn vị thuộc Bộ có liên quan chịu "
        "trách nhiệm thi hành Quyết định này./."
    ]


def test_the_mark_follows_the_last_paragraph_of_text(org: Path, tmp_path: Path) -> None:
    doc = _build(org, tmp_path, "prose", PROSE)
    texts = _texts(doc)
    assert "Văn phòng Bộ theo dõi, đôn đốc./." in texts


# -- numbers the clerk wrote -------------------------------------------------------------


def test_headings_the_clerk_numbered_print_their_number_once(page_flow: Any) -> None:
    texts = _texts(page_flow)
    for heading in ("1.1. Nhiệm vụ chung", "1.2. Nhiệm vụ riêng", "1.2.1. Trong quý II"):
        assert heading in texts
    assert "a) Trong quý I" in texts
    assert "II. NHIỆM VỤ" in texts  # planctl's own number where the clerk wrote none
    assert not [t for t in texts if t.startswith(("1. 1.", "2. 1.", "a) a)", "b) 1."))]


def test_task_titles_the_clerk_numbered_print_their_number_once(org: Path, tmp_path: Path) -> None:
    texts = _texts(_build(org, tmp_path, "prose", PROSE))
    assert texts.count("I. NHIỆM VỤ") == 1 and "I. I. NHIỆM VỤ" not in texts
    assert "1.1. Tuyên truyền chung" in texts
    assert "b) Rà soát các chuyên mục." in texts
    assert not [t for t in texts if t.startswith(("1. 1.1.", "2. b)"))]
    assert "II. TỔ CHỨC THỰC HIỆN" in texts
