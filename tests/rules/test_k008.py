"""K008 status-plan-missing: `plan:` names no readable plan, or `period` is not a period."""

from k_support import status_findings
from typer.testing import CliRunner

from planctl.cli import app


def test_plan_not_found(tmp_path):
    assert [f for f in status_findings(tmp_path, "as_of: 2024-03-01\ntasks: {}\n")] == []
    path = tmp_path / "status" / "2024-kh-truyen-thong-kiem-soat-tthc" / "2024-h1.yaml"
    path.write_text(
        "plan: ../../khong-co.yaml\nperiod: 2024-h1\nas_of: 2024-06-20\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["status", str(path)])
    assert result.exit_code == 1
    assert ":1:7: K008 lỗi: không đọc được kế hoạch “../../khong-co.yaml”" in result.output
