"""The periods deadline phrases name, built from what the grammar captured.

Each constructor validates the numbers a pattern captured loosely and either builds the
:class:`Deadline` or raises :class:`Rejected` saying what is wrong ("tháng 9 có 30 ngày",
"quý V", "no year"), so that the parser returns ``None`` and the diagnosis of the very same
phrase can tell the clerk why. The words of each :class:`Problem` are the checker's.

Standard library only.
"""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum

from planctl.model.deadline_value import (
    MAX_YEAR,
    MIN_YEAR,
    YEAR_PARTS,
    Deadline,
    DeadlineKind,
    Recurrence,
    month_end,
)


class Problem(StrEnum):
    """Why a phrase that has the shape of a deadline names no period."""

    NO_YEAR = "no_year"
    """Needs a year ("Quý II", "Trước ngày 31/12") and none was written or given."""
    DAY_OUT_OF_RANGE = "day_out_of_range"
    """values: day, month, days (in that month), year (None when the year is not known)."""
    MONTH_OUT_OF_RANGE = "month_out_of_range"
    """values: month."""
    QUARTER_OUT_OF_RANGE = "quarter_out_of_range"
    """values: quarter (as written, upper case)."""
    YEAR_OUT_OF_RANGE = "year_out_of_range"
    """values: year."""
    REVERSED = "reversed"
    """A range whose first end comes after its last. values: first, last (as spelt)."""
    QUARTERS_NOT_CONSECUTIVE = "quarters_not_consecutive"
    """values: quarters ("I, III")."""
    # What the diagnosis finds in a phrase of no known form:
    EVENT_LIKE = "event_like"
    """Reads like an event ("Sau khi …", "Khi có yêu cầu"): an `{event: …}` deadline."""
    UNKNOWN_WORDS = "unknown_words"
    """values: words (as written, quoted and joined)."""
    NOT_A_DEADLINE = "not_a_deadline"
    """Known words in no known form."""


