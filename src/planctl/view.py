"""The plan as the documents show it: numbers, resolved unit names, deadlines, symbols,
the signer's lines. Renderers (docx, xlsx, csv) read this and never the raw model rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from planctl.checks.deadlines import deadline_text, task_deadline
from planctl.dates import decree_date, short_date
from planctl.model.deadline import Deadline
from planctl.model.plan import (
    Column,
    Decision,
    Document,
    Paragraph,
    PlanContent,
    SignerInline,
    Task,
    TaskGroup,
)
from planctl.model.registry import Authority, Registry, UnitIndex
from planctl.view_numbers import task_numbers

KIND_ABBREVIATION = {"plan": "KH", "decision": "QĐ"}
KIND_TITLE = {"plan": "KẾ HOẠCH", "decision": "QUYẾT ĐỊNH"}

COLUMN_HEADERS = {
    Column.NUMBER: "TT",
    Column.CONTENT: "Nội dung công việc",
    Column.LEAD: "Đơn vị chủ trì",
    Column.SUPPORT: "Đơn vị phối hợp",
    Column.DEADLINE: "Thời gian thực hiện",
    Column.FORM: "Hình thức thực hiện",
    Column.OUTPUT: "Sản phẩm",
    Column.BUDGET: "Kinh phí",
    Column.NOTES: "Ghi chú",
}


@dataclass(frozen=True)
class TaskRow:
    """One row of the task table: a group row or a task (depth 0) or a subtask (depth ≥ 1)."""

    is_group: bool
    number: str
    depth: int
    id: str | None
    content: str
    title: str | None = None
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    lead_canonical: tuple[str, ...] = ()
    support_canonical: tuple[str, ...] = ()
    deadline_text: str = ""
    deadline: Deadline | None = None
    form: str | None = None
    output: str | None = None
    budget: str | None = None
    notes: str | None = None
    details: tuple[Paragraph, ...] = ()
    group: str | None = None

    @property
    def due(self) -> dt.date | None:
        """The last day the task allows, when the deadline has one."""
        return self.deadline.end if self.deadline else None


@dataclass(frozen=True)
class SignerView:
    authority_line: (
        str | None
    )  # "KT. BỘ TRƯỞNG", "TM. ỦY BAN NHÂN DÂN"; None when signing in person
    title_line: str  # "THỨ TRƯỞNG"
    name: str


@dataclass
class PlanView:
    """Everything a renderer prints, already formatted."""

    document: Document
    registry: Registry
    content: PlanContent
    rows: list[TaskRow] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.document.kind

    @property
    def is_decision(self) -> bool:
        return isinstance(self.document, Decision)

    def symbol(self, kind: str | None = None) -> str:
        """“136/KH-BTTTT”; a draft without a number leaves the space the clerk fills in."""
        abbreviation = KIND_ABBREVIATION[kind or self.kind]
        issuer = self.registry.issuer.abbreviation
        number = self.document.number
        return (
            f"{number:02d}/{abbreviation}-{issuer}" if number else f"     /{abbreviation}-{issuer}"
        )

    @property
    def number_line(self) -> str:
        return f"Số: {self.symbol()}"

    @property
    def place(self) -> str:
        return self.document.place or self.registry.issuer.place

    @property
    def year(self) -> int | None:
        if self.document.date:
            return self.document.date.year
        return self.content.period.start.year if self.content.period else None

    @property
    def date_line(self) -> str:
        """“Hà Nội, ngày 16 tháng 01 năm 2024”; a draft leaves day and month blank."""
        if self.document.date:
            return f"{self.place}, {decree_date(self.document.date)}"
        year = self.year or "    "
        return f"{self.place}, ngày      tháng      năm {year}"

    @property
    def issuer_by(self) -> str:
        """Who issues the document, for captions: “Bộ trưởng Bộ Thông tin và Truyền thông”."""
        if isinstance(self.document, Decision) or not self.document.issued_by:
            issuer = self.registry.issuer
            head = issuer.head_title
            return head if issuer.name.casefold() in head.casefold() else f"{head} {issuer.name}"
        return self.document.issued_by

    @property
    def decision_caption(self) -> str | None:
        """“(Ban hành kèm theo Quyết định số 2572/QĐ-BTTTT ngày 29 tháng 12 năm 2023 của …)”."""
        if not isinstance(self.document, Decision):
            return None
        symbol = self.symbol("decision")
        return f"(Ban hành kèm theo Quyết định số {symbol} {self.long_date} của {self.issuer_by})"

    @property
    def long_date(self) -> str:
        """The document's date as the decree writes it in running text: “ngày 29 tháng 12 năm
        2023”; a draft leaves the day, month and year to be filled in."""
        return decree_date(self.document.date) if self.document.date else "ngày … tháng … năm …"

    @property
    def caption_date(self) -> str:
        """The document's date in an appendix caption: “15/02/2023”, or a blank to fill in."""
        if self.document.date:
            return short_date(self.document.date)
        return "…" if isinstance(self.document, Decision) else "     /     /"

    @property
    def appendix_caption(self) -> str:
        """“(Kèm theo Kế hoạch số 25/KH-UBND ngày 15/02/2023 của Chủ tịch UBND tỉnh)”."""
        day = self.caption_date
        if isinstance(self.document, Decision):
            return (
                f"(Kèm theo Kế hoạch ban hành kèm theo Quyết định số {self.symbol('decision')}"
                f" ngày {day} của {self.issuer_by})"
            )
        return f"(Kèm theo Kế hoạch số {self.symbol('plan')} ngày {day} của {self.issuer_by})"

    @property
    def authority_line(self) -> str:
        """The issuing authority of a decision: “BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG”."""
        if isinstance(self.document, Decision) and self.document.authority_line:
            return self.document.authority_line
        return self.issuer_by.upper()

    @property
    def signer(self) -> SignerView:
        ref = self.document.signer
        entry: Any = ref if isinstance(ref, SignerInline) else self.registry.signer(ref)
        if entry is None:
            return SignerView(None, "", str(ref))
        authority: Authority = entry.authority
        if authority is Authority.NONE:
            return SignerView(None, entry.title.upper(), entry.name)
        behalf = (entry.on_behalf_of or self.registry.issuer.head_title).upper()
        return SignerView(f"{authority.value}. {behalf}", entry.title.upper(), entry.name)

    def column_header(self, column: Column, header: str | None) -> str:
        return header or COLUMN_HEADERS[column]

    def units_text(self, row: TaskRow, role: str) -> str:
        layout = self.content.task_layout
        names = getattr(row, f"{role}_canonical" if layout.units_as == "canonical" else role)
        if layout.unit_lines:
            return "\n".join(f"- {n}" for n in names)
        return layout.unit_separator.join(names)


