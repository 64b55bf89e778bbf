"""The .docx of every sample plan, byte for byte as recorded in golden/docx-bytes.txt.

A clerk signs what planctl prints, so a change to how the writer works (faster, other
library calls) must not change a byte of what it writes. The golden file holds, for each
.docx built here, the SHA-256 of every part in the zip, in the zip's order, and of the whole
file. The plans: every plan under plans/, the fixtures of tests/fixtures/kinds and build/org,
tests/outputs/data, and three made large by repeating tasks (large_plans.py): a 300-task
programme, a 200-task decision and a plan of 150 tasks written as paragraphs.

The parts are compared everywhere; the whole file too when this Python's zlib is the one that
recorded it (another zlib may compress the same parts to other bytes). A change meant to
change the document is recorded with

    PLANCTL_UPDATE_GOLDENS=1 pytest tests/outputs/test_docx_bytes.py

and the diff of the golden file shows which documents it changed.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
import zlib
from pathlib import Path

import pytest

from .large_plans import DECISION, PROGRAMME, PROSE, ROOT, write_scaled

GOLDEN = Path(__file__).parent / "golden" / "docx-bytes.txt"
FOLDERS = (
    "plans",
    "tests/fixtures/kinds/chinh-phu",
    "tests/fixtures/kinds/tinh",
    "tests/fixtures/build/org",
    "tests/outputs/data",
)
GENERATED = (
    ("generated/programme", PROGRAMME, 300),
    ("generated/decision", DECISION, 200),
    ("generated/prose", PROSE, 150),  # tasks as paragraphs, "- Cơ quan chủ trì: …" lines
)
WHOLE = "*"  # the entry name that stands for the whole file


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _record(label: str, out: Path) -> list[tuple[str, str, str]]:
    """(document, part, sha256) for each .docx under `out`: its parts, then the whole file."""
    lines: list[tuple[str, str, str]] = []
    for path in sorted(out.rglob("*.docx")):
        name = f"{label}/{path.relative_to(out).as_posix()}"
        data = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for entry in archive.namelist():
                lines.append((name, entry, _hash(archive.read(entry))))
        lines.append((name, WHOLE, _hash(data)))
    return lines


def _read_golden() -> tuple[str, list[tuple[str, str, str]]]:
    recorded_zlib = ""
    lines: list[tuple[str, str, str]] = []
    for raw in GOLDEN.read_text(encoding="utf-8").splitlines():
        if raw.startswith("# zlib "):
            recorded_zlib = raw.removeprefix("# zlib ").strip()
        elif raw and not raw.startswith("#"):
            document, part, digest = raw.split("  ")
            lines.append((document, part, digest))
    return recorded_zlib, lines


def _write_golden(lines: list[tuple[str, str, str]]) -> None:
    GOLDEN.parent.mkdir(exist_ok=True)
    head = [
        "# The .docx built from each plan: document  part  sha256 (see test_docx_bytes.py);",
        "# part * is the whole file, compared only with the zlib that recorded it.",
        f"# zlib {zlib.ZLIB_RUNTIME_VERSION}",
    ]
    body = ["  ".join(line) for line in lines]
    GOLDEN.write_text("\n".join([*head, *body]) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("docx-bytes")


@pytest.fixture(scope="module")
def built(scratch: Path) -> list[tuple[str, str, str]]:
    """Every plan built, its .docx under scratch/out/<label>/; their parts' hashes."""
    from planctl.commands.build import BuildArgs, run

    sources: list[tuple[str, Path]] = [(folder, ROOT / folder) for folder in FOLDERS]
    for label, seed, tasks in GENERATED:
        sources.append((label, write_scaled(seed, tasks, scratch / "plans" / label).parent))
    lines: list[tuple[str, str, str]] = []
    saved = os.environ.pop("SOURCE_DATE_EPOCH", None)  # the documents' own dates
    try:
        for label, folder in sources:
            out = scratch / "out" / label
            stdout, stderr = io.StringIO(), io.StringIO()
            code = run(BuildArgs(paths=[folder], output=out, quiet=True, jobs=1), stdout, stderr)
            assert code == 0, stdout.getvalue() + stderr.getvalue()
            lines += _record(label, out)
    finally:
        if saved is not None:
            os.environ["SOURCE_DATE_EPOCH"] = saved
    return lines


def test_every_docx_is_byte_identical_to_its_golden(built: list[tuple[str, str, str]]) -> None:
    if os.environ.get("PLANCTL_UPDATE_GOLDENS"):
        _write_golden(built)
    recorded_zlib, golden = _read_golden()
    same_zlib = recorded_zlib == zlib.ZLIB_RUNTIME_VERSION
    want = [line for line in golden if same_zlib or line[1] != WHOLE]
    got = [line for line in built if same_zlib or line[1] != WHOLE]
    assert {d for d, _, _ in got} == {d for d, _, _ in want}, "documents built ≠ recorded"
    changed = sorted({f"{d} {p}" for d, p, h in got if (d, p, h) not in set(want)})
    assert not changed, "changed since recorded:\n" + "\n".join(changed)
    assert got == want  # the same parts in the same order


@pytest.mark.parametrize(("label", "rows"), [(label, tasks) for label, _, tasks in GENERATED[:2]])
def test_the_generated_plans_are_large(
    built: list[tuple[str, str, str]], scratch: Path, label: str, rows: int
) -> None:
    """Their task tables hold every task: a row per task, with the group rows and header."""
    from docx import Document

    (path,) = (scratch / "out" / label).rglob("*.docx")
    tables = Document(str(path)).tables
    assert max(len(table.rows) for table in tables) > rows


def test_the_generated_prose_plan_has_a_paragraph_per_task(
    built: list[tuple[str, str, str]], scratch: Path
) -> None:
    from docx import Document

    (path,) = (scratch / "out" / "generated" / "prose").rglob("*.docx")
    labels = [p for p in Document(str(path)).paragraphs if p.text.startswith("- Cơ quan chủ trì")]
    assert len(labels) >= 150


def test_a_changed_part_is_named(
    built: list[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The test would see a one-byte change in one part of one document."""
    golden = tmp_path / "golden.txt"
    monkeypatch.setattr(f"{__name__}.GOLDEN", golden)
    _write_golden(built)
    document, _, digest = next(line for line in built if line[1] == "word/document.xml")
    text = golden.read_text(encoding="utf-8").replace(digest, "0" * 64)
    golden.write_text(text, encoding="utf-8")
    monkeypatch.delenv("PLANCTL_UPDATE_GOLDENS", raising=False)
    with pytest.raises(AssertionError, match=f"{document} word/document.xml"):
        test_every_docx_is_byte_identical_to_its_golden(built)
