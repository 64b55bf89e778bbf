"""`planctl build --jobs N` (issue #12, item 3): a pool of processes builds the same files and
prints the same report as `--jobs 1`, a bad plan in a batch is reported where it is wrong, and
the others are built."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from planctl.build.jobs import Job
from planctl.build.workers import BATCH, LARGE_PLAN_BYTES, batches

from .conftest import DATA

SRC = Path(__file__).resolve().parents[2] / "src"
GOOD = 9
SYNTAX_ERROR = 'kind: ke-hoach\ntitle: "Kế hoạch truyền thông năm 2024\n'


def _project(root: Path) -> None:
    """Good plans with a plan of syntax errors and one of rule errors between them, so that
    both fall inside a batch of small plans."""
    folder = root / "plans" / "org"
    folder.mkdir(parents=True)
    shutil.copy(DATA / "org.yaml", folder / "org.yaml")
    text = (DATA / "plan-groups.yaml").read_text(encoding="utf-8")
    for i in range(GOOD):
        title = f"title: Kế hoạch truyền thông số {i}"
        changed = text.replace("title: Kế hoạch truyền thông", title)
        (folder / f"p{i}.yaml").write_text(changed, encoding="utf-8")
    (folder / "p1-broken.yaml").write_text(SYNTAX_ERROR, encoding="utf-8")
    no_lead = text.replace("lead:", "lead_missing:", 1)
    assert no_lead != text
    (folder / "p5-no-lead.yaml").write_text(no_lead, encoding="utf-8")


def _build(root: Path, jobs: int | str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "PLANCTL_LANG": "en",
        "SOURCE_DATE_EPOCH": "1700000000",
        "COLUMNS": "120",
    }
    return subprocess.run(
        [sys.executable, "-m", "planctl", "build", "plans", "-o", "out", "--csv", "-j", str(jobs)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _files(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.suffix in (".docx", ".csv")
    }


def test_two_workers_build_what_one_builds_and_say_the_same(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    _project(one)
    _project(two)
    serial = _build(one, 1)
    pooled = _build(two, 2)

    assert serial.returncode == 1, serial.stderr  # the two bad plans
    assert (pooled.returncode, pooled.stdout, pooled.stderr) == (
        serial.returncode,
        serial.stdout,
        serial.stderr,
    )
    files = _files(two / "out")
    assert files == _files(one / "out")
    assert sorted(files) == sorted(
        f"org/p{i}{suffix}" for i in range(GOOD) for suffix in (".docx", ".csv")
    )
    for name, data in files.items():
        if name.endswith(".docx"):
            with zipfile.ZipFile(two / "out" / name) as docx:
                assert docx.testzip() is None
            assert f"số {name[5]}".encode() in _document_xml(data)


def _document_xml(data: bytes) -> bytes:
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        return docx.read("word/document.xml")


def test_a_bad_plan_in_a_batch_is_reported_where_it_is_wrong(tmp_path: Path) -> None:
    _project(tmp_path)
    result = _build(tmp_path, 2)

    assert result.returncode == 1
    assert "plans/org/p1-broken.yaml:2:8: S101 error: YAML syntax error" in result.stderr
    assert "plans/org/p1-broken.yaml: not built: 1 error(s)" in result.stderr
    assert "plans/org/p5-no-lead.yaml:" in result.stderr
    assert "Traceback" not in result.stderr
    assert "9 built, 2 skipped, 0 failed" in result.stdout
    # The messages come plan by plan, in the order of the plans, as with --jobs 1.
    assert result.stderr.index("p1-broken.yaml") < result.stderr.index("p5-no-lead.yaml")


def _job(tmp_path: Path, name: str, size: int) -> Job:
    plan = tmp_path / name
    plan.write_bytes(b"#" * size)
    return Job(plan, tmp_path / "out")


def test_small_plans_travel_in_batches_and_a_large_one_alone(tmp_path: Path) -> None:
    small = [_job(tmp_path, f"s{i}.yaml", 100) for i in range(6)]
    large = _job(tmp_path, "large.yaml", LARGE_PLAN_BYTES)
    todo = [*small[:5], large, small[5]]

    groups = batches(todo)

    assert groups == [small[:BATCH], small[BATCH:5], [large], [small[5]]]
    assert [job for group in groups for job in group] == todo


@pytest.mark.parametrize("jobs", ["auto", 0, 3])
def test_more_workers_than_cores_or_auto_still_build_everything(
    tmp_path: Path, jobs: int | str
) -> None:
    _project(tmp_path)
    result = _build(tmp_path, jobs)

    assert result.returncode == 1, result.stderr
    assert len(_files(tmp_path / "out")) == GOOD * 2


@pytest.mark.parametrize("jobs", ["-1", "many"])
def test_a_wrong_number_of_jobs_is_a_usage_error(tmp_path: Path, jobs: str) -> None:
    _project(tmp_path)
    result = _build(tmp_path, jobs)

    assert result.returncode == 2
    assert f"'--jobs' / '-j': not a whole number ≥ 0 or auto: '{jobs}'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
