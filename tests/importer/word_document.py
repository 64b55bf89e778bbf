"""A plan as Word writes one, made with python-docx and raw numbering/footnote XML.

Automatic numbering (abstractNum/num) for I. and 1. headings, a list that continues after an
interrupting paragraph, a group row merged across the task table, a lead cell merged down
two rows, decomposed (NFD) text and a footnote.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NUMBERING = f"""
<w:abstractNum {NS} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>
    <w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>
"""
NUM = f'<w:num {NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {NS}>
  <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
  <w:footnote w:id="1"><w:p><w:r>
    <w:t>Theo Quyết định số 98/QĐ-UBND ngày 24/01/2024.</w:t>
  </w:r></w:p></w:footnote>
</w:footnotes>
"""
NFD_CONTENT = unicodedata.normalize("NFD", "Tuyên truyền về cải cách thủ tục hành chính")


def _numbered(doc: object, text: str, level: int) -> object:
    from docx.oxml import parse_xml

    p = doc.add_paragraph(text)  # type: ignore[attr-defined]
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    return p


def _footnote_part(doc: object) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        FOOTNOTES.encode(),
        doc.part.package,  # type: ignore[attr-defined]
    )
    doc.part.relate_to(part, RT.FOOTNOTES)  # type: ignore[attr-defined]


def make_word_plan(path: Path) -> Path:
    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(NUM))
    _footnote_part(doc)

    header = doc.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 12/KH-UBND"
    header.cell(1, 1).text = "Quảng Ngãi, ngày 05 tháng 02 năm 2024"
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Truyền thông về kiểm soát thủ tục hành chính năm 2024")
    intro = doc.add_paragraph("Thực hiện chỉ đạo của Chủ tịch UBND tỉnh")
    intro.add_run().element.append(parse_xml(f'<w:footnoteReference {NS} w:id="1"/>'))
    intro.add_run(", Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    _numbered(doc, "MỤC ĐÍCH, YÊU CẦU", 0).runs[0].bold = True
    _numbered(doc, "Mục đích", 1).runs[0].bold = True
    doc.add_paragraph("Nâng cao nhận thức của cán bộ, công chức.")  # interrupts the list
    _numbered(doc, "Yêu cầu", 1).runs[0].bold = True  # Word shows "2.", not "1."
    emphasis = doc.add_paragraph("Bảo đảm ")
    emphasis.add_run("công khai, minh bạch").bold = True
    emphasis.add_run(" các thông tin.")
    _numbered(doc, "NỘI DUNG THỰC HIỆN", 0).runs[0].bold = True

    table = doc.add_table(rows=5, cols=5)
    for column, text in enumerate(
        ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    ):
        table.cell(0, column).text = text
    group = table.cell(1, 0).merge(table.cell(1, 4))
    group.text = "I"
    group.add_paragraph("Truyền thông hỗ trợ kiểm soát thủ tục hành chính")
    rows = [
        ("1", NFD_CONTENT, "Văn phòng UBND tỉnh", "Sở Tư pháp", "Thường xuyên"),
        ("2", "Đăng tải tin bài trên Cổng thông tin điện tử", None, "Sở Tư pháp", "Quý II/2024"),
        ("3", "Tổ chức hội nghị tập huấn", "Sở Nội vụ", "Sở Tư pháp", "Khi có yêu cầu"),
    ]
    for r, values in enumerate(rows, start=2):
        for column, text in enumerate(values):
            if text is not None:
                table.cell(r, column).text = text
    table.cell(2, 2).merge(table.cell(3, 2))  # one lead unit for tasks 1 and 2

    sign = doc.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT."
    sign.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Phước Hiền"
    doc.save(str(path))
    return path
