"""The fields of a task, as one table: what each is called, how it prints, which outputs carry
it, and whether it is the clerk's prose.

Everything that walks a task's fields reads this table: the checks (which fields hold prose to
check), `diff` (which fields are compared word by word, and what a change is called), `new
--from` (which fields move with the year), the templates (the default column headers and the
labels of the prose form) and the writers (.docx, .xlsx, .csv columns). Adding a field is its
entry here, its attribute on `Task` (and `Column`, if it can be a column), its wording in
`tasks.j2` and its test.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Prints(StrEnum):
    """How a field's value reaches a document."""

    NUMBER = "number"  # worked out by the facts stage, not written in the plan
    TEXT = "text"  # the clerk's text as written
    UNITS = "units"  # unit names, joined by the plan's separator or one per line
    DEADLINE = "deadline"  # the phrase as written; its parsed dates go to .xlsx/.csv
    PARAGRAPHS = "paragraphs"  # paragraphs and bullets under the task


DOCX, XLSX, CSV = "docx", "xlsx", "csv"


@dataclass(frozen=True)
class TaskField:
    name: str  # the key in the YAML, the column's name in `task_layout.columns` and the .csv
    header_vi: str  # the default column header; tasks.j2 may change it
    header_en: str
    label_vi: str  # short name in messages and diffs
    label_en: str
    prints: Prints
    column: bool = True  # may be a column of the task table
    prose_label: str | None = None  # in the prose form: "Cơ quan chủ trì:"
    wording: bool = False  # the clerk's prose: checked, diffed word by word, moved with the year
    optional: bool = False  # .xlsx: a column only when the layout shows it or a task fills it
    outputs: frozenset[str] = frozenset({DOCX, XLSX, CSV})


TASK_FIELDS: tuple[TaskField, ...] = (
    TaskField("number", "TT", "No.", "TT", "No.", Prints.NUMBER),
    TaskField(
        "title", "Tên nhiệm vụ", "Task", "Tên nhiệm vụ", "Title", Prints.TEXT,
        column=False, wording=True, outputs=frozenset({DOCX}),
    ),
    TaskField(
        "content", "Nội dung công việc", "Task", "Nội dung", "Content", Prints.TEXT,
        wording=True,
    ),
    TaskField(
        "lead", "Đơn vị chủ trì", "Lead unit", "Chủ trì", "Lead", Prints.UNITS,
        prose_label="Cơ quan chủ trì:",
    ),
    TaskField(
        "support", "Đơn vị phối hợp", "Cooperating units", "Phối hợp", "Cooperating",
        Prints.UNITS, prose_label="Cơ quan phối hợp thực hiện:",
    ),
    TaskField(
        "deadline", "Thời gian thực hiện", "Deadline", "Thời hạn", "Deadline", Prints.DEADLINE,
        prose_label="Thời gian thực hiện:",
    ),
    TaskField(
        "form", "Hình thức thực hiện", "Form", "Hình thức", "Form", Prints.TEXT,
        prose_label="Hình thức thực hiện:", wording=True, optional=True,
    ),
    TaskField(
        "output", "Sản phẩm", "Output", "Sản phẩm", "Output", Prints.TEXT,
        prose_label="Sản phẩm:", wording=True, optional=True,
    ),
    TaskField(
        "budget", "Kinh phí", "Budget", "Kinh phí", "Budget", Prints.TEXT,
        prose_label="Kinh phí:", wording=True, optional=True,
    ),
    TaskField(
        "notes", "Ghi chú", "Notes", "Ghi chú", "Notes", Prints.TEXT,
        prose_label="Ghi chú:", wording=True, optional=True,
    ),
    TaskField(
        "details", "Chi tiết", "Details", "Chi tiết", "Details", Prints.PARAGRAPHS,
        column=False, wording=True, outputs=frozenset({DOCX}),
    ),
)  # fmt: skip

FIELDS: dict[str, TaskField] = {f.name: f for f in TASK_FIELDS}

# The clerk's prose of a task, one string each (details are paragraphs, walked apart).
TEXT_FIELDS: tuple[str, ...] = tuple(
    f.name for f in TASK_FIELDS if f.wording and f.prints is Prints.TEXT
)
# Compared word by word by `diff`.
WORDING_FIELDS: tuple[str, ...] = tuple(f.name for f in TASK_FIELDS if f.wording)
COLUMN_FIELDS: tuple[str, ...] = tuple(f.name for f in TASK_FIELDS if f.column)
OPTIONAL_COLUMNS: tuple[str, ...] = tuple(f.name for f in TASK_FIELDS if f.optional)
# The prose form lists these under each task, in this order.
PROSE_FIELDS: tuple[str, ...] = tuple(f.name for f in TASK_FIELDS if f.prose_label)


def default_headers() -> dict[str, str]:
    """Column headers as the packaged tasks.j2 prints them."""
    return {f.name: f.header_vi for f in TASK_FIELDS if f.column}


def default_labels() -> dict[str, str]:
    """Labels of the prose form, as the packaged tasks.j2 prints them."""
    return {f.name: f.prose_label for f in TASK_FIELDS if f.prose_label}
