"""D: deadlines, parsed from the clerk's phrase and checked against the plan's calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache

from planctl.checks.context import CheckContext
from planctl.checks.rule import ERROR, WARNING, Rule, Text, check, example
from planctl.facts.deadlines import deadline_text
from planctl.findings import Finding
from planctl.model.deadline import Deadline, DeadlineKind

_WEEKDAY_VI = {5: "thứ Bảy", 6: "Chủ nhật"}
_WEEKDAY_EN = {5: "a Saturday", 6: "a Sunday"}


def _fmt(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


@lru_cache(maxsize=64)
def _holidays(year: int) -> dict[dt.date, str]:
    import holidays

    vi = holidays.country_holidays("VN", years=year, language="vi")
    return dict(vi.items())


@lru_cache(maxsize=64)
def _holidays_en(year: int) -> dict[dt.date, str]:
    import holidays

    en = holidays.country_holidays("VN", years=year, language="en_US")
    return dict(en.items())


def non_working(day: dt.date) -> tuple[str, str] | None:
    """(Vietnamese, English) reason the day is not a working day, or None."""
    holiday = _holidays(day.year).get(day)
    if holiday:
        return f"ngày nghỉ lễ ({holiday})", f"a public holiday ({_holidays_en(day.year).get(day)})"
    if day.weekday() >= 5:
        return _WEEKDAY_VI[day.weekday()], _WEEKDAY_EN[day.weekday()]
    return None


def previous_working_day(day: dt.date) -> dt.date:
    while non_working(day):
        day -= dt.timedelta(days=1)
    return day


def _end(deadline: Deadline, period: tuple[dt.date, dt.date] | None) -> dt.date | None:
    """The last day a deadline allows; an ongoing task runs to the end of the period."""
    if deadline.end:
        return deadline.end
    if deadline.kind is DeadlineKind.ONGOING and period:
        return period[1]
    return None


D001 = Rule(
    "D001",
    "unparsed-deadline",
    ERROR,
    message=Text("không hiểu thời hạn “{text}”", "cannot understand the deadline “{text}”"),
    hint=Text(
        "viết theo dạng “Thường xuyên”, “Trước ngày 15/12/{year}”, “Quý II/{year}”, "
        '“Tháng 6/{year}”…; nếu thời hạn tùy sự kiện, ghi `deadline: {{event: "{text}"}}`',
        "write e.g. “Thường xuyên”, “Trước ngày 15/12/{year}”, “Quý II/{year}”, "
        '“Tháng 6/{year}”; for an event-driven deadline write `deadline: {{event: "{text}"}}`',
    ),
    what=Text(
        "Thời gian thực hiện (`deadline`) phải là một cụm từ planctl hiểu được: “Thường xuyên”, “Trước ngày 15/12/2024”, “Tháng 6/2024”, “Quý II/2025”, “6 tháng đầu năm”, “Năm 2024”, “2025 - 2026”, “Hằng năm”…, hoặc được khai báo là thời hạn theo sự kiện.",
        "A deadline (`deadline`) must be a phrase planctl understands: “Thường xuyên”, “Trước ngày 15/12/2024”, “Tháng 6/2024”, “Quý II/2025”, “6 tháng đầu năm”, “Năm 2024”, “2025 - 2026”, “Hằng năm”…, or be declared event-driven.",
    ),
    why=Text(
        "Thời hạn không hiểu được thì không kiểm tra được với thời gian của kế hoạch, không xếp được lịch, và thường là do gõ nhầm; planctl không bao giờ lặng lẽ chấp nhận nó.",
        "A deadline that cannot be understood cannot be checked against the plan's period or scheduled, and is usually a typing slip; planctl never accepts it silently.",
    ),
    example=example(
        "tasks:\n  - content: Tổng kết công tác năm\n    deadline: Quí 2 năm 2025",
        "không hiểu được",
        "not understood",
    ),
    fix=Text(
        'Viết theo một trong các dạng trên, ví dụ “Quý II/2025”; nếu thời hạn tùy sự kiện, ghi `deadline: {event: "Theo kế hoạch kiểm tra"}`.',
        'Write one of the forms above, e.g. “Quý II/2025”; for a deadline that depends on an event, write `deadline: {event: "Theo kế hoạch kiểm tra"}`.',
    ),
)
D002 = Rule(
    "D002",
    "deadline-outside-period",
    ERROR,
    message=Text(
        "thời hạn “{text}” nằm ngoài thời gian của kế hoạch ({period})",
        "deadline “{text}” is outside the plan's period ({period})",
    ),
    hint=Text(
        "sửa năm của thời hạn, hoặc khai báo `period:` của kế hoạch",
        "fix the deadline's year, or declare the plan's `period:`",
    ),
    what=Text(
        "Thời hạn của nhiệm vụ phải nằm trong thời gian của kế hoạch: `period:` nếu có, nếu không thì năm ghi trong trích yếu, hoặc năm ban hành (hay `period` trong planctl.toml).",
        "A task's deadline must lie within the plan's period: its `period:` if declared, else the year in its title, else the year of its date (or `period` in planctl.toml).",
    ),
    why=Text(
        "Nhiệm vụ của kế hoạch năm 2024 mà hạn năm 2023 thường là phần sót lại khi sao chép kế hoạch năm trước.",
        "A task of a 2024 plan with a 2023 deadline is usually left over from copying last year's plan.",
    ),
    example=example(
        "title: Kế hoạch cải cách hành chính năm 2024\ntasks:\n  - content: Rà soát thủ tục hành chính\n    deadline: Quý II/2023",
        "ngoài năm 2024",
        "outside 2024",
    ),
    fix=Text(
        "Sửa năm của thời hạn; nếu kế hoạch kéo dài nhiều năm, khai báo `period:` cho đúng.",
        "Correct the deadline's year; if the plan spans several years, declare its `period:`.",
    ),
)
D003 = Rule(
    "D003",
    "deadline-before-plan",
    ERROR,
    message=Text(
        "thời hạn “{text}” ({end}) trước ngày ban hành kế hoạch ({date})",
        "deadline “{text}” ({end}) falls before the plan's date ({date})",
    ),
    hint=Text("dời thời hạn sau ngày ban hành", "move the deadline after the plan's date"),
    what=Text(
        "Thời hạn không được kết thúc trước ngày ban hành kế hoạch (`date`).",
        "A deadline may not end before the plan's date (`date`).",
    ),
    why=Text(
        "Không thể giao một việc đã quá hạn ngay khi ban hành; thường là gõ nhầm ngày, tháng hoặc năm.",
        "Work cannot be assigned already overdue; this is usually a wrong day, month or year.",
    ),
    example=example(
        "date: 2024-03-15\ntasks:\n  - content: Báo cáo quý I\n    deadline: Trước ngày 28/02/2024",
        "trước ngày ban hành",
        "before the plan's date",
    ),
    fix=Text(
        "Dời thời hạn sau ngày ban hành, hoặc sửa ngày ban hành nếu nó sai.",
        "Move the deadline after the plan's date, or correct the date if it is wrong.",
    ),
)
D004 = Rule(
    "D004",
    "subtask-after-parent",
    ERROR,
    message=Text(
        "thời hạn của nhiệm vụ {number} (“{text}”) muộn hơn nhiệm vụ cha {parent} (“{parent_text}”)",
        "task {number}'s deadline (“{text}”) is later than its parent {parent}'s (“{parent_text}”)",
    ),
    hint=Text(
        "rút ngắn thời hạn nhiệm vụ con hoặc kéo dài thời hạn nhiệm vụ cha",
        "bring the subtask's deadline forward or extend the parent's",
    ),
    what=Text(
        "Thời hạn của một nhiệm vụ con (`subtasks`) không được muộn hơn thời hạn của nhiệm vụ cha; nhiệm vụ “Thường xuyên” kéo dài đến hết thời gian của kế hoạch.",
        "A subtask's deadline (`subtasks`) may not be later than its parent's; an ongoing (“Thường xuyên”) task runs to the end of the plan's period.",
    ),
    why=Text(
        "Nhiệm vụ cha chỉ xong khi mọi nhiệm vụ con xong; hạn của nhiệm vụ con muộn hơn làm hạn của nhiệm vụ cha vô nghĩa.",
        "A parent task is done only when all its subtasks are; a later subtask deadline makes the parent's meaningless.",
    ),
    example=example(
        "- content: Xây dựng cơ sở dữ liệu\n  deadline: Quý II/2024\n  subtasks:\n    - content: Thu thập dữ liệu\n      deadline: Quý III/2024",
        "muộn hơn nhiệm vụ cha",
        "later than the parent",
    ),
    fix=Text(
        "Rút ngắn thời hạn của nhiệm vụ con, hoặc kéo dài thời hạn của nhiệm vụ cha.",
        "Bring the subtask's deadline forward, or extend the parent's.",
    ),
)
D005 = Rule(
    "D005",
    "deadline-non-working-day",
    WARNING,
    message=Text("thời hạn {date} rơi vào {day_vi}", "deadline {date} falls on {day_en}"),
    hint=Text(
        "chọn ngày làm việc gần nhất, ví dụ {suggestion}",
        "pick the nearest working day, e.g. {suggestion}",
    ),
    what=Text(
        "Thời hạn là một ngày cụ thể rơi vào thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ của Việt Nam.",
        "A deadline on a specific day falls on a Saturday, a Sunday or a Vietnamese public holiday.",
    ),
    why=Text(
        "Hạn chót vào ngày nghỉ thực tế dời sang ngày làm việc trước hoặc sau, nên các đơn vị hiểu hạn khác nhau.",
        "A deadline on a day off really moves to the working day before or after, so units read it differently.",
    ),
    example=example(
        "deadline: Trước ngày 02/9/2024",
        "ngày Quốc khánh",
        "National Day",
    ),
    fix=Text(
        "Chọn ngày làm việc gần nhất trước đó (planctl gợi ý một ngày).",
        "Pick the nearest working day before it (planctl suggests one).",
    ),
)
D006 = Rule(
    "D006",
    "no-deadline",
    WARNING,
    message=Text("nhiệm vụ {number} không có thời gian thực hiện", "task {number} has no deadline"),
    hint=Text("thêm `deadline:` (ví dụ “Thường xuyên”)", "add `deadline:` (e.g. “Thường xuyên”)"),
    what=Text(
        "Một nhiệm vụ không có nhiệm vụ con thì phải có thời gian thực hiện (`deadline`).",
        "A task without subtasks must have a deadline (`deadline`).",
    ),
    why=Text(
        "Nhiệm vụ không có thời hạn thì không đôn đốc, kiểm tra hay đánh giá được.",
        "A task without a deadline cannot be followed up, inspected or assessed.",
    ),
    example=example(
        "tasks:\n  - content: Tuyên truyền, phổ biến pháp luật\n    lead: [Vụ Pháp chế]",
        "không có `deadline:`",
        "no `deadline:`",
    ),
    fix=Text(
        "Thêm `deadline:`, ví dụ “Thường xuyên” nếu việc diễn ra suốt thời gian của kế hoạch.",
        "Add `deadline:`, e.g. “Thường xuyên” when the work goes on throughout the plan's period.",
    ),
)


@check(D001, D002, D003, D004, D005, D006)
def deadlines(ctx: CheckContext) -> Iterator[Finding]:
    period = ctx.period
    year = period[0].year if period else None
    parsed: dict[int, Deadline | None] = {}
    for path, task, parent in ctx.tasks():
        number = ctx.number(task)
        text = deadline_text(task)
        where = ctx.at((*path, "deadline"))
        if task.deadline is None:
            if not task.subtasks:
                yield Finding.of("D006", ctx.at(path), number=number)
            parsed[id(task)] = None
            continue
        deadline = ctx.facts.of(task).deadline
        parsed[id(task)] = deadline
        if deadline is None:
            yield Finding.of("D001", where, text=text, year=year or dt.date.today().year)
            continue
        start, end = deadline.start, deadline.end
        if period and (
            (end and end > period[1]) or (end and end < period[0]) or (start and start > period[1])
        ):
            span = (
                str(period[0].year)
                if period[0].year == period[1].year
                else f"{period[0].year} - {period[1].year}"
            )
            yield Finding.of("D002", where, text=text, period=span)
        if end and ctx.plan_date and end < ctx.plan_date:
            yield Finding.of("D003", where, text=text, end=_fmt(end), date=_fmt(ctx.plan_date))
        if parent is not None:
            parent_deadline = parsed.get(id(parent))
            parent_end = _end(parent_deadline, period) if parent_deadline else None
            own_end = _end(deadline, period)
            if parent_end and own_end and own_end > parent_end:
                yield Finding.of(
                    "D004",
                    where,
                    number=number,
                    text=text,
                    parent=ctx.number(parent),
                    parent_text=deadline_text(parent),
                )
        day = deadline.specific_date
        if day is not None:
            reason = non_working(day)
            if reason:
                yield Finding.of(
                    "D005",
                    where,
                    date=_fmt(day),
                    day_vi=reason[0],
                    day_en=reason[1],
                    suggestion=_fmt(previous_working_day(day)),
                )
