"""Item 11: no text from a plan becomes a GitHub Actions workflow command. A newline in a unit
name printed a line starting `::error file=README.md…`, which the runner executes: in the
text format, in the github format from the 11th finding on (plain lines), and on build's
stderr. The runner also splits lines at CR, and reads `##[command]` anywhere in a line."""

from __future__ import annotations

import json
import re

import pytest

PAYLOAD = "::error file=README.md,line=1::pwned"
HOSTILE = [
    f"Phòng A\\n{PAYLOAD}",  # YAML escapes, in a double-quoted scalar
    f"Phòng B\\r{PAYLOAD}",
    "Phòng C\\n  ::add-mask::secret",
    "Phòng D ##[error]legacy command",
    "Phòng E ##vso[task.setvariable variable=x]1",
    "Phòng F\\u2028::warning::separator",
]


def _plan(plans, names: list[str]) -> str:
    quoted = ", ".join(f'"{name}"' for name in names)
    return plans.edit(
        ("    support: [Trung tâm Thông tin, Cục Báo chí]", f"    support: [{quoted}]")
    )


def _commands(output: str) -> list[str]:
    """Lines a runner would take for workflow commands (split at CR and LF, as it does)."""
    lines = re.split(r"\r\n|\r|\n", output)
    found = [line for line in lines if line.lstrip(" \t").startswith("::")]
    found += [line for line in lines if re.search(r"##(vso)?\[", line, re.IGNORECASE)]
    return found


def test_text_format_prints_no_command(plans, run_planctl) -> None:
    plans.write(_plan(plans, HOSTILE))
    result = run_planctl(["validate", "plan.yaml", "--lang", "en"], cwd=plans.folder)
    assert result.exit_code == 1
    assert _commands(result.stdout + result.stderr) == []
    # Each finding is one line, and shows what the file holds.
    u001 = [f for f in result.findings if f.code == "U001"]
    assert len(u001) == len(HOSTILE)
    assert any(f"Phòng A\\n{PAYLOAD}" in f.message for f in u001)
    # A CR in a text is read as a line break (item 13), escaped as one.
    assert any(f"Phòng B\\n{PAYLOAD}" in f.message for f in u001)
    # U+2028 is stripped as Word's line separator (T003) before any report sees it.
    assert any("Phòng F ::warning::separator" in f.message for f in u001)


def test_github_format_annotates_the_first_ten_and_commands_nothing_else(
    plans, run_planctl
) -> None:
    names = [HOSTILE[i % len(HOSTILE)] + f" {i}" for i in range(14)]
    plans.write(_plan(plans, names))
    result = run_planctl(
        ["validate", "plan.yaml", "--format", "github", "--lang", "en"], cwd=plans.folder
    )
    assert result.exit_code == 1
    commands = _commands(result.stdout)
    annotations = [c for c in commands if c.startswith("::error file=plan.yaml,")]
    warnings = [c for c in commands if c.startswith("::warning file=plan.yaml,")]  # T003
    notices = [c for c in commands if c.startswith("::notice title=planctl::")]
    assert len(annotations) == 10
    assert len(notices) == 1
    assert sorted(commands) == sorted(annotations + warnings + notices), commands
    # The annotations' own data escapes CR and LF (%0D, %0A): each is one line.
    assert any(f"Phòng A%0A{PAYLOAD}" in a for a in annotations)


def test_build_stderr_prints_no_command(plans, run_planctl) -> None:
    plans.write(_plan(plans, HOSTILE))
    result = run_planctl(["build", "plan.yaml", "-o", "out", "--lang", "en"], cwd=plans.folder)
    assert result.exit_code == 1
    assert "U001" in result.stderr
    assert _commands(result.stdout + result.stderr) == []


@pytest.mark.parametrize(
    "name", ["::error file=README.md::x.yaml", "x\r::error file=README.md::y.yaml"]
)
def test_a_file_name_cannot_start_a_command(name: str, plans, run_planctl) -> None:
    plans.write(plans.valid.replace("[Văn phòng Bộ]", "[Không có]", 1), name=name)
    for command in (["validate", name], ["build", name, "-o", "out"], ["fmt", "--check", name]):
        result = run_planctl([*command, "--lang", "en"], cwd=plans.folder)
        assert _commands(result.stdout + result.stderr) == [], (command, result.output)


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_formats_carry_the_text_without_a_legacy_command(fmt, plans, run_planctl) -> None:
    plans.write(_plan(plans, HOSTILE))
    result = run_planctl(
        ["validate", "plan.yaml", "--format", fmt, "--lang", "en"], cwd=plans.folder
    )
    assert _commands(result.stdout) == []
    document = json.loads(result.stdout)
    text = json.dumps(document, ensure_ascii=False)
    # The same JSON: the decoded messages hold the names exactly as the plan does.
    assert "Phòng D ##[error]legacy command" in text
    assert "Phòng A\\n" + PAYLOAD in text
