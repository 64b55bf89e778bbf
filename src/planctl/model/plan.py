"""The documents: a KẾ HOẠCH or a CHƯƠNG TRÌNH, or the QUYẾT ĐỊNH or NGHỊ QUYẾT that issues one.

The model knows nothing of YAML or Word. Text stays exactly as the clerk wrote it; deadlines
and unit names are kept as written and interpreted by the checks and the view.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from planctl.model.authority import (
    AUTHORITY_DESCRIPTION,
    Authority,
    AuthorityLevel,
    authority_levels,
    authority_value,
    single_level_only,
)
from planctl.model.deadline_value import MAX_YEAR, MIN_YEAR


def _as_text(value: Any) -> Any:
    """A number typed unquoted (`number: 3`) is still the text the document prints."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _as_list(value: Any) -> Any:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return value


class Bullets(Strict):
    """A list of "-" lines inside a section."""

    bullets: list[str]


Paragraph = str | Bullets


class Section(Strict):
    """A numbered part of the plan body: I. → 1. → a) by depth, bullets as "-"."""

    heading: str | None = None
    text: list[Paragraph] = Field(default_factory=list, description="Paragraphs and bullet lists")
    sections: list[Section] = Field(default_factory=list)
    tasks: bool = Field(default=False, description="The plan's tasks are presented here")
    numbered: bool = True
    role: Literal["purpose", "content", "budget", "responsibilities"] | None = None

    @field_validator("text", mode="before")
    @classmethod
    def _text_list(cls, value: Any) -> Any:
        return _as_list(value)


class EventDeadline(Strict):
    """A deadline set by an event rather than a date ("Theo kế hoạch kiểm tra")."""

    event: str


DeadlineSpec = str | EventDeadline


