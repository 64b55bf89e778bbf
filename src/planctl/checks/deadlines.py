"""D: deadlines, parsed from the clerk's phrase and checked against the plan's calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planctl.checks.context import CheckContext
from planctl.checks.rule import ERROR, WARNING, Rule, Text, check, example
from planctl.facts.deadlines import deadline_text, diagnose_task_deadline, has_deadline
from planctl.findings import Finding
from planctl.model.deadline import Deadline, DeadlineKind
from planctl.model.deadline_diagnosis import Diagnosis, Problem, with_year
from planctl.workdays import non_working, previous_working_day


def _fmt(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


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
    # What is wrong, then how to write it: both worked out from the phrase (see _d001_hint).
    hint=Text("{problem_vi}; {fix_vi}", "{problem_en}; {fix_en}"),
    what=Text(
        "Thời gian thực hiện (`deadline`) phải là một cụm từ planctl hiểu được: “Thường xuyên”, “Nhiệm vụ thường xuyên”, “Trước ngày 15/12/2024”, “Trước ngày 31/12” (năm của kế hoạch), “Tháng 6/2024”, “Quý II/2025”, “Quý I, II/2025”, “6 tháng đầu năm”, “Cuối năm 2025”, “Năm 2024”, “2025 - 2026”, “Từ tháng 3/2025”, “Hằng năm”, “Tháng 10/2025 và thường xuyên”…, hoặc được khai báo là thời hạn theo sự kiện. Gợi ý nói rõ chỗ sai: thiếu năm, ngày không có trong tháng, tháng 13, quý V, từ viết sai (kèm cách viết gần nhất).",
        "A deadline (`deadline`) must be a phrase planctl understands: “Thường xuyên”, “Nhiệm vụ thường xuyên”, “Trước ngày 15/12/2024”, “Trước ngày 31/12” (in the plan's year), “Tháng 6/2024”, “Quý II/2025”, “Quý I, II/2025”, “6 tháng đầu năm”, “Cuối năm 2025”, “Năm 2024”, “2025 - 2026”, “Từ tháng 3/2025”, “Hằng năm”, “Tháng 10/2025 và thường xuyên”…, or be declared event-driven. The hint says what is wrong: no year, a day the month does not have, month 13, quarter V, a misspelt word (with the closest accepted spelling).",
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
        'Sửa theo gợi ý, hoặc viết theo một trong các dạng trên, ví dụ “Quý II/2025”; nếu thời hạn tùy sự kiện (“Khi có yêu cầu”, “Sau khi …”), ghi `deadline: {event: "Khi có yêu cầu"}`.',
        'Fix what the hint says, or write one of the forms above, e.g. “Quý II/2025”; for a deadline that depends on an event (“Khi có yêu cầu”, “Sau khi …”), write `deadline: {event: "Khi có yêu cầu"}`.',
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
        "Thời hạn là một ngày cụ thể rơi vào thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ của Việt Nam; ngày làm bù (thứ Bảy 04/5/2024) là ngày làm việc, ngày nghỉ hoán đổi thì không (src/planctl/data/workdays/<năm>.yaml).",
        "A deadline on a specific day falls on a Saturday, a Sunday or a Vietnamese public holiday; a make-up working day (Saturday 04/5/2024) is a working day, a swapped day off is not (src/planctl/data/workdays/<year>.yaml).",
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
        "Một nhiệm vụ không có nhiệm vụ con thì phải có thời gian thực hiện (`deadline`); `deadline:` để trống (“”, chỉ có dấu cách) cũng là không có.",
        "A task without subtasks must have a deadline (`deadline`); a blank `deadline:` (“”, only spaces) is none.",
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

D007 = Rule(
    "D007",
    "deadline-year-ambiguous",
    WARNING,
    message=Text(
        "thời hạn “{text}” không ghi năm, mà kế hoạch kéo dài {period}: planctl hiểu là năm {year}",
        "deadline “{text}” names no year and the plan spans {period}: planctl reads it as {year}",
    ),
    hint=Text("ghi rõ năm, ví dụ “{suggestion}”", "write the year, e.g. “{suggestion}”"),
    what=Text(
        "Thời hạn không ghi năm (“Quý II”, “Trước ngày 31/12”, “6 tháng đầu năm”) lấy năm của kế hoạch; kế hoạch nhiều năm thì không rõ là năm nào, planctl lấy năm đầu.",
        "A deadline naming no year (“Quý II”, “Trước ngày 31/12”, “6 tháng đầu năm”) takes the plan's year; in a plan of several years the year is unclear, and planctl takes the first.",
    ),
    why=Text(
        "Hạn tính ra (trong bảng .csv, .xlsx, khi so sánh các bản) có thể sai năm mà người ký không biết.",
        "The due date worked out (in the .csv and .xlsx, in diffs) may be in the wrong year without the signer knowing.",
    ),
    example=example(
        "period: {start: 2025-01-01, end: 2030-12-31}\ntasks:\n  - content: Sơ kết thực hiện Chương trình\n    deadline: Trước ngày 31/12",
        "năm nào trong 2025 - 2030?",
        "which year of 2025 - 2030?",
    ),
    fix=Text(
        "Ghi rõ năm của thời hạn, ví dụ “Trước ngày 31/12/2025”; việc lặp lại hằng năm thì ghi “Hằng năm”.",
        "Write the deadline's year, e.g. “Trước ngày 31/12/2025”; for work repeated every year write “Hằng năm”.",
    ),
)

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# What is wrong with a phrase (problem) and how to write it (fix), in each language; the
# diagnosis's values, {suggestion}, {text} and {example_year} (the plan's, or this year) fill them.
_PROBLEM: dict[Problem, tuple[str, str]] = {
    Problem.NO_YEAR: (
        "thời hạn không ghi năm, và kế hoạch không có năm để suy ra (không có `date:`, `period:`, năm trong trích yếu)",
        "no year is written, and the plan has none to take it from (no `date:`, `period:` or year in its title)",
    ),
    Problem.DAY_OUT_OF_RANGE: ("tháng {month} có {days} ngày", "{month_en} has {days} days"),
    Problem.MONTH_OUT_OF_RANGE: (
        "không có tháng {month}: tháng từ 1 đến 12",
        "there is no month {month}: months run from 1 to 12",
    ),
    Problem.QUARTER_OUT_OF_RANGE: (
        "không có quý {quarter}: quý từ I đến IV",
        "there is no quarter {quarter}: quarters run from I to IV",
    ),
    Problem.YEAR_OUT_OF_RANGE: (
        "năm {year} nằm ngoài 1900 - 2200",
        "the year {year} is outside 1900-2200",
    ),
    Problem.REVERSED: (
        "mốc đầu ({first}) sau mốc cuối ({last})",
        "the start ({first}) comes after the end ({last})",
    ),
    Problem.QUARTERS_NOT_CONSECUTIVE: (
        "các quý {quarters} không liền nhau",
        "quarters {quarters} are not consecutive",
    ),
    Problem.EVENT_LIKE: (
        "thời hạn này tùy theo một sự kiện, không phải một ngày",
        "this deadline depends on an event, not a date",
    ),
    Problem.UNKNOWN_WORDS: ("không hiểu từ {words}", "unknown word {words}"),
    Problem.NOT_A_DEADLINE: (
        "không có dạng thời hạn nào viết như vậy",
        "no deadline form is worded like this",
    ),
}
_SUGGEST = ("có phải “{suggestion}”?", "did you mean “{suggestion}”?")
_FIX_SUGGESTED: dict[Problem, tuple[str, str]] = {
    Problem.NO_YEAR: ("ghi năm, ví dụ “{suggestion}”", "write the year, e.g. “{suggestion}”"),
    Problem.DAY_OUT_OF_RANGE: (
        "sửa ngày, ví dụ “{suggestion}”",
        "correct the day, e.g. “{suggestion}”",
    ),
}
_FIX: dict[Problem, tuple[str, str]] = {
    Problem.NO_YEAR: ("ghi năm vào thời hạn", "write the year in the deadline"),
    Problem.DAY_OUT_OF_RANGE: ("sửa ngày", "correct the day"),
    Problem.MONTH_OUT_OF_RANGE: ("sửa tháng", "correct the month"),
    Problem.QUARTER_OUT_OF_RANGE: ("sửa quý", "correct the quarter"),
    Problem.YEAR_OUT_OF_RANGE: ("sửa năm", "correct the year"),
    Problem.REVERSED: ("đổi chỗ hai mốc", "swap the two ends"),
    Problem.QUARTERS_NOT_CONSECUTIVE: (
        "ghi các quý liền nhau (“Quý I, II/{example_year}”), hoặc tách thành nhiều nhiệm vụ",
        "list consecutive quarters (“Quý I, II/{example_year}”), or split the task",
    ),
    Problem.EVENT_LIKE: (
        'khai báo thời hạn theo sự kiện: `deadline: {{event: "{text}"}}`',
        'declare it event-driven: `deadline: {{event: "{text}"}}`',
    ),
}
# Without a suggestion, a phrase of no known form gets the forms to choose from.
_FORMS = (
    "viết theo dạng “Thường xuyên”, “Trước ngày 15/12/{example_year}”, “Quý II/{example_year}”, “Tháng 6/{example_year}”…",
    "write e.g. “Thường xuyên”, “Trước ngày 15/12/{example_year}”, “Quý II/{example_year}”, “Tháng 6/{example_year}”",
)


def _d001_hint(diagnosis: Diagnosis, text: str, year: int) -> dict[str, str]:
    """The D001 hint's parts in both languages: what is wrong, and how to write it."""
    values: dict[str, object] = {k: v for k, v in diagnosis.values.items() if v is not None}
    values.update(text=text, example_year=year, suggestion=diagnosis.suggestion)
    month = diagnosis.values.get("month")
    if isinstance(month, int) and 1 <= month <= 12:
        values["month_en"] = _MONTHS_EN[month - 1]
    problem = _PROBLEM[diagnosis.problem]
    if diagnosis.problem is Problem.DAY_OUT_OF_RANGE:
        problem = _day_problem(diagnosis.values)
    if diagnosis.suggestion is not None:
        fix = _FIX_SUGGESTED.get(diagnosis.problem, _SUGGEST)
    else:
        fix = _FIX.get(diagnosis.problem, _FORMS)
    filled = _Values(values)
    return {
        "problem_vi": problem[0].format_map(filled),
        "problem_en": problem[1].format_map(filled),
        "fix_vi": fix[0].format_map(filled),
        "fix_en": fix[1].format_map(filled),
    }


