"""PDF through LibreOffice: found on the PATH or reported missing, run headless with a
private profile and a time limit. The real conversion runs where LibreOffice is installed."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from planctl.render.pdf import (
    PdfConversionError,
    PdfUnavailable,
    convert_to_pdf,
    find_soffice,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="the fake soffice is a shell script")

FAKE = """#!/bin/sh
# Stands in for LibreOffice: records its arguments, writes <stem>.pdf into --outdir.
printf '%s\\n' "$@" > "{log}"
{body}
"""
WRITES_PDF = """
while [ "$#" -gt 0 ]; do
  case "$1" in --outdir) shift; out="$1";; *) last="$1";; esac
  shift
done
mkdir -p "$out"
name=$(basename "$last" .docx)
printf '%%PDF-1.7 fake\\n' > "$out/$name.pdf"
"""


def _fake(folder: Path, body: str, name: str = "soffice") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / name
    script.write_text(FAKE.format(log=folder / "args.txt", body=body), encoding="utf-8")
    script.chmod(0o755)
    return script


def _docx(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_paragraph("KẾ HOẠCH Tuyên truyền cải cách hành chính năm 2024")
    document.save(str(path))
    return path


def test_missing_soffice_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("PLANCTL_SOFFICE", raising=False)
    assert find_soffice() is None
    with pytest.raises(PdfUnavailable):
        convert_to_pdf(tmp_path / "a.docx", tmp_path)


@posix_only
def test_finds_libreoffice_by_either_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLANCTL_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    _fake(tmp_path, "", name="libreoffice")
    assert find_soffice() == str(tmp_path / "libreoffice")
    _fake(tmp_path, "", name="soffice")
    assert find_soffice() == str(tmp_path / "soffice")


@posix_only
def test_runs_headless_with_private_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    _fake(bin_dir, WRITES_PDF)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.delenv("PLANCTL_SOFFICE", raising=False)
    assert find_soffice() == str(bin_dir / "soffice")
    docx = tmp_path / "Kế hoạch 136.docx"
    docx.write_bytes(b"PK")
    out = tmp_path / "build"
    pdf = convert_to_pdf(docx, out)
    assert pdf == out / "Kế hoạch 136.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    args = (bin_dir / "args.txt").read_text(encoding="utf-8").splitlines()
    assert "--headless" in args
    assert "--convert-to" in args
    profile = next(a for a in args if a.startswith("-env:UserInstallation=file://"))
    assert "planctl-soffice-" in profile
    assert args[-1] == str(docx.resolve())
    assert not list(out.glob("*.tmp"))


@posix_only
def test_explicit_program_and_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = _fake(tmp_path / "bin", "echo 'Error: source file could not be loaded' >&2\nexit 1")
    monkeypatch.setenv("PLANCTL_SOFFICE", str(script))
    assert find_soffice() == str(script)
    (tmp_path / "a.pdf").write_bytes(b"%PDF old")
    with pytest.raises(PdfConversionError, match="could not be loaded"):
        convert_to_pdf(tmp_path / "a.docx", tmp_path)
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF old"  # the last good PDF stays


@posix_only
def test_timeout_ends_the_conversion(tmp_path: Path) -> None:
    script = _fake(tmp_path / "bin", "sleep 30 &\nwait")
    started = time.monotonic()
    with pytest.raises(PdfConversionError, match="timeout"):
        convert_to_pdf(tmp_path / "a.docx", tmp_path, soffice=str(script), timeout=0.5)
    assert time.monotonic() - started < 10


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_real_libreoffice_conversion(tmp_path: Path) -> None:
    docx = _docx(tmp_path / "ke-hoach.docx")
    pdf = convert_to_pdf(docx, tmp_path / "out")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 1000
