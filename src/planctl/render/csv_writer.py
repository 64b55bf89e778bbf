"""The tasks as CSV: one row per task (group rows become a column), UTF-8 with a BOM.

The byte-order mark makes Excel read the file as UTF-8, so Vietnamese text opens intact;
rows end in CRLF as RFC 4180 asks. Column names are stable machine names (see
:data:`COLUMNS`); units are the registry's canonical names, joined by "; ". Text is written as
the plan has it, with one exception: a cell that begins with `=`, `+`, `-`, `@`, a tab or a CR
gets a single quote in front, as OWASP recommends against formula injection (a spreadsheet
would otherwise run `=HYPERLINK(…)` as a formula). A program reading the file back drops a
leading quote that comes before one of those characters.
"""

from __future__ import annotations

import csv
import io

from planctl.model.fields import CSV, TASK_FIELDS, Prints
from planctl.view import PlanView, TaskRow

UNIT_SEPARATOR = "; "
# What a spreadsheet takes for the start of a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"


def _guarded(cell: str) -> bool:
    # Quotes the clerk typed before `=` count too, so that `unguard_formula` can tell them
    # from the one added here: "'=x" is written "''=x" and read back as "'=x".
    return cell.lstrip(FORMULA_GUARD).startswith(FORMULA_STARTS)


def guard_formula(cell: str) -> str:
    """`cell`, with a single quote in front when a spreadsheet would read it as a formula."""
    return FORMULA_GUARD + cell if _guarded(cell) else cell


def unguard_formula(cell: str) -> str:
    """The text `guard_formula` was given back (for a reader of planctl's .csv files)."""
    if cell.startswith(FORMULA_GUARD) and _guarded(cell):
        return cell[1:]
    return cell


def _columns() -> tuple[str, ...]:
    """The task fields the .csv carries, in the table's order, with the columns worked out
    from them: the id first, the group after the number, the due date and the kind of
    deadline after the deadline."""
    columns = ["id"]
    for field in TASK_FIELDS:
        if CSV not in field.outputs:
            continue
        columns.append(field.name)
        if field.prints is Prints.NUMBER:
            columns.append("group")
        if field.prints is Prints.DEADLINE:
            columns += ["due", "deadline_kind"]
    return tuple(columns)


COLUMNS = _columns()


def csv_rows(view: PlanView) -> list[list[str]]:
    """The header and one row per task (subtasks included), in document order."""
    rows = [list(COLUMNS)]
    rows.extend(_row(row) for row in view.rows if not row.is_group)
    return rows


def _row(row: TaskRow) -> list[str]:
    values = {
        "id": row.id or "",
        "number": row.number,
        "group": row.group or "",
        "lead": UNIT_SEPARATOR.join(row.lead_canonical),
        "support": UNIT_SEPARATOR.join(row.support_canonical),
        "deadline": row.deadline_text,
        "due": row.due.isoformat() if row.due else "",
        "deadline_kind": row.deadline.kind.value if row.deadline else "",
    }
    return [values[name] if name in values else row.text(name) or "" for name in COLUMNS]


def render_csv(view: PlanView) -> bytes:
    """The CSV file for `view`, as bytes: UTF-8 with BOM, CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([guard_formula(cell) for cell in row] for row in csv_rows(view))
    return buffer.getvalue().encode("utf-8-sig")
