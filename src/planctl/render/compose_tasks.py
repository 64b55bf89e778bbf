"""The plan's tasks: a table of their fields, or numbered paragraphs in the body (prose).

The table shows the columns the plan's task layout lists, headed by the wording templates
unless the plan names them; in prose, each task is a numbered paragraph followed by a
"- label: value" line for each field the templates list.
"""

from __future__ import annotations

from collections.abc import Callable

from planctl.model.plan import Bullets, Column
from planctl.render.blocks import Block, Emphasis, Para, Role, Row, Run, TaskTable
from planctl.render.blocks import Column as TableColumn
from planctl.render.compose_text import HEADING_ROLE, bullet, labelled, paragraph_blocks, sentence
from planctl.render.templates import Wording
from planctl.view import PlanView, TaskRow

TASKS = "tasks.j2"

# Relative column widths when a plan does not set them.
DEFAULT_WEIGHTS = {
    Column.NUMBER: 0.9,
    Column.CONTENT: 6.0,
    Column.LEAD: 2.8,
    Column.SUPPORT: 3.2,
    Column.DEADLINE: 2.2,
    Column.FORM: 3.0,
    Column.OUTPUT: 2.6,
    Column.BUDGET: 2.0,
    Column.NOTES: 2.0,
}


class TaskComposer:
    """The tasks of one view; `label(depth, n)` numbers a paragraph as the plan's body does."""

    def __init__(self, view: PlanView, words: Wording, label: Callable[[int, int], str]) -> None:
        self.view = view
        self.words = words
        self.layout = view.content.task_layout
        self.label = label

    def columns(self) -> tuple[TableColumn, ...]:
        shown = [spec.field.value for spec in self.layout.columns if not spec.header]
        headers = self.words.field_words(TASKS, "headers", shown)
        return tuple(
            TableColumn(
                field=spec.field.value,
                header=spec.header or str(headers[spec.field.value]),
                weight=spec.width or DEFAULT_WEIGHTS[spec.field],
                fixed=spec.width is not None,
            )
            for spec in self.layout.columns
        )

    def table(self) -> TaskTable:
        columns = self.columns()
        rows: list[Row] = []
        for row in self.view.rows:
            if row.is_group:
                rows.append(Row(row.number, ((row.number,), (row.content,)), is_group=True))
                continue
            cells = tuple(self.cell(row, column.field) for column in columns)
            rows.append(Row(row.number, cells, depth=row.depth))
        return TaskTable(columns, tuple(rows))

    def _units(self, row: TaskRow, role: str) -> str:
        return self.view.units_text(row, role)

    def cell(self, row: TaskRow, field: str) -> tuple[str, ...]:
        """The lines of one cell of the task table (a BÁO CÁO's status table reuses them)."""
        if field == Column.NUMBER:
            return (row.number,)
        if field == Column.CONTENT:
            lines = [row.title] if row.title else []
            lines.append(row.content)
            for detail in row.details:
                if isinstance(detail, Bullets):
                    lines += [f"- {bullet(item)}" for item in detail.bullets]
                else:
                    lines.append(detail)
            return tuple(lines)
        if field in {Column.LEAD, Column.SUPPORT}:
            text = self._units(row, field)
            return tuple(text.split("\n")) if text else ("",)
        if field == Column.DEADLINE:
            return (row.deadline_text,)
        value = row.text(field)
        return (value,) if value else ("",)

    def prose(self, base: int, numbered_before: int) -> list[Block]:
        """Each task a numbered paragraph followed by "- Cơ quan chủ trì: …" lines (seed 002)."""
        out: list[Block] = []
        counters: dict[int, int] = {base: numbered_before}
        fields = [str(f) for f in self.words.text(TASKS, "prose_fields")]
        labels = self.words.field_words(TASKS, "labels", fields)
        for row in self.view.rows:
            level = base + row.depth + (1 if row.group is not None and not row.is_group else 0)
            counters[level] = counters.get(level, 0) + 1
            for deeper in [k for k in counters if k > level]:
                del counters[deeper]
            label = self.label(level, counters[level])
            role = HEADING_ROLE.get(level, Role.POINT)
            if row.is_group:
                out.append(Para.of(role, labelled(label, row.content)))
                continue
            if row.title:
                out.append(Para.of(role, labelled(label, row.title)))
                out.append(Para.of(Role.BODY, row.content))
            else:
                out.append(Para.of(Role.BODY, labelled(label, row.content)))
            for field in fields:
                value = self._prose_value(row, str(field))
                if value:
                    runs = (
                        Run("- "),
                        Run(str(labels[field]), Emphasis.LABEL),
                        Run(f" {sentence(value)}"),
                    )
                    out.append(Para(Role.FIELD, runs))
            for detail in row.details:
                out += paragraph_blocks(detail)
        return out

    def _prose_value(self, row: TaskRow, field: str) -> str:
        if field in {"lead", "support"}:
            return self.view.units_text(row, field, lines=False)
        if field == "deadline":
            return row.deadline_text
        return row.text(field) or ""
