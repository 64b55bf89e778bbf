"""The README's CI snippets work as written: each YAML block parses; the workflow grants
permissions, uploads SARIF after a failing validate, calls planctl by name after `pip
install`, comments the diff on pull requests only; every planctl command in it exists with
those options. And `.pre-commit-hooks.yaml` cites a document that exists."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml
from ci_support import REPO

README = REPO / "README.md"
GUIDE = REPO / "docs" / "huong-dan.md"


def yaml_blocks(page: Path) -> list[tuple[int, str]]:
    text = page.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start()) + 1, m.group(1))
        for m in re.finditer(r"```yaml\n(.*?)```", text, re.DOTALL)
    ]


def workflows(page: Path) -> list[dict[str, Any]]:
    found = []
    for _, block in yaml_blocks(page):
        data = yaml.safe_load(block)
        if isinstance(data, dict) and "jobs" in data:
            found.append(data)
    return found


def steps(page: Path) -> list[dict[str, Any]]:
    """Every step of the page's workflows and workflow excerpts (lists of steps)."""
    found: list[dict[str, Any]] = []
    for _, block in yaml_blocks(page):
        data = yaml.safe_load(block)
        if isinstance(data, dict) and "jobs" in data:
            for job in data["jobs"].values():
                found += [dict(step, _job=job) for step in job["steps"]]
        elif (
            isinstance(data, list)
            and all(isinstance(s, dict) for s in data)
            and any("run" in s or "uses" in s for s in data)
        ):
            found += [dict(step, _job={}) for step in data]
    return found


@pytest.mark.parametrize("page", [README, GUIDE], ids=lambda p: p.name)
def test_every_yaml_block_parses(page: Path) -> None:
    for line, block in yaml_blocks(page):
        try:
            yaml.safe_load(block)
        except yaml.YAMLError as exc:
            pytest.fail(f"{page.name}:{line}: {exc}")


def test_the_readme_has_a_whole_workflow() -> None:
    # The one workflow that validates (the README also shows a sharded build's workflow).
    (workflow,) = [w for w in workflows(README) if "upload-sarif" in yaml.safe_dump(w)]
    assert workflow[True if True in workflow else "on"] == ["push", "pull_request"]
    assert workflow["permissions"] == {"contents": "read"}, "least privilege by default"


@pytest.mark.parametrize("page", [README, GUIDE], ids=lambda p: p.name)
def test_every_job_says_its_permissions(page: Path) -> None:
    for workflow in workflows(page):
        assert "permissions" in workflow
        for name, job in workflow["jobs"].items():
            assert "permissions" in job, f"job {name}"
            uses = " ".join(str(s.get("uses", "")) for s in job["steps"])
            runs = " ".join(str(s.get("run", "")) for s in job["steps"])
            if "upload-sarif" in uses:
                assert job["permissions"].get("security-events") == "write"
            if "gh pr comment" in runs:
                assert job["permissions"].get("pull-requests") == "write"


@pytest.mark.parametrize("page", [README, GUIDE], ids=lambda p: p.name)
def test_sarif_is_uploaded_after_a_failing_validate(page: Path) -> None:
    all_steps = steps(page)
    uploads = [s for s in all_steps if "upload-sarif" in str(s.get("uses", ""))]
    assert uploads
    for upload in uploads:
        assert "always()" in str(upload.get("if", "")), "runs when validate failed"
        job_steps = upload["_job"].get("steps") or all_steps
        sarif = upload["with"]["sarif_file"]
        writers = [s for s in job_steps if "--format sarif" in str(s.get("run", ""))]
        assert writers and all(f"-o {sarif}" in w["run"] for w in writers)
        validates = [s for s in job_steps if str(s.get("run", "")).startswith("planctl validate")]
        assert validates[0] is not writers[0] or "always()" in str(writers[0].get("if", ""))
        for writer in writers:
            assert "always()" in str(writer.get("if", "")) or writer is validates[0]
        assert "continue-on-error" not in upload


@pytest.mark.parametrize("page", [README, GUIDE], ids=lambda p: p.name)
def test_no_venv_path_after_pip_install(page: Path) -> None:
    for _, block in yaml_blocks(page):
        if "jobs:" in block or "- run:" in block:
            assert ".venv/bin" not in block, block


@pytest.mark.parametrize("page", [README, GUIDE], ids=lambda p: p.name)
def test_the_diff_runs_on_pull_requests_only(page: Path) -> None:
    on_pull = "github.event_name == 'pull_request'"
    diff_steps = [
        s
        for s in steps(page)
        if "planctl diff" in str(s.get("run", "")) or "gh pr" in str(s.get("run", ""))
    ]
    assert diff_steps
    for step in diff_steps:
        assert step.get("if") == on_pull or step["_job"].get("if") == on_pull, step["run"]


def planctl_commands(page: Path) -> list[list[str]]:
    commands = []
    for step in steps(page):
        run = str(step.get("run", ""))
        if run.startswith("planctl "):
            words = shlex.split(run.split(">")[0].replace("${{ github.base_ref }}", "main"))
            commands.append(words[1:])
    return commands


@pytest.mark.parametrize("page", [README, GUIDE], ids=lambda p: p.name)
def test_every_planctl_step_is_a_valid_command_line(page: Path, run_cli: Any) -> None:
    commands = planctl_commands(page)
    assert any(c[0] == "validate" for c in commands) and any(c[0] == "diff" for c in commands)
    for command in commands:
        result = run_cli([*command, "--help"])
        assert result.exit_code == 0, f"planctl {' '.join(command)}: {result.output}"


def test_pre_commit_hooks_cite_a_document_that_exists() -> None:
    text = (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    cited = re.findall(r"([\w./-]+\.md)(#[\w-]+)?", text)
    assert cited
    for path, anchor in cited:
        page = REPO / path
        assert page.is_file(), path
        if anchor:
            headings = re.findall(r"^#+ (.+)$", page.read_text(encoding="utf-8"), re.MULTILINE)
            slugs = {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}
            assert anchor[1:] in slugs, f"{path}{anchor}"
    hooks = yaml.safe_load(text)
    assert {h["id"] for h in hooks} == {"planctl-validate", "planctl-fmt"}
