"""`planctl import` on documents made by other producers (LibreOffice, pandoc, python-docx,
TCVN3 and VNI typing): every task, unit and deadline comes in, and the report lists exactly
what was not mapped.

Each fixture in tests/fixtures/import is imported through the command line, as a clerk runs
it, into a folder holding the fixture's registry (org.yaml); the plan YAML written there is
compared task by task with the fixture's expected.yaml.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from .foreign_support import (
    FIXTURES,
    FOREIGN,
    as_expected,
    expected,
    expected_tasks,
    imported_tasks,
)

pytest.importorskip("planctl.commands.import_", reason="the import command is not merged yet")

from planctl.cli import app


def run_import(name: str, tmp_path: Path, *extra: str) -> tuple[int, str, dict[str, Any], Path]:
    """Import a fixture into a copy of its registry; (exit code, output, plan data, folder)."""
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy(FIXTURES / name / "org.yaml", folder / "org.yaml")
    result = CliRunner().invoke(
        app, ["import", str(FIXTURES / name / "plan.docx"), "-o", str(folder), *extra]
    )
    written = sorted(p for p in folder.glob("*.yaml") if not p.name.startswith("org."))
    assert len(written) == 1, (result.output, written)
    plan = yaml.safe_load(written[0].read_text("utf-8"))
    return result.exit_code, result.output, plan, folder


@pytest.mark.parametrize("name", FOREIGN)
def test_every_task_unit_and_deadline_comes_in(name: str, tmp_path: Path) -> None:
    data = expected(name)
    code, output, plan, _ = run_import(name, tmp_path)
    assert code == 0, output
    with_result = "result" in data["tasks"][0]
    got = [as_expected(task, with_result) for _, task in imported_tasks(plan)]
    want = expected_tasks(data, data.get("near_matches", {}))
    assert len(got) == len(want)
    for index, (imported, task) in enumerate(zip(got, want, strict=True), start=1):
        assert imported == task, f"task {index}"
