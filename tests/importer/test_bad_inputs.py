"""Bad or foreign input, and an existing file: a clear message, a non-zero exit, no traceback."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from .helpers import REPO, cli
from .word_document import make_word_plan

SHARED_BAD = Path("/work/shared/bad-inputs")


def _txt_as_docx(path: Path) -> Path:
    path.write_text("Kế hoạch gõ bằng Notepad\n", encoding="utf-8")
    return path


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _zip_without_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a Word package")
    return path


def _truncated(path: Path) -> Path:
    full = make_word_plan(path.with_name("full.docx")).read_bytes()
    path.write_bytes(full[: len(full) // 2])
    return path


def _ole(path: Path) -> Path:
    # The OLE2 signature: a Word 97-2003 .doc, or a .docx saved with a password.
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    return path


CASES = {
    "txt-renamed.docx": (_txt_as_docx, "không phải tệp .docx", "not a .docx"),
    "empty.docx": (_empty, "tệp rỗng", "empty file"),
    "zip-no-document.docx": (_zip_without_document, "không đọc được như .docx", "cannot be read"),
    "truncated.docx": (_truncated, "không phải tệp .docx", "not a .docx"),
    "protected.docx": (_ole, "có mật khẩu", "password-protected"),
    "old-word.doc": (_ole, "Word 97-2003", "Word 97-2003"),
}


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_bad_docx_gives_a_clear_error(name: str, lang: str, tmp_path: Path) -> None:
    make, vi, en = CASES[name]
    source = make(tmp_path / name)
    out = tmp_path / "out"
    code, stdout, stderr = cli("import", str(source), "-o", str(out), "--lang", lang)
    assert code == 2
    assert "Traceback" not in stdout + stderr
    assert stderr.startswith(f"planctl: {source}")
    assert (en if lang == "en" else vi) in stderr
    assert not out.exists() or not list(out.iterdir())


@pytest.mark.parametrize(
    "path", sorted(SHARED_BAD.glob("*")) if SHARED_BAD.is_dir() else [], ids=lambda p: p.name
)
def test_shared_bad_inputs_are_refused(path: Path, tmp_path: Path) -> None:
    """The shared bad inputs are YAML, not documents: refused by their kind."""
    code, _, stderr = cli("import", str(path), "-o", str(tmp_path / "out"), "--lang", "en")
    assert code == 2
    assert "only .docx or .xlsx files can be imported" in stderr or "no such file" in stderr


def test_a_missing_file(tmp_path: Path) -> None:
    code, _, stderr = cli("import", str(tmp_path / "nothing.docx"), "--lang", "en")
    assert code == 2 and "no such file" in stderr


def test_an_existing_plan_is_not_overwritten_without_force(tmp_path: Path) -> None:
    source = make_word_plan(tmp_path / "word.docx")
    org = tmp_path / "org"
    org.mkdir()
    shutil.copy(REPO / "plans" / "quang-ngai" / "org.yaml", org / "org.yaml")
    registry = (org / "org.yaml").read_bytes()
    code, stdout, stderr = cli("import", str(source), "-o", str(org))
    assert code == 0, stdout + stderr
    plan = next(p for p in org.glob("2024-*.yaml"))
    plan.write_text("# the clerk's edits\n", encoding="utf-8")

    code, stdout, stderr = cli("import", str(source), "-o", str(org), "--lang", "en")
    assert code == 1
    assert f"{plan}: already exists; use --force to overwrite" in stderr
    assert plan.read_text(encoding="utf-8") == "# the clerk's edits\n"

    code, stdout, stderr = cli("import", str(source), "-o", str(org), "--force")
    assert code == 0, stdout + stderr
    assert "kind: plan" in plan.read_text(encoding="utf-8")
    # The registry is never edited: proposals go beside it.
    assert (org / "org.yaml").read_bytes() == registry
    proposals = (org / "org.import.yaml").read_text(encoding="utf-8")
    assert "Sở Tư pháp" in proposals


def test_a_new_office_gets_a_proposed_registry(tmp_path: Path) -> None:
    source = make_word_plan(tmp_path / "word.docx")
    org = tmp_path / "new-office"
    code, stdout, stderr = cli("import", str(source), "-o", str(org))
    assert code == 0, stdout + stderr
    registry = (org / "org.yaml").read_text(encoding="utf-8")
    assert "Sở Tư pháp" in registry and "Văn phòng UBND tỉnh" in registry
    plan = next(org.glob("2024-*.yaml"))
    # The proposed registry and the plan validate as they are.
    code, stdout, stderr = cli("validate", str(org))
    assert code == 0, stdout + stderr
    assert "signer: tran-phuoc-hien" in plan.read_text(encoding="utf-8")
