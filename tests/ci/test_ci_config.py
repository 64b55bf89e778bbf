"""Configuration (`planctl.toml`, `[tool.planctl]`) and `# planctl: ignore[…]` comments."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from ci_support import KNOWN_FOLDER

from planctl.checks.rule import CHECKS, Check, all_rules
from planctl.config import Config, ConfigError, find_config, load_config
from planctl.findings import Severity
from planctl.suppress import line_ignores

PLAN = Path(KNOWN_FOLDER) / "plan.yaml"
CLEAN_ENV: dict[str, str | None] = {"GITHUB_ACTIONS": None, "GITHUB_WORKSPACE": None}


def codes(run_cli: Any, cwd: Path, *args: str, env: dict[str, str | None] | None = None) -> Any:
    """(exit code, [(code, severity)], result) of `planctl validate kế-hoạch --lang en`."""
    result = run_cli(
        ["validate", KNOWN_FOLDER, "--lang", "en", *args], cwd=cwd, env={**CLEAN_ENV, **(env or {})}
    )
    return result.exit_code, [(f.code, f.severity) for f in result.findings], result


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


BASELINE = [("U005", "warning"), ("U001", "error"), ("D006", "warning")]


def test_without_configuration(known: Path, run_cli: Any) -> None:
    code, found, _ = codes(run_cli, known)
    assert (code, found) == (1, BASELINE)


# --- finding the file --------------------------------------------------------------------------


def test_find_config_nearest_wins_and_planctl_toml_beats_pyproject(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) is None
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(deep) is None, "a pyproject.toml without [tool.planctl] is passed over"
    write(tmp_path / "pyproject.toml", "[tool.planctl]\nignore = ['U005']\n")
    assert find_config(deep) == (tmp_path / "pyproject.toml").resolve()
    write(tmp_path / "planctl.toml", "")
    assert find_config(deep) == (tmp_path / "planctl.toml").resolve()
    write(tmp_path / "a" / "planctl.toml", "")
    assert find_config(deep / "plan.yaml") == (tmp_path / "a" / "planctl.toml").resolve()


def test_pyproject_tool_table(known: Path, run_cli: Any) -> None:
    write(known / "pyproject.toml", "[project]\nname = 'x'\n\n[tool.planctl]\nignore = ['U005']\n")
    _, found, _ = codes(run_cli, known)
    assert found == [("U001", "error"), ("D006", "warning")]


# --- rules: ignore, promote, demote ------------------------------------------------------------


@pytest.mark.parametrize(
    ("toml", "exit_code", "expected"),
    [
        ('ignore = ["U005"]', 1, [("U001", "error"), ("D006", "warning")]),
        ('ignore = ["U"]', 0, [("D006", "warning")]),
        ('ignore = ["u00"]', 0, [("D006", "warning")]),
        ('error = ["D006"]', 1, [("U005", "warning"), ("U001", "error"), ("D006", "error")]),
        ('warning = ["U001"]', 0, [("U005", "warning"), ("U001", "warning"), ("D006", "warning")]),
        ('warning = ["U001"]\nstrict = true', 1, [(c, "warning") for c, _ in BASELINE]),
        # The longest selector decides: all of U ignored but U005, which becomes an error.
        ('ignore = ["U"]\nerror = ["U005"]', 1, [("U005", "error"), ("D006", "warning")]),
    ],
)
def test_rule_selection(
    known: Path, run_cli: Any, toml: str, exit_code: int, expected: list[tuple[str, str]]
) -> None:
    write(known / "planctl.toml", toml + "\n")
    code, found, result = codes(run_cli, known)
    assert found == expected, result.output
    assert code == exit_code


@pytest.mark.parametrize(
    ("toml", "called"),
    [
        ("", True),
        ('ignore = ["U006"]', False),
        ('ignore = ["U"]', False),
        ('ignore = ["U00"]\nwarning = ["U006"]', True),  # the longest selector keeps U006
        ('[per-file-ignores]\n"*.yaml" = ["U006"]', False),
        ('[per-file-ignores]\n"other.yaml" = ["U006"]', True),
    ],
)
def test_a_check_whose_codes_are_all_ignored_is_not_run(
    known: Path, run_cli: Any, toml: str, called: bool
) -> None:
    all_rules()
    (index,) = [i for i, c in enumerate(CHECKS) if c.codes == ("U006",)]
    calls: list[str] = []

    def spy(ctx: Any) -> Any:
        calls.append(ctx.file)
        return iter(())

    original = CHECKS[index]
    CHECKS[index] = Check(original.rules, spy)
    try:
        write(known / "planctl.toml", toml + "\n")
        code, _, result = codes(run_cli, known)
    finally:
        CHECKS[index] = original
    assert code in (0, 1), result.output
    assert bool(calls) is called


def test_strict_option_beats_the_file(known: Path, run_cli: Any) -> None:
    write(known / "planctl.toml", 'ignore = ["U001"]\nstrict = true\n')
    assert codes(run_cli, known)[0] == 1
    assert codes(run_cli, known, "--no-strict")[0] == 0


@pytest.mark.parametrize(
    "pattern",
    [
        f"{KNOWN_FOLDER}/*.yaml",
        f"./{KNOWN_FOLDER}/*.yaml",
        "*/plan.yaml",
        "plan.yaml",
        "*.yaml",
        "**/*.yaml",
    ],
)
def test_per_file_ignores(known: Path, run_cli: Any, pattern: str) -> None:
    write(known / "planctl.toml", f'[per-file-ignores]\n"{pattern}" = ["D006", "U005"]\n')
    _, found, _ = codes(run_cli, known)
    assert found == [("U001", "error")]


def test_per_file_ignores_that_do_not_match(known: Path, run_cli: Any) -> None:
    write(known / "planctl.toml", 'per-file-ignores = {"other/*.yaml" = ["D006"]}\n')
    assert codes(run_cli, known)[1] == BASELINE


def test_config_beside_the_plans_applies_to_them_only(known: Path, run_cli: Any) -> None:
    write(known / KNOWN_FOLDER / "planctl.toml", 'ignore = ["D006"]\n')
    assert codes(run_cli, known)[1] == [("U005", "warning"), ("U001", "error")]


def test_explicit_config_file(known: Path, tmp_path: Path, run_cli: Any) -> None:
    write(known / "planctl.toml", 'ignore = ["D006"]\n')
    other = write(tmp_path / "elsewhere" / "ci.toml", 'ignore = ["U005"]\n')
    _, found, _ = codes(run_cli, known, "--config", str(other))
    assert found == [("U001", "error"), ("D006", "warning")]


# --- period, language, format ------------------------------------------------------------------


def test_default_period_applies_to_plans_without_one(known: Path, run_cli: Any) -> None:
    write(known / "planctl.toml", "period = 2025\n")
    _, found, result = codes(run_cli, known)
    assert ("D002", "error") in found, result.output
    assert all("2025" in f.message for f in result.findings if f.code == "D002")


def test_default_period_does_not_override_the_plans(known: Path, run_cli: Any) -> None:
    plan = known / PLAN
    plan.write_text(
        plan.read_text(encoding="utf-8").replace(
            "date: 2024-01-16\n", "date: 2024-01-16\nperiod: 2024\n"
        ),
        encoding="utf-8",
    )
    write(known / "planctl.toml", 'period = "2025-2026"\n')
    assert codes(run_cli, known)[1] == BASELINE


@pytest.mark.parametrize(
    "value", ["2024", '"2024"', '"2023 - 2024"', "{start = 2024-01-01, end = 2024-12-31}"]
)
def test_period_forms(tmp_path: Path, value: str) -> None:
    config = load_config(write(tmp_path / "planctl.toml", f"period = {value}\n"))
    assert config.period is not None
    assert config.period[1].isoformat() == "2024-12-31"


def test_language_from_the_file_and_what_beats_it(known: Path, run_cli: Any) -> None:
    write(known / "planctl.toml", 'lang = "en"\n')
    run = ["validate", KNOWN_FOLDER]
    english = run_cli(run, cwd=known, env=CLEAN_ENV)
    assert "1 error(s), 2 warning(s)" in english.stdout
    env = run_cli(run, cwd=known, env={**CLEAN_ENV, "PLANCTL_LANG": "vi"})
    assert "1 lỗi, 2 cảnh báo" in env.stdout
    option = run_cli([*run, "--lang", "vi"], cwd=known, env=CLEAN_ENV)
    assert "1 lỗi, 2 cảnh báo" in option.stdout


def test_format_from_the_file(known: Path, run_cli: Any) -> None:
    write(known / "planctl.toml", 'format = "json"\n')
    result = run_cli(["validate", KNOWN_FOLDER], cwd=known, env=CLEAN_ENV)
    assert json.loads(result.stdout)["summary"]["errors"] == 1


# --- mistakes in the file ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            'ignores = ["U005"]',
            "planctl.toml:1:1: unknown configuration key `ignores`; did you mean `ignore`?",
        ),
        (
            'lang = "en"\nper_file_ignores = {}',
            "planctl.toml:2:1: unknown configuration key `per_file_ignores`; "
            "did you mean `per-file-ignores`?",
        ),
        ('ignore = ["U05"]', "planctl.toml:1:11: `ignore`: there is no rule U05; did you mean"),
        ('ignore = "U005"', "planctl.toml:1:1: `ignore` must be a list of rule codes"),
        ('ignore = ["S001"]', "planctl.toml:1:11: `ignore`: S001 cannot be ignored or demoted"),
        ('warning = ["S"]', "planctl.toml:1:12: `warning`: S cannot be ignored or demoted"),
        (
            'ignore = ["D006"]\nerror = ["D006"]',
            "planctl.toml:2:10: D006 is in both `ignore` and `error`",
        ),
        ('lang = "fr"', "planctl.toml:1:1: `lang` must be one of: vi, en (got 'fr')"),
        ('format = "xml"', "planctl.toml:1:1: `format` must be one of: text, json, github, sarif"),
        ("period = 24", "planctl.toml:1:1: `period` must be a year (2024)"),
        ("strict = 1", "planctl.toml:1:1: `strict` must be one of: true, false"),
        ('ignore = ["U005"\nlang = "en"', "planctl.toml:2:1: TOML syntax error"),
        (
            '\n\n[per-file-ignores]\n"*.yaml" = ["X"]',
            # At the wrong code itself (line 4, column 13), as plan findings are.
            "planctl.toml:4:13: `per-file-ignores`: there is no rule X",
        ),
    ],
)
def test_configuration_errors(known: Path, run_cli: Any, toml: str, message: str) -> None:
    write(known / "planctl.toml", toml + "\n")
    result = run_cli(["validate", KNOWN_FOLDER, "--lang", "en"], cwd=known, env=CLEAN_ENV)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"planctl: {message}" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = write(tmp_path / "planctl.toml", 'ignor = []\nlang = "xx"\nerror = ["Q123"]\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    lines = caught.value.lines("vi")
    assert [line.split(":")[1] for line in lines] == ["1", "2", "3"]
    assert "có phải ý bạn là `ignore`?" in lines[0]


def test_pyproject_errors_point_into_the_tool_table(tmp_path: Path) -> None:
    path = write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\nlang = "en"\n\n[tool.planctl]\nlang = "de"\n',
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    (line,) = caught.value.lines("en")
    assert "pyproject.toml:6:1: `lang` must be one of: vi, en (got 'de')" in line


def test_config_defaults() -> None:
    config = Config()
    assert config.severity_of("U005", Severity.WARNING) is Severity.WARNING
    assert config.severity_of("S001", Severity.ERROR) is Severity.ERROR


# --- inline suppression -----------------------------------------------------------------------


def comment_line(root: Path, line: int, comment: str) -> None:
    plan = root / PLAN
    lines = plan.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[line - 1] = lines[line - 1].rstrip("\n") + f"  {comment}\n"
    plan.write_text("".join(lines), encoding="utf-8")


@pytest.mark.parametrize(
    ("line", "comment", "expected"),
    [
        (27, "# planctl: ignore[U005]", [("U001", "error"), ("D006", "warning")]),
        (27, "#planctl:ignore[u005]", [("U001", "error"), ("D006", "warning")]),
        # U005 hides nothing on line 48: reported (T006)
        (
            48,
            "# planctl: ignore[U001,U005]",
            [("U005", "warning"), ("T006", "warning"), ("D006", "warning")],
        ),
        (48, "# planctl: ignore[U]", [("U005", "warning"), ("D006", "warning")]),
        (62, "# planctl: ignore[D006] (đã có kế hoạch kiểm tra riêng)", BASELINE[:2]),
        (27, "# planctl: ignore[U001]", [BASELINE[0], ("T006", "warning"), *BASELINE[1:]]),
        (27, "# planctl: ignore", BASELINE),  # codes are required
        (26, "# planctl: ignore[U005]", [("T006", "warning"), *BASELINE]),  # another line
    ],
)
def test_inline_suppression(
    known: Path, run_cli: Any, line: int, comment: str, expected: list[tuple[str, str]]
) -> None:
    comment_line(known, line, comment)
    assert codes(run_cli, known)[1] == expected


def test_inline_suppression_turns_the_exit_code(known: Path, run_cli: Any) -> None:
    comment_line(known, 48, "# planctl: ignore[U001]")
    assert codes(run_cli, known)[0] == 0


def test_schema_findings_cannot_be_suppressed(known: Path, run_cli: Any) -> None:
    plan = known / PLAN
    text = plan.read_text(encoding="utf-8").replace(
        "number: 136\n", "numbr: 136  # planctl: ignore[S001]\n"
    )
    plan.write_text(text, encoding="utf-8")
    code, found, _ = codes(run_cli, known)
    assert code == 1 and ("S001", "error") in found


def test_line_ignores_parses_comments_only() -> None:
    text = (
        'a: 1  # planctl: ignore[D004, U005]\nb: "x#planctl: ignore[U001]"\n# planctl: ignore[]\n'
    )
    assert line_ignores(text) == {1: ("D004", "U005")}


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        # Each wrong code of a list is reported, at its own column.
        ('ignore = ["U05", "Q1"]', ["1:11: `ignore`: there is no rule U05", "1:18: `ignore`"]),
        (
            '[build]\noutputs = ["pdff"]\njobs = -1\nformat = 1',
            [
                "2:12: `build.outputs` must be one of: docx, xlsx, csv, pdf (got 'pdff')",
                "3:1: `build.jobs` must be one of: 0, 1, 2, …",
                "4:1: unknown configuration key `build.format`",
            ],
        ),
        (
            'build = {jobs = 2, output = ["csv"]}',
            ["1:20: unknown configuration key `build.output`"],
        ),
        ("build = 3", ["1:1: `build` must be a TOML table"]),
    ],
)
def test_problems_are_positioned_at_line_and_column(
    tmp_path: Path, toml: str, expected: list[str]
) -> None:
    path = write(tmp_path / "planctl.toml", toml + "\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    lines = [line.split("planctl.toml:", 1)[1] for line in caught.value.lines("en")]
    assert len(lines) == len(expected), lines
    for line, start in zip(lines, expected, strict=True):
        assert line.startswith(start), lines


def test_build_outputs_come_from_the_output_table(tmp_path: Path) -> None:
    from planctl.build.outputs import OUTPUT_NAMES

    names = ", ".join(f'"{name}"' for name in OUTPUT_NAMES)
    config = load_config(write(tmp_path / "planctl.toml", f"[build]\noutputs = [{names}]\n"))
    assert config.build_outputs == OUTPUT_NAMES
