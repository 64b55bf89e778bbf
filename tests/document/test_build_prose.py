"""Tasks in prose (seed 002): each task a numbered heading, its text, then one line per field
("- Cơ quan chủ trì: Văn phòng Sở.") with the label in italics. Same task model as a table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx.table import Table

from .conftest import build
from .docx_probe import body, open_docx, run_format, style_name


@pytest.fixture(scope="module")
def doc(seed_docx: Callable[[str], Path]) -> Any:
    return open_docx(seed_docx("002"))


def _texts(doc: Any) -> list[str]:
    return [p.text for p in doc.paragraphs]


def test_tasks_are_numbered_under_their_section(doc: Any) -> None:
    texts = _texts(doc)
    start = texts.index("II. NỘI DUNG THỰC HIỆN")
    assert texts[start + 1] == "1. Truyền thông công tác kiểm soát thủ tục hành chính của Sở"
    second = texts.index(
        "2. Truyền thông công tác kiểm soát thủ tục hành chính đến người dân, doanh nghiệp trên "
        "địa bàn tỉnh"
    )
    assert texts[second + 1].startswith("Thông tin, tuyên truyền rộng rãi")
    assert texts.index("III. TỔ CHỨC THỰC HIỆN") > second
    heading = doc.paragraphs[start + 1]
    assert style_name(heading) == "Section Heading"
    assert run_format(doc, heading, heading.runs[0])["bold"]
    # No task table: the prose form replaces it.
    assert [t for t in body(doc) if isinstance(t, Table) and t.cell(0, 0).text == "TT"] == []


def test_field_lines_have_italic_labels(doc: Any) -> None:
    fields = [p for p in doc.paragraphs if style_name(p) == "Plan Body" and len(p.runs) == 3]
    texts = [p.text for p in fields]
    assert texts[:4] == [
        "- Cơ quan chủ trì: Văn phòng Sở.",
        "- Cơ quan phối hợp thực hiện: Các phòng, đơn vị trực thuộc Sở.",
        "- Thời gian thực hiện: Thường xuyên trong năm 2024.",
        "- Hình thức thực hiện: Ban hành, phổ biến các văn bản triển khai, quán triệt, chỉ đạo "
        "công tác kiểm soát TTHC, công tác tiếp nhận hồ sơ và giải quyết hồ sơ TTHC đến công "
        "chức, viên chức; cử công chức, viên chức tham gia bồi dưỡng kỹ năng giao tiếp với "
        "khách hàng, kỹ năng nghiệp vụ tiếp nhận, xử lý hồ sơ,...",
    ]
    for paragraph in fields:
        dash, label, value = paragraph.runs
        assert dash.text == "- " and label.text.endswith(":")
        assert run_format(doc, paragraph, label)["italic"]
        assert style_name_of_run(label) == "Field Label"
        assert not run_format(doc, paragraph, value)["italic"]


def style_name_of_run(run: Any) -> str:
    return str(run.style.name)


def test_details_follow_the_fields(doc: Any) -> None:
    texts = _texts(doc)
    form = texts.index("- Hình thức thực hiện: Xây dựng, duy trì, mở rộng chuyên mục CCHC.")
    assert texts[form + 1].startswith("- Kiểm soát thủ tục hành chính; viết, đăng tin, bài")


def test_same_tasks_as_a_table(org: Path, tmp_path: Path) -> None:
    """Switching `presentation` changes the form only: the same words, now in cells."""
    plan = org / "table-appendix.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("  placement: appendix\n", "  placement: body\n  presentation: prose\n"),
        encoding="utf-8",
    )
    code, _, err = build([plan], tmp_path / "out", quiet=True)
    assert code == 0, err
    doc = open_docx(tmp_path / "out" / "org" / "table-appendix.docx")
    texts = _texts(doc)
    start = texts.index("II. NHIỆM VỤ")
    assert texts[start + 1 : start + 9] == [
        "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.",
        "1. Công tác truyền thông",
        "a) Tuyên truyền, phổ biến các quy định về kiểm soát thủ tục hành chính",
        "- Cơ quan chủ trì: Văn phòng Bộ.",
        "- Cơ quan phối hợp thực hiện: Trung tâm Thông tin; Cục Báo chí.",
        "- Thời gian thực hiện: Thường xuyên.",
        "- Sản phẩm: Tin, bài.",
        "b) Rà soát, đánh giá thủ tục hành chính",
    ]
    assert "- Rà soát đợt 1" in texts
    assert "2. Công tác kiểm tra" in texts
    assert texts[-1] == "- Sản phẩm: Báo cáo kiểm tra./."
    assert len(doc.sections) == 1  # no appendix
