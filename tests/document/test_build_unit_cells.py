"""A units cell prints as the clerk wrote it (issue #10, defect 8).

"VTV, VOV, TTXVN, các địa phương" written as one string is four units for the checks, the
per-unit sheet and the CSV, and prints with its own commas in the document, the spreadsheet
and textconv; a YAML list prints with the plan's `unit_separator` as before.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from planctl.commands.build import BuildArgs, run

from .docx_probe import open_docx

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "org"

EXTRA_UNITS = """\
units:
  - name: VTV
  - name: VOV
  - name: TTXVN
  - name: Câu lạc bộ 'Doanh nhân trẻ'
"""
EXTRA_GROUPS = """\
groups:
  - name: các địa phương
    scope: external
"""
WRITTEN = "VTV, VOV, TTXVN, các địa phương"
MIXED = "Vụ Kế hoạch – Tài chính; các cơ quan, đơn vị thuộc Bộ"


def organisation(tmp_path: Path, plan: str) -> Path:
    folder = tmp_path / "plans" / "btttt"
    folder.mkdir(parents=True)
    org = (FIXTURES / "org.yaml").read_text(encoding="utf-8")
    org = org.replace("units:\n", EXTRA_UNITS, 1).replace("groups:\n", EXTRA_GROUPS, 1)
    (folder / "org.yaml").write_text(org, encoding="utf-8")
    path = folder / "plan.yaml"
    path.write_text(plan, encoding="utf-8")
    return path


def plan_text(**layout: str) -> str:
    text = (FIXTURES / "valid-plan.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "    lead: [Văn phòng Bộ]\n    support: [Trung tâm Thông tin, Cục Báo chí]",
        f"    lead: {WRITTEN}\n    support: [Trung tâm Thông tin, Cục Báo chí]",
    )
    text = text.replace(
        "        support:\n          - Vụ Kế hoạch - Tài chính\n"
        "          - Sở Thông tin và Truyền thông",
        f'        support: "{MIXED}"',
    )
    assert WRITTEN in text and MIXED in text
    if layout:
        lines = "".join(f"  {k}: {v}\n" for k, v in layout.items())
        text = text.replace(
            "tasks:\n  - id: tuyen-truyen", f"task_layout:\n{lines}tasks:\n  - id: tuyen-truyen"
        )
    return text


def build(plan: Path, out: Path) -> Path:
    args = BuildArgs(paths=[plan], output=out, quiet=True, formats=("docx", "xlsx", "csv"))
    code = run(args, io.StringIO(), io.StringIO())
    assert code == 0
    found = sorted(out.rglob("plan.docx"))
    assert len(found) == 1
    return found[0]


def task_rows(docx: Path) -> list[list[str]]:
    document = open_docx(docx)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "TT")
    return [[cell.text for cell in row.cells] for row in table.rows]


def sheet(path: Path, name: str) -> list[tuple[Any, ...]]:
    book = load_workbook(path)
    return list(book[name].iter_rows(values_only=True))


def test_a_cell_written_as_one_string_validates_unit_by_unit(run_cli: Any, tmp_path: Path) -> None:
    plan = organisation(tmp_path, plan_text())
    result = run_cli(["validate", str(plan), "--strict"])
    assert result.exit_code == 0, result.output
    assert result.codes == []


def test_each_cell_prints_with_its_own_separator(tmp_path: Path) -> None:
    plan = organisation(tmp_path, plan_text())
    docx = build(plan, tmp_path / "out")
    rows = task_rows(docx)
    first = next(r for r in rows if r[1].startswith("Tuyên truyền, phổ biến"))
    assert first[2] == WRITTEN  # as written, with its commas
    assert first[3] == "Trung tâm Thông tin; Cục Báo chí"  # a YAML list: unit_separator
    grouped = next(r for r in rows if r[1].startswith("Số hóa hồ sơ"))
    assert grouped[3] == MIXED  # the en dash and the semicolon as typed

    tasks = sheet(docx.with_suffix(".xlsx"), "Nhiệm vụ")
    header = tasks[0]
    lead, support = header.index("Đơn vị chủ trì"), header.index("Đơn vị phối hợp")
    xlsx_first = next(r for r in tasks if str(r[2]).startswith("Tuyên truyền, phổ biến"))
    assert xlsx_first[lead] == WRITTEN
    assert xlsx_first[support] == "Trung tâm Thông tin; Cục Báo chí"
    xlsx_grouped = next(r for r in tasks if str(r[2]).startswith("Số hóa hồ sơ"))
    assert xlsx_grouped[support] == MIXED
    # The per-unit sheet lists the task under each of the four units.
    per_unit = [r[0] for r in sheet(docx.with_suffix(".xlsx"), "Theo đơn vị chủ trì")[1:]]
    assert per_unit[:4] == ["VTV", "VOV", "TTXVN", "các địa phương"]

    # The CSV keeps its documented form for programs: canonical names separated by "; ".
    with docx.with_suffix(".csv").open(encoding="utf-8-sig", newline="") as f:
        records = list(csv.DictReader(f))
    assert records[0]["lead"] == "VTV; VOV; TTXVN; các địa phương"
    grouped_csv = next(r for r in records if r["id"] == "so-hoa-ho-so")
    assert grouped_csv["support"] == "Vụ Kế hoạch - Tài chính; các cơ quan, đơn vị thuộc Bộ"


def test_textconv_prints_the_cell_as_the_document_does(run_cli: Any, tmp_path: Path) -> None:
    plan = organisation(tmp_path, plan_text())
    result = run_cli(["textconv", str(plan)])
    assert result.exit_code == 0, result.output
    assert f"Chủ trì: {WRITTEN}\n" in result.stdout
    assert f"Phối hợp: {MIXED}\n" in result.stdout
    # A list prints with the plan's separator, as the document prints it.
    plan.write_text(plan_text(unit_separator='", "'), encoding="utf-8")
    result = run_cli(["textconv", str(plan)])
    assert "Phối hợp: Trung tâm Thông tin, Cục Báo chí\n" in result.stdout


def test_canonical_names_and_unit_lines_keep_the_cell(tmp_path: Path) -> None:
    text = plan_text(units_as="canonical").replace(
        "support: [Trung tâm Thông tin, Cục Báo chí]", 'support: "TTTT, VP"'
    )
    docx = build(organisation(tmp_path / "a", text), tmp_path / "a" / "out")
    first = next(r for r in task_rows(docx) if r[1].startswith("Tuyên truyền, phổ biến"))
    assert first[3] == "Trung tâm Thông tin, Văn phòng Bộ"
    grouped = next(r for r in task_rows(docx) if r[1].startswith("Số hóa hồ sơ"))
    assert grouped[3] == "Vụ Kế hoạch - Tài chính; các cơ quan, đơn vị thuộc Bộ"

    docx = build(organisation(tmp_path / "b", plan_text(unit_lines="true")), tmp_path / "b" / "o")
    first = next(r for r in task_rows(docx) if r[1].startswith("Tuyên truyền, phổ biến"))
    assert first[2] == "- VTV\n- VOV\n- TTXVN\n- các địa phương"


def test_an_unknown_unit_in_a_cell_is_reported_at_its_column(run_cli: Any, tmp_path: Path) -> None:
    text = plan_text().replace(WRITTEN, "VTV, VOX, TTXVN")
    plan = organisation(tmp_path, text)
    result = run_cli(["validate", str(plan), "--lang", "en"])
    assert result.exit_code == 1
    found = result.only("U001")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "VTV, VOX, TTXVN" in t)
    column = text.splitlines()[line - 1].index("VOX") + 1
    assert (found.line, found.col) == (line, column)
    assert "“VOX”" in found.message


def test_a_list_written_as_a_string_and_as_a_list_are_the_same_units(
    run_cli: Any, tmp_path: Path
) -> None:
    old = organisation(tmp_path / "a", plan_text())
    listed = plan_text().replace(f"lead: {WRITTEN}", "lead: [VTV, VOV, TTXVN, các địa phương]")
    new = organisation(tmp_path / "b", listed)
    shutil.copy(new.parent / "org.yaml", old.parent / "org.yaml")
    result = run_cli(["diff", str(old), str(new), "--lang", "en"])
    assert "Units changed" not in result.stdout, result.stdout
