"""The layout of Nghị định 30/2020 (Phụ lục I), read back from each built seed document:
page and margins, fonts in every script slot, the header table and its rules, the sizes and
styles of each block, the signature and recipients table, and the page-number field."""

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

from planctl.render.metrics import text_width_mm

from .docx_probe import (
    body,
    mm,
    open_docx,
    paragraph_format,
    paragraphs,
    run_format,
    style_name,
)

SEEDS = ["000", "001", "002", "003"]
FONT = "Times New Roman"
DATE_LINE = re.compile(r"^[^,]+, ngày (\d{2}|\s+) tháng (0[12]|[3-9]|1[0-2]|\s+) năm \d{4}$")


def _fmt(document: Any, paragraph: Paragraph) -> dict[str, Any]:
    """Run formatting of a paragraph: every run must agree."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    formats = [run_format(document, paragraph, r) for r in runs] or [
        run_format(document, paragraph)
    ]
    first = formats[0]
    for other in formats[1:]:
        assert (other["size"], other["bold"], other["italic"]) == (
            first["size"],
            first["bold"],
            first["italic"],
        ), paragraph.text
    return first


def _cell_width_mm(table: Table, column: int) -> float:
    return mm(table.columns[column].width)


def _cell_margin_mm(table: Table, side: str) -> float:
    margins = table._tbl.tblPr.find(qn("w:tblCellMar"))
    element = margins.find(qn(f"w:{side}")) if margins is not None else None
    return int(element.get(qn("w:w"))) * 25.4 / 1440 if element is not None else 1.9


def _rule_width_mm(paragraph: Paragraph, room: float) -> float:
    """A rule paragraph: a bottom border between its left and right indents."""
    ppr = paragraph._p.pPr
    assert ppr is not None
    border = ppr.find(f"{qn('w:pBdr')}/{qn('w:bottom')}")
    assert border is not None and border.get(qn("w:val")) == "single"
    assert paragraph.text == ""
    indent = ppr.find(qn("w:ind"))
    left = int(indent.get(qn("w:left"))) * 25.4 / 1440
    right = int(indent.get(qn("w:right"))) * 25.4 / 1440
    assert abs(left - right) < 0.1, "the rule is centred"
    return room - left - right


def assert_title_fits_over_its_rule(doc: Any, title: Paragraph, rule: Paragraph) -> None:
    """Each line of the bold title fits the text width; the rule under it is a third to a half
    of the widest line (Phụ lục I, ô 5b)."""
    size = _fmt(doc, title)["size"]
    widest = max(text_width_mm(line, size, bold=True) for line in title.text.split("\n"))
    section = doc.sections[0]
    room = mm(section.page_width) - mm(section.left_margin) - mm(section.right_margin)
    assert widest <= room  # balanced lines, each fits
    assert widest / 3 - 0.5 <= _rule_width_mm(rule, room) <= widest / 2 + 0.5


def _borderless(table: Table) -> None:
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None
    for side in borders:
        assert side.get(qn("w:val")) in {"nil", "none"}


@pytest.fixture(params=SEEDS)
def doc(request: pytest.FixtureRequest, seed_docx: Callable[[str], Path]) -> Any:
    return open_docx(seed_docx(request.param))


def test_page_is_a4_portrait_with_decree_margins(doc: Any) -> None:
    section = doc.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    # A4 in twips, as Word stores it: 11906 × 16838.
    size = section._sectPr.find(qn("w:pgSz"))
    assert (size.get(qn("w:w")), size.get(qn("w:h"))) == ("11906", "16838")
    assert mm(section.page_width) == pytest.approx(210, abs=0.05)
    assert mm(section.page_height) == pytest.approx(297, abs=0.05)
    # Margins are stored in twips: 15 mm reads back as 14.99 mm.
    assert 19.95 <= mm(section.top_margin) <= 25.05
    assert 19.95 <= mm(section.bottom_margin) <= 25.05
    assert 29.95 <= mm(section.left_margin) <= 35.05
    assert 14.95 <= mm(section.right_margin) <= 20.05


def test_every_run_is_times_new_roman_in_all_four_slots(doc: Any) -> None:
    defaults = doc.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}"
    )
    assert {defaults.get(qn(f"w:{s}")) for s in ("ascii", "hAnsi", "cs", "eastAsia")} == {FONT}
    checked = 0
    containers = (
        [doc] + [s.header for s in doc.sections] + [s.first_page_header for s in doc.sections]
    )
    for container in containers:
        items = paragraphs(container) if container is doc else iter(container.paragraphs)
        for paragraph in items:
            for run in paragraph.runs:
                fonts = run_format(doc, paragraph, run)["fonts"]
                assert fonts == dict.fromkeys(("ascii", "hAnsi", "cs", "eastAsia"), FONT), (
                    paragraph.text
                )
                checked += 1
    assert checked > 50


def test_header_table(doc: Any) -> None:
    header = body(doc)[0]
    assert isinstance(header, Table)
    _borderless(header)
    assert len(header.columns) == 2
    left, right = _cell_width_mm(header, 0), _cell_width_mm(header, 1)
    section = doc.sections[0]
    text_width = mm(section.page_width) - mm(section.left_margin) - mm(section.right_margin)
    assert left + right == pytest.approx(text_width, abs=0.5)
    assert 60 <= left <= 70  # nd30: about 67.5 mm
    assert 99 <= right <= 105  # nd30: about 100 mm
    padding = _cell_margin_mm(header, "left") + _cell_margin_mm(header, "right")

    national, motto, motto_rule = header.cell(0, 1).paragraphs
    assert national.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    fmt = _fmt(doc, national)
    assert fmt["bold"] and 12 <= fmt["size"] <= 13
    # One line: the text fits the column (a 50/50 header would wrap it).
    assert text_width_mm(national.text, fmt["size"], bold=True) <= right - padding
    assert motto.text == "Độc lập - Tự do - Hạnh phúc"
    fmt = _fmt(doc, motto)
    assert fmt["bold"] and 13 <= fmt["size"] <= 14
    for paragraph in (national, motto):
        assert paragraph_format(doc, paragraph)["align"] == "center"
    # The rule under the motto is as long as the motto (about 60 mm at 14 pt).
    motto_width = text_width_mm(motto.text, fmt["size"], bold=True)
    assert _rule_width_mm(motto_rule, right - padding) == pytest.approx(motto_width, abs=0.5)
    assert 55 <= motto_width <= 62

    left_cell = header.cell(0, 0).paragraphs
    issuer, issuer_rule = left_cell[-2], left_cell[-1]
    fmt = _fmt(doc, issuer)
    assert fmt["bold"] and 12 <= fmt["size"] <= 13
    assert issuer.text == issuer.text.upper()
    for parent in left_cell[:-2]:  # cơ quan chủ quản: upper case, not bold
        assert parent.text == parent.text.upper()
        assert not _fmt(doc, parent)["bold"]
    widest = max(text_width_mm(line, fmt["size"], bold=True) for line in issuer.text.split("\n"))
    rule = _rule_width_mm(issuer_rule, left - padding)
    assert widest / 3 - 0.5 <= rule <= widest / 2 + 0.5


def test_number_and_date_line(doc: Any, request: pytest.FixtureRequest) -> None:
    header = body(doc)[0]
    assert isinstance(header, Table)
    number, date = header.cell(1, 0).paragraphs[0], header.cell(1, 1).paragraphs[0]
    assert re.fullmatch(r"Số: (\d{2,}|\s+)/(KH|QĐ)-[A-Za-zĐđ]+", number.text), number.text
    fmt = _fmt(doc, number)
    assert fmt["size"] == 13 and not fmt["bold"] and not fmt["italic"]
    assert DATE_LINE.match(date.text), date.text
    fmt = _fmt(doc, date)
    assert fmt["italic"] and not fmt["bold"] and 13 <= fmt["size"] <= 14
    assert paragraph_format(doc, date)["align"] == "center"


def test_kind_title_and_its_rule(doc: Any) -> None:
    items = body(doc)
    kind = items[1]
    assert isinstance(kind, Paragraph)
    assert kind.text in {"KẾ HOẠCH", "QUYẾT ĐỊNH"}
    title, rule = items[2], items[3]
    assert isinstance(title, Paragraph) and isinstance(rule, Paragraph)
    for paragraph in (kind, title):
        fmt = _fmt(doc, paragraph)
        assert fmt["bold"] and 13 <= fmt["size"] <= 14
        assert paragraph_format(doc, paragraph)["align"] == "center"
    assert_title_fits_over_its_rule(doc, title, rule)


def test_body_paragraphs(doc: Any) -> None:
    body_paragraphs = [p for p in paragraphs(doc) if style_name(p) == "Plan Body"]
    assert body_paragraphs
    for paragraph in body_paragraphs:
        # The text is upright; only a label before it ("Điều 1.", "Cơ quan chủ trì:") is not.
        *labels, text = [r for r in paragraph.runs if r.text.strip()]
        fmt = run_format(doc, paragraph, text)
        assert 13 <= fmt["size"] <= 14 and not fmt["bold"] and not fmt["italic"]
        for label in labels:
            assert label.text.rstrip().endswith((".", ":", "-")), paragraph.text
        layout = paragraph_format(doc, paragraph)
        assert layout["align"] == "both"  # justified
        assert 10 <= layout["first_line_mm"] <= 12.7
        assert layout["after"] >= 6
        assert 1 <= layout["line"] <= 1.5
    for heading in (
        p for p in paragraphs(doc) if style_name(p) in {"Part Heading", "Section Heading"}
    ):
        assert _fmt(doc, heading)["bold"]
        assert re.match(r"^([IVX]+|\d+)\. ", heading.text), heading.text


def test_content_ends_with_the_closing_mark(doc: Any) -> None:
    ends = [p.text for p in paragraphs(doc) if p.text.rstrip().endswith("./.")]
    assert ends, "no paragraph ends the content with ./."


def _signature_tables(doc: Any) -> list[Table]:
    return [
        t for t in body(doc) if isinstance(t, Table) and t.cell(0, 0).text.startswith("Nơi nhận:")
    ]


def test_signature_and_recipients(doc: Any) -> None:
    (table,) = _signature_tables(doc)
    _borderless(table)
    assert 55 <= _cell_width_mm(table, 0) <= 65
    label, *lines = table.cell(0, 0).paragraphs
    assert label.text == "Nơi nhận:"
    fmt = _fmt(doc, label)
    assert fmt == {**fmt, "size": 12, "bold": True, "italic": True}
    assert lines
    for i, line in enumerate(lines):
        fmt = _fmt(doc, line)
        assert fmt["size"] == 11 and not fmt["bold"] and not fmt["italic"]
        assert line.text.startswith("- ")
        assert line.text.endswith("." if i == len(lines) - 1 else ";"), line.text
        assert paragraph_format(doc, line)["first_line_mm"] == 0
    assert lines[-1].text.startswith("- Lưu")
    signer = [p for p in table.cell(0, 1).paragraphs if p.text]
    for paragraph in signer:
        fmt = _fmt(doc, paragraph)
        assert fmt["bold"] and 13 <= fmt["size"] <= 14
        assert paragraph_format(doc, paragraph)["align"] == "center"
    assert signer[0].text == signer[0].text.upper()
    prefixes = sum(p.text.startswith(("KT.", "TM.", "Q.", "TL.", "TUQ.")) for p in signer)
    if prefixes:
        # KT. BỘ TRƯỞNG / THỨ TRƯỞNG / name; TM. UBND / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name
        assert len(signer) == prefixes + 2
    assert signer[-1].text != signer[-1].text.upper()  # the name, as written
    # Space for the signature above the name.
    assert paragraph_format(doc, signer[-1])["before"] >= 36


def test_the_signature_keeps_the_contents_last_paragraph(doc: Any) -> None:
    items = body(doc)
    (table,) = _signature_tables(doc)
    index = next(i for i, item in enumerate(items) if item._element is table._element)
    before = items[index - 1]
    assert isinstance(before, Paragraph) and before.text.endswith("./.")
    assert before.paragraph_format.keep_with_next


def _fields(paragraphs_: list[Paragraph]) -> list[str]:
    return [(i.text or "").strip() for p in paragraphs_ for i in p._p.iter(qn("w:instrText"))]


def test_page_numbers_in_the_header_from_page_two(doc: Any) -> None:
    for section in doc.sections:
        assert section.different_first_page_header_footer  # titlePg: page 1 shows none
        assert not section.header.is_linked_to_previous
        assert _fields(section.header.paragraphs) == ["PAGE"]
        header = section.header.paragraphs[0]
        assert paragraph_format(doc, header)["align"] == "center"
        assert 13 <= _fmt(doc, header)["size"] <= 14
        assert not _fmt(doc, header)["italic"]
        assert _fields(section.first_page_header.paragraphs) == []
        start = section._sectPr.find(qn("w:pgNumType")).get(qn("w:start"))
        assert start == "1"  # each part (decision, plan, appendix) numbers its own pages


@pytest.mark.parametrize(
    ("plan", "number", "date"),
    [
        ("escaping", "Số: 07/KH-BTTTT", "Hà Nội, ngày 05 tháng 02 năm 2024"),
        ("table-appendix", "Số: 03/KH-BTTTT", "Hà Nội, ngày 05 tháng 3 năm 2024"),
    ],
)
def test_numbers_and_dates_take_the_decrees_zeros(
    org: Path, tmp_path: Path, plan: str, number: str, date: str
) -> None:
    from .conftest import build

    code, _, err = build([org / f"{plan}.yaml"], tmp_path / "out", quiet=True)
    assert code == 0, err
    header = body(open_docx(tmp_path / "out" / "org" / f"{plan}.docx"))[0]
    assert isinstance(header, Table)
    assert header.cell(1, 0).text == number
    assert header.cell(1, 1).text == date
