"""Safe writes: every output is rendered in memory, then written to a temporary file and
renamed into place; a build that fails leaves the earlier output byte for byte."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from planctl.build import outputs
from planctl.build.context import RenderContext

from .conftest import build


def _edit_title(plan: Path) -> None:
    """Change the plan so that the next build has something new to write."""
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("Kế hoạch thử nghiệm", "Kế hoạch sửa đổi"), encoding="utf-8")


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


@pytest.fixture
def first(org: Path, tmp_path: Path) -> tuple[Path, bytes]:
    code, _, err = build([org / "table-appendix.yaml"], tmp_path / "out", quiet=True)
    assert code == 0, err
    output = tmp_path / "out" / "org" / "table-appendix.docx"
    return output, output.read_bytes()


def test_a_render_failure_leaves_the_old_file(
    org: Path, tmp_path: Path, first: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    output, before = first

    def broken(*_args: object, **_kwargs: object) -> bytes:
        raise RuntimeError("the writer broke half way")

    monkeypatch.setattr("planctl.render.docx_writer.DocxWriter.write", broken)
    _edit_title(org / "table-appendix.yaml")
    code, _, err = build([org / "table-appendix.yaml"], tmp_path / "out", quiet=True)
    assert code == 1
    assert "the writer broke half way" in err and "Traceback" not in err
    assert output.read_bytes() == before
    assert _leftovers(tmp_path / "out") == []


def test_a_write_failure_leaves_the_old_file(
    org: Path, tmp_path: Path, first: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    output, before = first
    real_replace = os.replace

    def failing_replace(src: str | Path, dst: str | Path) -> None:
        if str(dst).endswith(".docx"):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    _edit_title(org / "table-appendix.yaml")
    code, _, err = build([org / "table-appendix.yaml"], tmp_path / "out", quiet=True)
    assert code == 1
    assert "No space left on device" in err and "Traceback" not in err
    assert output.read_bytes() == before
    assert _leftovers(tmp_path / "out") == []


def test_one_failing_writer_writes_nothing(
    org: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outputs of a plan are all rendered before any is written."""

    def failing(context: RenderContext, made: object) -> bytes:
        raise RuntimeError("no")

    monkeypatch.setitem(outputs.OUTPUTS, "broken", outputs.Output("broken", ".broken", failing))
    out = tmp_path / "direct"
    plan = org / "table-appendix.yaml"
    code, _, err = build([plan], out, quiet=True, formats=("docx", "broken"))
    assert code == 1 and "RuntimeError: no" in err
    assert not out.exists() or [p for p in out.rglob("*") if p.is_file()] == []
    code, _, err = build([plan], out, quiet=True)
    assert code == 0, err
    written = out / "org" / "table-appendix.docx"
    assert written.read_bytes()[:2] == b"PK"
