"""What a diff found, as plain data: the renderers read these and nothing else.

A :class:`PlanDiff` holds header changes (number, date, signer, title, legal bases …), changes
to the prose (sections, preamble, closing) and task changes. A task change has one kind; a task
whose units and deadline both changed gives two changes. Every task change carries the old and
the new task (number, id, text) and how the two were matched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from planctl.diff.words import WordOp
from planctl.model.deadline import Deadline


class TaskChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    ID = "id"
    UNITS = "units"
    DEADLINE = "deadline"
    WORDING = "wording"


# The order the report lists the kinds in.
KIND_ORDER = (
    TaskChangeKind.ADDED,
    TaskChangeKind.REMOVED,
    TaskChangeKind.MOVED,
    TaskChangeKind.ID,
    TaskChangeKind.UNITS,
    TaskChangeKind.DEADLINE,
    TaskChangeKind.WORDING,
)

MatchMethod = Literal["id", "similarity"]
ItemChange = Literal["changed", "added", "removed"]


@dataclass(frozen=True)
class TaskRef:
    """One side of a task change: where the task sits and what it says."""

    number: str
    """Displayed number, qualified by its group: "3", "4.1", "II.02"; a group is "II"."""
    id: str | None
    content: str
    is_group: bool = False
    parent: str | None = None
    """Number of the parent task or group, None at the top level."""


@dataclass(frozen=True)
class WordingDetail:
    field: str
    """content, title, form, output, budget, notes, details, or group (a group's title)."""
    old: str
    new: str
    words: tuple[WordOp, ...]


@dataclass(frozen=True)
class UnitsDetail:
    role: Literal["lead", "support"]
    removed: tuple[str, ...]
    """Canonical names no longer named."""
    added: tuple[str, ...]
    successor: bool = False
    """One unit replaced by the unit the registry names as its successor."""


@dataclass(frozen=True)
class Shift:
    """A deadline moved by a whole number of years, quarters, months or days."""

    unit: Literal["year", "quarter", "month", "day"]
    """"quarter" only in a :class:`RelativeShift`, between quarters."""
    amount: int
    """Signed: positive is later."""
    same: Literal["quarter", "month", "day", "half", "year", "period"] | None = None
    """What stayed the same when the shift is whole years: "a year later, same quarter"."""


@dataclass(frozen=True)
class RelativeShift:
    """How a deadline moved against its plan's year, when the two plans are for different
    years: "Quý IV/2024" in the 2024 plan → "Quý III/2025" in the 2025 plan is one quarter
    earlier than last year, not nine months later."""

    years: tuple[int, int]
    """The old plan's year and the new plan's."""
    shift: Shift | None
    """The old deadline carried to the new plan's year → the new one; amount 0 (with `same`):
    it moved with the year. None when the kind changed (see `due_shift`)."""
    due_shift: Shift | None = None
    """When the kind changed: how the last day moved against the carried deadline's."""


@dataclass(frozen=True)
class DeadlineDetail:
    old_text: str
    new_text: str
    old: Deadline | None
    new: Deadline | None
    shift: Shift | None
    due_shift: Shift | None = None
    """When the kind changed (Quý II → Tháng 5): how the last day moved."""
    relative: RelativeShift | None = None
    """When the plans are for different years: the move against each plan's year."""


@dataclass(frozen=True)
class MoveDetail:
    reason: Literal["reparented", "reordered"]
    old_parent: str | None
    """Label of the old parent ("4", "II"); None at the top level."""
    new_parent: str | None


Detail = WordingDetail | UnitsDetail | DeadlineDetail | MoveDetail


@dataclass(frozen=True)
class TaskChange:
    kind: TaskChangeKind
    old: TaskRef | None
    new: TaskRef | None
    match: MatchMethod | None = None
    confidence: float | None = None
    """1.0 for a match by id; the content similarity (0–1) for a match by similarity."""
    detail: Detail | None = None

    @property
    def ref(self) -> TaskRef:
        """The side to show: the new task, or the old one for a removal."""
        ref = self.new or self.old
        assert ref is not None
        return ref


@dataclass(frozen=True)
class HeaderChange:
    """A header field changed, or one item of a header list added or removed."""

    field: str
    """number, date, place, signer, title, period, series, legal_bases, implements,
    proposed_by, recipients, authority_line, issued_by."""
    change: ItemChange
    old: str | None
    new: str | None
    words: tuple[WordOp, ...] = ()


@dataclass(frozen=True)
class TextChange:
    """A paragraph of the prose (preamble, sections, closing, articles) changed."""

    where: str
    """The heading it sits under, or preamble / closing / articles."""
    change: ItemChange
    old: str | None
    new: str | None
    words: tuple[WordOp, ...] = ()


@dataclass
class PlanDiff:
    old_label: str
    new_label: str
    header: list[HeaderChange] = field(default_factory=list)
    text: list[TextChange] = field(default_factory=list)
    tasks: list[TaskChange] = field(default_factory=list)
    matched: int = 0
    """Tasks (and groups) found in both versions."""

    @property
    def has_changes(self) -> bool:
        return bool(self.header or self.text or self.tasks)

    def counts(self) -> dict[str, int]:
        """Number of task changes of each kind (kinds with none left out), then header/text."""
        out: dict[str, int] = {}
        for kind in KIND_ORDER:
            n = sum(1 for c in self.tasks if c.kind is kind)
            if n:
                out[kind.value] = n
        if self.header:
            out["header"] = len(self.header)
        if self.text:
            out["text"] = len(self.text)
        return out

    def of_kind(self, kind: TaskChangeKind) -> list[TaskChange]:
        return [c for c in self.tasks if c.kind is kind]


FileStatus = Literal["changed", "unchanged", "added", "removed"]


@dataclass
class FileDiff:
    """One pair of plan files; `diff` is None for a plan found on one side only."""

    old: str | None
    new: str | None
    diff: PlanDiff | None
    matched_by: Literal["argument", "name", "series"] | None = None

    @property
    def status(self) -> FileStatus:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "changed" if self.diff is not None and self.diff.has_changes else "unchanged"


@dataclass
class DiffReport:
    files: list[FileDiff] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return any(f.status != "unchanged" for f in self.files)
