"""A QUYẾT ĐỊNH that issues a plan (seed 000): the decision, then the plan on its own pages,
its caption made from the decision's own number, date and issuer."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from .conftest import PLANS, SEED_PLANS
from .docx_probe import body, open_docx, paragraph_format, run_format, style_name


@pytest.fixture(scope="module")
def doc(seed_docx: Callable[[str], Path]) -> Any:
    return open_docx(seed_docx("000"))


def _texts(items: list[Paragraph | Table]) -> list[str]:
    return [i.text for i in items if isinstance(i, Paragraph)]


def _split(doc: Any) -> tuple[list[Paragraph | Table], list[Paragraph | Table]]:
    """The body before and after the section break that starts the plan."""
    items = body(doc)
    for i, item in enumerate(items):
        if (
            isinstance(item, Paragraph)
            and item._p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
        ):
            return items[: i + 1], items[i + 1 :]
    raise AssertionError("no section break")


def test_decision_structure(doc: Any) -> None:
    decision, _ = _split(doc)
    texts = _texts(decision)
    assert texts[0] == "QUYẾT ĐỊNH"
    assert texts[1].replace("\n", " ").startswith("BAN HÀNH KẾ HOẠCH TRUYỀN THÔNG")
    authority = texts.index("BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG")
    formula = texts.index("QUYẾT ĐỊNH:")
    bases = texts[authority + 1 : formula]
    assert [b.split()[0] for b in bases] == [
        "Căn",
        "Căn",
        "Căn",
        "Căn",
        "Căn",
        "Căn",
        "Thực",
        "Xét",
    ]
    assert (
        all(b.endswith(";") for b in bases[:-1]) and bases[-1] == "Xét đề nghị của Chánh Văn phòng."
    )
    articles = texts[formula + 1 : formula + 4]
    assert [a.split(".")[0] for a in articles] == ["Điều 1", "Điều 2", "Điều 3"]
    assert articles[-1].endswith("Quyết định này./.")
    assert not articles[0].endswith("./.")


def test_bases_are_italic_and_articles_have_bold_labels(doc: Any) -> None:
    decision, _ = _split(doc)
    paragraphs = [p for p in decision if isinstance(p, Paragraph)]
    for paragraph in paragraphs:
        if paragraph.text.startswith(("Căn cứ", "Thực hiện", "Xét đề nghị")):
            fmt = run_format(doc, paragraph, paragraph.runs[0])
            assert fmt["italic"] and not fmt["bold"]
            assert paragraph_format(doc, paragraph)["align"] == "both"
        if paragraph.text.startswith("Điều "):
            label, article = paragraph.runs
            assert re.fullmatch(r"Điều \d+\.", label.text)
            assert run_format(doc, paragraph, label)["bold"]
            assert not run_format(doc, paragraph, article)["bold"]
    for line in ("QUYẾT ĐỊNH:", "BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG"):
        paragraph = next(p for p in paragraphs if p.text == line)
        assert run_format(doc, paragraph, paragraph.runs[0])["bold"]
        assert paragraph_format(doc, paragraph)["align"] == "center"


def test_decision_is_signed_with_its_recipients(doc: Any) -> None:
    decision, plan = _split(doc)
    signatures = [
        t for t in decision if isinstance(t, Table) and t.cell(0, 0).text.startswith("Nơi nhận")
    ]
    assert len(signatures) == 1
    recipients = signatures[0].cell(0, 0).text.split("\n")
    assert recipients[1] == "- Như Điều 3;"
    assert recipients[-1] == "- Lưu: VT, VP, VTLT&KSTTHC."
    assert signatures[0].cell(0, 1).text.split("\n") == [
        "KT. BỘ TRƯỞNG",
        "THỨ TRƯỞNG",
        "Bùi Hoàng Phương",
    ]
    # The plan it issues is not signed again.
    assert not [t for t in plan if isinstance(t, Table) and "Nơi nhận" in t.cell(0, 0).text]


def test_plan_starts_a_new_page_with_header_but_no_number_or_date(doc: Any) -> None:
    assert len(doc.sections) == 2
    plan_section = doc.sections[1]
    assert plan_section.start_type == 2  # WD_SECTION.NEW_PAGE
    assert plan_section.orientation == WD_ORIENT.PORTRAIT
    _, plan = _split(doc)
    header = plan[0]
    assert isinstance(header, Table)
    assert len(header.rows) == 1, "no row for Số and the date line"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header.cell(0, 1).text
    assert "BỘ THÔNG TIN" in header.cell(0, 0).text
    assert "Số:" not in header.cell(0, 0).text
    texts = _texts(plan)
    assert texts[0] == "KẾ HOẠCH"
    assert texts[1].replace("\n", " ") == (
        "TRUYỀN THÔNG VỀ HOẠT ĐỘNG KIỂM SOÁT THỦ TỤC HÀNH CHÍNH CỦA BỘ THÔNG TIN VÀ TRUYỀN "
        "THÔNG NĂM 2024"
    )


def test_caption_is_made_from_the_decisions_fields(doc: Any) -> None:
    _, plan = _split(doc)
    caption = next(p for p in plan if isinstance(p, Paragraph) and p.text.startswith("(Ban hành"))
    assert caption.text == (
        "(Ban hành kèm theo Quyết định số 2572/QĐ-BTTTT ngày 29 tháng 12 năm 2023 "
        "của Bộ trưởng Bộ Thông tin và Truyền thông)"
    )
    assert style_name(caption) == "Document Caption"
    fmt = run_format(doc, caption, caption.runs[0])
    assert fmt["italic"] and not fmt["bold"]


def test_caption_follows_the_decision_when_it_changes(org: Path, tmp_path: Path) -> None:
    from .conftest import build

    source = (PLANS / f"{SEED_PLANS['000'][0]}.yaml").read_text(encoding="utf-8")
    plan = org.parent / "btttt" / "qd.yaml"
    plan.parent.mkdir()
    (plan.parent / "org.yaml").write_text(
        (PLANS / "btttt" / "org.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    plan.write_text(
        source.replace("number: 2572", "number: 9").replace("date: 2023-12-29", "date: 2024-02-05"),
        encoding="utf-8",
    )
    code, _, err = build([plan], tmp_path / "out", quiet=True)
    assert code == 0, err
    text = "\n".join(p.text for p in open_docx(tmp_path / "out" / "btttt" / "qd.docx").paragraphs)
    assert "(Ban hành kèm theo Quyết định số 09/QĐ-BTTTT ngày 05 tháng 02 năm 2024 của" in text
    assert "2572" not in text


def test_the_plans_table_ends_the_content(doc: Any) -> None:
    _, plan = _split(doc)
    tables = [t for t in plan if isinstance(t, Table)]
    assert len(tables) == 2  # header, tasks
    tasks = tables[1]
    assert [c.text for c in tasks.rows[0].cells] == [
        "TT",
        "Nội dung công việc",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian thực hiện",
    ]
    numbers = [row.cells[0].text for row in tasks.rows[1:]]
    assert numbers == ["1", "2", "3", "4", "4.1", "4.2", "5", "6", "7"]
    # No "./." alone under the table: the plan ends with it, as seed 000's does.
    assert plan[-1]._element is tasks._element
