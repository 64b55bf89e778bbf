"""The BÁO CÁO passes the layout tests of the plans (Nghị định 30/2020, Phụ lục I): the same
test functions, run on each built report; and what only a report has: "Số: …/BC-…", BÁO CÁO,
"Kính gửi:", and its two landscape appendices."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from .docx_probe import body, mm, open_docx, paragraph_format, run_format
from .report_support import build_reports, report_path

# Collected here with this module's `doc`: each runs on the reports as on the seed plans.
from .test_build_layout import (  # noqa: F401
    DATE_LINE,
    _fmt,
    assert_title_fits_over_its_rule,
    test_body_paragraphs,
    test_content_ends_with_the_closing_mark,
    test_every_run_is_times_new_roman_in_all_four_slots,
    test_header_table,
    test_page_is_a4_portrait_with_decree_margins,
    test_page_numbers_in_the_header_from_page_two,
    test_signature_and_recipients,
    test_the_signature_keeps_the_contents_last_paragraph,
)

PERIODS = ("2024-h1", "2024")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    code, _, err = build_reports(out, xlsx=False)
    assert code == 0, err
    return out


@pytest.fixture(params=PERIODS)
def doc(request: pytest.FixtureRequest, built: Path) -> Any:
    return open_docx(report_path(built, str(request.param)))


def test_number_date_kind_and_title(doc: Any) -> None:
    header, kind, title, rule = body(doc)[:4]
    assert isinstance(header, Table)
    number, date = header.cell(1, 0).paragraphs[0], header.cell(1, 1).paragraphs[0]
    assert re.fullmatch(r"Số: \d{2,}/BC-UBND", number.text), number.text
    assert DATE_LINE.match(date.text), date.text
    assert isinstance(kind, Paragraph) and kind.text == "BÁO CÁO"
    assert isinstance(title, Paragraph) and title.text.startswith("Kết quả thực hiện Kế hoạch")
    for paragraph in (kind, title):
        fmt = run_format(doc, paragraph, paragraph.runs[0])
        assert fmt["bold"] and 13 <= fmt["size"] <= 14
        assert paragraph_format(doc, paragraph)["align"] == "center"
    assert isinstance(rule, Paragraph) and rule.text == ""


def test_kinh_gui_after_the_title(doc: Any) -> None:
    addressee = body(doc)[4]
    assert isinstance(addressee, Paragraph)
    assert addressee.text.startswith("Kính gửi:")
    fmt = run_format(doc, addressee, addressee.runs[0])
    assert 13 <= fmt["size"] <= 14 and not fmt["bold"] and not fmt["italic"]
    lines = addressee.text.split("\n")
    if len(lines) == 1:  # one body: on the label's line, centred
        assert addressee.text.endswith(").") or addressee.text.endswith(".")
        assert paragraph_format(doc, addressee)["align"] == "center"
    else:  # several: "- " lines ending ";", the last "."; aligned after the label
        first, *rest = lines
        assert first.startswith("Kính gửi:\t- ")
        assert all(line.startswith("- ") for line in rest)
        assert [line[-1] for line in lines] == [";"] * (len(lines) - 1) + ["."]
        ind = addressee._p.pPr.find(qn("w:ind"))
        assert int(ind.get(qn("w:hanging"))) > 0


def test_the_four_parts_in_order(doc: Any) -> None:
    parts = [
        p.text for p in body(doc) if isinstance(p, Paragraph) and p.style.name == "Part Heading"
    ]
    assert parts == [
        "I. KẾT QUẢ THỰC HIỆN",
        "II. TỒN TẠI, HẠN CHẾ",
        "III. NHIỆM VỤ THỜI GIAN TỚI",
        "IV. KIẾN NGHỊ",
    ]


def test_two_landscape_appendices_with_their_captions(doc: Any) -> None:
    report, summary, details = doc.sections
    assert report.orientation == WD_ORIENT.PORTRAIT
    for section in (summary, details):
        assert section.orientation == WD_ORIENT.LANDSCAPE
        assert int(section.page_width) == int(report.page_height)
    items = body(doc)
    labels = [p for p in items if isinstance(p, Paragraph) and p.style.name == "Appendix Label"]
    assert [p.text for p in labels] == ["Phụ lục I", "Phụ lục II"]
    number = body(doc)[0].cell(1, 0).text.removeprefix("Số: ")
    captions = [p for p in items if isinstance(p, Paragraph) and p.style.name == "Appendix Caption"]
    assert len(captions) == 2
    for caption in captions:
        assert caption.text.startswith(f"(Kèm theo Báo cáo số {number} ngày ")
        assert run_format(doc, caption, caption.runs[0])["italic"]
    tables = [t for t in items if isinstance(t, Table) and len(t.columns) > 2]
    width = mm(details.page_width) - mm(details.left_margin) - mm(details.right_margin)
    for table in tables:
        header = table.rows[0]
        assert header._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on each page
        assert sum(mm(c.width) for c in table.columns) == pytest.approx(width, abs=1)


def test_the_total_row_of_the_summary_is_bold(doc: Any) -> None:
    summary = next(t for t in body(doc) if isinstance(t, Table) and len(t.columns) > 2)
    for row in summary.rows[1:]:
        cells = row.cells
        if len(cells) < 3 or not cells[2].text.isdigit():
            continue  # a group row ("A Theo nhóm nhiệm vụ")
        runs = [r for c in cells for p in c.paragraphs for r in p.runs if r.text]
        weights = {
            bool(run_format(doc, p, r)["bold"])
            for c in cells
            for p in c.paragraphs
            for r in p.runs
            if r.text
        }
        assert runs
        assert weights == {cells[1].text == "Tổng cộng"}, cells[1].text


def test_number_date_and_the_title_rule_as_the_plans_have_them(doc: Any) -> None:
    """test_number_and_date_line and test_kind_title_and_its_rule of the plans, with the
    report's symbol (BC) and kind (BÁO CÁO)."""
    header, _kind, title, rule = body(doc)[:4]
    number, date = header.cell(1, 0).paragraphs[0], header.cell(1, 1).paragraphs[0]
    fmt = _fmt(doc, number)
    assert fmt["size"] == 13 and not fmt["bold"] and not fmt["italic"]
    fmt = _fmt(doc, date)
    assert fmt["italic"] and not fmt["bold"] and 13 <= fmt["size"] <= 14
    assert paragraph_format(doc, date)["align"] == "center"
    assert_title_fits_over_its_rule(doc, title, rule)


