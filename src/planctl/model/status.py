"""Status records: how far each task of an issued plan has got at one date.

A status file sits beside the plan, under the organisation's `status/` folder, one folder per
plan and one file per reporting period::

    plans/quang-ngai/status/2024-kh-truyen-thong-kiem-soat-tthc/2024-h1.yaml

It names its plan (`plan:`, relative to the file), the reporting period (`period:` "2024-h1",
"2024-h2", "2024-q3" or "2024"), the day it tells the state of (`as_of:`), the fingerprint of
the plan's tasks it was written against (`plan_fingerprint:`, written by `planctl status
init`), and, keyed by task id, what each task's lead unit reported.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from planctl.model.plan import Strict


class Progress(StrEnum):
    """The four states of a task in the official reports, in their Vietnamese words."""

    NOT_STARTED = "chưa thực hiện"
    IN_PROGRESS = "đang thực hiện"
    DONE = "đã hoàn thành"
    STOPPED = "dừng thực hiện"

    @property
    def english(self) -> str:
        return _ENGLISH[self]


_ENGLISH = {
    Progress.NOT_STARTED: "not started",
    Progress.IN_PROGRESS: "in progress",
    Progress.DONE: "done",
    Progress.STOPPED: "stopped",
}
# Words a unit types for each state, folded (case, spacing, NFC); English keys too.
_SPELLINGS = {
    **{p.value: p for p in Progress},
    **{
        name.replace("_", " "): p
        for p, name in zip(Progress, ("not_started", "in_progress", "done", "stopped"), strict=True)
    },
    "chưa hoàn thành": Progress.IN_PROGRESS,
    "hoàn thành": Progress.DONE,
    "đã thực hiện": Progress.DONE,
    "đang triển khai": Progress.IN_PROGRESS,
    "chưa triển khai": Progress.NOT_STARTED,
    "dừng": Progress.STOPPED,
}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().lower().rstrip(".")


def read_progress(value: str) -> Progress | None:
    """The state a cell or a YAML value names, or None."""
    return _SPELLINGS.get(fold(value).replace("_", " "))


def _progress(value: Any) -> Any:
    if isinstance(value, str):
        found = read_progress(value)
        if found is not None:
            return found
    return value


def _text(value: Any) -> Any:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


class Product(Strict):
    """The văn bản (or other product) that completes a task: số, ký hiệu, ngày, trích yếu."""

    number: str | None = None  # "125/TB-VP", as written
    date: dt.date | None = None
    summary: str | None = None  # trích yếu

    def text(self) -> str:
        parts = []
        if self.number:
            parts.append(f"Số {self.number}")
        if self.date:
            parts.append(f"ngày {self.date:%d/%m/%Y}")
        head = " ".join(parts)
        if self.summary:
            return f"{head}: {self.summary}" if head else self.summary
        return head


class Extension(Strict):
    """A new deadline granted for a task, and the văn bản that granted it."""

    deadline: str
    granted_by: str | None = None  # "Công văn số 1234/UBND-KSTT ngày 20/6/2024"


class TaskStatus(Strict):
    status: Annotated[Progress, BeforeValidator(_progress)] | None = None
    completed: dt.date | None = None
    product: Product | str | None = None
    note: str | None = None  # tiến độ, kết quả
    difficulties: str | None = None  # khó khăn, vướng mắc
    proposals: str | None = None  # đề xuất, kiến nghị
    extension: Extension | None = None
    # The day the event a "trong N ngày làm việc kể từ …" deadline counts from happened.
    counted_from: dt.date | None = None

    def product_text(self) -> str:
        if isinstance(self.product, Product):
            return self.product.text()
        return self.product or ""


class StatusFile(Strict):
    plan: str  # the plan file, relative to this file
    period: Annotated[str, BeforeValidator(_text)]  # "2024-h1", "2024-h2", "2024-q1" … "2024"
    as_of: dt.date
    plan_fingerprint: str | None = None
    tasks: dict[str, TaskStatus] = Field(default_factory=dict)


_PERIOD = re.compile(r"(?P<year>\d{4})(?:-(?P<part>h[12]|q[1-4]))?")


def period_bounds(period: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a reporting period, or None when it is not one."""
    match = _PERIOD.fullmatch(period.strip().lower())
    if not match:
        return None
    year = int(match["year"])
    part = match["part"]
    if part is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if part[0] == "h":
        half = int(part[1])
        return (
            (dt.date(year, 1, 1), dt.date(year, 6, 30))
            if half == 1
            else (
                dt.date(year, 7, 1),
                dt.date(year, 12, 31),
            )
        )
    quarter = int(part[1])
    first = dt.date(year, 3 * quarter - 2, 1)
    last_month = 3 * quarter
    nxt = dt.date(year + (last_month == 12), last_month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def period_words(period: str) -> tuple[str, str]:
    """(Vietnamese, English) name of a reporting period: "6 tháng đầu năm 2024"."""
    match = _PERIOD.fullmatch(period.strip().lower())
    if not match:
        return period, period
    year, part = match["year"], match["part"]
    if part is None:
        return f"năm {year}", f"the year {year}"
    if part == "h1":
        return f"6 tháng đầu năm {year}", f"the first half of {year}"
    if part == "h2":
        return f"6 tháng cuối năm {year}", f"the second half of {year}"
    roman = ("I", "II", "III", "IV")[int(part[1]) - 1]
    return f"quý {roman} năm {year}", f"quarter {part[1]} of {year}"
