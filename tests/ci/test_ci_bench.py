"""bench/: the start-up benchmark runs, and `make bench` finds every benchmark."""

from __future__ import annotations

import re
import subprocess
import sys

from ci_support import REPO

BENCH = REPO / "bench"


def test_startup_benchmark_prints_ratios() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH / "startup.py"), "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = {}
    for line in result.stdout.splitlines():
        if m := re.match(r"^(.+?)\s+(\d+\.\d)\s+(\d+\.\d)$", line):
            rows[m.group(1).split()[1]] = float(m.group(3))
    assert rows["-c"] == 1.0
    assert {"--version", "validate", "explain"} <= set(rows)
    assert all(ratio >= 1.0 or name == "-c" for name, ratio in rows.items())


def test_run_finds_every_benchmark_but_itself() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "no-such-bench"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "no benchmark named no-such-bench" in result.stderr
    listed = subprocess.run(
        [sys.executable, "-c", "import run; print([p.name for p in run.benchmarks()])"],
        cwd=BENCH,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "startup.py" in listed and "run.py" not in listed


def test_titles_benchmark_builds_each_long_case() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH / "titles.py"), "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = {}
    for line in result.stdout.splitlines():
        if m := re.match(r"^  (.+?)\s+(\d+\.\d)\s+(\d+\.\d\d)\b", line):
            rows[m.group(1)] = float(m.group(3))
    assert rows.get("as written") == 1.0, result.stdout
    assert {"300-character title", "90-word issuing body"} <= set(rows), result.stdout
    assert "line breaker alone" in result.stdout


def test_run_quick_prints_every_row_of_the_issue_table_with_a_ratio() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    row = re.compile(
        r"^  (?P<work>.+?)\s{2,}(?P<mine>\d+\.\d\d) (?:s|MiB)\s+(?P<other>\d+\.\d\d) (?:s|MiB)"
        r"\s+(?P<ratio>\d+\.\d\d)×"
    )
    rows = {}
    for line in result.stdout.splitlines():
        if m := row.match(line):
            rows[m["work"]] = m
            assert float(m["other"]) > 0
            # Both printed to 0.01: their quotient is the ratio to within that rounding.
            ratio = float(m["mine"]) / float(m["other"])
            assert abs(ratio - float(m["ratio"])) <= 0.05 * ratio + 0.01, line
    expected = {
        "one plan, 40 tasks, .docx",
        "one plan, 40 tasks, .docx + .xlsx + .csv",
        "200 tasks, .docx",
        "600 tasks, .docx",
        "600 tasks, .docx + .xlsx + .csv",
        "600 ÷ 200 tasks, .docx",
        "peak memory, 200 tasks, .docx",
        "6 small plans, --jobs 1",
        "6 small plans, --jobs 2 vs --jobs 1",
        "diff of two 200-task plans without ids",
        "diff of two 600-task plans without ids",
        "diff, 600 ÷ 200 tasks",
        "validate 20 plans",
        "validate one plan",
    }
    assert expected <= set(rows), result.stdout
    # The issue's target is printed beside each row that has one.
    assert "≤ 1.0×" in rows["200 tasks, .docx"].string
    assert "≤ 3.0×" in rows["diff of two 200-task plans without ids"].string
    assert "≤ 0.5×" in rows["validate 20 plans"].string
    assert "docxtpl" in result.stdout and "check-jsonschema" in result.stdout
