"""Typed top-level headings ("Phần I. …", "PHẦN II. …", "I.TỔ CHỨC") import as sections with
their number as written, not into the preamble; a) … d) đ) e) is one list."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from docx import Document
from ruamel.yaml import YAML

from .helpers import REPO, build, cli, docx_text

ORG = REPO / "tests" / "fixtures" / "build" / "org"
LETTERS = ["a", "b", "c", "d", "đ", "e"]


def _import(tmp_path: Path) -> tuple[dict[str, Any], Path]:
    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Thử nghiệm tiêu đề phần gõ tay")
    doc.add_paragraph("Đoạn mở đầu.")
    for text, bold in [
        ("Phần I. MỤC ĐÍCH, YÊU CẦU", True),
        ("1. Mục đích", True),
        ("Nội dung mục đích.", False),
        ("PHẦN II. NỘI DUNG", True),
        ("Nội dung phần hai.", False),
        ("I.TỔ CHỨC THỰC HIỆN", True),
        *((f"{letter}) Ý {letter}.", False) for letter in LETTERS),
    ]:
        doc.add_paragraph().add_run(text).bold = bold
    source = tmp_path / "typed.docx"
    doc.save(str(source))
    folder = tmp_path / "org"
    folder.mkdir()
    shutil.copy(ORG / "org.yaml", folder / "org.yaml")
    code, stdout, stderr = cli("import", str(source), "-o", str(folder))
    assert code == 0, stdout + stderr
    (written,) = [p for p in folder.glob("*.yaml") if not p.name.startswith("org.")]
    return YAML(typ="safe").load(written.read_text(encoding="utf-8")), written


def test_typed_part_headings_are_sections(tmp_path: Path) -> None:
    plan, _ = _import(tmp_path)
    assert plan["preamble"] == ["Đoạn mở đầu."]
    headings = [section["heading"] for section in plan["sections"]]
    assert headings == ["Phần I. MỤC ĐÍCH, YÊU CẦU", "PHẦN II. NỘI DUNG", "I.TỔ CHỨC THỰC HIỆN"]
    assert plan["sections"][0]["sections"][0]["heading"] == "Mục đích"
    assert plan["sections"][1]["text"] == ["Nội dung phần hai."]


def test_d_is_followed_by_dd_in_a_letter_list(tmp_path: Path) -> None:
    plan, _ = _import(tmp_path)
    points = plan["sections"][2]["sections"]
    assert [point["text"] for point in points] == [[f"Ý {letter}."] for letter in LETTERS]


def test_typed_headings_build_as_written(tmp_path: Path) -> None:
    _, written = _import(tmp_path)
    # The source has no signature block: sign it, as the clerk would, so that it builds.
    written.write_text(written.read_text(encoding="utf-8") + "signer: bo-truong\n", "utf-8")
    text = docx_text(build(written, tmp_path / "out"))
    assert "Phần I. MỤC ĐÍCH, YÊU CẦU" in text and "I. Phần I." not in text
    assert "PHẦN II. NỘI DUNG" in text and "I.TỔ CHỨC THỰC HIỆN" in text
