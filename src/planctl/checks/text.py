"""T: the text itself: empty tasks, dates not written as the decree requires, recipients."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from planctl.checks.context import CheckContext, check
from planctl.dates import decree_date
from planctl.findings import Finding
from planctl.model.plan import TaskGroup

LONG_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


@check("T001")
def empty_content(ctx: CheckContext) -> Iterator[Finding]:
    for path, task, _ in ctx.tasks():
        if not task.content.strip():
            number = ctx.number(task)
            yield Finding.of(
                "T001",
                ctx.at((*path, "content")),
                what=f"nhiệm vụ {number}",
                what_en=f"task {number}",
            )
    base = (*ctx.content_path, "tasks")
    for i, item in enumerate(ctx.content.tasks):
        if isinstance(item, TaskGroup) and not item.group.strip():
            yield Finding.of(
                "T001", ctx.at((*base, i, "group")), what="nhóm nhiệm vụ", what_en="task group"
            )


@check("T002")
def long_dates(ctx: CheckContext) -> Iterator[Finding]:
    for path, text, _ in ctx.texts():
        for m in LONG_DATE.finditer(text):
            day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            try:
                fixed = decree_date(dt.date(year, month, day))
            except ValueError:
                continue
            if re.sub(r"\s+", " ", m.group(0)) != fixed:
                yield Finding.of("T002", ctx.locate(path, m.group(0)), text=m.group(0), fixed=fixed)


@check("T004")
def recipients_archive(ctx: CheckContext) -> Iterator[Finding]:
    recipients = ctx.document.recipients
    if recipients and not recipients[-1].strip().lstrip("- ").startswith("Lưu"):
        abbr = ctx.registry.issuer.archive_code or "…"
        yield Finding.of("T004", ctx.at(("recipients", len(recipients) - 1)), abbr=abbr)


@check("T005")
def document_number(ctx: CheckContext) -> Iterator[Finding]:
    number = ctx.document.number
    if number is not None and number <= 0:
        yield Finding.of("T005", ctx.at(("number",)), number=number)
