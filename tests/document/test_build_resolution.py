"""A NGHỊ QUYẾT of the Government issuing a CHƯƠNG TRÌNH (tests/fixtures/kinds/chinh-phu):
the resolution with its header, preamble lines, "QUYẾT NGHỊ:", articles and two-level
signature; then the programme on its own pages with its caption; then the task appendix."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from .conftest import REPO, build
from .docx_probe import body, open_docx, run_format

KINDS = REPO / "tests" / "fixtures" / "kinds"
RESOLUTION = "2025-nq-03-chuong-trinh-hanh-dong"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kinds")
    shutil.copytree(KINDS, root / "plans")
    code, _, err = build([root / "plans"], root / "out", quiet=True)
    assert code == 0, err
    return root / "out"


@pytest.fixture(scope="module")
def doc(built: Path) -> Any:
    return open_docx(built / "chinh-phu" / f"{RESOLUTION}.docx")


def _parts(doc: Any) -> list[list[Paragraph | Table]]:
    """The body cut at each section break: resolution, programme, appendix."""
    parts: list[list[Paragraph | Table]] = [[]]
    for item in body(doc):
        parts[-1].append(item)
        if (
            isinstance(item, Paragraph)
            and item._p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
        ):
            parts.append([])
    return parts


def _texts(items: list[Paragraph | Table]) -> list[str]:
    return [i.text for i in items if isinstance(i, Paragraph) and i.text]


def test_header_names_the_government_and_the_resolution_symbol(doc: Any) -> None:
    resolution = _parts(doc)[0]
    header = resolution[0]
    assert isinstance(header, Table)
    left = [line for line in header.cell(0, 0).text.split("\n") if line]
    assert left == ["CHÍNH PHỦ"], "the Government has no parent body"
    assert header.cell(1, 0).text == "Số: 03/NQ-CP"
    assert header.cell(1, 1).text == "Hà Nội, ngày 09 tháng 01 năm 2025"


def test_resolution_reads_as_a_resolution(doc: Any) -> None:
    texts = _texts(_parts(doc)[0])
    assert texts[0] == "NGHỊ QUYẾT"
    assert texts[1].replace("\n", " ").startswith("Ban hành Chương trình hành động của Chính phủ")
    authority = texts.index("CHÍNH PHỦ")
    formula = texts.index("QUYẾT NGHỊ:")
    assert texts[authority + 1 : formula] == [
        "Căn cứ Luật Tổ chức Chính phủ số 76/2015/QH13 ngày 19/6/2015;",
        "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá "
        "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
        "Theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ tại Tờ trình số 05/TTr-BKHCN "
        "ngày 06/01/2025;",
        "Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ.",
    ]
    articles = texts[formula + 1 : formula + 4]
    assert [a.split(".")[0] for a in articles] == ["Điều 1", "Điều 2", "Điều 3"]
    assert articles[-1].endswith("chịu trách nhiệm thi hành Nghị quyết này./.")


def test_formula_and_authority_are_bold_and_centred(doc: Any) -> None:
    paragraphs = [p for p in _parts(doc)[0] if isinstance(p, Paragraph)]
    for line in ("QUYẾT NGHỊ:", "CHÍNH PHỦ", "NGHỊ QUYẾT"):
        paragraph = next(p for p in paragraphs if p.text == line)
        assert run_format(doc, paragraph, paragraph.runs[0])["bold"], line
    recital = next(p for p in paragraphs if p.text.startswith("Trên cơ sở"))
    assert run_format(doc, recital, recital.runs[0])["italic"]


def test_signature_prints_every_authority_line(doc: Any) -> None:
    resolution = _parts(doc)[0]
    (signature,) = [
        t for t in resolution if isinstance(t, Table) and t.cell(0, 0).text.startswith("Nơi nhận")
    ]
    signer = signature.cell(0, 1)
    assert signer.text.split("\n") == [
        "TM. CHÍNH PHỦ",
        "KT. THỦ TƯỚNG",
        "PHÓ THỦ TƯỚNG",
        "Nguyễn Văn Hòa",
    ]
    for paragraph in signer.paragraphs:
        assert run_format(doc, paragraph, paragraph.runs[0])["bold"], paragraph.text
    assert signature.cell(0, 0).text.split("\n")[-1] == "- Lưu: VT, KGVX."


def test_programme_follows_with_its_caption(doc: Any) -> None:
    programme = _parts(doc)[1]
    header = programme[0]
    assert isinstance(header, Table) and len(header.rows) == 1, "no number, no date line"
    assert header.cell(0, 0).text.strip() == "CHÍNH PHỦ"
    texts = _texts(programme)
    assert texts[0] == "CHƯƠNG TRÌNH"
    assert texts[1].replace("\n", " ").startswith("Hành động của Chính phủ thực hiện")
    assert texts[2] == (
        "(Ban hành kèm theo Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ)"
    )
    assert texts[3].startswith("I. MỤC TIÊU")
    assert texts[-1].endswith("trong quý I năm 2025./.")
    assert not [t for t in programme if isinstance(t, Table) and "Nơi nhận" in t.cell(0, 0).text]


def test_appendix_caption_has_one_kem_theo_and_the_long_date(doc: Any) -> None:
    appendix = _parts(doc)[2]
    texts = _texts(appendix)
    caption = next(t for t in texts if t.startswith("("))
    assert caption == (
        "(Kèm theo Chương trình tại Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ)"
    )
    (table,) = [t for t in appendix if isinstance(t, Table)]
    assert [c.text for c in table.rows[0].cells] == [
        "TT",
        "Tên nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Kết quả",
        "Thời gian hoàn thành",
    ]
    numbers = [row.cells[0].text for row in table.rows[1:]]
    assert numbers == ["I", "1", "2", "II", "3", "4"]


def test_core_properties_follow_the_resolution(doc: Any) -> None:
    props = doc.core_properties
    assert props.title.startswith("Ban hành Chương trình hành động của Chính phủ")
    assert props.subject == "03/NQ-CP"
    assert props.author == "Chính phủ"
    assert props.category == "NGHỊ QUYẾT"


def test_a_draft_resolution_leaves_the_caption_blanks(tmp_path: Path) -> None:
    shutil.copytree(KINDS / "chinh-phu", tmp_path / "plans" / "chinh-phu")
    plan = tmp_path / "plans" / "chinh-phu" / f"{RESOLUTION}.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("number: 3\n", "").replace("date: 2025-01-09\n", ""), encoding="utf-8"
    )
    code, _, err = build([plan], tmp_path / "out", quiet=True)
    assert code == 0, err
    texts = _texts(body(open_docx(tmp_path / "out" / "chinh-phu" / f"{RESOLUTION}.docx")))
    assert "(Ban hành kèm theo Nghị quyết số      /NQ-CP ngày … tháng … năm … của Chính phủ)" in (
        texts
    )


HDND_ORG = """\
issuer:
  id: hdnd-tinh
  name: Hội đồng nhân dân tỉnh Quảng Ngãi
  header_name: "HỘI ĐỒNG NHÂN DÂN\\nTỈNH QUẢNG NGÃI"
  abbreviation: HĐND
  place: Quảng Ngãi
  head_title: Chủ tịch Hội đồng nhân dân tỉnh
