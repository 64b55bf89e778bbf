"""Compare the tasks of two plans: added, removed, moved, and what changed in each pair.

Tasks are paired by match.py; for each pair, the id, the parent (and with `order`, the place
among unchanged siblings), the group title, the units, the deadline and the wording fields are
compared. Units are compared by their canonical registry name, each plan resolved with the
registry of its own side, so writing an alias instead of the canonical name is no change.
"""

from __future__ import annotations

from functools import partial

from planctl.diff.changes import (
    KIND_ORDER,
    Detail,
    MoveDetail,
    TaskChange,
    TaskChangeKind,
    TaskRef,
    UnitsDetail,
    WordingDetail,
)
from planctl.diff.deadlines import compare_task_deadlines
from planctl.diff.match import Item, Matching, Pair, flatten, match_items
from planctl.diff.sources import DiffPlan
from planctl.diff.words import normalize_text, word_diff
from planctl.model.fields import WORDING_FIELDS
from planctl.model.plan import Bullets
from planctl.model.registry import normalize_name


class _Side:
    """One plan as the task comparison sees it: its flattened items and its unit registry."""

    def __init__(self, plan: DiffPlan) -> None:
        self.plan = plan
        self.facts = plan.facts
        self.items = flatten(self.facts)
        self.index = self.facts.units

    def ref(self, item: Item) -> TaskRef:
        parent = self.items[item.parent].number if item.parent is not None else None
        return TaskRef(item.number, item.id, item.text, item.is_group, parent)

    def canonical(self, name: str) -> tuple[str, str]:
        """(comparison key, name to show) of a unit as this side's registry resolves it."""
        resolved = self.index.resolve(name) if self.index else None
        shown = resolved.canonical if resolved else name
        return normalize_name(shown), shown

    def successor(self, name: str) -> str | None:
        resolved = self.index.resolve(name) if self.index else None
        return getattr(resolved.entry, "successor", None) if resolved else None


def compare_tasks(
    old_plan: DiffPlan, new_plan: DiffPlan, threshold: float, order: bool
) -> tuple[list[TaskChange], int]:
    """The changes, in report order, and the number of tasks paired."""
    old, new = _Side(old_plan), _Side(new_plan)
    matching = match_items(old.items, new.items, threshold)
    found: list[TaskChange] = []
    for item in new.items:
        if matching.of_new(item.key) is None:
            found.append(TaskChange(TaskChangeKind.ADDED, None, new.ref(item)))
    for item in old.items:
        if matching.of_old(item.key) is None:
            found.append(TaskChange(TaskChangeKind.REMOVED, old.ref(item), None))
    reordered = _reordered(old, new, matching) if order else set()
    for pair in matching.pairs:
        a, b = old.items[pair.old], new.items[pair.new]
        ref_a, ref_b = old.ref(a), new.ref(b)
        change = partial(_change, ref_a=ref_a, ref_b=ref_b, pair=pair)

        if (a.id or b.id) and a.id != b.id:
            found.append(change(TaskChangeKind.ID))
        parent_then = matching.of_old(a.parent) if a.parent is not None else None
        mapped = parent_then.new if parent_then else (None if a.parent is None else -1)
        if mapped != b.parent:
            found.append(
                change(TaskChangeKind.MOVED, MoveDetail("reparented", ref_a.parent, ref_b.parent))
            )
        elif b.key in reordered:
            found.append(
                change(TaskChangeKind.MOVED, MoveDetail("reordered", ref_a.parent, ref_b.parent))
            )
        if a.group is not None and b.group is not None:
            if normalize_text(a.group.group) != normalize_text(b.group.group):
                words = word_diff(a.group.group, b.group.group)
                detail = WordingDetail("group", a.group.group, b.group.group, words)
                found.append(change(TaskChangeKind.WORDING, detail))
            continue
        if a.task is None or b.task is None:
            continue
        for role in ("lead", "support"):
            # Unit by unit, however the cell was typed ("A, B" or [A, B]).
            old_units = [u.written for u in getattr(old.facts.of(a.task), role)]
            new_units = [u.written for u in getattr(new.facts.of(b.task), role)]
            units = _units(old, new, old_units, new_units, role)
            if units is not None:
                found.append(change(TaskChangeKind.UNITS, units))
        deadline = compare_task_deadlines(
            old.facts.of(a.task), new.facts.of(b.task), (old_plan.year, new_plan.year)
        )
        if deadline is not None:
            found.append(change(TaskChangeKind.DEADLINE, deadline))
        for name in WORDING_FIELDS:
            before, after = _field_text(a.task, name), _field_text(b.task, name)
            if normalize_text(before) != normalize_text(after):
                detail = WordingDetail(name, before, after, word_diff(before, after))
                found.append(change(TaskChangeKind.WORDING, detail))
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    old_keys = {i.number: i.key for i in old.items}
    new_keys = {i.number: i.key for i in new.items}

    def sort_key(c: TaskChange) -> tuple[int, int]:
        if c.new is not None:
            return rank[c.kind], new_keys[c.new.number]
        return rank[c.kind], old_keys[c.ref.number]

    found.sort(key=sort_key)
    return found, len(matching.pairs)


