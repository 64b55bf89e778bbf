"""Nothing is dropped silently: each piece with no field is in the report, with its place."""

from __future__ import annotations

import json
from pathlib import Path

from .helpers import cli


def _document(path: Path) -> Path:
    import docx

    doc = docx.Document()
    header = doc.add_table(rows=3, cols=2)
    header.cell(0, 0).text = "SỞ NỘI VỤ"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 7/KH-SNV"
    header.cell(1, 1).text = "Quảng Ngãi, ngày 10 tháng 3 năm 2024"
    header.cell(2, 0).text = "V/v triển khai kế hoạch"
    doc.add_paragraph("DỰ THẢO")
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Cải cách hành chính năm 2024")
    doc.add_paragraph("I. NHIỆM VỤ").runs[0].bold = True
    other = doc.add_table(rows=2, cols=2)
    other.cell(0, 0).text = "Chỉ tiêu"
    other.cell(0, 1).text = "Giá trị"
    other.cell(1, 0).text = "Tỷ lệ hồ sơ trực tuyến"
    other.cell(1, 1).text = "80%"
    doc.add_paragraph("Các phòng triển khai thực hiện./.")
    sign = doc.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Lưu: VT."
    sign.cell(0, 1).text = "GIÁM ĐỐC\n(Đã ký)\nNguyễn Văn An"
    doc.save(str(path))
    return path


def test_every_unmapped_piece_is_reported_with_its_place(tmp_path: Path) -> None:
    source = _document(tmp_path / "plan.docx")
    code, stdout, stderr = cli(
        "import", str(source), "-o", str(tmp_path / "org"), "--format", "json"
    )
    assert code == 0, stdout + stderr
    entries = [(e["kind"], e["place"], e["text"]) for e in json.loads(stdout)["entries"]]
    assert ("unmapped", {"table": 1, "row": 3, "column": 1}, "V/v triển khai kế hoạch") in entries
    assert ("unmapped", {"paragraph": 1}, "DỰ THẢO") in entries
    table = [(p["row"], p["column"], t) for k, p, t in entries if p.get("table") == 2]
    assert table == [
        (1, 1, "Chỉ tiêu"),
        (1, 2, "Giá trị"),
        (2, 1, "Tỷ lệ hồ sơ trực tuyến"),
        (2, 2, "80%"),
    ]
    assert ("unmapped", {"table": 3, "row": 1, "column": 2}, "(Đã ký)") in entries


def test_the_text_report_names_places_in_english(tmp_path: Path) -> None:
    source = _document(tmp_path / "plan.docx")
    code, stdout, _ = cli("import", str(source), "-o", str(tmp_path / "org"), "--lang", "en")
    assert code == 0
    assert "paragraph 1: not mapped to a field (left out): DỰ THẢO" in stdout
    assert "table 2 row 2 col 2: not mapped to a field (left out): 80%" in stdout
