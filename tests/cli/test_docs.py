"""The Vietnamese guide (docs/huong-dan.md) and the README say what the commands do: their
examples are run here and compared with what planctl prints (issue #15, item 4)."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from planctl.cli import app
from planctl.commands import init as init_command
from planctl.load import load_yaml_text
from planctl.model.from_data import parse_registry
from planctl.model.registry import Issuer, SignerEntry, Unit, UnitGroup

Run = Callable[..., Any]
REPO = Path(__file__).resolve().parents[2]
GUIDE = (REPO / "docs" / "huong-dan.md").read_text(encoding="utf-8")
README = (REPO / "README.md").read_text(encoding="utf-8")


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start : end if end >= 0 else len(text)]


def _blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, re.DOTALL)


def test_the_guides_init_session_is_what_init_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (session,) = _blocks(_section(GUIDE, "## 2. Bắt đầu"), "console")
    lines = session.splitlines()[1:]  # after "$ planctl init"
    questions = [line for line in lines if not line.startswith(("Đã tạo", "  ", "Tiếp theo"))]
    answers = ["" if q.endswith(":") else q.rsplit(": ", 1)[1] for q in questions]
    monkeypatch.setattr(init_command, "is_terminal", lambda: True)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["init"], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    this_year = re.compile(r"\[\d{4}\]")  # the default year is this year
    printed = [this_year.sub("[YEAR]", line.rstrip()) for line in result.output.splitlines()]
    assert printed == [this_year.sub("[YEAR]", line) for line in lines]


def test_the_readmes_init_example(tmp_path: Path, run_cli: Run) -> None:
    block = next(b for b in _blocks(README, "console") if "$ planctl init" in b)
    command = block.split("\n")[0:3]
    args = shlex.split(" ".join(line.rstrip("\\") for line in command).removeprefix("$ "))
    result = run_cli(args[1:], cwd=tmp_path)
    assert result.exit_code == 0, result.output
    shown = [line for line in block.splitlines()[3:] if line and not line.startswith(("$", "…"))]
    assert result.stdout.splitlines()[: len(shown)] == shown
    follow = next(line for line in block.splitlines() if line.startswith("$ planctl validate"))
    for part in follow.removeprefix("$ ").split(" && "):
        assert run_cli(shlex.split(part)[1:], cwd=tmp_path).exit_code == 0, part


def test_the_guides_script_example_runs(tmp_path: Path, run_cli: Run) -> None:
    block = next(b for b in _blocks(_section(GUIDE, "## 2."), "sh") if "--issuer" in b)
    args = shlex.split(block.replace("\\\n", " "))
    assert args[:2] == ["planctl", "init"]
    result = run_cli(args[1:], cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert run_cli(["validate", "--strict"], cwd=tmp_path).exit_code == 0


def test_the_guides_init_table_names_every_option() -> None:
    table = _section(GUIDE, "## 2.")
    result = CliRunner().invoke(app, ["init", "--help"])
    options = set(re.findall(r"(--[a-z-]+)", result.output)) - {"--help", "--lang"}
    documented = set(re.findall(r"`(--[a-z-]+)`", table))
    assert options <= documented, options - documented


def test_the_guides_org_yaml_example_is_a_valid_registry() -> None:
    section = _section(GUIDE, "## 8.")
    example = next(b for b in _blocks(section, "yaml") if "issuer:" in b)
    registry, findings = parse_registry(load_yaml_text(example, "org.yaml"))
    assert registry is not None and findings == []
    assert [s.authority.value for s in registry.signers] == ["", "KT"]


@pytest.mark.parametrize(
    ("heading", "model"),
    [("### `issuer`", Issuer), ("### `units`", Unit), ("### `signers`", SignerEntry)],
)
def test_the_org_yaml_reference_lists_every_key(heading: str, model: type[Any]) -> None:
    table = _section(GUIDE, heading).split("\n### ")[0]
    keys = set(re.findall(r"^\| `([a-z_]+)`(?:, `([a-z_]+)`)?", table, re.MULTILINE))
    documented = {k for pair in keys for k in pair if k}
    assert documented == set(model.model_fields), set(model.model_fields) ^ documented


def test_the_org_yaml_reference_names_every_group_key() -> None:
    text = _section(GUIDE, "### `groups`").split("\n### ")[0]
    for key in UnitGroup.model_fields:
        assert f"`{key}`" in text, key
