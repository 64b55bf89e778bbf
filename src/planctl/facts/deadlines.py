"""A task's deadline: the phrase the clerk wrote, the dates it parses to, and why not."""

from __future__ import annotations

import datetime as dt

from planctl.model.deadline import Deadline, DeadlineKind, parse_deadline
from planctl.model.deadline_diagnosis import Diagnosis, diagnose
from planctl.model.plan import EventDeadline, Task


def parse_task_deadline(
    task: Task, default_year: int | None, plan_date: dt.date | None = None
) -> Deadline | None:
    """The parsed deadline; `default_year` places phrases that name no year ("Quý II"), and
    "trong N ngày làm việc" is counted on the working-day calendar from `plan_date` (or the
    day the phrase names)."""
    spec = task.deadline
    if spec is None:
        return None
    if isinstance(spec, EventDeadline):
        return parse_deadline(spec.event, default_year=default_year, event=True)
    parsed = parse_deadline(spec, default_year=default_year)
    if parsed is not None and parsed.kind is DeadlineKind.WORKING_DAYS:
        from planctl.workdays import resolve_working_days

        return resolve_working_days(parsed, plan_date)
    return parsed


def deadline_text(task: Task) -> str:
    """The phrase as written, which the documents print unchanged."""
    spec = task.deadline
    if isinstance(spec, EventDeadline):
        return spec.event
    return spec or ""


def has_deadline(task: Task) -> bool:
    """Whether the task says anything about its deadline: absent, null, "" or blanks do not."""
    return bool(deadline_text(task).strip())


def diagnose_task_deadline(task: Task, default_year: int | None, example_year: int) -> Diagnosis:
    """Why the task's deadline does not parse (see :func:`diagnose`)."""
    return diagnose(deadline_text(task), default_year, example_year)
