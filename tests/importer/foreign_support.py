"""Reading an imported plan's tasks back, to compare them with a fixture's expected.yaml.

The imported plan is YAML in planctl's canonical form: `tasks` is a list of groups
(`group`, `tasks`) and tasks (`content`, `lead`, `support`, `deadline`, `output`,
`subtasks`). A lead or support entry may name several units as the clerk typed them ("Sở Tài
chính, Sở Kế hoạch và Đầu tư"): they are cut as planctl's own checks cut them, with the
fixture's registry. A task's fields are flattened here into the shape of expected.yaml's tasks,
so that a test compares two lists of plain dicts and a failure shows the one task that
differs.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from planctl.facts.cells import split_cell
from planctl.model.registry import UnitIndex
from planctl.workspace import load_registry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
FOREIGN = ("libreoffice", "pandoc", "tcvn3", "vni", "programme")


def expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / name / "expected.yaml").read_text("utf-8"))
    return data


def registry_index(name: str) -> UnitIndex:
    """The unit index of a fixture's registry, which cuts "A, B" entries into units."""
    registry = load_registry(FIXTURES / name / "org.yaml").registry
    assert registry is not None
    return UnitIndex(registry)


def _names(value: Any, index: UnitIndex) -> list[str]:
    """A lead or support field as the units planctl reads in it, each as written."""
    if value is None:
        return []
    entries = [value] if isinstance(value, str) else value
    texts = [str(e["name"]) if isinstance(e, Mapping) else str(e) for e in entries]
    return [unit.written for text in texts for unit in split_cell(text, index)]


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


def as_expected(task: Mapping[str, Any], with_result: bool, index: UnitIndex) -> dict[str, Any]:
    """An imported task in expected.yaml's shape (without number and group)."""
    shaped: dict[str, Any] = {
        "content": unicodedata.normalize("NFC", str(task.get("content") or task.get("title"))),
        "lead": _names(task.get("lead"), index),
        "support": _names(task.get("support"), index),
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
