"""The :class:`Deadline` value: the period a deadline phrase covers, spelled back and shifted.

:meth:`Deadline.canonical` prints a deadline in the one spelling the tables use,
:meth:`Deadline.describe` words it for messages, and :meth:`Deadline.shift_years` moves it to
another year (carrying a plan forward). Reading the phrase is :mod:`planctl.model.deadline_forms`.

Standard library only.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

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
    QUARTER_RANGE = "quarter_range"
    """Consecutive quarters of one year: "Quý I, II/2025", "Quý III và IV năm 2025"."""
    YEAR_PART = "year_part"
    """A part of a year: "Đầu năm" (quarter I), "Giữa năm" (June–July), "Cuối năm" (quarter IV)."""
    WORKING_DAYS = "working_days"
    """ "Trong 10 ngày làm việc kể từ ngày …": `working_days` counted from a day (`start`,
    when known), due on `end` once planctl.workdays has counted them on the calendar."""


class Recurrence(StrEnum):
    ANNUAL = "annual"
    SEMIANNUAL = "semiannual"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
# The months each part of a year covers: the first and the last.
YEAR_PARTS = {"đầu": (1, 3), "giữa": (6, 7), "cuối": (10, 12)}
_YEAR_PART_BY_MONTH = {first: word for word, (first, _last) in YEAR_PARTS.items()}
_YEAR_PART_EN = {"đầu": "start of", "giữa": "mid", "cuối": "end of"}
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
    year_from_period: bool = False
    """The phrase names no year ("Quý II", "Trước ngày 31/12"): it was the default year's."""
    then_ongoing: bool = False
    """The work goes on after the due date ("Tháng 10/2025 và thường xuyên")."""
    working_days: int | None = None
    """For :attr:`DeadlineKind.WORKING_DAYS`: how many working days."""
    counted_from: str | None = None
    """For :attr:`DeadlineKind.WORKING_DAYS`: the words after "kể từ" ("ngày ban hành Kế
    hoạch", "ngày 15/3/2024"); None when the phrase names no day (the plan's date)."""

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
        if self.then_ongoing:
            return replace(self, then_ongoing=False).canonical() + " và thường xuyên"
        year = self._year()
        kind = self.kind
        if kind is DeadlineKind.ONGOING and self.start is not None and self.end is None:
            return f"Từ {_month_or_day(self.start)}"
        if kind is DeadlineKind.ONGOING and self.recurrence is not None:
            return "Thường xuyên, " + _lower_first(self._recurring_vi(year))
        if kind is DeadlineKind.ONGOING:
            return "Thường xuyên" if year is None else f"Thường xuyên trong năm {year}"
        if kind is DeadlineKind.RECURRING and self.recurrence is not None:
            return self._recurring_vi(year)
        if kind is DeadlineKind.HALF_YEAR:
            part = "đầu" if self._half() == 1 else "cuối"
            return f"6 tháng {part} năm" + ("" if year is None else f" {year}")
        if kind is DeadlineKind.QUARTER_RANGE and self.start is not None and self.end is not None:
            quarters = [ROMAN[q] for q in _quarters(self.start, self.end)]
            listed = (
                ", ".join(quarters) if len(quarters) == 2 else f"{quarters[0]} - {quarters[-1]}"
            )
            return f"Quý {listed}/{self.start.year}"
        if kind is DeadlineKind.YEAR_PART and self.start is not None:
            word = _YEAR_PART_BY_MONTH.get(self.start.month)
            if word is not None:
                return f"{word.capitalize()} năm {self.start.year}"
        if kind is DeadlineKind.BY_DATE and self.end is not None:
            return f"Trước ngày {_dmy(self.end)}"
        if kind is DeadlineKind.MONTH and self.start is not None:
            return f"Tháng {self.start.month}/{self.start.year}"
        if kind is DeadlineKind.QUARTER and self.start is not None:
            return f"Quý {ROMAN[_quarter_of(self.start)]}/{self.start.year}"
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

    def _recurring_vi(self, year: int | None) -> str:
        assert self.recurrence is not None
        base = _RECURRENCE_VI[self.recurrence]
        return base if year is None else f"{base} trong năm {year}"

    def describe(self, lang: str = "vi") -> str:
        """A short description for messages, in Vietnamese (``"vi"``) or English (``"en"``)."""
        if lang == "vi":
            return self._describe_vi()
        if lang == "en":
            return self._describe_en()
        raise ValueError(f"unsupported language: {lang!r} (expected 'vi' or 'en')")

    def _describe_vi(self) -> str:
        if self.then_ongoing:
            return replace(self, then_ongoing=False)._describe_vi() + ", rồi thường xuyên"
        kind, year, start, end = self.kind, self._year(), self.start, self.end
        if kind is DeadlineKind.QUARTER_RANGE and start is not None and end is not None:
            return "trong " + _lower_first(self.canonical())
        if kind is DeadlineKind.BY_DATE and end is not None:
            return f"trước ngày {_dmy(end)}"
        if kind is DeadlineKind.MONTH and start is not None:
            return f"trong tháng {start.month}/{start.year}"
        if kind is DeadlineKind.QUARTER and start is not None:
            return f"trong quý {ROMAN[_quarter_of(start)]}/{start.year}"
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
        if kind is DeadlineKind.WORKING_DAYS and end is not None:
            return f"{_lower_first(self.text)} (đến ngày {_dmy(end)})"
        if kind is DeadlineKind.MONTH_RANGE and (start is None or end is None):
            return self.text
        return _lower_first(self.canonical())

    def _describe_en(self) -> str:
        if self.then_ongoing:
            return replace(self, then_ongoing=False)._describe_en() + ", then ongoing"
        kind, year, start, end = self.kind, self._year(), self.start, self.end
        if kind is DeadlineKind.ONGOING and start is not None and end is None:
            return f"ongoing from {_en_month_or_day(start)}"
        if kind is DeadlineKind.ONGOING and self.recurrence is not None:
            base = _RECURRENCE_EN[self.recurrence]
            return f"ongoing, {base}" + ("" if year is None else f" in {year}")
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
        if kind is DeadlineKind.QUARTER_RANGE and start is not None and end is not None:
            return f"Q{_quarter_of(start)}–Q{_quarter_of(end)} {start.year}"
        if kind is DeadlineKind.YEAR_PART and start is not None:
            word = _YEAR_PART_BY_MONTH.get(start.month)
            if word is not None:
                return f"{_YEAR_PART_EN[word]} {start.year}"
        if kind is DeadlineKind.EVENT:
            return f"event-driven: {self.event or self.text}"
        if kind is DeadlineKind.WORKING_DAYS:
            counted = f"{self.working_days} working days"
            if end is None:
                return counted
            return f"{counted}, by {end.day} {_MONTHS_EN[end.month - 1]} {end.year}"
        return self.text

    # --- arithmetic ------------------------------------------------------------------------

    def shift_years(self, years: int) -> Deadline:
        """The same deadline moved by ``years`` years, its text rewritten canonically.

        A 29 February due date becomes 28 February in a common year. Event-driven deadlines
        and those naming no year ("Thường xuyên", "Hằng quý") come back unchanged.
        Raises :class:`ValueError` when the result would leave the years 1900–2200.
        """
        if years == 0 or self.kind in (DeadlineKind.EVENT, DeadlineKind.WORKING_DAYS):
            # Working days are counted on one year's calendar: a shifted count is no
            # shifted date, so the phrase stays as the clerk wrote it.
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
                last = month_end(date(end.year + n, end.month, 1))
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
        return 2 if "cuối" in phrase_key(self.text) else 1


