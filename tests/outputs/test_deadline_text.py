"""Deadlines print exactly as the clerk wrote them; the .csv adds the due date they mean.

A plan whose tasks use each deadline phrase real plans use (issue #10) is validated and built
through the command line; the .docx task table, the .csv and the .xlsx are read back.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from openpyxl import load_workbook

VALID_PLAN = Path(__file__).resolve().parents[1] / "fixtures" / "org" / "valid-plan.yaml"

# (as written, due in the .csv, deadline_kind in the .csv); the plan is for 2024.
PHRASES = [
    ("Nhiệm vụ thường xuyên", "", "ongoing"),
    ("Cuối năm 2024", "2024-12-31", "year_part"),
    ("Quý I, II/2024", "2024-06-30", "quarter_range"),
    ("Quý I,II/2024", "2024-06-30", "quarter_range"),  # spaced as typed, printed as typed
    ("Từ tháng 3/2024", "", "ongoing"),
    ("Trước ngày 31/12", "2024-12-31", "by_date"),
    ("Tháng 10/2024 và thường xuyên", "2024-10-31", "month"),
    ("Quý III, IV/2024", "2024-12-31", "quarter_range"),
    ("Quý I và II năm 2024", "2024-06-30", "quarter_range"),
    ("Từ tháng 3/2024 đến tháng 6/2024", "2024-06-30", "month_range"),
    ("Trước ngày 28/6/2024", "2024-06-28", "by_date"),
    ("Chậm nhất ngày 15/3", "2024-03-15", "by_date"),
    ("Đầu năm 2024", "2024-03-31", "year_part"),
    ("Giữa năm", "2024-07-31", "year_part"),
    ("Hằng quý", "", "recurring"),
    ("Thường xuyên, hằng năm", "", "ongoing"),
    ("Năm 2024 và các năm tiếp theo", "", "open_ended"),
    ("thường xuyên", "", "ongoing"),  # lower case stays lower case
]


def _plan() -> str:
    tasks = "".join(
        f"  - id: nhiem-vu-{i}\n"
        f"    content: Nhiệm vụ số {i}\n"
        "    lead: [Văn phòng Bộ]\n"
        f"    deadline: {json.dumps(text, ensure_ascii=False)}\n"
        for i, (text, _, _) in enumerate(PHRASES, start=1)
    )
    valid = VALID_PLAN.read_text(encoding="utf-8")
    head, rest = valid.split("\ntasks:\n", 1)
    return f"{head}\ntasks:\n{tasks}recipients:{rest.split('recipients:', 1)[1]}"


def _cells(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return [cell.text for table in document.tables for row in table.rows for cell in row.cells]


def test_each_phrase_prints_as_written(
    tmp_path: Path, write_plan: Callable[..., Path], run_cli: Callable[..., Any]
) -> None:
    write_plan(_plan())
    checked = run_cli(["validate", "plan.yaml"], cwd=tmp_path)
    assert checked.exit_code == 0 and checked.findings == [], checked.output

    result = run_cli(["build", "plan.yaml", "-o", "out", "--csv", "--xlsx"], cwd=tmp_path)
    assert result.exit_code == 0, result.output

    cells = _cells(tmp_path / "out" / tmp_path.name / "plan.docx")
    for text, _, _ in PHRASES:
        assert text in cells, f"{text!r} is not a cell of the task table"

    data = (tmp_path / "out" / tmp_path.name / "plan.csv").read_bytes().decode("utf-8-sig")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(data, newline=""))}
    for i, (text, due, kind) in enumerate(PHRASES, start=1):
        row = rows[f"nhiem-vu-{i}"]
        assert (row["deadline"], row["due"], row["deadline_kind"]) == (text, due, kind)

    sheet = load_workbook(tmp_path / "out" / tmp_path.name / "plan.xlsx").active
    values = {str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value}
    for text, _, _ in PHRASES:
        assert text in values
