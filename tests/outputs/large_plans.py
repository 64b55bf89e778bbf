"""Plans of any size, made from the sample plans by repeating their tasks.

The byte test (test_docx_bytes.py) builds a few of these beside the samples, and
bench/table.py times the .docx of 140, 2,000 and 10,000 tasks. A copy of a task keeps the
clerk's text and gets an id of its own; the tasks are dealt round the plan's groups, so a
copy of the programme keeps its eight groups and its numbering across them.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
PROGRAMME = ROOT / "plans" / "chinh-phu" / "2025-ctr-hanh-dong-nq-57-khcn-dmst-cds.yaml"
DECISION = ROOT / "plans" / "btttt" / "2024-qd-2572-truyen-thong-kiem-soat-tthc.yaml"
PROSE = ROOT / "plans" / "brvt-so-ngoai-vu" / "2024-kh-truyen-thong-kiem-soat-tthc.yaml"


def _task_lists(plan: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The plan's task lists: one per group, or the one list of a plan without groups."""
    body = plan.get("programme") or plan.get("plan") or plan  # a resolution's, a decision's
    top = body["tasks"]
    groups = [item["tasks"] for item in top if "group" in item]
    return groups or [top]


def _count(task: dict[str, Any]) -> int:
    return 1 + sum(_count(sub) for sub in task.get("subtasks", ()))


def _renamed(task: dict[str, Any], suffix: str) -> dict[str, Any]:
    out = copy.deepcopy(task)
    out["id"] = f"{task['id']}-{suffix}"
    out["subtasks"] = [_renamed(sub, suffix) for sub in task.get("subtasks", ())]
    if not out["subtasks"]:
        del out["subtasks"]
    return out


def scaled(seed: Path, tasks: int) -> str:
    """The seed plan's YAML with about `tasks` tasks (a task with subtasks counts them all)."""
    plan = yaml.safe_load(seed.read_text(encoding="utf-8"))
    lists = _task_lists(plan)
    originals = [list(tasks_of) for tasks_of in lists]
    for tasks_of in lists:
        tasks_of.clear()
    made = 0
    round_ = 0
    while made < tasks:
        for index, source in enumerate(originals):
            for task in source:
                if made >= tasks:
                    break
                lists[index].append(_renamed(task, f"x{round_}") if round_ else task)
                made += _count(task)
        round_ += 1
    return yaml.safe_dump(plan, allow_unicode=True, sort_keys=False, width=10_000)


def write_scaled(seed: Path, tasks: int, folder: Path, name: str | None = None) -> Path:
    """`scaled(seed, tasks)` written into `folder` beside a copy of the seed's registry (and
    configuration); the plan's path."""
    folder.mkdir(parents=True, exist_ok=True)
    for sibling in ("org.yaml", "planctl.toml"):
        if (seed.parent / sibling).is_file():
            shutil.copy(seed.parent / sibling, folder / sibling)
    plan = folder / (name or f"{seed.stem}-{tasks}.yaml")
    plan.write_text(scaled(seed, tasks), encoding="utf-8")
    return plan
