"""N: task ids, which the diff matches tasks on across years."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from planctl.checks.context import CheckContext, check
from planctl.findings import Finding
from planctl.ids import slugify
from planctl.model.plan import TaskGroup

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@check("N001", "N002", "N003")
def task_ids(ctx: CheckContext) -> Iterator[Finding]:
    first_seen: dict[str, int] = {}
    # (path, id, number, is_group): groups may share the id space but need no id.
    items: list[tuple[tuple[Any, ...], str | None, str, bool]] = []
    base = (*ctx.content_path, "tasks")
    for i, item in enumerate(ctx.content.tasks):
        if isinstance(item, TaskGroup):
            items.append(((*base, i), item.id, ctx.numbers.get(id(item), "?"), True))
    items.extend((path, task.id, ctx.number(task), False) for path, task, _ in ctx.tasks())
    for path, task_id, number, is_group in sorted(items, key=lambda x: ctx.at(x[0])):
        if task_id is None:
            if not is_group:
                yield Finding.of("N003", ctx.at(path), number=number, file=ctx.file)
            continue
        where = ctx.at((*path, "id"))
        if not _ID.fullmatch(task_id):
            yield Finding.of("N002", where, id=task_id, suggestion=slugify(task_id) or "t1")
        if task_id in first_seen:
            yield Finding.of("N001", where, id=task_id, first_line=first_seen[task_id])
        else:
            first_seen[task_id] = where.line
