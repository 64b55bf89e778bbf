"""The tally of a plan's execution at a date, computed once: the text of `planctl status`,
the figures sentences and the appendix of the BÁO CÁO, and the tracking sheet all read it.

Each task without subtasks falls in exactly one bucket of the official split:

- due in the reporting period (its due date on or before the period's last day) and
  completed: on time (`on_time`) or late (`late`);
- due in the period and not completed: still in time at the date (`in_time`) or overdue
  (`overdue`);
- not yet due (due after the period, or no due date at all: event-driven): completed ahead
  (`ahead`) or not (`not_yet_due`);
- stopped (`stopped`, dừng thực hiện), counted apart.

A task's due date is the end of its deadline's period, or of the extension granted
(`extension.deadline`); an ongoing or recurring task ("Thường xuyên", "Hằng năm") is due at
the end of the plan's period. A completed task is early when it was completed before its
deadline's period began ("Quý IV/2024" completed in August).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from planctl.facts import PlanFacts, TaskFacts
from planctl.model.deadline import Deadline, DeadlineKind, parse_deadline
from planctl.model.status import Progress, StatusFile, TaskStatus, period_bounds


class Bucket(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    IN_TIME = "in_time"
    OVERDUE = "overdue"
    AHEAD = "ahead"
    NOT_YET_DUE = "not_yet_due"
    STOPPED = "stopped"


BUCKET_WORDS = {
    Bucket.ON_TIME: ("hoàn thành đúng hạn", "completed on time"),
    Bucket.LATE: ("hoàn thành quá hạn", "completed late"),
    Bucket.IN_TIME: ("chưa hoàn thành, trong hạn", "not completed, in time"),
    Bucket.OVERDUE: ("chưa hoàn thành, quá hạn", "not completed, overdue"),
    Bucket.AHEAD: ("chưa đến hạn, đã hoàn thành", "not yet due, completed"),
    Bucket.NOT_YET_DUE: ("chưa đến hạn", "not yet due"),
    Bucket.STOPPED: ("dừng thực hiện", "stopped"),
}
_OPEN_KINDS = {DeadlineKind.ONGOING, DeadlineKind.RECURRING, DeadlineKind.OPEN_ENDED}


@dataclass(frozen=True)
class TaskState:
    """One task's place in the tally."""

    facts: TaskFacts
    status: TaskStatus | None
    due: dt.date | None
    bucket: Bucket
    early: bool

    @property
    def id(self) -> str:
        return self.facts.task.id or ""

    @property
    def progress(self) -> Progress:
        if self.status is None or self.status.status is None:
            return Progress.NOT_STARTED
        return self.status.status


@dataclass
class Counts:
    """How many tasks fall in each bucket; the figures of one row of a tally."""

    by_bucket: dict[Bucket, int] = field(default_factory=lambda: dict.fromkeys(Bucket, 0))
    early: int = 0

    def add(self, state: TaskState) -> None:
        self.by_bucket[state.bucket] += 1
        self.early += state.early

    def __getitem__(self, bucket: Bucket) -> int:
        return self.by_bucket[bucket]

    @property
    def total(self) -> int:
        return sum(self.by_bucket.values())

    @property
    def due(self) -> int:
        """Tasks due in the period (stopped ones left out)."""
        return sum(self[b] for b in (Bucket.ON_TIME, Bucket.LATE, Bucket.IN_TIME, Bucket.OVERDUE))

    @property
    def done_due(self) -> int:
        return self[Bucket.ON_TIME] + self[Bucket.LATE]

    @property
    def open_due(self) -> int:
        return self[Bucket.IN_TIME] + self[Bucket.OVERDUE]

    @property
    def not_yet_due(self) -> int:
        return self[Bucket.AHEAD] + self[Bucket.NOT_YET_DUE]

    @property
    def done(self) -> int:
        return self.done_due + self[Bucket.AHEAD]

    def as_dict(self) -> dict[str, int]:
        return {
            **{bucket.value: n for bucket, n in self.by_bucket.items()},
            "early": self.early,
            "due": self.due,
            "done": self.done,
            "total": self.total,
        }


