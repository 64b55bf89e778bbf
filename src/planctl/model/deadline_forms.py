"""The phrase grammar of deadlines: which wordings mean which period.

:func:`read_key` matches a normalised phrase (see :func:`~planctl.model.deadline_value.phrase_key`)
against each form in turn and builds the :class:`Deadline` it names. Patterns capture numbers
loosely; the constructors (:mod:`planctl.model.deadline_periods`) validate them, so that an
impossible month, quarter or date yields ``None`` here and :func:`reject_reason` can say why.

A phrase that names no year ("Quý II", "Trước ngày 31/12") takes the default year, and the
deadline records it (:attr:`Deadline.year_from_period`). Two forms joined ("Tháng 10/2025 và
thường xuyên", "Thường xuyên, hằng năm") are read as the dated one, going on afterwards.

Standard library only.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from planctl.model import deadline_periods as build
from planctl.model.deadline_periods import Problem, Rejected
from planctl.model.deadline_value import Deadline, DeadlineKind, Recurrence

# Beyond IV too, so that "Quý V" is reported as a quarter that does not exist.
_ROMAN_VALUE = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}

# --- the grammar -------------------------------------------------------------------------
# Every pattern is matched in full against the key.

_Y = r"(\d{4})"
_N = r"(\d{1,2})"
_Q = r"(?:[ivx]+|\d{1,2})"
_IN = r"(?:hoàn thành )?(?:trong )?"
_YEAR_SUFFIX = r"(?:,? (?:trong )?năm (\d{4}))?"
_SIX = r"(?:0?6|sáu)"

_ONGOING_WORDS = r"(?:(?:là )?nhiệm vụ |thực hiện )?(?:thường xuyên(?:,? liên tục)?|liên tục)"
_ONGOING_PLAIN = re.compile(_ONGOING_WORDS)
_ONGOING = re.compile(_ONGOING_WORDS + _YEAR_SUFFIX)
_EVERY = r"(?:định kỳ (?:hằng |theo )?|hằng )"
_RECURRING: tuple[tuple[re.Pattern[str], Recurrence], ...] = (
    (re.compile(_EVERY + "năm" + _YEAR_SUFFIX), Recurrence.ANNUAL),
    (re.compile(_EVERY + "quý" + _YEAR_SUFFIX), Recurrence.QUARTERLY),
    (re.compile(_EVERY + "tháng" + _YEAR_SUFFIX), Recurrence.MONTHLY),
    (
        re.compile(
            rf"(?:(?:định kỳ |hằng ){_SIX} tháng(?: (?:một|1) lần)?|{_SIX} tháng (?:một|1) lần)"
            + _YEAR_SUFFIX
        ),
        Recurrence.SEMIANNUAL,
    ),
)
_DATE_WORDS = r"(?:(?:hoàn thành(?: xong)?|xong|chậm nhất|hạn chót|hạn)(?: là)? )"
_DATE_PREFIX = _DATE_WORDS + r"?(?:(?:trước|vào|trong) )?(?:ngày )?"
# Without a year, a bare "15/3" could be anything: a date needs a word before it.
_DATE_PREFIX_NEEDED = (
    rf"(?:{_DATE_WORDS}(?:(?:trước|vào|trong) )?(?:ngày )?|(?:trước|vào|trong) (?:ngày )?|ngày )"
)
_BY_DATE_NUMERIC = re.compile(_DATE_PREFIX + rf"{_N} ?([/.]|-) ?{_N} ?\2 ?{_Y}")
_BY_DATE_LONG = re.compile(_DATE_PREFIX + rf"{_N} tháng {_N},? năm {_Y}")
_BY_DAY_MONTH = re.compile(_DATE_PREFIX_NEEDED + rf"{_N} ?(?:[/.]|-) ?{_N}")
_BY_DAY_MONTH_LONG = re.compile(_DATE_PREFIX_NEEDED + rf"{_N} tháng {_N}")
_MONTH_PART = rf"{_N}(?:(?:/| năm ){_Y})?"
_MONTH_RANGE = re.compile(
    rf"(?:trong )?(?:từ )?tháng {_MONTH_PART}(?: - | đến )(?:tháng )?{_MONTH_PART}"
)
_FROM = r"(?:bắt đầu )?từ "
_ONWARDS = r"(?:,? trở đi)?"
_FROM_MONTH = re.compile(_FROM + rf"(?:tháng {_MONTH_PART}|{_N}/{_Y}){_ONWARDS}")
_FROM_QUARTER = re.compile(_FROM + rf"quý ({_Q})(?:(?:/| năm ){_Y})?{_ONWARDS}")
_FROM_DAY = re.compile(_FROM + rf"ngày {_N}/{_N}(?:/{_Y})?{_ONWARDS}")
_MONTH = re.compile(_IN + rf"(?:(?:cuối )?tháng {_N}(?:(?:[/.]| năm ){_Y})?|{_N}[/.]{_Y})")
_QUARTER = re.compile(_IN + rf"(?:cuối )?quý ({_Q})(?:(?:/| năm ){_Y})?")
_QUARTER_JOIN = r"(?:,(?: và)?| và| -| đến) (?:quý )?"
_QUARTERS = re.compile(
    _IN + rf"(?:từ )?(?:các )?quý ({_Q}(?:{_QUARTER_JOIN}{_Q})+)(?:(?:/| năm ){_Y})?"
)
_HALF_YEAR = re.compile(_IN + rf"{_SIX} tháng (đầu|cuối) năm(?: {_Y})?")
_YEAR_PART = re.compile(
    r"(?:hoàn thành )?(?:(?:vào|trong|dịp) )?(?:những tháng )?(đầu|giữa|cuối) năm" + rf"(?: {_Y})?"
)
_YEAR_RANGE = re.compile(
    rf"(?:trong )?(?:giai đoạn |các năm |năm |từ (?:năm )?)?{_Y}(?: - | đến )(?:năm )?{_Y}"
)
_OPEN_ENDED = re.compile(
    rf"(?:từ )?(?:năm )?{_Y}(?:,? và (?:những|các) năm (?:tiếp theo|sau)|,? trở đi|,? trở về sau)"
    rf"|từ (?:năm )?{_Y}"
)
_YEAR = re.compile(_IN + rf"(?:năm )?{_Y}")
# "Trong 10 ngày làm việc kể từ ngày Kế hoạch được ban hành", "Chậm nhất 05 ngày làm việc
# sau ngày 15/3/2024": a count of working days and, after "kể từ"/"sau", the day it starts.
_WORKING_DAYS = re.compile(
    r"(?:hoàn thành |thực hiện )?(?:(?:trong|chậm nhất|tối đa|trong vòng|trong thời hạn)"
    r"(?: là)? )?(\d{1,3}) ngày làm việc"
    r"(?:,? (?:kể từ|tính từ|từ|sau|sau khi)(?: ngày)? (.+))?"
)
_ANCHOR_DATE = re.compile(rf"{_N}/{_N}/{_Y}")
# How two forms are joined: "Tháng 10/2025 và thường xuyên", "Thường xuyên, hằng năm".
_JOIN = re.compile(r",? và sau đó |, sau đó |,? và |; |, | ")


def _int(group: str | None) -> int | None:
    return None if group is None else int(group)


def _quarter_number(token: str) -> int:
    number = int(token) if token.isdigit() else _ROMAN_VALUE.get(token)
    return build.check_quarter(number, token)


class _Year:
    """The year a phrase names, else the default year (and that it was the default)."""

    def __init__(self, written: str | int | None, default_year: int | None) -> None:
        year = _int(written) if isinstance(written, str) or written is None else written
        self.implied = year is None and default_year is not None
        self.value = default_year if year is None else year

    def mark(self, deadline: Deadline) -> Deadline:
        return replace(deadline, year_from_period=True) if self.implied else deadline


_Parser = Callable[[re.Match[str], str, int | None], Deadline]


def _p_ongoing(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    return build.ongoing(text, _int(m[1]))


def _p_by_date(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    return build.by_date(text, build.day(int(m[4]), int(m[3]), int(m[1])))


def _p_by_date_long(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    return build.by_date(text, build.day(int(m[3]), int(m[2]), int(m[1])))


def _p_by_day_month(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    year = _Year(None, default_year)
    return year.mark(build.by_date(text, build.day(year.value, int(m[2]), int(m[1]))))


def _p_month_range(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    first_year, last_year = _int(m[2]), _int(m[4])
    last = _Year(last_year if last_year is not None else first_year, default_year)
    first = last.value if first_year is None else first_year
    return last.mark(build.month_range(text, first, int(m[1]), last.value, int(m[3])))


def _p_from_month(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    if m[1] is not None:
        year = _Year(m[2], default_year)
        start = build.first_of_month(year.value, int(m[1]))
    else:
        year = _Year(m[4], None)
        start = build.first_of_month(year.value, int(m[3]))
    return year.mark(build.ongoing_from(text, start))


def _p_from_quarter(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    quarter = _quarter_number(m[1])
    year = _Year(m[2], default_year)
    return year.mark(build.ongoing_from(text, build.quarter_start(year.value, quarter)))


def _p_from_day(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    year = _Year(m[3], default_year)
    return year.mark(build.ongoing_from(text, build.day(year.value, int(m[2]), int(m[1]))))


def _p_month(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    if m[1] is not None:
        year = _Year(m[2], default_year)
        return year.mark(build.month(text, year.value, int(m[1])))
    return build.month(text, int(m[4]), int(m[3]))


def _p_quarter(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    quarter = _quarter_number(m[1])
    year = _Year(m[2], default_year)
    return year.mark(build.quarter(text, year.value, quarter))


def _p_quarters(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    written = re.split(_QUARTER_JOIN, m[1])
    quarters = [_quarter_number(token) for token in written]
    listed = re.search(r",| và", m[1]) is not None
    spelt = ", ".join(token.upper() for token in written)
    if any(b <= a for a, b in itertools.pairwise(quarters)):
        raise Rejected(Problem.REVERSED, first=written[0].upper(), last=written[-1].upper())
    if listed and any(b != a + 1 for a, b in itertools.pairwise(quarters)):
        raise Rejected(Problem.QUARTERS_NOT_CONSECUTIVE, quarters=spelt)
    year = _Year(m[2], default_year)
    return year.mark(build.quarter_range(text, year.value, quarters[0], quarters[-1]))


def _p_half_year(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    half = 1 if m[1] == "đầu" else 2
    year = _Year(m[2], default_year)
    return year.mark(build.half_year(text, year.value, half))


def _p_year_part(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    year = _Year(m[2], default_year)
    return year.mark(build.year_part(text, year.value, m[1]))


def _p_year_range(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    return build.year_range(text, int(m[1]), int(m[2]))


def _p_open_ended(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    return build.open_ended(text, int(m[1] or m[2]))


def _p_year(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    return build.whole_year(text, int(m[1]))


def _p_working_days(m: re.Match[str], text: str, default_year: int | None) -> Deadline:
    anchor = m[2]
    start = None
    if anchor and (day := _ANCHOR_DATE.fullmatch(anchor)):
        start = build.day(int(day[3]), int(day[2]), int(day[1]))
    return build.working_days(text, int(m[1]), _anchor_words(text, anchor), start)


def _anchor_words(text: str, anchor: str | None) -> str | None:
    """The anchor as the clerk wrote it (the key is lower-cased)."""
    if not anchor:
        return None
    found = re.search(r"(?:kể từ|tính từ|từ|sau khi|sau)(?: ngày)? ", text, re.IGNORECASE)
    return text[found.end() :].strip() if found else anchor


_GRAMMAR: tuple[tuple[re.Pattern[str], _Parser], ...] = (
    (_ONGOING, _p_ongoing),
    (_BY_DATE_NUMERIC, _p_by_date),
    (_BY_DATE_LONG, _p_by_date_long),
    (_BY_DAY_MONTH, _p_by_day_month),
    (_BY_DAY_MONTH_LONG, _p_by_day_month),
    (_MONTH_RANGE, _p_month_range),
    (_FROM_MONTH, _p_from_month),
    (_FROM_QUARTER, _p_from_quarter),
    (_FROM_DAY, _p_from_day),
    (_MONTH, _p_month),
    (_QUARTER, _p_quarter),
    (_QUARTERS, _p_quarters),
    (_HALF_YEAR, _p_half_year),
    (_YEAR_PART, _p_year_part),
    (_YEAR_RANGE, _p_year_range),
    (_OPEN_ENDED, _p_open_ended),
    (_YEAR, _p_year),
    (_WORKING_DAYS, _p_working_days),
)


def _read_one(key: str, text: str, default_year: int | None) -> Deadline | None:
    """The deadline of a single form; ``None`` when no form matches. Raises
    :class:`Rejected` when a form matches but names no possible period."""
    for pattern, recurrence in _RECURRING:
        if match := pattern.fullmatch(key):
            return build.recurring(text, recurrence, _int(match[1]))
    for pattern, parser in _GRAMMAR:
        if match := pattern.fullmatch(key):
            return parser(match, text, default_year)
    return None


def _read_joined(key: str, text: str, default_year: int | None) -> Deadline | None:
    """A form joined to "thường xuyên", on either side: the dated form, going on after."""
    for join in _JOIN.finditer(key):
        left, right = key[: join.start()], key[join.end() :]
        for ongoing, other in ((left, right), (right, left)):
            if not _ONGOING_PLAIN.fullmatch(ongoing) or _ONGOING_PLAIN.fullmatch(other):
                continue
            found = _read_one(other, text, default_year)
            if found is None or found.kind is DeadlineKind.ONGOING:
                continue
            if found.kind is DeadlineKind.RECURRING:
                return replace(found, kind=DeadlineKind.ONGOING)
            return replace(found, then_ongoing=True)
    return None


def read_or_reject(key: str, text: str, default_year: int | None) -> Deadline | None:
    """The deadline the key names, its :attr:`~Deadline.text` being ``text``; ``None`` when
    no form matches. Raises :class:`Rejected` for a known form naming no possible period."""
    found = _read_one(key, text, default_year)
    if found is None:
        found = _read_joined(key, text, default_year)
    return found


def read_key(key: str, text: str, default_year: int | None) -> Deadline | None:
    """The deadline the matching key names, its :attr:`~Deadline.text` being ``text``;
    ``None`` when no form matches or the period it names is impossible."""
    try:
        return read_or_reject(key, text, default_year)
    except Rejected:
        return None


def reject_reason(key: str, default_year: int | None) -> Rejected | None:
    """Why a key of a known form names no period; ``None`` when it parses or has no form."""
    try:
        read_or_reject(key, key, default_year)
    except Rejected as rejected:
        return rejected
    return None
