"""Deadlines compared as parsed values, and their change described in words.

"Quý III/2023" and "Quý 3/2023" are the same deadline; "Quý III/2023" → "Quý III/2024" is
"a year later, same quarter"; "Tháng 6/2024" → "Tháng 3/2024" is "moved 3 months earlier".

Between plans for different years (last year's plan and this year's), a deadline is read
against its plan's year: the same words ("6 tháng cuối năm") are no change, "Quý II/2024" →
"Quý II/2025" is "the same quarter as last year", and "Quý IV/2024" → "Quý III/2025" is "one
quarter earlier than last year", where counting months would say "9 months later".
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from planctl.diff.changes import DeadlineDetail, RelativeShift, Shift
from planctl.diff.words import normalize_text
from planctl.facts import TaskFacts
from planctl.i18n import t
from planctl.model.deadline import Deadline, DeadlineKind

_SAME: dict[DeadlineKind, Literal["quarter", "month", "half", "period"] | None] = {
    DeadlineKind.QUARTER: "quarter",
    DeadlineKind.MONTH: "month",
    DeadlineKind.HALF_YEAR: "half",
    DeadlineKind.YEAR_RANGE: "period",
    DeadlineKind.MONTH_RANGE: "period",
}


def value_key(deadline: Deadline) -> tuple[object, ...]:
    """What makes two deadlines the same, whatever their spelling."""
    event = normalize_text(deadline.event).casefold() if deadline.event else None
    kind, start, end, recurrence = deadline.kind, deadline.start, deadline.end, deadline.recurrence
    return (kind, start, end, recurrence, event, deadline.then_ongoing)


def compare_task_deadlines(
    old: TaskFacts, new: TaskFacts, years: tuple[int | None, int | None] = (None, None)
) -> DeadlineDetail | None:
    """The change of a task's deadline, or None when both mean the same.

    `years` are the years of the old and the new plan: the same words mean the same deadline
    relative to each plan's year ("6 tháng cuối năm" in both is no change), and a move is
    also described against the plan's year.
    """
    old_text, new_text = old.deadline_text, new.deadline_text
    old_value, new_value = old.deadline, new.deadline
    if normalize_text(old_text).casefold() == normalize_text(new_text).casefold():
        return None
    if (
        old_value is not None
        and new_value is not None
        and value_key(old_value) == value_key(new_value)
    ):
        return None
    shift = shift_between(old_value, new_value)
    due = None
    if shift is None and old_value is not None and new_value is not None:
        due = _due_shift(old_value.end, new_value.end)
    relative = None
    first, second = years
    if first is not None and second is not None and first != second:
        relative = relative_shift(old_value, new_value, (first, second))
    return DeadlineDetail(old_text, new_text, old_value, new_value, shift, due, relative)


def relative_shift(
    old: Deadline | None, new: Deadline | None, years: tuple[int, int]
) -> RelativeShift | None:
    """How `new` moved against `old` carried over to the new plan's year; None when either
    does not parse, or the move cannot be said in whole units."""
    if old is None or new is None or old.kind is DeadlineKind.EVENT:
        return None
    try:
        carried = old.shift_years(years[1] - years[0])
    except ValueError:
        return None
    if value_key(carried) == value_key(new):
        return RelativeShift(years, Shift(_unit_of(new.kind), 0, _same_of(new.kind)))
    shift = shift_between(carried, new)
    if shift is not None:
        if shift.unit == "year":
            shift = Shift("year", shift.amount)
        elif new.kind is DeadlineKind.QUARTER and shift.unit == "month" and shift.amount % 3 == 0:
            shift = Shift("quarter", shift.amount // 3)
        return RelativeShift(years, shift)
    if old.kind is new.kind:
        return None
    due = _due_shift(carried.end, new.end)
    return RelativeShift(years, None, due) if due is not None else None


def _unit_of(kind: DeadlineKind) -> Literal["quarter", "month", "day"]:
    if kind is DeadlineKind.QUARTER:
        return "quarter"
    return "day" if kind is DeadlineKind.BY_DATE else "month"


def _same_of(kind: DeadlineKind) -> Literal["quarter", "month", "day", "half", "period"] | None:
    return "day" if kind is DeadlineKind.BY_DATE else _SAME.get(kind)


def _months(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _is_month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


def shift_between(old: Deadline | None, new: Deadline | None) -> Shift | None:
    """How a deadline of one kind moved, when it moved by whole years, months or days."""
    if old is None or new is None or old.kind is not new.kind:
        return None
    kind = old.kind
    if kind is DeadlineKind.BY_DATE:
        a, b = old.end, new.end
        if a is None or b is None or a == b:
            return None
        same_day = (a.month, a.day) == (b.month, b.day) or (
            a.month == b.month == 2 and _is_month_end(a) and _is_month_end(b)
        )
        if same_day:
            return Shift("year", b.year - a.year, "day")
        if a.day == b.day:
            return Shift("month", _months(a, b))
        return Shift("day", (b - a).days)
    if old.start is None or new.start is None:
        return None
    months = _months(old.start, new.start)
    if old.end is not None and new.end is not None:
        if _months(old.end, new.end) != months:
            return None
    elif (old.end is None) != (new.end is None):
        return None
    if months == 0:
        return None
    if months % 12 == 0:
        return Shift("year", months // 12, _SAME.get(kind))
    return Shift("month", months)


def _due_shift(a: dt.date | None, b: dt.date | None) -> Shift | None:
    if a is None or b is None:
        return None
    if a == b:
        return Shift("day", 0)
    if (a.day == b.day) or (_is_month_end(a) and _is_month_end(b)):
        months = _months(a, b)
        if months % 12 == 0:
            return Shift("year", months // 12)
        return Shift("month", months)
    return Shift("day", (b - a).days)


def describe_shift(shift: Shift, lang: str) -> str:
    """A shift in words: "muộn hơn 1 năm, cùng quý" / "a year later, same quarter"."""
    n = abs(shift.amount)
    direction = "later" if shift.amount > 0 else "earlier"
    plural = "" if n == 1 else "s"
    text = t(f"diff.shift.{shift.unit}{plural}_{direction}", lang, n=n)
    if shift.same and shift.unit == "year":
        text += t(f"diff.same.{shift.same}", lang)
    return text


_QUARTERS = {"vi": ("một", "hai", "ba"), "en": ("one", "two", "three")}


def _moved(shift: Shift, lang: str) -> str:
    """A move against last year in words: "sớm hơn một quý" / "one quarter earlier"."""
    n = abs(shift.amount)
    direction = "later" if shift.amount > 0 else "earlier"
    plural = "" if n == 1 else "s"
    words: int | str = n
    if shift.unit == "quarter" and n <= 3:
        words = _QUARTERS["en" if lang == "en" else "vi"][n - 1]
    return t(f"diff.rel.{shift.unit}{plural}_{direction}", lang, n=words)


def describe_relative(relative: RelativeShift, lang: str) -> str | None:
    """The move against the plan's year in words, or None when there is nothing to say."""
    old_year, new_year = relative.years
    if new_year - old_year == 1:
        ref = t("diff.rel.last_year", lang)
    else:
        ref = t("diff.rel.year", lang, year=old_year)
    shift, due = relative.shift, relative.due_shift
    if shift is not None:
        if shift.amount == 0:
            return t(f"diff.rel.same.{shift.same or 'deadline'}", lang, ref=ref)
        return t("diff.rel.moved", lang, shift=_moved(shift, lang), ref=ref)
    if due is not None:
        if due.amount == 0:
            return t("diff.rel.due_same", lang, ref=ref)
        return t("diff.rel.due_moved", lang, shift=_moved(due, lang), ref=ref)
    return None


def describe(detail: DeadlineDetail, lang: str) -> str:
    """The change in words, for the report."""
    if detail.relative is not None:
        relative = describe_relative(detail.relative, lang)
        if relative is not None:
            return relative
    if detail.shift is not None:
        return describe_shift(detail.shift, lang)
    old, new = detail.old, detail.new
    if not detail.old_text.strip():
        return t("diff.deadline.added", lang)
    if not detail.new_text.strip():
        return t("diff.deadline.removed", lang)
    if old is None or new is None:
        return t("diff.deadline.rewritten", lang)
    due = detail.due_shift
    if due is not None:
        if due.amount == 0:
            return t("diff.due.same", lang)
        return t("diff.due.moved", lang, shift=describe_shift(due, lang))
    if old.end is None and new.end is not None:
        return t("diff.deadline.now_due", lang)
    if old.end is not None and new.end is None:
        return t("diff.deadline.no_due", lang)
    return t("diff.deadline.changed", lang, old=old.describe(lang), new=new.describe(lang))
