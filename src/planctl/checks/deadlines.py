"""D: deadlines, parsed from the clerk's phrase and checked against the plan's calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache

from planctl.checks.context import CheckContext, check
from planctl.findings import Finding
from planctl.model.deadline import Deadline, DeadlineKind, parse_deadline
from planctl.model.plan import EventDeadline, Task

_WEEKDAY_VI = {5: "thứ Bảy", 6: "Chủ nhật"}
_WEEKDAY_EN = {5: "a Saturday", 6: "a Sunday"}


def _fmt(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def task_deadline(task: Task, default_year: int | None) -> Deadline | None:
    spec = task.deadline
    if spec is None:
        return None
    if isinstance(spec, EventDeadline):
        return parse_deadline(spec.event, default_year=default_year, event=True)
    return parse_deadline(spec, default_year=default_year)


def deadline_text(task: Task) -> str:
    spec = task.deadline
    if isinstance(spec, EventDeadline):
        return spec.event
    return spec or ""


@lru_cache(maxsize=64)
def _holidays(year: int) -> dict[dt.date, str]:
    import holidays

    vi = holidays.country_holidays("VN", years=year, language="vi")
    return dict(vi.items())


@lru_cache(maxsize=64)
def _holidays_en(year: int) -> dict[dt.date, str]:
    import holidays

    en = holidays.country_holidays("VN", years=year, language="en_US")
    return dict(en.items())


def non_working(day: dt.date) -> tuple[str, str] | None:
    """(Vietnamese, English) reason the day is not a working day, or None."""
    holiday = _holidays(day.year).get(day)
    if holiday:
        return f"ngày nghỉ lễ ({holiday})", f"a public holiday ({_holidays_en(day.year).get(day)})"
    if day.weekday() >= 5:
        return _WEEKDAY_VI[day.weekday()], _WEEKDAY_EN[day.weekday()]
    return None


def previous_working_day(day: dt.date) -> dt.date:
    while non_working(day):
        day -= dt.timedelta(days=1)
    return day


def _end(deadline: Deadline, period: tuple[dt.date, dt.date] | None) -> dt.date | None:
    """The last day a deadline allows; an ongoing task runs to the end of the period."""
    if deadline.end:
        return deadline.end
    if deadline.kind is DeadlineKind.ONGOING and period:
        return period[1]
    return None


@check("D001", "D002", "D003", "D004", "D005", "D006")
def deadlines(ctx: CheckContext) -> Iterator[Finding]:
    period = ctx.period
    year = period[0].year if period else None
    parsed: dict[int, Deadline | None] = {}
    for path, task, parent in ctx.tasks():
        number = ctx.number(task)
        text = deadline_text(task)
        where = ctx.at((*path, "deadline"))
        if task.deadline is None:
            if not task.subtasks:
                yield Finding.of("D006", ctx.at(path), number=number)
            parsed[id(task)] = None
            continue
        deadline = task_deadline(task, year)
        parsed[id(task)] = deadline
        if deadline is None:
            yield Finding.of("D001", where, text=text, year=year or dt.date.today().year)
            continue
        start, end = deadline.start, deadline.end
        if period and (
            (end and end > period[1]) or (end and end < period[0]) or (start and start > period[1])
        ):
            span = (
                str(period[0].year)
                if period[0].year == period[1].year
                else f"{period[0].year} - {period[1].year}"
            )
            yield Finding.of("D002", where, text=text, period=span)
        if end and ctx.plan_date and end < ctx.plan_date:
            yield Finding.of("D003", where, text=text, end=_fmt(end), date=_fmt(ctx.plan_date))
        if parent is not None:
            parent_deadline = parsed.get(id(parent))
            parent_end = _end(parent_deadline, period) if parent_deadline else None
            own_end = _end(deadline, period)
            if parent_end and own_end and own_end > parent_end:
                yield Finding.of(
                    "D004",
                    where,
                    number=number,
                    text=text,
                    parent=ctx.number(parent),
                    parent_text=deadline_text(parent),
                )
        day = deadline.specific_date
        if day is not None:
            reason = non_working(day)
            if reason:
                yield Finding.of(
                    "D005",
                    where,
                    date=_fmt(day),
                    day_vi=reason[0],
                    day_en=reason[1],
                    suggestion=_fmt(previous_working_day(day)),
                )