class _Values(dict[str, object]):
    """A value the diagnosis lacks reads "…" rather than failing the whole report."""

    def __missing__(self, key: str) -> str:
        return "…"


def _day_problem(values: dict[str, int | str | None]) -> tuple[str, str]:
    day, month, year = values.get("day"), values.get("month"), values.get("year")
    if day == 0:
        return "không có ngày 0", "there is no day 0"
    if month == 2 and year is not None:
        return "tháng 2 năm {year} có {days} ngày", "February {year} has {days} days"
    return _PROBLEM[Problem.DAY_OUT_OF_RANGE]


@check(D001, D002, D003, D004, D005, D006, D007)
def deadlines(ctx: CheckContext) -> Iterator[Finding]:
    period = ctx.period
    year = period[0].year if period else None
    example_year = year or dt.date.today().year
    span = None
    if period:
        first, last = period[0].year, period[1].year
        span = str(first) if first == last else f"{first} - {last}"
    parsed: dict[int, Deadline | None] = {}
    for path, task, parent in ctx.tasks():
        number = ctx.number(task)
        text = deadline_text(task)
        where = ctx.at((*path, "deadline"))
        if not has_deadline(task):
            # A blank `deadline: ""` is no deadline, not a phrase planctl fails to read.
            if not task.subtasks:
                at = ctx.at(path) if task.deadline is None else where
                yield Finding.of("D006", at, number=number)
            parsed[id(task)] = None
            continue
        deadline = ctx.facts.of(task).deadline
        parsed[id(task)] = deadline
        if deadline is None:
            diagnosis = diagnose_task_deadline(task, year, example_year)
            hint = _d001_hint(diagnosis, text.strip(), example_year)
            yield Finding.of("D001", where, text=text, **hint)
            continue
        if deadline.year_from_period and period and period[0].year != period[1].year:
            yield Finding.of(
                "D007",
                where,
                text=text,
                period=span,
                year=deadline.year,
                suggestion=with_year(text, deadline.year or period[0].year),
            )
        start, end = deadline.start, deadline.end
        if period and (
            (end and end > period[1]) or (end and end < period[0]) or (start and start > period[1])
        ):
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
