"""Pair the tasks of two versions of a plan: by id first, then by content similarity.

Tasks that share an id are the same task, whatever else changed (confidence 1.0). Of the
rest, each old task is paired with the most similar new task (rapidfuzz token sort ratio on
the folded title and content), best pairs first, as long as the similarity reaches the
threshold; the similarity is the match's confidence (planctl.diff.similar finds the pairs
without scoring all of them). Groups are matched the same way, among
groups only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planctl.diff.changes import MatchMethod
from planctl.diff.similar import pair_by_similarity
from planctl.diff.words import fold
from planctl.facts import PlanFacts
from planctl.model.plan import Task, TaskGroup

DEFAULT_THRESHOLD = 0.6


@dataclass
class Item:
    """A task or a group of one plan, flattened in document order."""

    key: int
    number: str
    id: str | None
    text: str
    """Title and content (a group's title), as written."""
    task: Task | None = None
    group: TaskGroup | None = None
    parent: int | None = None
    """Key of the parent task or group."""
    position: int = 0
    """Index among its siblings."""

    @property
    def is_group(self) -> bool:
        return self.group is not None


def flatten(facts: PlanFacts) -> list[Item]:
    """Groups and tasks in document order, numbered as the plan's facts number them."""
    items = facts.content.tasks
    out: list[Item] = []

    def add_task(task: Task, parent: int | None, position: int) -> None:
        key = len(out)
        text = " ".join(t for t in (task.title, task.content) if t)
        number = facts.number(task)
        out.append(Item(key, number, task.id, text, task=task, parent=parent))
        out[key].position = position
        for i, sub in enumerate(task.subtasks):
            add_task(sub, key, i)

    for i, item in enumerate(items):
        if isinstance(item, TaskGroup):
            key = len(out)
            number = facts.number(item)
            out.append(Item(key, number, item.id, item.group, group=item, position=i))
            for j, task in enumerate(item.tasks):
                add_task(task, key, j)
        else:
            add_task(item, None, i)
    return out


@dataclass(frozen=True)
class Pair:
    old: int
    new: int
    method: MatchMethod
    confidence: float


@dataclass
class Matching:
    pairs: list[Pair] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_old = {p.old: p for p in self.pairs}
        self._by_new = {p.new: p for p in self.pairs}

    def add(self, pair: Pair) -> None:
        self.pairs.append(pair)
        self._by_old[pair.old] = pair
        self._by_new[pair.new] = pair

    def of_old(self, key: int) -> Pair | None:
        return self._by_old.get(key)

    def of_new(self, key: int) -> Pair | None:
        return self._by_new.get(key)


def match_items(old: list[Item], new: list[Item], threshold: float = DEFAULT_THRESHOLD) -> Matching:
    matching = Matching()
    for groups in (False, True):
        olds = [i for i in old if i.is_group is groups]
        news = [i for i in new if i.is_group is groups]
        _by_id(olds, news, matching)
        _by_similarity(
            [i for i in olds if matching.of_old(i.key) is None],
            [i for i in news if matching.of_new(i.key) is None],
            matching,
            threshold,
        )
    matching.pairs.sort(key=lambda p: p.new)
    return matching


def _by_id(old: list[Item], new: list[Item], matching: Matching) -> None:
    new_by_id: dict[str, Item] = {}
    for item in new:
        if item.id:
            new_by_id.setdefault(item.id, item)
    for item in old:
        other = new_by_id.get(item.id) if item.id else None
        if other is not None and matching.of_new(other.key) is None:
            matching.add(Pair(item.key, other.key, "id", 1.0))


def _by_similarity(old: list[Item], new: list[Item], matching: Matching, threshold: float) -> None:
    found = pair_by_similarity(
        [fold(i.text) for i in old],
        [fold(i.text) for i in new],
        [i.key for i in old],
        [i.key for i in new],
        threshold,
    )
    for pair in found:
        matching.add(Pair(old[pair.old].key, new[pair.new].key, "similarity", round(pair.score, 3)))
