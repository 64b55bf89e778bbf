"""The year a plan is for is worked out once, and validate, build and diff all use it.

Regression: a plan dated 29/12/2023 for "năm 2024" with no `period` and a task due "Quý II"
validated as due 30/06/2024, while build wrote 2023-06-30 into the .csv and .xlsx.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planctl.cli import app

ORG = Path(__file__).resolve().parents[1] / "outputs" / "data" / "org.yaml"

PLAN = """\
kind: plan
number: 7
date: 2023-12-29
title: Kế hoạch kiểm soát thủ tục hành chính năm 2024
tasks:
  - id: ra-soat
    content: Rà soát thủ tục hành chính
    lead: [Văn phòng Bộ]
    deadline: Quý II
recipients:
  - "Lưu: VT."
signer: bo-truong
"""


def _plan(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(ORG, folder / "org.yaml")
    plan = folder / "kh-2024.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    return plan


def test_validate_and_build_agree_on_the_year(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    runner = CliRunner()
    checked = runner.invoke(app, ["validate", str(plan), "--format", "json", "--lang", "en"])
    assert checked.exit_code == 0, checked.output
    # Due 30/06/2024 lies inside the 2024 period: no D002 (outside the period), no D003
    # (before the plan's date), as 30/06/2023 would give.
    assert '"D002"' not in checked.output and '"D003"' not in checked.output, checked.output

    out = tmp_path / "build"
    built = runner.invoke(app, ["build", str(plan), "-o", str(out), "--csv", "--xlsx"])
    assert built.exit_code == 0, built.output
    (csv_file,) = out.rglob("*.csv")
    rows = list(csv.DictReader(io.StringIO(csv_file.read_bytes().decode("utf-8-sig"))))
    assert [(r["id"], r["deadline"], r["due"]) for r in rows] == [
        ("ra-soat", "Quý II", "2024-06-30")
    ]
    (xlsx_file,) = out.rglob("*.xlsx")
    sheet = load_workbook(xlsx_file).worksheets[0]
    dates = [c.value for row in sheet.iter_rows() for c in row if hasattr(c.value, "year")]
    assert [d.date().isoformat() for d in dates] == ["2024-06-30"]


def test_the_period_comes_from_the_plans_own_title_words() -> None:
    from planctl.facts.period import title_years

    # A cited resolution's year is not the programme's: its horizon is 2025 - 2030.
    assert title_years(
        "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW năm 2024 của Bộ Chính trị "
        "giai đoạn 2025 - 2030"
    ) == (2025, 2030)
    # The plan's own year ends the title; a cited document comes before it.
    assert title_years(
        "Kế hoạch triển khai Quyết định số 1306/QĐ-UBND năm 2023 trong năm 2024"
    ) == (2024, 2024)
    # A year inside a cited date never counts.
    assert (
        title_years(
            "Kế hoạch thực hiện Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ"
        )
        is None
    )
    assert title_years("Kế hoạch kiểm soát thủ tục hành chính năm 2024") == (2024, 2024)