def _change(
    kind: TaskChangeKind,
    detail: Detail | None = None,
    *,
    ref_a: TaskRef,
    ref_b: TaskRef,
    pair: Pair,
) -> TaskChange:
    return TaskChange(kind, ref_a, ref_b, pair.method, pair.confidence, detail)


def _field_text(task: object, name: str) -> str:
    value = getattr(task, name)
    if value is None:
        return ""
    if isinstance(value, list):
        lines: list[str] = []
        for para in value:
            if isinstance(para, Bullets):
                lines.extend(f"- {b}" for b in para.bullets)
            else:
                lines.append(str(para))
        return "\n".join(lines)
    return str(value)


def _units(
    old: _Side, new: _Side, before: list[str], after: list[str], role: str
) -> UnitsDetail | None:
    a = dict(_old_unit(old, new, n) for n in before)
    b = dict(new.canonical(n) for n in after)
    removed = tuple(shown for key, shown in a.items() if key not in b)
    added = tuple(shown for key, shown in b.items() if key not in a)
    if not removed and not added:
        return None
    successor = False
    if len(removed) == 1 and len(added) == 1:
        named = old.successor(removed[0])
        successor = named is not None and new.canonical(named)[0] == normalize_name(added[0])
    return UnitsDetail("lead" if role == "lead" else "support", removed, added, successor)


def _old_unit(old: _Side, new: _Side, name: str) -> tuple[str, str]:
    """An old unit's comparison key in the new registry's terms: a unit renamed in the
    registry, with its old name kept as an alias, is the same unit."""
    key, shown = old.canonical(name)
    for candidate in (shown, name):
        resolved = new.index.resolve(candidate) if new.index else None
        if resolved is not None:
            return normalize_name(resolved.canonical), shown
    return key, shown


def _reordered(old: _Side, new: _Side, matching: Matching) -> set[int]:
    """New keys of tasks whose order among their (unmoved) siblings changed."""
    children: dict[int | None, list[tuple[int, int]]] = {}
    for item in new.items:
        pair = matching.of_new(item.key)
        if pair is None:
            continue
        before = old.items[pair.old]
        parent_then = matching.of_old(before.parent) if before.parent is not None else None
        mapped = parent_then.new if parent_then else (None if before.parent is None else -1)
        if mapped != item.parent:
            continue
        children.setdefault(item.parent, []).append((item.key, before.position))
    moved: set[int] = set()
    for siblings in children.values():
        keep = _longest_increasing([pos for _, pos in siblings])
        moved.update(key for i, (key, _) in enumerate(siblings) if i not in keep)
    return moved


def _longest_increasing(values: list[int]) -> set[int]:
    """Indexes of one longest strictly increasing subsequence (O(n²); sibling lists are short)."""
    if not values:
        return set()
    best = [1] * len(values)
    back = [-1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] < values[i] and best[j] + 1 > best[i]:
                best[i], back[i] = best[j] + 1, j
    i = max(range(len(values)), key=lambda k: best[k])
    keep: set[int] = set()
    while i != -1:
        keep.add(i)
        i = back[i]
    return keep
