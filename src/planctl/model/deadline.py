"""Deadlines ("thời gian thực hiện") as clerks write them in a plan's task table.

:func:`parse_deadline` turns a Vietnamese phrase such as "Quý II/2025", "Trước ngày 15/12/2024"
or "Thường xuyên" into a typed :class:`Deadline` holding the period it covers;
:meth:`Deadline.canonical` prints it back in the one spelling the tables use.

Matching is case-insensitive and tolerant of the usual variations: NFC or NFD input, extra
whitespace, a trailing ".", "–"/"—" for "-", "hàng" for "hằng", leading zeros, Roman or Arabic
quarter numbers. A phrase that does not parse, or names an impossible date, yields ``None``
so that the caller can report it.

Standard library only.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

__all__ = ["Deadline", "DeadlineKind", "Recurrence", "parse_deadline"]

MIN_YEAR = 1900
MAX_YEAR = 2200


class DeadlineKind(StrEnum):
    ONGOING = "ongoing"
    BY_DATE = "by_date"
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    YEAR_RANGE = "year_range"
    MONTH_RANGE = "month_range"
    RECURRING = "recurring"
    OPEN_ENDED = "open_ended"
    EVENT = "event"


class Recurrence(StrEnum):
    ANNUAL = "annual"
    SEMIANNUAL = "semiannual"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_ROMAN_VALUE = {roman.lower(): number for number, roman in _ROMAN.items()}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_RECURRENCE_VI = {
    Recurrence.ANNUAL: "Hằng năm",
    Recurrence.SEMIANNUAL: "Định kỳ 6 tháng",
    Recurrence.QUARTERLY: "Định kỳ hằng quý",
    Recurrence.MONTHLY: "Hằng tháng",
}
_RECURRENCE_EN = {
    Recurrence.ANNUAL: "annually",
    Recurrence.SEMIANNUAL: "every 6 months",
    Recurrence.QUARTERLY: "quarterly",
    Recurrence.MONTHLY: "monthly",
}


@dataclass(frozen=True)
class Deadline:
    """One parsed deadline and the period it covers."""

    kind: DeadlineKind
    text: str
    """The phrase as written (NFC, stripped, trailing "." removed)."""
    start: date | None = None
    """First day of the period it covers, when known."""
    end: date | None = None
    """Last day of the period: the due date. ``None`` when open (plain "Thường xuyên", …)."""
    recurrence: Recurrence | None = None
    year: int | None = None
    """The year the phrase names, if any (for ranges: the first year)."""
    event: str | None = None
    """For :attr:`DeadlineKind.EVENT`: the event text."""

    @property
    def specific_date(self) -> date | None:
        """The due date of a :attr:`DeadlineKind.BY_DATE` deadline; ``None`` for other kinds."""
        return self.end if self.kind is DeadlineKind.BY_DATE else None

    # --- printing --------------------------------------------------------------------------

    def canonical(self) -> str:
        """The canonical Vietnamese spelling ("Quý II/2025", "Trước ngày 15/12/2024", …).

        Falls back to :attr:`text` when the deadline lacks what its kind needs to be spelled
        (possible only for a hand-built instance) and for :attr:`DeadlineKind.EVENT`.
        """
        year = self._year()
        kind = self.kind
        if kind is DeadlineKind.ONGOING:
            return "Thường xuyên" if year is None else f"Thường xuyên trong năm {year}"
        if kind is DeadlineKind.RECURRING and self.recurrence is not None:
            base = _RECURRENCE_VI[self.recurrence]
            return base if year is None else f"{base} trong năm {year}"
        if kind is DeadlineKind.HALF_YEAR:
            part = "đầu" if self._half() == 1 else "cuối"
            return f"6 tháng {part} năm" + ("" if year is None else f" {year}")
        if kind is DeadlineKind.BY_DATE and self.end is not None:
            return f"Trước ngày {_dmy(self.end)}"
        if kind is DeadlineKind.MONTH and self.start is not None:
            return f"Tháng {self.start.month}/{self.start.year}"
        if kind is DeadlineKind.QUARTER and self.start is not None:
            return f"Quý {_ROMAN[_quarter_of(self.start)]}/{self.start.year}"
        if kind is DeadlineKind.YEAR and year is not None:
            return f"Năm {year}"
        if kind is DeadlineKind.YEAR_RANGE and self.start is not None and self.end is not None:
            return f"{self.start.year} - {self.end.year}"
        if kind is DeadlineKind.MONTH_RANGE and self.start is not None and self.end is not None:
            first, last = self.start, self.end
            if first.year == last.year:
                return f"Từ tháng {first.month} đến tháng {last.month}/{last.year}"
            return f"Từ tháng {first.month}/{first.year} đến tháng {last.month}/{last.year}"
        if kind is DeadlineKind.OPEN_ENDED and year is not None:
            return f"{year} và những năm tiếp theo"
        return self.text

    def describe(self, lang: str = "vi") -> str:
        """A short description for messages, in Vietnamese (``"vi"``) or English (``"en"``)."""
        if lang == "vi":
            return self._describe_vi()
        if lang == "en":
            return self._describe_en()
        raise ValueError(f"unsupported language: {lang!r} (expected 'vi' or 'en')")

    def _describe_vi(self) -> str:
        kind, year, start, end = self.kind, self._year(), self.start, self.end
        if kind is DeadlineKind.BY_DATE and end is not None:
            return f"trước ngày {_dmy(end)}"
        if kind is DeadlineKind.MONTH and start is not None:
            return f"trong tháng {start.month}/{start.year}"
        if kind is DeadlineKind.QUARTER and start is not None:
            return f"trong quý {_ROMAN[_quarter_of(start)]}/{start.year}"
        if kind is DeadlineKind.HALF_YEAR:
            return "trong " + self.canonical()
        if kind is DeadlineKind.YEAR and year is not None:
            return f"trong năm {year}"
        if kind is DeadlineKind.YEAR_RANGE and start is not None and end is not None:
            return f"giai đoạn {start.year} - {end.year}"
        if kind is DeadlineKind.OPEN_ENDED and year is not None:
            return f"từ năm {year} trở đi"
        if kind is DeadlineKind.EVENT:
            return f"theo sự kiện: {self.event or self.text}"
        if kind is DeadlineKind.MONTH_RANGE and (start is None or end is None):
            return self.text
        canonical = self.canonical()
        return canonical[:1].lower() + canonical[1:]

    def _describe_en(self) -> str:
        kind, year, start, end = self.kind, self._year(), self.start, self.end
        if kind is DeadlineKind.ONGOING:
            return "ongoing" if year is None else f"ongoing in {year}"
        if kind is DeadlineKind.RECURRING and self.recurrence is not None:
            base = _RECURRENCE_EN[self.recurrence]
            return base if year is None else f"{base} in {year}"
        if kind is DeadlineKind.HALF_YEAR:
            part = "first" if self._half() == 1 else "second"
            return f"{part} half of " + ("the year" if year is None else str(year))
        if kind is DeadlineKind.BY_DATE and end is not None:
            return f"by {end.day} {_MONTHS_EN[end.month - 1]} {end.year}"
        if kind is DeadlineKind.MONTH and start is not None:
            return f"{_MONTHS_EN[start.month - 1]} {start.year}"
        if kind is DeadlineKind.QUARTER and start is not None:
            return f"Q{_quarter_of(start)} {start.year}"
        if kind is DeadlineKind.YEAR and year is not None:
            return f"year {year}"
        if kind is DeadlineKind.YEAR_RANGE and start is not None and end is not None:
            return f"{start.year}-{end.year}"
        if kind is DeadlineKind.MONTH_RANGE and start is not None and end is not None:
            first, last = _MONTHS_EN[start.month - 1], _MONTHS_EN[end.month - 1]
            if start.year == end.year:
                return f"{first} to {last} {end.year}"
            return f"{first} {start.year} to {last} {end.year}"
        if kind is DeadlineKind.OPEN_ENDED and year is not None:
            return f"from {year} onwards"
        if kind is DeadlineKind.EVENT:
            return f"event-driven: {self.event or self.text}"
        return self.text

    # --- arithmetic ------------------------------------------------------------------------

    def shift_years(self, years: int) -> Deadline:
        """The same deadline moved by ``years`` years, its text rewritten canonically.

        A 29 February due date becomes 28 February in a common year. Event-driven deadlines
        and those naming no year ("Thường xuyên", "Hằng quý") come back unchanged.
        Raises :class:`ValueError` when the result would leave the years 1900–2200.
        """
        if years == 0 or self.kind is DeadlineKind.EVENT:
            return self
        shifted = self._shifted(years)
        if shifted is None:
            return self
        years_named = [d.year for d in (shifted.start, shifted.end) if d is not None]
        if shifted.year is not None:
            years_named.append(shifted.year)
        if not all(MIN_YEAR <= y <= MAX_YEAR for y in years_named):
            raise ValueError(
                f"shifting “{self.text}” by {years} years leaves {MIN_YEAR}–{MAX_YEAR}"
            )
        return replace(shifted, text=shifted.canonical())

    def _shifted(self, n: int) -> Deadline | None:
        """The shifted deadline (text not yet rewritten); ``None`` when it names no year."""
        kind, year, start, end = self.kind, self._year(), self.start, self.end
        try:
            if kind is DeadlineKind.BY_DATE:
                if end is None:
                    return None
                due = _shift_date(end, n)
                return replace(self, end=due, year=due.year)
            if start is not None and end is not None and kind in _MONTH_ALIGNED:
                # Rebuild from whole months, so that "Tháng 2/2023" ends on 29/2 in 2024.
                first = date(start.year + n, start.month, 1)
                last = _month_end(date(end.year + n, end.month, 1))
                return replace(self, start=first, end=last, year=first.year)
            if year is None:
                return None
            new_year = year + n
            return replace(
                self,
                start=None if start is None else _shift_date(start, n),
                end=None if end is None else _shift_date(end, n),
                year=new_year,
            )
        except (ValueError, OverflowError) as exc:  # beyond what datetime.date can hold
            raise ValueError(f"cannot shift “{self.text}” by {n} years") from exc

    # --- helpers ---------------------------------------------------------------------------

    def _year(self) -> int | None:
        if self.year is not None:
            return self.year
        if self.start is not None:
            return self.start.year
        if self.end is not None and self.kind is not DeadlineKind.BY_DATE:
            return self.end.year
        return None

    def _half(self) -> int:
        """1 for the first half of the year, 2 for the second."""
        if self.start is not None:
            return 1 if self.start.month <= 6 else 2
        if self.end is not None:
            return 1 if self.end.month <= 6 else 2
        return 2 if "cuối" in _key(self.text) else 1


_MONTH_ALIGNED = frozenset(
    {DeadlineKind.MONTH, DeadlineKind.QUARTER, DeadlineKind.MONTH_RANGE, DeadlineKind.YEAR_RANGE}
)

# --- small date helpers ------------------------------------------------------------------


def _dmy(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def _shift_date(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


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
    return Deadline(DeadlineKind.MONTH, text, first, _month_end(first), year=year)


def _quarter(text: str, year: int | None, quarter: int) -> Deadline | None:
    if not _valid_year(year) or year is None or not 1 <= quarter <= 4:
        return None
    first = date(year, 3 * quarter - 2, 1)
    last = _month_end(date(year, 3 * quarter, 1))
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
    last = _month_end(date(last_year, last_month, 1))
    return Deadline(DeadlineKind.MONTH_RANGE, text, first, last, year=first_year)


def _open_ended(text: str, year: int) -> Deadline | None:
    if not _valid_year(year):
        return None
    return Deadline(DeadlineKind.OPEN_ENDED, text, start=date(year, 1, 1), year=year)


# --- normalisation -----------------------------------------------------------------------

_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")


def _clean(text: str) -> str:
    """The phrase as stored in :attr:`Deadline.text`: NFC, stripped, no trailing "."."""
    return unicodedata.normalize("NFC", text).strip().rstrip(".").strip()


def _key(text: str) -> str:
    """The matching key: lower case, one spelling of dashes, spaces, "hằng" and "quý"."""
    key = _clean(text).lower()
    key = _DASHES.sub("-", key)
    key = re.sub(r"\s+", " ", key)
    key = re.sub(r"\s*/\s*", "/", key)
    key = re.sub(r"\s*-\s*", " - ", key)
    key = re.sub(r"\s*,\s*", ", ", key)
    key = re.sub(r"\bhàng\b", "hằng", key)
    key = re.sub(r"\bqúy\b", "quý", key)  # old-style tone placement
    return key.strip()


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


def parse_deadline(
    text: str, *, default_year: int | None = None, event: bool = False
) -> Deadline | None:
    """Parse a deadline phrase; ``None`` when it means nothing (or an impossible date).

    ``default_year`` supplies the year of phrases that name none ("6 tháng đầu năm",
    "Quý II", "Tháng 6"); it is not applied to "Thường xuyên" or to recurring deadlines, whose
    period the checker takes from the plan. ``event=True`` declares the phrase event-driven
    ("Khi có yêu cầu"): the result is an :attr:`DeadlineKind.EVENT` deadline with no dates.
    """
    cleaned = _clean(text)
    if not cleaned:
        return None
    if event:
        return Deadline(DeadlineKind.EVENT, cleaned, event=cleaned)
    key = _key(cleaned)
    for pattern, recurrence in _RECURRING:
        if match := pattern.fullmatch(key):
            return _recurring(cleaned, recurrence, _int(match[1]))
    for pattern, parser in _GRAMMAR:
        if match := pattern.fullmatch(key):
            return parser(match, cleaned, default_year)
    return None
