"""Inline emphasis through import: bold and italic runs inside a paragraph come in as
`**…**` / `*…*` (planctl.model.inline), a typed star as `\\*`, and a plan built with markup
imports back to the same markup."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from docx import Document
from ruamel.yaml import YAML

from .helpers import REPO, build, cli, docx_text

ORG = REPO / "tests" / "fixtures" / "build" / "org"
PURPOSE = "      - Bảo đảm thông tin kịp thời, chính xác.\n"
MARKED = "Bảo đảm **công khai, minh bạch** và *kịp thời* các thông tin."
STARRED = "Các mục \\*bắt buộc\\* có dấu sao."
TYPED = "Các mục *bắt buộc* có dấu sao."


def _import(source: Path, folder: Path) -> tuple[dict[str, Any], dict[str, Any], Path]:
    shutil.copy(ORG / "org.yaml", folder / "org.yaml")
    code, stdout, stderr = cli("import", str(source), "-o", str(folder), "--format", "json")
    assert code == 0, stdout + stderr
    (written,) = [p for p in folder.glob("*.yaml") if not p.name.startswith("org.")]
    text = written.read_text(encoding="utf-8")
    return YAML(typ="safe").load(text), json.loads(stdout), written


def _texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [t for key, v in node.items() if key != "tasks" for t in _texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v)]
    return [node] if isinstance(node, str) else []


def test_mixed_runs_come_in_as_markup(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Thử nghiệm nhấn mạnh trong đoạn văn")
    doc.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU").runs[0].bold = True
    mixed = doc.add_paragraph("Bảo đảm ")
    mixed.add_run("công khai, minh bạch").bold = True
    mixed.add_run(" và ")
    mixed.add_run("kịp thời").italic = True
    mixed.add_run(" các thông tin.")
    doc.add_paragraph(TYPED)
    doc.add_paragraph("Tỷ lệ 5 * 3 giữ nguyên.")
    whole = doc.add_paragraph()
    whole.add_run("Cả đoạn in nghiêng là kiểu của đoạn.").italic = True
    source = tmp_path / "mixed.docx"
    doc.save(str(source))
    folder = tmp_path / "org"
    folder.mkdir()
    plan, report, _ = _import(source, folder)
    texts = _texts(plan)
    assert MARKED in texts
    assert STARRED in texts  # the clerk's stars, escaped so that they print as stars
    assert "Tỷ lệ 5 * 3 giữ nguyên." in texts  # a lone star prints as a star: left alone
    assert "Cả đoạn in nghiêng là kiểu của đoạn." in texts  # a whole-paragraph style: no marks
    assert not [e for e in report["entries"] if e["kind"] == "emphasis"]


def test_a_built_plan_with_markup_imports_back_to_it(tmp_path: Path) -> None:
    org = tmp_path / "src"
    shutil.copytree(ORG, org)
    plan = org / "table-appendix.yaml"
    text = plan.read_text(encoding="utf-8")
    assert PURPOSE in text
    lines = f"      - '{MARKED}'\n      - '{STARRED}'\n      - Cuối đoạn **in đậm**.\n"
    plan.write_text(text.replace(PURPOSE, lines), encoding="utf-8")
    built = build(plan, tmp_path / "out")
    folder = tmp_path / "back"
    folder.mkdir()
    imported, report, written = _import(built, folder)
    texts = _texts(imported)
    assert MARKED in texts and STARRED in texts and "Cuối đoạn **in đậm**." in texts, texts
    assert not [e for e in report["entries"] if e["kind"] == "emphasis"]
    # The document text (textconv) shows the words without the marks, both times.
    again = build(written, tmp_path / "again")
    first, second = docx_text(built), docx_text(again)
    assert "Bảo đảm công khai, minh bạch và kịp thời các thông tin." in first
    assert TYPED in first and "**" not in first
    assert "Bảo đảm công khai, minh bạch và kịp thời các thông tin." in second
