"""Item 13: `\\r` and `\\r\\n` inside a text became one or two line breaks in the .docx. The
rule now: CR LF and a lone CR are each one line break, as LF is (the loader reads them so,
for every output); every other character is kept exactly."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from planctl.load import load_yaml_text

CONTENT = "Dòng một\\r\\nDòng hai\\rDòng ba\\nDòng bốn\\tcó tab  hai dấu cách"
LINES = ["Dòng một", "Dòng hai", "Dòng ba", "Dòng bốn\tcó tab  hai dấu cách"]


def test_the_loader_reads_cr_lf_and_cr_as_one_line_break() -> None:
    loaded = load_yaml_text(f'a: "{CONTENT}"\nb: "x\\r\\r\\ny"\n', "plan.yaml")
    assert loaded.data["a"] == "\n".join(LINES)
    assert loaded.data["b"] == "x\n\ny"  # a CR, then a CR LF: two line breaks
    assert loaded.findings == []


def _build(plans, run_cli) -> Path:
    plans.write(
        plans.edit(
            (
                "    content: Tuyên truyền, phổ biến các quy định về kiểm soát thủ tục hành chính",
                f'    content: "{CONTENT}"',
            )
        )
    )
    result = run_cli(
        ["build", "plan.yaml", "-o", "out", "--csv", "--xlsx", "--lang", "en"], cwd=plans.folder
    )
    assert result.exit_code == 0, result.output
    return plans.folder / "out" / plans.folder.name  # the organisation keeps its folder


def test_the_docx_has_one_break_per_line_break(plans, run_cli) -> None:
    out = _build(plans, run_cli)
    with zipfile.ZipFile(out / "plan.docx") as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    start = xml.index("Dòng một")
    run = xml[xml.rindex("<w:r>", 0, start) : xml.index("</w:r>", start)]
    assert run.count("<w:br/>") == 3, run
    assert run.count("<w:tab/>") == 1
    assert "Dòng hai" in run and "Dòng ba" in run and "hai dấu cách" in run
    import docx

    cells = [
        c.text
        for t in docx.Document(str(out / "plan.docx")).tables
        for r in t.rows
        for c in r.cells
    ]
    assert "\n".join(LINES) in cells


def test_the_spreadsheets_follow_the_same_rule(plans, run_cli) -> None:
    from openpyxl import load_workbook

    out = _build(plans, run_cli)
    values = [
        c.value for row in load_workbook(out / "plan.xlsx").worksheets[0].iter_rows() for c in row
    ]
    assert "\n".join(LINES) in values
    text = (out / "plan.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows[0]["content"] == "\n".join(LINES)
