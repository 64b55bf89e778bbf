"""A task's deadline: the phrase the clerk wrote, and the dates it parses to."""

from __future__ import annotations

from planctl.model.deadline import Deadline, parse_deadline
from planctl.model.plan import EventDeadline, Task


def parse_task_deadline(task: Task, default_year: int | None) -> Deadline | None:
    """The parsed deadline; `default_year` places phrases that name no year ("Quý II")."""
    spec = task.deadline
    if spec is None:
        return None
    if isinstance(spec, EventDeadline):
        return parse_deadline(spec.event, default_year=default_year, event=True)
    return parse_deadline(spec, default_year=default_year)


def deadline_text(task: Task) -> str:
    """The phrase as written, which the documents print unchanged."""
    spec = task.deadline
    if isinstance(spec, EventDeadline):
        return spec.event
    return spec or ""