def test_the_details_table_is_laid_out_as_the_plans_task_table(doc: Any) -> None:
    """As test_header_row_repeats_and_group_rows_span and test_short_rows_do_not_break_and_
    unit_lines_hang of the plans: bold header repeated on each page (only the first row),
    group rows across the table, kept with the row below, unit lines hanging."""
    _summary, details = [t for t in body(doc) if isinstance(t, Table) and len(t.columns) > 2]
    header, *rows = details.rows
    for cell in header.cells:
        paragraph = cell.paragraphs[0]
        assert run_format(doc, paragraph, paragraph.runs[0])["bold"]
    assert not any(
        row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
        for row in rows
    )
    groups = [row for row in rows if len(row._tr.tc_lst) == 2]
    assert [row.cells[0].text for row in groups] == ["I", "II", "III", "IV", "V"]
    for row in groups:
        span = row._tr.tc_lst[1].tcPr.find(qn("w:gridSpan"))
        assert span is not None and int(span.get(qn("w:val"))) == len(details.columns) - 1
        for cell in row._tr.tc_lst:
            assert cell.p_lst[0].pPr.find(qn("w:keepNext")) is not None
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    leads = [p for row in rows if len(row._tr.tc_lst) > 2 for p in row.cells[2].paragraphs]
    for paragraph in leads:
        if paragraph.text.startswith("- "):
            fmt = paragraph.paragraph_format
            assert int(fmt.left_indent) == -int(fmt.first_line_indent) > 0
