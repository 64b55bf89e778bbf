"""The period a plan covers, and the year its undated deadlines ("Quý II") fall in."""

from __future__ import annotations

import datetime as dt
import re

from planctl.model.kinds import content_of
from planctl.model.plan import Document

_YEAR_IN_TITLE = re.compile(r"\bnăm\s+(\d{4})\b", re.IGNORECASE)
# "giai đoạn 2025 - 2030", "năm 2025 - 2026", "2021-2025": a programme's own horizon.
_YEARS_IN_TITLE = re.compile(r"\b(\d{4})\s*[-–]\s*(\d{4})\b")
# A year inside a cited date ("ngày 09 tháng 01 năm 2025") is that document's, not the plan's.
_DATE_BEFORE = re.compile(r"tháng\s+\d{1,2}\s*$", re.IGNORECASE)


def title_years(title: str) -> tuple[int, int] | None:
    """The years a plan's own title gives it: a range of years wins; else the last "năm YYYY"
    that is not part of a cited date. A title ends with its own year ("… năm 2024") while a
    cited document comes earlier ("thực hiện Nghị quyết … năm 2024 … giai đoạn 2025 - 2030")."""
    for m in _YEARS_IN_TITLE.finditer(title):
        first, last = int(m.group(1)), int(m.group(2))
        if 1900 <= first <= last <= 2200:
            return first, last
    own = [
        int(m.group(1))
        for m in _YEAR_IN_TITLE.finditer(title)
        if not _DATE_BEFORE.search(title[: m.start()])
    ]
    return (own[-1], own[-1]) if own else None


def plan_period(document: Document) -> tuple[dt.date, dt.date] | None:
    """Declared `period`, else the years the title gives the plan, else the date's year.

    The title comes before the date because plans are issued ahead of their year: a plan
    dated 29/12/2023 "năm 2024" is for 2024.
    """
    content = content_of(document)
    if content.period:
        return content.period.start, content.period.end
    years = title_years(content.title)
    if years:
        return dt.date(years[0], 1, 1), dt.date(years[1], 12, 31)
    if document.date:
        year = document.date.year
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None


def with_default_period(document: Document, period: tuple[dt.date, dt.date]) -> Document:
    """`document` with `period` (from planctl.toml) as its plan's period, unless the plan
    declares its own."""
    from planctl.model.kinds import kind_of
    from planctl.model.plan import Period

    if content_of(document).period is not None:
        return document
    value = Period(start=period[0], end=period[1])
    key = kind_of(document).attachment_key
    if key:
        attached = getattr(document, key).model_copy(update={"period": value})
        return document.model_copy(update={key: attached})
    return document.model_copy(update={"period": value})
