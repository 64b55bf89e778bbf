"""`planctl diff --rev REV [PATH]` in a temporary git repository."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from diff_support import BASE, ORG, edit, planctl

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True, encoding="utf-8"
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with two commits: the base plan, then a revision of it."""
    root = tmp_path / "repo"
    (root / "plans" / "bo").mkdir(parents=True)
    git(root, "init", "-q")
    git(root, "config", "user.email", "test@example.com")
    git(root, "config", "user.name", "Test")
    git(root, "config", "commit.gpgsign", "false")
    shutil.copy(ORG, root / "plans" / "bo" / "org.yaml")
    plan = root / "plans" / "bo" / "kh-2024.yaml"
    base = BASE.read_text(encoding="utf-8")
    plan.write_text(base, encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    anchor = "về kiểm soát thủ tục hành chính;\n"
    revised = edit(
        base,
        ("deadline: Quý II/2024", "deadline: Quý III/2024"),
        (anchor, anchor + "  - Căn cứ Quyết định số 10/QĐ-BTTTT ngày 05/01/2024 của Bộ;\n"),
    )
    plan.write_text(revised, encoding="utf-8")
    git(root, "commit", "-q", "-am", "revised")
    return root


def test_rev_head_1_on_a_file(repo: Path) -> None:
    result = planctl(
        "diff", "--rev", "HEAD~1", "plans/bo/kh-2024.yaml", "--format", "json", cwd=repo
    )
    assert result.code == 0, result.err
    (file,) = json.loads(result.out)["files"]
    assert file["old"] == "HEAD~1:plans/bo/kh-2024.yaml"
    assert file["new"] == "plans/bo/kh-2024.yaml"
    assert file["summary"] == {"deadline": 1, "header": 1}
    assert file["header"][0]["field"] == "legal_bases"
    assert file["tasks"][0]["new_text"] == "Quý III/2024"
    assert git(repo, "status", "--porcelain") == ""


def test_rev_on_the_plans_folder_by_default(repo: Path) -> None:
    result = planctl("diff", "--rev", "HEAD~1", "--exit-code", cwd=repo)
    assert result.code == 1
    assert "HEAD~1:plans/bo/kh-2024.yaml → plans/bo/kh-2024.yaml" in result.out
    assert "Quý II/2024 → Quý III/2024" in result.out


def test_rev_head_compares_with_the_working_tree(repo: Path) -> None:
    assert planctl("diff", "--rev", "HEAD", "--exit-code", cwd=repo).code == 0
    plan = repo / "plans" / "bo" / "kh-2024.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("number: 136", "number: 137"), encoding="utf-8"
    )
    result = planctl("diff", "--rev", "HEAD", "--exit-code", "plans", cwd=repo)
    assert result.code == 1
    assert "Số: 136 → 137" in result.out


def test_old_side_uses_the_old_registry(repo: Path) -> None:
    # The registry renames "Cục Báo chí" and keeps the old name as an alias: the plan still
    # writes the old name, which is no change at all.
    org = repo / "plans" / "bo" / "org.yaml"
    org.write_text(
        org.read_text(encoding="utf-8").replace(
            "  - name: Cục Báo chí\n",
            "  - name: Cục Báo chí và Xuất bản\n    aliases: [Cục Báo chí]\n",
        ),
        encoding="utf-8",
    )
    git(repo, "commit", "-q", "-am", "rename unit")
    result = planctl("diff", "--rev", "HEAD~1", "--format", "json", cwd=repo)
    assert json.loads(result.out)["files"][0]["status"] == "unchanged"


def test_plan_added_since_rev(repo: Path) -> None:
    new = repo / "plans" / "bo" / "kh-2025.yaml"
    new.write_text(BASE.read_text(encoding="utf-8"), encoding="utf-8")
    result = planctl("diff", "--rev", "HEAD", "--format", "json", cwd=repo)
    statuses = {f["new"]: f["status"] for f in json.loads(result.out)["files"]}
    assert statuses["plans/bo/kh-2025.yaml"] == "added"
    assert statuses["plans/bo/kh-2024.yaml"] == "unchanged"


def test_bad_rev_and_no_repository(repo: Path, tmp_path: Path) -> None:
    result = planctl("diff", "--rev", "no-such-rev", cwd=repo)
    assert result.code == 2
    assert "no-such-rev" in result.err
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.copy(BASE, outside / "kh.yaml")
    result = planctl("diff", "--rev", "HEAD", "kh.yaml", cwd=outside)
    assert result.code == 2
    assert "git" in result.err
