"""Working days in Việt Nam: the `holidays` package's public holidays, weekends, and the
day swaps each year's decision announces, checked in as src/planctl/data/workdays/<year>.yaml
(a make-up Saturday is a working day; a swapped day off is not).

The override files are read with the safe loader and cached per year; a year without a file
has no swaps.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
import unicodedata
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from types import ModuleType
from typing import Any

import yaml

from planctl.model.deadline_value import Deadline, DeadlineKind

_WEEKDAY_VI = {5: "thứ Bảy", 6: "Chủ nhật"}
_WEEKDAY_EN = {5: "a Saturday", 6: "a Sunday"}


@lru_cache(maxsize=64)
def _overrides(year: int) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
    """(working days on a weekend or holiday, extra days off) of `year`."""
    source = resources.files("planctl.data").joinpath("workdays", f"{year}.yaml")
    if not source.is_file():
        return frozenset(), frozenset()
    data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    working = frozenset(d for d in data.get("working") or [] if isinstance(d, dt.date))
    off = frozenset(d for d in data.get("off") or [] if isinstance(d, dt.date))
    return working, off


_VIETNAM = "holidays.countries.vietnam"


def _vietnam_module() -> ModuleType | None:
    """The `holidays` package's Việt Nam calendar module, imported on its own.

    Importing it the usual way first runs holidays.countries, which imports all 250 countries
    (most of the start-up of a `planctl validate` that checks deadlines); its own imports are
    the package's shared parts only. None when the package is laid out otherwise."""
    if _VIETNAM in sys.modules:
        return sys.modules[_VIETNAM]
    package = importlib.util.find_spec("holidays")
    folders = package.submodule_search_locations if package else None
    if not folders:
        return None
    for folder in folders:
        spec = importlib.util.spec_from_file_location(_VIETNAM, f"{folder}/countries/vietnam.py")
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        sys.modules[_VIETNAM] = module  # so that holidays.countries, if imported, reuses it
        try:
            spec.loader.exec_module(module)
        except (OSError, ImportError):
            del sys.modules[_VIETNAM]
            continue
        return module
    return None


def _calendar(year: int, language: str) -> Any:
    module = _vietnam_module()
    if module is None or not hasattr(module, "Vietnam"):
        import holidays

        return holidays.country_holidays("VN", years=year, language=language)
    return module.Vietnam(years=year, language=language)


@lru_cache(maxsize=64)
def _holidays(year: int, language: str) -> dict[dt.date, str]:
    return dict(_calendar(year, language).items())


def non_working(day: dt.date) -> tuple[str, str] | None:
    """(Vietnamese, English) reason the day is not a working day, or None."""
    working, off = _overrides(day.year)
    if day in working:
        return None
    holiday = _holidays(day.year, "vi").get(day)
    if holiday:
        english = _holidays(day.year, "en_US").get(day)
        return f"ngày nghỉ lễ ({holiday})", f"a public holiday ({english})"
    if day in off:
        return "ngày nghỉ hoán đổi", "a swapped day off"
    if day.weekday() >= 5:
        return _WEEKDAY_VI[day.weekday()], _WEEKDAY_EN[day.weekday()]
    return None


def is_working_day(day: dt.date) -> bool:
    return non_working(day) is None


def previous_working_day(day: dt.date) -> dt.date:
    while non_working(day):
        day -= dt.timedelta(days=1)
    return day


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The `count`-th working day after `start` ("trong 10 ngày làm việc kể từ …")."""
    day = start
    left = count
    while left > 0:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


# "kể từ ngày ban hành Kế hoạch", "kể từ ngày Kế hoạch được ký": the plan's own date.
_ISSUED = r"(?:ban hành|ký(?: ban hành)?)"
_DOCUMENT = r"(?:kế hoạch|chương trình|quyết định|văn bản)"
_THE_PLAN = re.compile(
    rf"^(?:ngày )?(?:{_ISSUED}(?: {_DOCUMENT})?|{_DOCUMENT}(?: này)? (?:được )?{_ISSUED})(?: này)?$"
)


def counts_from_the_plan(deadline: Deadline) -> bool:
    """Whether a working-days deadline counts from the plan's date: it names no day, or
    names the plan's issue ("kể từ ngày ban hành Kế hoạch")."""
    if deadline.counted_from is None:
        return True
    words = re.sub(r"\s+", " ", unicodedata.normalize("NFC", deadline.counted_from)).strip()
    return bool(_THE_PLAN.match(words.lower().rstrip(".")))


def resolve_working_days(
    deadline: Deadline, plan_date: dt.date | None, event_date: dt.date | None = None
) -> Deadline:
    """A "trong N ngày làm việc" deadline dated: counted from the day the phrase names, else
    the plan's date (when it counts from the plan), else `event_date` (the day the event it
    counts from happened, as a status file records it). Any other deadline, or one with no
    day to count from, comes back as it is."""
    if deadline.kind is not DeadlineKind.WORKING_DAYS or deadline.working_days is None:
        return deadline
    anchor = deadline.start
    if anchor is None and counts_from_the_plan(deadline):
        anchor = plan_date
    if anchor is None:
        anchor = event_date
    if anchor is None:
        return deadline
    due = add_working_days(anchor, deadline.working_days)
    return replace(deadline, start=anchor, end=due, year=anchor.year)
