"""`planctl build` from the command line: outputs mirror the plans' folders, plans with
errors are skipped unless --allow-errors, exit codes 0 / 1 / 2, a summary, --quiet, --lang."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planctl.cli import app

from .conftest import REPO, build

runner = CliRunner()

BAD_PLAN = """\
kind: plan
number: 9
date: 2024-03-05
title: Kế hoạch có lỗi
sections:
  - heading: NỘI DUNG
    tasks: true
tasks:
  - id: loi
    content: Một nhiệm vụ giao cho đơn vị không có trong danh mục
    lead: [Phòng Không Tồn Tại]
    deadline: Thường xuyên
recipients: ["Lưu: VT, VP."]
signer: bo-truong
"""


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["build", *args])
    return result.exit_code, result.stdout, result.stderr


def test_builds_every_plan_mirroring_the_tree(org: Path, tmp_path: Path) -> None:
    sub = org / "2024"
    sub.mkdir()
    (org / "escaping.yaml").rename(sub / "escaping.yaml")
    out = tmp_path / "out"
    code, stdout, stderr = invoke(str(org.parent), "-o", str(out))
    assert code == 0, stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.docx")) == [
        "org/2024/escaping.docx",
        "org/table-appendix.docx",
    ]
    assert "đã tạo" in stdout and "2 đã tạo, 0 bỏ qua, 0 thất bại" in stdout


def test_a_single_file_lands_where_the_tree_build_puts_it(org: Path, tmp_path: Path) -> None:
    code, _, stderr = invoke(str(org / "escaping.yaml"), "-o", str(tmp_path / "out"), "-q")
    assert code == 0, stderr
    assert (tmp_path / "out" / "org" / "escaping.docx").is_file()


def test_a_plan_with_errors_is_skipped_and_its_findings_printed(org: Path, tmp_path: Path) -> None:
    (org / "bad.yaml").write_text(BAD_PLAN, encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, stderr = invoke(str(org.parent), "-o", str(out))
    assert code == 1
    assert "bad.yaml:11:12: U001" in stderr
    assert "không tạo văn bản vì còn 1 lỗi" in stderr
    assert not (out / "org" / "bad.docx").exists()
    # The other plans are built all the same.
    assert (out / "org" / "escaping.docx").is_file()
    assert "bỏ qua" in stdout and "2 đã tạo, 1 bỏ qua" in stdout


@pytest.mark.parametrize("flag", ["--allow-errors", "--force"])
def test_allow_errors_builds_a_plan_with_errors(org: Path, tmp_path: Path, flag: str) -> None:
    (org / "bad.yaml").write_text(BAD_PLAN, encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, stderr = invoke(str(org / "bad.yaml"), "-o", str(out), flag)
    assert code == 0, stderr
    assert "U001" in stderr  # still reported
    assert (out / "org" / "bad.docx").is_file()
    assert "--allow-errors" in stdout, stdout


def test_warnings_do_not_block(org: Path, tmp_path: Path) -> None:
    plan = org / "table-appendix.yaml"
    # A task without a deadline is a warning (D006).
    plan.write_text(
        plan.read_text(encoding="utf-8")
        .replace("        output: Tin, bài\n", "", 1)
        .replace("        deadline: Thường xuyên\n", "", 1),
        encoding="utf-8",
    )
    code, stdout, stderr = invoke(str(plan), "-o", str(tmp_path / "out"))
    assert code == 0, stderr
    assert "cảnh báo" in stdout
    assert (tmp_path / "out" / "org" / "table-appendix.docx").is_file()


def test_an_unreadable_plan_cannot_be_forced(org: Path, tmp_path: Path) -> None:
    (org / "broken.yaml").write_text("kind: plan\ntitle: [unclosed\n", encoding="utf-8")
    code, _, stderr = invoke(str(org / "broken.yaml"), "-o", str(tmp_path / "out"), "--force")
    assert code == 1
    assert "broken.yaml:" in stderr
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").rglob("*.docx"))


@pytest.mark.parametrize("case", ["missing", "empty"])
def test_usage_errors_exit_2(tmp_path: Path, case: str) -> None:
    target = tmp_path / "nowhere"
    if case == "empty":
        target.mkdir()
    code, _, stderr = invoke(str(target), "-o", str(tmp_path / "out"))
    assert code == 2
    assert "planctl:" in stderr


def test_quiet_prints_nothing_on_success(org: Path, tmp_path: Path) -> None:
    code, stdout, stderr = invoke(str(org.parent), "-o", str(tmp_path / "out"), "--quiet")
    assert code == 0
    assert stdout == "" and stderr == ""


def test_english_messages(org: Path, tmp_path: Path) -> None:
    (org / "bad.yaml").write_text(BAD_PLAN, encoding="utf-8")
    code, stdout, stderr = invoke(str(org.parent), "-o", str(tmp_path / "out"), "--lang", "en")
    assert code == 1
    assert "Build summary" in stdout and "skipped" in stdout and "built" in stdout
    assert "not built: 1 error(s)" in stderr


def test_progress_bar_on_a_terminal(org: Path, tmp_path: Path) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    out, err = Terminal(), io.StringIO()
    from planctl.commands.build import BuildArgs, run

    code = run(BuildArgs([org.parent], tmp_path / "out"), out, err)
    assert code == 0, err.getvalue()
    assert "2 đã tạo" in out.getvalue()


def test_heavy_libraries_load_only_for_build() -> None:
    code = (
        "import sys, planctl.cli; "
        "heavy = [m for m in ('docx', 'jinja2', 'openpyxl', 'lxml') if m in sys.modules]; "
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_in_process_runner_matches(org: Path, tmp_path: Path) -> None:
    code, _, err = build([org.parent], tmp_path / "out", quiet=True)
    assert code == 0, err


def test_errors_suppressed_as_validate_does_do_not_block(org: Path, tmp_path: Path) -> None:
    text = BAD_PLAN.replace(
        "lead: [Phòng Không Tồn Tại]", "lead: [Phòng Không Tồn Tại]  # planctl: ignore[U001]"
    )
    (org / "bad.yaml").write_text(text, encoding="utf-8")
    code, _, stderr = invoke(str(org / "bad.yaml"), "-o", str(tmp_path / "out"), "-q")
    assert code == 0, stderr
    assert (tmp_path / "out" / "org" / "bad.docx").is_file()
