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
