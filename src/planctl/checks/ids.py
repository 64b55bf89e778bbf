"""N: task ids, which the diff matches tasks on across years."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from planctl.checks.context import CheckContext
from planctl.checks.rule import ERROR, WARNING, Rule, Text, check, example
from planctl.findings import Finding
from planctl.ids import slugify
from planctl.model.plan import TaskGroup

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


N001 = Rule(
    "N001",
    "duplicate-task-id",
    ERROR,
    message=Text(
        "mã nhiệm vụ `{id}` bị trùng (đã dùng ở dòng {first_line})",
        "duplicate task id `{id}` (first used at line {first_line})",
    ),
    hint=Text(
        "đặt một mã khác; `planctl ids` sinh mã cho các nhiệm vụ chưa có",
        "choose another id; `planctl ids` generates ids for tasks without one",
    ),
    what=Text(
        "Mã nhiệm vụ (`id`) phải là duy nhất trong kế hoạch, kể cả so với mã của các nhóm nhiệm vụ.",
        "A task id (`id`) must be unique in the plan, task groups' ids included.",
    ),
    why=Text(
        "`planctl diff` so khớp nhiệm vụ giữa các năm theo mã; mã trùng làm kết quả so sánh sai.",
        "`planctl diff` matches tasks across years by id; a duplicate makes the comparison wrong.",
    ),
    example=example(
        "tasks:\n  - id: cchc-1\n    content: Rà soát thủ tục hành chính\n  - id: cchc-1",
        "trùng mã",
        "duplicate id",
    ),
    fix=Text(
        "Đặt một mã khác; `planctl ids` sinh mã cho các nhiệm vụ chưa có.",
        "Choose another id; `planctl ids` generates ids for tasks without one.",
    ),
)
N002 = Rule(
    "N002",
    "bad-task-id",
    ERROR,
    message=Text(
        "mã nhiệm vụ `{id}` chỉ được chứa chữ không dấu, số, “.”, “-”, “_”",
        "task id `{id}` may only contain ASCII letters, digits, “.”, “-”, “_”",
    ),
    hint=Text("đổi thành ví dụ `{suggestion}`", "rename it, e.g. `{suggestion}`"),
    what=Text(
        "Mã nhiệm vụ chỉ gồm chữ cái không dấu, chữ số, “.”, “-”, “_”, và bắt đầu bằng chữ hoặc số.",
        "A task id holds only ASCII letters, digits, “.”, “-” and “_”, and starts with a letter or a digit.",
    ),
    why=Text(
        "Mã được dùng trong so sánh, đường dẫn và tên tệp; chữ có dấu và khoảng trắng dễ bị chuẩn hóa khác nhau giữa các máy.",
        "Ids are used in diffs, paths and file names; accented letters and spaces are easily normalised differently on another machine.",
    ),
    example=example("- id: cải cách 1", "có dấu và khoảng trắng", "accents and a space"),
    fix=Text(
        "Đổi mã theo gợi ý của planctl, ví dụ `cai-cach-1`.",
        "Rename the id as planctl suggests, e.g. `cai-cach-1`.",
    ),
)
N003 = Rule(
    "N003",
    "missing-task-id",
    WARNING,
    message=Text(
        "nhiệm vụ {number} chưa có mã `id` (so sánh giữa các năm sẽ kém chính xác)",
        "task {number} has no `id` (year-to-year diffs will be less exact)",
    ),
    hint=Text("chạy `planctl ids {file}` để sinh mã", "run `planctl ids {file}` to generate ids"),
    what=Text(
        "Một nhiệm vụ (không phải nhóm) chưa có mã `id`.",
        "A task (not a group) has no `id`.",
    ),
    why=Text(
        "Không có mã, `planctl diff` phải so khớp nhiệm vụ theo nội dung, kém chính xác khi nội dung thay đổi giữa các năm.",
        "Without an id, `planctl diff` has to match tasks by their content, which is less exact when the wording changes from year to year.",
    ),
    example=example(
        "tasks:\n  - content: Rà soát thủ tục hành chính",
        "không có `id:`",
        "no `id:`",
    ),
    fix=Text(
        "Chạy `planctl ids tệp.yaml` để sinh mã cho mọi nhiệm vụ chưa có.",
        "Run `planctl ids file.yaml` to give every task without an id one.",
    ),
)


@check(N001, N002, N003)
def task_ids(ctx: CheckContext) -> Iterator[Finding]:
    first_seen: dict[str, int] = {}
    # (path, id, number, is_group): groups may share the id space but need no id.
    items: list[tuple[tuple[Any, ...], str | None, str, bool]] = []
    base = (*ctx.content_path, "tasks")
    for i, item in enumerate(ctx.content.tasks):
        if isinstance(item, TaskGroup):
            items.append(((*base, i), item.id, ctx.number(item), True))
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