def build_view(document: Document, registry: Registry) -> PlanView:
    content = document.plan if isinstance(document, Decision) else document
    view = PlanView(document=document, registry=registry, content=content)
    index = UnitIndex(registry)
    numbers = task_numbers(content.tasks, content.task_layout.numbering)
    default_year = content.period.start.year if content.period else view.year

    def canonical(names: list[str]) -> tuple[str, ...]:
        out = []
        for name in names:
            unit = index.resolve(name)
            out.append(unit.canonical if unit else name)
        return tuple(out)

    def add(task: Task, depth: int, group: str | None) -> None:
        view.rows.append(
            TaskRow(
                is_group=False,
                number=numbers[id(task)],
                depth=depth,
                id=task.id,
                content=task.content,
                title=task.title,
                lead=tuple(task.lead),
                support=tuple(task.support),
                lead_canonical=canonical(task.lead),
                support_canonical=canonical(task.support),
                deadline_text=deadline_text(task),
                deadline=task_deadline(task, default_year),
                form=task.form,
                output=task.output,
                budget=task.budget,
                notes=task.notes,
                details=tuple(task.details),
                group=group,
            )
        )
        for sub in task.subtasks:
            add(sub, depth + 1, group)

    for item in content.tasks:
        if isinstance(item, TaskGroup):
            view.rows.append(
                TaskRow(
                    is_group=True, number=numbers[id(item)], depth=0, id=item.id, content=item.group
                )
            )
            for task in item.tasks:
                add(task, 0, item.group)
        else:
            add(item, 0, None)
    return view
