"""`planctl status --summary`: the seed news report's kind of statement ("Tính đến 16/6/2023,
58/58 nhiệm vụ … đã hoàn thành"; counts of early, on time, late) printed from a status file,
every figure checked against a count made here from the YAML (document.report_support)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from document.report_support import STATUS, count_by_hand, share
from planctl.cli import app

PERIODS = {"2024-h1": "6 tháng đầu năm 2024", "2024": "năm 2024"}


@pytest.mark.parametrize("period", sorted(PERIODS))
def test_the_summary_is_the_hand_count(period: str) -> None:
    status_file = STATUS / f"{period}.yaml"
    result = CliRunner().invoke(app, ["status", str(status_file), "--summary"])
    assert result.exit_code == 0, result.output
    mine = count_by_hand(status_file)
    c, b = mine.overall, mine.overall.buckets
    in_time = c.done - b["late"]
    expected = [
        f"Tính đến {mine.as_of:%d/%m/%Y}, {c.done_due}/{c.due} nhiệm vụ đến hạn trong "
        f"{PERIODS[period]} đã hoàn thành, đạt {share(c.done_due, c.due)}%; trong đó hoàn "
        f"thành đúng hạn {b['on_time']}, hoàn thành quá hạn {b['late']}.",
        f"Chưa hoàn thành {b['in_time'] + b['overdue']} nhiệm vụ (trong hạn {b['in_time']}, "
        f"quá hạn {b['overdue']}).",
        f"Chưa đến hạn {b['ahead'] + b['not_yet_due']} nhiệm vụ (đã hoàn thành trước hạn "
        f"{b['ahead']}).",
        f"{in_time}/{c.done} nhiệm vụ đã hoàn thành đúng hạn; {c.early} sớm hạn, "
        f"{in_time - c.early} đúng hạn, {b['late']} trễ hạn.",
    ]
    if b["stopped"]:
        expected.append(f"Dừng thực hiện {b['stopped']} nhiệm vụ.")
    # Standard output is the sentences alone (the K003 warnings go to standard error).
    assert result.stdout_bytes.decode("utf-8").splitlines() == expected


def test_the_year_in_figures() -> None:
    """The year's file, worked out once by hand for the issue's note."""
    result = CliRunner().invoke(app, ["status", str(STATUS / "2024.yaml"), "--summary"])
    lines = result.stdout_bytes.decode("utf-8").splitlines()
    assert lines[0] == (
        "Tính đến 15/01/2025, 14/15 nhiệm vụ đến hạn trong năm 2024 đã hoàn thành, đạt 93,33%; "
        "trong đó hoàn thành đúng hạn 12, hoàn thành quá hạn 2."
    )
    assert lines[3] == "12/14 nhiệm vụ đã hoàn thành đúng hạn; 1 sớm hạn, 11 đúng hạn, 2 trễ hạn."


def test_in_english() -> None:
    args = ["status", str(STATUS / "2024.yaml"), "--summary", "--lang", "en"]
    lines = CliRunner().invoke(app, args).stdout_bytes.decode("utf-8").splitlines()
    assert lines[0] == (
        "As of 15/01/2025, 14/15 tasks due in the year 2024 are completed (93.33%): "
        "12 on time, 2 late."
    )
    assert lines[3] == "12/14 completed tasks were completed on time; 1 early, 11 on time, 2 late."
