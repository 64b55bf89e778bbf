"""T: the text itself: empty tasks, dates not written as the decree requires, recipients."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from planctl.checks.context import CheckContext
from planctl.checks.rule import ERROR, WARNING, Rule, Text, check, example
from planctl.dates import decree_date
from planctl.findings import Finding
from planctl.model.plan import TaskGroup

LONG_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


T001 = Rule(
    "T001",
    "empty-content",
    ERROR,
    message=Text("nội dung của {what} bị trống", "{what_en} has empty content"),
    hint=Text("ghi nội dung công việc", "write the task's content"),
    what=Text(
        "Nội dung của nhiệm vụ (`content`) và tên của nhóm nhiệm vụ (`group`) không được trống.",
        "A task's content (`content`) and a task group's name (`group`) may not be empty.",
    ),
    why=Text(
        "Văn bản sẽ in ra một số thứ tự không kèm nội dung công việc.",
        "The document would print a task number with no work beside it.",
    ),
    example=example(
        'tasks:\n  - lead: [Văn phòng Bộ]\n    content: ""',
        "nội dung trống",
        "empty content",
    ),
    fix=Text(
        "Ghi nội dung công việc, hoặc xóa nhiệm vụ.",
        "Write the task's content, or delete the task.",
    ),
)


@check(T001)
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


T002 = Rule(
    "T002",
    "date-format",
    WARNING,
    message=Text(
        "ngày viết chưa đúng thể thức: “{text}”",
        "date not written as the decree requires: “{text}”",
    ),
    hint=Text(
        "viết “{fixed}” (ngày dưới 10 và tháng 1, 2 có số 0 đứng trước)",
        "write “{fixed}” (days below 10 and months 1 and 2 take a leading zero)",
    ),
    what=Text(
        "Ngày viết đầy đủ trong văn bản (“ngày … tháng … năm …”) phải theo thể thức: ngày dưới 10 và tháng 1, 2 có số 0 đứng trước.",
        "A date written in full in the text (“ngày … tháng … năm …”) must follow the decree: days below 10 and the months 1 and 2 take a leading zero.",
    ),
    why=Text(
        "Nghị định số 30/2020/NĐ-CP quy định cách viết này để không ai thêm được chữ số vào ngày, tháng đã ký.",
        "Decree 30/2020/NĐ-CP requires it so that no digit can be added to a signed day or month.",
    ),
    example=example(
        "closing:\n  - Kế hoạch này có hiệu lực từ ngày 5 tháng 2 năm 2024.",
        "phải là “ngày 05 tháng 02 năm 2024”",
        "should be “ngày 05 tháng 02 năm 2024”",
    ),
    fix=Text(
        "Viết lại ngày như planctl gợi ý, ví dụ “ngày 05 tháng 02 năm 2024”.",
        "Rewrite the date as planctl suggests, e.g. “ngày 05 tháng 02 năm 2024”.",
    ),
)


@check(T002)
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


T004 = Rule(
    "T004",
    "recipients-archive",
    WARNING,
    message=Text(
        "dòng cuối của nơi nhận phải là “Lưu: VT, …”",
        "the last recipient line must be “Lưu: VT, …”",
    ),
    hint=Text(
        "thêm “Lưu: VT, {abbr}” vào cuối danh sách nơi nhận",
        "add “Lưu: VT, {abbr}” at the end of the recipients",
    ),
    what=Text(
        "Dòng cuối của nơi nhận (`recipients`) phải là “Lưu: VT, …”: bản lưu ở văn thư và ở đơn vị soạn thảo.",
        "The last line of the recipients (`recipients`) must be “Lưu: VT, …”: the copies kept by the records office and the drafting unit.",
    ),
    why=Text(
        "Thể thức văn bản hành chính yêu cầu nơi nhận kết thúc bằng dòng lưu; thiếu nó văn bản bị trả lại khi phát hành.",
        "The form of an official document requires the recipients to end with the archive line; without it the document is sent back before issue.",
    ),
    example=example(
        "recipients:\n  - Như trên;\n  - Bộ trưởng (để b/c);",
        "thiếu “Lưu: VT, …”",
        "no “Lưu: VT, …”",
    ),
    fix=Text(
        "Thêm “Lưu: VT, …” vào cuối nơi nhận, với chữ viết tắt của đơn vị soạn thảo (`archive_code` trong danh mục).",
        "Add “Lưu: VT, …” at the end of the recipients, with the drafting unit's abbreviation (the registry's `archive_code`).",
    ),
)


@check(T004)
def recipients_archive(ctx: CheckContext) -> Iterator[Finding]:
    recipients = ctx.document.recipients
    if recipients and not recipients[-1].strip().lstrip("- ").startswith("Lưu"):
        abbr = ctx.registry.issuer.archive_code or "…"
        yield Finding.of("T004", ctx.at(("recipients", len(recipients) - 1)), abbr=abbr)


T005 = Rule(
    "T005",
    "document-number",
    ERROR,
    message=Text("số văn bản không hợp lệ: “{number}”", "invalid document number: “{number}”"),
    hint=Text(
        "ghi số thứ tự dạng số nguyên dương, ví dụ `number: 136`",
        "write the number as a positive integer, e.g. `number: 136`",
    ),
    what=Text(
        "Số văn bản (`number`) phải là một số nguyên dương.",
        "The document number (`number`) must be a positive integer.",
    ),
    why=Text(
        "Số 0 hay số âm không thể là số đăng ký do văn thư cấp.",
        "Zero or a negative number cannot be a number the records office registers.",
    ),
    example=example("number: 0", "phải lớn hơn 0", "must be above 0"),
    fix=Text(
        "Ghi số do văn thư cấp, ví dụ `number: 136`; khi chưa có số, bỏ khóa `number`.",
        "Write the number the records office gave, e.g. `number: 136`; until there is one, leave `number` out.",
    ),
)


@check(T005)
def document_number(ctx: CheckContext) -> Iterator[Finding]:
    number = ctx.document.number
    if number is not None and int(number) <= 0:
        yield Finding.of("T005", ctx.at(("number",)), number=number)
