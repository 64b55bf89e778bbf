"""A plan's facts are worked out in one place, and the rest of the code reads them.

These tests hold the layout to that: the year, the numbering, unit resolution and deadline
parsing each have one home, and code branches on a kind's properties, never on its name.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planctl.facts
from planctl.cli import app

SRC = Path(__file__).resolve().parents[2] / "src" / "planctl"
SAMPLE = Path(__file__).resolve().parents[2] / "plans" / "btttt"


def _sources(*allowed: str) -> list[tuple[str, str]]:
    """(path, text) of every module outside `allowed` (paths relative to src/planctl)."""
    out = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if not any(rel == a or rel.startswith(a.rstrip("/") + "/") for a in allowed):
            out.append((rel, path.read_text(encoding="utf-8")))
    return out


@pytest.mark.parametrize(
    ("pattern", "home"),
    [
        (r"_YEAR_IN_TITLE|title\)?\.year|\.title\b.*\bnăm\b", ("facts/period.py",)),
        (r"\btask_numbers\(", ("facts/",)),
        # schema.py lists a registry's names for editors; no plan is involved.
        (r"\bUnitIndex\(", ("facts/", "model/", "schema.py")),
        (r"\bparse_task_deadline\(", ("facts/",)),
    ],
)
def test_each_fact_has_one_home(pattern: str, home: tuple[str, ...]) -> None:
    offenders = [rel for rel, text in _sources(*home) if re.search(pattern, text)]
    assert offenders == [], f"{pattern} is worked out outside {home}: {offenders}"


def test_no_code_compares_a_kind_by_name() -> None:
    from planctl.model.kinds import KINDS

    names = "|".join(KINDS)
    models = "|".join(k.model.__name__ for k in KINDS.values() if k.issues_attachment)
    kind_names = rf"""(?:kind\s*==\s*["'](?:{names})["']|isinstance\([^)]*\b(?:{models})\))"""
    offenders = [rel for rel, text in _sources("model/") if re.search(kind_names, text)]
    assert offenders == []


def test_build_works_out_each_plan_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "btttt"
    shutil.copytree(SAMPLE, folder)
    plans = sorted(p for p in folder.glob("*.yaml") if p.name != "org.yaml")
    calls: list[str] = []
    real = planctl.facts.plan_period

    def counting(document: object) -> object:
        calls.append(type(document).__name__)
        return real(document)  # type: ignore[arg-type]

    monkeypatch.setattr(planctl.facts, "plan_period", counting)
    result = CliRunner().invoke(
        app, ["build", str(folder), "-o", str(tmp_path / "out"), "--xlsx", "--csv", "--jobs", "1"]
    )
    assert result.exit_code == 0, result.output
    assert len(plans) >= 2
    # Once per plan: validate's checks, the view and the three writers share the one result.
    assert len(calls) == len(plans)
