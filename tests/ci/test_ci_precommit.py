"""The hooks of `.pre-commit-hooks.yaml`, run by pre-commit in a temporary git repository.

pre-commit installs a `language: python` hook by pip-installing this repository, with its
dependencies, into a fresh virtualenv: that needs PyPI, so it cannot run offline. These tests
therefore run each hook as a local hook built from the manifest — the exact `entry`, `files`,
`require_serial` — with `language: unsupported` (pre-commit's "system") and the installed
`planctl` on PATH: pre-commit itself still picks the files and runs the entry. Where
pre-commit is not installed at all, the same helper runs the exact entry on the files the
hook's `files` pattern selects, as pre-commit would.

`PLANCTL_NETWORK_TESTS=1` adds the full check: `pre-commit try-repo` against a committed copy
of this repository, which pip-installs it as a user's pre-commit would.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from ci_support import ORG_YAML, REPO, VALID_PLAN, edit

MANIFEST = REPO / ".pre-commit-hooks.yaml"
HOOKS: dict[str, dict[str, Any]] = {
    hook["id"]: hook for hook in yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
}
BIN = Path(sys.executable).parent
HAS_PRE_COMMIT = importlib.util.find_spec("pre_commit") is not None
HAS_PLANCTL = (BIN / "planctl").exists()

pytestmark = pytest.mark.skipif(not HAS_PLANCTL, reason="the planctl script is not installed")


def _local_language() -> str:
    try:
        unsupported = importlib.util.find_spec("pre_commit.languages.unsupported")
    except ModuleNotFoundError:
        unsupported = None
    return "unsupported" if unsupported is not None else "system"


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PLANCTL_"))}
    env.update(
        {
            "PATH": os.pathsep.join([str(BIN), env.get("PATH", "")]),
            "HOME": str(home),
            "PRE_COMMIT_HOME": str(home / "pre-commit-cache"),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.invalid",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.invalid",
            "PYTHONIOENCODING": "utf-8",
        }
    )
    env.pop("GITHUB_ACTIONS", None)
    return env


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, env=_env(repo.parent), check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository with one formatted, valid plan under plans/ and its registry."""
    root = tmp_path / "repo"
    plans = root / "plans" / "demo"
    plans.mkdir(parents=True)
    shutil.copyfile(ORG_YAML, plans / "org.yaml")
    shutil.copyfile(VALID_PLAN, plans / "plan.yaml")
    (root / "README.md").write_text("not a plan\n", encoding="utf-8")
    git(root, "init", "-q")
    # Lay the plan out as planctl fmt does, so that only the edits of a test matter.
    subprocess.run(
        [str(BIN / "planctl"), "fmt", "plans"],
        cwd=root,
        env=_env(tmp_path),
        check=True,
        capture_output=True,
    )
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "plans")
    return root


def run_hook(repo: Path, hook_id: str) -> tuple[int, str]:
    """Run one hook of the manifest on every tracked file; (exit code, output)."""
    hook = HOOKS[hook_id]
    git(repo, "add", ".")
    if HAS_PRE_COMMIT:
        local = {k: v for k, v in hook.items() if k not in ("language", "description")}
        local["language"] = _local_language()
        config = {"repos": [{"repo": "local", "hooks": [local]}]}
        (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
        command = [sys.executable, "-m", "pre_commit", "run", hook_id, "--all-files"]
        command += ["--color", "never"]
    else:
        tracked = subprocess.run(
            ["git", "ls-files"], cwd=repo, capture_output=True, text=True, check=True
        ).stdout.split()
        files = [f for f in tracked if re.search(hook["files"], f)]
        command = [*shlex.split(hook["entry"]), *hook.get("args", []), *files]
    result = subprocess.run(
        command,
        cwd=repo,
        env=_env(repo.parent),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    return result.returncode, result.stdout + result.stderr


def test_manifest() -> None:
    assert set(HOOKS) == {"planctl-validate", "planctl-fmt"}
    assert HOOKS["planctl-validate"]["entry"] == "planctl validate"
    assert HOOKS["planctl-fmt"]["entry"] == "planctl fmt --check"
    for hook in HOOKS.values():
        assert hook["language"] == "python"
        pattern = re.compile(hook["files"])
        assert pattern.search("plans/btttt/2024-kh-136.yaml")
        assert pattern.search("plans/btttt/org.yml")
        assert not pattern.search("docs/example.yaml")
        assert not pattern.search("plans/btttt/plan.schema.json")


@pytest.mark.skipif(not HAS_PRE_COMMIT, reason="pre-commit is not installed")
def test_manifest_is_valid_for_pre_commit() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(MANIFEST)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_validate_hook_passes_on_valid_plans(repo: Path) -> None:
    code, output = run_hook(repo, "planctl-validate")
    assert code == 0, output


def test_validate_hook_fails_on_an_unknown_unit(repo: Path) -> None:
    plan = repo / "plans" / "demo" / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        edit(text, ("- Vụ Pháp chế\n    support", "- Vụ Pháp chê\n    support")), "utf-8"
    )
    code, output = run_hook(repo, "planctl-validate")
    assert code == 1
    assert re.search(r"plans/demo/plan\.yaml:\d+:\d+: U001 ", output), output


def test_fmt_hook(repo: Path) -> None:
    code, output = run_hook(repo, "planctl-fmt")
    assert code == 0, output
    plan = repo / "plans" / "demo" / "plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("\n  - ", "\n  -   ", 1), "utf-8")
    code, output = run_hook(repo, "planctl-fmt")
    assert code == 1, output
    assert "plans/demo/plan.yaml" in output


@pytest.mark.skipif(
    os.environ.get("PLANCTL_NETWORK_TESTS") != "1" or not HAS_PRE_COMMIT,
    reason="needs PyPI: set PLANCTL_NETWORK_TESTS=1 (and install pre-commit)",
)
def test_try_repo_installs_the_hooks(repo: Path, tmp_path: Path) -> None:
    """The full path: pre-commit pip-installs a committed copy of this repository."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copyfile(REPO / name, source / name)
    shutil.copytree(
        REPO / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    git(source, "init", "-q")
    git(source, "add", ".")
    git(source, "commit", "-q", "-m", "planctl")
    (repo / ".pre-commit-config.yaml").unlink(missing_ok=True)
    for hook_id, expected in (("planctl-validate", 0), ("planctl-fmt", 0)):
        result = subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(source), hook_id, "--all-files"],
            cwd=repo,
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        assert result.returncode == expected, result.stdout + result.stderr
