"""`build --shard K/N` and `validate --shard K/N`: N parts that together are every plan, once
each, chosen by the plan's path inside the repository (issue #12, item 6)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planctl.shard import Shard, parse_shard, select, shard_key

Run = Callable[..., Any]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "org"
ORG_YAML = FIXTURES / "org.yaml"
VALID_PLAN = FIXTURES / "valid-plan.yaml"
ORGS = ("so-noi-vu", "so-tai-chinh")


def make_repo(root: Path, per_org: int = 4) -> list[Path]:
    """A repository (a `.git` folder is all planctl looks for) holding plans of two
    organisations; the plans' paths relative to it."""
    (root / ".git").mkdir(parents=True)
    plans: list[Path] = []
    for org in ORGS:
        folder = root / "plans" / org
        folder.mkdir(parents=True)
        shutil.copy(ORG_YAML, folder / "org.yaml")
        for i in range(per_org):
            plan = folder / f"2025-kh-{i:02d}.yaml"
            shutil.copy(VALID_PLAN, plan)
            plans.append(plan.relative_to(root))
    return plans


def built(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*.docx")}


def test_shards_of_a_build_are_disjoint_and_together_every_plan(
    tmp_path: Path, run_cli: Run
) -> None:
    repo = tmp_path / "repo"
    plans = make_repo(repo)
    everything = {f"{p.parent.name}/{p.stem}.docx" for p in plans}
    parts: list[set[str]] = []
    for k in (1, 2, 3):
        result = run_cli(["build", "--shard", f"{k}/3", "-o", f"out-{k}", "-q"], cwd=repo)
        assert result.exit_code == 0, result.output
        parts.append(built(repo / f"out-{k}"))
    assert set().union(*parts) == everything
    assert sum(len(part) for part in parts) == len(everything)
    # Each part keeps the same layout as a build of everything: shards' artifacts merge.
    result = run_cli(["build", "-o", "all", "-q"], cwd=repo)
    assert result.exit_code == 0, result.output
    assert built(repo / "all") == everything


def test_a_shard_rebuilds_nothing_when_nothing_changed(tmp_path: Path, run_cli: Run) -> None:
    repo = tmp_path / "repo"
    make_repo(repo)
    first = run_cli(["build", "--shard", "2/2", "--lang", "en"], cwd=repo)
    assert first.exit_code == 0, first.output
    again = run_cli(["build", "--shard", "2/2", "--lang", "en"], cwd=repo)
    assert again.exit_code == 0, again.output
    assert "unchanged" in again.stdout.lower()
    assert "built" not in again.stdout.lower().replace("0 built", "")


def test_the_part_depends_on_the_path_in_the_repository_only(tmp_path: Path) -> None:
    plans = make_repo(tmp_path / "one", per_org=20)
    make_repo(tmp_path / "elsewhere" / "two", per_org=20)
    shard = Shard(2, 5)
    here = select([tmp_path / "one" / p for p in plans], shard, lambda p: p, tmp_path)
    there = select(
        [tmp_path / "elsewhere" / "two" / p for p in plans], shard, lambda p: p, tmp_path
    )
    assert [p.relative_to(tmp_path / "one") for p in here] == [
        p.relative_to(tmp_path / "elsewhere" / "two") for p in there
    ]
    assert shard_key(tmp_path / "one" / plans[0], tmp_path) == "plans/so-noi-vu/2025-kh-00.yaml"


def test_validate_shards_cover_every_file_once(tmp_path: Path, run_cli: Run) -> None:
    repo = tmp_path / "repo"
    make_repo(repo)
    counts = []
    for k in (1, 2):
        result = run_cli(["validate", ".", "--shard", f"{k}/2", "--lang", "en"], cwd=repo / "plans")
        assert result.exit_code == 0, result.output
        counts.append(int(result.stdout.split("All clean: ")[1].split()[0]))
    whole = run_cli(["validate", "--lang", "en"], cwd=repo)
    assert whole.exit_code == 0, whole.output
    assert sum(counts) == int(whole.stdout.split("All clean: ")[1].split()[0]) == 8


def test_many_paths_split_evenly_and_exactly(tmp_path: Path) -> None:
    paths = [tmp_path / "plans" / f"org-{i % 13}" / f"plan-{i}.yaml" for i in range(4000)]
    parts = [select(paths, Shard(k, 4), lambda p: p, tmp_path) for k in (1, 2, 3, 4)]
    assert sorted(p for part in parts for p in part) == sorted(paths)
    assert all(900 <= len(part) <= 1100 for part in parts), [len(part) for part in parts]


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        ("0/3", "phần K phải từ 1 đến 3", "part K must be from 1 to 3"),
        ("4/3", "phần K phải từ 1 đến 3", "part K must be from 1 to 3"),
        ("a/b", "cần dạng K/N", "expected K/N"),
        ("3", "cần dạng K/N", "expected K/N"),
        ("1/0", "số phần N phải từ 1 trở lên", "the number of parts N must be 1 or more"),
    ],
)
@pytest.mark.parametrize("command", ["build", "validate"])
def test_bad_shard_is_a_usage_error(
    tmp_path: Path, run_cli: Run, command: str, value: str, vi: str, en: str
) -> None:
    repo = tmp_path / "repo"
    make_repo(repo, per_org=1)
    result = run_cli([command, "--shard", value], cwd=repo)
    assert result.exit_code == 2
    assert f"planctl: --shard {value}: {vi}" in result.stderr
    result = run_cli([command, "--shard", value, "--lang", "en"], cwd=repo)
    assert result.exit_code == 2
    assert f"planctl: --shard {value}: {en}" in result.stderr
    assert not (repo / "build").exists()


def test_an_empty_shard_says_so_and_succeeds(tmp_path: Path, run_cli: Run) -> None:
    repo = tmp_path / "repo"
    make_repo(repo, per_org=1)
    empty = next(
        k
        for k in range(1, 50)
        if not select(sorted(repo.rglob("2025-*.yaml")), Shard(k, 50), lambda p: p, repo)
    )
    result = run_cli(["build", "--shard", f"{empty}/50", "--lang", "en"], cwd=repo)
    assert result.exit_code == 0, result.output
    assert f"shard {empty}/50: none of the 2 plan(s) falls in this part" in result.stderr
    assert not (repo / "build").exists() or not built(repo / "build")


def test_parse_shard_reads_k_of_n() -> None:
    assert parse_shard("2/4", "en") == Shard(2, 4)
    assert str(parse_shard(" 1 / 1 ", "en")) == "1/1"