units:
  - name: Bộ Khoa học và Công nghệ
  - name: Bộ Tài chính
  - name: Bộ Nội vụ
  - name: Đài Truyền hình Việt Nam
groups:
  - name: các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ
  - name: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương
signers:
  - id: pho-thu-tuong
    name: Hồ Văn Niên
    title: Chủ tịch
    authority: [TM. Hội đồng nhân dân]
"""


def test_a_peoples_council_resolution(tmp_path: Path) -> None:
    folder = tmp_path / "plans" / "hdnd"
    shutil.copytree(KINDS / "chinh-phu", folder)
    (folder / "org.yaml").write_text(HDND_ORG, encoding="utf-8")
    code, _, err = build([folder / f"{RESOLUTION}.yaml"], tmp_path / "out", quiet=True)
    assert code == 0, err
    doc = open_docx(tmp_path / "out" / "hdnd" / f"{RESOLUTION}.docx")
    resolution, programme, _ = _parts(doc)
    header = resolution[0]
    assert isinstance(header, Table)
    assert header.cell(1, 0).text == "Số: 03/NQ-HĐND"
    texts = _texts(resolution)
    assert "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI" in texts
    (signature,) = [
        t for t in resolution if isinstance(t, Table) and "Nơi nhận" in t.cell(0, 0).text
    ]
    assert signature.cell(0, 1).text.split("\n") == [
        "TM. HỘI ĐỒNG NHÂN DÂN",
        "CHỦ TỊCH",
        "Hồ Văn Niên",
    ]
    assert (
        "(Ban hành kèm theo Nghị quyết số 03/NQ-HĐND ngày 09 tháng 01 năm 2025 của Hội đồng "
        "nhân dân tỉnh Quảng Ngãi)"
    ) in _texts(programme)


def test_a_programme_issued_on_its_own(tmp_path: Path) -> None:
    folder = tmp_path / "plans" / "tinh"
    shutil.copytree(KINDS / "tinh", folder)
    plan = folder / "2025-kh-52-chuyen-doi-so.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("kind: plan\n", "kind: programme\n"),
        encoding="utf-8",
    )
    code, _, err = build([plan], tmp_path / "out", quiet=True)
    assert code == 0, err
    doc = open_docx(tmp_path / "out" / "tinh" / f"{plan.stem}.docx")
    header = body(doc)[0]
    assert isinstance(header, Table) and header.cell(1, 0).text == "Số: 52/CTr-UBND"
    texts = _texts(body(doc))
    assert texts[0] == "CHƯƠNG TRÌNH"
    assert "(Kèm theo Chương trình số 52/CTr-UBND ngày 05/03/2025 của Ủy ban nhân dân tỉnh)" in (
        texts
    )
    assert doc.core_properties.subject == "52/CTr-UBND"
    assert doc.core_properties.category == "CHƯƠNG TRÌNH"
    assert doc.core_properties.title == "Chuyển đổi số tỉnh Quảng Ngãi năm 2025"
