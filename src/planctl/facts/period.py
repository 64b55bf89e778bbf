"""The period a plan covers, and the year its undated deadlines ("Quý II") fall in."""

from __future__ import annotations

import datetime as dt
import re

from planctl.model.kinds import content_of
from planctl.model.plan import Document

_YEAR_IN_TITLE = re.compile(r"\bnăm\s+(\d{4})\b", re.IGNORECASE)


def plan_period(document: Document) -> tuple[dt.date, dt.date] | None:
    """Declared `period`, else the year the title names ("… năm 2024"), else the date's year.

    The title comes before the date because plans are issued ahead of their year: a plan
    dated 29/12/2023 "năm 2024" is for 2024.
    """
    content = content_of(document)
    if content.period:
        return content.period.start, content.period.end
    m = _YEAR_IN_TITLE.search(content.title)
    if m:
        year = int(m.group(1))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
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
