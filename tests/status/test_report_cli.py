"""`planctl report` on the command line: which status files it reports on, where the .docx
goes, and bad input: a clear message with file:line:column, a non-zero exit, and the report
built before left as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planctl.cli import app

ROOT = Path(__file__).resolve().parents[2]
ORG = ROOT / "plans" / "quang-ngai"
PLAN_NAME = "2024-kh-truyen-thong-kiem-soat-tthc"


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    """A copy of the Quảng Ngãi organisation: org.yaml, the 2024 plan, its status files."""
    target = tmp_path / "plans" / "quang-ngai"
    target.mkdir(parents=True)
    shutil.copy(ORG / "org.yaml", target)
    shutil.copy(ORG / f"{PLAN_NAME}.yaml", target)
    shutil.copytree(ORG / "status", target / "status")
    return tmp_path / "plans"


def _report(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["report", *args])
    return result.exit_code, result.output


def _out(tmp: Path, period: str) -> Path:
    return tmp / "out" / "quang-ngai" / f"{PLAN_NAME}.bao-cao-{period}.docx"


def test_a_folder_reports_every_status_file_with_its_prose(plans: Path, tmp_path: Path) -> None:
    code, output = _report(str(plans), "-o", str(tmp_path / "out"))
    assert code == 0, output
    assert _out(tmp_path, "2024-h1").is_file() and _out(tmp_path, "2024").is_file()
    assert "2 báo cáo đã tạo, 0 thất bại" in output


def test_plan_and_status(plans: Path, tmp_path: Path) -> None:
    plan = plans / "quang-ngai" / f"{PLAN_NAME}.yaml"
    status = plans / "quang-ngai" / "status" / PLAN_NAME / "2024-h1.yaml"
    code, output = _report(str(plan), "--status", str(status), "-o", str(tmp_path / "out"))
    assert code == 0, output
    assert _out(tmp_path, "2024-h1").is_file()
    assert not _out(tmp_path, "2024").exists()


def test_a_status_file_of_another_plan_is_refused(plans: Path, tmp_path: Path) -> None:
    other = plans / "quang-ngai" / "other.yaml"
    shutil.copy(plans / "quang-ngai" / f"{PLAN_NAME}.yaml", other)
    status = plans / "quang-ngai" / "status" / PLAN_NAME / "2024-h1.yaml"
    code, output = _report(str(other), "--status", str(status), "-o", str(tmp_path / "out"))
    assert code == 2
    assert "không phải" in output and "other.yaml" in output


def test_bad_prose_is_reported_and_the_old_report_kept(plans: Path, tmp_path: Path) -> None:
    code, _ = _report(str(plans), "-o", str(tmp_path / "out"))
    assert code == 0
    before = _out(tmp_path, "2024-h1").read_bytes()
    prose = plans / "quang-ngai" / "status" / PLAN_NAME / "2024-h1.report.yaml"
    text = prose.read_text(encoding="utf-8").replace("number: 142", "numbr: 142")
    prose.write_text(text, encoding="utf-8")
    line = text.splitlines().index("numbr: 142") + 1
    code, output = _report(str(plans), "-o", str(tmp_path / "out"))
    assert code == 1
    assert f"2024-h1.report.yaml:{line}:1: S001" in output
    assert "Traceback" not in output
    assert "không tạo báo cáo" in output
    assert _out(tmp_path, "2024-h1").read_bytes() == before


def test_english_messages(plans: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["--lang", "en", "report", str(plans), "-o", str(tmp_path / "out")]
    )
    assert "2 report(s) built, 0 failed" in result.output


def test_no_status_file_says_how_to_make_one(tmp_path: Path) -> None:
    folder = tmp_path / "plans" / "quang-ngai"
    folder.mkdir(parents=True)
    shutil.copy(ORG / "org.yaml", folder)
    shutil.copy(ORG / f"{PLAN_NAME}.yaml", folder)
    code, output = _report(str(folder / f"{PLAN_NAME}.yaml"), "-o", str(tmp_path / "out"))
    assert code == 2
    assert "planctl status init" in output


def test_a_missing_path(tmp_path: Path) -> None:
    code, output = _report(str(tmp_path / "nothing.yaml"))
    assert code == 2
    assert "nothing.yaml" in output and "Traceback" not in output


def test_the_clerks_text_is_printed_as_written_and_never_a_formula(
    plans: Path, tmp_path: Path
) -> None:
    from docx import Document
    from openpyxl import load_workbook

    folder = plans / "quang-ngai" / "status" / PLAN_NAME
    prose = folder / "2024-h1.report.yaml"
    text = prose.read_text(encoding="utf-8").replace(
        "  - Các cơ quan, đơn vị đã chủ động",
        '  - "{{ x }} & <b> {% if %}"\n  - Các cơ quan, đơn vị đã chủ động',
    )
    prose.write_text(text, encoding="utf-8")
    status = folder / "2024-h1.yaml"
    status.write_text(
        status.read_text(encoding="utf-8").replace(
            "product: Hội nghị tập huấn", "product: =HYPERLINK(1) Hội nghị tập huấn"
        ),
        encoding="utf-8",
    )
    code, output = _report(str(plans), "-o", str(tmp_path / "out"), "--xlsx")
    assert code == 0, output
    document = Document(str(_out(tmp_path, "2024-h1")))
    assert "{{ x }} & <b> {% if %}" in [p.text for p in document.paragraphs]
    sheet = load_workbook(_out(tmp_path, "2024-h1").with_suffix(".xlsx"))["Tình hình thực hiện"]
    cells = [c for row in sheet.iter_rows() for c in row if str(c.value).startswith("=")]
    assert cells and all(c.data_type == "s" for c in cells)
