"""`validate`'s options as ruff users know them: -q/-qq/-v, --exit-zero, --select/--ignore,
--statistics, `-` with --stdin-filename, --color with NO_COLOR (diff too)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ci_support import KNOWN_FINDINGS, KNOWN_FOLDER, REPO, known_plan_text

PLAN = f"{KNOWN_FOLDER}/plan.yaml"
CLEAN_ENV: dict[str, str | None] = {"GITHUB_ACTIONS": None, "NO_COLOR": None}
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def validate(run_cli: Any, cwd: Path, *args: str, env: dict[str, str | None] | None = None) -> Any:
    return run_cli(["validate", *args], cwd=cwd, env={**CLEAN_ENV, **(env or {})})


def known_codes() -> list[str]:
    return [code for _, _, code, _ in KNOWN_FINDINGS]


# --- verbosity ---------------------------------------------------------------------------------


def test_default_report_has_hints(known: Path, run_cli: Any) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "--lang", "en")
    assert result.stdout.count("    fix: ") == len(KNOWN_FINDINGS)


def test_quiet_prints_findings_and_summary_only(known: Path, run_cli: Any) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "--lang", "en", "-q")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [f.code for f in result.findings] == known_codes()
    assert len(lines) == len(KNOWN_FINDINGS) + 1, "one line per finding, then the summary"
    assert lines[-1] == "1 error(s), 2 warning(s) in 1 file(s)."
    assert "hint" not in result.stdout


def test_very_quiet_prints_nothing_and_keeps_the_exit_code(known: Path, run_cli: Any) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "-qq")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")


def test_very_quiet_still_writes_the_output_file(known: Path, run_cli: Any) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "-qq", "--format", "json", "-o", "r.json")
    assert (result.exit_code, result.stdout) == (1, "")
    assert '"code": "U001"' in (known / "r.json").read_text(encoding="utf-8")


def test_verbose_lists_every_file_on_stderr(known: Path, run_cli: Any) -> None:
    (known / KNOWN_FOLDER / "clean.yaml").write_text(
        (REPO / "tests/fixtures/org/valid-plan.yaml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    result = validate(run_cli, known, KNOWN_FOLDER, "-v", "--lang", "en", "--format", "json")
    lines = result.stderr.splitlines()
    assert re.fullmatch(rf"{KNOWN_FOLDER}/clean\.yaml: ok \(\d+ ms\)", lines[0]), lines
    assert re.fullmatch(rf"{PLAN}: 1 errors, 2 warnings \(\d+ ms\)", lines[1]), lines
    assert result.stdout.lstrip().startswith("{"), "the json report is left alone"


# --- exit code ---------------------------------------------------------------------------------


def test_exit_zero_reports_errors_and_exits_0(known: Path, run_cli: Any) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "--exit-zero")
    assert result.exit_code == 0
    assert [f.code for f in result.findings] == known_codes()


def test_exit_zero_keeps_usage_errors(known: Path, run_cli: Any) -> None:
    assert validate(run_cli, known, "missing/", "--exit-zero").exit_code == 2


# --- select / ignore ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--select", "U"], ["U005", "U001"]),
        (["--select", "D006,U001"], ["U001", "D006"]),
        (["--select", "D", "--select", "U005"], ["U005", "D006"]),
        (["--ignore", "U"], ["D006"]),
        (["--ignore", "u005"], ["U001", "D006"]),
        (["--select", "U", "--ignore", "U001"], ["U005"]),
        (["--ignore", "U", "--select", "U001"], ["U001"]),  # the longer selector wins
    ],
)
def test_select_and_ignore(known: Path, run_cli: Any, args: list[str], expected: list[str]) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, *args)
    assert [f.code for f in result.findings] == expected


def test_cli_selection_beats_the_configuration(known: Path, run_cli: Any) -> None:
    (known / "planctl.toml").write_text('select = ["D"]\nignore = ["U001"]\n', encoding="utf-8")
    assert [f.code for f in validate(run_cli, known, KNOWN_FOLDER).findings] == ["D006"]
    result = validate(run_cli, known, KNOWN_FOLDER, "--select", "U")
    assert [f.code for f in result.findings] == ["U005"], "--select replaces select only"
    result = validate(run_cli, known, KNOWN_FOLDER, "--select", "U", "--ignore", "D")
    assert [f.code for f in result.findings] == ["U005", "U001"]


def test_select_in_pyproject(known: Path, run_cli: Any) -> None:
    (known / "pyproject.toml").write_text('[tool.planctl]\nselect = ["U00"]\n', encoding="utf-8")
    assert [f.code for f in validate(run_cli, known, KNOWN_FOLDER).findings] == ["U005", "U001"]


def test_unknown_code_in_select_is_a_usage_error(known: Path, run_cli: Any) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "--select", "U01", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith("planctl: `--select`: there is no rule U01; did you mean U001?")
    assert "Traceback" not in result.output
    vi = validate(run_cli, known, KNOWN_FOLDER, "--select", "X99")
    assert (vi.exit_code, vi.stderr) == (2, "planctl: `--select`: không có quy tắc X99\n")


def test_s_rules_cannot_be_ignored_from_the_command_line(known: Path, run_cli: Any) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "--ignore", "S", "--lang", "en")
    assert result.exit_code == 2
    assert "S cannot be ignored or demoted" in result.stderr


def test_select_still_reports_s_rules(known: Path, run_cli: Any) -> None:
    plan = known / PLAN
    plan.write_text(plan.read_text(encoding="utf-8").replace("number:", "numbr:"), "utf-8")
    result = validate(run_cli, known, KNOWN_FOLDER, "--select", "U")
    assert "S001" in [f.code for f in result.findings]


# --- statistics --------------------------------------------------------------------------------


def test_statistics_counts_per_code(known: Path, run_cli: Any) -> None:
    plan = known / PLAN
    text = plan.read_text(encoding="utf-8").replace("[Văn phòng Bộ]", "[Văn phòng Bô]")
    plan.write_text(text, encoding="utf-8")
    result = validate(run_cli, known, KNOWN_FOLDER, "--statistics", "--lang", "en")
    assert result.exit_code == 1
    table = result.stdout.splitlines()
    rows = [line.split() for line in table[:-1]]
    counts = {row[1]: int(row[0]) for row in rows}
    assert counts["U001"] > 1 and counts["U005"] == counts["D006"] == 1
    assert [row[1] for row in rows] == ["U001", "D006", "U005"], "most first, then by code"
    assert rows[0][2] == "unknown-unit"
    assert table[-1].endswith("in 1 file(s).")


def test_statistics_as_json(known: Path, run_cli: Any) -> None:
    import json

    result = validate(run_cli, known, KNOWN_FOLDER, "--statistics", "--format", "json")
    rows = json.loads(result.stdout)
    assert {(r["code"], r["count"]) for r in rows} == {("U001", 1), ("U005", 1), ("D006", 1)}


# --- standard input ----------------------------------------------------------------------------


def run_stdin(cwd: Path, text: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(REPO / "src"), "PYTHONIOENCODING": "utf-8", "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "planctl", "validate", *args],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=30,
        check=False,
    )


def test_stdin_with_a_filename(known: Path) -> None:
    result = run_stdin(known, known_plan_text(), "-", "--stdin-filename", PLAN, "--lang", "en")
    assert result.returncode == 1, result.stderr
    reported = re.findall(r"^(\S+):(\d+):(\d+): (\w+) ", result.stdout, re.MULTILINE)
    assert [(f, int(a), int(b), c) for f, a, b, c in reported] == [
        (PLAN, line, col, code) for line, col, code, _ in KNOWN_FINDINGS
    ], "positions name the file, and its org.yaml is found from its folder"


def test_stdin_filename_finds_the_configuration(known: Path) -> None:
    (known / KNOWN_FOLDER / "planctl.toml").write_text('ignore = ["U"]\n', encoding="utf-8")
    result = run_stdin(known, known_plan_text(), "-", "--stdin-filename", PLAN)
    assert re.findall(r" (\w\d{3}) ", result.stdout) == ["D006"]


def test_stdin_filename_need_not_exist(known: Path) -> None:
    name = f"{KNOWN_FOLDER}/chưa-lưu.yaml"
    result = run_stdin(known, known_plan_text(), "-", "--stdin-filename", name)
    assert result.stdout.startswith(f"{name}:27:15: U005 ")


def test_stdin_without_a_filename(known: Path) -> None:
    result = run_stdin(known / KNOWN_FOLDER, known_plan_text(), "-")
    assert result.stdout.startswith("-:27:15: U005 ")


def test_stdin_filename_without_dash_is_a_usage_error(known: Path, run_cli: Any) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "--stdin-filename", "x.yaml", "--lang", "en")
    assert result.exit_code == 2
    assert "--stdin-filename goes with the path `-`" in result.stderr


def test_stdin_broken_yaml_is_a_finding(known: Path) -> None:
    result = run_stdin(known, "title: [unclosed\n", "-", "--stdin-filename", PLAN)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.startswith(f"{PLAN}:1:")


# --- colour ------------------------------------------------------------------------------------


def test_color_always_colours_the_text_report(known: Path, run_cli: Any) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "--color", "always")
    assert "\x1b[" in result.stdout
    assert ANSI.sub("", result.stdout) == validate(run_cli, known, KNOWN_FOLDER).stdout


def test_color_always_beats_no_color(known: Path, run_cli: Any) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "--color", "always", env={"NO_COLOR": "1"})
    assert "\x1b[" in result.stdout


def test_color_auto_and_never_off_a_terminal(known: Path, run_cli: Any) -> None:
    for args in ([], ["--color", "never"], ["--color", "auto"]):
        assert "\x1b[" not in validate(run_cli, known, KNOWN_FOLDER, *args).stdout


def test_color_never_in_the_output_file(known: Path, run_cli: Any) -> None:
    validate(run_cli, known, KNOWN_FOLDER, "--color", "always", "-o", "r.txt")
    assert "\x1b[" not in (known / "r.txt").read_text(encoding="utf-8")


def test_no_color_is_honoured_on_a_terminal() -> None:
    from planctl.color import wants_color

    class Terminal:
        def isatty(self) -> bool:
            return True

    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("NO_COLOR", raising=False)
        assert wants_color("auto", Terminal()) is True  # type: ignore[arg-type]
        assert wants_color(None, Terminal()) is True  # type: ignore[arg-type]
        mp.setenv("NO_COLOR", "1")
        assert wants_color("auto", Terminal()) is False  # type: ignore[arg-type]
        assert wants_color(None, Terminal()) is False  # type: ignore[arg-type]
        assert wants_color(True, Terminal()) is True  # type: ignore[arg-type]
        mp.setenv("NO_COLOR", "")
        assert wants_color("auto", Terminal()) is True  # type: ignore[arg-type]


def test_diff_honours_no_color(tmp_path: Path) -> None:
    """diff on a (pseudo) terminal: coloured, unless NO_COLOR."""
    import io

    from planctl.diff.render_text import render_text

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    report = _a_diff_report(tmp_path)
    coloured, plain = Tty(), Tty()
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("NO_COLOR", raising=False)
        mp.delenv("FORCE_COLOR", raising=False)
        mp.setenv("TERM", "xterm-256color")
        render_text(report, "en", coloured)
        mp.setenv("NO_COLOR", "1")
        render_text(report, "en", plain)
    assert "\x1b[" in coloured.getvalue()
    assert "\x1b[" not in plain.getvalue()
    assert "[-2023-]{+2024+}" in plain.getvalue(), "the plain form marks words instead"


def _a_diff_report(tmp_path: Path) -> Any:
    from planctl.commands.diff import DiffArgs, build_report

    old = REPO / "plans/quang-ngai/2023-kh-25-truyen-thong-kiem-soat-tthc.yaml"
    new = REPO / "plans/quang-ngai/2024-kh-truyen-thong-kiem-soat-tthc.yaml"
    return build_report(DiffArgs([old, new]))
