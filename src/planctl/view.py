"""The plan as the documents show it: numbers, resolved unit names, deadlines, symbols,
the signer's lines. Renderers (docx, xlsx, csv) read this and never the raw model rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from planctl.dates import decree_date, short_date
from planctl.facts import PlanFacts, TaskFacts, UnitRef, work_out
from planctl.facts.cells import cell_text
from planctl.model.deadline import Deadline
from planctl.model.kinds import KINDS, DocumentKind
from planctl.model.plan import (
    Document,
    Paragraph,
    PlanContent,
    SignerInline,
    Task,
    TaskGroup,
)
from planctl.model.registry import Registry, SignerEntry


@dataclass(frozen=True)
class TaskRow:
    """One row of the task table: a group row or a task (depth 0) or a subtask (depth ≥ 1)."""

    is_group: bool
    number: str  # as the document prints it: "4.1", "02", "II"
    depth: int
    id: str | None
    content: str
    title: str | None = None
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    lead_canonical: tuple[str, ...] = ()
    support_canonical: tuple[str, ...] = ()
    lead_units: tuple[UnitRef, ...] = ()  # with the cell's entries and separators
    support_units: tuple[UnitRef, ...] = ()
    deadline_text: str = ""
    deadline: Deadline | None = None
    form: str | None = None
    output: str | None = None
    budget: str | None = None
    notes: str | None = None
    details: tuple[Paragraph, ...] = ()
    group: str | None = None
    qualified_number: str = ""  # with its group's: "II.02", for lists outside the table
    task: Task | None = None  # the task itself (None on a group row), for fields by name

    def text(self, field: str) -> str | None:
        """A text field of the task by its name in the fields table ("output", "budget" …)."""
        value = getattr(self.task, field, None) if self.task is not None else None
        return str(value) if value else None

    @property
    def due(self) -> dt.date | None:
        """The last day the task allows, when the deadline has one."""
        return self.deadline.end if self.deadline else None


@dataclass(frozen=True)
class SignerView:
    # Outermost first: ("TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"), ("KT. BỘ TRƯỞNG",); () in person.
    authority_lines: tuple[str, ...]
    title_line: str  # "THỨ TRƯỞNG"
    name: str


@dataclass
class PlanView:
    """Everything a renderer prints, already formatted."""

    document: Document
    registry: Registry
    content: PlanContent
    facts: PlanFacts
    rows: list[TaskRow] = field(default_factory=list)

    @property
    def kind(self) -> DocumentKind:
        return self.facts.kind

    @property
    def issues_attachment(self) -> bool:
        """The document issues another (a decision issuing a plan)."""
        return self.facts.kind.issues_attachment

    def symbol(self, kind: str | None = None) -> str:
        """“136/KH-BTTTT”; a draft without a number leaves the space the clerk fills in."""
        abbreviation = KINDS[kind].symbol if kind else self.kind.symbol
        issuer = self.registry.issuer.abbreviation
        number = self.document.number
        # Numbers below 10 take a leading zero (05/KH-…); others print exactly as written.
        return (
            f"{number.zfill(2)}/{abbreviation}-{issuer}"
            if number
            else f"     /{abbreviation}-{issuer}"
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
        """Who issues the document, for captions: “Bộ trưởng Bộ Thông tin và Truyền thông”;
        the body itself for a kind it issues in its own name (“Chính phủ”)."""
        issued_by = getattr(self.document, "issued_by", None)
        issuer = self.registry.issuer
        if self.kind.issued_by_body:
            return issuer.name
        if self.issues_attachment or not issued_by:
            head = issuer.head_title
            return head if issuer.name.casefold() in head.casefold() else f"{head} {issuer.name}"
        return str(issued_by)

    @property
    def long_date(self) -> str:
        """The document's date as the decree writes it in running text: “ngày 29 tháng 12 năm
        2023”; a draft leaves the day, month and year to be filled in."""
        return decree_date(self.document.date) if self.document.date else "ngày … tháng … năm …"

    @property
    def caption_date(self) -> str:
        """The date in the caption of an appendix: a stand-alone plan's short “15/02/2023” (or
        a blank to fill in); the issuing document's long form, as the plan's own caption
        writes it: “ngày 29 tháng 12 năm 2023”."""
        if self.issues_attachment:
            return self.long_date
        if self.document.date:
            return short_date(self.document.date)
        return "     /     /"

    @property
    def authority_line(self) -> str:
        """The issuing authority of a decision: “BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG”; of a
        resolution, the body: “CHÍNH PHỦ”."""
        authority_line = getattr(self.document, "authority_line", None)
        if authority_line:
            return str(authority_line)
        return self.issuer_by.upper()

    @property
    def signer(self) -> SignerView:
        return signer_view(self.document.signer, self.registry)

    def units_text(self, row: TaskRow, role: str, *, lines: bool | None = None) -> str:
        """A units cell as printed: each entry as the clerk typed it (its own separators),
        the plan's `unit_separator` between a list's entries; or one unit per line."""
        layout = self.content.task_layout
        canonical = layout.units_as == "canonical"
        lines = layout.unit_lines if lines is None else lines
        units: tuple[UnitRef, ...] = getattr(row, f"{role}_units")
        if not units:  # a row made without its facts
            names = getattr(row, f"{role}_canonical" if canonical else role)
            units = tuple(UnitRef(n, None, k) for k, n in enumerate(names))
        return cell_text(units, canonical=canonical, between=layout.unit_separator, lines=lines)


def signer_view(ref: str | SignerInline, registry: Registry) -> SignerView:
    """The signature's lines of a signer: an id from org.yaml or one written inline."""
    entry: SignerInline | SignerEntry | None = (
        ref if isinstance(ref, SignerInline) else registry.signer(ref)
    )
    if entry is None:
        return SignerView((), "", str(ref))
    levels = entry.levels(registry.issuer.head_title)
    lines = tuple(level.line.upper() for level in levels)
    return SignerView(lines, entry.title.upper(), entry.name)


