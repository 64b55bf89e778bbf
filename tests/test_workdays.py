"""The working-day calendar: Việt Nam's public holidays, weekends and the checked-in swaps.

planctl.workdays imports the `holidays` package's Việt Nam module on its own (the package's
usual entry imports every country); the calendar must be the one the package's public entry
gives, plus the override files.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import holidays
import pytest

from planctl import workdays

D = dt.date


def _days(year: int) -> list[dt.date]:
    first = D(year, 1, 1)
    return [first + dt.timedelta(days=n) for n in range((D(year + 1, 1, 1) - first).days)]


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
@pytest.mark.parametrize("language", ["vi", "en_US"])
def test_holidays_are_the_packages_own(year, language):
    expected = dict(holidays.country_holidays("VN", years=year, language=language).items())
    assert workdays._holidays(year, language) == expected


def test_tet_and_the_national_days_2024():
    tet = [D(2024, 2, day) for day in range(8, 15)]
    for day in [*tet, D(2024, 4, 30), D(2024, 5, 1), D(2024, 9, 2), D(2024, 9, 3)]:
        reason = workdays.non_working(day)
        assert reason is not None, day
        assert reason[0].startswith("ngày nghỉ lễ (")
        assert reason[1].startswith("a public holiday (")
    assert workdays.non_working(D(2024, 2, 10)) == (
        "ngày nghỉ lễ (Tết Nguyên Đán)",
        "a public holiday (Lunar New Year)",
    )
    assert workdays.non_working(D(2024, 4, 30))[0] == "ngày nghỉ lễ (Ngày Chiến thắng)"
    assert workdays.non_working(D(2024, 5, 1))[0] == "ngày nghỉ lễ (Ngày Quốc tế Lao động)"
    assert workdays.non_working(D(2024, 9, 2))[0] == "ngày nghỉ lễ (Quốc khánh)"


def test_the_make_up_saturday_from_the_override_file_is_a_working_day():
    assert workdays.is_working_day(D(2024, 5, 4))  # làm bù cho thứ Hai 29/4/2024
    assert not workdays.is_working_day(D(2024, 4, 29))
    assert not workdays.is_working_day(D(2024, 5, 11))  # an ordinary Saturday
    assert workdays.non_working(D(2024, 5, 12)) == ("Chủ nhật", "a Sunday")


def test_the_2024_calendar_counts():
    off = [day for day in _days(2024) if not workdays.is_working_day(day)]
    weekend = [day for day in _days(2024) if day.weekday() >= 5]
    holidays_on_weekdays = {
        D(2024, 1, 1),
        *(D(2024, 2, day) for day in (8, 9, 12, 13, 14)),
        D(2024, 4, 18),
        D(2024, 4, 29),
        D(2024, 4, 30),
        D(2024, 5, 1),
        D(2024, 9, 2),
        D(2024, 9, 3),
    }
    assert set(off) == (set(weekend) - {D(2024, 5, 4)}) | holidays_on_weekdays
    assert len(off) == 104 - 1 + 12


def test_working_day_arithmetic_crosses_tet():
    assert workdays.add_working_days(D(2024, 2, 7), 1) == D(2024, 2, 15)
    assert workdays.previous_working_day(D(2024, 2, 14)) == D(2024, 2, 7)
    assert workdays.add_working_days(D(2024, 5, 3), 1) == D(2024, 5, 4)


def test_only_vietnam_is_imported():
    code = (
        "import sys, datetime\n"
        "from planctl.workdays import non_working\n"
        "assert non_working(datetime.date(2024, 9, 2))\n"
        "print(sorted(m for m in sys.modules if m.startswith('holidays.countries')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['holidays.countries.vietnam']"
