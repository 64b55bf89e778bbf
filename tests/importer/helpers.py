"""Shared helpers for the import tests: run the CLI in-process, build a plan, read a .docx."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planctl.cli import app

REPO = Path(__file__).resolve().parents[2]
PLANS = REPO / "plans"


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def build(plan: Path, out: Path) -> Path:
    code, stdout, stderr = cli("build", "--allow-errors", "--quiet", str(plan), "-o", str(out))
    assert code in (0, 1), stdout + stderr
    found = sorted(out.rglob(plan.stem + ".docx"))
    assert found, stdout + stderr
    return found[0]


def docx_text(path: Path) -> str:
    from planctl.textconv import convert

    return convert(path.read_bytes(), str(path))