def build_view(document: Document, registry: Registry, facts: PlanFacts | None = None) -> PlanView:
    """The view of a plan from its facts (worked out here when the caller has none)."""
    facts = facts or work_out(document, registry)
    view = PlanView(document=document, registry=registry, content=facts.content, facts=facts)
    # The facts of each top-level item (a group, or a task with its subtasks), in order.
    under: dict[int, list[TaskFacts]] = {}
    current = 0
    for task in facts.tasks:
        if task.depth == 0:
            current = id(task.group if task.group is not None else task.task)
        under.setdefault(current, []).append(task)
    for item in facts.content.tasks:
        if isinstance(item, TaskGroup):
            view.rows.append(
                TaskRow(
                    is_group=True,
                    number=facts.number(item),
                    depth=0,
                    id=item.id,
                    content=item.group,
                )
            )
        view.rows.extend(_task_row(task) for task in under.get(id(item), []))
    return view


def _task_row(task: TaskFacts) -> TaskRow:
    return TaskRow(
        is_group=False,
        number=task.number,
        depth=task.depth,
        id=task.task.id,
        content=task.task.content,
        title=task.task.title,
        lead=tuple(u.written for u in task.lead),
        support=tuple(u.written for u in task.support),
        lead_canonical=tuple(u.canonical for u in task.lead),
        support_canonical=tuple(u.canonical for u in task.support),
        lead_units=task.lead,
        support_units=task.support,
        deadline_text=task.deadline_text,
        deadline=task.deadline,
        form=task.task.form,
        output=task.task.output,
        budget=task.task.budget,
        notes=task.task.notes,
        details=tuple(task.task.details),
        group=task.group.group if task.group else None,
        qualified_number=task.qualified_number,
        task=task.task,
    )