class Task(Strict):
    id: str | None = Field(default=None, description="Stable id; the diff matches on it")
    number: str | None = Field(
        default=None, description="The number the document prints, with number_scheme as-written"
    )
    title: str | None = Field(default=None, description="Heading, in prose presentation")
    content: str = Field(description="Nội dung công việc")
    lead: list[str] = Field(default_factory=list, description="Đơn vị chủ trì")
    support: list[str] = Field(default_factory=list, description="Đơn vị phối hợp")
    deadline: DeadlineSpec | None = Field(default=None, description="Thời gian thực hiện")
    form: str | None = Field(default=None, description="Hình thức thực hiện")
    output: str | None = Field(default=None, description="Sản phẩm")
    budget: str | None = Field(default=None, description="Kinh phí")
    notes: str | None = Field(default=None, description="Ghi chú")
    details: list[Paragraph] = Field(
        default_factory=list, description="Further paragraphs after the task's fields"
    )
    subtasks: list[Task] = Field(default_factory=list)

    @field_validator("lead", "support", "details", mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _as_list(value)

    @field_validator("number", mode="before")
    @classmethod
    def _number_text(cls, value: Any) -> Any:
        return _as_text(value)

    @field_validator("deadline", mode="before")
    @classmethod
    def _deadline_text(cls, value: Any) -> Any:
        # A bare year or "6/2025" typed unquoted arrives as int/float; it is still a phrase.
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        return value


class TaskGroup(Strict):
    """A group row of the task table (I, II, …)."""

    id: str | None = None
    number: str | None = Field(
        default=None, description="The number the document prints, with number_scheme as-written"
    )
    group: str = Field(description="Title of the group")
    tasks: list[Task] = Field(default_factory=list)

    @field_validator("number", mode="before")
    @classmethod
    def _number_text(cls, value: Any) -> Any:
        return _as_text(value)


def _task_or_group(value: Any) -> str:
    if isinstance(value, dict) and "group" in value:
        return "group"
    if isinstance(value, TaskGroup):
        return "group"
    return "task"


TaskItem = Annotated[
    Annotated[Task, Tag("task")] | Annotated[TaskGroup, Tag("group")],
    Discriminator(_task_or_group),
]


class Column(StrEnum):
    NUMBER = "number"
    CONTENT = "content"
    LEAD = "lead"
    SUPPORT = "support"
    DEADLINE = "deadline"
    FORM = "form"
    OUTPUT = "output"
    BUDGET = "budget"
    NOTES = "notes"


class ColumnSpec(Strict):
    field: Column
    header: str | None = Field(default=None, description="Header text; default per field")
    width: float | None = Field(default=None, description="Relative width")


def _column(value: Any) -> Any:
    if isinstance(value, str):
        return {"field": value}
    return value


DEFAULT_COLUMNS = [Column.NUMBER, Column.CONTENT, Column.LEAD, Column.SUPPORT, Column.DEADLINE]


class TaskLayout(Strict):
    presentation: Literal["table", "prose"] = "table"
    placement: Literal["body", "appendix"] = "body"
    columns: list[ColumnSpec] = Field(
        default_factory=lambda: [ColumnSpec(field=c) for c in DEFAULT_COLUMNS]
    )
    numbering: Literal["1", "01"] = Field(
        default="1", description="Task numbers as 1, 2 … or 01, 02 …"
    )
    number_scheme: Literal["per-group", "continuous", "hierarchical", "as-written"] = Field(
        default="per-group",
        description=(
            "Tasks numbered from 1 in each group, 1…N across groups, 2.1 under group 2, or "
            "as each task's `number:` says"
        ),
    )
    unit_separator: str = Field(default="; ", description="Between units in one cell")
    units_as: Literal["written", "canonical"] = "written"
    unit_lines: bool = Field(default=False, description="One unit per line, each after '- '")

    @field_validator("columns", mode="before")
    @classmethod
    def _columns(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [_column(v) for v in value]
        return value


class Appendix(Strict):
    label: str = Field(default="Phụ lục", description="Phụ lục, Phụ lục I, DANH MỤC …")
    title: str


class SignerInline(Strict):
    """A signer written in the plan instead of an id from org.yaml; the same fields."""

    name: str
    title: str
    authority: Authority | list[AuthorityLevel] = Field(
        default=Authority.NONE, description=AUTHORITY_DESCRIPTION
    )
    on_behalf_of: str | None = None

    @field_validator("authority", mode="before")
    @classmethod
    def _authority(cls, value: Any) -> Any:
        return authority_value(value)

    @field_validator("on_behalf_of")
    @classmethod
    def _behalf(cls, value: Any, info: ValidationInfo) -> Any:
        return single_level_only(value, info)

    def levels(self, head: str) -> list[AuthorityLevel]:
        """The authority lines; `head` is who the single-level form signs for by default."""
        return authority_levels(self.authority, self.on_behalf_of, head)


SignerRef = str | SignerInline


class Period(Strict):
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        _check_years(self.start.year, self.end.year)
        if self.end < self.start:
            raise ValueError("period end is before its start")
        return self


def _check_years(*years: int | str) -> None:
    """A plan covers years of this world: one past the bounds is a typing slip, reported
    (an int too large for a date would otherwise escape as an OverflowError). A year given
    as text is shown as written ("0000")."""
    for year in years:
        if not MIN_YEAR <= int(year) <= MAX_YEAR:
            raise PydanticCustomError(
                "plan.period_years",
                "period years out of range",
                {"value": str(year), "first": MIN_YEAR, "last": MAX_YEAR},
            )


def _period(value: Any) -> Any:
    """`period: 2024`, `period: "2025-2026"` or `period: {start: …, end: …}`."""
    if isinstance(value, int) and not isinstance(value, bool):
        _check_years(value)
        return {"start": dt.date(value, 1, 1), "end": dt.date(value, 12, 31)}
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*", value)
        if m:
            _check_years(m.group(1), m.group(2) or m.group(1))
            first, last = int(m.group(1)), int(m.group(2) or m.group(1))
            return {"start": dt.date(first, 1, 1), "end": dt.date(last, 12, 31)}
    return value


def _bases(value: Any) -> Any:
    """`legal_bases: {bullets: […]}`: the lines printed as "- " bullets, as written, without the
    word "Căn cứ"; kept as the lines the document prints ("- Luật …")."""
    if isinstance(value, dict) and set(value) == {"bullets"}:
        items = _as_list(value["bullets"])
        if isinstance(items, list):
            return [_bullet(i) if isinstance(i, str) else i for i in items]
        return items
    return _as_list(value)


def _bullet(line: str) -> str:
    return line if line.lstrip().startswith("- ") else f"- {line.strip()}"


LEGAL_BASES = "Căn cứ …, one per line; lines written “- …” (or under `bullets:`) print as bullets"
PROPOSED_BY = "Xét đề nghị của … (a line written whole, “Theo đề nghị của …”, is kept)"
RECITALS = "Further lines before the body or formula, printed as written: Trên cơ sở …"


class PlanContent(Strict):
    """What a KẾ HOẠCH or CHƯƠNG TRÌNH holds, whether it stands alone or is issued by a
    decision or a resolution."""

    title: str = Field(description="Trích yếu")
    period: Period | None = Field(default=None, description="Year(s) the plan covers")
    legal_bases: list[str] = Field(default_factory=list, description=LEGAL_BASES)
    implements: list[str] = Field(default_factory=list, description="Thực hiện …")
    proposed_by: str | None = Field(default=None, description=PROPOSED_BY)
    recitals: list[str] = Field(default_factory=list, description=RECITALS)
    preamble: list[str] = Field(default_factory=list, description="Opening paragraphs")
    sections: list[Section] = Field(default_factory=list)
    tasks: list[TaskItem] = Field(default_factory=list)
    task_layout: TaskLayout = Field(default_factory=TaskLayout)
    appendix: Appendix | None = None
    closing: list[str] = Field(default_factory=list, description="Closing paragraphs")

    @field_validator("period", mode="before")
    @classmethod
    def _period_value(cls, value: Any) -> Any:
        return _period(value)

    @field_validator("implements", "recitals", "preamble", "closing", mode="before")
    @classmethod
    def _content_lists(cls, value: Any) -> Any:
        return _as_list(value)

    @field_validator("legal_bases", mode="before")
    @classmethod
    def _content_bases(cls, value: Any) -> Any:
        return _bases(value)


class DocumentHeader(Strict):
    """Fields every issued document has: number, date, place, recipients, signer."""

    org: str | None = Field(default=None, description="Registry file, if not the nearest org.yaml")
    series: str | None = Field(default=None, description="Key that links a plan across years")
    number: str | None = Field(
        default=None, description="Số, as written (`0155` keeps its zero); blank until registered"
    )
    date: dt.date | None = Field(default=None, description="Ngày ban hành")
    place: str | None = Field(default=None, description="Địa danh; default from the registry")
    recipients: list[str] = Field(default_factory=list, description="Nơi nhận")
    signer: SignerRef

    @field_validator("number", mode="before")
    @classmethod
    def _number(cls, value: Any) -> Any:
        # The number is the records office's text: digits only, kept as written.
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str):
            if value.strip().isdigit():
                return value.strip()
            # Reported as any non-number is: "expected a whole number", hint "digits only".
            raise PydanticCustomError("int_parsing", "Input should be a valid integer")
        return value

    @field_validator("recipients", mode="before")
    @classmethod
    def _header_lists(cls, value: Any) -> Any:
        return _as_list(value)


class Plan(DocumentHeader, PlanContent):
    kind: Literal["plan"] = "plan"
    issued_by: str | None = Field(
        default=None, description="Who issues it, for the appendix caption: Chủ tịch UBND tỉnh"
    )


class Programme(DocumentHeader, PlanContent):
    """A CHƯƠNG TRÌNH issued on its own (Số: 05/CTr-UBND)."""

    kind: Literal["programme"]
    issued_by: str | None = Field(
        default=None, description="Who issues it, for the appendix caption: Chủ tịch UBND tỉnh"
    )


class AttachedPlan(PlanContent):
    """The plan a decision issues; it has no number, date or signer of its own."""


class AttachedProgramme(PlanContent):
    """The programme a resolution issues; no number, date or signer of its own."""


class IssuingDocument(DocumentHeader):
    """What a document that issues another holds: its title, authority line, preamble lines
    and articles. Each kind adds its `kind` and the key of the document it issues."""

    title: str
    authority_line: str | None = Field(
        default=None, description="BỘ TRƯỞNG BỘ …, CHÍNH PHỦ; default from the registry"
    )
    legal_bases: list[str] = Field(default_factory=list, description=LEGAL_BASES)
    implements: list[str] = Field(default_factory=list, description="Thực hiện …")
    proposed_by: str | None = Field(default=None, description=PROPOSED_BY)
    recitals: list[str] = Field(default_factory=list, description=RECITALS)
    articles: list[str] = Field(description="Điều 1, Điều 2, …")

    @field_validator("implements", "recitals", "articles", mode="before")
    @classmethod
    def _issuing_lists(cls, value: Any) -> Any:
        return _as_list(value)

    @field_validator("legal_bases", mode="before")
    @classmethod
    def _issuing_bases(cls, value: Any) -> Any:
        return _bases(value)


class Decision(IssuingDocument):
    kind: Literal["decision"]
    plan: AttachedPlan


class Resolution(IssuingDocument):
    """A NGHỊ QUYẾT (03/NQ-CP, NQ-HĐND) issuing a programme: "QUYẾT NGHỊ:", Điều 1 …"""

    kind: Literal["resolution"]
    programme: AttachedProgramme


Document = Plan | Programme | Decision | Resolution


def iter_tasks(items: list[Any]) -> list[tuple[tuple[Any, ...], Task, Task | None]]:
    """Every task with its path inside `tasks` and its parent task (None at top level)."""
    out: list[tuple[tuple[Any, ...], Task, Task | None]] = []

    def walk(task: Task, path: tuple[Any, ...], parent: Task | None) -> None:
        out.append((path, task, parent))
        for i, sub in enumerate(task.subtasks):
            walk(sub, (*path, "subtasks", i), task)

    for i, item in enumerate(items):
        if isinstance(item, TaskGroup):
            for j, task in enumerate(item.tasks):
                walk(task, (i, "tasks", j), None)
        else:
            walk(item, (i,), None)
    return out
