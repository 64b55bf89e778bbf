"""Files planctl writes get the permissions any program's new file gets (0666 less the umask),
and a file it rewrites keeps its own, so that colleagues sharing a folder keep their access
(issue #11, item 4). Every command that writes: build (outputs, manifest), schema, validate
-o, new, fmt, ids."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from planctl.build.manifest import MANIFEST_LOCK, MANIFEST_NAME

from .conftest import DATA

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "plans" / "quang-ngai" / "2024-kh-truyen-thong-kiem-soat-tthc.yaml"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    """`umask(0o002)`: the test runs under that umask; the old one comes back after."""
    old = os.umask(0o022)
    os.umask(old)

    def set_umask(mask: int) -> None:
        os.umask(mask)

    yield set_umask
    os.umask(old)


@pytest.mark.parametrize(("mask", "expected"), [(0o002, 0o664), (0o022, 0o644), (0o077, 0o600)])
def test_build_outputs_follow_the_umask(
    project: Path,
    run_cli: Callable[..., Any],
    umask: Callable[[int], None],
    mask: int,
    expected: int,
) -> None:
    umask(mask)
    result = run_cli(["build", "plans", "-o", "out", "--xlsx", "--csv"], cwd=project.parent)
    assert result.exit_code == 0, result.output
    out = project.parent / "out"
    written = [p for p in out.rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert {MANIFEST_NAME, MANIFEST_LOCK, "plan-zero.docx", "plan-zero.xlsx"} <= names
    assert {p.relative_to(out).as_posix(): _mode(p) for p in written} == {
        p.relative_to(out).as_posix(): expected for p in written
    }


def test_a_rebuilt_output_keeps_its_mode(
    project: Path, run_cli: Callable[..., Any], umask: Callable[[int], None]
) -> None:
    umask(0o022)
    assert run_cli(["build", "plans", "-o", "out", "-q"], cwd=project.parent).exit_code == 0
    docx = project.parent / "out" / "plans" / "plan-zero.docx"
    manifest = project.parent / "out" / MANIFEST_NAME
    docx.chmod(0o640)
    manifest.chmod(0o660)
    plan = project / "plan-zero.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("Tập huấn", "Bồi dưỡng"), "utf-8")
    result = run_cli(["build", "plans", "-o", "out", "--lang", "en"], cwd=project.parent)
    assert result.exit_code == 0 and "1 built" in result.stdout, result.output
    assert _mode(docx) == 0o640
    assert _mode(manifest) == 0o660


def test_schema_and_validate_reports_follow_the_umask(
    project: Path, run_cli: Callable[..., Any], umask: Callable[[int], None]
) -> None:
    umask(0o002)
    root = project.parent
    assert run_cli(["schema", "-o", "plan.schema.json"], cwd=root).exit_code == 0
    assert _mode(root / "plan.schema.json") == 0o664
    result = run_cli(["validate", "plans", "--format", "json", "-o", "report.json"], cwd=root)
    assert result.exit_code in (0, 1), result.output
    assert _mode(root / "report.json") == 0o664
    # Rewritten: the mode it has.
    (root / "report.json").chmod(0o640)
    run_cli(["validate", "plans", "--format", "sarif", "-o", "report.json"], cwd=root)
    assert _mode(root / "report.json") == 0o640


def test_new_follows_the_umask(
    tmp_path: Path, run_cli: Callable[..., Any], umask: Callable[[int], None]
) -> None:
    umask(0o002)
    folder = tmp_path / "quang-ngai"
    folder.mkdir()
    shutil.copy(SAMPLE.parent / "org.yaml", folder / "org.yaml")
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    target = folder / "2025.yaml"
    result = run_cli(
        ["new", "--from", str(folder / SAMPLE.name), "--year", "2025", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert _mode(target) == 0o664


UNFORMATTED = "title: 'Kế hoạch'\nkind: plan\n"


@pytest.mark.parametrize("mode", [0o664, 0o640, 0o600])
def test_fmt_and_ids_keep_the_mode_of_the_file_they_rewrite(
    tmp_path: Path, run_cli: Callable[..., Any], umask: Callable[[int], None], mode: int
) -> None:
    umask(0o077)  # whatever the umask: the file's own mode stays
    messy = tmp_path / "messy.yaml"
    messy.write_text(UNFORMATTED, encoding="utf-8")
    messy.chmod(mode)
    result = run_cli(["fmt", str(messy)])
    assert result.exit_code == 0, result.output
    assert messy.read_text(encoding="utf-8") != UNFORMATTED
    assert _mode(messy) == mode

    shutil.copy(DATA / "org.yaml", tmp_path / "org.yaml")
    plan = tmp_path / "plan.yaml"
    text = (DATA / "plan-zero.yaml").read_text(encoding="utf-8")
    plan.write_text(text.replace("  - id: ke-hoach\n    content:", "  - content:"), "utf-8")
    plan.chmod(mode)
    result = run_cli(["ids", str(plan)])
    assert result.exit_code == 0, result.output
    assert "id: xay-dung-ke-hoach" in plan.read_text(encoding="utf-8")
    assert _mode(plan) == mode
