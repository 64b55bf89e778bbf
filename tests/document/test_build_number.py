"""The document number prints as the records office wrote it: `0155` keeps its zero."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from planctl.cli import app

DATA = Path(__file__).resolve().parents[1] / "outputs" / "data"


def _build(tmp_path: Path, number: str) -> tuple[int, str, str]:
    folder = tmp_path / "org"
    folder.mkdir()
    shutil.copy(DATA / "org.yaml", folder / "org.yaml")
    text = (DATA / "plan-zero.yaml").read_text(encoding="utf-8")
    assert "number: 25\n" in text
    (folder / "plan.yaml").write_text(text.replace("number: 25\n", f"number: {number}\n"))
    runner = CliRunner()
    checked = runner.invoke(app, ["validate", str(folder / "plan.yaml")])
    built = runner.invoke(app, ["build", str(folder / "plan.yaml"), "-o", str(tmp_path / "out")])
    if built.exit_code != 0:
        return built.exit_code, checked.output, ""
    (out,) = (tmp_path / "out").rglob("*.docx")
    body = "\n".join(
        p.text for t in docx.Document(str(out)).tables for c in t._cells for p in c.paragraphs
    )
    return built.exit_code, checked.output, body


@pytest.mark.parametrize(
    ("written", "printed"),
    [
        ("0155", "Số: 0155/KH-"),
        ('"0155"', "Số: 0155/KH-"),
        ("155", "Số: 155/KH-"),
        ("5", "Số: 05/KH-"),
    ],
)
def test_number_prints_as_written(tmp_path: Path, written: str, printed: str) -> None:
    code, _, body = _build(tmp_path, written)
    assert code == 0
    assert printed in body
    assert "Số: 109/" not in body


def test_a_number_that_is_not_digits_is_reported(tmp_path: Path) -> None:
    code, checked, _ = _build(tmp_path, "1:30")
    assert code != 0
    assert "S003" in checked and "`number`" in checked
