"""Compare two plans into a :class:`PlanDiff`, and pair the plans of two folders.

Units are compared by their canonical registry name (each plan resolved with the registry of
its own side), so writing an alias instead of the canonical name is no change; deadlines are
compared as parsed values; text is compared after Unicode NFC and whitespace folding.
The header fields and prose are compared in compare_text.py, the tasks in compare_tasks.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from planctl.diff.changes import FileDiff, PlanDiff
from planctl.diff.compare_tasks import compare_tasks
from planctl.diff.compare_text import compare_headers, compare_prose
from planctl.diff.match import DEFAULT_THRESHOLD
from planctl.diff.sources import DiffPlan


def compare_plans(
    old: DiffPlan,
    new: DiffPlan,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    order: bool = False,
) -> PlanDiff:
    """Everything that differs between two plans.

    `order` also reports tasks whose place among unchanged siblings changed (renumbered by a
    reordering); by default only a change of parent counts as a move, so that reordering the
    tasks, or adding one near the top, does not flag every task after it.
    """
    diff = PlanDiff(old.label, new.label)
    diff.header = compare_headers(old, new)
    diff.text = compare_prose(old.document, new.document)
    diff.tasks, diff.matched = compare_tasks(old, new, threshold, order)
    return diff


# --- folders ---------------------------------------------------------------------------------


def pair_plans(
    old: list[DiffPlan], new: list[DiffPlan]
) -> list[tuple[DiffPlan | None, DiffPlan | None, Literal["name", "series"] | None]]:
    """Pair the plans of two folders: same path first, then the same declared `series`.

    Several plans of one series on a side pair in order of their year.
    """
    pairs: list[tuple[DiffPlan | None, DiffPlan | None, Literal["name", "series"] | None]] = []
    new_by_path = {p.relpath: p for p in new}
    left_old: list[DiffPlan] = []
    used: set[str] = set()
    for plan in old:
        other = new_by_path.get(plan.relpath)
        if other is not None:
            pairs.append((plan, other, "name"))
            used.add(other.relpath)
        else:
            left_old.append(plan)
    left_new = [p for p in new if p.relpath not in used]

    def by_series(plans: list[DiffPlan]) -> dict[str, list[DiffPlan]]:
        out: dict[str, list[DiffPlan]] = {}
        for p in sorted(plans, key=lambda p: (p.year or 0, p.relpath)):
            if p.document.series:
                out.setdefault(p.document.series, []).append(p)
        return out

    old_series, new_series = by_series(left_old), by_series(left_new)
    paired: set[int] = set()
    for series, olds in old_series.items():
        news = new_series.get(series, [])
        # The latest old plan pairs with the earliest new one: last year → this year.
        for a, b in zip(reversed(olds), news, strict=False):
            pairs.append((a, b, "series"))
            paired.update((id(a), id(b)))
    pairs.extend((p, None, None) for p in left_old if id(p) not in paired)
    pairs.extend((None, p, None) for p in left_new if id(p) not in paired)
    return pairs


def compare_pairs(
    pairs: list[tuple[DiffPlan | None, DiffPlan | None, Literal["name", "series"] | None]],
    compare: Callable[[DiffPlan, DiffPlan], PlanDiff],
) -> list[FileDiff]:
    files: list[FileDiff] = []
    for a, b, how in pairs:
        diff = compare(a, b) if a is not None and b is not None else None
        files.append(FileDiff(a.label if a else None, b.label if b else None, diff, how))
    return files
