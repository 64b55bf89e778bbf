"""Helpers for the tests of `planctl diff`, `new --from`, `fmt` and `textconv`.

Plans are written to a temporary folder beside a copy of `fixtures/org.yaml`; a variant of
`fixtures/base.yaml` is made by exact text replacements, each of which must match, so that a
test states precisely what it changed. Commands run in-process through typer's CliRunner.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from planctl.cli import app
from planctl.diff.changes import PlanDiff, TaskChange, TaskChangeKind
from planctl.diff.compare import compare_plans
from planctl.diff.sources import read_disk_plan

FIXTURES = Path(__file__).parent / "fixtures"
BASE = FIXTURES / "base.yaml"
ORG = FIXTURES / "org.yaml"
REPO = Path(__file__).resolve().parents[2]
PLANS = REPO / "plans"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def planctl(*args: str, cwd: Path | None = None) -> Result:
    """Run `planctl ARGS` in-process; any exception other than an exit fails the test."""
    runner = CliRunner()
    previous = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = runner.invoke(app, list(args), env={"PLANCTL_LANG": None, "NO_COLOR": None})
    finally:
        os.chdir(previous)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"planctl raised {result.exception!r}") from result.exception
    return Result(result.exit_code, result.stdout, result.stderr)


def edit(text: str, *replacements: tuple[str, str]) -> str:
    for old, new in replacements:
        assert text.count(old) >= 1, f"not in the plan: {old!r}"
        text = text.replace(old, new)
    return text


class Workdir:
    """A folder holding the registry and the plans of one test."""

    def __init__(self, root: Path) -> None:
        self.root = root
        shutil.copy(ORG, root / "org.yaml")
        self.base_text = BASE.read_text(encoding="utf-8")

    def write(self, name: str, text: str) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def base(self, name: str = "old.yaml") -> Path:
        return self.write(name, self.base_text)

    def variant(self, *replacements: tuple[str, str], name: str = "new.yaml") -> Path:
        return self.write(name, edit(self.base_text, *replacements))

    def diff(self, *replacements: tuple[str, str], order: bool = False) -> PlanDiff:
        """The diff of the base plan against a variant of it."""
        old = read_disk_plan(self.base())
        new = read_disk_plan(self.variant(*replacements))
        return compare_plans(old, new, order=order)


def kinds(diff: PlanDiff) -> list[str]:
    return [c.kind.value for c in diff.tasks]


def only(diff: PlanDiff, kind: TaskChangeKind) -> TaskChange:
    found = diff.of_kind(kind)
    assert len(found) == 1, f"expected one {kind}, got {[c.kind for c in diff.tasks]}"
    return found[0]


def sample_plans() -> list[Path]:
    """The plans shipped under plans/ (none when the folder is missing)."""
    if not PLANS.is_dir():
        return []
    return sorted(
        p for p in PLANS.rglob("*.yaml") if p.name != "org.yaml" and "status" not in p.parts
    )
