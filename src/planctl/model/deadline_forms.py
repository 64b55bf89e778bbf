"""The phrase grammar of deadlines: which wordings mean which period.

:func:`read_key` matches a normalised phrase (see :func:`~planctl.model.deadline_value.phrase_key`)
against each form in turn and builds the :class:`Deadline` it names. The constructors validate
what the patterns capture loosely, so that an impossible month, quarter or date yields ``None``.

Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from planctl.model.deadline_value import (
    MAX_YEAR,
    MIN_YEAR,
    ROMAN,
    Deadline,
    DeadlineKind,
    Recurrence,
    month_end,
)

_ROMAN_VALUE = {roman.lower(): number for number, roman in ROMAN.items()}


def _valid_year(year: int | None) -> bool:
    return year is not None and MIN_YEAR <= year <= MAX_YEAR


# --- constructors: validate, compute the period, or return None --------------------------


def _ongoing(text: str, year: int | None) -> Deadline | None:
    if year is None:
        return Deadline(DeadlineKind.ONGOING, text)
    if not _valid_year(year):
        return None
    return Deadline(DeadlineKind.ONGOING, text, date(year, 1, 1), date(year, 12, 31), year=year)


def _recurring(text: str, recurrence: Recurrence, year: int | None) -> Deadline | None:
    if year is None:
        return Deadline(DeadlineKind.RECURRING, text, recurrence=recurrence)
    if not _valid_year(year):
        return None
    first, last = date(year, 1, 1), date(year, 12, 31)
    return Deadline(DeadlineKind.RECURRING, text, first, last, recurrence=recurrence, year=year)


def _by_date_from(text: str, day: date) -> Deadline | None:
    if not _valid_year(day.year):
        return None
    return Deadline(DeadlineKind.BY_DATE, text, end=day, year=day.year)


def _by_date(text: str, year: int, month: int, day: int) -> Deadline | None:
    try:
        due = date(year, month, day)
    except ValueError:
        return None
    return _by_date_from(text, due)


def _month(text: str, year: int | None, month: int) -> Deadline | None:
    if not _valid_year(year) or year is None or not 1 <= month <= 12:
        return None
    first = date(year, month, 1)
    return Deadline(DeadlineKind.MONTH, text, first, month_end(first), year=year)


def _quarter(text: str, year: int | None, quarter: int) -> Deadline | None:
    if not _valid_year(year) or year is None or not 1 <= quarter <= 4:
        return None
    first = date(year, 3 * quarter - 2, 1)
    last = month_end(date(year, 3 * quarter, 1))
    return Deadline(DeadlineKind.QUARTER, text, first, last, year=year)


def _half_year(text: str, year: int | None, half: int) -> Deadline | None:
    if year is None:
        return Deadline(DeadlineKind.HALF_YEAR, text)
    if not _valid_year(year):
        return None
    if half == 1:
        first, last = date(year, 1, 1), date(year, 6, 30)
    else:
        first, last = date(year, 7, 1), date(year, 12, 31)
    return Deadline(DeadlineKind.HALF_YEAR, text, first, last, year=year)


def _year(text: str, year: int) -> Deadline | None:
    if not _valid_year(year):
        return None
    return Deadline(DeadlineKind.YEAR, text, date(year, 1, 1), date(year, 12, 31), year=year)


def _year_range(text: str, first: int, last: int) -> Deadline | None:
    if not (_valid_year(first) and _valid_year(last)) or first > last:
        return None
    return Deadline(
        DeadlineKind.YEAR_RANGE, text, date(first, 1, 1), date(last, 12, 31), year=first
    )


def _month_range(
    text: str, first_year: int | None, first_month: int, last_year: int | None, last_month: int
) -> Deadline | None:
    if first_year is None or last_year is None:
        return None
    if not (_valid_year(first_year) and _valid_year(last_year)):
        return None
    if not (1 <= first_month <= 12 and 1 <= last_month <= 12):
        return None
    if (first_year, first_month) > (last_year, last_month):
        return None
    first = date(first_year, first_month, 1)
    last = month_end(date(last_year, last_month, 1))
    return Deadline(DeadlineKind.MONTH_RANGE, text, first, last, year=first_year)


def _open_ended(text: str, year: int) -> Deadline | None:
    if not _valid_year(year):
        return None
    return Deadline(DeadlineKind.OPEN_ENDED, text, start=date(year, 1, 1), year=year)


# --- the grammar -------------------------------------------------------------------------
# Every pattern is matched in full against the key. Numbers are captured loosely and validated
# by the constructors, so that "Quý V/2024" or "Tháng 13/2024" come back as None.

_Y = r"(\d{4})"
_N = r"(\d{1,2})"
_IN = r"(?:hoàn thành )?(?:trong )?"
_YEAR_SUFFIX = r"(?:,? (?:trong )?năm (\d{4}))?"
_SIX = r"(?:0?6|sáu)"

_ONGOING = re.compile(r"(?:thường xuyên(?:,? liên tục)?|liên tục)" + _YEAR_SUFFIX)
_RECURRING: tuple[tuple[re.Pattern[str], Recurrence], ...] = (
    (re.compile(r"(?:định kỳ (?:hằng |theo )?|hằng )năm" + _YEAR_SUFFIX), Recurrence.ANNUAL),
    (re.compile(r"(?:định kỳ (?:hằng |theo )?|hằng )quý" + _YEAR_SUFFIX), Recurrence.QUARTERLY),
    (re.compile(r"(?:định kỳ (?:hằng |theo )?|hằng )tháng" + _YEAR_SUFFIX), Recurrence.MONTHLY),
    (
        re.compile(
            rf"(?:(?:định kỳ |hằng ){_SIX} tháng(?: (?:một|1) lần)?|{_SIX} tháng (?:một|1) lần)"
            + _YEAR_SUFFIX
        ),
        Recurrence.SEMIANNUAL,
    ),
)
_DATE_PREFIX = (
    r"(?:(?:hoàn thành(?: xong)?|xong|chậm nhất|hạn chót|hạn)(?: là)? )?"
    r"(?:(?:trước|vào|trong) )?(?:ngày )?"
)
_BY_DATE_NUMERIC = re.compile(_DATE_PREFIX + rf"{_N} ?([/.]|-) ?{_N} ?\2 ?{_Y}")
_BY_DATE_LONG = re.compile(_DATE_PREFIX + rf"{_N} tháng {_N},? năm {_Y}")
_MONTH_PART = rf"{_N}(?:(?:/| năm ){_Y})?"
_MONTH_RANGE = re.compile(
    rf"(?:trong )?(?:từ )?tháng {_MONTH_PART}(?: - | đến )(?:tháng )?{_MONTH_PART}"
)
_MONTH = re.compile(_IN + rf"(?:tháng {_N}(?:(?:[/.]| năm ){_Y})?|{_N}[/.]{_Y})")
_QUARTER = re.compile(_IN + rf"quý ([ivx]+|\d{{1,2}})(?:(?:/| năm ){_Y})?")
_HALF_YEAR = re.compile(_IN + rf"{_SIX} tháng (đầu|cuối) năm(?: {_Y})?")
_YEAR_RANGE = re.compile(
    rf"(?:trong )?(?:giai đoạn |các năm |năm |từ (?:năm )?)?{_Y}(?: - | đến )(?:năm )?{_Y}"
)
_OPEN_ENDED = re.compile(
    rf"(?:từ )?(?:năm )?{_Y}(?:,? và (?:những|các) năm (?:tiếp theo|sau)|,? trở đi|,? trở về sau)"
    rf"|từ (?:năm )?{_Y}"
)
_YEAR = re.compile(_IN + rf"(?:năm )?{_Y}")


def _int(group: str | None) -> int | None:
    return None if group is None else int(group)


def _quarter_number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return _ROMAN_VALUE.get(token)


def _or_default(year: int | None, default_year: int | None) -> int | None:
    return default_year if year is None else year


_Parser = Callable[[re.Match[str], str, int | None], Deadline | None]


def _p_ongoing(m: re.Match[str], text: str, default_year: int | None) -> Deadline | None:
    return _ongoing(text, _int(m[1]))


def _p_by_date(m: re.Match[str], text: str, default_year: int | None) -> Deadline | None:
    day, month, year = int(m[1]), int(m[3]), int(m[4])
    return _by_date(text, year, month, day)


def _p_by_date_long(m: re.Match[str], text: str, default_year: int | None) -> Deadline | None:
    return _by_date(text, int(m[3]), int(m[2]), int(m[1]))


def _p_month_range(m: re.Match[str], text: str, default_year: int | None) -> Deadline | None:
    first_year, last_year = _int(m[2]), _int(m[4])
    last_year = _or_default(last_year if last_year is not None else first_year, default_year)
    first_year = last_year if first_year is None else first_year
    return _month_range(text, first_year, int(m[1]), last_year, int(m[3]))


def _p_month(m: re.Match[str], text: str, default_year: int | None) -> Deadline | None:
    if m[1] is not None:
        return _month(text, _or_default(_int(m[2]), default_year), int(m[1]))
    return _month(text, int(m[4]), int(m[3]))


def _p_quarter(m: re.Match[str], text: str, default_year: int | None) -> Deadline | None:
    quarter = _quarter_number(m[1])
    if quarter is None:
        return None
    return _quarter(text, _or_default(_int(m[2]), default_year), quarter)


def _p_half_year(m: re.Match[str], text: str, default_year: int | None) -> Deadline | None:
    half = 1 if m[1] == "đầu" else 2
    return _half_year(text, _or_default(_int(m[2]), default_year), half)


def _p_year_range(m: re.Match[str], text: str, default_year: int | None) -> Deadline | None:
    return _year_range(text, int(m[1]), int(m[2]))


def _p_open_ended(m: re.Match[str], text: str, default_year: int | None) -> Deadline | None:
    return _open_ended(text, int(m[1] or m[2]))


def _p_year(m: re.Match[str], text: str, default_year: int | None) -> Deadline | None:
    return _year(text, int(m[1]))


_GRAMMAR: tuple[tuple[re.Pattern[str], _Parser], ...] = (
    (_ONGOING, _p_ongoing),
    (_BY_DATE_NUMERIC, _p_by_date),
    (_BY_DATE_LONG, _p_by_date_long),
    (_MONTH_RANGE, _p_month_range),
    (_MONTH, _p_month),
    (_QUARTER, _p_quarter),
    (_HALF_YEAR, _p_half_year),
    (_YEAR_RANGE, _p_year_range),
    (_OPEN_ENDED, _p_open_ended),
    (_YEAR, _p_year),
)


def read_key(key: str, text: str, default_year: int | None) -> Deadline | None:
    """The deadline the matching key names, its :attr:`~Deadline.text` being ``text``;
    ``None`` when no form matches or the period it names is impossible."""
    for pattern, recurrence in _RECURRING:
        if match := pattern.fullmatch(key):
            return _recurring(text, recurrence, _int(match[1]))
    for pattern, parser in _GRAMMAR:
        if match := pattern.fullmatch(key):
            return parser(match, text, default_year)
    return None