class Rejected(ValueError):
    """A phrase of a known form that names an impossible or incomplete period."""

    def __init__(self, problem: Problem, **values: int | str | None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.values = values


def _check_year(year: int | None) -> int:
    if year is None:
        raise Rejected(Problem.NO_YEAR)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Rejected(Problem.YEAR_OUT_OF_RANGE, year=year)
    return year


def _check_month(month: int) -> int:
    if not 1 <= month <= 12:
        raise Rejected(Problem.MONTH_OUT_OF_RANGE, month=month)
    return month


def _check_day(year: int | None, month: int, day: int) -> None:
    """The day exists in that month; without a year, 29 February is allowed."""
    days = calendar.monthrange(2000 if year is None else year, month)[1]
    if not 1 <= day <= days:
        raise Rejected(Problem.DAY_OUT_OF_RANGE, day=day, month=month, days=days, year=year)


def ongoing(text: str, year: int | None) -> Deadline:
    if year is None:
        return Deadline(DeadlineKind.ONGOING, text)
    year = _check_year(year)
    return Deadline(DeadlineKind.ONGOING, text, date(year, 1, 1), date(year, 12, 31), year=year)


def ongoing_from(text: str, start: date) -> Deadline:
    """Work that starts on `start` and goes on to the end of the plan ("Từ tháng 3/2025")."""
    return Deadline(DeadlineKind.ONGOING, text, start=start, year=start.year)


def recurring(text: str, recurrence: Recurrence, year: int | None) -> Deadline:
    if year is None:
        return Deadline(DeadlineKind.RECURRING, text, recurrence=recurrence)
    year = _check_year(year)
    first, last = date(year, 1, 1), date(year, 12, 31)
    return Deadline(DeadlineKind.RECURRING, text, first, last, recurrence=recurrence, year=year)


def day(year: int | None, month: int, day_: int) -> date:
    """The date, checked: month first, then the day in that month, then the year."""
    _check_month(month)
    _check_day(year, month, day_)
    year = _check_year(year)
    _check_day(year, month, day_)  # 29 February in a common year
    return date(year, month, day_)


def by_date(text: str, due: date) -> Deadline:
    return Deadline(DeadlineKind.BY_DATE, text, end=due, year=due.year)


def first_of_month(year: int | None, month: int) -> date:
    _check_month(month)
    return date(_check_year(year), month, 1)


def month(text: str, year: int | None, month_: int) -> Deadline:
    first = first_of_month(year, month_)
    return Deadline(DeadlineKind.MONTH, text, first, month_end(first), year=first.year)


def check_quarter(quarter: int | None, written: str) -> int:
    if quarter is None or not 1 <= quarter <= 4:
        raise Rejected(Problem.QUARTER_OUT_OF_RANGE, quarter=written.upper())
    return quarter


def quarter_start(year: int | None, quarter: int) -> date:
    return date(_check_year(year), 3 * quarter - 2, 1)


def quarter(text: str, year: int | None, quarter_: int) -> Deadline:
    first = quarter_start(year, quarter_)
    last = month_end(date(first.year, 3 * quarter_, 1))
    return Deadline(DeadlineKind.QUARTER, text, first, last, year=first.year)


def quarter_range(text: str, year: int | None, first: int, last: int) -> Deadline:
    start = quarter_start(year, first)
    end = month_end(date(start.year, 3 * last, 1))
    return Deadline(DeadlineKind.QUARTER_RANGE, text, start, end, year=start.year)


def half_year(text: str, year: int | None, half: int) -> Deadline:
    if year is None:
        return Deadline(DeadlineKind.HALF_YEAR, text)
    year = _check_year(year)
    if half == 1:
        first, last = date(year, 1, 1), date(year, 6, 30)
    else:
        first, last = date(year, 7, 1), date(year, 12, 31)
    return Deadline(DeadlineKind.HALF_YEAR, text, first, last, year=year)


def year_part(text: str, year: int | None, part: str) -> Deadline:
    year = _check_year(year)
    first_month, last_month = YEAR_PARTS[part]
    first, last = date(year, first_month, 1), month_end(date(year, last_month, 1))
    return Deadline(DeadlineKind.YEAR_PART, text, first, last, year=year)


def whole_year(text: str, year: int) -> Deadline:
    year = _check_year(year)
    return Deadline(DeadlineKind.YEAR, text, date(year, 1, 1), date(year, 12, 31), year=year)


def year_range(text: str, first: int, last: int) -> Deadline:
    _check_year(first)
    _check_year(last)
    if first > last:
        raise Rejected(Problem.REVERSED, first=str(first), last=str(last))
    return Deadline(
        DeadlineKind.YEAR_RANGE, text, date(first, 1, 1), date(last, 12, 31), year=first
    )


def month_range(
    text: str, first_year: int | None, first_month: int, last_year: int | None, last_month: int
) -> Deadline:
    _check_month(first_month)
    _check_month(last_month)
    first_year, last_year = _check_year(first_year), _check_year(last_year)
    if (first_year, first_month) > (last_year, last_month):
        raise Rejected(
            Problem.REVERSED,
            first=f"{first_month}/{first_year}",
            last=f"{last_month}/{last_year}",
        )
    first = date(first_year, first_month, 1)
    last = month_end(date(last_year, last_month, 1))
    return Deadline(DeadlineKind.MONTH_RANGE, text, first, last, year=first_year)


def open_ended(text: str, year: int) -> Deadline:
    year = _check_year(year)
    return Deadline(DeadlineKind.OPEN_ENDED, text, start=date(year, 1, 1), year=year)


def working_days(text: str, count: int, counted_from: str | None, start: date | None) -> Deadline:
    """ "Trong N ngày làm việc kể từ …": dated once planctl.workdays counts the days."""
    if count < 1:
        raise Rejected(Problem.NOT_A_DEADLINE)
    return Deadline(
        DeadlineKind.WORKING_DAYS,
        text,
        start=start,
        year=start.year if start else None,
        working_days=count,
        counted_from=counted_from,
    )
