"""The build manifest is the same in every checkout: its paths are relative to the
repository, and no folder above the repository is named in it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from ci_support import ORG_YAML, VALID_PLAN

from planctl.build.manifest import MANIFEST_NAME

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def origin(tmp_path: Path) -> Path:
    repo = tmp_path / "origin"
    (repo / "plans" / "org").mkdir(parents=True)
    shutil.copyfile(ORG_YAML, repo / "plans" / "org" / "org.yaml")
    shutil.copyfile(VALID_PLAN, repo / "plans" / "org" / "plan.yaml")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "plans")
    return repo


def clone(origin: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    git(origin.parent, "clone", "-q", str(origin), str(target))
    return target


def build(run_cli: Any, repo: Path, *args: str) -> None:
    result = run_cli(["build", "plans/", *args], cwd=repo, env={"SOURCE_DATE_EPOCH": "0"})
    assert result.exit_code == 0, result.output


def test_manifest_is_identical_in_two_clones(origin: Path, tmp_path: Path, run_cli: Any) -> None:
    first = clone(origin, tmp_path / "a" / "plans-repo")
    second = clone(origin, tmp_path / "b" / "c" / "d" / "another-name")
    for repo in (first, second):
        build(run_cli, repo, "-o", "build")
    one = (first / "build" / MANIFEST_NAME).read_bytes()
    assert one == (second / "build" / MANIFEST_NAME).read_bytes()
    inputs = next(iter(json.loads(one)["outputs"].values()))["inputs"]
    assert "plan:plans/org/plan.yaml" in inputs and "registry:plans/org/org.yaml" in inputs
    assert not any(".." in key for key in inputs), "nothing outside the repository"


def test_manifest_keys_do_not_depend_on_the_output_folder(
    origin: Path, tmp_path: Path, run_cli: Any
) -> None:
    repo = clone(origin, tmp_path / "x" / "repo")
    keys = []
    for out in ("build", "out/deeper/still"):
        build(run_cli, repo, "-o", out)
        manifest = json.loads((repo / out / MANIFEST_NAME).read_text("utf-8"))
        keys.append(sorted(next(iter(manifest["outputs"].values()))["inputs"]))
    assert keys[0] == keys[1]
    assert "plan:plans/org/plan.yaml" in keys[0]


@pytest.mark.parametrize("inside", [True, False], ids=["output-in-repo", "output-elsewhere"])
def test_an_unchanged_plan_is_not_built_again(
    origin: Path, tmp_path: Path, run_cli: Any, inside: bool
) -> None:
    repo = clone(origin, tmp_path / "z" / "repo")
    out = "build" if inside else str(tmp_path / "elsewhere" / "out")
    build(run_cli, repo, "-o", out)
    again = run_cli(
        ["--lang", "en", "build", "plans/", "-o", out],
        cwd=repo,
        env={"SOURCE_DATE_EPOCH": "0"},
    )
    assert again.exit_code == 0, again.output
    assert "0 built, 1 unchanged" in again.stdout


def test_second_build_in_a_clone_is_incremental(origin: Path, tmp_path: Path, run_cli: Any) -> None:
    repo = clone(origin, tmp_path / "y" / "repo")
    build(run_cli, repo, "-o", "build")
    manifest = (repo / "build" / MANIFEST_NAME).read_bytes()
    result = run_cli(["build", "plans/", "-o", "build"], cwd=repo, env={"SOURCE_DATE_EPOCH": "0"})
    assert result.exit_code == 0
    assert (repo / "build" / MANIFEST_NAME).read_bytes() == manifest
