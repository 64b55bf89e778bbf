"""Reading an imported plan's tasks back, to compare them with a fixture's expected.yaml.

The imported plan is YAML in planctl's canonical form: `tasks` is a list of groups
(`group`, `tasks`) and tasks (`content`, `lead`, `support`, `deadline`, `output`,
`subtasks`). A task's fields are flattened here into the shape of expected.yaml's tasks,
so that a test compares two lists of plain dicts and a failure shows the one task that
differs.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
FOREIGN = ("libreoffice", "pandoc", "tcvn3", "vni", "programme")


def expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / name / "expected.yaml").read_text("utf-8"))
    return data


def _names(value: Any) -> list[str]:
    """A lead or support field as a list of unit names (a name, a list, or none)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(item["name"]) if isinstance(item, Mapping) else str(item) for item in value]


def _deadline(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Mapping):  # {event: "…"}
        return str(next(iter(value.values())))
    return str(value)


def imported_tasks(plan: Mapping[str, Any]) -> Iterator[tuple[str | None, Mapping[str, Any]]]:
    """(group title, task) of every task of an imported plan, subtasks after their task."""

    def walk(items: Any, group: str | None) -> Iterator[tuple[str | None, Mapping[str, Any]]]:
        for item in items or []:
            if "group" in item:
                yield from walk(item.get("tasks"), str(item["group"]))
            else:
                yield group, item
                yield from walk(item.get("subtasks"), group)

    yield from walk(plan.get("tasks"), None)


def as_expected(task: Mapping[str, Any], with_result: bool) -> dict[str, Any]:
    """An imported task in expected.yaml's shape (without number and group)."""
    shaped: dict[str, Any] = {
        "content": unicodedata.normalize("NFC", str(task.get("content") or task.get("title"))),
        "lead": _names(task.get("lead")),
        "support": _names(task.get("support")),
        "deadline": _deadline(task.get("deadline")),
    }
    if with_result:
        shaped["result"] = str(task.get("output") or "")
    return shaped


def expected_tasks(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """expected.yaml's tasks in the same shape: units as the clerk wrote them."""
    with_result = "result" in data["tasks"][0]
    out = []
    for task in data["tasks"]:
        shaped = {key: task[key] for key in ("content", "lead", "support", "deadline")}
        if with_result:
            shaped["result"] = task["result"] or ""
        out.append(shaped)
    return out