@dataclass
class Tally:
    at: dt.date
    period: str
    period_bounds: tuple[dt.date, dt.date]
    states: list[TaskState]
    overall: Counts
    by_group: list[tuple[str, str, Counts]]  # (number, title, counts), in document order
    by_unit: list[tuple[str, Counts]]  # lead unit (canonical), in order of first appearance


def effective_deadline(
    facts: TaskFacts, status: TaskStatus | None, year: int | None
) -> Deadline | None:
    from planctl.workdays import resolve_working_days

    # The plan's own date was counted from when the facts were worked out; an extension or
    # an event-anchored count takes the day the status file gives.
    plan_date = None
    event_date = status.counted_from if status is not None else None
    if status is not None and status.extension is not None:
        extended = parse_deadline(status.extension.deadline, default_year=year)
        if extended is not None:
            return resolve_working_days(extended, plan_date, event_date)
    if facts.deadline is None:
        return None
    return resolve_working_days(facts.deadline, plan_date, event_date)


def due_date(
    deadline: Deadline | None, plan_period: tuple[dt.date, dt.date] | None
) -> dt.date | None:
    if deadline is None:
        return None
    if deadline.end is not None and deadline.kind not in _OPEN_KINDS:
        return deadline.end
    if deadline.kind in _OPEN_KINDS:
        return deadline.end or (plan_period[1] if plan_period else None)
    return None


def leaves(facts: PlanFacts) -> Iterable[TaskFacts]:
    """The tasks a unit reports on: those without subtasks."""
    return (t for t in facts.tasks if not t.task.subtasks)


def place(
    task: TaskFacts,
    status: TaskStatus | None,
    facts: PlanFacts,
    at: dt.date,
    period_end: dt.date,
) -> TaskState:
    deadline = effective_deadline(task, status, facts.year)
    due = due_date(deadline, facts.period)
    progress = status.status if status and status.status else Progress.NOT_STARTED
    in_period = due is not None and due <= period_end
    early = False
    if progress is Progress.STOPPED:
        bucket = Bucket.STOPPED
    elif progress is Progress.DONE:
        completed = (status.completed if status else None) or at
        late = due is not None and completed > due
        if deadline and deadline.start and deadline.kind not in _OPEN_KINDS:
            early = completed < deadline.start
        if not in_period:
            bucket = Bucket.LATE if late else Bucket.AHEAD
        else:
            bucket = Bucket.LATE if late else Bucket.ON_TIME
    elif not in_period:
        bucket = Bucket.NOT_YET_DUE
    elif due is not None and due < at:
        bucket = Bucket.OVERDUE
    else:
        bucket = Bucket.IN_TIME
    return TaskState(task, status, due, bucket, early)


def compute(facts: PlanFacts, record: StatusFile, at: dt.date | None = None) -> Tally:
    """The tally of `record` at `at` (default: its `as_of`)."""
    when = at or record.as_of
    bounds = period_bounds(record.period) or (facts.period or (when, when))
    states = [
        place(task, record.tasks.get(task.task.id or ""), facts, when, bounds[1])
        for task in leaves(facts)
    ]
    overall = Counts()
    groups: dict[int, tuple[str, str, Counts]] = {}
    units: dict[str, Counts] = {}
    for state in states:
        overall.add(state)
        group = state.facts.group
        if group is not None:
            number = facts.number(group)
            title = group.group or ""
            groups.setdefault(id(group), (number, title, Counts()))[2].add(state)
        leads = dict.fromkeys(ref.canonical for ref in state.facts.lead) or {"": None}
        for unit in leads:
            units.setdefault(unit, Counts()).add(state)
    return Tally(
        when, record.period, bounds, states, overall, list(groups.values()), list(units.items())
    )


def percent(part: int, whole: int) -> str:
    """A share as the reports write it: "100", "83,33" (decimal comma)."""
    if whole == 0:
        return "0"
    value = round(100 * part / whole, 2)
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")
