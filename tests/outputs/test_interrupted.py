"""A build killed at any point (`kill -9`, or SIGTERM from a cancelled CI job) leaves nothing
the next build takes for a hand edit, and no temporary file behind; building despite errors
and overwriting hand edits are two flags (issue #11, item 2).

The kill test runs real `python -m planctl build` processes and kills their whole process
group, as CI does, at points chosen by a seeded random generator; the inputs change between
the killed build and the one after it, as when a new commit follows a cancelled job.
"""

from __future__ import annotations

import fcntl
import io
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from planctl.atomic import TEMP_SUFFIX
from planctl.build.manifest import MANIFEST_NAME, Manifest, OutputState
from planctl.commands.build import BuildArgs, run

from .conftest import DATA

SRC = Path(__file__).resolve().parents[2] / "src"

PLANS = 3
ROUNDS = 20
VARIANTS = 3


def _write_variant(plans: Path, variant: int) -> None:
    """PLANS plans beside the registry, every one's title and a task's text marked with
    `variant`: each variant changes the bytes of every output."""
    text = (DATA / "plan-groups.yaml").read_text(encoding="utf-8")
    for i in range(PLANS):
        marked = text.replace(
            "title: Kế hoạch truyền thông", f"title: Kế hoạch {i + 1} (lần {variant}) truyền thông"
        ).replace("Rà soát đợt 1", f"Rà soát đợt 1 (lần {variant})")
        (plans / f"plan-{i + 1:02d}.yaml").write_text(marked, encoding="utf-8")


def _outputs(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.suffix in (".docx", ".csv")
    }


