"""Item 8: CLI tracebacks on output paths — a read-only output folder holding a manifest, the
manifest path being a folder, `validate -o DIR` and `schema -o DIR` given a folder — and a
hand-edited manifest entry `templates:../../../../` that had the whole disk hashed. Each is a
message and an exit code now."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

from planctl.build import manifest as manifest_module
from planctl.build.manifest import MANIFEST_NAME

from .conftest import SAMPLE_PLAN, no_traceback

DOCX = SAMPLE_PLAN.replace(".yaml", ".docx")


def test_manifest_path_is_a_folder(org: Path, run_planctl) -> None:
    (org.parent / "out" / MANIFEST_NAME).mkdir(parents=True)
    result = run_planctl(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code == 1
    assert f"out/{MANIFEST_NAME}: cannot write the build manifest" in result.stderr
    assert "check that the output folder is writable" in result.stderr


def _read_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`folder` made read-only; as root, whom chmod does not stop, writes into it are
    refused as the kernel would refuse them to anyone else."""
    for path in [folder, *folder.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    if os.geteuid() != 0:
        return
    import tempfile

    real_mkstemp = tempfile.mkstemp

    def mkstemp(*args: object, dir: str | os.PathLike[str] | None = None, **kwargs: object):
        if dir is not None and Path(dir).resolve().is_relative_to(folder.resolve()):
            raise PermissionError(errno.EACCES, "Permission denied", str(dir))
        return real_mkstemp(*args, dir=dir, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


def test_read_only_output_folder_with_a_manifest(
    org: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = org.parent / "out"
    first = run_cli(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    assert first.exit_code == 0, first.output
    assert (out / MANIFEST_NAME).is_file()
    (org / SAMPLE_PLAN).write_text(
        (org / SAMPLE_PLAN).read_text(encoding="utf-8").replace("năm 2024", "năm 2024 ", 1),
        encoding="utf-8",
    )
    (
        out / org.name / DOCX
    ).unlink()  # a missing output must be written again: into a read-only folder
    _read_only(out, monkeypatch)
    try:
        result = run_cli(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    finally:
        for path in [out, *out.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
    no_traceback(result.output)
    assert result.exit_code == 1
    assert "Permission denied" in result.stderr
    assert f"out/{MANIFEST_NAME}: cannot write the build manifest" in result.stderr


@pytest.mark.parametrize("command", [["validate", "btttt"], ["schema"]])
def test_report_to_a_folder(command: list[str], org: Path, run_planctl) -> None:
    (org.parent / "reports").mkdir()
    result = run_planctl([*command, "-o", "reports", "--lang", "en"], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code == 2
    assert result.stderr == "planctl: -o reports: a folder; give a file name (-o reports/FILE)\n"


@pytest.mark.parametrize("command", [["validate", "btttt"], ["schema"]])
def test_report_into_a_missing_or_read_only_place(
    command: list[str], org: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = org.parent / "locked"
    folder.mkdir()
    _read_only(folder, monkeypatch)
    try:
        result = run_cli([*command, "-o", "locked/report.txt", "--lang", "en"], cwd=org.parent)
    finally:
        folder.chmod(0o755)
    no_traceback(result.output)
    assert result.exit_code == 2
    assert result.stderr.startswith("planctl: locked/report.txt: cannot write: ")
    assert "Permission denied" in result.stderr


def test_hand_edited_manifest_cannot_walk_the_disk(
    org: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run_cli(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    assert first.exit_code == 0, first.output
    path = org.parent / "out" / MANIFEST_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    for record in data["outputs"].values():
        record["inputs"]["templates:../../../../../../../../"] = "absent"
    path.write_text(json.dumps(data), encoding="utf-8")

    walked: list[Path] = []
    real_tree = manifest_module.Digests._tree

    def tree(self: manifest_module.Digests, folder: Path) -> str:
        walked.append(folder)
        if folder.resolve() == Path("/"):
            raise AssertionError("the manifest had the whole disk hashed")
        return real_tree(self, folder)

    monkeypatch.setattr(manifest_module.Digests, "_tree", tree)
    result = run_cli(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code == 0, result.output
    assert Path("/") not in walked
    assert all(folder.name == "templates" for folder in walked), walked
