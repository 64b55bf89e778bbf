"""Bad input to status, due, status sheet and status import: a clear message naming the file,
exit 2 (as for every usage error), never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planctl.cli import app

PLAN = "plans/quang-ngai/2024-kh-truyen-thong-kiem-soat-tthc.yaml"


@pytest.mark.parametrize(
    "args",
    [
        ["status", "nope.yaml"],
        ["due", "nope.yaml"],
        ["status", "sheet", "nope.yaml"],
        ["status", "import", "nope.xlsx"],
    ],
)
def test_a_missing_file(args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "nope." in result.output and "không có tệp" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("content", [b"hi", b"PK\x03\x04 not really a zip"])
def test_a_sheet_that_is_not_a_workbook(
    content: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("theo-doi.xlsx").write_bytes(content)
    result = CliRunner().invoke(app, ["status", "import", "theo-doi.xlsx"])
    assert result.exit_code == 2
    assert "theo-doi.xlsx: không đọc được bảng tính .xlsx" in result.output
    assert "lưu lại bằng Excel dạng .xlsx" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_bad_period_or_window() -> None:
    root = Path(__file__).resolve().parents[2]
    result = CliRunner().invoke(app, ["status", "sheet", str(root / PLAN), "--period", "2024-h3"])
    assert result.exit_code == 2
    assert "--period 2024-h3: kỳ báo cáo phải là 2024, 2024-h1" in result.output
    result = CliRunner().invoke(app, ["due", str(root / PLAN), "--within", "hai tuần"])
    assert result.exit_code == 2
    assert "--within 14d" in result.output
