"""Suppression comments: the file-level `# planctl: ignore-file[…]`, and T006 for a code in a
comment that hides nothing, names no rule, or names an S rule (as ruff's RUF100)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ci_support import KNOWN_FOLDER

from planctl.suppress import directives

PLAN = f"{KNOWN_FOLDER}/plan.yaml"


def comment(root: Path, line: int, text: str) -> str:
    """Append `text` to line `line` of the known plan (0: a new first line); the line."""
    plan = root / PLAN
    lines = plan.read_text(encoding="utf-8").splitlines(keepends=True)
    if line == 0:
        lines.insert(0, text + "\n")
        changed = text
    else:
        changed = lines[line - 1].rstrip("\n") + f"  {text}"
        lines[line - 1] = changed + "\n"
    plan.write_text("".join(lines), encoding="utf-8")
    return changed


def found(run_cli: Any, root: Path, lang: str = "en") -> Any:
    return run_cli(["validate", KNOWN_FOLDER, "--lang", lang], cwd=root)


def test_ignore_file_hides_a_code_everywhere_in_the_file(known: Path, run_cli: Any) -> None:
    comment(known, 0, "# planctl: ignore-file[U001, D006]  (đơn vị mới, chưa vào danh mục)")
    result = found(run_cli, known)
    assert [(f.code, f.line) for f in result.findings] == [("U005", 28)]
    assert result.exit_code == 0


def test_ignore_file_takes_prefixes_and_any_line(known: Path, run_cli: Any) -> None:
    comment(known, 10, "# planctl: ignore-file[U]")
    assert [f.code for f in found(run_cli, known).findings] == ["D006"]


def test_ignore_file_never_hides_s_rules(known: Path, run_cli: Any) -> None:
    plan = known / PLAN
    plan.write_text(plan.read_text(encoding="utf-8").replace("number:", "numbr:"), "utf-8")
    comment(known, 0, "# planctl: ignore-file[S001]")
    codes = [f.code for f in found(run_cli, known).findings]
    assert "S001" in codes and "T006" in codes


def test_unused_line_code_is_reported_at_its_column(known: Path, run_cli: Any) -> None:
    line = comment(known, 48, "# planctl: ignore[U001,D005]")
    result = found(run_cli, known)
    t006 = result.only("T006")
    assert (t006.line, t006.col) == (48, line.index("D005") + 1)
    assert t006.severity == "warning"
    assert t006.message == "comment `# planctl: ignore[…]`: there is no D005 finding on this line"
    assert t006.hint == "remove D005 from the comment"
    assert "U001" not in result.codes, "the used code still hides its finding"
    assert result.exit_code == 0, "T006 is a warning"


def test_unused_in_vietnamese(known: Path, run_cli: Any) -> None:
    comment(known, 26, "# planctl: ignore[U005]")
    t006 = found(run_cli, known, "vi").only("T006")
    assert t006.message == "chú thích `# planctl: ignore[…]`: không có lỗi U005 nào ở dòng này"
    assert t006.hint == "xoá U005 khỏi chú thích"


def test_unused_file_level_code(known: Path, run_cli: Any) -> None:
    comment(known, 0, "# planctl: ignore-file[R001]")
    t006 = found(run_cli, known).only("T006")
    assert (t006.line, t006.col) == (1, len("# planctl: ignore-file[") + 1)
    assert t006.message.endswith("there is no R001 finding in this file")


def test_unknown_code_is_reported_with_the_closest(known: Path, run_cli: Any) -> None:
    comment(known, 27, "# planctl: ignore[U05]")
    result = found(run_cli, known)
    t006 = result.only("T006")
    assert t006.message.endswith("there is no rule U05")
    assert t006.hint == "write U005"
    assert "U005" in result.codes, "a mistyped code hides nothing"
    vi = found(run_cli, known, "vi").only("T006")
    assert vi.message.endswith("không có quy tắc U05") and vi.hint == "sửa thành U005"


def test_s_code_in_a_comment_is_reported(known: Path, run_cli: Any) -> None:
    comment(known, 27, "# planctl: ignore[S001]")
    t006 = found(run_cli, known).only("T006")
    assert "S001 is an S rule, which is never hidden" in t006.message


def test_code_the_configuration_ignores_is_not_unused(known: Path, run_cli: Any) -> None:
    (known / "planctl.toml").write_text('ignore = ["D005"]\n', encoding="utf-8")
    comment(known, 62, "# planctl: ignore[D005]")
    assert "T006" not in found(run_cli, known).codes


def test_t006_can_be_ignored(known: Path, run_cli: Any) -> None:
    (known / "planctl.toml").write_text('ignore = ["T006"]\n', encoding="utf-8")
    comment(known, 26, "# planctl: ignore[U005]")
    assert "T006" not in found(run_cli, known).codes
    result = run_cli(["validate", KNOWN_FOLDER, "--ignore", "D"], cwd=known)
    assert result.codes == ["T006", "U005", "U001"], "--ignore replaces the file's ignore"


def test_no_unused_report_when_the_plan_cannot_be_checked(known: Path, run_cli: Any) -> None:
    plan = known / PLAN
    plan.write_text(plan.read_text(encoding="utf-8").replace("number:", "numbr:"), "utf-8")
    comment(known, 26, "# planctl: ignore[U005]")
    assert "T006" not in found(run_cli, known).codes


def test_directives_parse_codes_and_columns() -> None:
    text = (
        "a: 1  # planctl: ignore[D004, u005]\n"
        "# planctl: ignore-file[N]\n"
        "b: 'x#planctl: ignore[U1]'\n"
    )
    got = [(d.line, d.col, d.code, d.whole_file) for d in directives(text)]
    assert got == [(1, 25, "D004", False), (1, 31, "U005", False), (2, 24, "N", True)]


def test_explain_t006_in_both_languages(run_cli: Any) -> None:
    en = run_cli(["explain", "T006", "--lang", "en"])
    vi = run_cli(["explain", "T006"])
    assert en.exit_code == vi.exit_code == 0
    assert "unused-suppression" in en.stdout and "ignore-file" in en.stdout
    assert "Xoá mã đó khỏi chú thích" in vi.stdout
