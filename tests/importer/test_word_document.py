"""A Word-made plan (automatic numbers, merged cells, NFD, footnote) imports piece by piece."""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

from ruamel.yaml import YAML

from planctl.importer.docx_reader import Para, read_body

from .helpers import REPO, cli
from .word_document import NFD_CONTENT, make_word_plan


def test_automatic_numbers_continue_after_an_interruption(tmp_path: Path) -> None:
    body = read_body(make_word_plan(tmp_path / "word.docx"))
    labels = [(b.label, b.text) for b in body.blocks if isinstance(b, Para) and b.label]
    assert labels == [
        ("I.", "MỤC ĐÍCH, YÊU CẦU"),
        ("1.", "Mục đích"),
        ("2.", "Yêu cầu"),
        ("II.", "NỘI DUNG THỰC HIỆN"),
    ]


def _import(tmp_path: Path) -> tuple[dict, dict, Path]:  # type: ignore[type-arg]
    source = make_word_plan(tmp_path / "word.docx")
    org = tmp_path / "quang-ngai"
    org.mkdir()
    shutil.copy(REPO / "plans" / "quang-ngai" / "org.yaml", org / "org.yaml")
    code, stdout, stderr = cli("import", str(source), "-o", str(org), "--format", "json")
    assert code == 0, stdout + stderr
    report = json.loads(stdout)
    plans = [p for p in org.glob("*.yaml") if p.name not in ("org.yaml", "org.import.yaml")]
    assert len(plans) == 1
    return YAML(typ="safe").load(plans[0].read_text(encoding="utf-8")), report, plans[0]


def test_each_piece_of_a_word_plan_is_imported(tmp_path: Path) -> None:
    plan, report, path = _import(tmp_path)
    assert plan["kind"] == "plan"
    assert plan["number"] == 12
    assert str(plan["date"]) == "2024-02-05"
    assert plan["title"] == "Truyền thông về kiểm soát thủ tục hành chính năm 2024"
    # Sections from Word's automatic numbers; the interrupting paragraph is the text of 1.
    purpose = plan["sections"][0]
    assert purpose["heading"] == "MỤC ĐÍCH, YÊU CẦU"
    assert [s["heading"] for s in purpose["sections"]] == ["Mục đích", "Yêu cầu"]
    assert purpose["sections"][0]["text"] == ["Nâng cao nhận thức của cán bộ, công chức."]
    # The group row merged across the table, and its tasks.
    group = plan["tasks"][0]
    assert group["group"] == "Truyền thông hỗ trợ kiểm soát thủ tục hành chính"
    first, second, third = group["tasks"]
    # NFD typed text comes out NFC.
    assert first["content"] == unicodedata.normalize("NFC", NFD_CONTENT)
    assert first["content"] != NFD_CONTENT
    assert unicodedata.is_normalized("NFC", path.read_text(encoding="utf-8"))
    # The lead cell merged down two rows gives its unit to both tasks, read once per task.
    assert first["lead"] == second["lead"] == ["Văn phòng UBND tỉnh"]
    assert third["lead"] == ["Sở Nội vụ"]
    assert second["deadline"] == "Quý II/2024"
    assert third["deadline"] == {"event": "Khi có yêu cầu"}
    assert plan["recipients"] == ["Văn phòng Chính phủ", "Lưu: VT"]
    # The signer is not in the registry: written inline, and reported.
    assert plan["signer"]["name"] == "Trần Phước Hiền"
    kinds = {(e["kind"], e["text"]) for e in report["entries"]}
    assert ("signer", "Trần Phước Hiền") in kinds
    # The footnote is kept as a YAML comment and reported with its paragraph.
    note = "Theo Quyết định số 98/QĐ-UBND ngày 24/01/2024."
    assert f"# Chú thích: {note}" in path.read_text(encoding="utf-8")
    footnotes = [e for e in report["entries"] if e["kind"] == "footnote"]
    assert footnotes and footnotes[0]["text"] == note and "paragraph" in footnotes[0]["place"]
    # Bold inside a paragraph is kept as markup, so it is not reported as lost.
    assert "emphasis" not in {kind for kind, _ in kinds}
    assert "Bảo đảm **công khai, minh bạch** các thông tin." in purpose["sections"][1]["text"]


def test_the_imported_word_plan_builds(tmp_path: Path) -> None:
    _, _, path = _import(tmp_path)
    code, stdout, stderr = cli(
        "build", "--allow-errors", "--quiet", str(path), "-o", str(tmp_path / "b")
    )
    assert code in (0, 1), stdout + stderr
    assert list((tmp_path / "b").rglob("*.docx"))


def test_a_num_with_a_start_override_restarts_its_list(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    from .word_document import NS, NUM, NUMBERING, _numbered

    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(NUM))
    restart = (
        f'<w:num {NS} w:numId="91"><w:abstractNumId w:val="90"/>'
        '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    numbering.append(parse_xml(restart))
    _numbered(doc, "Một", 1)
    _numbered(doc, "Hai", 1)
    p = _numbered(doc, "Lại một", 1)
    p._p.pPr.numPr.numId.val = 91  # type: ignore[attr-defined]
    _numbered(doc, "Tiếp", 1)  # numId 90 again: the shared list goes on from "Lại một"
    doc.save(str(tmp_path / "restart.docx"))
    body = read_body(tmp_path / "restart.docx")
    shown = [b.shown for b in body.blocks if isinstance(b, Para) and b.label]
    assert shown == ["1. Một", "2. Hai", "1. Lại một", "2. Tiếp"]


def test_lvl_restart_zero_keeps_a_level_counting_across_headings(tmp_path: Path) -> None:
    """`w:lvlRestart w:val="0"` on level 2: its numbers run on under each new I. heading,
    as the reader of the document sees them; level 3 restarts after level 2 as usual."""
    import docx
    from docx.oxml import parse_xml

    from .word_document import NS, _numbered

    abstract = f"""
<w:abstractNum {NS} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>
    <w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlRestart w:val="2"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>
"""
    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(abstract))
    numbering.append(parse_xml(f'<w:num {NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for text, level in [
        ("MỘT", 0),
        ("Đầu", 1),
        ("Ý", 2),
        ("Hai", 1),
        ("Ý", 2),
        ("HAI", 0),
        ("Ba", 1),
        ("Ý", 2),
    ]:
        _numbered(doc, text, level)
    doc.save(str(tmp_path / "restart.docx"))
    body = read_body(tmp_path / "restart.docx")
    shown = [b.shown for b in body.blocks if isinstance(b, Para) and b.label]
    assert shown == ["I. MỘT", "1. Đầu", "a) Ý", "2. Hai", "a) Ý", "II. HAI", "3. Ba", "a) Ý"]
