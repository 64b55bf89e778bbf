"""The tasks as CSV: one row per task (group rows become a column), UTF-8 with a BOM.

The byte-order mark makes Excel read the file as UTF-8, so Vietnamese text opens intact;
rows end in CRLF as RFC 4180 asks. Column names are stable machine names (see
:data:`COLUMNS`); units are the registry's canonical names, joined by "; ". Text is written as
the plan has it: nothing is escaped beyond CSV quoting.
"""

from __future__ import annotations

import csv
import io

from planctl.view import PlanView, TaskRow

COLUMNS = (
    "id",
    "number",
    "group",
    "content",
    "lead",
    "support",
    "deadline",
    "due",
    "deadline_kind",
    "form",
    "output",
    "budget",
    "notes",
)
UNIT_SEPARATOR = "; "


def csv_rows(view: PlanView) -> list[list[str]]:
    """The header and one row per task (subtasks included), in document order."""
    rows = [list(COLUMNS)]
    rows.extend(_row(row) for row in view.rows if not row.is_group)
    return rows


def _row(row: TaskRow) -> list[str]:
    due = row.due.isoformat() if row.due else ""
    kind = row.deadline.kind.value if row.deadline else ""
    return [
        row.id or "",
        row.number,
        row.group or "",
        row.content,
        UNIT_SEPARATOR.join(row.lead_canonical),
        UNIT_SEPARATOR.join(row.support_canonical),
        row.deadline_text,
        due,
        kind,
        row.form or "",
        row.output or "",
        row.budget or "",
        row.notes or "",
    ]


def render_csv(view: PlanView) -> bytes:
    """The CSV file for `view`, as bytes: UTF-8 with BOM, CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(csv_rows(view))
    return buffer.getvalue().encode("utf-8-sig")