def _temps(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*") if p.name.endswith((TEMP_SUFFIX, ".tmp")))


def _build_in_process(root: Path, out: str, *flags: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    previous = Path.cwd()
    os.chdir(root)
    try:
        args = BuildArgs([Path("plans")], Path(out), lang="en", formats=("docx", "csv"))
        for flag in flags:
            setattr(args, flag, True)
        code = run(args, stdout, stderr)
    finally:
        os.chdir(previous)
    return code, stdout.getvalue(), stderr.getvalue()


def _start(root: Path, out: str, jobs: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "PLANCTL_LANG": "en"}
    command = [sys.executable, "-m", "planctl", "build", "plans", "-o", out, "--csv", "-q"]
    return subprocess.Popen(
        [*command, "--jobs", str(jobs)],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: killed with its workers, as CI does
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "org.yaml").write_bytes((DATA / "org.yaml").read_bytes())
    return tmp_path


def test_a_build_killed_at_random_points_never_poisons_the_next(project: Path) -> None:
    plans = project / "plans"
    clean: list[dict[str, bytes]] = []
    for variant in range(VARIANTS):
        _write_variant(plans, variant)
        code, _, stderr = _build_in_process(project, f"clean-{variant}")
        assert code == 0, stderr
        clean.append(_outputs(project / f"clean-{variant}"))
    assert len(clean[0]) == 2 * PLANS
    # How long a whole build takes here, so that the kill points spread over its length.
    began = time.monotonic()
    assert _start(project, "timing", 1).wait(timeout=60) == 0
    whole = time.monotonic() - began

    rng = random.Random(11)
    out = project / "out"
    interrupted = 0
    for round_ in range(ROUNDS):
        killed, recovered = (2 * round_) % VARIANTS, (2 * round_ + 1) % VARIANTS
        _write_variant(plans, killed)
        jobs = 2 if round_ % 5 == 4 else 1
        sig = rng.choice([signal.SIGKILL, signal.SIGTERM])
        delay = rng.uniform(0.3, 1.0) * whole
        process = _start(project, "out", jobs)
        time.sleep(delay)
        if process.poll() is None:
            os.killpg(process.pid, sig)
            interrupted += 1
        process.wait(timeout=60)

        _write_variant(plans, recovered)
        code, stdout, stderr = _build_in_process(project, "out")
        where = f"round {round_}: {sig.name} after {delay:.2f}s (--jobs {jobs})"
        assert code == 0, f"{where}\n{stdout}{stderr}"
        assert "overwrit" not in stderr, where
        assert _outputs(out) == clean[recovered], where
        assert _temps(out) == [], where
        manifest = Manifest.load(out)
        for name in clean[recovered]:
            assert manifest.state(out / name, None) is OutputState.CURRENT, (where, name)
            assert manifest.get(out / name) is not None, (where, name)
    assert interrupted >= ROUNDS // 2, f"only {interrupted} builds were still running when killed"
    code, stdout, _ = _build_in_process(project, "out")
    assert code == 0 and f"{PLANS} unchanged" in stdout


class Killed(BaseException):
    """Stands for the process being killed: nothing catches it."""


def test_killed_between_writing_an_output_and_recording_it(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The narrowest window: the output renamed into place, its record not yet written."""
    import planctl.atomic

    plans = project / "plans"
    _write_variant(plans, 0)
    assert _build_in_process(project, "out")[0] == 0
    _write_variant(plans, 1)
    real_replace = os.replace
    renamed: list[str] = []

    def replace_then_die(src: Any, dst: Any) -> None:
        real_replace(src, dst)
        if str(dst).endswith(".docx"):
            renamed.append(str(dst))
            raise Killed

    monkeypatch.setattr(planctl.atomic.os, "replace", replace_then_die)
    with pytest.raises(Killed):
        _build_in_process(project, "out")
    monkeypatch.setattr(planctl.atomic.os, "replace", real_replace)
    assert len(renamed) == 1
    _write_variant(plans, 2)
    code, stdout, stderr = _build_in_process(project, "out")
    assert code == 0, stdout + stderr
    _build_in_process(project, "clean")
    assert _outputs(project / "out") == _outputs(project / "clean")
    # The manifest is then exactly a clean build's: no note of the interrupted write is left.
    assert (project / "out" / MANIFEST_NAME).read_bytes() == (
        project / "clean" / MANIFEST_NAME
    ).read_bytes()


@pytest.fixture
def held_lock() -> Iterator[Callable[[Path], None]]:
    """`hold(path)`: keep `path` locked as a running planctl keeps its temporary file."""
    fds: list[int] = []

    def hold(path: Path) -> None:
        fd = os.open(path, os.O_RDWR)
        fcntl.flock(fd, fcntl.LOCK_EX)
        fds.append(fd)

    yield hold
    for fd in fds:
        os.close(fd)


def test_stale_temporary_files_are_removed(
    project: Path, run_cli: Callable[..., Any], held_lock: Callable[[Path], None]
) -> None:
    plans = project / "plans"
    _write_variant(plans, 0)
    out = project / "out" / "plans"
    out.mkdir(parents=True)
    hour_ago = time.time() - 3600
    stale = [out / f".plan-01.docx.k3j_x9a2{TEMP_SUFFIX}", out.parent / f".x.a1b2{TEMP_SUFFIX}"]
    busy = out / f".plan-02.docx.b0sy_wr1{TEMP_SUFFIX}"
    others = [out / "notes.tmp", out / ".~lock.plan-03.docx#", out / "~$an-03.docx"]
    for path in (*stale, busy, *others):
        path.write_bytes(b"PK\x03\x04 half a document")
        os.utime(path, (hour_ago, hour_ago))
    held_lock(busy)  # another build is writing it right now
    result = run_cli(["build", "plans", "-o", "out", "--lang", "en"], cwd=project)
    assert result.exit_code == 0, result.output
    assert [p.exists() for p in stale] == [False, False]
    assert busy.exists()
    assert all(p.exists() for p in others)


def _edit_by_hand(docx: Path) -> bytes:
    from docx import Document

    document = Document(str(docx))
    document.add_paragraph("Văn thư đã sửa trước khi trình ký.")
    document.save(str(docx))
    return docx.read_bytes()


def test_building_despite_errors_and_overwriting_hand_edits_are_two_flags(
    project: Path, run_cli: Callable[..., Any]
) -> None:
    plans = project / "plans"
    _write_variant(plans, 0)
    assert run_cli(["build", "plans", "-o", "out", "-q"], cwd=project).exit_code == 0
    edited_docx = project / "out" / "plans" / "plan-01.docx"
    edited = _edit_by_hand(edited_docx)
    broken = plans / "plan-02.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("lead: [Vụ Pháp chế]", "lead: [Vụ Phép chế]"),
        encoding="utf-8",
    )
    first = plans / "plan-01.yaml"
    first.write_text(first.read_text(encoding="utf-8").replace("(lần 0)", "(lần 9)"), "utf-8")
    broken_docx = project / "out" / "plans" / "plan-02.docx"
    before_broken = broken_docx.read_bytes()

    # --allow-errors builds the plan with errors, and still keeps the hand edit.
    result = run_cli(["build", "plans", "-o", "out", "--allow-errors", "--lang", "en"], cwd=project)
    assert result.exit_code == 1
    assert "out/plans/plan-01.docx: changed since planctl wrote it" in result.stderr
    assert "use --overwrite to overwrite it" in result.stderr
    assert edited_docx.read_bytes() == edited
    assert broken_docx.read_bytes() != before_broken
    assert "U001" in result.stderr

    # --overwrite overwrites the hand edit, and still skips a plan with errors.
    broken_built = broken_docx.read_bytes()
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("(lần 0)", "(lần 8)"), encoding="utf-8"
    )
    result = run_cli(["build", "plans", "-o", "out", "--overwrite", "--lang", "en"], cwd=project)
    assert result.exit_code == 1
    assert "overwriting a file edited by hand (--overwrite)" in result.stderr
    assert "plan-02.yaml: not built: 3 error(s) (use --allow-errors to build anyway)" in (
        result.stderr
    )
    assert edited_docx.read_bytes() != edited
    assert broken_docx.read_bytes() == broken_built
    # --force, as before, is both.
    _edit_by_hand(edited_docx)
    result = run_cli(["build", "plans", "-o", "out", "--force", "--lang", "en"], cwd=project)
    assert result.exit_code == 0, result.output
    assert "overwriting a file edited by hand" in result.stderr
    assert broken_docx.read_bytes() != broken_built
