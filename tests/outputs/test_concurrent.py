"""Two builds into one output folder at once — two organisations built by two CI jobs — keep
each other's manifest records, so that neither's outputs are refused afterwards (issue #11,
item 3)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from planctl.build.manifest import Manifest, file_digest
from planctl.commands.build import BuildArgs, run

from .conftest import DATA

SRC = Path(__file__).resolve().parents[2] / "src"
ORGS = ("a", "b")
PLANS = 3
ROUNDS = 4


def _write_round(plans: Path, round_: int) -> None:
    """Each organisation's plans, changed every round so that every build writes."""
    text = (DATA / "plan-groups.yaml").read_text(encoding="utf-8")
    for org in ORGS:
        folder = plans / org
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "org.yaml").write_bytes((DATA / "org.yaml").read_bytes())
        for i in range(PLANS):
            title = f"title: Kế hoạch {org}-{i} (lần {round_}) truyền thông"
            changed = text.replace("title: Kế hoạch truyền thông", title)
            (folder / f"{org}-{i}.yaml").write_text(changed, encoding="utf-8")


def _start(root: Path, org: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "PLANCTL_LANG": "en"}
    return subprocess.Popen(
        [sys.executable, "-m", "planctl", "build", f"plans/{org}", "-o", "out", "--csv", "-q"],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_two_builds_into_one_folder_at_once_keep_every_record(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    out = tmp_path / "out"
    for round_ in range(ROUNDS):
        _write_round(plans, round_)
        builds = [_start(tmp_path, org) for org in ORGS]
        for build in builds:
            output, _ = build.communicate(timeout=120)
            assert build.returncode == 0, f"round {round_}: {output}"
        written = sorted(p for p in out.rglob("*") if p.suffix in (".docx", ".csv"))
        assert len(written) == len(ORGS) * PLANS * 2
        manifest = Manifest.load(out)
        assert manifest.problem is None
        for path in written:
            record = manifest.get(path)
            assert record is not None, f"round {round_}: no record of {path.relative_to(out)}"
            assert record.sha256 == file_digest(path), f"round {round_}: {path}"
        assert not manifest.pending, f"round {round_}: {manifest.pending}"

        # A third build, of both, unforced: everything is current.
        stdout, stderr = io.StringIO(), io.StringIO()
        args = BuildArgs([plans / org for org in ORGS], out, lang="en", formats=("docx", "csv"))
        code = run(args, stdout, stderr)
        assert code == 0, stdout.getvalue() + stderr.getvalue()
        assert f"0 built, {len(ORGS) * PLANS} unchanged" in stdout.getvalue(), stdout.getvalue()