_MONTH_ALIGNED = frozenset(
    {
        DeadlineKind.MONTH,
        DeadlineKind.QUARTER,
        DeadlineKind.MONTH_RANGE,
        DeadlineKind.YEAR_RANGE,
        DeadlineKind.QUARTER_RANGE,
        DeadlineKind.YEAR_PART,
    }
)

# --- small date helpers ------------------------------------------------------------------


def _dmy(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _quarters(start: date, end: date) -> range:
    return range(_quarter_of(start), _quarter_of(end) + 1)


def _month_or_day(day: date) -> str:
    """ "tháng 3/2025" for the first of a month, else "ngày 15/3/2025"."""
    return f"tháng {day.month}/{day.year}" if day.day == 1 else f"ngày {_dmy(day)}"


def _en_month_or_day(day: date) -> str:
    month = _MONTHS_EN[day.month - 1]
    return f"{month} {day.year}" if day.day == 1 else f"{day.day} {month} {day.year}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def _shift_date(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


# --- normalisation -----------------------------------------------------------------------
# Here rather than with the grammar: Deadline.text is the cleaned phrase, and a hand-built
# half-year deadline without dates reads its half from the key.

_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")


def clean_phrase(text: str) -> str:
    """The phrase as stored in :attr:`Deadline.text`: NFC, stripped, no trailing "."."""
    return unicodedata.normalize("NFC", text).strip().rstrip(".").strip()


def phrase_key(text: str) -> str:
    """The matching key: lower case, one spelling of dashes, spaces, "hằng" and "quý"."""
    key = clean_phrase(text).lower()
    key = _DASHES.sub("-", key)
    key = re.sub(r"\s+", " ", key)
    key = re.sub(r"\s*/\s*", "/", key)
    key = re.sub(r"\s*-\s*", " - ", key)
    key = re.sub(r"\s*,\s*", ", ", key)
    key = re.sub(r"\s*;\s*", "; ", key)
    key = re.sub(r"\bhàng\b", "hằng", key)
    key = re.sub(r"\bqúy\b", "quý", key)  # old-style tone placement
    return key.strip()
