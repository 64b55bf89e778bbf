"""A plan's facts, worked out once right after the model: its kind, period, the day its units
must exist on, the number of every group and task, each unit resolved against the registry and
each deadline parsed to dates.

Checks, the view (and so every writer), diff and `new --from` read these facts and never
recompute them, so that validate and build can no longer disagree about, say, the year a
"Quý II" falls in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from planctl.facts.cells import split_cell
from planctl.facts.deadlines import deadline_text, parse_task_deadline
from planctl.facts.numbering import task_numbers
from planctl.facts.period import plan_period
from planctl.model.deadline import Deadline
from planctl.model.kinds import DocumentKind, content_of, kind_of
from planctl.model.plan import Document, PlanContent, Task, TaskGroup
from planctl.model.registry import Registry, ResolvedUnit, UnitIndex

__all__ = ["GroupFacts", "PlanFacts", "TaskFacts", "UnitRef", "work_out"]


@dataclass(frozen=True)
class UnitRef:
    """A unit as the plan wrote it, and the registry entry it names (None: not found).

    `entry` is the index of the cell's entry it was written in (a list item, or 0 for a cell
    written as one string), `offset` where it starts in that entry and `separator` what the
    clerk typed after it there (see planctl.facts.cells)."""

    written: str
    resolved: ResolvedUnit | None
    entry: int = 0
    offset: int = 0
    separator: str = ""

    @property
    def canonical(self) -> str:
        return self.resolved.canonical if self.resolved else self.written


@dataclass(frozen=True)
class TaskFacts:
    task: Task
    path: tuple[Any, ...]  # data path from the document root, for positions
    parent: Task | None
    depth: int  # 0 for a task, 1 for its subtasks …
    group: TaskGroup | None
    number: str  # as printed: "4.1", "02"
    qualified_number: str  # for messages: "II.02"
    lead: tuple[UnitRef, ...]
    support: tuple[UnitRef, ...]
    deadline_text: str
    deadline: Deadline | None  # None: no deadline, or a phrase that does not parse


@dataclass(frozen=True)
class GroupFacts:
    group: TaskGroup
    path: tuple[Any, ...]
    number: str  # "II"


@dataclass
class PlanFacts:
    document: Document
    registry: Registry | None  # None: a diff of plans read without their registry
    kind: DocumentKind
    content: PlanContent
    content_path: tuple[Any, ...]  # ("plan",) inside a decision, () for a plan on its own
    period: tuple[dt.date, dt.date] | None
    units: UnitIndex | None
    tasks: list[TaskFacts] = field(default_factory=list)  # document order, subtasks after parent
    groups: list[GroupFacts] = field(default_factory=list)
    _by_task: dict[int, TaskFacts] = field(default_factory=dict, repr=False)
    _by_group: dict[int, GroupFacts] = field(default_factory=dict, repr=False)

    @property
    def year(self) -> int | None:
        """The year undated deadlines fall in: the period's first year."""
        return self.period[0].year if self.period else None

    @property
    def issue_date(self) -> dt.date | None:
        return self.document.date

    @property
    def reference_day(self) -> dt.date | None:
        """The day units must exist on: the issue date, else the period's first day."""
        if self.document.date:
            return self.document.date
        return self.period[0] if self.period else None

    def of(self, task: Task) -> TaskFacts:
        return self._by_task[id(task)]

    def number(self, item: Task | TaskGroup) -> str:
        if isinstance(item, TaskGroup):
            group = self._by_group.get(id(item))
            return group.number if group else "?"
        found = self._by_task.get(id(item))
        return found.qualified_number if found else "?"


def work_out(document: Document, registry: Registry | None) -> PlanFacts:
    content = content_of(document)
    kind = kind_of(document)
    facts = PlanFacts(
        document=document,
        registry=registry,
        kind=kind,
        content=content,
        content_path=kind.content_path,
        period=plan_period(document),
        units=UnitIndex(registry) if registry else None,
    )
    layout = content.task_layout
    scheme = layout.number_scheme
    printed = task_numbers(content.tasks, layout.numbering, scheme=scheme)
    qualified = task_numbers(content.tasks, layout.numbering, qualified=True, scheme=scheme)
    year = facts.year
    base = (*facts.content_path, "tasks")

    def refs(entries: list[str]) -> tuple[UnitRef, ...]:
        return tuple(
            UnitRef(unit.written, unit.resolved, k, unit.offset, unit.separator)
            for k, entry in enumerate(entries)
            for unit in split_cell(entry, facts.units)
        )

    def walk(
        task: Task, path: tuple[Any, ...], parent: Task | None, depth: int, group: TaskGroup | None
    ) -> None:
        found = TaskFacts(
            task=task,
            path=path,
            parent=parent,
            depth=depth,
            group=group,
            number=printed[id(task)],
            qualified_number=qualified[id(task)],
            lead=refs(task.lead),
            support=refs(task.support),
            deadline_text=deadline_text(task),
            deadline=parse_task_deadline(task, year, document.date),
        )
        facts.tasks.append(found)
        facts._by_task[id(task)] = found
        for i, sub in enumerate(task.subtasks):
            walk(sub, (*path, "subtasks", i), task, depth + 1, group)

    for i, item in enumerate(content.tasks):
        if isinstance(item, TaskGroup):
            group = GroupFacts(item, (*base, i), printed[id(item)])
            facts.groups.append(group)
            facts._by_group[id(item)] = group
            for j, task in enumerate(item.tasks):
                walk(task, (*base, i, "tasks", j), None, 0, item)
        else:
            walk(item, (*base, i), None, 0, None)
    return facts
